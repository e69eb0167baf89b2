"""The dossier's history follows the dossier (issue 17): the server writes an entry for every
change it accepts, and every device holding the dossier (the agent's two laptops, the office
clerk's, the validator's) shows the same one, with who, from which computer, under whose
cover; a consultation and an export are part of it; it survives a transfer and a wipe (the
server keeps it); the ONE exports it; no device writes it."""

from __future__ import annotations

import csv
import io
import json
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain import AuditEntry, Case, DossierHistoryEntry, Person, UserRole
from app.services.caseload.office import give_cover
from app.services.dossier.chronology import ChronologyKind, load_chronology
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.opening import update_person_notes
from app.services.one.duties import export_dossier, record_dossier_consultation
from app.services.plan.versions import record_discernment
from app.services.sync.local import sync_settings
from sync.protocol import Mutation, Operation, Status, Upload, UploadReply
from sync.server import admin
from sync.server.main import main
from sync.server.models import SecurityEvent
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date.today()

#: What an entry says, compared across devices: the change, who, which computer, how.
Said = tuple[uuid.UUID | None, str, str, uuid.UUID | None, str, str, str, tuple[str, ...], str]


def _said(entry: DossierHistoryEntry) -> Said:
    return (entry.mutation_id, entry.action, entry.user_name, entry.device_id,
            entry.device_name, entry.entity, entry.operation, tuple(entry.fields),
            entry.under_cover_of_name)


def _on_server(server: Server, case_id: uuid.UUID) -> list[Said]:
    with server.sessions() as session:
        return [_said(e) for e in session.scalars(select(DossierHistoryEntry).where(
            DossierHistoryEntry.case_id == case_id).order_by(DossierHistoryEntry.server_version))]


def _on_device(device: Device, case_id: uuid.UUID) -> list[Said]:
    with device.ctx.reading() as session:
        return [_said(e) for e in session.scalars(select(DossierHistoryEntry).where(
            DossierHistoryEntry.case_id == case_id).order_by(DossierHistoryEntry.server_version))]


def _traced_here(device: Device) -> dict[uuid.UUID, str]:
    """This device's own trace of its changes: mutation id -> action."""
    with device.ctx.reading() as session:
        return {a.mutation_id: a.action for a in session.scalars(select(AuditEntry))
                if a.mutation_id is not None}


@pytest.fixture
def team(server: Server, tmp_path: Path) -> Iterator[dict[str, Device]]:
    """Agent A with two laptops, the office clerk, a ONE validator."""
    server.user("agent.a", name="Agent A")
    server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
    server.user("validateur", UserRole.VALIDATOR, name="Validatrice ONE")
    devices = {"a1": Device.enrol(server, tmp_path / "a1", "agent.a"),
               "a2": Device.enrol(server, tmp_path / "a2", "agent.a"),
               "clerk": Device.enrol(server, tmp_path / "clerk", "clerk"),
               "validator": Device.enrol(server, tmp_path / "validator", "validateur")}
    yield devices
    for device in devices.values():
        device.close()


def _worked_on(team: dict[str, Device]) -> Family:
    """A dossier opened and planned on the first laptop, its plan awaiting validation (the
    validator holds it), a note from the second laptop, an export for the mother."""
    a1, a2 = team["a1"], team["a2"]
    family = Family.open(a1.ctx, TODAY).analyse().assess().plan()
    record_discernment(a1.ctx, family.case_id, family.child, False, TODAY, "Trop jeune")
    family.ready_version()
    assert a1.sync().rejected == 0
    a2.sync()
    update_person_notes(a2.ctx, family.child, "Vue au retour de l'école")
    pending = [h for h in load_dossier_detail(a2.ctx, family.case_id, overview=False).history
               if h.action == "update_person_notes"]
    assert pending and not any(h.synced for h in pending)  # this laptop's, not yet the server's
    assert a2.sync().rejected == 0
    assert export_dossier(a1.ctx, family.case_id, family.mother, TODAY)
    record_dossier_consultation(a1.ctx, family.case_id, family.father, TODAY)
    assert a1.sync().rejected == 0
    for device in team.values():
        device.sync()
    return family


