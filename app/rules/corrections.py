"""Correcting and ending what was typed about the family and its network.

Everything an agent typed can be corrected (a typo, a new phone number) and a tie or a
professional's involvement can end; what ends keeps its date and reason so that the history
and the next plan's signatories say what happened. A dossier opened by mistake is cancelled,
never deleted, and only while nothing the law freezes was written in it: a signed or validated
plan makes it a real dossier, which is closed instead.
"""

from __future__ import annotations

import re
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet

#: An e-mail address as people type it: something, "@", a domain with a dot.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: A telephone number: digits with the usual separators and an optional leading "+".
PHONE = re.compile(r"^\+?[0-9 ./()-]{4,}$")


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def contact_details_unmet(email: str, phones: tuple[str, ...]) -> list[Unmet]:
    """Every reason a person's contact details cannot be saved as typed (empty: they can)."""
    unmet: list[Unmet] = []
    if email.strip() and not EMAIL.match(email.strip()):
        unmet.append(Unmet("person.email", QT_TRANSLATE_NOOP(
            "Corrections", "“{email}” is not an e-mail address: write it as name@example.lu, "
                           "or leave the field empty.").format(email=email.strip())))
    unmet += [Unmet("person.phone", QT_TRANSLATE_NOOP(
        "Corrections", "“{phone}” is not a telephone number: use digits, spaces and an "
                       "optional + (e.g. +352 621 123 456).").format(phone=phone.strip()))
              for phone in phones if phone.strip() and not PHONE.match(phone.strip())]
    return unmet


def end_unmet(ended_on: date, began_on: date | None, reason: str, today: date) -> list[Unmet]:
    """Why a tie or a professional's involvement cannot end on ``ended_on`` (empty: it can)."""
    unmet: list[Unmet] = []
    if not reason.strip():
        unmet.append(Unmet("end.reason_missing", QT_TRANSLATE_NOOP(
            "Corrections", "Say why it ends (e.g. the court's decision and its date): the "
                           "history keeps the reason.")))
    if ended_on > today:
        unmet.append(Unmet("end.in_future", QT_TRANSLATE_NOOP(
            "Corrections", "The end date {date} is in the future: record the end once it "
                           "took effect.").format(date=_day(ended_on))))
    if began_on is not None and ended_on < began_on:
        unmet.append(Unmet("end.before_start", QT_TRANSLATE_NOOP(
            "Corrections", "The end date {date} comes before the start ({start}). Check the "
                           "dates.").format(date=_day(ended_on), start=_day(began_on))))
    return unmet


def already_ended_unmet(ended_on: date | None) -> list[Unmet]:
    """An ended tie or involvement is history: it is not ended or changed again."""
    if ended_on is None:
        return []
    return [Unmet("end.already_ended", QT_TRANSLATE_NOOP(
        "Corrections", "This ended on {date}: it stays in the history as it was. Record a "
                       "new one if it starts again.").format(date=_day(ended_on)))]


def link_change_unmet(changed: bool) -> list[Unmet]:
    """A change of a tie must change something."""
    unmet: list[Unmet] = []
    if not changed:
        unmet.append(Unmet("link.unchanged", QT_TRANSLATE_NOOP(
            "Corrections", "Nothing changes: tick or untick parental authority or legal "
                           "representation, or choose another relationship.")))
    return unmet


def cancellation_unmet(open_: bool, frozen_plan: bool, reason: str) -> list[Unmet]:
    """Why the dossier cannot be cancelled as opened by mistake (empty: it can)."""
    unmet: list[Unmet] = []
    if not open_:
        unmet.append(Unmet("cancel.not_open", QT_TRANSLATE_NOOP(
            "Corrections", "Only an open dossier can be cancelled: this one is closed or "
                           "already cancelled.")))
    if frozen_plan:
        unmet.append(Unmet("cancel.plan_signed", QT_TRANSLATE_NOOP(
            "Corrections", "A plan of this dossier was signed or validated: it is a real "
                           "dossier. Close it with a reason instead (step 8).")))
    if not reason.strip():
        unmet.append(Unmet("cancel.reason_missing", QT_TRANSLATE_NOOP(
            "Corrections", "Say why the dossier was opened by mistake (e.g. a duplicate of "
                           "dossier SUD-2026-…): the ONE reads it.")))
    return unmet
