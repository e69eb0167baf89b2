"""The persons of a dossier's family constellation and their links, as the agent enters them
(step 1): plain input rules, no article of the law."""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def person_unmet(first_name: str, last_name: str, birth_date: date | None,
                 today: date) -> list[Unmet]:
    """Every reason a person cannot be recorded as typed (empty: they can)."""
    unmet: list[Unmet] = []
    if not first_name.strip() and not last_name.strip():
        unmet.append(Unmet("person.name_missing", QT_TRANSLATE_NOOP(
            "Cases", "Enter at least a first name or a last name for each person.")))
    if birth_date is not None and birth_date > today:
        unmet.append(Unmet("person.birth_date_future", QT_TRANSLATE_NOOP(
            "Cases", "The birth date {date} is in the future. Check the date."
        ).format(date=birth_date.strftime("%d/%m/%Y"))))
    return unmet


def link_unmet(same_person: bool) -> list[Unmet]:
    """A relationship links two different persons."""
    if not same_person:
        return []
    return [Unmet("person.self_link", QT_TRANSLATE_NOOP(
        "Cases", "A person cannot be related to themselves. Choose two different persons."))]


def person_in_dossier_unmet(in_dossier: bool) -> list[Unmet]:
    """A person named for a dossier they are not (or no longer) part of."""
    if in_dossier:
        return []
    return [Unmet("person.other_dossier", QT_TRANSLATE_NOOP(
        "Cases", "This person is not part of the dossier. Reload the dossier."))]


def duplicate_unmet(name: str, birth_date: date, case_number: str) -> Unmet:
    """The warning that ``name`` may already exist: confirmed, the person is added anyway."""
    return Unmet("person.possible_duplicate", QT_TRANSLATE_NOOP(
        "Cases", "{name}, born on {date}, may already exist (dossier {number}). Check the "
                 "dossier, then confirm that this is another person.").format(
        name=name, date=birth_date.strftime("%d/%m/%Y"), number=case_number))
