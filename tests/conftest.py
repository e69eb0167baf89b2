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

from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store

# The Windows layer runs in the Windows Python under Wine (installer/windows/wine.py test, after
# the Linux suite in ``python3 bootstrap.py test``), never in the Linux run.
collect_ignore = ["windows"] if sys.platform != "win32" else []

PASSPHRASE = "mirabelle quetsch Kachkéis 2026!"
#: Fixtures of a test that runs Qt's event loop (pytest-qt's, or fixtures built on them).
QT_FIXTURES = frozenset({"qtbot", "qapp"})


@pytest.fixture(autouse=True)
def _garbage_collection_as_the_application_has_it(request: pytest.FixtureRequest
                                                  ) -> Iterator[None]:
    """The application switches Python's automatic collector off once a store lane exists and
    collects on the GUI thread instead (``ui/gui_gc.py``); in one test process that switch
    outlived the first Qt test, so every later test (the sync and proof tests among them) ran
    with no collection at all: the heap grew past 1.5 GB, and each full collection at a
    window's lock walked all of it (seconds: dossier windows missed their 5 s waits, the suite
    ran twice as long). A Qt test runs as the application does; after it, what it left is
    collected here, on the GUI thread, and any other test runs with the automatic collector
    on, as a process without Qt does."""
    qt = not QT_FIXTURES.isdisjoint(request.fixturenames)
    if qt:
        gc.disable()
    else:
        gc.enable()
    yield
    if not gc.isenabled():
        gc.collect()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir: Path) -> Iterator[Store]:
    opened = create_store(store_dir, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                          kdf=LIGHT_KDF_FOR_TESTS)
    yield opened
    opened.lock()
