"""Art. 3 after freezing: a plan frozen at 26 years and 364 days is not signed, validated nor
its measure started on the 27th birthday (the day before still is); art. 4: a revocation ends
the running measures of the plan in force, and the placement leaves the next semester list
(art. 6); art. 7: who among the parents consults the dossier; art. 6: which measures count as
placements. The real SQLCipher store throughout."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from app.domain import (
    PersonRole,
    PlanState,
    RelationshipKind,
    RequestChannel,
    RequesterKind,
    ReviewRequestKind,
    ReviewRequestOutcome,
)
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.opening import (
    OpenCaseInput,
    PersonInput,
    RequestInput,
    add_person,
    link_persons,
    open_case,
)
from app.services.one.duties import export_dossier, semester_list, semester_placement_list
from app.services.one.network import ProviderInput, register_provider
from app.services.plan.reviews import answer_review_request, request_plan_review
from app.services.plan.versions import (
    SignatureInput,
    SignaturesGiven,
    record_signature,
    record_signatures,
    validate_plan,
)
from app.services.steps.implementation import (
    ImplementationStep,
    MeasureStart,
    finish_implementation,
    start_measure,
)
from app.services.steps.workflow import move_case_to_step
from tests.app.services.family import Family, validator_context

BORN = date(2000, 3, 3)
EVE = date(2027, 3, 2)  # 26 years and 364 days
BIRTHDAY = date(2027, 3, 3)  # 27: the law no longer covers them (art. 3.2)


def _young_adult(agent: ServiceContext, frozen_on: date = EVE) -> tuple[Family, uuid.UUID]:
    """A young adult who asked for herself, her plan frozen on ``frozen_on`` (by default the
    day before her 27th birthday)."""
    opened = open_case(agent, OpenCaseInput(
        office_code="sud-esch-sur-alzette",
        request=RequestInput(EVE, RequestChannel.WALK_IN_PERMANENCE, RequesterKind.YOUNG_ADULT,
                             "Je cherche un logement encadré"),
        persons=(PersonInput(PersonRole.PARENT, "Dragana", "Kovačević", date(1975, 2, 2)),
                 PersonInput(PersonRole.YOUNG_ADULT, "Mila", "Kovačević", BORN)),
        requester_index=1, opened_on=EVE,
    ), today=EVE)
    family = Family(agent, EVE)
    family.case_id, family.mother, family.child = opened.case_id, *opened.person_ids
    family.analyse().assess().plan()
    family.today = frozen_on
    return family, family.ready_version()


def _refusal(refused: pytest.ExceptionInfo[RuleViolation]) -> list[tuple[str, str | None]]:
    return [(u.code, u.article) for u in refused.value.unmet]


def test_the_plan_is_not_frozen_on_the_27th_birthday(agent: ServiceContext) -> None:
    with pytest.raises(RuleViolation) as refused:
        _young_adult(agent, frozen_on=BIRTHDAY)
    assert _refusal(refused) == [("art3.too_old", "art. 3")]


def test_a_signature_given_on_the_27th_birthday_is_refused(agent: ServiceContext) -> None:
    family, version = _young_adult(agent)
    with pytest.raises(RuleViolation) as refused:
        record_signature(agent, version, family.child, BIRTHDAY, today=BIRTHDAY)
    assert _refusal(refused) == [("art3.too_old_at_signature", "art. 3")]
    assert "Mila Kovačević" in refused.value.message("fr")
    assert "(art. 3)" in refused.value.message("fr")
    with pytest.raises(RuleViolation) as wizard:  # the plan wizard's finish alike
        record_signatures(agent, family.case_id, SignaturesGiven(
            version, (SignatureInput(family.child, BIRTHDAY),)), today=BIRTHDAY)
    assert _refusal(wizard) == [("art3.too_old_at_signature", "art. 3")]
    assert family.version(version).state is PlanState.READY_TO_SIGN
    # signed the day before, recorded on the birthday: the signature was given in time
    assert record_signature(agent, version, family.child, EVE, today=BIRTHDAY) is (
        PlanState.SIGNED)


def test_the_validation_on_the_27th_birthday_is_refused(agent: ServiceContext) -> None:
    family, version = _young_adult(agent)
    record_signature(agent, version, family.child, EVE, today=EVE)
    validator = validator_context(agent)
    with pytest.raises(RuleViolation) as refused:
        validate_plan(validator, version, BIRTHDAY)
    assert _refusal(refused) == [("art3.too_old_at_validation", "art. 3")]
    assert family.version(version).state is PlanState.SIGNED
    assert validate_plan(validator, version, EVE) is PlanState.IN_FORCE


def test_a_measure_does_not_start_on_the_27th_birthday(agent: ServiceContext) -> None:
    family, version = _young_adult(agent)
    record_signature(agent, version, family.child, EVE, today=EVE)
    validate_plan(validator_context(agent), version, EVE)
    move_case_to_step(agent, family.case_id, 5, today=EVE)
    assert family.measure is not None
    with pytest.raises(RuleViolation) as refused:
        start_measure(agent, family.measure, BIRTHDAY)
    assert _refusal(refused) == [("art3.too_old_at_measure_start", "art. 3")]
    with pytest.raises(RuleViolation) as wizard:  # the step 5 wizard's finish alike
        finish_implementation(agent, family.case_id, ImplementationStep(
            starts=(MeasureStart(family.measure, BIRTHDAY),)), today=BIRTHDAY)
    assert _refusal(wizard) == [("art3.too_old_at_measure_start", "art. 3")]
    start_measure(agent, family.measure, EVE)
    started = {m.measure_id: m.actual_start_on
               for m in load_dossier_detail(agent, family.case_id, overview=False).measures}
    assert started == {family.measure: EVE}


OPENED = date(2026, 3, 2)
APRIL_FIRST = date(2026, 4, 1)


def _placed(agent: ServiceContext, surname: str, code: str = "a1",
            quantity: Decimal | None = Decimal(365)) -> tuple[Family, uuid.UUID]:
    family = Family.open(agent, OPENED, surname=surname).analyse().assess()
    family.provider = register_provider(agent, ProviderInput(
        f"Foyer {surname}", "AGR-2010-9", None, "Mersch", "LU"))
    version = family.plan(code, quantity).in_force(validator_context(agent))
    assert family.measure is not None
    start_measure(agent, family.measure, date(2026, 3, 15))
    return family, version


def test_a_revocation_ends_the_running_measures_and_the_placement_leaves_the_list(
    agent: ServiceContext,
) -> None:
    staying, _ = _placed(agent, "Ferreira")
    revoked, version = _placed(agent, "Hoxha")
    assert {c.person_id for c in semester_placement_list(agent, APRIL_FIRST)} == {
        staying.child, revoked.child}
    on = date(2026, 3, 20)
    request = request_plan_review(agent, version, revoked.mother, ReviewRequestKind.REVOCATION,
                                  on, "Nous reprenons Léa à la maison", today=on)
    answer_review_request(agent, request, ReviewRequestOutcome.PLAN_REVOKED, on,
                          "Révocation accordée, retour en famille", today=on)
    assert revoked.version(version).state is PlanState.REVOKED
    (measure,) = load_dossier_detail(agent, revoked.case_id, overview=False).measures
    assert (measure.actual_end_on, measure.end_reason, measure.revoked_version) == (
        on, "Révocation accordée, retour en famille", revoked.version(version).number)
    assert [c.person_id for c in semester_placement_list(agent, APRIL_FIRST)] == [
        staying.child]
    (untouched,) = load_dossier_detail(agent, staying.case_id, overview=False).measures
    assert (untouched.actual_end_on, untouched.revoked_version) == (None, None)


def test_revoking_a_version_not_yet_in_force_leaves_the_plan_in_force_running(
    agent: ServiceContext,
) -> None:
    family, in_force = _placed(agent, "Ferreira")
    move_case_to_step(agent, family.case_id, 7, today=OPENED)
    next_version = family.ready_version()
    on = date(2026, 3, 20)
    request = request_plan_review(agent, next_version, family.mother,
                                  ReviewRequestKind.REVOCATION, on, "Pas d'accord", today=on)
    answer_review_request(agent, request, ReviewRequestOutcome.PLAN_REVOKED, on,
                          "La version proposée est abandonnée", today=on)
    assert family.version(next_version).state is PlanState.REVOKED
    assert family.version(in_force).state is PlanState.IN_FORCE
    (measure,) = load_dossier_detail(agent, family.case_id, overview=False).measures
    assert (measure.actual_end_on, measure.revoked_version) == (None, None)
    assert [c.person_id for c in semester_placement_list(agent, APRIL_FIRST)] == [
        family.child]


def test_day_placements_count_internat_does_not(agent: ServiceContext) -> None:
    day_foster, _ = _placed(agent, "Ferreira", "c2", Decimal(200))
    day_home, _ = _placed(agent, "Hoxha", "d", Decimal(200))
    _placed(agent, "Majerus", "e", None)
    listed = semester_list(agent, APRIL_FIRST)
    assert {c.person_id: c.placement for c in listed.children} == {
        day_foster.child: "foster_family_day", day_home.child: "institution_day"}
    assert listed.counted_codes == ("a1", "a2", "a3", "a4", "a5", "b", "c1", "c2", "d")


def test_a_parent_without_parental_authority_consults_a_childs_dossier(
    agent: ServiceContext,
) -> None:
    family = Family.open(agent, OPENED).analyse()
    father = add_person(agent, family.case_id, PersonInput(
        PersonRole.PARENT, "Paulo", "Tavares", date(1980, 6, 6)), today=OPENED,
        confirmed_new=True)
    link_persons(agent, family.case_id, father, family.child, RelationshipKind.PARENT,
                 holds_parental_authority=False, is_legal_representative=False)
    step_father = add_person(agent, family.case_id, PersonInput(
        PersonRole.OTHER_RELATIVE, "Marc", "Schmit", date(1979, 1, 1)), today=OPENED,
        confirmed_new=True)
    link_persons(agent, family.case_id, step_father, family.child, RelationshipKind.STEP_PARENT)
    assert export_dossier(agent, family.case_id, father, OPENED)
    with pytest.raises(RuleViolation) as refused:
        export_dossier(agent, family.case_id, step_father, OPENED)
    assert _refusal(refused) == [("art7.consultation", "art. 7")]


def test_a_parent_does_not_consult_a_young_adults_dossier(agent: ServiceContext) -> None:
    family, _version = _young_adult(agent)
    link_persons(agent, family.case_id, family.mother, family.child, RelationshipKind.PARENT)
    with pytest.raises(RuleViolation) as refused:
        export_dossier(agent, family.case_id, family.mother, EVE)
    assert _refusal(refused) == [("art7.consultation", "art. 7")]
    assert export_dossier(agent, family.case_id, family.child, EVE)
