"""The sync scenarios of the issue, with the real server code and real device stores."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain import Case, Person, SyncConflict, UserRole
from app.services.analysis import set_working_frame
from app.services.cases import update_person_notes
from app.services.sync_local import sync_settings, sync_status
from sync.server.models import Device as ServerDevice
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)


@pytest.fixture
def devices(server: Server, tmp_path: Path) -> Iterator[dict[str, Device]]:
    server.user("agent.a", name="Agent A")
    server.user("agent.b", name="Agent B")
    server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
    opened = {login: Device.enrol(server, tmp_path / login, login)
              for login in ("agent.a", "agent.b", "clerk")}
    yield opened
    for device in opened.values():
        device.close()


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


def test_a_device_keeps_the_id_it_enrolled_with(
        server: Server, devices: dict[str, Device]) -> None:
    """The id the server records is the one the store keeps (revocation, keyring key)."""
    with server.sessions() as session:
        enrolled = set(session.scalars(select(ServerDevice.id)))
    kept = {sync_settings(device.ctx).device_id for device in devices.values()}
    assert kept == enrolled and len(kept) == 3
