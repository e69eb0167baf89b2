"""A server on a SQLite file with last night's backup of it, to restore: what the ONE does
after losing the server's disk, and what the devices must notice."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.sync.harness import Device, Server


class Backups:
    def __init__(self, folder: Path) -> None:
        self.database, self.copy = folder / "server.sqlite", folder / "backup.sqlite"
        self.url = f"sqlite:///{self.database}"

    def take(self) -> None:
        with sqlite3.connect(self.database) as live, sqlite3.connect(self.copy) as copy:
            live.backup(copy)

    @contextmanager
    def restored(self, server: Server, *devices: Device) -> Iterator[Server]:
        """``server`` stopped, its file replaced by the backup, started again; ``devices``
        pointed at it."""
        server.sessions.kw["bind"].dispose()
        with sqlite3.connect(self.copy) as copy, sqlite3.connect(self.database) as live:
            copy.backup(live)
        with Server.running(self.url) as again:
            for device in devices:
                device.transport = again.transport(device.transport.token)
            yield again
