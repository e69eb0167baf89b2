"""A scanned signed plan that finds its own version: the QR code printed on each page says
which version (its fingerprint) and which page (``p2/5``) it is, so the agent drops the scan —
one PDF of several pages or one image per page, in any order — and the pages are checked,
put back in order and attached to that version.

Everything happens in memory: PDFium renders the PDF pages, zxing-cpp reads the codes, Pillow
makes the previews and turns images into PDF pages. No file is written (the pages carry the
family's names). A page whose code cannot be read is shown to the agent, who says which page it
is (``PagePlacement``); ``attach_scanned_plan`` then checks the whole and keeps one PDF.
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import pypdfium2  # type: ignore[import-untyped]
import zxingcpp
from PIL import Image

from app.documents.fingerprint import PageCode, read_plan_qr
from app.rules import RuleViolation, Unmet, require
from app.rules.scans import (
    scan_file_unmet,
    scan_file_unreadable_unmet,
    scan_page_count_unmet,
    scan_page_number_unmet,
    scan_page_other_version_unmet,
    scan_page_twice_unmet,
    scan_page_unknown_unmet,
    scan_page_unplaced_unmet,
    scan_pages_missing_unmet,
)
from app.services.base.context import ServiceContext
from app.services.plan.lookup import VersionMatch, match_fingerprints, normalise_fingerprint
from app.services.plan.scans import (
    MAX_BYTES,
    MAX_MEGABYTES,
    ScanInfo,
    _checked_media_type,
    _keep_scan,
)

#: A PDF page is read at a scanner's usual resolution; an image as it was scanned.
READ_DPI = 200
#: The preview of a page shown to the agent is at most this many pixels wide.
PREVIEW_WIDTH = 700
#: An image without its resolution is taken for an A4 page's width (210 mm).
A4_WIDTH_INCHES = 210 / 25.4
PDF = "application/pdf"


@dataclass(frozen=True)
class ScanFile:
    """One file of the scan as the agent dropped it (its type is checked, not trusted)."""

    content: bytes
    media_type: str


@dataclass(frozen=True)
class ScannedPage:
    """One page of the scan, in the order of the files and of their pages (``position`` from
    1): its preview (PNG), the code read on it (None: unreadable) and the version it names
    (None: the code names no version on this computer, or there is no code)."""

    position: int
    preview: bytes
    code: PageCode | None
    version: VersionMatch | None


@dataclass(frozen=True)
class PagePlacement:
    """Which page of which version a page of the scan is: read from its code or said by the
    agent looking at it."""

    fingerprint: str
    page: int
    pages: int


def read_scanned_plan(ctx: ServiceContext, files: Sequence[ScanFile]) -> list[ScannedPage]:
    """Every page of the scan with its code read and the version the code names."""
    pages: list[tuple[bytes, PageCode | None]] = []
    for image in _images(files):
        pages.append((_preview(image), _read_code(image)))
    with ctx.reading() as session:
        versions = match_fingerprints(session, {code.fingerprint for _, code in pages if code})
    return [ScannedPage(position, preview, code,
                        versions.get(code.fingerprint) if code else None)
            for position, (preview, code) in enumerate(pages, start=1)]


def placement_of(page: ScannedPage) -> PagePlacement | None:
    """The placement a page's code gives, None when its code says no page number (unread,
    or printed before the page went into the code): the agent says it then."""
    code = page.code
    if code is None or code.page is None or code.pages is None:
        return None
    return PagePlacement(code.fingerprint, code.page, code.pages)


def attach_scanned_plan(ctx: ServiceContext, files: Sequence[ScanFile],
                        placements: Sequence[PagePlacement | None]) -> ScanInfo:
    """Attach the scan to the version its pages belong to, its pages in order, as one PDF.

    ``placements`` has one entry per page of the scan, in the order of ``read_scanned_plan``.
    Refused, naming the page, when a page is not placed, is of another version or dossier, or
    is there twice; refused with the missing pages when the version's pages are not all there.
    """
    files = [ScanFile(f.content, _checked_media_type(f.content, f.media_type)) for f in files]
    sources = list(_sources(files))
    if len(sources) != len(placements):
        raise ValueError(f"{len(placements)} placements for a scan of {len(sources)} pages")
    require(scan_file_unmet(len(sources), MAX_BYTES, MAX_MEGABYTES, True))  # no page at all
    unmet: list[Unmet] = []
    placed: list[tuple[int, PagePlacement]] = []
    for position, placement in enumerate(placements, start=1):
        if placement is None:
            unmet += scan_page_unplaced_unmet(position)
        else:
            placed.append((position, PagePlacement(normalise_fingerprint(placement.fingerprint),
                                                   placement.page, placement.pages)))
    require(unmet)
    with ctx.transaction("attach_scanned_plan") as session:
        versions = match_fingerprints(session, {p.fingerprint for _, p in placed})
        for position, placement in placed:
            if placement.fingerprint not in versions:
                unmet += scan_page_unknown_unmet(position, placement.fingerprint)
        require(unmet)
        chosen = _most_pages(placed, lambda p: p.fingerprint)
        version = versions[chosen.fingerprint]
        mine: list[tuple[int, PagePlacement]] = []
        for position, placement in placed:
            other = versions[placement.fingerprint]
            if other.version_id != version.version_id:
                unmet += scan_page_other_version_unmet(
                    position, version.number, version.case_number, other.number,
                    other.case_number)
            else:
                mine.append((position, placement))
        count = _most_pages(mine, lambda p: p.pages).pages
        at: dict[int, list[int]] = defaultdict(list)
        for position, placement in mine:
            unmet += scan_page_count_unmet(position, placement.pages, count)
            unmet += scan_page_number_unmet(position, placement.page, count)
            at[placement.page].append(position)
        for page, positions in sorted(at.items()):
            unmet += scan_page_twice_unmet(page, positions)
        unmet += scan_pages_missing_unmet(
            version.number, count, [page for page in range(1, count + 1) if page not in at])
        require(unmet)
        content = _assemble(files, [sources[at[page][0] - 1] for page in range(1, count + 1)])
        _checked_media_type(content, PDF)
        return _keep_scan(session, version.version_id, content, PDF, count)


def _most_pages(placed: list[tuple[int, PagePlacement]],
                key: Callable[[PagePlacement], object]) -> PagePlacement:
    """The placement whose ``key`` most pages share (on a tie, the earliest page's)."""
    counts = Counter(key(placement) for _, placement in placed)
    best = max(counts.values())
    return next(placement for _, placement in placed if counts[key(placement)] == best)


def _sources(files: Sequence[ScanFile]) -> Iterator[tuple[int, int]]:
    """(file, page in the file) of every page of the scan, in order."""
    for index, file in enumerate(files):
        if file.media_type != PDF:
            yield index, 0
            continue
        document = _open_pdf(file, index)
        try:
            for page in range(len(document)):
                yield index, page
        finally:
            document.close()


def _images(files: Sequence[ScanFile]) -> Iterator[Image.Image]:
    """Every page of the scan as an image, in order."""
    for index, file in enumerate(files):
        if _checked_media_type(file.content, file.media_type) != PDF:
            yield _open_image(file, index)
            continue
        document = _open_pdf(file, index)
        try:
            for page in range(len(document)):
                yield document[page].render(scale=READ_DPI / 72).to_pil()
        finally:
            document.close()


def _open_pdf(file: ScanFile, index: int) -> pypdfium2.PdfDocument:
    try:
        return pypdfium2.PdfDocument(file.content)
    except pypdfium2.PdfiumError as error:
        raise RuleViolation(scan_file_unreadable_unmet(index + 1)) from error


def _open_image(file: ScanFile, index: int) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(file.content))
        image.load()
    except (OSError, Image.DecompressionBombError) as error:
        raise RuleViolation(scan_file_unreadable_unmet(index + 1)) from error
    return image


