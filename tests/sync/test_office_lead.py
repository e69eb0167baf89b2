"""The office lead's decisions from the desktop app, through a real ``cpi-server`` process: a
dossier given to another agent of the office, a colleague's temporary cover of an agent's
caseload (the colleague's laptop receives the dossiers, works on them under cover, and loses
them when the cover ends, by the lead's hand or by itself), and what the server refuses."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.domain import AuditEntry, Case, CaseloadCover, CaseTransferRequest, OutboxEntry, Person
from app.domain.base import utc_now
from app.rules import RuleViolation
from app.services.caseload.office import end_cover, give_cover, office_lead_view, transfer_dossier
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.opening import update_person_notes
from app.services.sync.local import sync_settings, sync_status
from sync.server.db import make_engine
from sync.server.models import DeviceRead
from sync.server.refusals import Refused
from tests import pg_cluster
from tests.app.services.family import Family
from tests.sync.harness import OFFICE, PASSWORD, Device, Endpoint
from tests.sync.server_process import ServerProcess, admin, running, server_env

OPENED = date(2026, 3, 2)


@dataclass
class Office:
    process: ServerProcess
    env: dict[str, str]
    data_home: Path
    folder: Path
    database: list[str]  # the --database option, empty for the default SQLite file
    ids: dict[str, uuid.UUID] = field(default_factory=dict)
    devices: dict[str, Device] = field(default_factory=dict)

    def user(self, login: str, name: str, role: str = "agent", office: str = OFFICE) -> None:
        done = admin(self.env, *self.database, "create-user", login, name, role, "--office", office,
                     stdin=PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
        self.ids[login] = uuid.UUID(done.stdout.strip())

    def enrol(self, login: str) -> Device:
        code = admin(self.env, *self.database, "enrolment-code", login)
        assert code.returncode == 0, code.stderr
        device = Device.enrol(Endpoint(self.process.url), self.folder / login, login,
                              code=code.stdout.strip())
        self.devices[login] = device
        return device

    def server_database(self) -> str:
        if self.database:
            return self.database[1]
        return f"sqlite:///{self.data_home / 'cpi-server' / 'cpi-server.sqlite'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    """A ``cpi-server`` process on its default SQLite database or on PostgreSQL; agents A and
    B, the office's lead and an agent of another office, each with a laptop enrolled."""
    data_home = tmp_path / "data"
    env = server_env(data_home)
    database: list[str] = []
    if request.param == "postgresql":
        cluster: pg_cluster.Cluster = request.getfixturevalue("postgres")
        database = ["--database", cluster.new_database()]
    with running(env, tmp_path, *database) as process:
        served = Office(process, env, data_home, tmp_path, database)
        served.user("agent.a", "Agent A")
        served.user("agent.b", "Agent B")
        served.user("lead", "Responsable Sud", "office_lead")
        served.user("agent.nord", "Agent Nord", office="nord-diekirch")
        for login in ("agent.a", "agent.b", "lead"):
            served.enrol(login)
        try:
            yield served
        finally:
            for device in served.devices.values():
                device.close()


def _holds(device: Device, case_id: uuid.UUID) -> bool:
    with device.ctx.reading() as session:
        return session.get(Case, case_id) is not None


def _opened_by_a(office: Office) -> Family:
    agent = office.devices["agent.a"]
    family = Family.open(agent.ctx, OPENED)
    report = agent.sync()
    assert report.rejected == 0, report
    office.devices["lead"].sync()
    return family


