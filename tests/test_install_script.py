"""installer/linux/install.sh (issue 18): the installed program belongs to root, whoever
unpacked it, and CUPS is told not to keep the printed plans in its spool. Run into a folder
standing for / (``CPI_INSTALL_ROOT``); needs root, as the script itself does."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cups_spooler import INSTALLED_SETTING

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "installer" / "linux" / "install.sh"
UNPACKER = 4321  # the account that unpacked the tarball: not root

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="install.sh runs as root")


def _bundle(folder: Path) -> Path:
    """A stand-in for the unpacked bundle, owned by an ordinary account."""
    bundle = folder / "cpi-terrain"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy(SCRIPT, bundle / "install.sh")
    for name in ("cpi-terrain.desktop", "cpi-terrain.svg"):
        shutil.copy(ROOT / "installer" / "linux" / name, bundle / name)
    (bundle / "cpi-terrain").write_text("#!/bin/sh\n")
    (bundle / "cpi-terrain").chmod(0o775)
    (bundle / "_internal" / "lib.so").write_bytes(b"\0")
    (bundle / "_internal" / "lib.so").chmod(0o666)
    for path in [bundle, *bundle.rglob("*")]:
        os.chown(path, UNPACKER, UNPACKER)
    return bundle


def _install(bundle: Path, target: Path) -> None:
    # A script without the folder standing for / would install into this machine's /opt.
    assert "CPI_INSTALL_ROOT" in SCRIPT.read_text(encoding="utf-8")
    subprocess.run(["sh", str(bundle / "install.sh")], check=True, capture_output=True,
                   env={**os.environ, "CPI_INSTALL_ROOT": str(target)}, timeout=60)


def test_the_installed_folder_belongs_to_root_and_nobody_else_writes_it(
        tmp_path: Path) -> None:
    target = tmp_path / "root"
    _install(_bundle(tmp_path), target)
    installed = target / "opt" / "cpi-terrain"
    paths = [installed, *installed.rglob("*")]
    assert len(paths) >= 6
    assert {(p.stat().st_uid, p.stat().st_gid) for p in paths} == {(0, 0)}
    assert not [p for p in paths if p.stat().st_mode & 0o022], "group or others may write"
    assert os.access(installed / "cpi-terrain", os.X_OK)


@pytest.mark.parametrize("before", ["PreserveJobFiles 86400\n", "", "  PreserveJobFiles Yes\n"])
def test_cups_keeps_no_printed_plan(tmp_path: Path, before: str) -> None:
    target = tmp_path / "root"
    conf = target / "etc" / "cups" / "cupsd.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f"LogLevel warn\n{before}MaxLogSize 0\n")
    _install(_bundle(tmp_path), target)
    lines = conf.read_text().splitlines()
    assert [line for line in lines if "PreserveJobFiles" in line] == [INSTALLED_SETTING]
    assert "LogLevel warn" in lines and "MaxLogSize 0" in lines
