"""The ONE's validation across devices: the agent freezes a plan, the validator's app sees it
after a sync, validates or returns it, and the agent's app shows the outcome after its sync."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain import Case, PlanState, PlanVersion, UserRole
from app.services.caseload.week import TodayKind, this_week
from app.services.dossier.detail import load_dossier_detail
from app.services.plan.validation import plans_awaiting_validation
from app.services.plan.versions import (
    prepare_plan_version,
    record_discernment,
    return_plan,
    validate_plan,
)
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)
COMMENT = "La durée de la mesure i) n'est pas justifiée : précisez-la."


@pytest.fixture
def pair(server: Server, tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    server.user("agent.a", name="Agent A")
    server.user("validateur", UserRole.VALIDATOR, name="Validatrice ONE")
    agent = Device.enrol(server, tmp_path / "agent", "agent.a")
    validator = Device.enrol(server, tmp_path / "validator", "validateur")
    yield agent, validator
    agent.close()
    validator.close()


def _frozen_plan(agent: Device) -> Family:
    family = Family.open(agent.ctx, TODAY).analyse().assess().plan()
    record_discernment(agent.ctx, family.case_id, family.child, False, TODAY, "Trop jeune")
    family.ready_version()
    assert agent.sync().rejected == 0
    return family


def test_a_returned_plan_reaches_the_agent_with_the_comment(
        server: Server, pair: tuple[Device, Device]) -> None:
    agent, validator = pair
    assert validator.sync().rejected == 0
    assert plans_awaiting_validation(validator.ctx) == []
    family = _frozen_plan(agent)
    validator.sync()
    (waiting,) = plans_awaiting_validation(validator.ctx)
    assert waiting.case_id == family.case_id and waiting.number == 1
    assert not waiting.all_signed and len(waiting.signatures) == 2

    return_plan(validator.ctx, waiting.version_id, COMMENT, today=TODAY)
    report = validator.sync()
    assert report.rejected == 0 and report.conflicts == 0, report
    with validator.ctx.reading() as session:  # no longer the validator's: purged
        assert session.get(Case, family.case_id) is None
    with server.sessions() as session:
        version = session.get(PlanVersion, waiting.version_id)
        assert version is not None and version.state is PlanState.RETURNED

    agent.sync()
    (shown,) = load_dossier_detail(agent.ctx, family.case_id).plan_versions
    assert shown.state == PlanState.RETURNED and shown.return_comment == COMMENT
    assert shown.returned_on == TODAY
    assert TodayKind.PLAN_RETURNED in {i.kind for i in this_week(agent.ctx, TODAY)}
    second = prepare_plan_version(agent.ctx, family.case_id, today=TODAY)
    assert family.version(second).number == 2
    assert agent.sync().rejected == 0


def test_a_validated_plan_reaches_the_agent(
        server: Server, pair: tuple[Device, Device]) -> None:
    agent, validator = pair
    family = _frozen_plan(agent)
    validator.sync()
    (waiting,) = plans_awaiting_validation(validator.ctx)
    assert waiting.case_id == family.case_id
    assert validate_plan(validator.ctx, waiting.version_id, TODAY) is PlanState.VALIDATED
    assert validator.sync().rejected == 0
    agent.sync()
    with agent.ctx.reading() as session:
        version = session.scalars(select(PlanVersion)).one()
        assert version.state is PlanState.VALIDATED and version.validated_on == TODAY
        assert version.validated_by == validator.ctx.actor_id
