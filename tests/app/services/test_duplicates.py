"""A new person with the same birth date and a close name is flagged before it is saved."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import PersonRole
from app.rules.duplicates import is_probable_duplicate, normalised_name
from app.services.base.context import ServiceContext
from app.services.caseload.listing import get_dossier
from app.services.dossier.opening import (
    PersonInput,
    PossibleDuplicate,
    add_person,
    find_similar_persons,
)
from tests.app.services.family import Family

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(("first", "second"), [
    (("Ana Sofia", "da Silva Pereira"), ("Ana-Sofia", "PEREIRA")),  # particles, hyphen, order
    (("Joël", "Müller"), ("Joel", "Muller")),  # accents
    (("Jhang", "Weber"), ("Weber", "Jhang")),  # Luxembourgish order: surname first
    (("Léa", "Tavares"), ("Lea", "Tavarès")),
    (("Mateus", "Gonçalves Lopes"), ("Mateus", "Lopes")),  # Portuguese compound surname
])
def test_close_names_match(first: tuple[str, str], second: tuple[str, str]) -> None:
    assert is_probable_duplicate(normalised_name(*first), normalised_name(*second))


@pytest.mark.parametrize(("first", "second"), [
    (("Kevin", "Hoffmann"), ("Luc", "Hoffmann")),
    (("Arben", "Krasniqi"), ("Ardit", "Berisha")),
])
def test_different_names_do_not(first: tuple[str, str], second: tuple[str, str]) -> None:
    assert not is_probable_duplicate(normalised_name(*first), normalised_name(*second))


def test_adding_a_probable_duplicate_asks_for_confirmation(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    similar = PersonInput(PersonRole.CHILD, "Lea", "TAVARES", date(2014, 5, 17))
    other_day = PersonInput(PersonRole.CHILD, "Lea", "Tavares", date(2014, 5, 18))
    assert [m.full_name for m in find_similar_persons(agent, "Lea", "Tavares",
                                                      date(2014, 5, 17))] == ["Léa Tavares"]
    with pytest.raises(PossibleDuplicate) as warned:
        add_person(agent, family.case_id, similar, today=TODAY)
    assert warned.value.codes == ("person.possible_duplicate",)
    assert "Léa Tavares" in warned.value.message("fr")
    assert len(get_dossier(agent, family.case_id).persons) == 3  # nothing saved
    add_person(agent, family.case_id, other_day, today=TODAY)  # another birth date: no warning
    add_person(agent, family.case_id, similar, today=TODAY, confirmed_new=True)
    assert len(get_dossier(agent, family.case_id).persons) == 5
