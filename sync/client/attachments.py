"""Attachments between a device and the server: a scan's or a document's bytes go up in
chunks before the mutation that names them (resuming from the chunks the server already has),
and the bytes of downloaded ones come down after the pages, checked against their digest."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from app.services.base.context import ServiceContext
from app.services.sync.attachments import (
    ATTACHED_ENTITIES,
    attachment_to_send,
    missing_attachments,
    store_attachment,
)
from app.services.sync.local import PendingMutation
from sync.client.transport import Transport, send_raw
from sync.protocol import CHUNK_HASH_HEADER, AttachmentFinish, AttachmentStatus

_CARRIED_BY = frozenset({"insert", "restore"})


def send_attachments(ctx: ServiceContext, transport: Transport,
                     batch: Iterable[PendingMutation]) -> int:
    """Upload the bytes the batch's new scans and documents name, unless the server has them;
    returns the chunks sent. Bytes that are not here (or not the digest's) are not sent: the
    server then refuses the record with its reason."""
    sent = 0
    for mutation in batch:
        if mutation.entity not in ATTACHED_ENTITIES or mutation.operation not in _CARRIED_BY:
            continue
        digest = mutation.changes.get("sha256", [None, None])[1]
        if not isinstance(digest, str):
            continue
        content = attachment_to_send(ctx, mutation.record_id, digest)
        if content is not None:
            sent += upload(transport, digest, content)
    return sent


def upload(transport: Transport, digest: str, content: bytes) -> int:
    """Send the chunks the server lacks, then have it check and keep the whole."""
    status = AttachmentStatus.model_validate_json(
        send_raw(transport, "GET", f"/api/attachments/{digest}/chunks").content)
    if status.stored:
        return 0
    size = status.chunk_size
    have = set(status.received)
    sent = 0
    for index, start in enumerate(range(0, len(content), size)):
        if index in have:
            continue
        chunk = content[start:start + size]
        send_raw(transport, "PUT", f"/api/attachments/{digest}/chunks/{index}", content=chunk,
                 headers={CHUNK_HASH_HEADER: hashlib.sha256(chunk).hexdigest(),
                          "Content-Type": "application/octet-stream"})
        sent += 1
    transport.post(f"/api/attachments/{digest}/finish", AttachmentFinish(size=len(content)),
                   AttachmentStatus)
    return sent


def fetch_attachments(ctx: ServiceContext, transport: Transport) -> int:
    """Fetch the bytes of the scans downloaded without them; returns the digests filled. One
    the server does not give (no longer in this device's scope) waits for a later sync."""
    filled = 0
    for digest in missing_attachments(ctx):
        response = send_raw(transport, "GET", f"/api/attachments/{digest}", accepted=(404,))
        if response.status_code == 404:
            continue
        if store_attachment(ctx, digest, response.content):
            filled += 1
    return filled
