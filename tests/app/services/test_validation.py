"""The ONE's side of a plan: the versions awaiting validation, validated or returned."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.domain import PlanState
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.caseload.listing import CaseAlert, list_caseload
from app.services.caseload.week import TodayKind, this_week
from app.services.dossier.detail import load_dossier_detail
from app.services.plan.validation import plans_awaiting_validation
from app.services.plan.versions import (
    prepare_plan_version,
    record_discernment,
    record_signature,
    return_plan,
    validate_plan,
)
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 3, 2)


def _ready(agent: ServiceContext) -> tuple[Family, uuid.UUID]:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "Trop jeune")
    return family, family.ready_version()


def test_the_queue_lists_frozen_versions_with_their_signatures(agent: ServiceContext) -> None:
    assert plans_awaiting_validation(agent) == []
    family, version_id = _ready(agent)
    record_signature(agent, version_id, family.mother, TODAY, today=TODAY)
    (waiting,) = plans_awaiting_validation(agent)
    assert waiting.version_id == version_id and waiting.number == 1
    assert waiting.case_number and waiting.office and waiting.frozen_on == TODAY
    assert waiting.state is PlanState.READY_TO_SIGN and not waiting.all_signed
    assert {s.name: s.signed_on for s in waiting.signatures} == {
        "Ana Sofia Tavares": TODAY, "Jeff Weber": None}
    record_signature(agent, version_id, family.father, TODAY, today=TODAY)
    (signed,) = plans_awaiting_validation(agent)
    assert signed.state is PlanState.SIGNED and signed.all_signed
    validate_plan(validator_context(agent), version_id, TODAY)
    assert plans_awaiting_validation(agent) == []


def test_a_returned_version_carries_the_comment_and_a_new_one_follows(
        agent: ServiceContext) -> None:
    family, version_id = _ready(agent)
    validator = validator_context(agent)
    with pytest.raises(RuleViolation) as refused:
        return_plan(validator, version_id, "  ", today=TODAY)
    assert refused.value.codes == ("plan.return_comment_missing",)
    with pytest.raises(RuleViolation) as refused:
        return_plan(agent, version_id, "Non", today=TODAY)
    assert refused.value.codes == ("plan.not_a_validator",)
    return_plan(validator, version_id, "  Préciser la durée de la mesure i.  ",
                today=TODAY)
    version = family.version(version_id)
    assert version.state is PlanState.RETURNED and version.returned_on == TODAY
    assert version.returned_by == validator.actor_id
    assert version.return_comment == "Préciser la durée de la mesure i."
    assert plans_awaiting_validation(agent) == []
    with pytest.raises(RuleViolation) as refused:
        validate_plan(validator, version_id, TODAY)
    assert refused.value.codes == ("plan.returned",)
    with pytest.raises(RuleViolation) as refused:
        return_plan(validator, version_id, "Encore", today=TODAY)
    assert refused.value.codes == ("plan.returned",)
    with pytest.raises(RuleViolation) as refused:
        record_signature(agent, version_id, family.mother, TODAY, today=TODAY)
    assert refused.value.codes == ("plan.not_awaiting_signatures",)
    (shown,) = load_dossier_detail(agent, family.case_id).plan_versions
    assert shown.state == "returned" and shown.return_comment.startswith("Préciser")
    returned = [i for i in this_week(agent, TODAY) if i.kind is TodayKind.PLAN_RETURNED]
    assert [(i.case_id, i.on) for i in returned] == [(family.case_id, TODAY)]
    (row,) = list_caseload(agent, today=TODAY)
    assert CaseAlert.PLAN_RETURNED in row.alerts and CaseAlert.UNSIGNED_PLAN not in row.alerts
    second = prepare_plan_version(agent, family.case_id, today=TODAY)  # not blocked
    assert family.version(second).number == 2
    assert TodayKind.PLAN_RETURNED not in {i.kind for i in this_week(agent, TODAY)}
    (row,) = list_caseload(agent, today=TODAY)
    assert CaseAlert.PLAN_RETURNED not in row.alerts
