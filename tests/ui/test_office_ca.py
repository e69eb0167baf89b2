"""The ONE's own certificate authority: where IT installed one (``[sync] ca_file`` in the
system-wide settings, the Windows installer's ``/CA=``), the office server's certificate is
checked against it; without it, a certificate from that authority is refused."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.domain import UserRole
from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store
from app.store.store import Store
from sync.client.errors import ServerUnreachable
from sync.server import admin
from sync.server.app import build_app
from sync.server.db import make_engine, prepare_database
from ui.qt import QSettings
from ui.settings import APPLICATION, ORGANISATION, SETTINGS_FORMAT
from ui.sync_work import enrol

PASSWORD = "autorite-maison-2026"  # invented, for a throwaway server


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A CA of the ONE's kind, and the office server's certificate for 127.0.0.1 it signs."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "AC d'essai de l'ONE")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    server = (x509.CertificateBuilder()
              .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
              .issuer_name(ca_name).public_key(key.public_key())
              .serial_number(x509.random_serial_number())
              .not_valid_before(now - datetime.timedelta(days=1))
              .not_valid_after(now + datetime.timedelta(days=30))
              .add_extension(x509.SubjectAlternativeName(
                  [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
              .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                             critical=False)
              .sign(ca_key, hashes.SHA256()))
    paths = folder / "one-ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path, str]]:
    """The office server over HTTPS with a certificate from the ONE's CA; (url, CA file, the
    agent's one-time enrolment code)."""
    ca, certificate, key = _certificates(tmp_path)
    sessions = prepare_database(make_engine(f"sqlite:///{tmp_path / 'server.sqlite'}"))
    admin.create_office(sessions, "essai-ac", "Bureau d'essai", "Centre", "Luxembourg")
    admin.create_user(sessions, "agent.ac", "Agent d'essai", UserRole.AGENT, "essai-ac",
                      PASSWORD)
    code = admin.enrolment_code(sessions, "agent.ac")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    server = uvicorn.Server(uvicorn.Config(build_app(sessions), log_level="warning",
                                           lifespan="off", ssl_certfile=str(certificate),
                                           ssl_keyfile=str(key)))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"https://127.0.0.1:{listener.getsockname()[1]}", ca, code
    finally:
        server.should_exit = True
        thread.join(10)
        listener.close()


def _set_by_it(ca_file: Path) -> None:
    system = QSettings(SETTINGS_FORMAT, QSettings.Scope.SystemScope, ORGANISATION, APPLICATION)
    system.setValue("sync/ca_file", str(ca_file))
    system.sync()


def test_the_office_server_is_trusted_through_the_ca_it_installed_and_only_then(
        tls_server: tuple[str, Path, str], store: Store, settings_dir: Path) -> None:
    url, ca, code = tls_server
    ctx = ServiceContext(store)
    prepare_store(ctx)
    with pytest.raises(ServerUnreachable):  # the public authorities do not know it
        enrol(ctx, url, "agent.ac", PASSWORD, "poste d'essai", None, code)
    _set_by_it(ca)
    agent = enrol(ctx, url, "agent.ac", PASSWORD, "poste d'essai", None, code)
    assert agent.actor_id is not None
