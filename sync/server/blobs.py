"""Attachments on the server: chunks kept per device while they arrive, the whole assembled
and checked against its SHA-256 before it is stored, once per content; read back only through
a scan or a document of a dossier in the reader's scope (``ATTACHED``: both alike). Storing
bytes links them to nothing: only an authorised scan or document mutation does
(``attachment_refusal``).

Content is stored once, but nobody learns from the server that a content is there unless
they may read it already or proved they hold it (``BlobHolder``: every chunk sent, the whole
checked): a device that knows only a digest sends the bytes like any other, and cannot link
a stored content to a dossier of its own. Bytes no live scan names are forgotten after
``ABANDONED_AFTER``; what one device has sent and no scan names yet is bounded by
``DEVICE_QUOTA``."""

from __future__ import annotations

import hashlib
import math
import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from app.domain import DossierDocument, SignedScan
from app.domain.base import SyncedRecord
from app.services.plan.scans import MAGIC, MAX_BYTES
from sync.protocol import CHUNK_SIZE, SHA256_PATTERN, AttachmentStatus
from sync.server.anonymise import drop_blobs, dropped_digest
from sync.server.models import Blob, BlobChunk, BlobHolder
from sync.server.refusals import Refused
from sync.server.scopes import Caller, visible_cases

MAX_CHUNKS = math.ceil(MAX_BYTES / CHUNK_SIZE)
#: Chunks of an upload no device finished in this time are dropped (a laptop back from a
#: long absence sends the file again); so are stored bytes no live scan names, and the proofs
#: that a device held them.
ABANDONED_AFTER = timedelta(days=14)
#: What one device may keep on the server that no scan names yet (chunks on their way, wholes
#: not linked): a few scans at the largest size, far from what fills the server's disk.
DEVICE_QUOTA = 4 * MAX_BYTES


#: The records naming attached bytes by their ``sha256`` (a scan of signed pages, a document
#: of the dossier): the same rules of scope, possession and quota hold for both.
ATTACHED: tuple[type[SignedScan] | type[DossierDocument], ...] = (SignedScan, DossierDocument)


def _named() -> ColumnElement[bool]:
    """A blob that a live scan or document names."""
    return or_(*(exists().where(cls.sha256 == Blob.sha256, cls.deleted_at.is_(None))
                 for cls in ATTACHED))


def _naming_cases(session: Session, sha256: str) -> set[object]:
    """The dossiers with a live scan or document of these bytes."""
    return {case_id for cls in ATTACHED for case_id in session.scalars(
        select(cls.case_id).where(cls.sha256 == sha256, cls.deleted_at.is_(None)))}


