"""Shared fixtures: real SQLCipher stores in temporary directories, synthetic data only."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt aborts without a platform; tests never need a real screen unless they start Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.store.store import Store
from tests.store_template import fresh_store

# The Windows layer runs in the Windows Python under Wine (installer/windows/wine.py test, after
# the Linux suite in ``python3 bootstrap.py test``), never in the Linux run.
collect_ignore = ["windows"] if sys.platform != "win32" else []

PASSPHRASE = "mirabelle quetsch Kachkéis 2026!"


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection imported (the modules of the application, the libraries) lives as long
    as the process: frozen out of every later collection, which then walks what tests made."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    """The application switches Python's automatic collector off once a store lane exists and
    collects on the GUI thread only (``ui/gui_gc.py``: a collection in another thread may
    destroy Qt objects there). In one test process that switch outlived the first Qt test:
    every later test (the sync and proof tests among them) ran with no collection at all, the
    heap grew past 1.5 GB, and each full collection at a window's lock walked all of it
    (seconds: dossier windows missed their 5 s waits, the suite ran twice as long). Every test
    now runs as the application does, and what it left is collected after it, here, on the
    main thread (the GUI thread); what outlives it is frozen out of the next collections,
    which then cost what the next test made, not what the whole run kept."""
    gc.disable()
    yield
    _finished[0] += 1
    if _finished[0] % UNFREEZE_EVERY == 0:
        # What a test froze and later dropped in a cycle (a cache emptied, a window closed by a
        # later test) is garbage only a collection of the frozen objects finds: now and then,
        # one full collection of everything, so that the run's memory stays bounded.
        gc.unfreeze()
    gc.collect()
    gc.freeze()


#: Tests between two collections of everything frozen (about a second each, late in a run).
UNFREEZE_EVERY = 150
_finished = [0]


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir: Path) -> Iterator[Store]:
    opened = fresh_store(store_dir, PASSPHRASE)
    yield opened
    opened.lock()
