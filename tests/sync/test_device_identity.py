"""A store enrolled before anything else wrote its device row keeps the identity the server
registered (a read made up a new id each time, and the keyring token was saved under one id
and looked up under another)."""

from __future__ import annotations

from pathlib import Path

from keyring.backend import KeyringBackend
from sqlalchemy import select

from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store
from app.services.sync.local import sync_settings
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import create_store
from sync.client.enrol import device_token, enrol_device
from sync.server.models import Device
from tests.conftest import PASSPHRASE
from tests.sync.harness import PASSWORD, Server


class _MemoryKeyring(KeyringBackend):
    """A keyring in memory, to see under which name the token is saved and looked up."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


def test_a_fresh_store_keeps_the_device_id_the_server_knows(tmp_path: Path) -> None:
    with Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}") as server:
        server.user("agent.a")
        store = create_store(tmp_path / "poste", PASSPHRASE, PASSPHRASE,
                             keyring_backend=None, kdf=LIGHT_KDF_FOR_TESTS)
        ctx = ServiceContext(store)
        prepare_store(ctx)
        assert sync_settings(ctx).device_id == sync_settings(ctx).device_id
        keyring = _MemoryKeyring()
        transport = server.transport()
        try:
            agent = enrol_device(ctx, transport, "agent.a", PASSWORD, "poste", keyring,
                                 code=server.code("agent.a"))
        finally:
            transport.close()
        with server.sessions() as session:
            registered = session.scalars(select(Device.id)).one()
        assert sync_settings(agent).device_id == registered
        assert device_token(agent, keyring) == transport.token
        store.lock()
