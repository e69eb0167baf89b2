"""The device's side of attachments (the bytes of signed scans), over the encrypted store: the
bytes an upload must send first, and the scans downloaded without their bytes yet.

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

from app.domain import Case, SignedScan
from app.services.base.context import ServiceContext

ATTACHED_ENTITY = "signed_scan"


def attachment_to_send(ctx: ServiceContext, record_id: uuid.UUID, sha256: str) -> bytes | None:
    """The bytes of this device's scan ``record_id``, when they are here and are ``sha256``'s
    (None otherwise: the server then refuses the scan, missing its bytes)."""
    with ctx.reading() as session:
        content = session.scalar(select(SignedScan.content).where(SignedScan.id == record_id))
    if not content or hashlib.sha256(content).hexdigest() != sha256:
        return None
    return content


def missing_attachments(ctx: ServiceContext) -> list[str]:
    """The digests of the scans downloaded without their bytes yet, oldest first."""
    with ctx.reading() as session:
        rows = session.scalars(select(SignedScan.sha256).join(
            Case, Case.id == SignedScan.case_id).where(
            func.length(SignedScan.content) == 0, SignedScan.deleted_at.is_(None),
            Case.anonymised_on.is_(None), SignedScan.dropped_on.is_(None)).order_by(SignedScan.id))
        return list(dict.fromkeys(rows))


def store_attachment(ctx: ServiceContext, sha256: str, content: bytes) -> int:
    """Give the fetched bytes to the empty scans of this digest, once checked; returns the
    scans filled (0 when ``content`` is not ``sha256``'s: nothing is kept)."""
    if not content or hashlib.sha256(content).hexdigest() != sha256:
        return 0
    with ctx.store.transaction("sync_attachment", ctx.actor_id, from_server=True) as session:
        waiting = select(SignedScan.id).join(Case, Case.id == SignedScan.case_id).where(
            SignedScan.sha256 == sha256, func.length(SignedScan.content) == 0,
            Case.anonymised_on.is_(None), SignedScan.dropped_on.is_(None))
        ids = list(session.scalars(waiting))
        if ids:
            session.execute(update(SignedScan).where(SignedScan.id.in_(ids)).values(
                content=content), execution_options={"synchronize_session": False})
        return len(ids)
