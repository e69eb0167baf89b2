"""The device's side of attachments (the bytes of signed scans and of the dossier's
documents), over the encrypted store: the bytes an upload must send first, and the records
downloaded without their bytes yet. Scans and documents are alike here (``ATTACHED``).

A scan row downloaded from the server lands with an empty ``content`` (the column is NOT NULL;
a scan kept by ``attach_signed_scan`` is never empty), and its bytes are fetched after the
download pages, one scan per transaction: a page never waits for megabytes, memory holds one
scan at a time, and a sync cut short leaves the empty rows as the list of what to fetch next.
A scan dropped by an art. 7 anonymisation keeps its content empty for good, so it is left out.
"""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import func, select, update

from app.domain import Case, DossierDocument, SignedScan
from app.services.base.context import ServiceContext

#: The records whose ``content`` travels apart, named by their ``sha256``.
ATTACHED: tuple[type[SignedScan] | type[DossierDocument], ...] = (SignedScan, DossierDocument)
ATTACHED_ENTITIES = frozenset(cls.__tablename__ for cls in ATTACHED)


def attachment_to_send(ctx: ServiceContext, record_id: uuid.UUID, sha256: str) -> bytes | None:
    """The bytes of this device's scan or document ``record_id``, when they are here and are
    ``sha256``'s (None otherwise: the server then refuses the record, missing its bytes)."""
    content = None
    with ctx.reading() as session:
        for cls in ATTACHED:
            content = content or session.scalar(select(cls.content).where(cls.id == record_id))
    if not content or hashlib.sha256(content).hexdigest() != sha256:
        return None
    return content


def missing_attachments(ctx: ServiceContext) -> list[str]:
    """The digests of the scans and documents downloaded without their bytes yet, oldest
    first."""
    found: list[tuple[uuid.UUID, str]] = []
    with ctx.reading() as session:
        for cls in ATTACHED:
            found += [(row_id, digest) for row_id, digest in session.execute(select(
                cls.id, cls.sha256).join(Case, Case.id == cls.case_id).where(
                func.length(cls.content) == 0, cls.deleted_at.is_(None),
                Case.anonymised_on.is_(None), cls.dropped_on.is_(None)))]
    return list(dict.fromkeys(digest for _id, digest in sorted(found)))


def store_attachment(ctx: ServiceContext, sha256: str, content: bytes) -> int:
    """Give the fetched bytes to the empty scans and documents of this digest, once checked;
    returns the records filled (0 when ``content`` is not ``sha256``'s: nothing is kept)."""
    if not content or hashlib.sha256(content).hexdigest() != sha256:
        return 0
    filled = 0
    with ctx.store.transaction("sync_attachment", ctx.actor_id, from_server=True) as session:
        for cls in ATTACHED:
            waiting = select(cls.id).join(Case, Case.id == cls.case_id).where(
                cls.sha256 == sha256, func.length(cls.content) == 0,
                Case.anonymised_on.is_(None), cls.dropped_on.is_(None))
            ids = list(session.scalars(waiting))
            if ids:
                session.execute(update(cls).where(cls.id.in_(ids)).values(
                    content=content), execution_options={"synchronize_session": False})
            filled += len(ids)
    return filled
