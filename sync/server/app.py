"""The ONE server's HTTP API (FastAPI): enrolment, password change, handshake, upload,
download, and the national documents for a ONE administrator's device.

Endpoints are plain functions run in FastAPI's thread pool: each request is one SQLAlchemy
transaction on the shared database and keeps nothing in the process, so several server
processes can serve behind a load balancer. Every answer is described in ``/openapi.json``
(served with ``cpi-server --docs`` only).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import secrets
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import anyio.to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from app.domain import Office, User, UserRole
from app.domain.base import aware
from app.store.migrate import head_revision, known_revisions
from app.store.wire import record_to_wire
from sync.protocol import (
    ACCEPTED_PROTOCOLS,
    MIN_PASSWORD,
    Download,
    DownloadReply,
    Enrolment,
    EnrolmentReply,
    ErrorCode,
    ErrorReply,
    Handshake,
    HandshakeReply,
    PasswordChange,
    PasswordChanged,
    SemesterListRequest,
    StatisticsRequest,
    Upload,
    UploadReply,
)
from sync.server import attachments, national, security, throttle
from sync.server.admin import AdminError, normalised_code
from sync.server.anonymise import anonymised_among, checkpoint_after
from sync.server.apply import apply_batch, highest_token_only
from sync.server.auth import (
    DEVICE_IDLE_DAYS,
    ApiError,
    Credentials,
    authenticate,
    credentials,
    handshake_credentials,
    protocol_refusal,
    settle_refusal,
    token_hash,
)
from sync.server.compression import GzipRequestMiddleware
from sync.server.db import database_problem, make_engine, prepare_database
from sync.server.download import (
    agreement,
    checkpoint_seqs,
    log_head,
    older_fields,
    read_page,
)
from sync.server.gate import RequestGate
from sync.server.models import Credential, Device, DeviceRead, EnrolmentCode, ServerInfo
from sync.server.scopes import Caller
from sync.server.security import Event, EventKind, Reason

#: Smaller answers go as they are: gzip's framing would outweigh its gain.
GZIP_MIN_BYTES = 512
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorReply} for code in (400, 401, 403, 413, 422, 426, 429)}
#: A national document's answer: the PDF itself.
_PDF: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/pdf": {}}, "description": "Le document en PDF."}, **_ERRORS}
#: Starlette's own refusals (before any route runs), said in French.
_HTTP_REFUSALS = {
    400: "Corps de requête illisible : du JSON en UTF-8 est attendu.",
    404: "Adresse inconnue du serveur de l'ONE.",
    405: "Méthode non acceptée à cette adresse.",
}


@dataclass(frozen=True)
class ServerOptions:
    """What the ONE's IT may set when serving (``cpi-server serve``)."""

    #: ``/docs``, ``/redoc`` and ``/openapi.json`` answer (``--docs``): off, they tell anybody
    #: who reaches the server every route and field.
    describe: bool = False
    #: A device silent this long is no longer served (``--device-idle-days``).
    device_idle_days: int = DEVICE_IDLE_DAYS
    #: How failed password guesses slow the next ones down.
    throttle: throttle.Policy = throttle.DEFAULT


def create_app(database_url: str, options: ServerOptions | None = None) -> FastAPI:
    sessions = prepare_database(make_engine(database_url))
    return build_app(sessions, options)


