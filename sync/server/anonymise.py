"""Art. 7 on the server: a person's anonymisation, received from the device that recorded it,
is carried out here on everything the server keeps of the dossier, and guards it afterwards.

Carried out (``carry_out``, in the upload's transaction): the domain rows (the same rewriting
as on the devices, ``app.services.dossier.anonymise``), written to the log again so that every
device holding the dossier reads them; every earlier entry of the dossier's change log, the
mutations held after a restore, the blobs of the scans it dropped (and their chunks). The
anonymisation's own record stays, in the dossier's scope: the ONE's trace that it happened,
when, at whose request and by whom.

Guarded (``redact_incoming``): a device that had not heard of it yet may still send the
person's data (changes made before, a restore). The server keeps keyed digests of the words
that named the person (``AnonymisationGuard``), never the words, and rewrites every incoming
mutation of the dossier the same way before judging it: the person's own records lose every
text, other texts lose the words naming them, a new scan of a version naming them arrives
dropped. Values rewritten alike on both sides compare equal, so such a change is applied
without its names, or has nothing left to say, instead of becoming a conflict.

On SQLite the database is checkpointed afterwards (``secure_delete`` is on for every
connection), so that no earlier page of the file or of its WAL still holds the old values.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from app.domain import (
    DossierDocument,
    DossierHistoryEntry,
    Person,
    PersonAnonymisation,
    PlanVersion,
    SignedScan,
)
from app.domain.base import SyncedRecord, utc_now
from app.services.dossier.anonymise import (
    PlainWords,
    Subject,
    concerns,
    own_record_ids,
    person_words,
    redact_changes,
    redact_wire,
    rewrite_records,
)
from app.store.wire import case_id_of, synced_models
from sync.protocol import Mutation, Operation, case_scope
from sync.server.models import AnonymisationGuard, Blob, BlobChunk, ChangeLogEntry, HeldRestore

ENTITY = "person_anonymisation"
#: Set in the session's info when a transaction carried an anonymisation out (the SQLite
#: database is then checkpointed after the commit).
ANONYMISED_KEY = "cpi.anonymised"


def _digest(salt: bytes, key: str) -> str:
    return hmac.new(salt, key.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class HashedWords:
    """The words naming the person, known by their keyed digests only."""

    salt: bytes
    digests: frozenset[str]

    def names(self, key: str) -> bool:
        return _digest(self.salt, key) in self.digests


def carry_out(session: Session, record: PersonAnonymisation) -> list[SyncedRecord]:
    """Anonymise the person on the server; returns the domain records rewritten (to log)."""
    person = session.get(Person, record.person_id)
    if person is None:
        return []
    case_id = record.case_id
    others = list(session.scalars(select(Person).where(Person.case_id == case_id)))
    keys = person_words(person, others)
    salt = os.urandom(16)
    session.add(AnonymisationGuard(case_id=case_id, person_id=person.id, salt=salt,
                                   digests=sorted(_digest(salt, key) for key in keys)))
    subject = Subject(person.id, PlainWords(keys), own_record_ids(session, case_id, person.id))
    changed = rewrite_records(session, case_id, subject, record.requested_on)
    drop_blobs(session, [r for r in changed if isinstance(r, SignedScan | DossierDocument)])
    for entry in session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.scope == case_scope(case_id))):
        data = redact_wire(entry.entity, entry.data, own=entry.record_id in subject.own,
                           subject=subject)
        if data != entry.data:
            session.execute(update(ChangeLogEntry).where(ChangeLogEntry.seq == entry.seq)
                            .values(data=data))
    for held in session.scalars(select(HeldRestore).where(HeldRestore.case_id == case_id)):
        held.mutation = {**held.mutation, "changes": redact_changes(
            str(held.mutation.get("entity")), held.mutation.get("changes") or {},
            own=uuid.UUID(str(held.mutation.get("record_id"))) in subject.own,
            subject=subject, insert=True)}
    session.flush()
    return changed


def drop_blobs(session: Session, dropped: list[SignedScan | DossierDocument]) -> None:
    """The stored bytes (and chunks) of dropped scans or documents that nothing else names."""
    for digest in {record.sha256 for record in dropped}:
        still = any(session.scalar(select(cls.id).where(
            cls.sha256 == digest, cls.dropped_on.is_(None), cls.deleted_at.is_(None)))
            is not None for cls in (SignedScan, DossierDocument))
        if not still:
            session.execute(delete(Blob).where(Blob.sha256 == digest))
            session.execute(delete(BlobChunk).where(BlobChunk.sha256 == digest))


def anonymised_among(session: Session, device_id: uuid.UUID,
                     kept: list[uuid.UUID]) -> list[uuid.UUID]:
    """Which of the dossiers a device no longer holds, but keeps changes of, had a person
    anonymised: that device forgets those changes, which may still name them (it hears
    nothing else of a dossier transferred away). Only dossiers whose history shows a change
    of that device are answered: a device learns nothing of a dossier it never wrote in."""
    if not kept:
        return []
    wrote = select(DossierHistoryEntry.id).where(
        DossierHistoryEntry.case_id == PersonAnonymisation.case_id,
        DossierHistoryEntry.device_id == device_id).exists()
    return sorted(set(session.scalars(select(PersonAnonymisation.case_id).where(
        PersonAnonymisation.case_id.in_(kept), wrote))))


def checkpoint_after(session: Session) -> None:
    """Once the transaction that carried an anonymisation out commits, on SQLite: copy the
    WAL into the database and truncate it, so that no older page holds the old values (the
    pages it freed were zeroed: ``secure_delete``)."""
    if not session.info.pop(ANONYMISED_KEY, False):
        return
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()  # outside any transaction (SQLAlchemy's would BEGIN first)
    try:
        for _attempt in range(50):
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            row = cursor.fetchone()
            busy = row[0] if row else 0
            cursor.close()
            if not busy:
                return
            time.sleep(0.1)  # a reader holds an older snapshot: its end frees the pages
    finally:
        raw.close()


def dropped_digest(session: Session, digest: str) -> bool:
    """A digest only dropped scans or documents name: its bytes are not taken again."""
    rows = [*session.execute(select(SignedScan.dropped_on).where(
        SignedScan.sha256 == digest)).scalars(), *session.execute(select(
            DossierDocument.dropped_on).where(DossierDocument.sha256 == digest)).scalars()]
    return bool(rows) and all(row is not None for row in rows)


@dataclass
class _Guarded:
    subjects: list[Subject] = field(default_factory=list)


class IncomingGuard:
    """The batch's view of the dossiers' anonymisations, read once per dossier."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cases: dict[uuid.UUID, _Guarded] = {}
        #: One query per batch; nothing more while no dossier was ever anonymised.
        self._any = session.scalar(select(AnonymisationGuard.id).limit(1)) is not None

    def _guarded(self, case_id: uuid.UUID) -> _Guarded:
        found = self._cases.get(case_id)
        if found is None:
            found = self._cases[case_id] = _Guarded([
                Subject(guard.person_id,
                        HashedWords(guard.salt, frozenset(guard.digests)),
                        frozenset(own_record_ids(self.session, case_id, guard.person_id)))
                for guard in self.session.scalars(select(AnonymisationGuard).where(
                    AnonymisationGuard.case_id == case_id))])
        return found

    def redact(self, mutation: Mutation) -> Mutation:
        """``mutation`` as it may be judged after the dossier's anonymisations."""
        if not self._any or mutation.entity == ENTITY or mutation.entity not in synced_models():
            return mutation
        case_id = self._case_of(mutation)
        if case_id is None:
            return mutation
        guarded = self._guarded(case_id)
        if not guarded.subjects:
            return mutation
        inserting = mutation.operation in (Operation.INSERT, Operation.RESTORE)
        changes = dict(mutation.changes)
        for index, subject in enumerate(guarded.subjects):
            before = changes
            own = mutation.record_id in subject.own or (inserting and any(
                name.endswith("_id") and name != "case_id" and isinstance(pair, list)
                and len(pair) == 2 and subject.owns(pair[1])
                for name, pair in changes.items()))
            if own and mutation.record_id not in subject.own:
                subject = Subject(subject.person_id, subject.words,
                                  subject.own | {mutation.record_id})
                guarded.subjects[index] = subject
            changes = redact_changes(mutation.entity, changes, own=own, subject=subject,
                                     insert=inserting)
            if mutation.entity == "signed_scan" and inserting \
                    and self._names(subject, changes.get("plan_version_id")):
                changes["dropped_on"] = [None, utc_now().date().isoformat()]
            if mutation.entity == "dossier_document" and inserting \
                    and concerns(subject, before, changes):
                changes["dropped_on"] = [None, utc_now().date().isoformat()]
        if changes == mutation.changes:
            return mutation
        return mutation.model_copy(update={"changes": changes})

    def _names(self, subject: Subject, pair: Any) -> bool:
        if not isinstance(pair, list) or len(pair) != 2 or pair[1] is None:
            return False
        try:
            version = self.session.get(PlanVersion, uuid.UUID(str(pair[1])))
        except ValueError:
            return False
        if version is None:
            return False
        text = f"{version.snapshot} {version.signatories}"
        return any(str(i) in text for i in subject.own)

    def _case_of(self, mutation: Mutation) -> uuid.UUID | None:
        cls = synced_models()[mutation.entity]
        existing = self.session.get(cls, mutation.record_id)
        if existing is not None:
            return case_id_of(existing)
        if mutation.entity == "case_file":
            return mutation.record_id
        pair = mutation.changes.get("case_id")
        if isinstance(pair, list) and len(pair) == 2 and pair[1]:
            try:
                return uuid.UUID(str(pair[1]))
            except ValueError:
                return None
        return None
