"""The ONE's duties over its data: the semester placement list (art. 6), the export of a
dossier for its family (art. 7), anonymisation at the request of a person come of age (art. 7)
and the anonymised statistics extract (art. 7)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain import (
    Case,
    DossierConsultation,
    MeasureTypeRef,
    Office,
    OutboxEntry,
    Person,
    PersonAnonymisation,
    PersonRole,
    PlannedMeasure,
    Provider,
    RelationshipKind,
)
from app.rules import require
from app.rules.ages import ADULT_AGE, age_group, age_on
from app.rules.placements import latest_birth_date_excluded, reference_day_unmet
from app.rules.records import anonymisation_unmet, consultation_unmet
from app.services.base.context import ServiceContext
from app.services.base.facts import current_links, family_facts, live_persons
from app.services.base.guards import case_of, in_case, live
from app.services.dossier.anonymise import rewrite_device_copy, subject_of
from app.services.dossier.records import as_wire, case_records


@dataclass(frozen=True)
class PlacedChild:
    case_number: str
    office_code: str
    person_id: uuid.UUID
    name: str
    birth_date: date
    measure_code: str
    placement: str  # a Placement value of the catalogue (app/reference/catalogue.py)
    abroad: bool
    provider: str
    country: str
    since: date


@dataclass(frozen=True)
class SemesterList:
    """The art. 6 list on a reference day, with the measures it counts as placements (codes of
    the catalogue flagged ``placement``): the document says which, since the law leaves it to
    the reading of art. 3.4, 6 and 11 (docs/design-workflow.md)."""

    on: date
    children: tuple[PlacedChild, ...]
    counted_codes: tuple[str, ...]


def semester_placement_list(ctx: ServiceContext, on: date) -> list[PlacedChild]:
    """Children placed in an institution or a foster family on 1 April or 1 October (art. 6)."""
    return list(semester_list(ctx, on).children)


def semester_list(ctx: ServiceContext, on: date) -> SemesterList:
    """The semester list on ``on`` (refused on any other day than 1 April or 1 October)."""
    require(reference_day_unmet(on))
    with ctx.reading() as session:
        return semester_list_in(session, on)


def semester_list_in(session: Session, on: date) -> SemesterList:
    """The list over whatever ``session`` holds: one device's dossiers, or every office's on
    the server (``cpi-server semester-list``). The caller checked the reference day."""
    return SemesterList(on, tuple(placed_children(session, on)), placement_codes(session))


def placement_codes(session: Session) -> tuple[str, ...]:
    """The catalogue's measures counted on the semester list, in catalogue order."""
    return tuple(session.scalars(select(MeasureTypeRef.code).where(
        MeasureTypeRef.placement.is_not(None)).order_by(MeasureTypeRef.code)))


def placed_children(session: Session, on: date) -> list[PlacedChild]:
    """Children under 18 on ``on`` whose placement started on or before it and has not ended
    before it (a placement ended by a revocation of the plan, art. 4, ended that day)."""
    rows = session.execute(  # columns, not entities: the list spans the whole country
        select(Case.number, Office.code, Person.id, Person.first_name, Person.last_name,
               Person.birth_date, PlannedMeasure.measure_code, MeasureTypeRef.placement,
               Provider.name, Provider.country, PlannedMeasure.actual_start_on)
        .join(PlannedMeasure, PlannedMeasure.beneficiary_id == Person.id)
        .join(MeasureTypeRef, MeasureTypeRef.code == PlannedMeasure.measure_code)
        .join(Provider, Provider.id == PlannedMeasure.provider_id)
        .join(Case, Case.id == Person.case_id)
        .join(Office, Office.id == Case.office_id)
        .where(MeasureTypeRef.placement.is_not(None),
               PlannedMeasure.deleted_at.is_(None), Person.deleted_at.is_(None),
               PlannedMeasure.actual_start_on <= on,
               or_(PlannedMeasure.actual_end_on.is_(None),
                   PlannedMeasure.actual_end_on >= on),
               Person.birth_date > latest_birth_date_excluded(on))
        .order_by(Office.code, Person.last_name, Person.first_name,
                  PlannedMeasure.actual_start_on)
    ).all()
    children: dict[uuid.UUID, PlacedChild] = {}
    for (number, office, person_id, first, last, born, code, placement, provider, country,
         since) in rows:
        if born is None or since is None:  # excluded by the query; narrows the types
            continue
        children[person_id] = PlacedChild(  # the latest placement counts on a transfer day
            number, office, person_id, f"{first} {last}".strip(), born, code,
            placement or "", placement == "institution_abroad" or country != "LU",
            provider, country, since)
    return list(children.values())


