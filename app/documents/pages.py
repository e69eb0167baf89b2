"""What every page of a signed document carries: initials boxes, "page x / y", the version
number and its fingerprint, in clear and as a QR code that also says which page it is.

The total page count is known only once the story is laid out, so the canvas keeps each page's
state and draws the footers at ``save`` (one layout pass, not two).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.fonts import REGULAR, register_fonts

QR_SIZE = 17 * mm
FOOTER_HEIGHT = 24 * mm  # what the page template leaves free at the bottom
BOX = 9 * mm


@dataclass(frozen=True)
class Footer:
    """The texts of the footer, already in the document's language."""

    page: Callable[[int, int], str]  # (page, pages) -> "page 2 / 5"
    version: str  # "Version 3 – empreinte 3F2A-…"
    initials: str  # label over the boxes
    boxes: int  # one per signatory, plus the CPI
    qr_value: Callable[[int, int], str]  # (page, pages) -> this page's QR code text


def qr_modules(value: str) -> list[list[bool]]:
    """The dark modules of a QR code of ``value`` (error correction M), row by row.

    Drawn with plain rectangles rather than ReportLab's graphics renderer, which sets its
    default font (an unembedded Helvetica) on the page even for a drawing without text.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    return [[bool(cell) for cell in row] for row in code.modules]


def _draw_qr(canvas: Canvas, modules: list[list[bool]]) -> None:
    """The QR code at the canvas's origin (each page's own: it names the page)."""
    cell = QR_SIZE / len(modules)
    path = canvas.beginPath()
    for row_index, row in enumerate(modules):
        top = QR_SIZE - (row_index + 1) * cell
        column = 0
        for dark, run in itertools.groupby(row):  # one rectangle per run of dark modules
            length = len(list(run))
            if dark:
                path.rect(column * cell, top, length * cell, cell)
            column += length
    canvas.drawPath(path, stroke=0, fill=1)


Stamp = Callable[[Canvas, int, int], None]


def stamped_canvas(stamp: Stamp) -> Callable[..., Canvas]:
    """A canvas maker for ``doc.build`` that calls ``stamp(canvas, page, pages)`` on every
    page once the number of pages is known (pages are kept until ``save``)."""
    register_fonts()

    class StampedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The initial font goes into every page's resources: never a base font.
            kwargs.update(initialFontName=REGULAR, initialFontSize=9)
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                stamp(self, number, pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return StampedCanvas


def paged_canvas(footer: Footer) -> Callable[..., Canvas]:
    """The plan's canvas: ``footer`` (version, fingerprint, QR, initials) on every page."""
    return stamped_canvas(lambda canvas, page, pages: _draw_footer(canvas, footer, page, pages))


def _draw_footer(canvas: Canvas, footer: Footer, page: int, pages: int) -> None:
    width = canvas._pagesize[0]
    left, right, bottom = 18 * mm, width - 18 * mm, 8 * mm
    canvas.saveState()
    canvas.setStrokeGray(0.6)
    canvas.line(left, bottom + QR_SIZE + 3 * mm, right, bottom + QR_SIZE + 3 * mm)
    canvas.saveState()
    canvas.translate(left, bottom)
    _draw_qr(canvas, qr_modules(footer.qr_value(page, pages)))
    canvas.restoreState()
    canvas.setFont(REGULAR, 8)
    canvas.setFillGray(0.2)
    canvas.drawString(left + QR_SIZE + 3 * mm, bottom + 9 * mm, footer.version)
    canvas.drawString(left + QR_SIZE + 3 * mm, bottom + 4 * mm, footer.page(page, pages))
    box = min(BOX, (right - left - QR_SIZE - 75 * mm) / max(footer.boxes, 1))
    x = right - footer.boxes * box
    canvas.drawString(x, bottom + box + 1.5 * mm, footer.initials)
    canvas.setStrokeGray(0.3)
    for index in range(footer.boxes):
        canvas.rect(x + index * box, bottom, box, box)
    canvas.restoreState()