def test_every_device_holding_the_dossier_shows_the_same_history(
        server: Server, team: dict[str, Device]) -> None:
    family = _worked_on(team)
    history = _on_server(server, family.case_id)
    for name, device in team.items():
        assert _on_device(device, family.case_id) == history, name
    # Every change the laptops made and the server accepted has its entry, named as made.
    mine = {**_traced_here(team["a1"]), **_traced_here(team["a2"])}
    by_mutation = {said[0]: said for said in history}
    assert set(mine) <= set(by_mutation)
    assert all(by_mutation[m][1] == action for m, action in mine.items())
    assert {said[2] for said in history} == {"Agent A"}
    assert len({said[3] for said in history}) == 2  # the two laptops, told apart
    notes = [s for s in history if s[1] == "update_person_notes"]
    assert notes and {s[3] for s in notes} == {_device_id(team["a2"])}
    assert [s[5] for s in history if s[1] == "export_dossier"] == ["dossier_consultation"] * 2
    assert all(s[7] for s in history)  # field names, always
    # The clerk's and the validator's history tab: the agent's name, the computer, the export.
    for name in ("clerk", "validator"):
        shown = load_dossier_detail(team[name].ctx, family.case_id, overview=False).history
        exported = [h for h in shown if h.action == "export_dossier"]
        assert exported and all(h.who == "Agent A" and h.synced and h.device == "poste de agent.a"
                                for h in exported), name
    # The second laptop's note is the server's now, no longer "not yet synchronised".
    shown = load_dossier_detail(team["a2"].ctx, family.case_id, overview=False).history
    assert all(h.synced for h in shown)


def _device_id(device: Device) -> uuid.UUID:
    return sync_settings(device.ctx).device_id


def test_the_history_survives_a_transfer_and_a_wipe_and_the_one_exports_it(
        server: Server, team: dict[str, Device], tmp_path: Path) -> None:
    family = _worked_on(team)
    before = _on_server(server, family.case_id)
    server.user("agent.b", name="Agent B")
    b = Device.enrol(server, tmp_path / "b", "agent.b")
    with server.sessions() as session:
        case = session.get(Case, family.case_id)
        assert case is not None
        number = case.number
    admin.transfer_case(server.sessions, number, "agent.b")
    assert team["a1"].sync().purged == [family.case_id]
    with team["a1"].ctx.reading() as session:  # nothing of the dossier stays, history neither
        assert session.scalar(select(DossierHistoryEntry).where(
            DossierHistoryEntry.case_id == family.case_id)) is None
    b.sync()
    after = _on_server(server, family.case_id)
    assert after[:len(before)] == before
    [moved] = after[len(before):]
    assert (moved[1], moved[2], moved[3], moved[5], moved[7]) == (
        "server_transfer", "", None, "case_file", ("agent_id",))
    assert _on_device(b, family.case_id) == after
    shown = load_dossier_detail(b.ctx, family.case_id, overview=False).history
    assert any(h.by_server and h.action == "server_transfer" for h in shown)
    assert any(h.who == "Agent A" and h.action == "export_dossier" for h in shown)
    # The new agent's chronology tells the transfer, known from the server's history.
    assert ChronologyKind.TRANSFER in {e.kind for e in load_chronology(
        b.ctx, family.case_id).events}

    # Agent B's laptop is wiped and enrolled again: the whole history comes back.
    b.close()
    shutil.rmtree(tmp_path / "b")
    again = Device.enrol(server, tmp_path / "b-again", "agent.b")
    try:
        assert _on_device(again, family.case_id) == after
    finally:
        again.close()

    exported = admin.audit_export(server.sessions, number, csv=True)
    rows = list(csv.DictReader(io.StringIO(exported.decode()), delimiter=";"))
    assert len(rows) == len(after)
    assert {r["user_login"] for r in rows} == {"agent.a", ""}
    assert any(r["action"] == "export_dossier" and r["entity"] == "dossier_consultation"
               for r in rows)
    text = exported.decode()
    for word in ("Tavares", "Weber", "Léa", "Vue au retour"):  # nothing of the family
        assert word not in text
    document = json.loads(admin.audit_export(server.sessions, number, csv=False))
    assert document["case_number"] == number and len(document["entries"]) == len(after)


