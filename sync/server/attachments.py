"""The attachment endpoints: which chunks the server has, a chunk up (raw body, size-limited,
with its own hash), the whole finished and checked, the whole down for a reader in scope.
Every one needs the device token (``sync.server.auth``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session, sessionmaker

from sync.protocol import (
    CHUNK_HASH_HEADER,
    CHUNK_SIZE,
    SHA256_PATTERN,
    AttachmentFinish,
    AttachmentStatus,
    ErrorCode,
    ErrorReply,
)
from sync.server import blobs
from sync.server.auth import Authenticate, Credentials, authenticate, credentials

_CODES = {404: ErrorCode.NOT_FOUND}
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorReply} for code in (400, 401, 403, 404, 409, 413, 422, 426)}
_RAW_BODY = {"requestBody": {"required": True, "content": {
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}

Digest = Annotated[str, Path(pattern=SHA256_PATTERN)]
#: Said in the OpenAPI description too: a client (or a fuzzer) reads the bounds there.
ChunkIndex = Annotated[int, Path(ge=0, lt=blobs.MAX_CHUNKS)]


async def _chunk_body(request: Request) -> bytes:
    """The raw body, read no further than one chunk (a larger one is refused unread)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > CHUNK_SIZE:
        raise blobs.BlobRefusal(413, f"Un morceau compte au plus {CHUNK_SIZE} octets.")
    body = bytearray()
    async for part in request.stream():
        body += part
        if len(body) > CHUNK_SIZE:
            raise blobs.BlobRefusal(413, f"Un morceau compte au plus {CHUNK_SIZE} octets.")
    return bytes(body)


def register(api: FastAPI, sessions: sessionmaker[Session],
             caller: Authenticate = authenticate) -> None:
    authenticated = Depends(credentials)
    chunk_body = Depends(_chunk_body)

    @api.exception_handler(blobs.BlobRefusal)
    def _refused(_request: Request, exc: blobs.BlobRefusal) -> JSONResponse:
        reply = ErrorReply(code=_CODES.get(exc.status, ErrorCode.INVALID), message=exc.reason)
        return JSONResponse(reply.model_dump(mode="json"), status_code=exc.status)

    @api.get("/api/attachments/{sha256}/chunks", response_model=AttachmentStatus,
             responses=_ERRORS)
    def chunks(sha256: Digest, given: Credentials = authenticated) -> AttachmentStatus:
        """Whether the server has the attachment, or which of its chunks this device sent."""
        with sessions.begin() as session:
            return blobs.status(session, caller(session, given), sha256)

    @api.put("/api/attachments/{sha256}/chunks/{index}", status_code=204, responses=_ERRORS,
             openapi_extra=_RAW_BODY)
    def put_chunk(sha256: Digest, index: ChunkIndex,
                  chunk_hash: Annotated[str, Header(alias=CHUNK_HASH_HEADER,
                                                    pattern=SHA256_PATTERN)],
                  content: bytes = chunk_body, given: Credentials = authenticated) -> Response:
        """One chunk of ``CHUNK_SIZE`` bytes (the last one shorter), checked on arrival."""
        with sessions.begin() as session:
            blobs.put_chunk(session, caller(session, given), sha256, index, content,
                            chunk_hash)
        return Response(status_code=204)

    @api.post("/api/attachments/{sha256}/finish", response_model=AttachmentStatus,
              responses=_ERRORS)
    def finish(sha256: Digest, request: AttachmentFinish,
               given: Credentials = authenticated) -> AttachmentStatus:
        """The chunks assembled and checked; a whole that is not ``sha256``'s is not kept."""
        try:
            with sessions.begin() as session:
                return blobs.finish(session, caller(session, given), sha256, request.size)
        except blobs.BlobRefusal as refusal:
            if refusal.status == 422:
                with sessions.begin() as session:
                    blobs.discard(session, caller(session, given), sha256)
            raise

    @api.get("/api/attachments/{sha256}", response_class=Response, responses={
        **_ERRORS, 200: {"content": {"application/octet-stream": {}}}})
    def content(sha256: Digest, given: Credentials = authenticated) -> Response:
        """The bytes, for a caller holding a dossier with a scan of them."""
        with sessions.begin() as session:
            found = blobs.readable(session, caller(session, given), sha256)
        if found is None:
            raise blobs.BlobRefusal(404, "Aucune pièce jointe de ce contenu dans vos dossiers.")
        return Response(found, media_type="application/octet-stream")
