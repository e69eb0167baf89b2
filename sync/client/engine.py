"""One sync of a device with the ONE server, start to end:

1. handshake: versions accepted, same server, clocks within 5 minutes; a server restored from
   an older backup is noticed here and what it lost goes back to the outbox;
2. upload: the outbox in batches, each entry leaving only with its answer;
3. download: pages of the caller's scopes, each page landing with its cursors;
4. purge: the dossiers the device lost, once their own changes were judged.

Every step is its own store transaction (``app.services.sync.local``): a crash or a lost
connection anywhere leaves a store the next sync simply continues.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.services.base.context import ServiceContext
from app.services.sync.local import (
    Answer,
    DownloadedRow,
    apply_page,
    cursors,
    outbox_batch,
    pending_count,
    purge_scopes,
    record_answers,
    record_outcome,
    sync_settings,
)
from app.services.sync.restore import forget_anonymised, kept_without_dossier, queue_restore
from app.store.migrate import head_revision
from sync.client.attachments import fetch_attachments, send_attachments
from sync.client.errors import (
    ClockSkew,
    OtherServer,
    ProtocolRefused,
    ServerError,
    SyncProblem,
)
from sync.client.transport import HANDSHAKE_PATH, Transport
from sync.protocol import (
    MAX_CLOCK_SKEW_S,
    MAX_KEPT_DOSSIERS,
    UPLOAD_BATCH,
    Checkpoint,
    Download,
    DownloadReply,
    Handshake,
    HandshakeReply,
    Mutation,
    Operation,
    Upload,
    UploadReply,
)

APP_VERSION = "0.1.0"
#: Pages of one sync at most (5 million rows): a server announcing more forever is faulty.
MAX_PAGES = 10_000


@dataclass(frozen=True)
class Progress:
    phase: str  # handshake | upload | download | purge
    done: int
    total: int  # 0: unknown


@dataclass(frozen=True)
class SyncReport:
    uploaded: int
    applied: int
    merged: int
    conflicts: int
    rejected: int
    downloaded: int
    purged: list[uuid.UUID]
    restored: int
    round_trips: int


ProgressCallback = Callable[[Progress], None]


def sync_once(ctx: ServiceContext, transport: Transport,
              progress: ProgressCallback | None = None,
              now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> SyncReport:
    """Run one sync; raises a ``SyncProblem`` (recorded for the status line) when it cannot."""
    report = _Counters()
    try:
        restored = _handshake(ctx, transport, now)
        _upload(ctx, transport, report, progress)
        downloaded, dropped = _download(ctx, transport, progress)
        fetch_attachments(ctx, transport)
        purged = purge_scopes(ctx, dropped) if dropped else []
    except SyncProblem as problem:
        record_outcome(ctx, problem.message())
        raise
    record_outcome(ctx)
    return SyncReport(report.uploaded, report.applied, report.merged, report.conflicts,
                      report.rejected, downloaded, purged, restored, transport.round_trips)


@dataclass
class _Counters:
    uploaded: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0


_COUNTERS = {"applied": "applied", "merged": "merged", "conflict": "conflicts",
             "rejected": "rejected"}


def _handshake(ctx: ServiceContext, transport: Transport,
               now: Callable[[], datetime]) -> int:
    settings = sync_settings(ctx)
    asked_at = now()
    checkpoints = [Checkpoint(seq=seq, token=token) for seq, token in settings.checkpoints] \
        if transport.protocol >= 3 else []
    kept = kept_without_dossier(ctx, MAX_KEPT_DOSSIERS) if transport.protocol >= 3 else []
    reply = transport.post(HANDSHAKE_PATH, Handshake(
        protocol=transport.protocol, schema_revision=head_revision(), app_version=APP_VERSION,
        device_id=settings.device_id, client_time=asked_at, checkpoints=checkpoints,
        kept_dossiers=kept), HandshakeReply)
    if not reply.accepted:
        raise ProtocolRefused(reply.reason)
    if settings.server_id is not None and reply.server_id != settings.server_id:
        raise OtherServer()
    skew = abs((reply.server_time - asked_at).total_seconds())
    if skew > MAX_CLOCK_SKEW_S:
        raise ClockSkew(round(skew / 60))
    # Restored from an older backup: the log is shorter than what this device read, or (once
    # other devices have written again) no longer the log it read after some checkpoint.
    agreed = reply.high_water
    if reply.log_agrees_up_to is not None and checkpoints \
            and checkpoints[-1].seq == settings.high_water:
        agreed = min(agreed, reply.log_agrees_up_to)
    forget_anonymised(ctx, [case_id for case_id in reply.anonymised if case_id in kept])
    if agreed < settings.high_water:
        return queue_restore(ctx, agreed)
    return 0


def _upload(ctx: ServiceContext, transport: Transport, report: _Counters,
            progress: ProgressCallback | None) -> None:
    total = pending_count(ctx)
    while True:
        batch = outbox_batch(ctx, UPLOAD_BATCH)
        if not batch:
            return
        send_attachments(ctx, transport, batch)  # the bytes before the scans naming them
        reply = transport.post("/api/sync/upload", Upload(mutations=[Mutation(
            mutation_id=m.mutation_id, entity=m.entity, record_id=m.record_id,
            operation=Operation(m.operation), changes=m.changes, base_version=m.base_version,
            device_clock=m.device_clock, created_at=m.created_at, action=m.action)
            for m in batch]), UploadReply)
        sent = {m.mutation_id for m in batch}
        answers = [Answer(r.mutation_id, r.status.value, r.reason, r.version, r.token)
                   for r in reply.results if r.mutation_id in sent]
        if not answers:  # nothing would leave the outbox: the same batch again, forever
            raise ServerError("le serveur n'a répondu pour aucune des modifications envoyées")
        record_answers(ctx, answers)
        for answer in answers:
            report.uploaded += 1
            counter = _COUNTERS[answer.status]
            setattr(report, counter, getattr(report, counter) + 1)
        if progress is not None:
            progress(Progress("upload", report.uploaded, total))
        if len(answers) < len(batch):
            return  # the server answered part of the batch: the rest goes next time


def _download(ctx: ServiceContext, transport: Transport,
              progress: ProgressCallback | None) -> tuple[int, list[str]]:
    downloaded = 0
    dropped: set[str] = set()
    for _page in range(MAX_PAGES):
        before = cursors(ctx)
        reply = transport.post("/api/sync/download", Download(cursors=before),
                               DownloadReply)
        dropped.update(reply.dropped)
        downloaded += apply_page(ctx, [
            DownloadedRow(c.seq, c.entity, c.record_id, c.data) for c in reply.changes],
            reply.cursors, reply.token)
        if progress is not None:
            progress(Progress("download", downloaded, 0))
        if not reply.more:
            return downloaded, sorted(dropped)
        if not reply.changes and cursors(ctx) == before:
            raise ServerError("le serveur annonce d'autres pages sans en donner")
    raise ServerError("le serveur annonce sans fin d'autres pages")
