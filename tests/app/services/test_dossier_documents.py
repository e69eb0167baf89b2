"""Documents attached to a dossier: kept encrypted and read back exactly, described,
corrected, withdrawn (never deleted); refused when too large, of another format (by their
bytes, not their name) or described wrongly."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from app.domain import DossierDocument, DossierDocumentKind, OutboxEntry
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.dossier.documents import (
    MAX_BYTES,
    DocumentDescription,
    add_document,
    correct_document,
    document_content,
    dossier_documents,
    withdraw_document,
)
from app.services.one.duties import anonymise_person
from tests.app.services.documents_data import JPEG, PNG, court_order_pdf
from tests.app.services.family import Family

TODAY = date(2026, 11, 26)


def _order(family: Family, *persons: uuid.UUID) -> DocumentDescription:
    return DocumentDescription(DossierDocumentKind.COURT_ORDER, date(2026, 11, 20),
                               "Tribunal de la jeunesse de Luxembourg",
                               "Ordonnance de placement provisoire", persons)


def test_a_court_order_is_kept_and_read_back_byte_for_byte(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    pdf = court_order_pdf(pages=2)
    document_id = add_document(agent, family.case_id, pdf, _order(family, family.child),
                               today=TODAY)
    [listed] = dossier_documents(agent, family.case_id)
    assert (listed.id, listed.kind, listed.media_type, listed.size, listed.pages) == (
        document_id, DossierDocumentKind.COURT_ORDER, "application/pdf", len(pdf), 2)
    assert listed.person_ids == (family.child,) and listed.added_by == agent.actor_id
    assert listed.source == "Tribunal de la jeunesse de Luxembourg"
    assert document_content(agent, document_id) == ("application/pdf", pdf)
    with agent.store.reading() as session:  # the outbox carries the description, never bytes
        entry = session.scalars(select(OutboxEntry).where(
            OutboxEntry.record_id == document_id)).one()
    assert entry.entity == "dossier_document" and "content" not in entry.changes
    assert entry.changes["sha256"][1] == listed_digest(agent, document_id)


def listed_digest(agent: ServiceContext, document_id: uuid.UUID) -> str:
    with agent.store.reading() as session:
        found = session.get(DossierDocument, document_id)
        assert found is not None
        return found.sha256


@pytest.mark.parametrize(("content", "media_type"), [
    (PNG, "image/png"), (JPEG, "image/jpeg")])
def test_images_are_known_by_their_bytes(agent: ServiceContext, content: bytes,
                                         media_type: str) -> None:
    family = Family.open(agent, TODAY)
    document_id = add_document(agent, family.case_id, content, DocumentDescription(
        DossierDocumentKind.IDENTITY_DOCUMENT, date(2026, 1, 5), "", "Carte d’identité"),
        today=TODAY)
    assert document_content(agent, document_id) == (media_type, content)


def test_a_file_too_large_or_of_another_format_is_refused(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    too_large = b"%PDF-1.7\n" + bytes(MAX_BYTES)
    with pytest.raises(RuleViolation) as refused:
        add_document(agent, family.case_id, too_large, _order(family), today=TODAY)
    assert refused.value.codes == ("document.too_large",)
    assert "20 MB" in refused.value.message("en")
    for content in (b"GIF89a" + bytes(40), b"PK\x03\x04 a .docx named order.pdf", b""):
        with pytest.raises(RuleViolation) as refused:
            add_document(agent, family.case_id, content, _order(family), today=TODAY)
        assert refused.value.codes in (("document.format",), ("document.empty",))
    assert dossier_documents(agent, family.case_id) == []


def test_a_description_is_checked(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    other = Family.open(agent, TODAY, surname="Weber")
    wrong = DocumentDescription(DossierDocumentKind.MEDICAL_REPORT, date(2026, 12, 1), "Dr X",
                                "  ", (other.child,))
    with pytest.raises(RuleViolation) as refused:
        add_document(agent, family.case_id, PNG, wrong, today=TODAY)
    assert set(refused.value.codes) == {"document.title_missing", "document.in_future",
                                        "document.persons"}
    add_document(agent, family.case_id, PNG, _order(family), today=TODAY)
    with pytest.raises(RuleViolation) as refused:  # the same file twice
        add_document(agent, family.case_id, PNG, _order(family), today=TODAY)
    assert refused.value.codes == ("document.duplicate",)


def test_a_document_is_corrected_then_withdrawn_and_stays_listed(
        agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    document_id = add_document(agent, family.case_id, court_order_pdf(), _order(family),
                               today=TODAY)
    corrected = DocumentDescription(DossierDocumentKind.SCHOOL_REPORT, date(2026, 10, 2),
                                    "École fondamentale", "Bulletin du 1er trimestre",
                                    (family.child, family.mother))
    correct_document(agent, document_id, corrected, today=TODAY)
    with pytest.raises(RuleViolation) as refused:
        correct_document(agent, document_id, corrected, today=TODAY)
    assert refused.value.codes == ("document.unchanged",)
    [listed] = dossier_documents(agent, family.case_id)
    assert (listed.kind, listed.dated_on, listed.source, listed.title, set(listed.person_ids)) \
        == (DossierDocumentKind.SCHOOL_REPORT, date(2026, 10, 2), "École fondamentale",
            "Bulletin du 1er trimestre", {family.child, family.mother})
    with pytest.raises(RuleViolation) as refused:
        withdraw_document(agent, document_id, TODAY, " ", today=TODAY)
    assert refused.value.codes == ("document.reason_missing",)
    withdraw_document(agent, document_id, TODAY, "Joint au mauvais dossier", today=TODAY)
    [listed] = dossier_documents(agent, family.case_id)
    assert (listed.ended_on, listed.end_reason) == (TODAY, "Joint au mauvais dossier")
    for refusal in (lambda: withdraw_document(agent, document_id, TODAY, "Encore", today=TODAY),
                    lambda: correct_document(agent, document_id, _order(family), today=TODAY)):
        with pytest.raises(RuleViolation) as refused:
            refusal()
        assert refused.value.codes == ("document.withdrawn",)
    with agent.store.reading() as session:  # withdrawn, not deleted
        kept = session.get(DossierDocument, document_id)
        assert kept is not None and kept.deleted_at is None and kept.content


def test_anonymising_a_person_drops_the_documents_about_her_and_rewrites_the_others(
        agent: ServiceContext) -> None:
    """Art. 7: a document concerning her, or whose description names her, loses its bytes for
    good (they cannot be rewritten); the description keeps no word of her; a document about
    someone else, not naming her, is left whole."""
    opened = date(2026, 3, 2)
    family = Family.open(agent, opened, child_born=date(2008, 4, 15), surname="Kovacs")
    about_her = add_document(agent, family.case_id, court_order_pdf("Lea Kovacs"),
                             DocumentDescription(
        DossierDocumentKind.SCHOOL_REPORT, opened, "Lycée de Léa", "Bulletin de Léa",
        (family.child,)), today=opened)
    naming_her = add_document(agent, family.case_id, PNG, DocumentDescription(
        DossierDocumentKind.LETTER_RECEIVED, opened, "Voisin", "Lettre au sujet de Léa",
        (family.mother,)), today=opened)
    other = add_document(agent, family.case_id, JPEG, DocumentDescription(
        DossierDocumentKind.IDENTITY_DOCUMENT, opened, "", "Carte d’identité de la mère",
        (family.mother,)), today=opened)
    anonymise_person(agent, family.child, date(2026, 4, 15))
    listed = {d.id: d for d in dossier_documents(agent, family.case_id)}
    assert listed[about_her].dropped_on == date(2026, 4, 15)
    assert (listed[about_her].source, listed[about_her].title) == ("Lycée de —", "Bulletin de —")
    assert listed[naming_her].dropped_on == date(2026, 4, 15)
    assert listed[naming_her].title == "Lettre au sujet de —"
    assert listed[other].dropped_on is None
    assert document_content(agent, other) == ("image/jpeg", JPEG)
    for dropped in (about_her, naming_her):
        with pytest.raises(RuleViolation) as refused:
            document_content(agent, dropped)
        assert refused.value.codes == ("document.dropped",)
    with agent.store.reading() as session:
        assert session.scalars(select(DossierDocument.content).where(
            DossierDocument.id == about_her)).one() == b""
        pending = {e.record_id: e.changes for e in session.scalars(select(OutboxEntry).where(
            OutboxEntry.entity == "dossier_document"))}
    assert pending[about_her]["dropped_on"][1] == "2026-04-15"  # goes up dropped
    assert "Léa" not in str(pending)
