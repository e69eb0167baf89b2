"""Enrolling this laptop with the ONE server: the agent's login and password, once, at the
office; the server's device token then lives in the system keyring (in the encrypted store
when the system has none), and the server's record of the agent becomes the device's user."""

from __future__ import annotations

import uuid

import keyring.errors
from keyring.backend import KeyringBackend

from app.services.base.context import ServiceContext
from app.services.sync.local import save_enrolment, sync_settings
from app.store.device_secret import SERVICE
from sync.client.transport import Transport
from sync.protocol import Enrolment, EnrolmentReply

TOKEN_PREFIX = "sync-token:"


def token_username(device_id: uuid.UUID) -> str:
    """The keyring entry of this device's token (forgotten with the store when wiped)."""
    return TOKEN_PREFIX + str(device_id)


def enrol_device(ctx: ServiceContext, transport: Transport, login: str, password: str,
                 device_name: str, keyring_backend: KeyringBackend | None) -> ServiceContext:
    """Enrol, keep the token, and return the enrolled user's context."""
    settings = sync_settings(ctx)
    reply = transport.post("/api/devices/enrol", Enrolment(
        login=login, password=password, device_id=settings.device_id,
        device_name=device_name), EnrolmentReply)
    in_store: str | None = reply.token
    if keyring_backend is not None:
        try:
            keyring_backend.set_password(SERVICE, token_username(settings.device_id),
                                         reply.token)
            in_store = None
        except keyring.errors.KeyringError:
            in_store = reply.token  # the store is encrypted: a safe second place
    transport.token = reply.token
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
