"""A large synthetic family for the layout tests: 6 children, 3 legal representatives, 30
measures, names in Vietnamese, Polish and Cape Verdean Portuguese letters (all invented)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from app.domain import Horizon, PersonRole, RelationshipKind, RequestChannel, RequesterKind
from app.services.base.context import ServiceContext
from app.services.dossier.opening import (
    OpenCaseInput,
    PersonInput,
    RequestInput,
    link_persons,
    open_case,
)
from app.services.one.network import ProviderInput, register_provider
from app.services.plan.versions import mark_ready_to_sign, prepare_plan_version, record_discernment
from app.services.steps.analysis import set_working_frame
from app.services.steps.assessment import (
    AssessmentInput,
    ObjectiveInput,
    assess_person,
    set_objective,
)
from app.services.steps.planning import MeasureInput, plan_measure
from app.services.steps.workflow import move_case_to_step
from tests.app.services.family import OFFICE

ADULTS = (("Thị Ánh", "Nguyễn"), ("Łukasz", "Wójcik"), ("Djénifer", "Lopes Sêmedo"))
CHILDREN = (("Minh", "Nguyễn"), ("Zofia", "Wójcik"), ("Kévin", "Lopes Sêmedo"),
            ("Đức", "Nguyễn Wójcik"), ("Małgorzata", "Wójcik"), ("Ângela", "Lopes Sêmedo"))
MEASURES = 30


def large_ready_version(ctx: ServiceContext, today: date) -> uuid.UUID:
    """Open, assess and plan the large family, then freeze version 1 for signature."""
    persons = [PersonInput(PersonRole.OTHER_RELATIVE if i == 2 else PersonRole.PARENT, first,
                           last, date(1980 + i, 2, 3)) for i, (first, last) in enumerate(ADULTS)]
    persons += [PersonInput(PersonRole.CHILD, first, last, date(2010 + i, 4, 1 + i))
                for i, (first, last) in enumerate(CHILDREN)]
    opened = open_case(ctx, OpenCaseInput(
        office_code=OFFICE,
        request=RequestInput(today, RequestChannel.TELEPHONE_PERMANENCE, RequesterKind.PARENT,
                             "Aide pour six enfants après un déménagement ; école et logement"),
        persons=tuple(persons), court_proceedings_pending=False, opened_on=today,
        confirmed_new_persons=True), today=today)
    case_id = opened.case_id
    adults, children = opened.person_ids[:3], opened.person_ids[3:]
    for index, child in enumerate(children):
        representative = adults[index % 3]
        kind = RelationshipKind.GUARDIAN if representative == adults[2] else RelationshipKind.PARENT
        link_persons(ctx, case_id, representative, child, kind,
                     holds_parental_authority=kind is RelationshipKind.PARENT,
                     is_legal_representative=True)
        record_discernment(ctx, case_id, child, index % 2 == 0, today,
                           "Jugement de test sur la compréhension du projet")
    set_working_frame(ctx, case_id, "Visites hebdomadaires, école associée")
    move_case_to_step(ctx, case_id, 2, today=today)
    objectives: list[uuid.UUID] = []
    for index, child in enumerate(children):
        assess_person(ctx, case_id, child, AssessmentInput(
            f"Difficulté scolaire numéro {index}", f"Soutien de la fratrie numéro {index}",
            "Un cadre stable", "« Je veux rester ensemble »"))
        objectives.append(set_objective(ctx, case_id, ObjectiveInput(
            f"Objectif SMART de l'enfant {index} : aller à l'école chaque jour",
            "Moins de 2 absences par mois", "L'enfant et ses parents", "Réaliste",
            date(today.year + 1, 6, 30), Horizon.MEDIUM, child), today=today))
    move_case_to_step(ctx, case_id, 3, today=today)
    provider = register_provider(ctx, ProviderInput(
        "Service d'assistance en famille Sud", "AGR-2019-044", None, "Esch-sur-Alzette"))
    for index in range(MEASURES):
        plan_measure(ctx, case_id, MeasureInput(
            children[index % 6], "i", provider, Decimal(10 + index), today,
            date(today.year + 1, 6, 30), (objectives[index % 6],),
            volume_note=f"Mesure numéro {index + 1:02d}"))
    move_case_to_step(ctx, case_id, 4, today=today)
    version = prepare_plan_version(ctx, case_id, today=today)
    mark_ready_to_sign(ctx, version, today=today)
    return version
