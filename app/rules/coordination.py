"""Step 6, coordination: the minutes of a case conference and the contact log say who took
part and what was said (process rules, no article)."""

from __future__ import annotations

from collections.abc import Iterable

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def conference_unmet(place: str, participants: Iterable[tuple[str, str]]) -> list[Unmet]:
    """Every reason the conference cannot be recorded; ``participants``: (name, role)."""
    named = list(participants)
    unmet: list[Unmet] = []
    if not place.strip() or not named:
        unmet.append(Unmet("conference.place_participants", QT_TRANSLATE_NOOP(
            "Plans", "Give the place of the conference and who took part, with their role.")))
    if any(not name.strip() or not role.strip() for name, role in named):
        unmet.append(Unmet("conference.participant", QT_TRANSLATE_NOOP(
            "Plans", "Give each participant's name and role.")))
    return unmet


def contact_unmet(with_whom: str, summary: str, in_future: bool = False) -> list[Unmet]:
    """``in_future``: the contact is dated after now (beyond the clocks' margin)."""
    unmet: list[Unmet] = []
    if not with_whom.strip() or not summary.strip():
        unmet.append(Unmet("contact.who_what", QT_TRANSLATE_NOOP(
            "Plans", "Say with whom the contact was and what was said or agreed.")))
    if in_future:
        unmet.append(Unmet("contact.in_future", QT_TRANSLATE_NOOP(
            "Plans", "This contact is in the future: note a contact once it took place.")))
    return unmet


def report_request_unmet(recipient: str, about: str) -> list[Unmet]:
    """A request for a report names whom it goes to and whom the report is about."""
    if recipient.strip() and about.strip():
        return []
    return [Unmet("letter.report_request", QT_TRANSLATE_NOOP(
        "Plans", "Say to whom the request goes and whom the report is about."))]
