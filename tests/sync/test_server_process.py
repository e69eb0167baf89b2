"""``cpi-server`` as a real process: with no setup on SQLite, on PostgreSQL from a URL; its
admin commands, its OpenAPI description, and devices syncing a dossier through it."""

from __future__ import annotations

import subprocess
import uuid
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from app.domain import Case, Person
from app.services.sync.local import sync_settings
from sync.client.errors import DeviceRevoked
from tests.app.services.family import Family
from tests.sync.harness import OFFICE, PASSWORD
from tests.sync.server_process import Running, admin, running, server_env

TODAY = date(2026, 3, 2)


def test_cpi_server_runs_with_no_setup(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    with running(server_env(data_home), tmp_path) as process:
        reply = httpx.get(f"{process.url}/api/health", timeout=5)
        assert reply.json() == {"status": "ok"}
    assert (data_home / "cpi-server" / "cpi-server.sqlite").is_file()


def test_a_dossier_travels_through_the_process(cpi_server: Running, tmp_path: Path) -> None:
    cpi_server.user("agent.a")
    cpi_server.user("agent.b")
    cpi_server.user("clerk", "office_clerk")
    agent = cpi_server.enrol(tmp_path, "agent.a")
    clerk = cpi_server.enrol(tmp_path, "clerk")
    family = Family.open(agent.ctx, TODAY).analyse().assess().plan()
    report = agent.sync()
    assert report.uploaded > 10 and report.rejected == 0, report
    clerk.sync()
    with clerk.ctx.reading() as session:
        names = set(session.scalars(select(Person.last_name).where(
            Person.case_id == family.case_id)))
        case = session.get(Case, family.case_id)
        assert case is not None
        number = case.number
    assert names == {"Tavares", "Weber"}

    transferred = cpi_server.admin("transfer", number, "agent.b")
    assert transferred.returncode == 0, transferred.stderr
    other = cpi_server.enrol(tmp_path, "agent.b")
    other.sync()
    with other.ctx.reading() as session:
        assert session.get(Case, family.case_id) is not None
    assert agent.sync().purged == [family.case_id]

    listed = cpi_server.admin("devices")
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    clerk_id = str(sync_settings(clerk.ctx).device_id)
    assert sorted((row[1], row[3]) for row in rows) == [
        ("agent.a", "actif"), ("agent.b", "actif"), ("clerk", "actif")]
    revoked = cpi_server.admin("revoke-device", clerk_id)
    assert revoked.returncode == 0, revoked.stderr
    states = {row.split("\t")[0]: row.split("\t")[3]
              for row in cpi_server.admin("devices").stdout.splitlines()}
    assert states[clerk_id] == "révoqué"
    with pytest.raises(DeviceRevoked):
        clerk.sync()
    if not cpi_server.database:
        assert (cpi_server.data_home / "cpi-server" / "cpi-server.sqlite").is_file()
    cpi_server.process.check_alive()


def test_openapi_describes_every_endpoint(cpi_server: Running) -> None:
    spec = httpx.get(f"{cpi_server.process.url}/openapi.json", timeout=5).json()
    schemas = spec["components"]["schemas"]
    exchanges = {
        "/api/devices/enrol": ("Enrolment", "EnrolmentReply"),
        "/api/account/password": ("PasswordChange", "PasswordChanged"),
        "/api/sync/handshake": ("Handshake", "HandshakeReply"),
        "/api/sync/upload": ("Upload", "UploadReply"),
        "/api/sync/download": ("Download", "DownloadReply"),
    }
    attachments = {"/api/attachments/{sha256}", "/api/attachments/{sha256}/chunks",
                   "/api/attachments/{sha256}/chunks/{index}", "/api/attachments/{sha256}/finish"}
    documents = {"/api/one/semester-list": "SemesterListRequest",
                 "/api/one/statistics": "StatisticsRequest"}
    assert set(spec["paths"]) == {*exchanges, *attachments, *documents, "/api/health"}
    for path, asked in documents.items():  # a ONE administrator's national documents: PDF
        post = spec["paths"][path]["post"]
        body = post["requestBody"]["content"]["application/json"]["schema"]
        assert body == {"$ref": f"#/components/schemas/{asked}"}, path
        assert "application/pdf" in post["responses"]["200"]["content"], path
        assert {"401", "403", "422", "426"} <= set(post["responses"]), path
    for path, (asked, answered) in exchanges.items():
        post = spec["paths"][path]["post"]
        body = post["requestBody"]["content"]["application/json"]["schema"]
        reply = post["responses"]["200"]["content"]["application/json"]["schema"]
        assert body == {"$ref": f"#/components/schemas/{asked}"}, path
        assert reply == {"$ref": f"#/components/schemas/{answered}"}, path
        assert {"401", "403", "426"} <= set(post["responses"]), path
        assert asked in schemas and answered in schemas
    assert "get" in spec["paths"]["/api/health"]
    assert set(schemas["Mutation"]["required"]) >= {"mutation_id", "entity", "record_id",
                                                     "operation", "changes", "base_version"}
    assert "ErrorReply" in schemas


def _refused(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    assert "cpi-server" in done.stderr, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


def test_admin_commands_refuse_bad_input_clearly(cpi_server: Running) -> None:
    cpi_server.user("agent.a")
    _refused(cpi_server.admin("create-user", "agent.a", "Encore", "agent", "--office", OFFICE,
                              stdin=PASSWORD + "\n"), "existe déjà")
    _refused(cpi_server.admin("create-user", "court", "Court", "agent", "--office", OFFICE,
                              stdin="court\n"), "10 caractères")
    _refused(cpi_server.admin("create-user", "loin", "Loin", "agent", "--office", "mars",
                              stdin=PASSWORD + "\n"), "Bureau inconnu", OFFICE)
    _refused(cpi_server.admin("create-user", "sans", "Sans bureau", "agent",
                              stdin=PASSWORD + "\n"), "bureau")
    _refused(cpi_server.admin("create-user", "x", "X", "chef", "--office", OFFICE,
                              stdin=PASSWORD + "\n"), "chef")
    _refused(cpi_server.admin("create-user", "l" * 200, "Long", "agent", "--office", OFFICE,
                              stdin=PASSWORD + "\n"), "120")
    _refused(cpi_server.admin("transfer", "SUD-2026-0000", "agent.a"), "SUD-2026-0000")
    _refused(cpi_server.admin("revoke-device", "pas-un-uuid"), "pas-un-uuid")
    _refused(cpi_server.admin("revoke-device", str(uuid.uuid4())), "Aucun poste")
    _refused(cpi_server.admin("devices", "en-trop"), "en-trop")
    _refused(cpi_server.admin("transfer"), "transfer")
    cpi_server.process.check_alive()


def test_an_unreachable_database_is_said_plainly(tmp_path: Path) -> None:
    env = server_env(tmp_path / "data")
    port = "1"  # nothing listens there
    url = f"postgresql://postgres@127.0.0.1:{port}/cpi"
    _refused(admin(env, "--database", url, "devices"), "base de données")
    _refused(admin(env, "--database", "pas-une-url", "devices"), "pas-une-url")
    bad_port = admin(env, "--database", "postgresql://cpi:secret@127.0.0.1:port/cpi", "devices")
    _refused(bad_port, "illisible", "127.0.0.1:port/cpi")
    assert "secret" not in bad_port.stderr
    with pytest.raises(AssertionError, match="exited with 1") as died, \
            running(env, tmp_path, "--database", url):
        pass
    assert "base de données" in str(died.value) and "Traceback" not in str(died.value)