def test_under_cover_shows_on_every_device(server: Server, team: dict[str, Device],
                                           tmp_path: Path) -> None:
    a1, clerk = team["a1"], team["clerk"]
    family = Family.open(a1.ctx, TODAY)
    assert a1.sync().rejected == 0
    ids = {login: server.user(login, role, name=name) for login, role, name in (
        ("agent.b", UserRole.AGENT, "Agent B"), ("lead", UserRole.OFFICE_LEAD, "Chef Sud"))}
    with server.sessions() as session:
        agent_a = session.scalar(select(Case.agent_id).where(Case.id == family.case_id))
    assert agent_a is not None
    lead = Device.enrol(server, tmp_path / "lead", "lead")
    b = Device.enrol(server, tmp_path / "b", "agent.b")
    try:
        give_cover(lead.ctx, agent_a, ids["agent.b"], TODAY + timedelta(days=7), TODAY)
        assert lead.sync().rejected == 0
        b.sync()
        update_person_notes(b.ctx, family.child, "Vue pendant le congé")
        assert b.sync().rejected == 0
        for device in (a1, clerk, b):
            device.sync()
            [noted] = [s for s in _on_device(device, family.case_id)
                       if s[1] == "update_person_notes"]
            assert (noted[2], noted[8]) == ("Agent B", "Agent A")
            [shown] = [h for h in load_dossier_detail(device.ctx, family.case_id,
                                                      overview=False).history
                       if h.action == "update_person_notes"]
            assert (shown.who, shown.under_cover_of) == ("Agent B", "Agent A")
    finally:
        lead.close()
        b.close()


def test_no_device_writes_the_history(server: Server, team: dict[str, Device]) -> None:
    """A forged entry, even in the device's own dossier, is refused; a refused change gets
    no entry."""
    a1 = team["a1"]
    family = Family.open(a1.ctx, TODAY)
    assert a1.sync().rejected == 0
    before = _on_server(server, family.case_id)
    forged = Mutation(
        mutation_id=uuid.uuid4(), entity="dossier_history", record_id=uuid.uuid4(),
        operation=Operation.INSERT, base_version=0, device_clock=1,
        created_at=datetime.now(UTC),
        changes={"case_id": [None, str(family.case_id)], "action": [None, "validate_plan"]})
    reply = a1.transport.post("/api/sync/upload", Upload(mutations=[forged]), UploadReply)
    assert [r.status for r in reply.results] == [Status.REJECTED]
    assert _on_server(server, family.case_id) == before


def test_a_change_from_an_older_laptop_has_its_entry_without_an_intention(
        server: Server, team: dict[str, Device]) -> None:
    a1 = team["a1"]
    family = Family.open(a1.ctx, TODAY)
    assert a1.sync().rejected == 0
    with server.sessions() as session:
        child = session.get(Person, family.child)
        assert child is not None
        version, notes = child.server_version, child.notes
    older = {"mutation_id": str(uuid.uuid4()), "entity": "person",
             "record_id": str(family.child), "operation": "update",
             "changes": {"notes": [notes, "Vue à la sortie"]}, "base_version": version,
             "device_clock": 1, "created_at": datetime.now(UTC).isoformat()}  # no "action"
    reply = a1.transport.post("/api/sync/upload", Upload.model_validate(
        {"mutations": [older]}), UploadReply)
    assert [r.status for r in reply.results] == [Status.APPLIED]
    [entry] = [s for s in _on_server(server, family.case_id)
               if s[0] == uuid.UUID(older["mutation_id"])]
    assert (entry[1], entry[2], entry[5], entry[7]) == ("", "Agent A", "person", ("notes",))
    a1.sync()
    shown = load_dossier_detail(a1.ctx, family.case_id, overview=False).history
    assert any(h.action == "" and h.who == "Agent A" and h.synced for h in shown)


def test_the_one_exports_a_dossier_s_history_from_the_command_line(
        server: Server, team: dict[str, Device], database_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    a1 = team["a1"]
    family = Family.open(a1.ctx, TODAY)
    assert a1.sync().rejected == 0
    with server.sessions() as session:
        number = session.scalar(select(Case.number).where(Case.id == family.case_id))
    assert number is not None
    out = tmp_path / "audit.csv"
    assert main(["--database", database_url, "audit-export", number, "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o077 == 0  # the server's account only
    rows = list(csv.DictReader(io.StringIO(out.read_text()), delimiter=";"))
    assert rows and {r["user_login"] for r in rows} == {"agent.a"}
    assert {r["action"] for r in rows} >= {"open_case", "link_persons"}
    capsys.readouterr()
    assert main(["--database", database_url, "audit-export", number]) == 0
    assert json.loads(capsys.readouterr().out)["case_number"] == number
    assert main(["--database", database_url, "audit-export", "SUD-0000-NONE"]) == 1
    with server.sessions() as session:
        logged = session.scalars(select(SecurityEvent.detail).where(
            SecurityEvent.kind == "audit_export")).all()
    assert logged == [number, number]
