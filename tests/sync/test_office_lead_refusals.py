"""What the server refuses of a transfer or a cover written past the app's own checks (a
hand-made upload): each with its code's text, nothing applied, on both databases."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain import CaseloadCover, Office, UserRole
from app.services.sync.local import sync_status
from sync.server.refusals import Refused
from tests.sync.harness import OFFICE, Device, Server

NORTH = "nord-diekirch"


@dataclass
class World:
    server: Server
    ids: dict[str, uuid.UUID]
    devices: dict[str, Device]

    def office_id(self, code: str) -> uuid.UUID:
        with self.server.sessions() as session:
            return session.scalars(select(Office.id).where(Office.code == code)).one()


@pytest.fixture
def world(server: Server, tmp_path: Path) -> Iterator[World]:
    ids = {"agent.a": server.user("agent.a", name="Agent A"),
           "agent.b": server.user("agent.b", name="Agent B"),
           "lead": server.user("lead", UserRole.OFFICE_LEAD, name="Responsable Sud"),
           "clerk": server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud"),
           "agent.nord": server.user("agent.nord", office=NORTH, name="Agent Nord"),
           "lead.nord": server.user("lead.nord", UserRole.OFFICE_LEAD, office=NORTH,
                                    name="Responsable Nord")}
    devices = {login: Device.enrol(server, tmp_path / login, login)
               for login in ("agent.a", "lead", "clerk", "lead.nord")}
    for device in devices.values():
        device.sync()  # the users, which a cover names
    try:
        yield World(server, ids, devices)
    finally:
        for device in devices.values():
            device.close()


def _cover(world: World, sender: str, **values: object) -> uuid.UUID:
    """A cover written straight into the sender's store, as a hand-made upload would."""
    today = date.today()
    fields: dict[str, object] = dict(
        office_id=world.office_id(OFFICE), agent_id=world.ids["agent.a"],
        colleague_id=world.ids["agent.b"], starts_on=today, ends_on=today + timedelta(days=7))
    fields.update(values)
    device = world.devices[sender]
    with device.ctx.transaction("give_cover") as session:
        cover = CaseloadCover(**fields)
        session.add(cover)
        session.flush()
        return cover.id


def _refused(device: Device) -> list[str]:
    return [reason for entity, reason in sync_status(device.ctx).rejected
            if entity == "caseload_cover"]


def _on_server(world: World) -> list[CaseloadCover]:
    with world.server.sessions() as session:
        return list(session.scalars(select(CaseloadCover)))


@pytest.mark.parametrize(("sender", "values", "code"), [
    ("agent.a", {}, Refused.NOT_OFFICE_LEAD),
    ("clerk", {}, Refused.NOT_OFFICE_LEAD),
    ("lead.nord", {}, Refused.NOT_OFFICE_LEAD),  # the lead of another office
    ("lead", {"ends_on": date.today() - timedelta(days=1),
              "starts_on": date.today() - timedelta(days=3)}, Refused.COVER_DATES),
    ("lead", {"starts_on": date.today() + timedelta(days=9)}, Refused.COVER_DATES),
    ("lead", {"colleague_id": "agent.a"}, Refused.COVER_SELF),
    ("lead", {"colleague_id": "agent.nord"}, Refused.NOT_AGENT_OF_OFFICE),
    ("lead", {"agent_id": "lead"}, Refused.NOT_AGENT_OF_OFFICE),
])
def test_a_cover_the_server_refuses(world: World, sender: str, values: dict[str, object],
                                    code: Refused) -> None:
    resolved = {name: world.ids[value] if isinstance(value, str) else value
                for name, value in values.items()}
    if sender == "lead.nord":
        resolved["office_id"] = world.office_id(OFFICE)
    _cover(world, sender, **resolved)
    device = world.devices[sender]
    assert device.sync().rejected == 1
    assert _refused(device) == [code.text()]
    assert _on_server(world) == []


def test_a_cover_is_ended_by_its_office_s_lead_only_and_never_changed(world: World) -> None:
    lead, clerk, north = (world.devices[login] for login in ("lead", "clerk", "lead.nord"))
    cover_id = _cover(world, "lead")
    assert lead.sync().rejected == 0
    for device in (clerk, north):
        device.sync()
        with device.ctx.transaction("end_cover") as session:
            cover = session.get(CaseloadCover, cover_id)
            assert cover is not None  # every laptop reads the covers, with the users
            cover.ended_at = cover.created_at
        assert device.sync().rejected == 1
        assert _refused(device) == [Refused.NOT_OFFICE_LEAD.text()]
    with lead.ctx.transaction("change_cover") as session:
        cover = session.get(CaseloadCover, cover_id)
        assert cover is not None
        cover.ends_on = cover.ends_on + timedelta(days=30)
    assert lead.sync().rejected == 1
    assert _refused(lead) == [Refused.COVER_CHANGED.text()]
    [kept] = _on_server(world)
    assert kept.ended_at is None and kept.ends_on == date.today() + timedelta(days=7)