class BlobRefusal(Exception):
    """An attachment request refused; ``reason`` in French, ``status`` the HTTP one."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


def status(session: Session, caller: Caller, sha256: str) -> AttachmentStatus:
    """Asked once per upload: also the moment to forget uploads abandoned long ago. "Stored"
    only for a caller who may know it (``_known_to``); anyone else is answered with the
    chunks they sent themselves, as for a content the server has never seen."""
    forget_abandoned(session)
    if _known_to(session, caller, sha256) or dropped_digest(session, sha256):
        # A scan an anonymisation dropped (art. 7): its bytes are not taken again.
        return AttachmentStatus(stored=True, chunk_size=CHUNK_SIZE, received=[])
    received = session.scalars(select(BlobChunk.chunk_index).where(
        BlobChunk.device_id == caller.device_id, BlobChunk.sha256 == sha256).order_by(
        BlobChunk.chunk_index))
    return AttachmentStatus(stored=False, chunk_size=CHUNK_SIZE, received=list(received))


def forget_abandoned(session: Session) -> None:
    """Chunks of uploads nobody finished, bytes no live scan names, old proofs of holding."""
    cutoff = datetime.now(UTC) - ABANDONED_AFTER
    session.execute(delete(BlobChunk).where(BlobChunk.received_at < cutoff))
    session.execute(delete(Blob).where(Blob.stored_at < cutoff, ~_named())
                    .execution_options(synchronize_session=False))
    session.execute(delete(BlobHolder).where(BlobHolder.proven_at < cutoff))


def put_chunk(session: Session, caller: Caller, sha256: str, index: int, content: bytes,
              chunk_hash: str) -> None:
    """Keep one chunk, checked against its own hash (a damaged chunk is not kept)."""
    if not 0 <= index < MAX_CHUNKS:
        raise BlobRefusal(422, f"Morceau {index} hors limites : un fichier a au plus "
                               f"{MAX_CHUNKS} morceaux.")
    if not content or len(content) > CHUNK_SIZE:
        raise BlobRefusal(413, f"Un morceau compte de 1 à {CHUNK_SIZE} octets.")
    if hashlib.sha256(content).hexdigest() != chunk_hash:
        raise BlobRefusal(422, f"Le morceau {index} est arrivé abîmé : il n'est pas gardé.")
    if _known_to(session, caller, sha256):
        return  # stored already, and the caller may know it
    if _kept_for(session, caller) + len(content) > DEVICE_QUOTA:
        raise BlobRefusal(413, "Ce poste a déjà envoyé au serveur autant de fichiers qu'il "
                               "peut en garder avant de les joindre à un dossier : "
                               "synchronisez ce qui attend, puis recommencez.")
    session.merge(BlobChunk(device_id=caller.device_id, sha256=sha256, chunk_index=index,
                            content=content))


def finish(session: Session, caller: Caller, sha256: str, size: int) -> AttachmentStatus:
    """Assemble the caller's chunks and store the whole if it is ``sha256``'s and ``size``
    long. Raises ``BlobRefusal``: 409 while chunks are missing (they are kept), 422 when the
    whole is wrong (the caller then discards the chunks: ``discard``)."""
    if size > MAX_BYTES:
        raise BlobRefusal(413, f"Un fichier joint compte au plus {MAX_BYTES} octets.")
    if not _known_to(session, caller, sha256):
        count = math.ceil(size / CHUNK_SIZE)
        chunks = list(session.scalars(select(BlobChunk).where(
            BlobChunk.device_id == caller.device_id, BlobChunk.sha256 == sha256,
            BlobChunk.chunk_index < count).order_by(BlobChunk.chunk_index)))
        missing = sorted(set(range(count)) - {chunk.chunk_index for chunk in chunks})
        if missing:
            raise BlobRefusal(409, "Il manque des morceaux du fichier : "
                                   f"{', '.join(map(str, missing[:20]))}.")
        content = b"".join(chunk.content for chunk in chunks)
        whole = all(len(c.content) == CHUNK_SIZE for c in chunks[:-1])
        if not whole or len(content) != size or hashlib.sha256(content).hexdigest() != sha256:
            raise BlobRefusal(422, "Le fichier reçu ne correspond pas à son empreinte SHA-256 "
                                   "ou à sa taille : il n'est pas gardé.")
        if not _stored(session, sha256):
            session.add(Blob(sha256=sha256, size=size, content=content))
        session.merge(BlobHolder(device_id=caller.device_id, sha256=sha256,
                                 proven_at=datetime.now(UTC)))
    discard(session, caller, sha256)
    return AttachmentStatus(stored=True, chunk_size=CHUNK_SIZE, received=[])


def discard(session: Session, caller: Caller, sha256: str) -> None:
    session.execute(delete(BlobChunk).where(BlobChunk.device_id == caller.device_id,
                                            BlobChunk.sha256 == sha256))


def readable(session: Session, caller: Caller, sha256: str) -> bytes | None:
    """The bytes, when a live scan or document of a dossier in the caller's scope has them
    (None for unknown and forbidden alike: the answer tells nothing of other dossiers)."""
    cases = _naming_cases(session, sha256)
    if not cases & visible_cases(session, caller):
        return None
    return session.scalar(select(Blob.content).where(Blob.sha256 == sha256))


def attachment_refusal(session: Session, caller: Caller,
                       record: SyncedRecord) -> Refused | None:
    """Why a new scan or document cannot be kept (None: it is, its bytes staying once in
    ``blob``). Bytes the caller may not know are answered as missing: a digest alone links
    nothing."""
    if not isinstance(record, SignedScan | DossierDocument):
        return None
    if not isinstance(record.sha256, str) or not re.fullmatch(SHA256_PATTERN, record.sha256):
        return Refused.SCAN_DIGEST
    if record.dropped_on is not None:  # dropped by an anonymisation (art. 7): the fact only
        record.content = b""
        # Sent before the record was judged: bytes naming an anonymised person are not kept.
        drop_blobs(session, [record])
        return None
    # Plain values, not an entity: a batch of scans must not keep every blob in the session.
    blob = session.execute(select(Blob.size, Blob.content).where(
        Blob.sha256 == record.sha256)).first()
    if blob is None or not _known_to(session, caller, record.sha256):
        return Refused.SCAN_FILE_MISSING
    size, content = blob
    if size != record.size or hashlib.sha256(content).hexdigest() != record.sha256:
        return Refused.SCAN_FILE_MISMATCH
    magic = MAGIC.get(record.media_type)
    if magic is None or not content.startswith(magic):
        return Refused.SCAN_FILE_FORMAT
    record.content = b""  # the bytes are kept once, by digest
    return None


def _stored(session: Session, sha256: str) -> bool:
    return session.scalar(select(Blob.sha256).where(Blob.sha256 == sha256)) is not None


def _known_to(session: Session, caller: Caller, sha256: str) -> bool:
    """Stored, and the caller may know it: its device proved it holds the bytes, or a live
    scan of a dossier in its scope names them."""
    if not _stored(session, sha256):
        return False
    if session.get(BlobHolder, (caller.device_id, sha256)) is not None:
        return True
    return bool(_naming_cases(session, sha256) & visible_cases(session, caller))


def _kept_for(session: Session, caller: Caller) -> int:
    """Bytes the caller's device keeps on the server that no live scan names: its chunks on
    their way, and the wholes it proved and has not linked yet."""
    chunks = session.scalar(select(func.coalesce(func.sum(func.length(BlobChunk.content)), 0))
                            .where(BlobChunk.device_id == caller.device_id)) or 0
    unlinked = session.scalar(select(func.coalesce(func.sum(Blob.size), 0)).join(
        BlobHolder, BlobHolder.sha256 == Blob.sha256).where(
        BlobHolder.device_id == caller.device_id, ~_named())) or 0
    return int(chunks) + int(unlinked)
