"""What follows from concurrent changes is settled on the server (issue 18, item 7): the
parents sign offline while the ONE validates the same version; whoever syncs first, the
version ends in force on the server and on every device, and no conflict is left over a state
the server settled."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain import (
    Case,
    PlanState,
    PlanVersion,
    RejectedChange,
    Request,
    RequestChannel,
    RequesterKind,
    SyncConflict,
    UserRole,
)
from app.rules.happened import HAPPENED, after_today
from app.services.dossier.opening import RequestInput, record_request
from app.services.plan.validation import plans_awaiting_validation
from app.services.plan.versions import record_discernment, record_signature, validate_plan
from app.store.wire import synced_columns, synced_models
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)


@pytest.fixture
def pair(server: Server, tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    server.user("agent.a", name="Agent A")
    server.user("validateur", UserRole.VALIDATOR, name="Validatrice ONE")
    agent = Device.enrol(server, tmp_path / "agent", "agent.a")
    validator = Device.enrol(server, tmp_path / "validator", "validateur")
    yield agent, validator
    agent.close()
    validator.close()


def _signed_offline_while_validated(agent: Device, validator: Device) -> tuple[Family,
                                                                               PlanVersion]:
    family = Family.open(agent.ctx, TODAY).analyse().assess().plan()
    record_discernment(agent.ctx, family.case_id, family.child, False, TODAY, "Trop jeune")
    version_id = family.ready_version()
    assert agent.sync().rejected == 0
    validator.sync()
    (waiting,) = plans_awaiting_validation(validator.ctx)
    # Offline on both sides: the parents sign at home, the ONE validates at its desk.
    for parent in (family.mother, family.father):
        assert record_signature(agent.ctx, version_id, parent, TODAY,
                                today=TODAY) is not PlanState.IN_FORCE
    assert family.version(version_id).state is PlanState.SIGNED
    assert validate_plan(validator.ctx, waiting.version_id, TODAY) is PlanState.VALIDATED
    return family, family.version(version_id)


def _in_force_everywhere(server: Server, devices: tuple[Device, ...], family: Family,
                         version: PlanVersion) -> None:
    with server.sessions() as session:
        on_server = session.get(PlanVersion, version.id)
        assert on_server is not None
        assert on_server.state is PlanState.IN_FORCE, on_server.state
        assert on_server.in_force_since == TODAY and on_server.review_due_on is not None
        assert on_server.validated_on == TODAY
        assert not session.scalars(select(SyncConflict).where(
            SyncConflict.resolved_at.is_(None))).all()
    for device in devices:
        with device.ctx.reading() as session:
            if session.get(Case, family.case_id) is None:
                continue  # not the device's any more (the validator's, once validated)
            held = session.get(PlanVersion, version.id)
            assert held is not None and held.state is PlanState.IN_FORCE, device
            assert not session.scalars(select(SyncConflict).where(
                SyncConflict.resolved_at.is_(None))).all()


@pytest.mark.parametrize("first", ["agent", "validator"])
def test_signed_while_validated_ends_in_force_whoever_syncs_first(
        server: Server, pair: tuple[Device, Device], first: str) -> None:
    agent, validator = pair
    family, version = _signed_offline_while_validated(agent, validator)
    order = (agent, validator) if first == "agent" else (validator, agent)
    for device in (*order, *order):
        report = device.sync()
        assert report.rejected == 0, report
    _in_force_everywhere(server, (agent, validator), family, version)
    with agent.ctx.reading() as session:
        assert session.get(Case, family.case_id) is not None


def test_a_request_dated_ahead_by_a_wrong_clock_is_refused_by_the_server(
        server: Server, pair: tuple[Device, Device]) -> None:
    """A laptop ran ten years ahead: the request it dated then is refused once its clock is
    right again, against the server's own day; the agent keeps it with the reason."""
    agent, _validator = pair
    family = Family.open(agent.ctx, TODAY)
    assert agent.sync().rejected == 0
    ahead = date.today() + timedelta(days=3650)
    record_request(agent.ctx, family.case_id, RequestInput(
        ahead, RequestChannel.TELEPHONE_PERMANENCE, RequesterKind.PARENT, "Aide aux devoirs",
        requester_person_id=family.mother), today=ahead)
    report = agent.sync()
    assert report.rejected == 1, report
    with agent.ctx.reading() as session:
        (rejected,) = session.scalars(select(RejectedChange)).all()
        assert rejected.entity == "request"
        assert f"{ahead:%d.%m.%Y}" in rejected.reason and "serveur" in rejected.reason
    with server.sessions() as session:
        assert session.scalars(select(Request).where(Request.received_on == ahead)).all() == []


def test_every_fact_date_is_a_date_column_of_its_table() -> None:
    """The server's list of dates of facts names real columns (it cannot rot silently)."""
    tables = synced_models()
    for table, fields in HAPPENED.items():
        columns = synced_columns(tables[table])
        for name in fields:
            assert name in columns, (table, name)
    now = datetime(2026, 3, 2, 22, 30, tzinfo=UTC)
    assert not after_today("request", "received_on", date(2026, 3, 3), now)
    assert after_today("request", "received_on", date(2026, 3, 4), now)
    assert not after_today("review_due", "review_due_on", date(2036, 3, 4), now)
    assert after_today("contact_log", "contact_at", now + timedelta(hours=2), now)
    assert not after_today("contact_log", "contact_at", now + timedelta(minutes=10), now)
