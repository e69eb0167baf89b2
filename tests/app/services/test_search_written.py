"""The caseload search over what was written in the dossiers: persons' notes, contact notes,
conference minutes, evaluations, requests, the closure's final evaluation; the passage found;
closed dossiers only when asked; nothing of an anonymised person left in the index."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from app.domain import (
    ClosureReason,
    ContactChannel,
    DossierDocumentKind,
    EvaluationOutcome,
    RequestChannel,
    RequesterKind,
)
from app.domain.sync_state import CASE_SCOPE_PREFIX
from app.services.base.context import ServiceContext
from app.services.caseload.listing import HIT_END, HIT_START, CaseloadRow
from app.services.caseload.passage import found_passage
from app.services.caseload.search import search_caseload
from app.services.dossier.closure import ClosureInput, close_case
from app.services.dossier.documents import DocumentDescription, add_document
from app.services.dossier.opening import RequestInput, record_request, update_person_notes
from app.services.one.duties import anonymise_person
from app.services.steps.coordination import (
    ConferenceInput,
    ContactInput,
    Participant,
    log_contact,
    record_case_conference,
)
from app.services.steps.evaluation import EvaluationInput, ProgressInput, record_evaluation
from app.services.steps.workflow import move_case_to_step
from app.services.sync.local import purge_scopes
from app.store import search_index
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 3, 2)
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def found(ctx: ServiceContext, typed: str, *, include_closed: bool = False) -> dict[
        object, CaseloadRow]:
    return {row.case_id: row for row in search_caseload(ctx, typed, today=TODAY,
                                                          include_closed=include_closed)}


def only(ctx: ServiceContext, typed: str, family: Family) -> str:
    """The passage shown for ``typed``, which must find ``family``'s dossier alone."""
    rows = found(ctx, typed)
    assert list(rows) == [family.case_id], typed
    return rows[family.case_id].passage


