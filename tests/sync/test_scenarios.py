"""The sync scenarios of the issue, with the real server code and real device stores."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain import Case, Person, RejectedChange, SyncConflict, UserRole
from app.services.caseload.search import search_caseload
from app.services.dossier.opening import update_person_notes
from app.services.steps.analysis import set_working_frame
from app.services.sync.local import outbox_batch, sync_settings, sync_status
from sync.client.engine import sync_once
from sync.client.errors import ClockSkew, DeviceRevoked, ProtocolRefused
from sync.protocol import PROTOCOL_VERSION, Mutation, Operation, Upload, UploadReply
from sync.server import admin
from sync.server.models import ChangeLogEntry
from sync.server.models import Device as ServerDevice
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)


def test_a_dossier_made_offline_reaches_the_server_and_the_office(
        server: Server, devices: dict[str, Device]) -> None:
    agent, clerk, other = devices["agent.a"], devices["clerk"], devices["agent.b"]
    family = Family.open(agent.ctx, TODAY).analyse().assess().plan()
    report = agent.sync()
    assert report.uploaded > 10 and report.rejected == 0, report
    assert sync_status(agent.ctx).pending == 0
    with server.sessions() as session:
        assert session.get(Case, family.case_id) is not None
    clerk.sync()
    with clerk.ctx.reading() as session:
        names = set(session.scalars(select(Person.last_name).where(
            Person.case_id == family.case_id)))
    assert names == {"Tavares", "Weber"}
    other.sync()
    with other.ctx.reading() as session:  # another agent's dossier never reaches agent B
        assert session.get(Case, family.case_id) is None


def test_different_fields_merge_and_the_same_field_becomes_a_conflict(
        server: Server, devices: dict[str, Device]) -> None:
    agent, clerk = devices["agent.a"], devices["clerk"]
    family = Family.open(agent.ctx, TODAY)
    agent.sync()
    clerk.sync()
    # Offline on both sides: the clerk notes something on the mother, both edit the frame.
    update_person_notes(clerk.ctx, family.mother, "Préfère être appelée le matin")
    set_working_frame(clerk.ctx, family.case_id, "Rencontres au bureau régional")
    set_working_frame(agent.ctx, family.case_id, "Rencontres à domicile, le mercredi")
    clerk.sync()
    report = agent.sync()
    assert report.conflicts == 1 and report.rejected == 0, report
    agent.sync()  # the conflict record and the clerk's note come down
    with agent.ctx.reading() as session:
        conflict = session.scalars(select(SyncConflict)).one()
        notes = session.get(Person, family.mother)
        case = session.get(Case, family.case_id)
        assert conflict.field == "working_frame"
        assert conflict.mine_value == {"v": "Rencontres à domicile, le mercredi"}
        assert conflict.theirs_value == {"v": "Rencontres au bureau régional"}
        assert notes is not None and notes.notes == "Préfère être appelée le matin"
        assert case is not None and case.working_frame == "Rencontres au bureau régional"
    assert sync_status(agent.ctx).open_conflicts == 1
    clerk.sync()
    with clerk.ctx.reading() as session:  # both sides see the conflict: nothing overwritten
        assert session.scalar(select(func.count()).select_from(SyncConflict)) == 1


def _log_count(server: Server) -> int:
    with server.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)


def test_a_response_lost_after_the_server_committed_is_replayed_without_duplicates(
        server: Server, devices: dict[str, Device]) -> None:
    agent = devices["agent.a"]
    Family.open(agent.ctx, TODAY).analyse()
    batch = outbox_batch(agent.ctx, 100)
    upload = Upload(mutations=[Mutation(
        mutation_id=m.mutation_id, entity=m.entity, record_id=m.record_id,
        operation=Operation(m.operation), changes=m.changes, base_version=m.base_version,
        device_clock=m.device_clock, created_at=m.created_at) for m in batch])
    first = agent.transport.post("/api/sync/upload", upload, UploadReply)  # answer "lost"
    logged = _log_count(server)
    assert sync_status(agent.ctx).pending == len(batch)  # the device never heard back
    report = agent.sync()  # sends the same mutations again
    assert report.uploaded == len(batch) and report.rejected == 0
    again = agent.transport.post("/api/sync/upload", upload, UploadReply)
    assert again.results == first.results  # the stored answers, not a second application
    assert _log_count(server) == logged
    with server.sessions() as session:
        persons = session.scalar(select(func.count()).select_from(Person))
    assert persons == 3


def test_a_dossier_transferred_while_its_agent_is_offline(
        server: Server, devices: dict[str, Device]) -> None:
    agent, other = devices["agent.a"], devices["agent.b"]
    family = Family.open(agent.ctx, TODAY)
    agent.sync()
    update_person_notes(agent.ctx, family.mother, "Noté avant le transfert")  # offline
    with server.sessions() as session:
        number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
    admin.transfer_case(server.sessions, number, "agent.b")
    update_person_notes(agent.ctx, family.father, "Noté après le transfert")
    report = agent.sync()
    # Judged first: the edit made while the dossier was still the agent's is kept, the later
    # one refused with its reason; then the dossier leaves the device.
    assert (report.applied, report.rejected) == (1, 1), report
    assert report.purged == [family.case_id]
    status = sync_status(agent.ctx)
    assert status.pending == 0 and "attribué" in status.rejected[0][1]
    with agent.ctx.reading() as session:
        assert session.get(Case, family.case_id) is None
        assert session.scalar(select(func.count()).select_from(Person).where(
            Person.case_id == family.case_id)) == 0
    assert search_caseload(agent.ctx, "Tavares") == []
    with agent.ctx.reading() as session:  # the refusal stays listed, without the family's words
        refused = session.scalars(select(RejectedChange)).one()
        assert refused.changes == {"notes": None}
    other.sync()
    with other.ctx.reading() as session:
        mother = session.get(Person, family.mother)
        father = session.get(Person, family.father)
        assert mother is not None and mother.notes == "Noté avant le transfert"
        assert father is not None and father.notes == ""


def test_a_revoked_device_is_refused(server: Server, devices: dict[str, Device]) -> None:
    agent = devices["agent.a"]
    Family.open(agent.ctx, TODAY)
    with server.sessions() as session:
        device_id = session.scalars(select(ServerDevice.id).where(
            ServerDevice.user_id == agent.ctx.actor_id)).one()
    admin.revoke_device(server.sessions, device_id)
    with pytest.raises(DeviceRevoked) as refused:
        agent.sync()
    assert "révoqué" in refused.value.message("fr")
    assert sync_status(agent.ctx).pending > 0  # nothing was sent


@pytest.mark.parametrize("offset", [timedelta(minutes=10), -timedelta(days=3653)])
def test_a_wrong_clock_is_refused_with_the_reason(
        server: Server, devices: dict[str, Device], offset: timedelta) -> None:
    agent = devices["agent.a"]
    Family.open(agent.ctx, TODAY)
    pending = sync_status(agent.ctx).pending
    with pytest.raises(ClockSkew) as refused:
        sync_once(agent.ctx, agent.transport, now=lambda: datetime.now(UTC) + offset)
    minutes = round(abs(offset.total_seconds()) / 60)
    assert str(minutes) in refused.value.message("fr")
    status = sync_status(agent.ctx)
    assert status.pending == pending and status.last_error
    agent.sync()  # with the right time it goes through
    assert sync_status(agent.ctx).pending == 0


def test_a_client_one_protocol_version_behind_still_syncs(
        server: Server, devices: dict[str, Device], tmp_path: Path) -> None:
    server.user("agent.old", name="Agent ancien")
    old = Device.enrol(server, tmp_path / "old", "agent.old", protocol=PROTOCOL_VERSION - 1)
    try:
        Family.open(old.ctx, TODAY)
        report = old.sync()
        assert report.uploaded > 0 and report.rejected == 0
        assert sync_status(old.ctx).pending == 0
        ancient = server.transport(old.transport.token, protocol=PROTOCOL_VERSION - 2)
        with pytest.raises(ProtocolRefused) as refused:
            sync_once(old.ctx, ancient)
        assert "mettez cpi-terrain à jour" in refused.value.message("fr")
    finally:
        old.close()


def test_a_server_restored_from_an_older_backup_gets_back_what_it_lost(
        tmp_path: Path) -> None:
    """The server's database goes back to last night's backup: the devices notice (the log
    is shorter than what they read) and send again what the server lost; nothing is lost."""
    database = tmp_path / "server.sqlite"
    backup = tmp_path / "backup.sqlite"
    url = f"sqlite:///{database}"
    with Server.running(url) as server:
        server.user("agent.a", name="Agent A")
        server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
        agent = Device.enrol(server, tmp_path / "agent", "agent.a")
        clerk = Device.enrol(server, tmp_path / "clerk", "clerk")
        first = Family.open(agent.ctx, TODAY)
        agent.sync()
        clerk.sync()
        with sqlite3.connect(database) as live, sqlite3.connect(backup) as copy:
            live.backup(copy)  # last night's backup
        second = Family.open(agent.ctx, TODAY, surname="Nachtigall")
        update_person_notes(agent.ctx, first.mother, "Après la sauvegarde")
        agent.sync()
        server.sessions.kw["bind"].dispose()
    with sqlite3.connect(backup) as copy, sqlite3.connect(database) as live:
        copy.backup(live)  # the restore
    with Server.running(url) as restored:
        agent.transport, clerk.transport = (restored.transport(agent.transport.token),
                                            restored.transport(clerk.transport.token))
        report = agent.sync()
        assert report.restored > 0 and report.rejected == 0, report
        clerk.sync()
        with restored.sessions() as session:
            assert session.get(Case, second.case_id) is not None
            mother = session.get(Person, first.mother)
            assert mother is not None and mother.notes == "Après la sauvegarde"
        with clerk.ctx.reading() as session:
            assert session.get(Case, second.case_id) is not None
            assert set(session.scalars(select(Person.last_name).where(
                Person.case_id == second.case_id))) == {"Nachtigall", "Weber"}
    agent.close()
    clerk.close()


def test_a_device_keeps_the_id_it_enrolled_with(
        server: Server, devices: dict[str, Device]) -> None:
    """The id the server records is the one the store keeps (revocation, keyring key)."""
    with server.sessions() as session:
        enrolled = set(session.scalars(select(ServerDevice.id)))
    kept = {sync_settings(device.ctx).device_id for device in devices.values()}
    assert kept == enrolled and len(kept) == 3
