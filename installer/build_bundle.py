"""Build the Linux bundle: the frozen desktop app and ``cpi-server`` in one folder, with a
desktop entry, an icon and an install script, packed as a tarball. Run with the project's own
environment from anywhere: ``.venv/bin/python installer/build_bundle.py``; prints the sizes.
``--freeze-only``: the folder alone (on Windows, before ``installer/windows/cpi-terrain.iss``).

The folder is ``build/dist/cpi-terrain``; the tarball
``build/cpi-terrain-<version>-linux-<machine>.tar.gz``. Nothing personal goes in: the bundle
holds code, fonts, translations and reference data only."""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = BUILD / "dist"
BUNDLE = DIST / "cpi-terrain"
LINUX = ROOT / "installer" / "linux"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as project:
        return str(tomllib.load(project)["project"]["version"])


def freeze() -> None:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--workpath", str(BUILD / "pyinstaller"),
                    "--distpath", str(DIST), str(ROOT / "installer" / "cpi-terrain.spec")],
                   cwd=ROOT, check=True)


def add_desktop_files() -> None:
    for name in ("cpi-terrain.desktop", "cpi-terrain.svg", "install.sh", "LISEZMOI.txt"):
        shutil.copy2(LINUX / name, BUNDLE / name)
    (BUNDLE / "install.sh").chmod(0o755)


def pack() -> Path:
    tarball = BUILD / f"cpi-terrain-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(BUNDLE, arcname=f"cpi-terrain-{version()}")
    return tarball


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def main(argv: list[str]) -> int:
    freeze()
    if "--freeze-only" in argv:  # Windows: Inno Setup packs the folder (installer/windows)
        print(f"bundle: {BUNDLE} ({size_mb(BUNDLE):.0f} MB)")
        return 0
    add_desktop_files()
    tarball = pack()
    print(f"bundle: {BUNDLE} ({size_mb(BUNDLE):.0f} MB)")
    print(f"tarball: {tarball} ({size_mb(tarball):.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
