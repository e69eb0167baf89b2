"""Attachments in the sync: a signed scan's bytes go up in checked, resumable chunks before the
scan's mutation, never inside a mutation, the change log or a download, and come down to the
devices whose scope holds the dossier, byte for byte."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from sqlalchemy import delete, func, select, update

from app.domain import OutboxEntry, SignedScan
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.plan.scans import MAX_BYTES, attach_signed_scan, scan_content
from app.services.plan.versions import record_discernment
from app.services.sync.attachments import missing_attachments
from app.services.sync.local import outbox_batch, sync_status
from sync.client.attachments import upload
from sync.client.errors import ServerError, ServerUnreachable
from sync.client.transport import TIMEOUT_S, Transport, send_raw
from sync.protocol import (
    CHUNK_HASH_HEADER,
    CHUNK_SIZE,
    AttachmentStatus,
    Mutation,
    Operation,
    Upload,
    UploadReply,
)
from sync.server import blobs
from sync.server.blobs import ABANDONED_AFTER
from sync.server.download import high_water
from sync.server.models import AppliedMutation, Blob, BlobChunk, ChangeLogEntry, LogCounter
from sync.server.refusals import Refused
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 11, 26)
CHUNKS = 5


def synthetic_scan(seed: int, size: int = CHUNK_SIZE * (CHUNKS - 1) + 1234) -> bytes:
    """A PDF-looking file of synthetic bytes, ``CHUNKS`` chunks long by default."""
    head = b"%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n"
    return head + random.Random(seed).randbytes(size - len(head))


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def signed_version(agent: ServiceContext) -> uuid.UUID:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "Trop jeune")
    return family.ready_version()


class Watched:
    """A transport whose requests are counted by method and path kind, and which can be cut
    (as a lost connection) before a given request."""

    def __init__(self, server: Server, device: Device) -> None:
        self.puts = 0
        self.blob_gets = 0
        self.cut: Callable[[httpx.Request], bool] = lambda _request: False
        client = httpx.Client(base_url=server.url, timeout=TIMEOUT_S,
                              event_hooks={"request": [self._seen]})
        self.transport = Transport(server.url, device.transport.token, client=client)
        device.transport.close()
        device.transport = self.transport

    def _seen(self, request: httpx.Request) -> None:
        if self.cut(request):
            raise httpx.ConnectError("connexion coupée (test)", request=request)
        if request.method == "PUT":
            self.puts += 1
        elif request.method == "GET" and not request.url.path.endswith("/chunks"):
            self.blob_gets += 1


def test_a_scan_attached_offline_reaches_the_server_and_the_office_byte_for_byte(
        server: Server, devices: dict[str, Device]) -> None:
    agent, clerk, other = devices["agent.a"], devices["clerk"], devices["agent.b"]
    content = synthetic_scan(1)
    scan = attach_signed_scan(agent.ctx, signed_version(agent.ctx), content, "application/pdf")
    encoded = base64.b64encode(content[100:160]).decode()
    with agent.ctx.reading() as session:
        entry = session.scalars(select(OutboxEntry).where(
            OutboxEntry.entity == "signed_scan")).one()
        assert "content" not in entry.changes and entry.changes["sha256"][1] == sha(content)
    watched = Watched(server, agent)
    report = agent.sync()
    assert report.rejected == 0 and sync_status(agent.ctx).pending == 0, report
    assert watched.puts == CHUNKS
    with server.sessions() as session:
        blob = session.get(Blob, sha(content))
        assert blob is not None and blob.content == content and blob.size == len(content)
        row = session.get(SignedScan, scan.id)
        assert row is not None and row.sha256 == sha(content)
        logged = [e.data for e in session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.entity == "signed_scan"))]
        assert len(logged) == 1 and "content" not in logged[0]
        assert encoded[:40] not in json.dumps(logged)
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0
    assert scan_content(agent.ctx, scan.id) == content  # the device keeps its bytes
    clerk_watch = Watched(server, clerk)
    clerk.sync()
    assert scan_content(clerk.ctx, scan.id) == content
    assert clerk_watch.blob_gets == 1 and missing_attachments(clerk.ctx) == []
    clerk.sync()
    assert clerk_watch.blob_gets == 1  # fetched once
    other.sync()
    with other.ctx.reading() as session:
        assert session.get(SignedScan, scan.id) is None


def test_an_interrupted_upload_resumes_from_the_chunks_the_server_has(
        server: Server, devices: dict[str, Device]) -> None:
    agent = devices["agent.a"]
    content = synthetic_scan(2)
    scan = attach_signed_scan(agent.ctx, signed_version(agent.ctx), content, "application/pdf")
    watched = Watched(server, agent)
    watched.cut = lambda request: request.method == "PUT" and watched.puts == 2
    with pytest.raises(ServerUnreachable):
        agent.sync()
    with server.sessions() as session:
        assert set(session.scalars(select(BlobChunk.chunk_index))) == {0, 1}
        assert session.get(Blob, sha(content)) is None
        assert session.get(SignedScan, scan.id) is None
    assert sync_status(agent.ctx).pending > 0
    resumed = Watched(server, agent)
    report = agent.sync()
    assert report.rejected == 0, report
    assert resumed.puts == CHUNKS - 2  # chunks 0 and 1 were not sent again
    with server.sessions() as session:
        blob = session.get(Blob, sha(content))
        assert blob is not None and blob.content == content
        assert session.get(SignedScan, scan.id) is not None
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0


def test_an_interrupted_fetch_leaves_an_empty_scan_that_the_next_sync_fills(
        server: Server, devices: dict[str, Device]) -> None:
    agent, clerk = devices["agent.a"], devices["clerk"]
    content = synthetic_scan(3, size=CHUNK_SIZE // 2)
    scan = attach_signed_scan(agent.ctx, signed_version(agent.ctx), content, "application/pdf")
    agent.sync()
    watched = Watched(server, clerk)
    watched.cut = lambda request: request.url.path == f"/api/attachments/{sha(content)}"
    with pytest.raises(ServerUnreachable):
        clerk.sync()
    with clerk.ctx.reading() as session:  # the row landed with its page, its bytes to come
        row = session.get(SignedScan, scan.id)
        assert row is not None and row.content == b"" and row.size == len(content)
    assert missing_attachments(clerk.ctx) == [sha(content)]
    with pytest.raises(RuleViolation) as refused:
        scan_content(clerk.ctx, scan.id)  # never an empty file shown as the scan
    assert refused.value.codes == ("scan.not_fetched",)
    Watched(server, clerk)
    clerk.sync()
    assert scan_content(clerk.ctx, scan.id) == content
    assert missing_attachments(clerk.ctx) == []


def test_a_damaged_chunk_or_a_wrong_whole_is_refused_and_nothing_is_kept(
        server: Server, devices: dict[str, Device]) -> None:
    transport = devices["agent.a"].transport
    content = synthetic_scan(4)
    digest = sha(content)
    chunk = content[:CHUNK_SIZE]
    damaged = bytes([chunk[0] ^ 1]) + chunk[1:]
    with pytest.raises(ServerError, match="abîmé"):
        send_raw(transport, "PUT", f"/api/attachments/{digest}/chunks/0", content=damaged,
                 headers={CHUNK_HASH_HEADER: sha(chunk)})
    with pytest.raises(ServerError, match="au plus"):
        send_raw(transport, "PUT", f"/api/attachments/{digest}/chunks/0",
                 content=content[:CHUNK_SIZE + 1],
                 headers={CHUNK_HASH_HEADER: sha(content[:CHUNK_SIZE + 1])})
    with server.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0
    # Every chunk sound, the whole not the digest's (another file's bytes under its name).
    other = synthetic_scan(5)
    with pytest.raises(ServerError, match="empreinte"):
        upload(transport, digest, other)
    with server.sessions() as session:
        assert session.get(Blob, digest) is None and session.get(Blob, sha(other)) is None
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0
    assert upload(transport, digest, content) == CHUNKS  # the right bytes are then kept
    with server.sessions() as session:
        blob = session.get(Blob, digest)
        assert blob is not None and blob.content == content


def test_only_a_caller_holding_a_dossier_with_the_scan_fetches_its_bytes(
        server: Server, devices: dict[str, Device]) -> None:
    agent, clerk, other = devices["agent.a"], devices["clerk"], devices["agent.b"]
    content = synthetic_scan(6, size=1000)
    attach_signed_scan(agent.ctx, signed_version(agent.ctx), content, "application/pdf")
    agent.sync()
    path = f"/api/attachments/{sha(content)}"
    assert send_raw(clerk.transport, "GET", path).content == content
    refused = send_raw(other.transport, "GET", path, accepted=(404,))
    assert refused.status_code == 404 and content[:200] not in refused.content
    anonymous = server.transport()
    assert send_raw(anonymous, "GET", path, accepted=(401,)).status_code == 401
    anonymous.close()
    # Uploading bytes links them to no dossier: agent B's own upload stays unreadable.
    mine = synthetic_scan(7, size=2000)
    assert upload(other.transport, sha(mine), mine) == 1
    assert send_raw(other.transport, "GET", f"/api/attachments/{sha(mine)}",
                    accepted=(404,)).status_code == 404


def _upload_outbox_without_attachments(device: Device) -> UploadReply:
    batch = outbox_batch(device.ctx, 100)
    return device.transport.post("/api/sync/upload", Upload(mutations=[Mutation(
        mutation_id=m.mutation_id, entity=m.entity, record_id=m.record_id,
        operation=Operation(m.operation), changes=m.changes, base_version=m.base_version,
        device_clock=m.device_clock, created_at=m.created_at) for m in batch]), UploadReply)


def test_a_scan_whose_bytes_never_arrived_is_rejected_with_its_reason(
        server: Server, devices: dict[str, Device]) -> None:
    agent = devices["agent.a"]
    version = signed_version(agent.ctx)
    agent.sync()
    content = synthetic_scan(8, size=3000)
    scan = attach_signed_scan(agent.ctx, version, content, "application/pdf")
    reply = _upload_outbox_without_attachments(agent)
    assert [r.status.value for r in reply.results] == ["rejected"]
    assert reply.results[0].reason == Refused.SCAN_FILE_MISSING.text()
    with server.sessions() as session:
        assert session.get(SignedScan, scan.id) is None
        assert session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
            ChangeLogEntry.entity == "signed_scan")) == 0


def test_a_scan_carrying_its_bytes_inside_the_mutation_is_rejected(
        server: Server, devices: dict[str, Device]) -> None:
    agent = devices["agent.a"]
    version = signed_version(agent.ctx)
    agent.sync()
    content = synthetic_scan(9, size=3000)
    upload(agent.transport, sha(content), content)
    scan = attach_signed_scan(agent.ctx, version, content, "application/pdf")
    with agent.ctx.store.transaction("test_inline_bytes", from_server=True) as session:
        entry = session.scalars(select(OutboxEntry)).one()
        entry.changes = {**entry.changes,
                         "content": [None, base64.b64encode(content).decode()]}
    reply = _upload_outbox_without_attachments(agent)
    assert reply.results[0].status.value == "rejected"
    assert reply.results[0].reason == Refused.UNKNOWN_FIELDS.text(fields="content")
    with server.sessions() as session:
        assert session.get(SignedScan, scan.id) is None


def test_a_scan_of_the_largest_size_allowed_goes_through(
        server: Server, devices: dict[str, Device]) -> None:
    agent, clerk = devices["agent.a"], devices["clerk"]
    content = synthetic_scan(10, size=MAX_BYTES)
    scan = attach_signed_scan(agent.ctx, signed_version(agent.ctx), content, "application/pdf")
    watched = Watched(server, agent)
    assert agent.sync().rejected == 0
    assert watched.puts == math.ceil(MAX_BYTES / CHUNK_SIZE)
    Watched(server, clerk)
    clerk.sync()
    assert sha(scan_content(clerk.ctx, scan.id)) == sha(content)


def test_the_attachment_endpoints_are_described(server: Server) -> None:
    described = server.app.openapi()["paths"]  # served with ``cpi-server --docs`` only
    assert {"/api/attachments/{sha256}/chunks", "/api/attachments/{sha256}/chunks/{index}",
            "/api/attachments/{sha256}/finish", "/api/attachments/{sha256}"} <= set(described)
    put = described["/api/attachments/{sha256}/chunks/{index}"]["put"]
    assert "application/octet-stream" in put["requestBody"]["content"]


def test_a_scan_the_server_lost_in_a_restore_goes_up_again_with_its_bytes(
        server: Server, devices: dict[str, Device]) -> None:
    agent = devices["agent.a"]
    version = signed_version(agent.ctx)
    agent.sync()
    backup_at = datetime.now(UTC)
    with server.sessions() as session:
        backup_high = high_water(session)
    content = synthetic_scan(11, size=CHUNK_SIZE + 5000)
    scan = attach_signed_scan(agent.ctx, version, content, "application/pdf")
    agent.sync()
    with server.sessions.begin() as session:  # the server restored from the backup
        session.execute(delete(ChangeLogEntry).where(ChangeLogEntry.seq > backup_high))
        session.execute(delete(AppliedMutation).where(AppliedMutation.at > backup_at))
        session.execute(delete(SignedScan).where(SignedScan.id == scan.id))
        session.execute(delete(Blob))
        session.execute(update(LogCounter).values(value=backup_high))
    watched = Watched(server, agent)
    report = agent.sync()
    assert report.restored >= 1 and report.rejected == 0, sync_status(agent.ctx).rejected
    assert watched.puts == 2  # the bytes went up again, before the scan
    with server.sessions() as session:
        blob = session.get(Blob, sha(content))
        assert blob is not None and blob.content == content
        assert session.get(SignedScan, scan.id) is not None
        logged = session.scalars(select(ChangeLogEntry.data).where(
            ChangeLogEntry.entity == "signed_scan")).one()
        assert "content" not in logged
    assert scan_content(agent.ctx, scan.id) == content


def test_chunks_of_an_upload_abandoned_long_ago_are_forgotten(
        server: Server, devices: dict[str, Device]) -> None:
    agent, other = devices["agent.a"], devices["agent.b"]
    old, recent = synthetic_scan(12), synthetic_scan(13)
    for transport, content in ((agent.transport, old), (other.transport, recent)):
        send_raw(transport, "PUT", f"/api/attachments/{sha(content)}/chunks/0",
                 content=content[:CHUNK_SIZE], headers={CHUNK_HASH_HEADER: sha(
                     content[:CHUNK_SIZE])})
    with server.sessions.begin() as session:
        session.execute(update(BlobChunk).where(BlobChunk.sha256 == sha(old)).values(
            received_at=datetime.now(UTC) - ABANDONED_AFTER - timedelta(hours=1)))
    path = f"/api/attachments/{sha(recent)}/chunks"
    assert AttachmentStatus.model_validate_json(
        send_raw(other.transport, "GET", path).content).received == [0]
    with server.sessions() as session:
        assert list(session.scalars(select(BlobChunk.sha256))) == [sha(recent)]


def _status(device: Device, digest: str) -> AttachmentStatus:
    return AttachmentStatus.model_validate_json(
        send_raw(device.transport, "GET", f"/api/attachments/{digest}/chunks").content)


def test_the_server_does_not_tell_a_stranger_that_a_content_is_stored(
        server: Server, devices: dict[str, Device]) -> None:
    """``…/chunks`` answered "stored" for a file of any dossier: knowing a digest told that
    the document was there. A stranger is now answered as for an unknown content, and must
    send every byte to be told "stored"; its own upload still reads nothing."""
    agent, clerk, other = devices["agent.a"], devices["clerk"], devices["agent.b"]
    content = synthetic_scan(21, size=CHUNK_SIZE + 500)
    attach_signed_scan(agent.ctx, signed_version(agent.ctx), content, "application/pdf")
    agent.sync()
    assert _status(clerk, sha(content)).stored  # the office's clerk reads the dossier
    unknown = _status(other, sha(synthetic_scan(22, size=900)))
    assert _status(other, sha(content)) == unknown  # same answer as for nothing stored
    assert upload(other.transport, sha(content), content) == 2  # every chunk sent again
    assert _status(other, sha(content)).stored  # proved: it holds the bytes
    assert send_raw(other.transport, "GET", f"/api/attachments/{sha(content)}",
                    accepted=(404,)).status_code == 404
    with server.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1  # stored once


def test_a_digest_alone_links_no_stored_content_to_a_dossier(
        server: Server, devices: dict[str, Device]) -> None:
    """Agent B knows the digest of agent A's scan (not the bytes) and names it in a scan of
    a dossier of B's own: refused as bytes never sent, and B reads nothing."""
    agent, other = devices["agent.a"], devices["agent.b"]
    content = synthetic_scan(23, size=3000)
    attach_signed_scan(agent.ctx, signed_version(agent.ctx), content, "application/pdf")
    agent.sync()
    version = signed_version(other.ctx)
    other.sync()
    scan = attach_signed_scan(other.ctx, version, content, "application/pdf")
    reply = _upload_outbox_without_attachments(other)
    assert [r.reason for r in reply.results] == [Refused.SCAN_FILE_MISSING.text()]
    with server.sessions() as session:
        assert session.get(SignedScan, scan.id) is None
    assert send_raw(other.transport, "GET", f"/api/attachments/{sha(content)}",
                    accepted=(404,)).status_code == 404