def build_app(sessions: sessionmaker[Session], options: ServerOptions | None = None) -> FastAPI:
    options = options or ServerOptions()
    described: dict[str, Any] = {} if options.describe else {
        "docs_url": None, "redoc_url": None, "openapi_url": None}
    api = FastAPI(title="cpi-server", version="1",
                  description="Sync between CPI agents' laptops and the ONE's central server.",
                  **described)
    idle = timedelta(days=options.device_idle_days)

    def caller(session: Session, given: Credentials) -> Caller:
        return authenticate(session, given, idle)

    # Both directions gzipped: sync JSON shrinks about fivefold, which is what a laptop on a
    # family's weak mobile connection waits for. Level 6: level 9 costs the server more CPU for
    # a few percent.
    api.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=6)
    api.add_middleware(GzipRequestMiddleware)
    # Outermost: nothing of a body is read before its token is known (see gate).
    api.add_middleware(RequestGate, sessions=sessions, describe=options.describe,
                       authenticate=caller, routes=api.router.routes)
    hasher = PasswordHasher()
    # Argon2 hashes at once: an attempt waits for a place without holding a thread of the
    # pool (40 parallel guesses no longer stall every sync).
    hashing = anyio.CapacityLimiter(throttle.HASHES_AT_ONCE)
    # Checked when the login is unknown, so that such a refusal costs what a wrong password
    # costs: the answer's time does not tell whether a login exists.
    decoy_hash = hasher.hash(secrets.token_urlsafe(32))

    @api.exception_handler(ApiError)
    def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        # The request's transaction is rolled back: its event (and a revocation) in their own.
        settle_refusal(sessions, exc, _address(request))
        return JSONResponse(exc.reply.model_dump(mode="json"), status_code=exc.status)

    @api.exception_handler(HTTPException)
    def _refused(_request: Request, exc: HTTPException) -> JSONResponse:
        # Starlette answers {"detail": ...} in English: a laptop shows ErrorReply's message.
        message = _HTTP_REFUSALS.get(exc.status_code,
                                     f"Requête refusée par le serveur (HTTP {exc.status_code}).")
        code = ErrorCode.NOT_FOUND if exc.status_code == 404 else ErrorCode.INVALID
        return JSONResponse(ErrorReply(code=code, message=message).model_dump(mode="json"),
                            status_code=exc.status_code, headers=exc.headers)

    @api.exception_handler(RequestValidationError)
    def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own answer is English and shaped otherwise: a laptop would show "HTTP 422".
        reply = ErrorReply(code=ErrorCode.INVALID, message=invalid_request(exc.errors()))
        return JSONResponse(reply.model_dump(mode="json"), status_code=422)

    # Defaults, not Annotated: annotations are strings here.
    authenticated = Depends(credentials)
    handshaking = Depends(handshake_credentials)

    engine = sessions.kw["bind"]

    @api.get("/api/health", responses={503: {"description": "La base de données ne peut "
                                             "pas servir ce processus (la raison)."}})
    def health() -> Any:
        """This process answers and its database with it, at this server's revision: one
        read of the revision, no data (probes: nginx, monitoring, the laptops each minute)."""
        problem = database_problem(engine)
        if problem is not None:
            return JSONResponse({"status": "unavailable", "reason": problem}, status_code=503)
        return {"status": "ok"}

    def guarded(work: Callable[[], Any], login: str, device_id: uuid.UUID | None,
                address: str) -> Any:
        """``work`` (which checks a password) unless this login or address failed too often
        just before; its refusal in the security log before the next attempt looks there."""
        now = datetime.now(UTC)
        with sessions.begin() as session:
            waiting = throttle.wait(session, login, address, now, options.throttle)
        if waiting is not None:
            raise ApiError(429, ErrorCode.REFUSED, throttle.refusal(waiting, now), Event(
                EventKind.ENROLMENT_THROTTLED, login, device_id,
                detail=f"{Reason.TOO_MANY_FAILURES} ({waiting.per})"))
        try:
            return work()
        except ApiError as refused:
            if refused.event is not None:
                with contextlib.suppress(SQLAlchemyError):
                    security.record(sessions, dataclasses.replace(refused.event,
                                                                  remote_address=address))
                refused.event = None
            raise

    @api.post("/api/devices/enrol", response_model=EnrolmentReply, responses=_ERRORS)
    async def enrol(request: Enrolment, http: Request) -> EnrolmentReply:
        """A laptop enrolled with its user's login, password and a one-time enrolment code
        from the ONE's IT: the token it gets is its key to sync. When the ONE set the user's
        password, the request gives a new one, set here. Too many failures just before for
        this login or from this address: refused unchecked (429) for a while."""
        address = _address(http)
        work = functools.partial(enrolled, request, address)
        reply: EnrolmentReply = await anyio.to_thread.run_sync(
            functools.partial(guarded, work, request.login, request.device_id, address),
            limiter=hashing)
        return reply

    def enrolled(request: Enrolment, address: str) -> EnrolmentReply:
        def refused(status: int, code: ErrorCode, message: str, reason: Reason,
                    kind: EventKind = EventKind.ENROLMENT_REFUSED) -> ApiError:
            return ApiError(status, code, message, Event(kind, request.login, request.device_id,
                                                         detail=reason))

        with sessions.begin() as session:
            user = session.scalar(select(User).where(User.login == request.login,
                                                     User.deleted_at.is_(None)))
            credential = session.get(Credential, user.id) if user else None
            stored = credential.password_hash if credential else decoy_hash
            if not _verified(hasher, stored, request.password) or user is None \
                    or credential is None:
                raise refused(401, ErrorCode.UNAUTHENTICATED,
                              "Identifiant ou mot de passe incorrect.", Reason.WRONG_PASSWORD,
                              EventKind.LOGIN_FAILED)
            if credential.disabled_at is not None:
                raise refused(403, ErrorCode.UNAUTHENTICATED,
                              "Ce compte est désactivé par l'ONE : adressez-vous à son service "
                              "informatique.", Reason.USER_DISABLED)
            token = secrets.token_urlsafe(32)
            device = session.get(Device, request.device_id)
            if device is not None and device.user_id != user.id:
                raise refused(403, ErrorCode.UNAUTHENTICATED,
                              "Ce poste est enrôlé pour un autre utilisateur.", Reason.OTHER_USER)
            if device is not None and device.revoked_at is not None:
                raise refused(403, ErrorCode.DEVICE_REVOKED, "Ce poste a été révoqué.",
                              Reason.DEVICE_REVOKED)
            used = _enrolment_code(session, user.id, request.code)
            if isinstance(used, Reason):
                raise refused(403, ErrorCode.ENROLMENT_CODE, _CODE_REFUSALS[used], used)
            changed = _new_password(credential, request.password, request.new_password)
            if isinstance(changed, Reason):
                message = ("Le service informatique de l'ONE a fixé votre mot de passe : "
                           "choisissez-en un nouveau." if changed is
                           Reason.PASSWORD_CHANGE_REQUIRED else _weak(request.new_password))
                raise refused(403 if changed is Reason.PASSWORD_CHANGE_REQUIRED else 422,
                              ErrorCode.PASSWORD_CHANGE if changed is
                              Reason.PASSWORD_CHANGE_REQUIRED else ErrorCode.INVALID,
                              message, changed)
            if changed:
                credential.password_hash = hasher.hash(request.new_password)
                credential.must_change_password = False
            if device is None:
                device = Device(id=request.device_id, user_id=user.id)
                # A new laptop held no dossier before now (see DeviceRead).
                session.add_all([device, DeviceRead(device_id=device.id)])
            device.name, device.token_hash = request.device_name, token_hash(token)
            # A chained device shows the chain's end first: the server keeps its hash, as of
            # a plain token, and knows no token it will show next.
            device.chained = bool(request.chain)
            device.token_advanced_at = datetime.now(UTC)
            if request.chain:
                device.token_hash, token = token_hash(request.chain), ""
            used.used_at, used.device_id = datetime.now(UTC), device.id
            security.note(session, Event(EventKind.ENROLMENT, user.login, device.id, address,
                                         "mot de passe changé" if changed else ""))
            info = session.get(ServerInfo, 1)
            assert info is not None
            office = session.get(Office, user.office_id) if user.office_id else None
            return EnrolmentReply(token=token, user=record_to_wire(user),
                                  server_id=info.server_id,
                                  office=record_to_wire(office) if office else None)

    @api.post("/api/account/password", response_model=PasswordChanged, responses=_ERRORS)
    async def change_password(request: PasswordChange, http: Request,
                              given: Credentials = authenticated) -> PasswordChanged:
        """The device's user changes their password: the device token and the current
        password say it is them (wrong ones count as failed logins, see ``enrol``)."""
        address = _address(http)

        def login() -> str:
            with sessions.begin() as session:
                who = caller(session, given)
                user = session.get(User, who.user_id)
                return user.login if user is not None else ""

        work = functools.partial(password_changed, request, address, given)
        changed: PasswordChanged = await anyio.to_thread.run_sync(
            functools.partial(guarded, work, await anyio.to_thread.run_sync(login), None,
                              address), limiter=hashing)
        return changed

    def password_changed(request: PasswordChange, address: str,
                         given: Credentials) -> PasswordChanged:
        with sessions.begin() as session:
            who = caller(session, given)
            user = session.get(User, who.user_id)
            credential = session.get(Credential, who.user_id)
            login = user.login if user is not None else ""
            if credential is None or not _verified(hasher, credential.password_hash,
                                                   request.current_password):
                raise ApiError(403, ErrorCode.WRONG_PASSWORD,
                               "Le mot de passe actuel n'est pas le bon.",
                               Event(EventKind.LOGIN_FAILED, login, who.device_id,
                                     detail=Reason.WRONG_PASSWORD))
            changed = _new_password(credential, request.current_password,
                                    request.new_password)
            if changed is not True:
                raise ApiError(422, ErrorCode.INVALID, _weak(request.new_password),
                               Event(EventKind.PASSWORD_CHANGE_REFUSED, login, who.device_id,
                                     detail=Reason.NEW_PASSWORD_REFUSED))
            credential.password_hash = hasher.hash(request.new_password)
            credential.must_change_password = False
            security.note(session, Event(EventKind.PASSWORD_CHANGED, login, who.device_id,
                                         address))
            return PasswordChanged(changed_at=datetime.now(UTC))

    @api.post("/api/sync/handshake", response_model=HandshakeReply, responses=_ERRORS)
    def handshake(request: Handshake, given: Credentials = handshaking) -> Response:
        """Versions and clocks first: the server says what it accepts and its time. The token
        is the device's own: shown by another computer (another device id), it is refused and
        the security log says so (the device itself is not revoked: whoever copied a token
        would otherwise have its laptop wipe its unsynced work; IT decides)."""
        with sessions.begin() as session:
            who = caller(session, given)
            if request.device_id != who.device_id:
                user = session.get(User, who.user_id)
                raise ApiError(403, ErrorCode.UNAUTHENTICATED,
                               "Ce jeton appartient à un autre poste : il ne sert que sur "
                               "l'ordinateur enrôlé avec lui.",
                               Event(EventKind.TOKEN_REFUSED,
                                     user.login if user is not None else "", who.device_id,
                                     detail=f"{Reason.OTHER_DEVICE}: {request.device_id}"))
            info = session.get(ServerInfo, 1)
            assert info is not None
            reason = ""
            if request.protocol not in ACCEPTED_PROTOCOLS:
                reason = protocol_refusal(request.protocol)
            elif request.schema_revision not in known_revisions():
                reason = ("Cette version de cpi-terrain est plus récente que le serveur : "
                          "le service informatique de l'ONE doit mettre le serveur à jour.")
            anonymised = anonymised_among(session, who.device_id, request.kept_dossiers)
            high, tokens = log_head(session, checkpoint_seqs(request.checkpoints))
            return _json(HandshakeReply(
                accepted=not reason, reason=reason, server_id=info.server_id,
                server_time=datetime.now(UTC), accepted_protocols=list(ACCEPTED_PROTOCOLS),
                schema_revision=head_revision(), high_water=high,
                user_id=who.user_id, role=who.role.value,
                log_agrees_up_to=agreement(session, request.checkpoints, tokens),
                anonymised=anonymised), who.protocol)

    @api.post("/api/sync/upload", response_model=UploadReply, responses=_ERRORS)
    def upload(request: Upload, given: Credentials = authenticated) -> Response:
        """Apply a batch of the device's outbox; each mutation gets its own answer."""
        with sessions.begin() as session:
            who = caller(session, given)
            results = apply_batch(session, who, list(request.mutations))
        checkpoint_after(session)
        return _json(UploadReply(results=highest_token_only(results)), who.protocol)

    @api.post("/api/sync/download", response_model=DownloadReply, responses=_ERRORS)
    def download(request: Download, given: Credentials = authenticated) -> Response:
        """A page of the changes in the caller's scopes after their cursors."""
        with sessions.begin() as session:
            page = read_page(session, caller(session, given), request)
        return Response(page, media_type="application/json")

    def one_admin(given: Credentials, asked: str) -> tuple[str, uuid.UUID]:
        """The login and device of a ONE administrator's device; any other role refused (and
        logged: the semester list names children)."""
        with sessions.begin() as session:
            who = caller(session, given)
            user = session.get(User, who.user_id)
            login = user.login if user is not None else ""
        if who.role is not UserRole.ONE_ADMIN:
            raise ApiError(403, ErrorCode.FORBIDDEN,
                           "Seuls les administrateurs de l'ONE obtiennent les documents "
                           "nationaux (liste semestrielle, statistiques).",
                           Event(EventKind.NATIONAL_EXPORT_REFUSED, login, who.device_id,
                                 detail=f"{Reason.NOT_ONE_ADMIN}: {asked}"))
        return login, who.device_id

    def pdf(content: bytes, login: str, device_id: uuid.UUID, address: str,
            what: str) -> Response:
        security.record(sessions, Event(EventKind.NATIONAL_EXPORT, login, device_id, address,
                                        what))
        # Not kept by any cache on the way: the semester list names children.
        return Response(content, media_type="application/pdf",
                        headers={"Cache-Control": "no-store"})

    @api.post("/api/one/semester-list", response_class=Response, responses=_PDF)
    def national_semester_list(request: SemesterListRequest, http: Request,
                               given: Credentials = authenticated) -> Response:
        """The semester placement list of every office on 1 April or 1 October (art. 6), as
        ``cpi-server semester-list`` writes it: for a ONE administrator's device only."""
        what = f"liste semestrielle du {request.on:%d/%m/%Y} ({request.language})"
        login, device_id = one_admin(given, what)
        try:
            produced = national.semester_list(sessions, request.on, request.language)
        except AdminError as exc:
            raise ApiError(422, ErrorCode.REFUSED, str(exc)) from None
        return pdf(produced.pdf, login, device_id, _address(http), what)

    @api.post("/api/one/statistics", response_class=Response, responses=_PDF)
    def national_statistics(request: StatisticsRequest, http: Request,
                            given: Credentials = authenticated) -> Response:
        """The anonymised statistics of every office for a period (art. 7), as
        ``cpi-server statistics`` writes them: for a ONE administrator's device only."""
        what = (f"statistiques du {request.since:%d/%m/%Y} au {request.until:%d/%m/%Y} "
                f"({request.language})")
        login, device_id = one_admin(given, what)
        try:
            produced = national.statistics(sessions, request.since, request.until,
                                           request.language)
        except AdminError as exc:
            raise ApiError(422, ErrorCode.REFUSED, str(exc)) from None
        return pdf(produced.pdf, login, device_id, _address(http), what)

    attachments.register(api, sessions, caller)
    return api


