"""Build the Linux bundle: the frozen desktop app and ``cpi-server`` in one folder, with a
desktop entry, an icon and an install script, packed as a tarball. Run with the project's own
environment from anywhere: ``.venv/bin/python installer/build_bundle.py``; prints the sizes.
``--freeze-only``: the folder alone (on Windows, before ``installer/windows/cpi-terrain.iss``).
``--build-dir DIR``: work there instead of ``build/`` (the smoke test builds in a temporary
folder, leaving a developer's bundle alone).

The folder is ``build/dist/cpi-terrain``; the tarball
``build/cpi-terrain-<version>-linux-<machine>.tar.gz``. Nothing personal goes in: the bundle
holds code, fonts, translations and reference data only. Sizes are counted like ``du``: a
symbolic link in the folder counts once, not as a second copy of its target."""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
LINUX = ROOT / "installer" / "linux"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as project:
        return str(tomllib.load(project)["project"]["version"])


def freeze(build: Path) -> Path:
    """The onedir folder, made afresh; returns it."""
    bundle = build / "dist" / "cpi-terrain"
    shutil.rmtree(bundle, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--workpath", str(build / "pyinstaller"),
                    "--distpath", str(build / "dist"),
                    str(ROOT / "installer" / "cpi-terrain.spec")],
                   cwd=ROOT, check=True)
    return bundle


def add_desktop_files(bundle: Path) -> None:
    for name in ("cpi-terrain.desktop", "cpi-terrain.svg", "install.sh", "LISEZMOI.txt"):
        shutil.copy2(LINUX / name, bundle / name)
    (bundle / "install.sh").chmod(0o755)


def pack(bundle: Path, build: Path) -> Path:
    tarball = build / f"cpi-terrain-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(bundle, arcname=f"cpi-terrain-{version()}")
    return tarball


def size_mb(path: Path) -> float:
    """Bytes on disk in MB; symbolic links (PyInstaller makes some) are not followed."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir()
               or p.is_symlink()) / 1e6


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the Linux bundle of cpi-terrain.")
    parser.add_argument("--freeze-only", action="store_true",
                        help="the folder alone, no desktop files nor tarball")
    parser.add_argument("--build-dir", type=Path, default=BUILD,
                        help="where the work files, dist/ and the tarball go (default: build/)")
    args = parser.parse_args(argv)
    build = args.build_dir.resolve()
    bundle = freeze(build)
    if args.freeze_only:  # Windows: Inno Setup packs the folder (installer/windows)
        print(f"bundle: {bundle} ({size_mb(bundle):.0f} MB)")
        return 0
    add_desktop_files(bundle)
    tarball = pack(bundle, build)
    print(f"bundle: {bundle} ({size_mb(bundle):.0f} MB)")
    print(f"tarball: {tarball} ({size_mb(tarball):.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