def test_a_transfer_from_the_lead_s_laptop_moves_the_dossier(office: Office) -> None:
    agent_a, agent_b, lead = (office.devices[login] for login in ("agent.a", "agent.b", "lead"))
    family = _opened_by_a(office)
    agent_b.sync()
    assert not _holds(agent_b, family.case_id)

    transfer_dossier(lead.ctx, family.case_id, office.ids["agent.b"], "Congé de longue durée")
    view = office_lead_view(lead.ctx, date.today())
    [a_load] = [load for load in view.agents if load.agent_id == office.ids["agent.a"]]
    assert [(d.number, d.transfer_to) for d in a_load.dossiers] == [
        (a_load.dossiers[0].number, "Agent B")]  # asked, waits for the lead's sync
    report = lead.sync()
    assert report.rejected == 0, report

    agent_b.sync()
    assert _holds(agent_b, family.case_id)
    assert agent_a.sync().purged == [family.case_id]
    lead.sync()
    with lead.ctx.reading() as session:
        case = session.get(Case, family.case_id)
        assert case is not None and case.agent_id == office.ids["agent.b"]
    view = office_lead_view(lead.ctx, date.today())
    held = {load.agent_id: [d.case_id for d in load.dossiers] for load in view.agents}
    assert held[office.ids["agent.b"]] == [family.case_id] and held[office.ids["agent.a"]] == []


def test_the_server_refuses_a_transfer_not_from_the_office_s_lead(office: Office) -> None:
    """Written past the app's own check (a hand-made upload): the server judges again."""
    agent_a, lead = office.devices["agent.a"], office.devices["lead"]
    family = _opened_by_a(office)
    with agent_a.ctx.transaction("transfer_dossier") as session:  # an agent is no lead
        session.add(CaseTransferRequest(case_id=family.case_id, to_agent_id=office.ids["agent.b"],
                                        requested_at=utc_now()))
    with lead.ctx.transaction("transfer_dossier") as session:  # an agent of another office
        session.add(CaseTransferRequest(case_id=family.case_id,
                                        to_agent_id=office.ids["agent.nord"],
                                        requested_at=utc_now()))
    assert agent_a.sync().rejected == 1
    assert lead.sync().rejected == 1
    assert sync_status(agent_a.ctx).rejected == [
        ("case_transfer", Refused.NOT_OFFICE_LEAD.text())]
    assert sync_status(lead.ctx).rejected == [
        ("case_transfer", Refused.NOT_AGENT_OF_OFFICE.text())]
    assert agent_a.sync().purged == []
    assert _holds(agent_a, family.case_id)
    with pytest.raises(RuleViolation) as refused:  # the app says so before it is sent
        transfer_dossier(lead.ctx, family.case_id, office.ids["agent.nord"])
    assert refused.value.codes == ("office.not_agent_of_office",)


def test_a_cover_gives_the_colleague_the_dossiers_until_the_lead_ends_it(
        office: Office) -> None:
    agent_a, agent_b, lead = (office.devices[login] for login in ("agent.a", "agent.b", "lead"))
    family = _opened_by_a(office)
    kept = Family.open(agent_a.ctx, OPENED, surname="Schmit")  # given to B during the cover
    agent_a.sync()
    lead.sync()
    today = date.today()
    cover_id = give_cover(lead.ctx, office.ids["agent.a"], office.ids["agent.b"],
                          today + timedelta(days=14), today)
    [shown] = office_lead_view(lead.ctx, today).covers
    assert (shown.agent, shown.colleague, shown.ends_on, shown.pending) == (
        "Agent A", "Agent B", today + timedelta(days=14), True)
    assert lead.sync().rejected == 0
    assert not office_lead_view(lead.ctx, today).covers[0].pending

    agent_b.sync()
    assert _holds(agent_b, family.case_id)
    update_person_notes(agent_b.ctx, family.child, "Vue à l'école pendant le congé d'Agent A")
    report = agent_b.sync()
    assert report.rejected == 0 and report.uploaded == 1, report
    agent_a.sync()
    with agent_a.ctx.reading() as session:  # the server took it: it came down to A
        child = session.get(Person, family.child)
        assert child is not None and child.notes == "Vue à l'école pendant le congé d'Agent A"
    history = load_dossier_detail(agent_b.ctx, family.case_id, overview=False).history
    [noted] = [entry for entry in history if entry.action == "update_person_notes"]
    assert (noted.who, noted.under_cover_of) == ("Agent B", "Agent A")
    with agent_b.ctx.reading() as session:
        assert session.scalar(select(AuditEntry.under_cover_of_id).where(
            AuditEntry.action == "update_person_notes")) == office.ids["agent.a"]

    transfer_dossier(lead.ctx, kept.case_id, office.ids["agent.b"])
    end_cover(lead.ctx, cover_id)
    assert office_lead_view(lead.ctx, today).covers == ()
    assert lead.sync().rejected == 0
    assert agent_b.sync().purged == [family.case_id]  # the one given to B stays
    assert not _holds(agent_b, family.case_id) and _holds(agent_b, kept.case_id)
    assert agent_a.sync().purged == [kept.case_id] and _holds(agent_a, family.case_id)