def invalid_request(errors: Sequence[Any]) -> str:
    """Where a request breaks the protocol, in French; the values sent are not repeated
    (they may be huge or hostile)."""
    first = errors[0] if errors else {}
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body") or "corps"
    kind = str(first.get("type", "invalide"))
    more = f" (et {len(errors) - 1} autre(s))" if len(errors) > 1 else ""
    return f"Requête refusée : « {where} » ne suit pas le protocole ({kind}){more}."


_CODE_REFUSALS = {
    Reason.CODE_MISSING: "Un nouveau poste s'enrôle avec un code d'enrôlement : demandez-le au "
                         "service informatique de l'ONE.",
    Reason.NO_VALID_CODE: "Aucun code d'enrôlement valable pour ce compte (expiré ou déjà "
                          "utilisé) : demandez-en un nouveau au service informatique de l'ONE.",
    Reason.CODE_WRONG: "Ce code d'enrôlement n'est pas le bon : vérifiez-le, ou demandez-en un "
                       "nouveau au service informatique de l'ONE.",
}


def _enrolment_code(session: Session, user_id: uuid.UUID, typed: str) -> EnrolmentCode | Reason:
    """The user's valid code when ``typed`` is it (a user has at most one unused code)."""
    code = normalised_code(typed)
    if not code:
        return Reason.CODE_MISSING
    now = datetime.now(UTC)
    # Locked: two enrolments giving the same code at once enrol one computer, not two (the
    # second reads the row again once the first commits, and finds it used).
    found = session.scalars(select(EnrolmentCode).where(
        EnrolmentCode.user_id == user_id, EnrolmentCode.used_at.is_(None))
        .order_by(EnrolmentCode.issued_at.desc()).with_for_update()).first()
    if found is None or aware(found.expires_at) <= now:
        return Reason.NO_VALID_CODE
    if not _verified(PasswordHasher(), found.code_hash, code):
        return Reason.CODE_WRONG
    return found


