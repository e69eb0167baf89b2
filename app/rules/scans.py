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
