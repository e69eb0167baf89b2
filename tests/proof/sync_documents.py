"""Documents attached to dossiers in the model-based sync proof: what the model attached (on
which laptop, to which dossier, which bytes), and what must hold of them after each quiet
period. Every acknowledged document on the server has its bytes there (the blob, its SHA-256
the record's), unless an anonymisation dropped them; every device holding the dossier reads
the very bytes attached (``document_content``), after faults, kills and restores of the
server to an older backup alike; a device that lost the dossier keeps neither the record nor
its bytes; a document concerning an anonymised person has its bytes dropped everywhere (her
names, written inside the PDF, are then looked for by ``sync_anonymised``'s scan)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from app.domain import DossierDocument, PersonAnonymisation
from app.errors import CpiError
from app.services.dossier.documents import document_content
from sync.server.models import Blob
from sync.server.scopes import visible_cases
from tests.conftest import PASSPHRASE
from tests.proof.scan import decrypted_store_pages, store_database_key
from tests.proof.sync_invariants import Acked, Violations
from tests.proof.sync_world import World


@dataclass(frozen=True)
class Attached:
    """A document as the model attached it on a laptop."""

    case_id: uuid.UUID
    content: bytes
    #: The person it concerns (named in its title and inside its bytes), if any.
    concerns: uuid.UUID | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass
class Documents:
    """The model's side: every document attached on some laptop, by record id."""

    attached: dict[uuid.UUID, Attached] = field(default_factory=dict)
    #: The documents each laptop held once (attached there, or read there in a check).
    held: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    made: int = 0

    def new_content(self, naming: str | None = None, *, pdf: bool = False) -> bytes:
        """Bytes never attached before (a PNG or a tiny PDF), naming a person if asked."""
        self.made += 1
        marker = f"cpi-proof-document-{self.made:05d}".encode()
        if naming is not None:
            return (b"%PDF-1.4\n% " + marker + b"\nBT (Rapport concernant "
                    + naming.encode() + b") Tj ET\n%%EOF\n")
        if pdf:
            return b"%PDF-1.4\n% " + marker + b"\n%%EOF\n"
        return b"\x89PNG\r\n\x1a\n" + marker + bytes(range(self.made % 200, 256))

    def reusable(self, case_id: uuid.UUID, pick: int) -> bytes | None:
        """The bytes of a document of another dossier, concerning nobody (the same scan
        given to two dossiers)."""
        others = sorted({a.content for a in self.attached.values()
                         if a.case_id != case_id and a.concerns is None})
        return others[pick % len(others)] if others else None


def marker_of(content: bytes) -> bytes:
    """The words that make a content unique (each content has its own)."""
    at = content.find(b"cpi-proof-document-")
    return content[at:at + 24]


def check_documents(world: World, documents: Documents, acked: list[Acked],
                    violations: Violations) -> None:
    acknowledged = {w.record_id for w in acked if w.entity == DossierDocument.__tablename__
                    and w.operation in ("insert", "restore")}
    with world.server.sessions() as server:
        carried = set(server.scalars(select(PersonAnonymisation.person_id)))
        rows = {r.id: (r.case_id, r.sha256, r.dropped_on, r.deleted_at)
                for r in server.scalars(select(DossierDocument))}
        blobs = {b.sha256: bytes(b.content) for b in server.scalars(select(Blob))}
        scopes = {login: visible_cases(server, caller)
                  for login, caller in world.callers.items()}
    live_digests = {sha for (_c, sha, dropped, deleted) in rows.values()
                    if dropped is None and deleted is None}
    for record_id in sorted(acknowledged & documents.attached.keys()):
        attached = documents.attached[record_id]
        violations.checked["acknowledged documents traced to the server"] += 1
        row = rows.get(record_id)
        if row is None:
            continue  # held after a restore, or reported lost by ``check``
        case_id, sha256, dropped_on, _deleted = row
        if sha256 != attached.sha256:
            violations.add(f"document {record_id}: the server says sha256 {sha256}, "
                           f"attached {attached.sha256}")
        should_drop = attached.concerns is not None and attached.concerns in carried
        if should_drop and dropped_on is None:
            violations.add(f"document {record_id} concerns anonymised person "
                           f"{attached.concerns} and is not dropped on the server")
        if dropped_on is not None and not should_drop:
            violations.add(f"document {record_id} dropped on the server, concerning nobody "
                           "anonymised")
        if dropped_on is None:
            violations.checked["document bytes checked on the server"] += 1
            blob = blobs.get(sha256)
            if blob is None:
                violations.add(f"bytes lost: document {record_id} ({sha256[:12]}) is on "
                               "the server without its blob")
            elif blob != attached.content:
                violations.add(f"document {record_id}: the server's blob differs from the "
                               "bytes attached")
        elif sha256 in blobs and sha256 not in live_digests:
            violations.add(f"document {record_id}: dropped, its blob still on the server")
    for login, node in world.nodes.items():
        for record_id in sorted(documents.attached.keys() & rows.keys()):
            attached = documents.attached[record_id]
            case_id, sha256, dropped_on, deleted_at = rows[record_id]
            if case_id not in scopes[login] or deleted_at is not None:
                continue
            violations.checked["document contents read on devices"] += 1
            try:
                _media, content = document_content(node.ctx, record_id)
            except CpiError:
                content = None
            if content is not None:
                documents.held.setdefault(login, set()).add(record_id)
            if dropped_on is None and content != attached.content:
                violations.add(f"{login}: cannot read document {record_id} as attached "
                               f"({'unreadable' if content is None else 'other bytes'})")
            if dropped_on is not None and content is not None:
                violations.add(f"{login}: still reads dropped document {record_id}")
    _nothing_left_outside(world, documents, rows, scopes, violations)


def _nothing_left_outside(world: World, documents: Documents,
                          rows: dict[uuid.UUID, tuple[uuid.UUID, str, object, object]],
                          scopes: dict[str, set[uuid.UUID]], violations: Violations) -> None:
    """A device that lost a dossier (transferred) keeps none of its documents' bytes: looked
    for in its store decrypted page by page (free pages and older WAL frames included)."""
    for login, node in world.nodes.items():
        kept = {documents.attached[i].content for i, row in rows.items()
                if i in documents.attached and row[0] in scopes[login]}
        gone = {documents.attached[i].content for i in documents.held.get(login, set())
                if i in rows and rows[i][0] not in scopes[login]} - kept
        with node.ctx.reading() as session:
            held = set(session.scalars(select(DossierDocument.id)))
        for record_id in sorted(held & {i for i in rows if rows[i][0] not in scopes[login]}):
            violations.add(f"{login}: keeps document {record_id} of a dossier outside its "
                           "scope")
        if not gone:
            continue
        violations.checked["documents of lost dossiers looked for on devices"] += len(gone)
        pages = b"".join(page for _where, page in decrypted_store_pages(
            node.folder, store_database_key(node.folder, PASSPHRASE)))
        for content in sorted(gone):
            if marker_of(content) in pages:
                violations.add(f"{login}: keeps the bytes of document "
                               f"{marker_of(content).decode()!r} of a dossier it lost")
