"""Who may be a beneficiary, by age (art. 1 and 3 of the law of 16 December 2008).

Art. 3.1: a child is under 18. Art. 3.2: a young adult is 18 or older and under 27. Art. 1: the
law applies to every child, and to a young adult in distress *who asks for it*.

A person born on 29 February reaches a new age on 1 March in common years: on 28 February the
full year is not yet accomplished ("dix-huit ans accomplis", art. 3.2).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet

ADULT_AGE = 18  # art. 3.1
YOUNG_ADULT_LIMIT = 27  # art. 3.2: "moins de vingt-sept ans"
#: How long before the 27th birthday running measures raise an alert.
AGE_LIMIT_WARNING = relativedelta(months=3)


class AgeGroup(StrEnum):
    CHILD = "child"
    YOUNG_ADULT = "young_adult"
    TOO_OLD = "too_old"


def age_on(birth_date: date, on: date) -> int:
    """Completed years on ``on`` (29 February birthdays count from 1 March in common years)."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def birthday(birth_date: date, years: int) -> date:
    """The first day on which the person is ``years`` old."""
    try:
        return birth_date.replace(year=birth_date.year + years)
    except ValueError:  # 29 February in a common year
        return date(birth_date.year + years, 3, 1)


def age_group(birth_date: date, on: date) -> AgeGroup:
    age = age_on(birth_date, on)
    if age < ADULT_AGE:
        return AgeGroup.CHILD
    if age < YOUNG_ADULT_LIMIT:
        return AgeGroup.YOUNG_ADULT
    return AgeGroup.TOO_OLD


def age_limit_alert_from(birth_date: date) -> date:
    """From this day on, measures running for the person raise the turning-27 alert."""
    return birthday(birth_date, YOUNG_ADULT_LIMIT) - AGE_LIMIT_WARNING


def beneficiary_unmet(name: str, birth_date: date | None, on: date,
                      asked_themselves: bool) -> list[Unmet]:
    """Why ``name`` cannot be a beneficiary on ``on`` (empty: they can)."""
    if birth_date is None:
        return [Unmet("art3.birth_date_missing", QT_TRANSLATE_NOOP(
            "Rules", "Enter the birth date of {name}: it tells a child from a young adult "
                     "(art. 3).").format(name=name), article="art. 3")]
    group = age_group(birth_date, on)
    if group is AgeGroup.TOO_OLD:
        return [Unmet("art3.too_old", QT_TRANSLATE_NOOP(
            "Rules", "{name} is 27 or older: the law covers children and young adults under 27 "
                     "only (art. 3).").format(name=name), article="art. 3")]
    if group is AgeGroup.YOUNG_ADULT and not asked_themselves:
        return [Unmet("art1.young_adult_request", QT_TRANSLATE_NOOP(
            "Rules", "{name} is a young adult: aid is given only on their own request. Record "
                     "their request (art. 1).").format(name=name), article="art. 1")]
    return []


class AgeLimitAt(StrEnum):
    """The moments after the plan was frozen when art. 3's limit is checked again: a version
    frozen at 26 must not take effect, nor its measures start, once the beneficiary is 27."""

    SIGNATURE = "signature"
    VALIDATION = "validation"
    MEASURE_START = "measure_start"


def age_limit_unmet(at: AgeLimitAt, name: str, birth_date: date | None,
                    on: date) -> list[Unmet]:
    """Why ``name``'s plan cannot be signed, validated or their measure started on ``on``
    (empty: it can): from the 27th birthday the law no longer covers them (art. 3.2, "moins de
    vingt-sept ans"). An unknown birth date is refused earlier, when the version is frozen."""
    if birth_date is None or age_on(birth_date, on) < YOUNG_ADULT_LIMIT:
        return []
    turned, day = birthday(birth_date, YOUNG_ADULT_LIMIT), on.strftime("%d/%m/%Y")
    if at is AgeLimitAt.SIGNATURE:
        return [Unmet("art3.too_old_at_signature", QT_TRANSLATE_NOOP(
            "Rules", "{name} turned 27 on {birthday}: a signature given on {date} cannot make "
                     "the plan take effect, the law covers young adults under 27 only "
                     "(art. 3).").format(name=name, birthday=turned.strftime("%d/%m/%Y"),
                                         date=day), article="art. 3")]
    if at is AgeLimitAt.VALIDATION:
        return [Unmet("art3.too_old_at_validation", QT_TRANSLATE_NOOP(
            "Rules", "{name} turned 27 on {birthday}: the plan cannot be validated on {date}, "
                     "the law covers young adults under 27 only (art. 3).").format(
                name=name, birthday=turned.strftime("%d/%m/%Y"), date=day), article="art. 3")]
    return [Unmet("art3.too_old_at_measure_start", QT_TRANSLATE_NOOP(
        "Rules", "{name} turned 27 on {birthday}: the measure cannot start on {date}, the law "
                 "covers young adults under 27 only (art. 3).").format(
            name=name, birthday=turned.strftime("%d/%m/%Y"), date=day), article="art. 3")]
