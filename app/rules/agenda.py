"""The agent's week: appointments and tasks (process rules, no article)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def appointment_unmet(*, ends_before_start: bool, in_past: bool = False) -> list[Unmet]:
    """Every reason an appointment cannot be planned or moved to these times; ``in_past``:
    it would start before now (an appointment that took place is noted as a contact)."""
    unmet: list[Unmet] = []
    if ends_before_start:
        unmet.append(Unmet("appointment.ends_before_start", QT_TRANSLATE_NOOP(
            "Agenda", "The appointment must end after it starts.")))
    if in_past:
        unmet.append(Unmet("appointment.in_past", QT_TRANSLATE_NOOP(
            "Agenda", "This time has passed: plan an appointment ahead, or note the contact "
                      "that took place.")))
    return unmet


def reason_unmet(reason: str) -> list[Unmet]:
    if reason.strip():
        return []
    return [Unmet("agenda.reason", QT_TRANSLATE_NOOP(
        "Agenda", "Give the reason, so that the dossier keeps why."))]


def appointment_open_unmet(planned: bool) -> list[Unmet]:
    """Only a planned appointment is moved, cancelled or noted as held."""
    if planned:
        return []
    return [Unmet("appointment.not_planned", QT_TRANSLATE_NOOP(
        "Agenda", "This appointment was already cancelled or noted as held."))]


def held_unmet(in_future: bool) -> list[Unmet]:
    if not in_future:
        return []
    return [Unmet("appointment.not_yet", QT_TRANSLATE_NOOP(
        "Agenda", "This appointment has not started yet: note it once it took place."))]


def expected_unmet(known: bool) -> list[Unmet]:
    """The persons and stakeholders expected belong to the appointment's dossier."""
    if known:
        return []
    return [Unmet("appointment.expected", QT_TRANSLATE_NOOP(
        "Agenda", "Expect only persons and stakeholders of this dossier (an appointment on "
                  "no dossier expects none)."))]


def task_unmet(text: str) -> list[Unmet]:
    if text.strip():
        return []
    return [Unmet("task.text", QT_TRANSLATE_NOOP("Agenda", "Say what is to be done."))]


def task_open_unmet(open_: bool) -> list[Unmet]:
    if open_:
        return []
    return [Unmet("task.closed", QT_TRANSLATE_NOOP(
        "Agenda", "This task is already done or dropped."))]


def task_source_unmet(same_dossier: bool) -> list[Unmet]:
    if same_dossier:
        return []
    return [Unmet("task.source", QT_TRANSLATE_NOOP(
        "Agenda", "The contact note or the conference belongs to another dossier."))]


def contact_dossier_unmet(on_dossier: bool) -> list[Unmet]:
    """An appointment on no dossier cannot become a contact note."""
    if on_dossier:
        return []
    return [Unmet("appointment.no_dossier", QT_TRANSLATE_NOOP(
        "Agenda", "A contact note belongs to a dossier: this appointment is on none."))]