def _read_code(image: Image.Image) -> PageCode | None:
    """The plan page code on ``image``, None when there is none that reads."""
    gray = image.convert("L")
    # Made at each call: a module-level one outlives the binding and is reported as leaked.
    only_qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    for code in zxingcpp.read_barcodes(gray, formats=only_qr):
        read = read_plan_qr(code.text)
        if read is not None:
            return read
    return None


def _preview(image: Image.Image) -> bytes:
    shown = image.convert("RGB")
    shown.thumbnail((PREVIEW_WIDTH, PREVIEW_WIDTH * 2))
    buffer = io.BytesIO()
    shown.save(buffer, "PNG")
    return buffer.getvalue()


def _assemble(files: Sequence[ScanFile], order: list[tuple[int, int]]) -> bytes:
    """One PDF of the pages in ``order``: a PDF's pages copied as scanned, an image made a
    page at its own resolution."""
    out = pypdfium2.PdfDocument.new()
    opened: dict[int, pypdfium2.PdfDocument] = {}
    try:
        for file_index, page in order:
            if file_index not in opened:
                file = files[file_index]
                opened[file_index] = pypdfium2.PdfDocument(
                    file.content if file.media_type == PDF else _image_pdf(file, file_index))
            out.import_pages(opened[file_index], [page])
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()
    finally:
        for document in opened.values():
            document.close()
        out.close()


def _image_pdf(file: ScanFile, index: int) -> bytes:
    image = _open_image(file, index)
    dpi = image.info.get("dpi")
    resolution = float(dpi[0]) if dpi and dpi[0] > 1 else image.width / A4_WIDTH_INCHES
    page = image if image.mode in ("1", "L", "RGB") else image.convert("RGB")
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=resolution, quality=90)
    return buffer.getvalue()
