"""The scan of a signed plan version and the fingerprint printed on every page, which ties a
scan, or a page in hand, to the exact version (process rules, no article)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def scan_file_unmet(size: int, max_bytes: int, max_megabytes: int,
                    known_format: bool) -> list[Unmet]:
    """Every reason the file cannot be attached as a scan (empty: it can)."""
    if size == 0:
        return [Unmet("scan.empty", QT_TRANSLATE_NOOP(
            "Plans", "This file is empty. Choose the scan of the signed pages again."))]
    unmet: list[Unmet] = []
    if size > max_bytes:
        unmet.append(Unmet("scan.too_large", QT_TRANSLATE_NOOP(
            "Plans", "This file is too large: a scan may be at most {limit} MB. Scan again at "
                     "a lower resolution or in black and white.").format(limit=max_megabytes)))
    if not known_format:
        unmet.append(Unmet("scan.format", QT_TRANSLATE_NOOP(
            "Plans", "Only a PDF, JPEG or PNG file can be attached as a scan, and this file "
                     "is not one. Save the scan in one of these formats.")))
    return unmet


def scanned_version_unmet(number: int, is_draft: bool) -> list[Unmet]:
    """A scan is of a version printed ready to sign."""
    if not is_draft:
        return []
    return [Unmet("scan.draft", QT_TRANSLATE_NOOP(
        "Plans", "Version {number} is still a draft: print it ready to sign, have it "
                 "signed, then attach the scan.").format(number=number))]


def scan_fetched_unmet(fetched: bool) -> list[Unmet]:
    if fetched:
        return []
    return [Unmet("scan.not_fetched", QT_TRANSLATE_NOOP(
        "Plans", "The file of this scan has not reached this computer yet. Sync with the "
                 "ONE server to fetch it."))]


def scan_fingerprint_unmet(read: str, number: int, other_number: int | None,
                           other_dossier: str | None) -> list[Unmet]:
    """The fingerprint read from a scan is not that of version ``number``: it is of another
    version (``other_number`` of ``other_dossier``) or of none on this computer."""
    if other_number is None or other_dossier is None:
        return [Unmet("scan.unknown_fingerprint", QT_TRANSLATE_NOOP(
            "Plans", "This scan carries the fingerprint {fingerprint}, which is not that of "
                     "version {number} nor of any other version on this computer. Check the "
                     "fingerprint read from the scan.").format(fingerprint=read, number=number))]
    return [Unmet("scan.other_version", QT_TRANSLATE_NOOP(
        "Plans", "This scan carries the fingerprint of another version ({fingerprint}). Attach "
                 "it to version {number} of dossier {dossier} instead.").format(
                     fingerprint=read, number=other_number, dossier=other_dossier))]


def fingerprint_format_unmet(well_formed: bool) -> list[Unmet]:
    if well_formed:
        return []
    return [Unmet("fingerprint.malformed", QT_TRANSLATE_NOOP(
        "Plans", "This is not a plan fingerprint: it has 16 letters and digits (0-9, A-F), "
                 "like 3F2A-9C01-77BE-0D4E. Check what you typed."))]


def fingerprint_found_unmet(fingerprint: str, found: bool) -> list[Unmet]:
    if found:
        return []
    return [Unmet("fingerprint.unknown", QT_TRANSLATE_NOOP(
        "Plans", "No plan version on this computer has the fingerprint {fingerprint}. "
                 "Check the fingerprint, or synchronise and try again.").format(
                     fingerprint=fingerprint))]


# The pages of a scanned signed plan, matched to their version by the QR code on each page.

def scan_page_unplaced_unmet(position: int) -> list[Unmet]:
    """Page ``position`` of the scan has no code read and was not confirmed by hand."""
    return [Unmet("scan.page_unread", QT_TRANSLATE_NOOP(
        "Plans", "The code of page {position} of the scan could not be read: look at the "
                 "page and confirm by hand which page of the plan it is.").format(
                     position=position))]


def scan_page_unknown_unmet(position: int, printed: str) -> list[Unmet]:
    return [Unmet("scan.page_unknown", QT_TRANSLATE_NOOP(
        "Plans", "Page {position} of the scan carries the fingerprint {fingerprint}, which is "
                 "of no plan version on this computer: take it out of the scan, or "
                 "synchronise and try again.").format(position=position, fingerprint=printed))]


def scan_page_other_version_unmet(position: int, number: int, dossier: str, other_number: int,
                                  other_dossier: str) -> list[Unmet]:
    """Page ``position`` is of version ``other_number`` of ``other_dossier``, while the scan
    is of version ``number`` of ``dossier``."""
    if other_dossier != dossier:
        return [Unmet("scan.page_other_dossier", QT_TRANSLATE_NOOP(
            "Plans", "Page {position} of the scan belongs to another dossier ({other_dossier}, "
                     "version {other_number}), not to dossier {dossier}: take it out of the "
                     "scan.").format(position=position, other_dossier=other_dossier,
                                     other_number=other_number, dossier=dossier))]
    return [Unmet("scan.page_other_version", QT_TRANSLATE_NOOP(
        "Plans", "Page {position} of the scan belongs to version {other_number} of dossier "
                 "{dossier}, not to version {number}: take it out of the scan.").format(
                     position=position, other_number=other_number, dossier=dossier,
                     number=number))]


def scan_page_number_unmet(position: int, page: int, pages: int) -> list[Unmet]:
    """A page said to be page ``page`` of ``pages`` (read or confirmed) must be one of them."""
    if 1 <= page <= pages:
        return []
    return [Unmet("scan.page_number", QT_TRANSLATE_NOOP(
        "Plans", "Page {position} of the scan is said to be page {page} of {pages}, which "
                 "cannot be: check its page number.").format(position=position, page=page,
                                                             pages=pages))]


def scan_page_count_unmet(position: int, pages: int, expected: int) -> list[Unmet]:
    if pages == expected:
        return []
    return [Unmet("scan.page_count", QT_TRANSLATE_NOOP(
        "Plans", "Page {position} of the scan is said to be of a plan of {pages} pages, while "
                 "the other pages are of a plan of {expected} pages: check its page "
                 "number.").format(position=position, pages=pages, expected=expected))]


def scan_page_twice_unmet(page: int, positions: list[int]) -> list[Unmet]:
    if len(positions) < 2:
        return []
    return [Unmet("scan.page_twice", QT_TRANSLATE_NOOP(
        "Plans", "Page {page} of the plan is in the scan more than once (pages {positions} of "
                 "the scan): keep only one.").format(
                     page=page, positions=", ".join(str(p) for p in positions)))]


def scan_pages_missing_unmet(number: int, pages: int, missing: list[int]) -> list[Unmet]:
    if not missing:
        return []
    return [Unmet("scan.pages_missing", QT_TRANSLATE_NOOP(
        "Plans", "The scan lacks pages of version {number}, which has {pages} pages: missing "
                 "{missing}. Scan the missing pages and add them.").format(
                     number=number, pages=pages,
                     missing=", ".join(str(p) for p in missing)))]


def scan_file_unreadable_unmet(file: int) -> list[Unmet]:
    """File ``file`` (from 1) of a scan is neither a PDF nor an image that opens."""
    return [Unmet("scan.unreadable", QT_TRANSLATE_NOOP(
        "Plans", "File {file} of the scan could not be opened as a PDF or an image: scan "
                 "these pages again.").format(file=file))]
