"""Documents and a server restored from an older backup: the laptops give back the records the
server lost AND their bytes, from whichever laptop holds them (the one that attached them, or
one that had only downloaded them); every laptop of the dossier reads them again."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

from app.domain import DossierDocument, DossierDocumentKind, UserRole
from app.services.dossier.documents import DocumentDescription, add_document, document_content
from sync.server.models import Blob
from tests.app.services.documents_data import court_order_pdf
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 11, 26)


def test_a_document_the_server_lost_in_a_restore_comes_back_with_its_bytes_from_a_copy(
        tmp_path: Path) -> None:
    """The clerk's laptop had downloaded the document (and its bytes); the server goes back
    to a backup from before it; the clerk syncs first: the record and its bytes go up again
    from the clerk's copy, and the agent's laptop, which attached it, reads it still."""
    database, backup = tmp_path / "server.sqlite", tmp_path / "backup.sqlite"
    url = f"sqlite:///{database}"
    content = court_order_pdf() + b"\n% restored copy\n"
    digest = hashlib.sha256(content).hexdigest()
    with Server.running(url) as server:
        server.user("agent.a", name="Agent A")
        server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
        agent = Device.enrol(server, tmp_path / "agent", "agent.a")
        clerk = Device.enrol(server, tmp_path / "clerk", "clerk")
        family = Family.open(agent.ctx, TODAY)
        agent.sync()
        clerk.sync()
        with sqlite3.connect(database) as live, sqlite3.connect(backup) as copy:
            live.backup(copy)  # last night's backup, before the document
        document_id = add_document(agent.ctx, family.case_id, content, DocumentDescription(
            DossierDocumentKind.COURT_ORDER, TODAY, "Tribunal de la jeunesse",
            "Ordonnance de placement", (family.child,)), today=TODAY)
        assert agent.sync().rejected == 0
        clerk.sync()
        assert document_content(clerk.ctx, document_id)[1] == content
        server.sessions.kw["bind"].dispose()
    with sqlite3.connect(backup) as copy, sqlite3.connect(database) as live:
        copy.backup(live)  # the restore: record and blob gone
    with Server.running(url) as restored:
        with restored.sessions() as session:
            assert session.get(Blob, digest) is None
        agent.transport, clerk.transport = (restored.transport(agent.transport.token),
                                            restored.transport(clerk.transport.token))
        report = clerk.sync()
        assert report.restored > 0 and report.rejected == 0, report
        with restored.sessions() as session:
            row = session.get(DossierDocument, document_id)
            assert row is not None and row.dropped_on is None
            blob = session.get(Blob, digest)
            assert blob is not None and blob.content == content  # given back by the clerk
        assert agent.sync().rejected == 0
        clerk.sync()
        for device in (agent, clerk):
            assert document_content(device.ctx, document_id)[1] == content
    agent.close()
    clerk.close()
