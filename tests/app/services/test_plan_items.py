"""Objectives per child and measures through their whole life: the step 2 record in one
transaction, objectives achieved, abandoned or reformulated with date and reason, measures
changed before they start, interrupted, ended early or withdrawn (real SQLCipher store)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain import (
    EvaluationOutcome,
    Horizon,
    MeasureInterruption,
    Objective,
    ObjectiveStatus,
    PersonAssessment,
    PersonRole,
    PlannedMeasure,
)
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.caseload.listing import get_dossier
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.opening import PersonInput, add_person
from app.services.one.network import ProviderInput, register_provider
from app.services.steps.assessment import (
    AssessmentInput,
    AssessmentStep,
    ObjectiveInput,
    StatusChange,
    abandon_objective,
    achieve_objective,
    record_assessment,
    reformulate_objective,
)
from app.services.steps.evaluation import EvaluationInput, ProgressInput, record_evaluation
from app.services.steps.implementation import (
    end_measure,
    interrupt_measure,
    resume_measure,
    start_measure,
)
from app.services.steps.planning import (
    MeasureInput,
    update_planned_measure,
    withdraw_planned_measure,
)
from app.services.steps.workflow import move_case_to_step
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 3, 2)
DUE = date(2026, 12, 15)


def _objective(wording: str, person: uuid.UUID | None) -> ObjectiveInput:
    return ObjectiveInput(wording, "Moins de 2 absences par mois", "L'enfant et sa mère",
                          "L'école est à 5 minutes", DUE, Horizon.MEDIUM, person)


def _assessment(text: str) -> AssessmentInput:
    return AssessmentInput(f"Difficultés {text}", "Ressources", "Besoins", f"« {text} »")


@pytest.fixture
def two_children(agent: ServiceContext) -> tuple[Family, uuid.UUID]:
    family = Family.open(agent, TODAY).analyse()
    brother = add_person(agent, family.case_id, PersonInput(
        PersonRole.CHILD, "Tiago", "Tavares", date(2016, 8, 1)), today=TODAY,
        confirmed_new=True)
    return family, brother


def _objectives(agent: ServiceContext, case_id: uuid.UUID) -> list[Objective]:
    with agent.reading() as session:
        found = list(session.scalars(select(Objective).where(Objective.case_id == case_id)
                                     .order_by(Objective.created_at)))
        for objective in found:
            session.expunge(objective)
        return found


def test_the_step_2_record_keeps_several_objectives_per_child_in_one_transaction(
    agent: ServiceContext, two_children: tuple[Family, uuid.UUID],
) -> None:
    family, brother = two_children
    recorded = record_assessment(agent, family.case_id, AssessmentStep(
        ((family.child, _assessment("Léa")), (brother, _assessment("Tiago"))),
        (_objective("Léa va à l'école chaque matin", family.child),
         _objective("Léa fait ses devoirs avec sa grand-mère", family.child),
         _objective("Tiago dort dans son lit chaque nuit", brother))), today=TODAY)
    assert len(recorded.objective_ids) == 3 and recorded.moved
    assert [o.person_id for o in _objectives(agent, family.case_id)] == [
        family.child, family.child, brother]
    assert get_dossier(agent, family.case_id).row.current_step == 3
    detail = load_dossier_detail(agent, family.case_id)
    assert {o.person for o in detail.objectives} == {"Léa Tavares", "Tiago Tavares"}


def test_one_bad_objective_refuses_the_whole_step_and_nothing_is_half_saved(
    agent: ServiceContext, two_children: tuple[Family, uuid.UUID],
) -> None:
    family, _brother = two_children
    with pytest.raises(RuleViolation) as refused:
        record_assessment(agent, family.case_id, AssessmentStep(
            ((family.child, _assessment("Léa")),),
            (_objective("Léa va à l'école chaque matin", family.child),
             ObjectiveInput("Dormir", "", "", "", None, Horizon.SHORT, None))), today=TODAY)
    assert set(refused.value.codes) == {"smart.specific", "smart.measurable", "smart.accepted",
                                        "smart.realistic", "smart.time_bound", "objective.for"}
    with agent.reading() as session:
        assert session.scalars(select(PersonAssessment)).first() is None
    assert _objectives(agent, family.case_id) == []
    with pytest.raises(RuleViolation, match=r"objective\.for"):  # a parent is no beneficiary
        record_assessment(agent, family.case_id, AssessmentStep(
            (), (_objective("Ana Sofia trouve un emploi stable", family.mother),)), today=TODAY)
    assert _objectives(agent, family.case_id) == []


def test_a_move_the_rules_refuse_keeps_the_records_and_says_why(
    agent: ServiceContext, two_children: tuple[Family, uuid.UUID],
) -> None:
    family, _brother = two_children
    recorded = record_assessment(agent, family.case_id, AssessmentStep(
        ((family.child, _assessment("Léa")),),  # Tiago not assessed yet
        (_objective("Léa va à l'école chaque matin", family.child),)), today=TODAY)
    assert not recorded.moved and recorded.stays_because
    assert get_dossier(agent, family.case_id).row.current_step == 2
    assert len(_objectives(agent, family.case_id)) == 1


@pytest.fixture
def assessed(agent: ServiceContext) -> Family:
    return Family.open(agent, TODAY).analyse().assess()


def test_an_objective_is_achieved_or_abandoned_with_its_date_and_reason(
    agent: ServiceContext, assessed: Family,
) -> None:
    assert assessed.objective is not None
    with pytest.raises(RuleViolation) as refused:
        abandon_objective(agent, assessed.objective, StatusChange(TODAY + timedelta(3), " "),
                          today=TODAY)
    assert set(refused.value.codes) == {"objective.abandon_reason", "objective.in_future"}
    achieve_objective(agent, assessed.objective, StatusChange(TODAY, ""), today=TODAY)
    [objective] = _objectives(agent, assessed.case_id)
    assert objective.status is ObjectiveStatus.ACHIEVED and objective.status_on == TODAY
    with pytest.raises(RuleViolation) as refused:  # an achieved objective is not abandoned
        abandon_objective(agent, assessed.objective, StatusChange(TODAY, "Plus utile"),
                          today=TODAY)
    assert refused.value.codes == ("objective.achieved",)
    other = record_assessment(agent, assessed.case_id, AssessmentStep(
        (), (_objective("Léa rejoint un club de sport", assessed.child),)),
        today=TODAY).objective_ids[0]
    abandon_objective(agent, other, StatusChange(TODAY, "Léa ne le souhaite plus"), today=TODAY)
    abandoned = next(o for o in _objectives(agent, assessed.case_id) if o.id == other)
    assert (abandoned.status, abandoned.status_reason) == (
        ObjectiveStatus.ABANDONED, "Léa ne le souhaite plus")


def test_an_objective_is_reformulated_after_an_evaluation_in_smart_terms(
    agent: ServiceContext,
) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    assert family.objective is not None
    family.in_force(validator_context(agent))
    move_case_to_step(agent, family.case_id, 7, today=TODAY)
    record_evaluation(agent, family.case_id, EvaluationInput(
        TODAY, EvaluationOutcome.REPLAN_MEASURES, (ProgressInput(family.objective, 1),),
        proposals="Reformuler l'objectif"))
    move_case_to_step(agent, family.case_id, 3, today=TODAY)
    change = StatusChange(TODAY, "L'évaluation montre des retards, pas des absences")
    with pytest.raises(RuleViolation) as refused:
        reformulate_objective(agent, family.objective, ObjectiveInput(
            "Ponctuelle", "", "Léa", "", DUE, Horizon.SHORT), StatusChange(TODAY, ""),
            today=TODAY)
    assert set(refused.value.codes) == {"objective.reformulate_reason", "smart.specific",
                                        "smart.measurable", "smart.realistic"}
    new = reformulate_objective(agent, family.objective, _objective(
        "Léa arrive à l'heure à l'école", None), change, today=TODAY)
    old, renewed = _objectives(agent, family.case_id)
    assert (old.status, old.status_on, old.status_reason) == (
        ObjectiveStatus.REFORMULATED, TODAY, change.reason)
    assert (renewed.id, renewed.replaces_id, renewed.person_id) == (
        new, old.id, family.child)  # for the same child
    with pytest.raises(RuleViolation, match=r"objective\.reformulated"):
        achieve_objective(agent, family.objective, StatusChange(TODAY, ""), today=TODAY)


@pytest.fixture
def planned(agent: ServiceContext) -> Family:
    return Family.open(agent, TODAY).analyse().assess().plan()


def _change(family: Family, provider: uuid.UUID | None, quantity: Decimal,
            ends_on: date) -> MeasureInput:
    assert family.objective is not None
    return MeasureInput(family.child, "i", provider, quantity, TODAY + timedelta(7), ends_on,
                        (family.objective,))


def _measure(agent: ServiceContext, measure_id: uuid.UUID) -> PlannedMeasure:
    with agent.reading() as session:
        found = session.get(PlannedMeasure, measure_id)
        assert found is not None
        session.expunge(found)
        return found


def test_a_measure_changes_before_it_starts_with_a_reason_over_its_whole_agrement(
    agent: ServiceContext, planned: Family,
) -> None:
    assert planned.measure is not None
    with pytest.raises(RuleViolation, match=r"measure\.change_reason"):
        update_planned_measure(agent, planned.measure,
                               _change(planned, planned.provider, Decimal(80), DUE), "")
    ending = register_provider(agent, ProviderInput(
        "Aide familiale Nord", "AGR-2020-3", date(2026, 9, 30), "Diekirch"))
    with pytest.raises(RuleViolation) as refused:  # approved on the start, not on the end
        update_planned_measure(agent, planned.measure,
                               _change(planned, ending, Decimal(80), DUE), "Plus proche")
    assert refused.value.codes == ("art13.agrement_ends",)
    assert "30/09/2026" in refused.value.message("fr")  # the day its agrément ends
    assert "15/12/2026" in refused.value.message("fr") and "(art. 13)" in refused.value.message()
    update_planned_measure(agent, planned.measure,
                           _change(planned, ending, Decimal(80), date(2026, 9, 30)),
                           "Le service du Nord a une place plus tôt")
    measure = _measure(agent, planned.measure)
    assert (measure.provider_id, measure.quantity, measure.ends_on, measure.change_reason) == (
        ending, Decimal(80), date(2026, 9, 30), "Le service du Nord a une place plus tôt")


def test_a_measure_is_withdrawn_before_it_starts_and_keeps_why(
    agent: ServiceContext, planned: Family,
) -> None:
    assert planned.measure is not None
    with pytest.raises(RuleViolation, match=r"measure\.withdraw_reason"):
        withdraw_planned_measure(agent, planned.measure, "  ")
    withdraw_planned_measure(agent, planned.measure, "La famille a trouvé une autre aide")
    measure = _measure(agent, planned.measure)
    assert measure.deleted_at is not None
    assert measure.end_reason == "La famille a trouvé une autre aide"
    assert load_dossier_detail(agent, planned.case_id).measures == ()


def test_a_started_measure_is_interrupted_resumed_or_ended_never_changed(
    agent: ServiceContext, planned: Family,
) -> None:
    assert planned.measure is not None
    planned.in_force(validator_context(agent))
    start_measure(agent, planned.measure, TODAY)
    for attempt in (lambda: update_planned_measure(
            agent, planned.measure, _change(planned, planned.provider, Decimal(5), DUE), "x"),
                    lambda: withdraw_planned_measure(agent, planned.measure, "x")):
        with pytest.raises(RuleViolation) as refused:
            attempt()
        assert refused.value.codes == ("measure.started",)
        assert "02/03/2026" in refused.value.message("fr")
    with pytest.raises(RuleViolation) as refused:
        interrupt_measure(agent, planned.measure, TODAY + timedelta(10), "",
                          TODAY + timedelta(5))
    assert set(refused.value.codes) == {"measure.pause_dates", "measure.interrupt_reason"}
    holidays = interrupt_measure(agent, planned.measure, TODAY + timedelta(10), "Vacances",
                                 TODAY + timedelta(20))
    pause = interrupt_measure(agent, planned.measure, TODAY + timedelta(30), "Hospitalisation")
    with pytest.raises(RuleViolation, match=r"measure\.already_paused"):
        interrupt_measure(agent, planned.measure, TODAY + timedelta(31), "Encore")
    shown = load_dossier_detail(agent, planned.case_id).measures[0].paused
    assert shown is not None and shown.interruption_id == pause and holidays != pause
    resume_measure(agent, pause, TODAY + timedelta(40))
    assert load_dossier_detail(agent, planned.case_id).measures[0].paused is None
    with agent.reading() as session:
        assert len(session.scalars(select(MeasureInterruption)).all()) == 2
    with pytest.raises(RuleViolation, match=r"measure\.end_reason"):  # early: say why
        end_measure(agent, planned.measure, TODAY + timedelta(60), "")
    end_measure(agent, planned.measure, TODAY + timedelta(60), "Léa va mieux")
    measure = _measure(agent, planned.measure)
    assert (measure.actual_end_on, measure.end_reason) == (TODAY + timedelta(60), "Léa va mieux")
