"""What every change needs before any rule of the law: the record or dossier is still on this
computer, and belongs to the dossier at hand (a stale screen, a wrong id, a record removed by a
synchronisation)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def record_unmet(exists: bool) -> list[Unmet]:
    """A record the agent acts on, gone from this computer (never there, or deleted)."""
    if exists:
        return []
    return [Unmet("record.gone", QT_TRANSLATE_NOOP(
        "Cases", "This item no longer exists on this computer. Reload the dossier."))]


def case_unmet(exists: bool) -> list[Unmet]:
    """A dossier the agent acts on, gone from this computer."""
    if exists:
        return []
    return [Unmet("case.gone", QT_TRANSLATE_NOOP(
        "Cases", "This dossier no longer exists on this computer. Reload the caseload."))]


def in_dossier_unmet(in_dossier: bool) -> list[Unmet]:
    """A record named for a dossier it is not part of."""
    if in_dossier:
        return []
    return [Unmet("record.other_dossier", QT_TRANSLATE_NOOP(
        "Cases", "This item is not part of the dossier. Reload the dossier."))]
