"""Hostile text through every service that takes typed text and every document printed from
it (``hostile_family``): refused in the service's own words or kept exactly, each PDF rendered
and read back, and the store whole after each batch (reopened, SQLite's integrity check)."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from sqlalchemy import text

from app.documents.closure_letter import render_closure_letter
from app.documents.conference import render_conference_invitation, render_conference_minutes
from app.documents.family_export import render_family_export
from app.documents.plan import render_plan
from app.documents.semester_list import render_semester_list
from app.documents.statistics_report import render_statistics_report
from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store, unlock_store
from tests.app.documents.poppler import words
from tests.app.services.family import OFFICE, validator_context
from tests.conftest import PASSPHRASE
from tests.proof.budget import record, scale
from tests.proof.hostile_family import CLOSED, HostileFamily, Tally, close_hostile, hostile_family
from tests.proof.hostile_strings import HOSTILE, hostile_strings
from tests.store_template import fresh_store

#: Families per run: each takes the next strings of the list, so that over the batches every
#: string lands in several fields.
BATCHES = scale(4, 40)
#: Shown literally in the conference minutes: markup must print as typed, not be obeyed.
LITERAL = "<b>gras</b> <i>italique</i> <font color='red'>rouge</font>"


def _render(agent: ServiceContext, hostile: HostileFamily) -> dict[str, bytes]:
    family = hostile.family
    return {
        "plan": render_plan(agent, hostile.version),
        "invitation": render_conference_invitation(agent, hostile.conference, hostile.subject),
        "minutes": render_conference_minutes(agent, hostile.conference),
        "dossier for the family": render_family_export(agent, family.case_id, family.mother,
                                                       CLOSED),
        "semester list": render_semester_list(agent, __import__("datetime").date(2026, 4, 1)),
        "statistics": render_statistics_report(agent, CLOSED),
    }


def _whole(folder: Path) -> None:
    """The store reopened from disk passes SQLite's own integrity and foreign key checks."""
    store = unlock_store(folder, PASSPHRASE, keyring_backend=None)
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        store.lock()


def _opened(folder: Path) -> tuple[Store, ServiceContext]:
    store = fresh_store(folder, PASSPHRASE)
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return store, sign_in_local_agent(ctx, "cpi.test", "Agent de test", OFFICE)


def test_hostile_text_is_refused_or_kept_and_every_document_prints(tmp_path: Path) -> None:
    started = time.perf_counter()
    strings = hostile_strings()
    endless = itertools.cycle(strings)
    tally, documents = Tally(), 0
    for batch in range(BATCHES):
        folder = tmp_path / f"store-{batch}"
        store, agent = _opened(folder)
        try:
            hostile = hostile_family(agent, validator_context(agent), endless, tally)
            pdfs = _render(agent, hostile)
            close_hostile(agent, hostile, endless, tally)
            pdfs["closure letter"] = render_closure_letter(agent, hostile.family.case_id)
        finally:
            store.lock()
        for name, pdf in pdfs.items():
            assert pdf.startswith(b"%PDF-") and words(pdf), name  # poppler reads it back
        documents += len(pdfs)
        _whole(folder)
    assert tally.kept > tally.refused > 0, tally  # both outcomes happen: the test can tell
    record("hostile_texts", {"hostile_strings": len(strings), "batches": BATCHES,
                             "values_kept": tally.kept, "values_refused": tally.refused,
                             "services": len(tally.services), "documents": documents,
                             "seconds": round(time.perf_counter() - started, 1)})


def test_markup_prints_as_typed(tmp_path: Path) -> None:
    """The layout's own markup (``<b>``, ``<font>``) typed by an agent is text, not styling."""
    assert LITERAL in HOSTILE
    store, agent = _opened(tmp_path / "store")
    try:
        from datetime import date

        from app.services.steps.coordination import (
            ConferenceInput,
            Participant,
            record_case_conference,
        )
        from tests.app.services.family import Family
        family = Family.open(agent, date(2026, 3, 2))
        conference = record_case_conference(agent, family.case_id, ConferenceInput(
            date(2026, 3, 20), "Esch", (Participant("A & B <C>", "mère"),), LITERAL, "x"))
        shown = words(render_conference_minutes(agent, conference))
    finally:
        store.lock()
    assert LITERAL in shown and "A & B <C>" in shown, shown


def test_a_million_characters_are_refused_and_the_store_stays_whole(tmp_path: Path) -> None:
    """Far past any form's use (one such field made the plan take minutes to print): refused
    with the field's limit, nothing written, the store still sound."""
    from datetime import date

    import pytest

    from app.domain import Case, Person
    from app.rules import RuleViolation
    from app.services.dossier.opening import update_person_notes
    from app.services.steps.analysis import set_working_frame
    from tests.app.services.family import Family
    huge = "Lëtzebuerg 👨‍👩‍👧 \ud83d\ude00 " * 50_000
    store, agent = _opened(tmp_path / "store")
    try:
        family = Family.open(agent, date(2026, 3, 2))
        with pytest.raises(RuleViolation) as notes:
            update_person_notes(agent, family.mother, huge)
        with pytest.raises(RuleViolation) as frame:
            set_working_frame(agent, family.case_id, huge)
        assert notes.value.codes == frame.value.codes == ("text.too_long",)
        with agent.reading() as session:
            person, case = session.get(Person, family.mother), session.get(Case, family.case_id)
            assert person is not None and case is not None
            assert person.notes == "" and case.working_frame == ""
    finally:
        store.lock()
    _whole(tmp_path / "store")
