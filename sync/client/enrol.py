"""Enrolling this laptop with the ONE server: the agent's login and password and the one-time
enrolment code the ONE's IT gave with the laptop, once, at the office; the device's token (a
chained one's secret seed: ``sync.client.chain``) then lives in the system keyring (in the
encrypted store when the system has none), and the server's record of the agent becomes the
device's user. And the user's password changed from an enrolled laptop."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

import keyring.errors
from keyring.backend import KeyringBackend

from app.services.base.context import ServiceContext
from app.services.sync.local import save_device_token, save_enrolment, sync_settings
from app.store.device_secret import SERVICE
from sync.client.chain import new_chain
from sync.client.transport import Transport
from sync.protocol import Enrolment, EnrolmentReply, PasswordChange, PasswordChanged

TOKEN_PREFIX = "sync-token:"


def token_username(device_id: uuid.UUID) -> str:
    """The keyring entry of this device's token (forgotten with the store when wiped)."""
    return TOKEN_PREFIX + str(device_id)


def enrol_device(ctx: ServiceContext, transport: Transport, login: str, password: str,
                 device_name: str, keyring_backend: KeyringBackend | None, *, code: str = "",
                 new_password: str = "", chained: bool = False) -> ServiceContext:
    """Enrol, keep the token, and return the enrolled user's context. ``new_password``: set
    in the same request (``PasswordChangeRequired`` when the ONE set the password and none
    is given). ``chained``: the laptop shows a new token at each handshake, from a seed it
    makes now (``sync.client.chain``); else the server's plain token, as before."""
    settings = sync_settings(ctx)
    chain = new_chain(settings.device_id) if chained else None
    reply = transport.post("/api/devices/enrol", Enrolment(
        login=login, password=password, device_id=settings.device_id,
        device_name=device_name, code=code, new_password=new_password,
        chain=chain.token() if chain is not None else ""), EnrolmentReply)
    credential = chain.credential() if chain is not None else reply.token
    in_store: str | None = credential
    if keyring_backend is not None:
        try:
            keyring_backend.set_password(SERVICE, token_username(settings.device_id),
                                         credential)
            in_store = None
        except keyring.errors.KeyringError:
            in_store = credential  # the store is encrypted: a safe second place
    transport.token = credential
    return save_enrolment(ctx, transport.server_url, reply.server_id, reply.user, in_store,
                          reply.office)


def device_token(ctx: ServiceContext, keyring_backend: KeyringBackend | None) -> str | None:
    settings = sync_settings(ctx)
    if settings.device_token:
        return settings.device_token
    if keyring_backend is None:
        return None
    try:
        return keyring_backend.get_password(SERVICE, token_username(settings.device_id))
    except keyring.errors.KeyringError:
        return None


def credential_keeper(ctx: ServiceContext, keyring_backend: KeyringBackend | None
                      ) -> Callable[[str], None]:
    """Saves a chained credential's next step where the device's credential lives (before
    the handshake that shows it leaves: ``Transport.keep``)."""
    def keep(credential: str) -> None:
        if sync_settings(ctx).device_token or keyring_backend is None:
            save_device_token(ctx, credential)
        else:
            keyring_backend.set_password(SERVICE, token_username(sync_settings(ctx).device_id),
                                         credential)
    return keep


def change_password(transport: Transport, current: str, new: str) -> datetime:
    """The enrolled user's password changed on the server (``transport`` carries the device
    token); ``WrongPassword`` when ``current`` is not theirs. Returns when it changed."""
    reply = transport.post("/api/account/password",
                           PasswordChange(current_password=current, new_password=new),
                           PasswordChanged)
    return reply.changed_at
