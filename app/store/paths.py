"""Where a store lives on disk: light enough for the unlock dialog to import at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATABASE_NAME = "caseload.db"
KEY_FILE_NAME = "caseload.key.json"


def scratch_of(path: Path) -> Path:
    return path.with_name(path.name + ".new")


@dataclass(frozen=True)
class StorePaths:
    directory: Path

    @property
    def database(self) -> Path:
        return self.directory / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        return self.directory / KEY_FILE_NAME

    @property
    def key_file_scratch(self) -> Path:
        """Where a new key file is written before it replaces the old one: left behind only
        by a process killed mid-write (a change that never happened)."""
        return scratch_of(self.key_file)

    def exists(self) -> bool:
        return self.key_file.exists()

    def database_files(self) -> tuple[Path, ...]:
        """The database and its WAL companions."""
        return (self.database, self.database.with_name(DATABASE_NAME + "-wal"),
                self.database.with_name(DATABASE_NAME + "-shm"))
