#!/usr/bin/env python3
"""Set up cpi-terrain on a Debian machine that has only python3, then run it or its tests.

    python3 bootstrap.py demo [-- ARGS]   set up, then open the app on a demo caseload
    python3 bootstrap.py test [ARGS]      set up, then run the whole test suite (pytest): the
                                          Windows layer under Wine (tests/windows, its own
                                          pytest summary first), then the Linux suite; ARGS
                                          naming tests/windows only run the Windows layer
    python3 bootstrap.py proof [ARGS]     set up, then run the long proofs (tests/proof, about
                                          three hours; figures in build/proof-figures)
    python3 bootstrap.py bundle           set up, then build the Linux bundle (build/dist and a
                                          tarball in build/; installer/build_bundle.py)
    python3 bootstrap.py bundle --windows set up, then build the Windows bundle and installer
                                          under Wine (build/windows; installer/windows/bundle.py)
    python3 bootstrap.py setup            set up only

Setting up means: the Debian packages the app (and, for ``test``, the tests) need, installed with
apt-get when run as root, or the exact command printed otherwise; a virtual environment in
``.venv``; the project installed into it with its development tools. Standard library only.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".cpi-installed"

QT_RUNTIME = [
    "libgl1", "libegl1", "libx11-6", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libglib2.0-0", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-image0", "libxcb-keysyms1", "libxcb-render-util0", "libxcb-render0",
    "libxcb-shape0", "libxcb-util1", "libxcb-xkb1", "fonts-dejavu-core",
]
PACKAGES = {
    "demo": [*QT_RUNTIME, "xvfb", "xauth"],
    # Tests use the real parts: a virtual X server, poppler to read PDFs back, a real Secret
    # Service on a private D-Bus, PostgreSQL and a CUPS PDF printer for the later issues, and
    # binutils to build the bundle the smoke test runs (tests/installer), nginx in front of two
    # server processes as docs/deployment.md sets them up (tests/sync/test_two_processes.py).
    "test": [*QT_RUNTIME, "xvfb", "xauth", "poppler-utils", "gnome-keyring", "dbus-daemon",
             "dbus-bin", "postgresql", "cups", "printer-driver-cups-pdf", "git", "binutils",
             "nginx"],
    # PyInstaller reads the libraries' dependencies with binutils' objdump.
    "bundle": [*QT_RUNTIME, "binutils"],
}


def say(message: str) -> None:
    print(f"[cpi-terrain] {message}", flush=True)


def venv_works() -> bool:
    """True when this python can make a virtual environment with pip (ensurepip present)."""
    try:
        import ensurepip  # noqa: F401
        import venv  # noqa: F401
    except ImportError:
        return False
    return True


def missing_debian_packages(purpose: str) -> list[str]:
    wanted = list(PACKAGES[purpose])
    if not venv_works():
        minor = f"python3.{sys.version_info.minor}-venv"
        wanted += ["python3-venv", minor]
    missing = []
    for package in wanted:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                                capture_output=True, text=True)
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def ensure_system_packages(purpose: str) -> None:
    if shutil.which("dpkg-query") is None:
        say("pas de dpkg : paquets système non vérifiés (no dpkg: system packages not checked)")
        return
    missing = missing_debian_packages(purpose)
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if os.geteuid() != 0:
        say("Il manque des paquets système ; installez-les puis relancez "
            "(missing system packages; install them, then run again):")
        print("    sudo apt-get update && sudo " + " ".join(command), flush=True)
        raise SystemExit(2)
    say("installation des paquets système (installing system packages): " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*command, "-qq"], check=True, env=env)


def venv_python() -> Path:
    return VENV / "bin" / "python"


def ensure_venv() -> None:
    python = venv_python()
    healthy = python.exists() and subprocess.run(
        [str(python), "-c", "import pip"], capture_output=True).returncode == 0
    if not healthy:
        say("création de l'environnement virtuel (creating the virtual environment) .venv")
        shutil.rmtree(VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("installation des dépendances Python (installing Python dependencies)")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "-e", ".[dev]"], cwd=ROOT,
                   check=True)
    STAMP.write_text(wanted + "\n")


def run_demo(extra: list[str]) -> int:
    command = [str(VENV / "bin" / "cpi-terrain"), "--demo", *extra]
    has_screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if not has_screen and "QT_QPA_PLATFORM" not in os.environ and shutil.which("xvfb-run"):
        say("pas d'écran : l'application tourne sur un écran virtuel (no screen: using Xvfb)")
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
    return subprocess.run(command, cwd=ROOT).returncode


def run_tests(extra: list[str]) -> int:
    """The whole suite: the Windows layer, then the Linux suite, whose pytest summary stays the
    last one printed (what CI reads); both must pass. Arguments naming tests/windows only run
    the Windows layer with them; other arguments the Linux suite only."""
    paths = [a for a in extra if a.startswith("tests")]
    windows = [a for a in paths if a.startswith("tests/windows")]
    if paths and len(windows) == len(paths):
        return run_windows_layer(extra)
    windows_code = run_windows_layer([]) if not paths else 0
    linux_code = subprocess.run([str(venv_python()), "-m", "pytest", *extra],
                                cwd=ROOT).returncode
    if windows_code:
        say(f"la couche Windows a échoué (the Windows layer failed, code {windows_code}): "
            "see its pytest summary above the Linux suite's")
    return linux_code or windows_code


def run_windows_layer(extra: list[str]) -> int:
    """tests/windows in a Windows Python under Wine (installer/windows/wine.py): it installs
    Wine when run as root, and says loudly when the layer cannot run here."""
    say("couche Windows sous Wine (Windows layer under Wine): tests/windows")
    return subprocess.run([str(venv_python()), str(ROOT / "installer" / "windows" / "wine.py"),
                           "test", *extra], cwd=ROOT).returncode


def run_proofs(extra: list[str]) -> int:
    """The proofs at full length (CI runs a bounded share of them with the suite)."""
    env = {**os.environ, "CPI_PROOF": "long",
           "CPI_PROOF_FIGURES": str(ROOT / "build" / "proof-figures")}
    return subprocess.run([str(venv_python()), "-m", "pytest", "tests/proof", "-s", *extra],
                          cwd=ROOT, env=env).returncode


def run_bundle(extra: list[str]) -> int:
    if "--windows" in extra:
        rest = [a for a in extra if a != "--windows"]
        return subprocess.run([str(venv_python()),
                               str(ROOT / "installer" / "windows" / "bundle.py"), *rest],
                              cwd=ROOT).returncode
    return subprocess.run([str(venv_python()), str(ROOT / "installer" / "build_bundle.py")],
                          cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("demo", "test", "proof", "bundle", "setup"):
        print(__doc__)
        return 2
    action, extra = argv[0], [a for a in argv[1:] if a != "--"]
    ensure_system_packages(action if action in ("demo", "bundle") else "test")
    ensure_venv()
    if action == "bundle":
        return run_bundle(extra)
    if action == "demo":
        return run_demo(extra)
    if action == "test":
        return run_tests(extra)
    if action == "proof":
        return run_proofs(extra)
    say("prêt (ready)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
