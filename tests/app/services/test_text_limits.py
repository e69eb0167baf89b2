"""A text longer than its field's limit is refused by whichever service writes it, and nothing
of the action is written; a text at its limit is kept whole."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import Case, Person, PersonRole
from app.domain.text_limits import text_limit
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.dossier.opening import PersonInput, add_person
from app.services.steps.analysis import set_working_frame
from tests.app.services.family import Family

TODAY = date(2026, 3, 2)


def test_a_field_at_its_limit_is_kept_and_one_more_character_is_refused(
        agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    limit = text_limit("case_file", "working_frame")
    assert limit is not None
    at_limit = ("Rencontres à domicile. " * 400)[:limit - 1] + "Z"
    set_working_frame(agent, family.case_id, at_limit)
    with pytest.raises(RuleViolation) as refused:
        set_working_frame(agent, family.case_id, at_limit + "!")
    assert refused.value.codes == ("text.too_long",)
    assert f"{limit + 1:,}".replace(",", "\u00a0") in refused.value.message("fr")
    with agent.reading() as session:
        case = session.get(Case, family.case_id)
        assert case is not None and case.working_frame == at_limit


def test_a_new_record_with_a_too_long_name_is_not_written(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    with agent.reading() as session:
        before = session.query(Person).count()
    with pytest.raises(RuleViolation) as refused:
        add_person(agent, family.case_id, PersonInput(
            PersonRole.OTHER_RELATIVE, "Odile", "N" * 121, date(1961, 4, 1)),
            today=TODAY, confirmed_new=True)
    assert refused.value.codes == ("text.too_long",)
    with agent.reading() as session:
        assert session.query(Person).count() == before
