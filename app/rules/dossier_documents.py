"""Documents attached to a dossier (a court order, a report, an identity document, a letter
received): what a file must be to be kept, and what describes it (process rules, no article)."""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def document_file_unmet(size: int, max_bytes: int, max_megabytes: int,
                        known_format: bool) -> list[Unmet]:
    """Every reason the file cannot be attached to the dossier (empty: it can)."""
    if size == 0:
        return [Unmet("document.empty", QT_TRANSLATE_NOOP(
            "Documents", "This file is empty. Choose the document again."))]
    unmet: list[Unmet] = []
    if size > max_bytes:
        unmet.append(Unmet("document.too_large", QT_TRANSLATE_NOOP(
            "Documents", "This file is too large: a document may be at most {limit} MB. Scan "
                         "it again at a lower resolution or in black and white.").format(
                             limit=max_megabytes)))
    if not known_format:
        unmet.append(Unmet("document.format", QT_TRANSLATE_NOOP(
            "Documents", "Only a PDF, JPEG or PNG file can be attached to the dossier, and "
                         "this file is not one. Save the document in one of these formats.")))
    return unmet


def document_description_unmet(title: str, dated_on: date, today: date,
                               persons_in_dossier: bool) -> list[Unmet]:
    """Every reason the description of a document cannot be saved (empty: it can)."""
    unmet: list[Unmet] = []
    if not title.strip():
        unmet.append(Unmet("document.title_missing", QT_TRANSLATE_NOOP(
            "Documents", "Give the document a title (e.g. “Ordonnance du tribunal de la "
                         "jeunesse”), so that it can be found in the list.")))
    if dated_on > today:
        unmet.append(Unmet("document.in_future", QT_TRANSLATE_NOOP(
            "Documents", "The document's date {date} is in the future: give the date written "
                         "on the document.").format(date=_day(dated_on))))
    if not persons_in_dossier:
        unmet.append(Unmet("document.persons", QT_TRANSLATE_NOOP(
            "Documents", "A document can only concern persons of this dossier.")))
    return unmet


def document_correction_unmet(changed: bool) -> list[Unmet]:
    if changed:
        return []
    return [Unmet("document.unchanged", QT_TRANSLATE_NOOP(
        "Documents", "Nothing changes: correct the kind, the date, the source, the title or "
                     "the persons concerned."))]


def document_duplicate_unmet(title: str | None) -> list[Unmet]:
    """The same file is already attached to the dossier (and not withdrawn)."""
    if title is None:
        return []
    return [Unmet("document.duplicate", QT_TRANSLATE_NOOP(
        "Documents", "This file is already attached to the dossier as “{title}”.").format(
            title=title))]


def document_withdrawn_unmet(ended_on: date | None) -> list[Unmet]:
    """A withdrawn document stays as it was: neither corrected nor withdrawn again."""
    if ended_on is None:
        return []
    return [Unmet("document.withdrawn", QT_TRANSLATE_NOOP(
        "Documents", "This document was withdrawn on {date}: it stays in the list as "
                     "withdrawn, as it was.").format(date=_day(ended_on)))]


def document_withdrawal_unmet(ended_on: date | None, withdrawn_on: date, reason: str,
                              today: date) -> list[Unmet]:
    """Why the document cannot be withdrawn so (empty: it can)."""
    if ended_on is not None:
        return document_withdrawn_unmet(ended_on)
    unmet: list[Unmet] = []
    if not reason.strip():
        unmet.append(Unmet("document.reason_missing", QT_TRANSLATE_NOOP(
            "Documents", "Say why the document is withdrawn (e.g. attached to the wrong "
                         "dossier, replaced by a newer one).")))
    if withdrawn_on > today:
        unmet.append(Unmet("document.withdrawn_in_future", QT_TRANSLATE_NOOP(
            "Documents", "The date of withdrawal {date} is in the future.").format(
                date=_day(withdrawn_on))))
    return unmet


def document_fetched_unmet(fetched: bool, dropped: bool) -> list[Unmet]:
    if dropped:
        return [Unmet("document.dropped", QT_TRANSLATE_NOOP(
            "Documents", "The file of this document was deleted when a person it concerned "
                         "was anonymised (art. 7): only its description remains."),
                      article="art. 7")]
    if fetched:
        return []
    return [Unmet("document.not_fetched", QT_TRANSLATE_NOOP(
        "Documents", "The file of this document has not reached this computer yet. Sync with "
                     "the ONE server to fetch it."))]
