"""What people do offline in the model-based proof, through ``app/services`` only: each action
picks its target among what the device holds and returns what it did (or why the app refused:
a refusal is an answer, not a failure)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select

from app.domain import (
    Case,
    DossierDocument,
    DossierDocumentKind,
    Horizon,
    Objective,
    Person,
    PersonRole,
    PlannedMeasure,
    PlanSignature,
    PlanState,
    PlanVersion,
    Provider,
)
from app.errors import CpiError
from app.services.base.context import ServiceContext
from app.services.dossier.conflicts import ExplicitValue, open_conflicts, resolve_conflict
from app.services.dossier.documents import (
    DocumentDescription,
    add_document,
    correct_document,
    dossier_documents,
    withdraw_document,
)
from app.services.dossier.opening import PersonInput, add_person, update_person_notes
from app.services.one.duties import anonymise_person
from app.services.one.network import ProviderInput, register_provider
from app.services.plan.validation import plans_awaiting_validation
from app.services.plan.versions import (
    mark_ready_to_sign,
    prepare_plan_version,
    record_discernment,
    record_signature,
    return_plan,
    validate_plan,
)
from app.services.steps.analysis import set_working_frame
from app.services.steps.assessment import (
    AssessmentInput,
    ObjectiveInput,
    assess_person,
    set_objective,
)
from app.services.steps.planning import (
    MeasureInput,
    plan_measure,
    update_planned_measure,
    withdraw_planned_measure,
)
from app.services.steps.workflow import move_case_to_step

TODAY = date(2026, 3, 2)
T = TypeVar("T")


def _pick(items: list[T], pick: int) -> T | None:
    return items[pick % len(items)] if items else None


def held_cases(ctx: ServiceContext) -> list[uuid.UUID]:
    with ctx.reading() as session:
        return list(session.scalars(select(Case.id).where(Case.deleted_at.is_(None))
                                    .order_by(Case.number)))


def _persons(ctx: ServiceContext, case_id: uuid.UUID,
             role: PersonRole | None = None) -> list[uuid.UUID]:
    with ctx.reading() as session:
        query = select(Person.id).where(Person.case_id == case_id, Person.deleted_at.is_(None))
        if role is not None:
            query = query.where(Person.role == role)
        return list(session.scalars(query.order_by(Person.id)))


def refused(action: str, error: CpiError) -> str:
    return f"{action}: refused ({error.message('en')[:60]})"


def edit_frame(ctx: ServiceContext, pick: int, value: str) -> str:
    case_id = _pick(held_cases(ctx), pick)
    if case_id is None:
        return "frame: no dossier"
    try:
        set_working_frame(ctx, case_id, value)
    except CpiError as error:
        return refused("frame", error)
    return "frame"


def frame_target(ctx: ServiceContext, pick: int) -> uuid.UUID | None:
    """The dossier ``edit_frame`` writes to."""
    return _pick(held_cases(ctx), pick)


def notes_target(ctx: ServiceContext, pick: int) -> uuid.UUID | None:
    """The person ``edit_notes`` writes about."""
    case_id = _pick(held_cases(ctx), pick)
    return _pick(_persons(ctx, case_id), pick // 3) if case_id else None


def edit_notes(ctx: ServiceContext, pick: int, value: str) -> str:
    person = notes_target(ctx, pick)
    if person is None:
        return "notes: nobody"
    try:
        update_person_notes(ctx, person, value)
    except CpiError as error:
        return refused("notes", error)
    return "notes"


def new_person(ctx: ServiceContext, pick: int, name: str) -> str:
    case_id = _pick(held_cases(ctx), pick)
    if case_id is None:
        return "person: no dossier"
    try:
        add_person(ctx, case_id, PersonInput(PersonRole.OTHER_RELATIVE, name, "Proofmaker",
                                             date(1961, 4, 1)), today=TODAY,
                   confirmed_new=True)
    except CpiError as error:
        return refused("person", error)
    return "person"


def add_young_adult(ctx: ServiceContext, case_id: uuid.UUID, first: str, last: str,
                    born: date) -> uuid.UUID:
    """A young adult of the dossier, of age: the one who may ask for anonymisation (art. 7)."""
    return add_person(ctx, case_id, PersonInput(PersonRole.YOUNG_ADULT, first, last, born),
                      today=TODAY, confirmed_new=True)


def anonymise(ctx: ServiceContext, person_id: uuid.UUID) -> str:
    """The young adult asks, on this device, that their data be anonymised (art. 7)."""
    with ctx.reading() as session:
        if session.get(Person, person_id) is None:
            return "anonymise: not held here"
    try:
        anonymise_person(ctx, person_id, TODAY)
    except CpiError as error:
        return refused("anonymise", error)
    return "anonymised"


def measure_edit_or_withdraw(ctx: ServiceContext, pick: int) -> str:
    """A planned measure changed on one side, withdrawn (deleted) on the other."""
    with ctx.reading() as session:
        measures = list(session.scalars(select(PlannedMeasure).where(
            PlannedMeasure.deleted_at.is_(None)).order_by(PlannedMeasure.id)))
        for measure in measures:
            session.expunge(measure)
    measure = _pick(measures, pick)
    if measure is None:
        return "measure: none"
    try:
        if pick % 2:
            withdraw_planned_measure(ctx, measure.id, "La famille renonce")
            return "measure withdrawn"
        update_planned_measure(ctx, measure.id, MeasureInput(
            measure.beneficiary_id, measure.measure_code, measure.provider_id,
            Decimal(100 + pick % 50), measure.starts_on, measure.ends_on),
            "Volume ajusté en concertation")
    except CpiError as error:
        return refused("measure", error)
    return "measure changed"


def advance(ctx: ServiceContext, pick: int, stamp: str) -> str:
    """The dossier one step further: analysis, assessment, planning, a version frozen for
    signature, a signature."""
    case_id = _pick(held_cases(ctx), pick)
    if case_id is None:
        return "advance: no dossier"
    with ctx.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        step = case.current_step
    try:
        return _advance(ctx, case_id, step, stamp)
    except CpiError as error:
        return refused(f"advance from step {step}", error)


def _advance(ctx: ServiceContext, case_id: uuid.UUID, step: int, stamp: str) -> str:
    child = _pick(_persons(ctx, case_id, PersonRole.CHILD), 0)
    if step == 1:
        set_working_frame(ctx, case_id, f"Cadre {stamp}")
        move_case_to_step(ctx, case_id, 2, today=TODAY)
        return "analysed"
    if step == 2 and child is not None:
        assess_person(ctx, case_id, child, AssessmentInput(
            "Absences scolaires", "Grand-mère présente", "Un cadre pour les devoirs"))
        set_objective(ctx, case_id, ObjectiveInput(
            f"Aller à l'école ({stamp})", "Moins de 2 absences par mois", "L'enfant",
            "Le trajet est court", date(2027, 6, 30), Horizon.SHORT, child), today=TODAY)
        move_case_to_step(ctx, case_id, 3, today=TODAY)
        return "assessed"
    if step == 3 and child is not None:
        with ctx.reading() as session:
            provider = session.scalars(select(Provider.id).order_by(Provider.id)).first()
            objectives = tuple(session.scalars(select(Objective.id).where(
                Objective.case_id == case_id, Objective.deleted_at.is_(None))))
        provider = provider or register_provider(ctx, ProviderInput(
            f"Service d'aide {stamp}", f"AGR-{stamp}", None, "Esch-sur-Alzette"))
        plan_measure(ctx, case_id, MeasureInput(child, "i", provider, Decimal(120), TODAY,
                                                date(2027, 6, 30), objectives))
        move_case_to_step(ctx, case_id, 4, today=TODAY)
        return "planned"
    if step >= 4:
        return _plan_step(ctx, case_id, child)
    return f"advance: nothing at step {step}"


def _plan_step(ctx: ServiceContext, case_id: uuid.UUID, child: uuid.UUID | None) -> str:
    with ctx.reading() as session:
        versions = list(session.scalars(select(PlanVersion).where(
            PlanVersion.case_id == case_id, PlanVersion.deleted_at.is_(None),
            PlanVersion.state == PlanState.READY_TO_SIGN)))
        signed = {s.person_id for s in session.scalars(select(PlanSignature).where(
            PlanSignature.deleted_at.is_(None)))}
    if not versions:
        if child is not None:
            record_discernment(ctx, case_id, child, False, TODAY, "Trop jeune")
        version = prepare_plan_version(ctx, case_id, today=TODAY)
        mark_ready_to_sign(ctx, version, today=TODAY)
        return "version frozen"
    for parent in _persons(ctx, case_id, PersonRole.PARENT):
        if parent not in signed:
            record_signature(ctx, versions[0].id, parent, TODAY, today=TODAY)
            return "signed"
    return "advance: all signed"


def judge_plan(ctx: ServiceContext, pick: int) -> str:
    """The ONE validator validates or returns a plan awaiting validation."""
    awaiting = _pick(plans_awaiting_validation(ctx), pick)
    if awaiting is None:
        return "validation: nothing awaits"
    try:
        if pick % 3 == 0:
            return_plan(ctx, awaiting.version_id, "Objectif à préciser", today=TODAY)
            return "plan returned"
        validate_plan(ctx, awaiting.version_id, TODAY)
    except CpiError as error:
        return refused("validation", error)
    return "plan validated"


def resolve(ctx: ServiceContext, pick: int, stamp: str) -> str:
    conflict = _pick(open_conflicts(ctx), pick)
    if conflict is None:
        return "resolve: no conflict"
    choice = ("mine", "theirs", ExplicitValue(f"Résolu {stamp}"))[pick % 3]
    if isinstance(choice, ExplicitValue) and not isinstance(conflict.theirs, str):
        choice = "theirs"
    try:
        resolve_conflict(ctx, conflict.conflict_id, choice)  # type: ignore[arg-type]
    except CpiError as error:
        return refused("resolve", error)
    return "conflict resolved"


def attach_document(ctx: ServiceContext, case_id: uuid.UUID, content: bytes, title: str,
                    concerns: uuid.UUID | None) -> tuple[str, uuid.UUID | None]:
    """A document attached to the dossier on this laptop, offline: (outcome, its id)."""
    kind = DossierDocumentKind.SCHOOL_REPORT if concerns is None \
        else DossierDocumentKind.MEDICAL_REPORT
    try:
        document_id = add_document(ctx, case_id, content, DocumentDescription(
            kind, TODAY, "École fondamentale", title,
            (concerns,) if concerns is not None else ()), today=TODAY)
    except CpiError as error:
        return refused("document", error), None
    return "document attached", document_id


def documents_held(ctx: ServiceContext) -> list[uuid.UUID]:
    with ctx.reading() as session:
        return list(session.scalars(select(DossierDocument.id).where(
            DossierDocument.deleted_at.is_(None)).order_by(DossierDocument.id)))


def correct_or_withdraw_document(ctx: ServiceContext, pick: int, stamp: str) -> str:
    """A document of the laptop's dossiers described again, or withdrawn with a reason."""
    document_id = _pick(documents_held(ctx), pick)
    if document_id is None:
        return "document: none"
    try:
        if pick % 2:
            withdraw_document(ctx, document_id, TODAY, f"Versé par erreur {stamp}",
                              today=TODAY)
            return "document withdrawn"
        info = next(d for d in dossier_documents(ctx, _case_of_document(ctx, document_id))
                    if d.id == document_id)
        correct_document(ctx, document_id, DocumentDescription(
            info.kind, info.dated_on, f"Service reçu {stamp}", info.title, info.person_ids),
            today=TODAY)
    except CpiError as error:
        return refused("document", error)
    return "document corrected"


def _case_of_document(ctx: ServiceContext, document_id: uuid.UUID) -> uuid.UUID:
    with ctx.reading() as session:
        document = session.get(DossierDocument, document_id)
        assert document is not None
        return document.case_id
