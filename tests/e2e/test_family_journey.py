"""One synthetic family from its first request to closure, through the services only.

Two plan versions (the second after an evaluation sends the dossier back to planning), the
semester list on 1 April, the export for the family and the anonymised statistics on the result.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

from app.domain import (
    ClosureReason,
    ContactChannel,
    EvaluationOutcome,
    Horizon,
    PersonRole,
    PlanState,
    RelationshipKind,
    RequestChannel,
    RequesterKind,
    StakeholderKind,
)
from app.services.base.context import ServiceContext
from app.services.caseload.deadlines import reviews_due_soon
from app.services.caseload.listing import list_caseload
from app.services.dossier.closure import ClosureInput, close_case
from app.services.dossier.opening import (
    OpenCaseInput,
    PersonInput,
    RequestInput,
    link_persons,
    open_case,
)
from app.services.one.duties import export_dossier, semester_placement_list
from app.services.one.network import (
    ProviderInput,
    StakeholderInput,
    add_stakeholder,
    register_provider,
)
from app.services.one.statistics import statistics_extract
from app.services.plan.versions import (
    mark_ready_to_sign,
    prepare_plan_version,
    record_discernment,
    record_signature,
    validate_plan,
)
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.analysis import set_working_frame
from app.services.steps.assessment import (
    AssessmentInput,
    ObjectiveInput,
    assess_person,
    set_objective,
)
from app.services.steps.coordination import (
    ConferenceInput,
    ContactInput,
    Participant,
    log_contact,
    record_case_conference,
)
from app.services.steps.evaluation import (
    AppraisalInput,
    EvaluationInput,
    ProgressInput,
    record_evaluation,
)
from app.services.steps.implementation import end_measure, start_measure
from app.services.steps.planning import MeasureInput, plan_measure
from app.services.steps.workflow import move_case_to_step
from app.store.store import Store
from tests.app.services.family import validator_context

OFFICE = "nord-diekirch"


def test_a_family_from_first_request_to_closure(store: Store) -> None:
    base = ServiceContext(store)
    prepare_store(base)
    agent = sign_in_local_agent(base, "cpi.nord", "Agent Nord", OFFICE)
    validator = validator_context(agent)

    # Step 1: the mother calls the telephone permanence.
    day = date(2025, 9, 8)
    opened = open_case(agent, OpenCaseInput(
        office_code=OFFICE,
        request=RequestInput(day, RequestChannel.TELEPHONE_PERMANENCE, RequesterKind.PARENT,
                             "Mme Hoxha demande de l'aide : Arbër ne va plus à l'école"),
        persons=(PersonInput(PersonRole.PARENT, "Valbona", "Hoxha", date(1986, 6, 12)),
                 PersonInput(PersonRole.CHILD, "Arbër", "Hoxha", date(2011, 2, 3))),
        requester_index=0, opened_on=day), today=day)
    case_id, (mother, child) = opened.case_id, opened.person_ids
    link_persons(agent, case_id, mother, child, RelationshipKind.PARENT,
                 holds_parental_authority=True, is_legal_representative=True)
    school = add_stakeholder(agent, case_id, StakeholderInput(
        StakeholderKind.SCHOOL, "M. Schiltz", "Suivi de l'assiduité", "Lycée du Nord"))
    assert school
    set_working_frame(agent, case_id, "Visites à domicile toutes les deux semaines")
    move_case_to_step(agent, case_id, 2, today=day)

    # Step 2: assessment and a SMART objective.
    assess_person(agent, case_id, child, AssessmentInput(
        "Décrochage scolaire", "Passion pour le football", "Un adulte de référence",
        "« L'école ça sert à rien mais j'aime le foot »"))
    objective = set_objective(agent, case_id, ObjectiveInput(
        "Arbër retourne en classe chaque matin", "Présence ≥ 90 % sur un trimestre",
        "Arbër et sa mère", "Le club de foot conditionne sa participation à l'école",
        date(2026, 7, 15), Horizon.MEDIUM, child), today=day)
    move_case_to_step(agent, case_id, 3, today=day)

    # Step 3: an approved home-assistance service, counted in hours (art. 15).
    home = register_provider(agent, ProviderInput("Aide éducative en famille Nord",
                                                  "AGR-2015-031", None, "Ettelbruck"))
    help_at_home = plan_measure(agent, case_id, MeasureInput(
        child, "i", home, Decimal(60), day, date(2026, 7, 15), (objective,)))
    move_case_to_step(agent, case_id, 4, today=day)

    # Step 4: version 1, signed on a home visit by mother and child, validated by the ONE.
    record_discernment(agent, case_id, child, True, day, "14 ans, comprend et s'exprime")
    first = prepare_plan_version(agent, case_id, today=day)
    mark_ready_to_sign(agent, first, today=day)
    signed_on = date(2025, 9, 15)
    record_signature(agent, first, mother, signed_on, "Domicile, Wiltz", today=signed_on)
    assert record_signature(agent, first, child, signed_on, "Domicile, Wiltz",
                            today=signed_on) is PlanState.SIGNED
    assert validate_plan(validator, first, date(2025, 9, 22)) is PlanState.IN_FORCE
    move_case_to_step(agent, case_id, 5, today=date(2025, 9, 22))

    # Steps 5, 6, 7 side by side.
    start_measure(agent, help_at_home, date(2025, 10, 1))
    log_contact(agent, case_id, ContactInput(datetime(2025, 10, 14, 16, 30, tzinfo=UTC),
                                             "M. Schiltz", ContactChannel.TELEPHONE,
                                             "Présence en hausse, mais retards le lundi"))
    move_case_to_step(agent, case_id, 6, today=date(2025, 11, 1))
    record_case_conference(agent, case_id, ConferenceInput(
        date(2025, 12, 2), "Bureau régional Nord, Diekirch",
        (Participant("Valbona Hoxha", "mère"), Participant("Arbër Hoxha", "jeune"),
         Participant("M. Schiltz", "école")),
        "Les retards persistent ; tensions à la maison le soir.", "Renforcer l'appui"))
    move_case_to_step(agent, case_id, 7, today=date(2026, 1, 10))
    record_evaluation(agent, case_id, EvaluationInput(
        date(2026, 1, 10), EvaluationOutcome.REPLAN_MEASURES,
        (ProgressInput(objective, 2, "Présence 75 %"),),
        (AppraisalInput(help_at_home, 3, 2, "Utile mais trop peu d'heures le soir"),),
        "Ajouter un accueil en internat la semaine"))

    # Back to step 3: a second version adds a placement (a1) from 1 March.
    move_case_to_step(agent, case_id, 3, today=date(2026, 1, 10))
    home_nord = register_provider(agent, ProviderInput("Foyer éducatif Nord", "AGR-2008-002",
                                                       None, "Diekirch"))
    placement = plan_measure(agent, case_id, MeasureInput(
        child, "a1", home_nord, Decimal(120), date(2026, 3, 1), date(2026, 6, 30),
        (objective,)))
    move_case_to_step(agent, case_id, 4, today=date(2026, 1, 20))
    second = prepare_plan_version(agent, case_id, today=date(2026, 1, 20))
    mark_ready_to_sign(agent, second, today=date(2026, 1, 20))
    for person in (mother, child):
        record_signature(agent, second, person, date(2026, 2, 3), today=date(2026, 2, 3))
    assert validate_plan(validator, second, date(2026, 2, 10)) is PlanState.IN_FORCE
    move_case_to_step(agent, case_id, 5, today=date(2026, 2, 10))
    start_measure(agent, placement, date(2026, 3, 1))

    # Art. 6: on 1 April Arbër is on the semester list; his review is due 12 months later.
    listed = semester_placement_list(agent, date(2026, 4, 1))
    assert [(c.name, c.measure_code, c.abroad) for c in listed] == [("Arbër Hoxha", "a1", False)]
    assert [r.due_on for r in reviews_due_soon(agent, date(2027, 1, 20))] == [date(2027, 2, 10)]

    # Step 8: measures end, the dossier closes.
    end_measure(agent, placement, date(2026, 6, 30), "Fin d'année scolaire")
    end_measure(agent, help_at_home, date(2026, 7, 10), "Objectif atteint")
    move_case_to_step(agent, case_id, 6, today=date(2026, 7, 10))
    close_case(agent, case_id, ClosureInput(
        date(2026, 7, 15), ClosureReason.OBJECTIVES_REACHED,
        "Arbër a terminé l'année avec 93 % de présence"), today=date(2026, 7, 15))
    assert list_caseload(agent) == []

    # Art. 7: the export for the child able to judge holds both versions and every step.
    document = json.loads(export_dossier(agent, case_id, child, date(2026, 8, 1)))
    tables = document["tables"]
    assert [(v["number"], v["state"]) for v in sorted(tables["plan_version"],
                                                      key=lambda v: v["number"])] == [
        (1, "superseded"), (2, "ended")]
    for table in ("request", "person_assessment", "objective", "planned_measure",
                  "plan_signature", "contact_log", "case_conference", "evaluation",
                  "objective_progress", "measure_appraisal", "case_closure", "stakeholder"):
        assert tables[table], table

    # Art. 7: the statistics carry counts and durations, never the family.
    extract = statistics_extract(agent, date(2026, 8, 1))
    text = "\n".join(extract.as_csv().values())
    for planted in ("Hoxha", "Arbër", "Valbona", "2011-02-03", "Schiltz", "football", "Wiltz"):
        assert planted not in text
    assert extract.tables["durations"] == [{
        "office_code": OFFICE, "state": "closed", "opened_year": 2025,
        "days_open": (date(2026, 7, 15) - day).days, "age_group": "child",
        "plan_versions": 2, "measures": 2}]
    assert {row["measure_code"] for row in extract.tables["measures"]} == {"a1", "i"}
