"""Shared fixtures: real SQLCipher stores in temporary directories, synthetic data only."""

from __future__ import annotations

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


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir: Path) -> Iterator[Store]:
    opened = create_store(store_dir, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                          kdf=LIGHT_KDF_FOR_TESTS)
    yield opened
    opened.lock()
