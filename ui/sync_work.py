"""What the network lane does for the sync panel: each function runs off the GUI thread.

No widgets here: plain calls into ``sync.client`` with the store's context, the transport made and
closed around each one. The system keyring is looked up here too (D-Bus may take a while).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from keyring.backend import KeyringBackend

from app.services.base.context import ServiceContext
from app.services.sync.local import sync_settings, sync_status
from app.store import device_secret
from app.store.wipe import wipe_store
from sync.client.engine import Progress, SyncReport, sync_once
from sync.client.enrol import change_password as send_password_change
from sync.client.enrol import credential_keeper, device_token, enrol_device, token_username
from sync.client.errors import EnrolmentRefused, NotEnrolled
from sync.client.transport import Transport, reachable
from ui.settings import app_settings, configured_ca_file
from ui.unlock_dialog import SYSTEM_KEYRING

#: A backend, ``SYSTEM_KEYRING`` (looked up when needed) or None (no keyring: the demo).
Keyring = KeyringBackend | str | None
T = TypeVar("T")


def resolve_keyring(keyring: Keyring) -> KeyringBackend | None:
    if isinstance(keyring, str):
        return device_secret.system_keyring() if keyring == SYSTEM_KEYRING else None
    return keyring


def office_ca_file() -> Path | None:
    """The ONE's certificate authority set by IT, read at each connection (on the lane)."""
    return configured_ca_file(app_settings())


def run_sync(ctx: ServiceContext, keyring: Keyring,
             report: Callable[[Progress], None]) -> SyncReport:
    """One sync with the server this store is enrolled with."""
    settings = sync_settings(ctx)
    token = device_token(ctx, resolve_keyring(keyring))
    if not token:
        raise NotEnrolled("—")
    transport = Transport(settings.server_url, token, ca_file=office_ca_file(),
                          keep=credential_keeper(ctx, resolve_keyring(keyring)))
    try:
        return sync_once(ctx, transport, report)
    finally:
        transport.close()


def enrol(ctx: ServiceContext, server_url: str, login: str, password: str, device_name: str,
          keyring: Keyring, code: str = "", new_password: str = "") -> ServiceContext:
    """Enrol this computer; the enrolled agent's context comes back."""
    transport = Transport(server_url, ca_file=office_ca_file())
    try:
        return enrol_device(ctx, transport, login, password, device_name,
                            resolve_keyring(keyring), code=code, new_password=new_password,
                            chained=True)
    except NotEnrolled as refused:  # at enrolment, a 401 means the login or password
        raise EnrolmentRefused(str(refused.text.params.get("detail", ""))) from refused
    finally:
        transport.close()


def with_server(ctx: ServiceContext, keyring: Keyring, call: Callable[[Transport], T]) -> T:
    """``call`` on a transport to the server this store is enrolled with, with the device's
    token (the national documents of a ONE administrator)."""
    settings = sync_settings(ctx)
    token = device_token(ctx, resolve_keyring(keyring))
    if not token or not settings.server_url:
        raise NotEnrolled("—")
    transport = Transport(settings.server_url, token)
    try:
        return call(transport)
    finally:
        transport.close()


def change_password(ctx: ServiceContext, keyring: Keyring, current: str,
                    new: str) -> datetime:
    """The agent's password changed on the server this store is enrolled with."""
    settings = sync_settings(ctx)
    token = device_token(ctx, resolve_keyring(keyring))
    if not token or not settings.server_url:
        raise NotEnrolled("—")
    transport = Transport(settings.server_url, token)
    try:
        return send_password_change(transport, current, new)
    finally:
        transport.close()


@dataclass(frozen=True)
class Probe:
    """What the automatic sync decides on."""

    reachable: bool
    pending: int
    last_success_at: datetime | None


def probe(ctx: ServiceContext) -> Probe:
    url = sync_settings(ctx).server_url
    status = sync_status(ctx)
    return Probe(bool(url) and reachable(url, ca_file=office_ca_file()), status.pending,
                 status.last_success_at)


def wipe(ctx: ServiceContext, keyring: Keyring) -> None:
    """Erase this revoked computer's caseload and its sync token (on the store lane)."""
    device_id: uuid.UUID = sync_settings(ctx).device_id
    wipe_store(ctx.store, resolve_keyring(keyring), [token_username(device_id)])
