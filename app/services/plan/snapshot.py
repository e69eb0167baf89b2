"""The frozen content of a plan version: what the family reads and signs.

A snapshot copies the regional office, the requests, each person's resources and difficulties,
objectives, measures (with provider and catalogue labels) and stakeholder roles as they are when
the version is frozen: the printed plan shows nothing else, and later edits of the live data
never change a version that was printed or signed.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import (
    Case,
    MeasureObjectiveLink,
    MeasureTypeRef,
    Objective,
    ObjectiveStatus,
    Office,
    PersonAssessment,
    Provider,
    Request,
    Stakeholder,
    User,
)
from app.domain.snapshot import PlanSnapshot, SnapshotMeasure
from app.services.base.facts import live_measures, live_persons


def build_snapshot(session: Session, case: Case) -> PlanSnapshot:
    persons = {p.id: p for p in live_persons(session, case.id)}
    objectives = session.scalars(select(Objective).where(
        Objective.case_id == case.id, Objective.deleted_at.is_(None),
        Objective.status == ObjectiveStatus.ACTIVE).order_by(Objective.due_on, Objective.id))
    links: dict[str, list[str]] = {}
    for link in session.scalars(select(MeasureObjectiveLink).where(
            MeasureObjectiveLink.case_id == case.id, MeasureObjectiveLink.deleted_at.is_(None))):
        links.setdefault(str(link.measure_id), []).append(str(link.objective_id))
    measures: list[SnapshotMeasure] = []
    for measure in live_measures(session, case.id):
        if measure.actual_end_on is not None:
            continue
        kind = session.get(MeasureTypeRef, measure.measure_code)
        provider = session.get(Provider, measure.provider_id)
        beneficiary = persons.get(measure.beneficiary_id)
        measures.append({
            "id": str(measure.id), "code": measure.measure_code,
            "label_fr": kind.label_fr if kind else "", "label_de": kind.label_de if kind else "",
            "beneficiary_id": str(measure.beneficiary_id),
            "beneficiary": beneficiary.full_name if beneficiary else "",
            "provider": provider.name if provider else "",
            "quantity": None if measure.quantity is None else str(measure.quantity),
            "unit": measure.unit, "volume_note": measure.volume_note,
            "starts_on": measure.starts_on.isoformat(), "ends_on": measure.ends_on.isoformat(),
            "objective_ids": sorted(links.get(str(measure.id), [])),
        })
    stakeholders = session.scalars(select(Stakeholder).where(
        Stakeholder.case_id == case.id, Stakeholder.deleted_at.is_(None))
        .order_by(Stakeholder.name))
    office = session.get(Office, case.office_id)
    agent = session.get(User, case.agent_id) if case.agent_id else None
    requests = session.scalars(select(Request).where(
        Request.case_id == case.id, Request.deleted_at.is_(None)).order_by(Request.received_on))
    assessments: dict[str, PersonAssessment] = {}
    for assessment in session.scalars(select(PersonAssessment).where(
            PersonAssessment.case_id == case.id, PersonAssessment.deleted_at.is_(None))
            .order_by(PersonAssessment.created_at)):
        assessments[str(assessment.person_id)] = assessment  # the latest one counts
    return {
        "case_number": case.number,
        "office": {"name": office.name if office else "",
                   "locality": office.locality if office else ""},
        "cpi": {"name": agent.display_name if agent else ""},  # signs the plan too
        "requests": [{"received_on": r.received_on.isoformat(), "what": r.what}
                     for r in requests],
        "assessments": [
            {"person_id": person_id, "name": persons[uuid.UUID(person_id)].full_name,
             "resources": a.resources, "difficulties": a.difficulties}
            for person_id, a in assessments.items() if uuid.UUID(person_id) in persons],
        "aid_frame": case.aid_frame.value,
        "beneficiaries": [
            {"id": str(p.id), "name": p.full_name,
             "birth_date": p.birth_date.isoformat() if p.birth_date else None}
            for p in persons.values() if p.role.is_beneficiary],
        "objectives": [
            {"id": str(o.id), "person_id": str(o.person_id) if o.person_id else None,
             "person": persons[o.person_id].full_name if o.person_id in persons else "",
             "wording": o.wording, "indicator": o.indicator, "accepted_by": o.accepted_by,
             "realism": o.realism, "due_on": o.due_on.isoformat(), "horizon": o.horizon.value}
            for o in objectives],
        "measures": measures,
        "stakeholders": [
            {"name": s.name, "kind": s.kind.value, "organisation": s.organisation,
             "role": s.role} for s in stakeholders],
    }
