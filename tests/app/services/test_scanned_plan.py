"""A scanned signed plan finds its own version: a plan of three pages printed by the real
renderer, rasterised, shuffled and scanned back (one PDF, or one image per page), is attached
to its version with its pages in order; a page of another plan, a missing page, a page twice
are refused naming the page; a page whose code cannot be read waits for the agent's word."""

from __future__ import annotations

import random

import pypdfium2  # type: ignore[import-untyped]
import pytest
import zxingcpp
from PIL import Image, ImageDraw

from app.documents.fingerprint import fingerprint, read_plan_qr
from app.documents.pages import qr_modules
from app.rules import RuleViolation
from app.rules.scans import scan_page_other_version_unmet
from app.services.base.context import ServiceContext
from app.services.plan.lookup import normalise_fingerprint
from app.services.plan.scanned_plan import (
    PagePlacement,
    ScanFile,
    attach_scanned_plan,
    placement_of,
    read_scanned_plan,
)
from app.services.plan.scans import scan_content, signed_scans
from tests.app.services.scanned import (
    blank,
    jpeg,
    page_images,
    png,
    scanned_pdf,
    three_page_plan,
)

PDF = "application/pdf"


def _codes(pdf: bytes) -> list[str]:
    """The QR code read on each page of ``pdf``, in its order."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [code.text for index in range(len(document))
                for code in zxingcpp.read_barcodes(document[index].render(scale=200 / 72)
                                                   .to_pil())]
    finally:
        document.close()


def test_a_shuffled_scanned_pdf_is_attached_to_its_version_in_page_order(
        agent: ServiceContext) -> None:
    family, version, pdf = three_page_plan(agent)
    printed = fingerprint(family.version(version))
    three_page_plan(agent, surname="Kowalski")  # another plan on the computer
    first, second, third = page_images(pdf)
    files = [ScanFile(scanned_pdf([third, first, second]), PDF)]

    pages = read_scanned_plan(agent, files)
    assert [(p.position, p.code and p.code.page, p.version and p.version.version_id)
            for p in pages] == [(1, 3, version), (2, 1, version), (3, 2, version)]
    assert all(p.preview.startswith(b"\x89PNG") for p in pages)
    info = attach_scanned_plan(agent, files, [placement_of(p) for p in pages])

    assert (info.plan_version_id, info.pages, info.media_type) == (version, 3, PDF)
    assert signed_scans(agent, version) == [info]
    assert _codes(scan_content(agent, info.id)) == [
        f"CPI-PLAN v1 {printed} p{page}/3" for page in (1, 2, 3)]


def test_one_image_per_page_in_any_order_makes_one_pdf_in_order(
        agent: ServiceContext) -> None:
    family, version, pdf = three_page_plan(agent)
    printed = fingerprint(family.version(version))
    first, second, third = page_images(pdf)
    files = [ScanFile(jpeg(second), "image/jpeg"), ScanFile(png(third), "image/png"),
             ScanFile(jpeg(first), "image/jpg")]
    pages = read_scanned_plan(agent, files)
    assert [p.code.page if p.code else None for p in pages] == [2, 3, 1]

    info = attach_scanned_plan(agent, files, [placement_of(p) for p in pages])
    assert (info.plan_version_id, info.pages) == (version, 3)
    assert _codes(scan_content(agent, info.id)) == [
        f"CPI-PLAN v1 {printed} p{page}/3" for page in (1, 2, 3)]


def test_a_page_of_another_dossiers_plan_is_refused_naming_it(agent: ServiceContext) -> None:
    _family, version, pdf = three_page_plan(agent)
    other, _other_version, other_pdf = three_page_plan(agent, surname="Kowalski")
    first, second, third = page_images(pdf)
    stray = page_images(other_pdf)[1]
    files = [ScanFile(scanned_pdf([first, second, stray, third]), PDF)]
    pages = read_scanned_plan(agent, files)
    assert pages[2].version is not None and pages[2].version.case_id == other.case_id

    with pytest.raises(RuleViolation) as refused:
        attach_scanned_plan(agent, files, [placement_of(p) for p in pages])
    assert refused.value.codes == ("scan.page_other_dossier",)
    assert "Page 3 of the scan" in refused.value.message("en")
    assert signed_scans(agent, version) == []


def test_missing_pages_and_a_page_twice_are_reported(agent: ServiceContext) -> None:
    _family, version, pdf = three_page_plan(agent)
    first, _second, third = page_images(pdf)
    files = [ScanFile(scanned_pdf([third, first]), PDF)]
    pages = read_scanned_plan(agent, files)
    with pytest.raises(RuleViolation) as refused:
        attach_scanned_plan(agent, files, [placement_of(p) for p in pages])
    assert refused.value.codes == ("scan.pages_missing",)
    assert "missing 2." in refused.value.message("en")

    files = [ScanFile(scanned_pdf([first, third, first]), PDF)]
    pages = read_scanned_plan(agent, files)
    with pytest.raises(RuleViolation) as refused:
        attach_scanned_plan(agent, files, [placement_of(p) for p in pages])
    assert refused.value.codes == ("scan.page_twice", "scan.pages_missing")
    assert "(pages 1, 3 of the scan)" in refused.value.message("en")
    assert signed_scans(agent, version) == []


def test_an_unreadable_page_waits_for_the_agents_word(agent: ServiceContext) -> None:
    family, version, pdf = three_page_plan(agent)
    printed = fingerprint(family.version(version))
    first, second, third = page_images(pdf)
    smudged = blank(second.size)  # its code did not survive the scanner
    files = [ScanFile(png(third), "image/png"), ScanFile(png(smudged), "image/png"),
             ScanFile(png(first), "image/png")]
    pages = read_scanned_plan(agent, files)
    assert [(p.code is None, p.version is None) for p in pages] == [
        (False, False), (True, True), (False, False)]
    placements = [placement_of(p) for p in pages]
    assert placements[1] is None

    with pytest.raises(RuleViolation) as refused:
        attach_scanned_plan(agent, files, placements)
    assert refused.value.codes == ("scan.page_unread",)
    assert "page 2 of the scan" in refused.value.message("en")

    placements[1] = PagePlacement(printed, 2, 3)  # the agent looked at it
    info = attach_scanned_plan(agent, files, placements)
    assert (info.plan_version_id, info.pages) == (version, 3)
    codes = _codes(scan_content(agent, info.id))
    assert codes == [f"CPI-PLAN v1 {printed} p1/3", f"CPI-PLAN v1 {printed} p3/3"]


def test_a_file_that_is_no_scan_is_refused(agent: ServiceContext) -> None:
    with pytest.raises(RuleViolation) as refused:
        read_scanned_plan(agent, [ScanFile(b"%PDF-1.7 not really", PDF)])
    assert refused.value.codes == ("scan.unreadable",)
    with pytest.raises(RuleViolation) as refused:
        attach_scanned_plan(agent, [], [])
    assert refused.value.codes == ("scan.empty",)


@pytest.mark.parametrize("seed", range(3))
def test_the_page_codes_round_trip(seed: int) -> None:
    rng = random.Random(seed)
    printed = "-".join(f"{rng.randrange(16 ** 4):04X}" for _ in range(4))
    pages = rng.randrange(1, 30)
    page = rng.randrange(1, pages + 1)
    text = f"CPI-PLAN v{seed + 1} {printed} p{page}/{pages}"
    code = read_plan_qr(text)
    assert code is not None
    assert (code.number, code.fingerprint, code.page, code.pages) == (
        seed + 1, printed, page, pages)
    assert normalise_fingerprint(text) == printed  # a QR scanner typing it into the search
    older = read_plan_qr(f"CPI-PLAN v2 {printed.lower()}")  # printed before pages were added
    assert older is not None and (older.fingerprint, older.page, older.pages) == (
        printed, None, None)
    assert read_plan_qr(f"OTHER v1 {printed}") is None


def _older_page(printed: str, size: tuple[int, int]) -> bytes:
    """A page as plans were printed before the page number went into the code: the QR code
    carries the version and fingerprint only (drawn with the renderer's own QR modules)."""
    modules = qr_modules(f"CPI-PLAN v1 {printed}")
    cell = 8
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    left, top = 140, size[1] - 140 - cell * len(modules)
    for row, line in enumerate(modules):
        for column, dark in enumerate(line):
            if dark:
                draw.rectangle((left + column * cell, top + row * cell,
                                left + (column + 1) * cell - 1, top + (row + 1) * cell - 1), 0)
    return png(page)


def test_a_page_of_an_older_printed_plan_finds_its_version_and_asks_its_number(
        agent: ServiceContext) -> None:
    family, version, pdf = three_page_plan(agent)
    printed = fingerprint(family.version(version))
    first, second, third = page_images(pdf)
    files = [ScanFile(png(first), "image/png"), ScanFile(_older_page(printed, second.size),
                                                         "image/png"),
             ScanFile(png(third), "image/png")]
    pages = read_scanned_plan(agent, files)
    older = pages[1]
    assert older.code is not None and (older.code.fingerprint, older.code.page) == (printed,
                                                                                  None)
    assert older.version is not None and older.version.version_id == version
    placements = [placement_of(p) for p in pages]
    assert placements[1] is None  # its number is the agent's to say
    placements[1] = PagePlacement(printed, 2, 3)
    assert attach_scanned_plan(agent, files, placements).pages == 3


def test_a_page_of_another_version_of_the_same_dossier_is_named_so() -> None:
    unmet = scan_page_other_version_unmet(4, 2, "2026-0042", 1, "2026-0042")
    assert [u.code for u in unmet] == ["scan.page_other_version"]
    assert unmet[0].text.render("en") == (
        "Page 4 of the scan belongs to version 1 of dossier 2026-0042, not to version 2: "
        "take it out of the scan.")
    other = scan_page_other_version_unmet(4, 2, "2026-0042", 1, "2026-0007")
    assert [u.code for u in other] == ["scan.page_other_dossier"]
