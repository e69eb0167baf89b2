"""A finished form's draft ends in the same commit as its records: never a record without the
draft's end (finishing again would record it twice), never a lost draft on a refusal."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.domain import PersonRole
from app.rules import RuleViolation
from app.services.base.context import ServiceContext, finishing_draft
from app.services.base.drafts import load_draft, save_draft
from app.services.dossier.opening import PersonInput, add_person
from tests.app.services.family import Family

TODAY = date(2026, 12, 7)


def test_the_record_and_the_end_of_its_draft_commit_together(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    save_draft(agent, "dialog.add_person", family.case_id, 0, {"firstName": "Odile"})
    with finishing_draft(agent, "dialog.add_person", family.case_id):
        add_person(agent, family.case_id, PersonInput(
            PersonRole.OTHER_RELATIVE, "Odile", "Grand-Mère"), today=TODAY, confirmed_new=True)
    assert load_draft(agent, "dialog.add_person", family.case_id) is None


def test_a_refused_record_keeps_its_draft(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    save_draft(agent, "dialog.add_person", family.case_id, 0, {"firstName": ""})
    with pytest.raises(RuleViolation), finishing_draft(agent, "dialog.add_person",
                                                       family.case_id):
        add_person(agent, family.case_id, PersonInput(PersonRole.OTHER_RELATIVE, " ", " "),
                   today=TODAY)
    assert load_draft(agent, "dialog.add_person", family.case_id) is not None
    # The mark does not outlive its block: the next write leaves the draft alone.
    add_person(agent, family.case_id, PersonInput(PersonRole.OTHER_RELATIVE, "Odile", "G."),
               today=TODAY, confirmed_new=True)
    assert load_draft(agent, "dialog.add_person", family.case_id) is not None


def test_a_form_that_wrote_nothing_forgets_its_draft_all_the_same(
    agent: ServiceContext,
) -> None:
    key = uuid.uuid4()
    save_draft(agent, "open_case", key, 1, {"what": "Soutien"})
    with finishing_draft(agent, "open_case", key):
        pass
    assert load_draft(agent, "open_case", key) is None
