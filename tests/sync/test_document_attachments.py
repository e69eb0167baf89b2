"""Documents of a dossier in the sync: attached on one laptop, their bytes go up in chunks
before the record (never inside a mutation or the change log), and come down to a second
laptop holding the dossier, byte for byte; corrections and withdrawals follow; a laptop
without the dossier gets neither the record nor its bytes."""

from __future__ import annotations

import hashlib
import json
import random
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.domain import DossierDocument, DossierDocumentKind
from app.services.dossier.documents import (
    DocumentDescription,
    correct_document,
    document_content,
    dossier_documents,
    withdraw_document,
)
from app.services.dossier.documents import add_document as attach
from app.services.sync.attachments import missing_attachments
from app.services.sync.local import sync_status
from sync.client.transport import send_raw
from sync.protocol import CHUNK_SIZE
from sync.server.models import Blob, BlobChunk, ChangeLogEntry
from tests.app.services.documents_data import court_order_pdf
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 11, 26)


def _large_order() -> bytes:
    """A real PDF made longer than three chunks (random bytes after its end)."""
    pdf = court_order_pdf()
    return pdf + random.Random(19).randbytes(CHUNK_SIZE * 3 + 77)


def test_a_document_attached_on_one_laptop_opens_on_the_second(
        server: Server, devices: dict[str, Device], tmp_path: Path) -> None:
    agent, other = devices["agent.a"], devices["agent.b"]
    family = Family.open(agent.ctx, TODAY)
    content = _large_order()
    document_id = attach(agent.ctx, family.case_id, content, DocumentDescription(
        DossierDocumentKind.COURT_ORDER, date(2026, 11, 20), "Tribunal de la jeunesse",
        "Ordonnance de placement", (family.child,)), today=TODAY)
    report = agent.sync()
    assert report.rejected == 0, report
    digest = hashlib.sha256(content).hexdigest()
    with server.sessions() as session:
        blob = session.get(Blob, digest)
        assert blob is not None and blob.content == content
        row = session.get(DossierDocument, document_id)
        assert row is not None and row.content == b"" and row.title == "Ordonnance de placement"
        logged = [e.data for e in session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.entity == "dossier_document"))]
        assert len(logged) == 1 and "content" not in logged[0]
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0

    second = Device.enrol(server, tmp_path / "a2", "agent.a")  # the agent's second laptop
    try:
        assert missing_attachments(second.ctx) == []
        assert document_content(second.ctx, document_id) == ("application/pdf", content)
        [listed] = dossier_documents(second.ctx, family.case_id)
        assert (listed.kind, listed.person_ids, listed.pages) == (
            DossierDocumentKind.COURT_ORDER, (family.child,), 1)

        correct_document(second.ctx, document_id, DocumentDescription(
            DossierDocumentKind.COURT_ORDER, date(2026, 11, 21), "Tribunal de la jeunesse",
            "Ordonnance de placement provisoire", (family.child, family.mother)), today=TODAY)
        withdraw_document(second.ctx, document_id, TODAY, "Remplacée par la décision au fond",
                          today=TODAY)
        assert second.sync().rejected == 0
        assert sync_status(second.ctx).pending == 0
        agent.sync()
        [seen] = dossier_documents(agent.ctx, family.case_id)
        assert (seen.title, seen.dated_on, set(seen.person_ids), seen.ended_on) == (
            "Ordonnance de placement provisoire", date(2026, 11, 21),
            {family.child, family.mother}, TODAY)
        assert document_content(agent.ctx, document_id)[1] == content  # its bytes unchanged
    finally:
        second.close()

    other.sync()  # another agent's laptop: neither the record nor its bytes
    with other.ctx.reading() as session:
        assert session.get(DossierDocument, document_id) is None
    refused = send_raw(other.transport, "GET", f"/api/attachments/{digest}", accepted=(404,))
    assert refused.status_code == 404
    assert json.loads(refused.content)["code"] == "not_found"
