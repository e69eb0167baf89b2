"""Resolving a synchronisation conflict: the conflict and its record are still here, the value
fits the field, and what never changes (a frozen plan version, a record only ever added, a
closed dossier) does not change through a conflict either."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def conflict_unmet(exists: bool, resolved: bool) -> list[Unmet]:
    if not exists:
        return [Unmet("conflict.gone", QT_TRANSLATE_NOOP(
            "Conflicts", "This conflict no longer exists on this computer. Synchronise, "
                         "then look again."))]
    if resolved:
        return [Unmet("conflict.resolved", QT_TRANSLATE_NOOP(
            "Conflicts", "This conflict was already resolved. Synchronise to see the "
                         "value kept."))]
    return []


def conflict_record_unmet(present: bool, append_only: bool,
                          dossier_closed: bool) -> list[Unmet]:
    """Every reason the conflicting record may not change now (empty: it may)."""
    if not present:
        return [Unmet("conflict.record_missing", QT_TRANSLATE_NOOP(
            "Conflicts", "The record of this conflict is not on this computer. Synchronise, "
                         "then try again."))]
    unmet: list[Unmet] = []
    if append_only:
        unmet.append(Unmet("conflict.append_only", QT_TRANSLATE_NOOP(
            "Conflicts", "This record is never changed once written (signatures, minutes, "
                         "notes): add a new one instead.")))
    if dossier_closed:
        unmet.append(Unmet("conflict.case_closed", QT_TRANSLATE_NOOP(
            "Conflicts", "The dossier is closed: reopen it before resolving this conflict.")))
    return unmet


def conflict_choice_unmet(known_choice: bool) -> list[Unmet]:
    if known_choice:
        return []
    return [Unmet("conflict.choice", QT_TRANSLATE_NOOP(
        "Conflicts", "Choose my version, their version or type a value."))]


def conflict_value_unmet(error: str | None) -> list[Unmet]:
    """``error``: why the chosen value does not fit the field (None: it fits)."""
    if error is None:
        return []
    return [Unmet("conflict.value_unfit", QT_TRANSLATE_NOOP(
        "Conflicts", "This value does not fit the field ({reason}). Correct it or "
                     "choose one of the two versions.").format(reason=error))]


def conflict_frozen_unmet(frozen: bool) -> list[Unmet]:
    """A frozen plan version changes only through the plan services (art. 4)."""
    if not frozen:
        return []
    return [Unmet("conflict.frozen", QT_TRANSLATE_NOOP(
        "Conflicts", "This plan version is frozen and no longer changes: prepare a "
                     "new version instead."))]
