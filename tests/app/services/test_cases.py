"""Dossier services: every write lands with its outbox and audit entries, in one transaction."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain import (
    AuditEntry,
    Office,
    OutboxEntry,
    PersonRole,
    RelationshipKind,
    RequestChannel,
    RequesterKind,
)
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.caseload.listing import get_dossier, list_caseload
from app.services.dossier.opening import (
    OpenCaseInput,
    PersonInput,
    RequestInput,
    link_persons,
    open_case,
    update_person_notes,
)
from app.store.store import Store

TODAY = date(2026, 11, 22)


@pytest.fixture
def ctx(store: Store) -> ServiceContext:
    with store.transaction("reference", from_server=True) as session:
        session.add(Office(code="est-grevenmacher", name="Bureau régional Est", region="est",
                           locality="Grevenmacher"))
    return ServiceContext(store)


def _family() -> OpenCaseInput:
    return OpenCaseInput(
        office_code="est-grevenmacher",
        request=RequestInput(date(2026, 10, 6), RequestChannel.WALK_IN_PERMANENCE,
                             RequesterKind.PARENT, "Demande de soutien éducatif"),
        persons=(PersonInput(PersonRole.PARENT, "Inês", "Gonçalves", date(1988, 4, 2)),
                 PersonInput(PersonRole.CHILD, "Simão", "Gonçalves", date(2016, 9, 30))),
    )


def _count(store: Store, model: type) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_reference_rows_from_the_server_are_not_queued_for_upload(
    ctx: ServiceContext, store: Store
) -> None:
    assert _count(store, OutboxEntry) == 0 and _count(store, AuditEntry) == 0


def test_open_case_queues_each_record_with_before_and_after(
    ctx: ServiceContext, store: Store
) -> None:
    opened = open_case(ctx, _family(), today=TODAY)
    assert opened.number.startswith("EST-2026-")
    with store.reading() as session:
        entries = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        audits = session.scalars(select(AuditEntry)).all()
    assert [e.entity for e in entries] == ["case_file", "person", "person", "request"]
    assert all(e.operation == "insert" and e.base_version == 0 for e in entries)
    assert [e.device_clock for e in entries] == [1, 2, 3, 4]
    person = entries[1]
    assert person.changes["first_name"] == [None, "Inês"]
    assert person.changes["birth_date"] == [None, "1988-04-02"]
    assert {a.action for a in audits} == {"open_case"}
    # The audit names fields, never their values.
    assert all("Inês" not in str(a.fields) for a in audits)


def test_edit_records_only_the_changed_field(ctx: ServiceContext, store: Store) -> None:
    opened = open_case(ctx, _family(), today=TODAY)
    update_person_notes(ctx, opened.person_ids[1], "Aime le football")
    with store.reading() as session:
        last = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).first()
    assert last is not None and last.operation == "update"
    assert last.changes == {"notes": ["", "Aime le football"]}


def test_family_constellation_and_caseload_views(ctx: ServiceContext) -> None:
    opened = open_case(ctx, _family(), today=TODAY)
    parent, child = opened.person_ids
    link_persons(ctx, opened.case_id, parent, child, RelationshipKind.PARENT,
                 holds_parental_authority=True, is_legal_representative=True)
    rows = list_caseload(ctx)
    assert [r.family_name for r in rows] == ["Gonçalves"]
    assert rows[0].beneficiaries == ("Simão Gonçalves",)
    dossier = get_dossier(ctx, opened.case_id)
    assert [p.first_name for p in dossier.persons] == ["Inês", "Simão"]
    (relationship,) = dossier.relationships
    assert relationship.holds_parental_authority and relationship.is_legal_representative
    assert dossier.requests[0].channel is RequestChannel.WALK_IN_PERMANENCE


def test_bad_input_is_refused_in_french_and_writes_nothing(
    ctx: ServiceContext, store: Store
) -> None:
    future_child = OpenCaseInput(
        office_code="est-grevenmacher",
        request=RequestInput(date(2026, 10, 6), RequestChannel.TELEPHONE_PERMANENCE,
                             RequesterKind.PARENT, "Demande"),
        persons=(PersonInput(PersonRole.CHILD, "Léa", "Thill", date(2027, 1, 1)),),
    )
    with pytest.raises(RuleViolation) as raised:
        open_case(ctx, future_child, today=TODAY)
    assert raised.value.codes == ("person.birth_date_future",)
    assert "dans le futur" in raised.value.message("fr")
    with pytest.raises(RuleViolation) as unknown:
        open_case(ctx, OpenCaseInput("nulle-part", _family().request), today=TODAY)
    assert unknown.value.codes == ("case.unknown_office",)
    assert "Bureau régional « nulle-part » inconnu" in unknown.value.message("fr")
    assert _count(store, OutboxEntry) == 0


def test_a_person_cannot_be_linked_to_themselves(ctx: ServiceContext) -> None:
    opened = open_case(ctx, _family(), today=TODAY)
    with pytest.raises(RuleViolation) as refused:
        link_persons(ctx, opened.case_id, opened.person_ids[0], opened.person_ids[0],
                     RelationshipKind.SIBLING)
    assert refused.value.codes == ("person.self_link",)