def test_a_cover_ends_by_itself_after_its_last_day(office: Office) -> None:
    """The server's day decides: once its last day is past (moved back here, as if the days
    had gone by), the colleague's laptop loses the dossiers at its next sync, and an edit it
    made during the cover still goes up."""
    agent_b, lead = office.devices["agent.b"], office.devices["lead"]
    family = _opened_by_a(office)
    today = date.today()
    cover_id = give_cover(lead.ctx, office.ids["agent.a"], office.ids["agent.b"], today, today)
    lead.sync()
    agent_b.sync()
    assert _holds(agent_b, family.case_id)
    update_person_notes(agent_b.ctx, family.mother, "Appel pendant le remplacement")
    with agent_b.store.transaction("backdate_for_the_test", from_server=True) as session:
        session.execute(update(OutboxEntry).values(created_at=utc_now() - timedelta(days=2)))

    engine = make_engine(office.server_database())
    with engine.begin() as connection:  # two days later, on the server's calendar
        connection.execute(update(CaseloadCover).where(CaseloadCover.id == cover_id).values(
            starts_on=today - timedelta(days=2), ends_on=today - timedelta(days=1)))
        connection.execute(update(DeviceRead).where(  # its last sync, during the cover
            DeviceRead.device_id == sync_settings(agent_b.ctx).device_id).values(
            at=utc_now() - timedelta(days=2)))
    engine.dispose()
    report = agent_b.sync()
    assert report.rejected == 0 and report.uploaded == 1, report
    assert report.purged == [family.case_id]
    office.devices["agent.a"].sync()
    with office.devices["agent.a"].ctx.reading() as session:
        mother = session.get(Person, family.mother)
        assert mother is not None and mother.notes == "Appel pendant le remplacement"


def test_a_cover_ending_in_the_past_is_refused_and_nothing_changes(office: Office) -> None:
    lead = office.devices["lead"]
    lead.sync()
    today = date.today()
    with lead.ctx.reading() as session:
        outbox = session.scalars(select(OutboxEntry.seq)).all()
    with pytest.raises(RuleViolation) as refused:
        give_cover(lead.ctx, office.ids["agent.a"], office.ids["agent.b"],
                   today - timedelta(days=1), today)
    assert refused.value.codes == ("cover.ends_in_past",)
    assert refused.value.message("fr") == (
        "La date de fin du remplacement est passée\u00a0: choisissez aujourd’hui ou un jour "
        "suivant.")
    with pytest.raises(RuleViolation) as before_start:
        give_cover(lead.ctx, office.ids["agent.a"], office.ids["agent.b"],
                   today + timedelta(days=2), today, starts_on=today + timedelta(days=5))
    assert before_start.value.codes == ("cover.ends_before_start",)
    with lead.ctx.reading() as session:
        assert session.scalars(select(CaseloadCover)).all() == []
        assert session.scalars(select(OutboxEntry.seq)).all() == outbox
    assert office_lead_view(lead.ctx, today).covers == ()
    assert lead.sync().uploaded == 0