def test_bytes_no_scan_names_are_forgotten_and_a_device_has_a_quota(
        server: Server, devices: dict[str, Device], monkeypatch: pytest.MonkeyPatch) -> None:
    agent, other = devices["agent.a"], devices["agent.b"]
    linked = synthetic_scan(24, size=2000)
    attach_signed_scan(agent.ctx, signed_version(agent.ctx), linked, "application/pdf")
    agent.sync()
    loose = synthetic_scan(25, size=2000)
    upload(other.transport, sha(loose), loose)  # sent, never named by a scan
    with server.sessions.begin() as session:
        session.execute(update(Blob).values(
            stored_at=datetime.now(UTC) - ABANDONED_AFTER - timedelta(hours=1)))
    _status(agent, sha(synthetic_scan(26, size=100)))  # any upload's first question
    with server.sessions() as session:
        assert list(session.scalars(select(Blob.sha256))) == [sha(linked)]
    monkeypatch.setattr(blobs, "DEVICE_QUOTA", CHUNK_SIZE * 2)
    big = synthetic_scan(27, size=CHUNK_SIZE * 3)
    with pytest.raises(ServerError):
        upload(other.transport, sha(big), big)
    with server.sessions() as session:
        kept = session.scalar(select(func.sum(func.length(BlobChunk.content))))
        assert kept is not None and kept <= CHUNK_SIZE * 2