def _new_password(credential: Credential, current: str, new: str) -> bool | Reason:
    """Whether the password changes (True) or stays (False); a refusal's reason."""
    if not new:
        return Reason.PASSWORD_CHANGE_REQUIRED if credential.must_change_password else False
    if len(new) < MIN_PASSWORD or new == current:
        return Reason.NEW_PASSWORD_REFUSED
    return True


def _weak(new: str) -> str:
    if len(new) < MIN_PASSWORD:
        return f"Le nouveau mot de passe doit compter au moins {MIN_PASSWORD} caractères."
    return "Le nouveau mot de passe doit être différent de l'actuel."


def _address(request: Request) -> str:
    """The caller's IP address (behind the ONE's nginx, the one it forwards: see
    docs/deployment.md)."""
    return request.client.host if request.client is not None else ""


def _verified(hasher: PasswordHasher, stored: str, password: str) -> bool:
    try:
        return bool(hasher.verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def _json(reply: BaseModel, protocol: int) -> Response:
    """The reply as JSON, serialised once (returned as a model, FastAPI would validate it
    again against the route's ``response_model``, which still documents it), without what
    a caller of an older protocol does not know."""
    exclude = older_fields(protocol)
    if exclude and isinstance(reply, UploadReply):
        return Response(reply.model_dump_json(exclude={"results": {"__all__": exclude}}),
                        media_type="application/json")
    return Response(reply.model_dump_json(exclude=exclude), media_type="application/json")
