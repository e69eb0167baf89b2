"""A laptop of the test's own: every place the application, Qt, SQLCipher and Python write to
(XDG data, config, cache and state, HOME, TMPDIR) points into one folder, so that a scan of
that folder is a scan of everything the session left on disk."""

from __future__ import annotations

import logging
import os
import secrets
import string
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from ui.qt import QSettings
from ui.settings import SETTINGS_FORMAT

PLACES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "HOME",
          "TMPDIR")


@dataclass(frozen=True)
class Planted:
    """Synthetic strings found nowhere else: a random tail makes each run's unique."""

    surname: str
    first_name: str
    note_word: str

    @classmethod
    def new(cls) -> Planted:
        tail = "".join(secrets.choice(string.ascii_lowercase) for _ in range(12))
        return cls(f"Ærnvåld{tail}", f"Zéphyrine{tail[::-1]}", f"Brizlemuth{tail}")

    @property
    def needles(self) -> list[str]:
        return [self.surname, self.first_name, self.note_word]


@contextmanager
def laptop(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """Point every write location into ``folder``; yields the folders to scan. The log file
    handler the application adds to the root logger and Qt's settings path are put back."""
    default_config = os.environ.get("XDG_CONFIG_HOME", str(Path.home() / ".config"))
    roots = []
    for name in PLACES:
        place = folder / name.lower()
        place.mkdir(parents=True)
        monkeypatch.setenv(name, str(place))
        roots.append(place)
    monkeypatch.setattr(tempfile, "tempdir", str(folder / "tmpdir"))  # gettempdir caches
    QSettings.setPath(SETTINGS_FORMAT, QSettings.Scope.UserScope,
                      str(folder / "xdg_config_home"))
    before = list(logging.getLogger().handlers)
    try:
        yield roots
    finally:
        QSettings.setPath(SETTINGS_FORMAT, QSettings.Scope.UserScope, default_config)
        root = logging.getLogger()
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