def export_dossier(ctx: ServiceContext, case_id: uuid.UUID, requested_by_id: uuid.UUID,
                   on: date) -> bytes:
    """The whole dossier as JSON, for a parent or the child able to judge (art. 7). Nothing is
    written to disk here: the caller saves it where the user chooses. The consultation is
    recorded."""
    with ctx.transaction("export_dossier") as session:
        case = case_of(session, case_id)
        consultation = _allowed_consultation(session, case_id, requested_by_id, on)
        document = _dossier_document(session, case)  # without this consultation
        session.add(consultation)
        return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode()


def record_dossier_consultation(ctx: ServiceContext, case_id: uuid.UUID,
                                requested_by_id: uuid.UUID, on: date) -> None:
    """Check that the person may consult the dossier (art. 7) and record it, before the printed
    export for the family is laid out: the same rule and trace as the JSON export."""
    with ctx.transaction("export_dossier") as session:
        case_of(session, case_id)
        session.add(_allowed_consultation(session, case_id, requested_by_id, on))


def _allowed_consultation(session: Session, case_id: uuid.UUID, requested_by_id: uuid.UUID,
                          on: date) -> DossierConsultation:
    """The consultation to record, once the rule of art. 7 allows it."""
    person = live(session, Person, requested_by_id)
    in_case(person, case_id)
    family = family_facts(session, case_id)
    children = {p.id for p in live_persons(session, case_id) if p.role.is_beneficiary and (
        age_on(p.birth_date, on) < ADULT_AGE if p.birth_date is not None
        else p.role is PersonRole.CHILD)}
    links = [link for link in current_links(session, case_id)
             if link.from_person_id == person.id and link.to_person_id in children]
    adult = person.birth_date is not None and age_on(person.birth_date, on) >= ADULT_AGE
    require(consultation_unmet(
        person.full_name, any(link.kind is RelationshipKind.PARENT for link in links),
        any(link.holds_parental_authority or link.is_legal_representative for link in links),
        person.role.is_beneficiary, family.discernment.get(person.id), adult))
    return DossierConsultation(case_id=case_id, requested_by_id=person.id, consulted_on=on)


def _dossier_document(session: Session, case: Case) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for record in case_records(session, case.id):
        tables.setdefault(record.__tablename__, []).append(as_wire(record))  # type: ignore[attr-defined]
    return {"format": "cpi-terrain dossier export", "version": 1, "case_number": case.number,
            "tables": tables}


def anonymise_person(ctx: ServiceContext, person_id: uuid.UUID, requested_on: date) -> None:
    """Art. 7: at their own request, once of age, remove from the dossier everything that
    names or describes this person: their records (deleted, superseded and discarded ones
    too), their names and birth date in every other text, plan snapshots, scans of the plans
    naming them, drafts, pending changes, conflicts and the search index. Their brothers and
    sisters and the rest of the family keep their data. Irreversible. What is recorded: that
    it happened, for whom, when, at whose request and by whom, never the data; that record
    syncs, and the server and every device holding the dossier carry it out in turn."""
    with ctx.transaction("anonymise_person") as session:
        person = live(session, Person, person_id)
        case_of(session, person.case_id)
        already = session.scalar(select(PersonAnonymisation.id).where(
            PersonAnonymisation.person_id == person.id)) is not None
        require(anonymisation_unmet(person.full_name, person.role.is_beneficiary,
                                    person.birth_date, requested_on, already=already))
        assert person.birth_date is not None  # the rule refuses an unknown one
        band = age_group(person.birth_date, requested_on).value
        subject = subject_of(session, person.case_id, person)
        rewrite_device_copy(session, person.case_id, subject, requested_on)
        record = PersonAnonymisation(
            case_id=person.case_id, person_id=person.id, requested_by_id=person.id,
            requested_on=requested_on, recorded_by_id=ctx.actor_id, age_band=band)
        session.add(record)
        session.flush()
        _before_pending_changes(session, person.case_id, record.id)
    ctx.store.scrub()  # no free page nor WAL frame keeps what was rewritten


def _before_pending_changes(session: Session, case_id: uuid.UUID,
                            record_id: uuid.UUID) -> None:
    """The anonymisation goes up before the dossier's changes of records the server has
    (updates, deletes, restores): it carries it out first and judges them against its
    rewritten records (their values were rewritten the same way), so none becomes a
    conflict. New records stay before it: it may name a person the server does not have
    yet, and the server rewrites them too."""
    waiting = list(session.scalars(select(OutboxEntry).where(
        OutboxEntry.case_id == case_id, OutboxEntry.record_id != record_id,
        OutboxEntry.operation != "insert").order_by(OutboxEntry.seq)))
    kept = [{column: getattr(entry, column) for column in (
        "mutation_id", "entity", "record_id", "case_id", "operation", "changes",
        "base_version", "device_clock", "created_at", "action")} for entry in waiting]
    for entry in waiting:
        session.delete(entry)
    session.flush()
    session.add_all(OutboxEntry(**values) for values in kept)
