"""Shared fixtures: real SQLCipher stores in temporary directories, synthetic data only."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt aborts without a platform; tests never need a real screen unless they start Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store

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
