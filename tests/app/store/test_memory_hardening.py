"""What the process leaves of its memory (issue 18): SQLCipher wipes what it frees, and neither
the desktop app nor the server may write a core dump (their memory holds the database key
and decrypted records)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.store.store import Store

ROOT = Path(__file__).resolve().parents[3]


def test_every_connection_wipes_the_memory_it_frees(store: Store) -> None:
    with store.engine.connect() as connection:
        assert str(connection.exec_driver_sql("PRAGMA cipher_memory_security").scalar()) == "1"


CHILD = """
import ctypes, ctypes.util, resource, sys
{call}
libc = ctypes.CDLL(ctypes.util.find_library("c"))
print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))
"""


def _state_after(call: str) -> str:
    done = subprocess.run([sys.executable, "-c", CHILD.format(call=call)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.skipif(sys.platform != "linux", reason="core dumps and prctl are Linux's")
def test_a_bare_python_may_dump_its_core_and_the_server_may_not(tmp_path: Path) -> None:
    assert _state_after("").endswith(" 1")  # the check can tell: dumpable by default
    database = f"sqlite:///{tmp_path / 'server.sqlite'}"
    after = _state_after("from sync.server.main import main\n"
                         f"main(['--database', {database!r}, 'db-status'])")
    assert after == "(0, 0) 0", after


@pytest.mark.skipif(sys.platform != "linux", reason="core dumps and prctl are Linux's")
def test_the_desktop_app_forbids_its_core_dump_first() -> None:
    after = _state_after("from ui.main import main\n"
                         "assert main(['--screenshot', '/nonexistent']) == 2")
    assert after == "(0, 0) 0", after
