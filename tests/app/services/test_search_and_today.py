"""Search as you type (FTS5 in the encrypted store), caseload alerts, the Today list, drafts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from app.domain import PersonRole
from app.services.base.context import ServiceContext
from app.services.base.drafts import discard_draft, load_draft, save_draft
from app.services.caseload.listing import CaseAlert, list_caseload
from app.services.caseload.search import fts_query, search_caseload
from app.services.caseload.week import TodayKind, this_week
from app.services.dossier.opening import PersonInput, add_person, update_person_notes
from app.services.one.duties import anonymise_person
from app.services.plan.versions import record_discernment
from app.store import search_index
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("typed", "expected"), [
    ("", None), ("  -- ", None), ("gonç tav", '"gonç"* "tav"*'),
    ('NEAR(a b) OR "x', '"NEAR"* "a"* "b"* "OR"* "x"*'),
])
def test_typed_words_become_quoted_prefixes(typed: str, expected: str | None) -> None:
    assert fts_query(typed) == expected


def test_search_is_accent_insensitive_and_follows_every_change(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY, surname="Gonçalves-Tavares")
    other = Family.open(agent, TODAY, surname="Hoffmann")
    found = [r.case_id for r in search_caseload(agent, "goncalves", today=TODAY)]
    assert found == [family.case_id]
    assert [r.case_id for r in search_caseload(agent, "TAVA léa", today=TODAY)] == [
        family.case_id]
    assert {r.case_id for r in search_caseload(agent, "weber", today=TODAY)} == {
        family.case_id, other.case_id}  # both families have a Jeff Weber
    number = search_caseload(agent, "hoffmann", today=TODAY)[0].number  # SUD-2026-XXXXXX
    assert [r.case_id for r in search_caseload(agent, number, today=TODAY)] == [other.case_id]
    assert len(search_caseload(agent, number[:8], today=TODAY)) == 2  # office and year prefix
    add_person(agent, other.case_id, PersonInput(PersonRole.CHILD, "Ilírida", "Berisha",
                                                 date(2019, 4, 4)), today=TODAY)
    assert [r.case_id for r in search_caseload(agent, "ilirida", today=TODAY)] == [
        other.case_id]
    assert len(search_caseload(agent, "", today=TODAY)) == 2
    assert search_caseload(agent, "NEAR(", today=TODAY) == []  # FTS syntax is not run


def test_anonymisation_empties_the_search_index_too(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY, child_born=date(2007, 1, 9), surname="Kelmendi")
    assert search_caseload(agent, "léa", today=TODAY) != []
    anonymise_person(agent, family.child, TODAY)
    assert search_caseload(agent, "léa", today=TODAY) == []
    assert search_caseload(agent, "kelmendi", today=TODAY) != []  # her mother's name
    with agent.reading() as session:
        indexed = session.execute(text("SELECT names FROM case_search")).scalars().all()
        # The index's own pages, where deleted words linger until its segments are merged.
        pages = b"".join(session.execute(text("SELECT block FROM case_search_data")).scalars())
    assert all("Léa" not in names for names in indexed)
    assert b"lea" not in pages and "Ana Sofia Kelmendi" in " ".join(indexed)


def test_the_index_is_rebuilt_identically(agent: ServiceContext) -> None:
    Family.open(agent, TODAY)
    with agent.store.transaction("check") as session:
        before = session.execute(text("SELECT rowid, number, names FROM case_search")).all()
        search_index.rebuild(session.connection())
        after = session.execute(text("SELECT rowid, number, names FROM case_search")).all()
    assert before == after and before


def test_caseload_rows_carry_next_due_and_alerts(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    quiet = Family.open(agent, TODAY, surname="Schmit")
    family.in_force(validator_context(agent))
    rows = {r.case_id: r for r in list_caseload(agent, today=TODAY)}
    assert rows[family.case_id].next_due == date(2027, 3, 2)  # review before the objective
    assert CaseAlert.UNSYNCED in rows[quiet.case_id].alerts  # nothing has been synced yet
    later = {r.case_id: r for r in list_caseload(agent, today=date(2027, 2, 20))}
    assert later[family.case_id].next_due == date(2027, 3, 2)
    assert CaseAlert.REVIEW_DUE_SOON in later[family.case_id].alerts
    overdue = {r.case_id: r for r in list_caseload(agent, today=date(2027, 3, 3))}
    assert CaseAlert.REVIEW_OVERDUE in overdue[family.case_id].alerts
    assert CaseAlert.REVIEW_OVERDUE not in overdue[quiet.case_id].alerts


def test_this_week_lists_what_falls_due(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "jeune")
    family.ready_version()
    kinds = {(item.case_id, item.kind) for item in this_week(agent, TODAY)}
    assert (family.case_id, TodayKind.AWAITING_SIGNATURES) in kinds
    assert (family.case_id, TodayKind.MEASURE_STARTS) in kinds
    due_week = this_week(agent, date(2027, 6, 25))
    assert any(i.kind is TodayKind.OBJECTIVE_DUE and i.on == date(2027, 6, 30) for i in due_week)
    assert this_week(agent, TODAY - timedelta(days=30)) != []  # overdue items stay listed


def test_a_draft_survives_until_discarded(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    assert load_draft(agent, "assessment", family.case_id) is None
    save_draft(agent, "assessment", family.case_id, 1, {"needs": "Un cadre stable"})
    save_draft(agent, "assessment", family.case_id, 2, {"needs": "Un cadre stable, école"})
    save_draft(agent, "new_case", None, 0, {"last_name": "Ribeiro"})
    draft = load_draft(agent, "assessment", family.case_id)
    assert draft is not None and draft.page == 2 and draft.fields["needs"].endswith("école")
    assert load_draft(agent, "new_case", None) is not None
    update_person_notes(agent, family.mother, "note")  # drafts never reach the outbox
    discard_draft(agent, "assessment", family.case_id)
    assert load_draft(agent, "assessment", family.case_id) is None
