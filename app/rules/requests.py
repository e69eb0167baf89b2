"""Who may ask for aid, and when (art. 1, 3 and 4 of the law of 16 December 2008).

A request (demande) may be recorded at any time in an open dossier: a parent asks again, a
school refers, a young adult asks for herself. Art. 1: a young adult (18 to 26, art. 3.2) is a
beneficiary only on her own request, so a request recorded as a young adult's must come from a
person of that age.
"""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet
from app.rules.ages import AgeGroup, age_group


def requester_unmet(*, named: bool, young_adult: bool, person_name: str | None,
                    birth_date: date | None, received_on: date) -> list[Unmet]:
    """Why the request cannot be recorded as told (empty: it can).

    ``named``: a person of the dossier was chosen or a name typed; ``young_adult``: the
    requester kind says a young adult asks for herself; ``person_name`` and ``birth_date``:
    the person of the dossier who asks, when there is one.
    """
    if not named:
        return [Unmet("request.requester", QT_TRANSLATE_NOOP(
            "Rules", "Say who asks: choose the person of the dossier or type a name."))]
    if not young_adult or person_name is None:
        return []
    if birth_date is None:
        return [Unmet("art3.birth_date_missing", QT_TRANSLATE_NOOP(
            "Rules", "Enter the birth date of {name}: it tells a child from a young adult "
                     "(art. 3).").format(name=person_name),
            article="art. 3")]
    group = age_group(birth_date, received_on)
    if group is AgeGroup.CHILD:
        return [Unmet("art3.not_young_adult", QT_TRANSLATE_NOOP(
            "Rules", "{name} was not yet 18 on the day of the request: record it as the "
                     "child's request (art. 3).").format(name=person_name),
            article="art. 3")]
    if group is AgeGroup.TOO_OLD:
        return [Unmet("art3.too_old", QT_TRANSLATE_NOOP(
            "Rules", "{name} is 27 or older: the law covers children and young adults under 27 "
                     "only (art. 3).").format(name=person_name),
            article="art. 3")]
    return []


def dated_unmet(on: date, today: date, *, not_before: date | None = None) -> list[Unmet]:
    """A date of something that happened: not in the future, not before ``not_before``."""
    if on > today:
        return [Unmet("date.future", QT_TRANSLATE_NOOP(
            "Rules", "The date {date} is in the future. Check the date.").format(
                date=on.strftime("%d/%m/%Y")))]
    if not_before is not None and on < not_before:
        return [Unmet("date.too_early", QT_TRANSLATE_NOOP(
            "Rules", "The date {date} is before {earlier}. Check the date.").format(
                date=on.strftime("%d/%m/%Y"), earlier=not_before.strftime("%d/%m/%Y")))]
    return []
