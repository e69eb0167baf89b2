"""Corrections: every typed record can be corrected or ended, each in one transaction that
writes only what changed, and the next plan's signatories follow a changed tie."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain import (
    CaseState,
    DocumentLanguage,
    OutboxEntry,
    PersonRole,
    RelationshipKind,
    StakeholderKind,
)
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.caseload.listing import ContactDetails, get_dossier, list_caseload
from app.services.dossier.corrections import (
    Ending,
    LinkChange,
    PersonCorrection,
    cancel_case,
    change_link,
    correct_person,
    correct_stakeholder,
    end_link,
    end_stakeholder,
    set_document_language,
)
from app.services.dossier.detail import load_dossier_detail
from app.services.one.network import StakeholderInput, add_stakeholder
from app.services.plan.versions import discard_plan_version, record_discernment
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 12, 7)
ADDRESS = ContactDetails(street="12, rue de l'Alzette", postal_code="L-4011",
                         locality="Esch-sur-Alzette", phone="+352 621 123 456",
                         email="ana.tavares@example.lu", school="",
                         spoken_language="portugais", interpreter_needed=True)


def _outbox_fields(ctx: ServiceContext, record_id: object) -> list[set[str]]:
    with ctx.reading() as session:
        return [set(entry.changes) for entry in session.scalars(
            select(OutboxEntry).where(OutboxEntry.record_id == record_id)
            .order_by(OutboxEntry.seq))]


def test_a_typo_and_new_contact_details_are_corrected_field_by_field(
    agent: ServiceContext,
) -> None:
    family = Family.open(agent, TODAY)
    correct_person(agent, family.mother, PersonCorrection(
        PersonRole.PARENT, "Ana Sofia", "Tavarès", date(1985, 3, 9), "", ADDRESS), today=TODAY)
    mother = next(p for p in get_dossier(agent, family.case_id).persons
                  if p.person_id == family.mother)
    assert mother.last_name == "Tavarès" and mother.contact == ADDRESS
    assert mother.contact.postal_lines == ("12, rue de l'Alzette", "L-4011 Esch-sur-Alzette")
    # Only what changed travels: an unchanged first name must not conflict with a colleague's.
    last = _outbox_fields(agent, family.mother)[-1]
    assert "first_name" not in last and "birth_date" not in last
    assert {"last_name", "street", "email", "interpreter_needed"} <= last


def test_bad_contact_details_are_refused_with_every_reason(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    with pytest.raises(RuleViolation) as refused:
        correct_person(agent, family.mother, PersonCorrection(
            PersonRole.PARENT, " ", "", date(2030, 1, 1), "",
            ContactDetails(phone="appelle-moi", email="ana@")), today=TODAY)
    assert set(refused.value.codes) == {"person.name_missing", "person.birth_date_future",
                                        "person.email", "person.phone"}
    assert "ana@" in refused.value.message("fr")


def test_authority_withdrawn_by_a_court_changes_the_next_plan_not_the_signed_one(
    agent: ServiceContext,
) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "Trop jeune")
    first = family.ready_version()
    father_link = next(r for r in get_dossier(agent, family.case_id).relationships
                       if r.from_person_id == family.father)
    new_link = change_link(agent, father_link.relationship_id, LinkChange(
        RelationshipKind.PARENT, False, False, TODAY,
        "Jugement du tribunal de la jeunesse du 1er décembre 2026"), today=TODAY)
    links = {r.relationship_id: r for r in get_dossier(agent, family.case_id).relationships}
    assert links[father_link.relationship_id].ended_on == TODAY
    assert "tribunal" in links[father_link.relationship_id].end_reason
    assert links[new_link].current and not links[new_link].holds_parental_authority
    # The version frozen before keeps its signatories; the next one no longer asks the father.
    assert str(family.father) in {s["person_id"] for s in family.version(first).signatories}
    discard_plan_version(agent, first, "Refusé par la famille", today=TODAY)
    second = family.ready_version()
    assert {s["person_id"] for s in family.version(second).signatories} == {str(family.mother)}


def test_a_tie_changed_or_ended_needs_a_reason_and_a_past_date(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    link = get_dossier(agent, family.case_id).relationships[0]
    with pytest.raises(RuleViolation) as refused:
        change_link(agent, link.relationship_id, LinkChange(
            link.kind, link.holds_parental_authority, link.is_legal_representative,
            date(2027, 1, 1), ""), today=TODAY)
    assert set(refused.value.codes) == {"link.unchanged", "end.reason_missing", "end.in_future"}
    end_link(agent, link.relationship_id, Ending(TODAY, "Saisie par erreur"), today=TODAY)
    with pytest.raises(RuleViolation) as again:
        end_link(agent, link.relationship_id, Ending(TODAY, "encore"), today=TODAY)
    assert again.value.codes == ("end.already_ended",)


def test_a_stakeholder_is_corrected_then_ended(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    teacher = add_stakeholder(agent, family.case_id, StakeholderInput(
        StakeholderKind.SCHOOL, "Mme Schmit", "Titulaire de classe", "École Brill"))
    correct_stakeholder(agent, teacher, StakeholderInput(
        StakeholderKind.SCHOOL, "Mme Schmitz", "Titulaire de classe", "École Brill",
        "+352 54 73 83"))
    end_stakeholder(agent, teacher, Ending(TODAY, "Léa change d'école"), today=TODAY)
    detail = load_dossier_detail(agent, family.case_id)
    ended = next(s for s in detail.stakeholders if s.stakeholder_id == teacher)
    assert ended.name == "Mme Schmitz" and ended.ended_on == TODAY
    with pytest.raises(RuleViolation) as refused:
        correct_stakeholder(agent, teacher, StakeholderInput(
            StakeholderKind.SCHOOL, "Mme Schmitz", "Autre rôle"))
    assert refused.value.codes == ("end.already_ended",)


def test_a_dossier_opened_by_mistake_is_cancelled_and_leaves_the_caseload(
    agent: ServiceContext,
) -> None:
    family = Family.open(agent, TODAY)
    kept = Family.open(agent, TODAY, surname="Hoffmann")
    with pytest.raises(RuleViolation) as refused:
        cancel_case(agent, family.case_id, " ", today=TODAY)
    assert refused.value.codes == ("cancel.reason_missing",)
    cancel_case(agent, family.case_id, "Doublon du dossier de la famille Hoffmann",
                today=TODAY)
    assert [row.case_id for row in list_caseload(agent, include_closed=True)] == [kept.case_id]
    assert get_dossier(agent, family.case_id).row.state is CaseState.CANCELLED
    with pytest.raises(RuleViolation) as closed:
        set_document_language(agent, family.case_id, DocumentLanguage.GERMAN)
    assert closed.value.codes == ("case.closed",)


def test_a_dossier_with_a_signed_plan_is_closed_not_cancelled(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    family.in_force(validator_context(agent))
    with pytest.raises(RuleViolation) as refused:
        cancel_case(agent, family.case_id, "Erreur", today=TODAY)
    assert refused.value.codes == ("cancel.plan_signed",)


def test_the_family_language_is_chosen_once_on_the_dossier(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    assert get_dossier(agent, family.case_id).document_language is DocumentLanguage.FRENCH
    set_document_language(agent, family.case_id, DocumentLanguage.GERMAN)
    assert get_dossier(agent, family.case_id).document_language is DocumentLanguage.GERMAN
