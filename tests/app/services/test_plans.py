"""Art. 4 and 5 through the services: who signs, when a version takes effect, frozen versions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.domain import PersonRole, PlanState, PlanVersion, RequestChannel, RequesterKind
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.dossier.opening import OpenCaseInput, PersonInput, RequestInput, open_case
from app.services.plan.versions import (
    mark_ready_to_sign,
    plan_in_force_unmet_reasons,
    prepare_plan_version,
    record_discernment,
    record_signature,
    refresh_plan_draft,
    validate_plan,
)
from app.services.steps.analysis import record_judicial_request, set_working_frame
from app.store.capture import FrozenRecordChanged
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 11, 23)


def _planned(agent: ServiceContext, **kwargs: object) -> Family:
    return Family.open(agent, TODAY, **kwargs).analyse().assess().plan()  # type: ignore[arg-type]


def test_freezing_needs_the_discernment_judgement_of_each_child(agent: ServiceContext) -> None:
    family = _planned(agent)
    version = prepare_plan_version(agent, family.case_id, today=TODAY)
    with pytest.raises(RuleViolation) as refused:
        mark_ready_to_sign(agent, version, today=TODAY)
    assert refused.value.codes == ("art4.discernment_unknown",)
    assert "Léa" in refused.value.message("fr") and "(art. 4)" in refused.value.message("fr")


def test_parents_signed_but_not_the_child_able_to_judge_is_not_in_force(
    agent: ServiceContext,
) -> None:
    family = _planned(agent)
    record_discernment(agent, family.case_id, family.child, True, TODAY, "12 ans, s'exprime")
    version = family.ready_version()
    assert {s["person_id"] for s in family.version(version).signatories} == {
        str(family.mother), str(family.father), str(family.child)}
    record_signature(agent, version, family.mother, TODAY, today=TODAY)
    record_signature(agent, version, family.father, TODAY, today=TODAY)
    state = validate_plan(validator_context(agent), version, TODAY)
    assert state is PlanState.VALIDATED  # validated, parents signed: still not in force
    reasons = plan_in_force_unmet_reasons(agent, version)
    assert len(reasons) == 1 and "Léa Tavares" in reasons[0] and "(art. 4)" in reasons[0]
    assert record_signature(agent, version, family.child, TODAY, today=TODAY) is \
        PlanState.IN_FORCE
    assert family.version(version).review_due_on == date(2027, 11, 23)


def test_a_child_judged_not_able_to_judge_leaves_the_parents_to_sign(
    agent: ServiceContext,
) -> None:
    family = _planned(agent, child_born=date(2022, 1, 4))
    record_discernment(agent, family.case_id, family.child, False, TODAY, "4 ans")
    version = family.ready_version()
    assert {s["capacity"] for s in family.version(version).signatories} == {"parent"}
    for parent in (family.mother, family.father):
        record_signature(agent, version, parent, TODAY, today=TODAY)
    assert family.version(version).state is PlanState.SIGNED
    assert validate_plan(validator_context(agent), version, TODAY) is PlanState.IN_FORCE


def test_a_young_adult_signs_alone(agent: ServiceContext) -> None:
    opened = open_case(agent, OpenCaseInput(
        office_code="sud-esch-sur-alzette",
        request=RequestInput(TODAY, RequestChannel.WALK_IN_PERMANENCE, RequesterKind.YOUNG_ADULT,
                             "Je cherche un logement encadré"),
        persons=(PersonInput(PersonRole.PARENT, "Dragana", "Kovačević", date(1975, 2, 2)),
                 PersonInput(PersonRole.YOUNG_ADULT, "Amir", "Kovačević", date(2005, 8, 1))),
        requester_index=1, opened_on=TODAY,
    ), today=TODAY)
    family = Family(agent, TODAY)
    family.case_id, family.mother, family.child = opened.case_id, *opened.person_ids
    family.analyse().assess().plan()
    version = family.ready_version()
    signatories = family.version(version).signatories
    assert [(s["name"], s["capacity"]) for s in signatories] == [("Amir Kovačević", "young_adult")]
    record_signature(agent, version, family.child, TODAY, today=TODAY)
    assert validate_plan(validator_context(agent), version, TODAY) is PlanState.IN_FORCE


def test_a_young_adult_who_did_not_ask_themselves_is_refused(agent: ServiceContext) -> None:
    opened = open_case(agent, OpenCaseInput(
        office_code="sud-esch-sur-alzette",
        request=RequestInput(TODAY, RequestChannel.TELEPHONE_PERMANENCE, RequesterKind.PARENT,
                             "Ma fille majeure a besoin d'aide"),
        persons=(PersonInput(PersonRole.YOUNG_ADULT, "Inês", "Mendes", date(2006, 3, 3)),),
        opened_on=TODAY,
    ), today=TODAY)
    family = Family(agent, TODAY)
    family.case_id = opened.case_id
    set_working_frame(agent, opened.case_id, "Cadre")
    with pytest.raises(RuleViolation) as refused:
        family.analyse()
    assert "art1.young_adult_request" in refused.value.codes


def test_court_proceedings_without_the_judicial_request_block_any_plan(
    agent: ServiceContext,
) -> None:
    family = Family.open(agent, TODAY, court_proceedings_pending=True)
    with pytest.raises(RuleViolation) as refused:
        family.analyse()
    assert refused.value.codes == ("art5.judicial_request",)
    record_judicial_request(agent, family.case_id, TODAY, "TJ Luxembourg 2026/118", today=TODAY)
    family.analyse().assess().plan()
    assert prepare_plan_version(agent, family.case_id, today=TODAY)


def test_only_a_validator_validates(agent: ServiceContext) -> None:
    family = _planned(agent)
    record_discernment(agent, family.case_id, family.child, False, TODAY, "jeune")
    version = family.ready_version()
    with pytest.raises(RuleViolation) as refused:
        validate_plan(agent, version, TODAY)
    assert refused.value.codes == ("plan.not_a_validator",)


def test_a_frozen_version_is_never_edited(agent: ServiceContext) -> None:
    family = _planned(agent)
    record_discernment(agent, family.case_id, family.child, False, TODAY, "jeune")
    version = family.ready_version()
    with pytest.raises(RuleViolation) as refused:
        refresh_plan_draft(agent, version)
    assert refused.value.codes == ("plan.frozen",)
    # Even code that bypasses the services cannot change it: the flush refuses.
    with pytest.raises(FrozenRecordChanged), agent.transaction("sneaky_edit") as session:
        row = session.get(PlanVersion, version)
        assert row is not None
        row.snapshot = {**row.snapshot, "objectives": []}
    assert family.version(version).snapshot["objectives"]


def test_a_new_version_supersedes_the_one_in_force(agent: ServiceContext) -> None:
    family = _planned(agent)
    record_discernment(agent, family.case_id, family.child, False, TODAY, "jeune")
    validator = validator_context(agent)
    first = family.ready_version()
    for parent in (family.mother, family.father):
        record_signature(agent, first, parent, TODAY, today=TODAY)
    validate_plan(validator, first, TODAY)
    later = TODAY + timedelta(days=40)
    second = prepare_plan_version(agent, family.case_id, today=later)
    mark_ready_to_sign(agent, second, today=later)
    for parent in (family.mother, family.father):
        record_signature(agent, second, parent, later, today=later)
    assert validate_plan(validator, second, later) is PlanState.IN_FORCE
    with agent.reading() as session:
        states = dict(session.execute(select(PlanVersion.number, PlanVersion.state)).all())
    assert states == {1: PlanState.SUPERSEDED, 2: PlanState.IN_FORCE}
