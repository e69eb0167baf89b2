"""Checks of a device store after a kill: it opens, it is whole, and every write the child
acknowledged is there with its value."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from app.domain import Case, Person
from app.store.store import Store, unlock_store
from tests.proof.crash_kit import Killed, Tally, integrity_problems


class Acknowledged:
    """Everything the children reported as committed, latest value per record."""

    def __init__(self) -> None:
        self.cases: set[uuid.UUID] = set()
        self.frames: dict[uuid.UUID, str] = {}
        self.notes: dict[uuid.UUID, str] = {}

    def add(self, killed: Killed) -> int:
        """Take a child's acknowledgements; returns how many it made."""
        before = len(self.cases) + len(self.frames) + len(self.notes)
        self.cases.update(uuid.UUID(v) for v in killed.values("case"))
        for value in killed.values("frame"):
            case_id, n = value.split(" ")
            self.frames[uuid.UUID(case_id)] = f"cadre {n}"
        for value in killed.values("note"):
            person_id, n = value.split(" ")
            self.notes[uuid.UUID(person_id)] = f"note {n}"
        return len(self.cases) + len(self.frames) + len(self.notes) - before

    def lost(self, store: Store) -> list[str]:
        with store.reading() as session:
            frames = {row.id: row.working_frame
                      for row in session.execute(select(Case.id, Case.working_frame))}
            notes = {row.id: row.notes for row in session.execute(select(Person.id,
                                                                         Person.notes))}
        missing = [f"case {c} missing" for c in self.cases - frames.keys()]
        missing += [f"case {c} frame {frames.get(c)!r} != {v!r}"
                    for c, v in self.frames.items() if frames.get(c) != v]
        missing += [f"person {p} notes {notes.get(p)!r} != {v!r}"
                    for p, v in self.notes.items() if notes.get(p) != v]
        return missing


def reopen(store_dir: Path, passphrase: str, tally: Tally, round_no: int) -> Store | None:
    """The store unlocked (migrations finished) and checked, its folder holding nothing but
    its own files once open; None, counted, if it will not open."""
    try:
        store = unlock_store(store_dir, passphrase, keyring_backend=None)
    except Exception as exc:  # any refusal is the failure being counted
        tally.problem(round_no, "store_failed_to_open", repr(exc))
        return None
    for problem in integrity_problems(store):
        tally.problem(round_no, "integrity_failed", problem)
    ours = {store.paths.key_file, *store.paths.database_files()}
    for stray in sorted(set(store_dir.iterdir()) - ours):
        tally.problem(round_no, "integrity_failed", f"a stray file is left: {stray.name}")
    return store


def check_acknowledged(store: Store, acknowledged: Acknowledged, tally: Tally,
                       round_no: int) -> None:
    for lost in acknowledged.lost(store):
        tally.problem(round_no, "acknowledged_lost", lost)