def test_each_written_text_is_found_with_its_passage(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    Family.open(agent, TODAY, surname="Hoffmann")  # written texts of its own, never found
    update_person_notes(agent, family.mother, "Travaille de nuit dans une boulangerie")
    log_contact(agent, family.case_id, ContactInput(
        NOON, "École fondamentale Brill", ContactChannel.TELEPHONE,
        "L'institutrice signale des retards fréquents le lundi matin"), now=NOON)
    record_case_conference(agent, family.case_id, ConferenceInput(
        TODAY, "Maison relais", (Participant("Mme Schmit", "éducatrice"),),
        minutes="Discussion du trajet vers la piscine", decisions="Un parrainage sportif"))
    record_request(agent, family.case_id, RequestInput(
        TODAY, RequestChannel.TELEPHONE_PERMANENCE, RequesterKind.PROFESSIONAL,
        "Demande d'orthophonie", requester_name="Dr Kieffer"), today=TODAY)
    assert family.objective is not None
    family.in_force(validator_context(agent))
    move_case_to_step(agent, family.case_id, 7, today=TODAY)
    record_evaluation(agent, family.case_id, EvaluationInput(
        TODAY, EvaluationOutcome.CONTINUE,
        (ProgressInput(family.objective, 3, "Assiduité retrouvée"),),
        proposals="Prolonger l'accompagnement jusqu'aux vacances"))

    assert "boulangerie" in only(agent, "boulang", family)  # a person's notes
    passage = only(agent, "retards lundi", family)  # a contact note, words in any order
    assert f"{HIT_START}retards{HIT_END}" in passage and f"{HIT_START}lundi{HIT_END}" in passage
    assert "institutrice" in passage
    assert "piscine" in only(agent, "piscine", family)  # a conference's minutes
    assert "parrainage" in only(agent, "parrainage", family)  # and its decisions
    assert "orthophonie" in only(agent, "orthophonie", family)  # a request
    assert "Kieffer" in only(agent, "kieffer", family)  # who made it
    assert "vacances" in only(agent, "vacances", family)  # an evaluation's proposals
    assert "Assiduité" in only(agent, "assiduite", family)  # accents folded: a progress note
    # A name and a written word find the dossier together; the names alone show no passage.
    assert "boulangerie" in only(agent, "tavares boulangerie", family)
    assert only(agent, "tavares", family) == ""
    assert found(agent, "boulangerie retards piscine")  # three records of one dossier
    assert found(agent, "boulangerie hoffmann") == {}


def test_a_closed_dossier_is_found_only_when_asked(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    family.in_force(validator_context(agent))
    closed_on = TODAY + timedelta(days=5)
    close_case(agent, family.case_id, ClosureInput(
        closed_on, ClosureReason.FAMILY_WITHDREW, "La famille déménage au Portugal"),
        today=closed_on)
    assert found(agent, "portugal") == {}
    rows = found(agent, "portugal", include_closed=True)
    assert list(rows) == [family.case_id]
    assert f"{HIT_START}Portugal{HIT_END}" in rows[family.case_id].passage


def test_a_deleted_record_is_no_longer_found(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    update_person_notes(agent, family.father, "Chauffeur routier")
    assert only(agent, "routier", family)
    update_person_notes(agent, family.father, "Chauffeur de bus")
    assert found(agent, "routier") == {}
    assert only(agent, "bus", family)


def test_anonymised_words_are_not_found_nor_left_in_the_index(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY, child_born=date(2007, 1, 9), surname="Kelmendi")
    update_person_notes(agent, family.child, "Passionnée de trampoline")
    log_contact(agent, family.case_id, ContactInput(
        NOON, "Ana Sofia Kelmendi", ContactChannel.HOME_VISIT,
        "Visite : Léa montre ses dessins de girafes"), now=NOON)
    assert only(agent, "trampoline", family) and only(agent, "girafes lea", family)
    assert b"ampoline" in index_pages(agent)
    anonymise_person(agent, family.child, TODAY)
    assert found(agent, "trampoline") == {}  # her own notes
    assert found(agent, "lea") == {}  # her name inside another record's text
    assert "girafes" in only(agent, "girafes", family)  # the rest of that note stays
    assert "Kelmendi" in only(agent, "girafes kelmendi", family)  # her mother's name stays
    with agent.reading() as session:
        texts = " ".join(session.execute(text("SELECT texts FROM case_search")).scalars())
    assert "trampoline" not in texts and "Léa" not in texts and "girafes" in texts
    assert b"ampoline" not in index_pages(agent)


def test_the_index_of_written_texts_is_rebuilt_identically(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    update_person_notes(agent, family.mother, "Une note")
    log_contact(agent, family.case_id, ContactInput(
        NOON, "Mme Weber", ContactChannel.EMAIL, "Un échange"), now=NOON)
    with agent.store.transaction("check") as session:
        before = session.execute(text("SELECT rowid, number, names, texts FROM case_search"))\
            .all()
        search_index.rebuild(session.connection())
        after = session.execute(text("SELECT rowid, number, names, texts FROM case_search"))\
            .all()
    assert before == after and "Un échange" in before[0].texts


def test_the_passage_is_shown_only_where_a_word_was_found() -> None:
    texts = ("Mme Weber: un échange sur la scolarité\n"
             "École fondamentale: absences répétées le lundi, retards les autres jours de la "
             "semaine depuis la rentrée de septembre et un cahier de devoirs jamais signé")
    assert found_passage(texts, ["tavares"]) == ""  # found by a name: no passage
    assert found_passage("", ["retards"]) == ""
    # The record holding most of the words, the hits marked whole, accents and case ignored.
    shown = found_passage(texts, ["ecole", "RETA"])
    assert shown.startswith(f"{HIT_START}École{HIT_END} fondamentale: absences")
    assert f"{HIT_START}retards{HIT_END}" in shown and shown.endswith("…")
    assert "Weber" not in shown
    # A hit far into a record: a few words before it, the cut marked.
    far = found_passage(texts, ["cahier"])
    assert far.startswith("…") and f"{HIT_START}cahier{HIT_END}" in far
    assert far.split(HIT_START)[0].count(" ") <= 4
    # A record whose first field is empty (a request without the requester's name) shows
    # no separator before its text.
    assert found_passage(": L’école signale des absences", ["ecole"]) == (
        f"L’{HIT_START}école{HIT_END} signale des absences")
    # Only words starting with what was typed: "ours" is not in "jours".
    assert found_passage(texts, ["ours"]) == ""


def test_a_purged_dossier_leaves_no_written_word_in_the_index(agent: ServiceContext) -> None:
    """A dossier transferred away is purged: its written texts leave the index's pages too."""
    gone = Family.open(agent, TODAY, surname="Quennebert")
    kept = Family.open(agent, TODAY, surname="Hoffmann")
    update_person_notes(agent, gone.mother, "Apicultrice à Vianden")
    update_person_notes(agent, kept.mother, "Boulangère à Wiltz")
    with agent.store.transaction("uploaded") as session:  # nothing waits for upload any more
        session.execute(text("DELETE FROM outbox"))
    assert b"ultrice" in index_pages(agent)
    assert purge_scopes(agent, [f"{CASE_SCOPE_PREFIX}{gone.case_id}"]) == [gone.case_id]
    assert found(agent, "apicultrice") == {} and found(agent, "boulangere")
    pages = index_pages(agent)
    assert b"ultrice" not in pages and b"nnebert" not in pages
    assert b"ngere" in pages  # the other dossier's words stay


def index_pages(ctx: ServiceContext) -> bytes:
    """The index's own pages, where deleted words linger until its segments are merged.
    Terms are stored after the prefix they share with the previous one: look for a word's
    end ("ultrice" of "apicultrice"), which is always written out."""
    with ctx.reading() as session:
        return b"".join(session.execute(text("SELECT block FROM case_search_data")).scalars())


def test_a_document_attached_is_found_by_its_title_and_its_source(
        agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    Family.open(agent, TODAY, surname="Hoffmann")
    add_document(agent, family.case_id, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, DocumentDescription(
        DossierDocumentKind.MEDICAL_REPORT, TODAY, "Cabinet pédiatrique Mersch",
        "Bilan orthophonique"), today=TODAY)
    assert "orthophonique" in only(agent, "orthophon", family)
    assert "Mersch" in only(agent, "pédiatrique", family)
