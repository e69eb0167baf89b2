"""The words an anonymisation (art. 7) replaces in other records' texts: the person's names in
any accents, case or Unicode form, their birth date however written, and nothing else (not a
longer word that starts alike, not the family name a sibling bears, not codes and dates of
events in plan snapshots)."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import date

import pytest

from app.domain import Person, PersonRole
from app.services.dossier.anonymise import (
    PlainWords,
    Subject,
    person_words,
    redact_json,
    redact_text,
)


def _person(first: str, last: str, born: date | None = None) -> Person:
    return Person(id=uuid.uuid4(), role=PersonRole.CHILD, first_name=first, last_name=last,
                  birth_date=born)


ZOE = _person("Zoé Ana", "da Silva Kovačević", date(2008, 4, 15))
SISTER = _person("Léa", "Kovačević", date(2014, 5, 17))
WORDS = PlainWords(person_words(ZOE, [ZOE, SISTER]))


def test_her_words_are_her_first_names_her_own_family_names_and_birth_date() -> None:
    # "da" is a particle; "Kovačević" is her sister's name too: both stay.
    assert WORDS.keys == frozenset({"zoe", "ana", "silva", "2008-04-15"})


@pytest.mark.parametrize(("written", "left"), [
    ("Zoé va mieux", "— va mieux"),
    ("ZOÉ", "—"),
    (unicodedata.normalize("NFD", "zoé et Léa"), "— et Léa"),
    ("Zoe Silva-Kovačević", "— —-Kovačević"),
    ("née le 15.04.2008, le 15/4/2008 ou le 2008-04-15", "née le —, le — ou le —"),
    ("le 16.04.2008 et le 15.04.2009", "le 16.04.2008 et le 15.04.2009"),
    ("Zoey, Anabelle et Silvana", "Zoey, Anabelle et Silvana"),
    ("", ""),
])
def test_texts_lose_her_words_only(written: str, left: str) -> None:
    assert redact_text(written, WORDS) == left


def test_a_text_without_her_is_the_same_object() -> None:
    text = "Léa Kovačević va à l’école"
    assert redact_text(text, WORDS) is text


def test_snapshots_lose_her_entries_and_words_but_keep_codes_and_dates() -> None:
    subject = Subject(ZOE.id, WORDS, frozenset({ZOE.id}))
    snapshot = {"beneficiaries": [{"id": str(ZOE.id), "name": "Zoé", "birth_date": "2008-04-15"},
                                  {"id": str(SISTER.id), "name": "Léa Kovačević"}],
                "measures": [{"code": "i", "starts_on": "2008-04-15",
                              "volume_note": "pour Zoé et Léa"}]}
    assert redact_json(snapshot, subject) == {
        "beneficiaries": [{"id": str(ZOE.id), "name": "—", "birth_date": None},
                          {"id": str(SISTER.id), "name": "Léa Kovačević"}],
        "measures": [{"code": "i", "starts_on": "2008-04-15", "volume_note": "pour — et Léa"}]}
