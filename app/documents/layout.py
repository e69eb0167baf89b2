"""Building blocks shared by every printed document: page geometry, styles on the embedded
DejaVu fonts, escaped paragraphs, splitting tables, and a plain "page x / y" build.

One place for them so that no document can fall back to ReportLab's Helvetica by accident.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.documents.fonts import BOLD, REGULAR, register_fonts
from app.documents.pages import Stamp, stamped_canvas
from app.documents.texts import text

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
PLAIN_FOOTER = 14 * mm

# Paragraphs resolve their <b>/<i> faces when built, before ``doc.build``: register first.
register_fonts()


def style(name: str, size: float, font: str = REGULAR, **extra: Any) -> ParagraphStyle:
    """A paragraph style on an embedded font, with a readable leading."""
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **extra)


BODY = style("body", 9.5, spaceAfter=3)
CELL = style("cell", 8.5)
CELL_BOLD = style("cell_bold", 8.5, BOLD)
H1 = style("h1", 17, BOLD, spaceAfter=2)
H2_STYLE = style("h2", 12, BOLD, spaceBefore=10, spaceAfter=4)
NAME = style("name", 9.5, BOLD, spaceBefore=3)
BULLET = style("bullet", 9.5, spaceAfter=3, leftIndent=5 * mm, bulletIndent=1 * mm,
               bulletFontName=REGULAR)  # the bullet too: ReportLab defaults to Helvetica


def heading(title: str) -> list[Flowable]:
    """A section title that never stays alone at the bottom of a page.

    A page break when less than 35 mm remain, rather than ``keepWithNext``, which would push a
    long table whole to the next page and leave a blank one behind.
    """
    return [CondPageBreak(35 * mm), para(escape(title), H2_STYLE)]


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph, shaped by HarfBuzz when its letters need it (every document's paragraphs
    come through here): an Arabic name then prints joined and right to left, and combining
    accents sit on their letter. Only those paragraphs: shaping costs time on every word."""
    return Paragraph(markup, _shaped(style) if needs_shaping(markup) else style)


def needs_shaping(value: str) -> bool:
    """Right-to-left letters (Arabic, Hebrew, ...) or combining marks."""
    return any(ord(ch) >= 0x300 and (unicodedata.combining(ch) or unicodedata.bidirectional(
        ch) in _RIGHT_TO_LEFT) for ch in value)


_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})


@functools.cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_shaped", parent=style, shaping=1)


def p(value: object, style: ParagraphStyle = CELL) -> Paragraph:
    """A paragraph of data typed by the agent: escaped, never read as markup."""
    return para(escape(str(value)).replace("\n", "<br/>"), style)


def bullet(value: object) -> Paragraph:
    """One item of a list, its wrapped lines aligned after the bullet."""
    markup = escape(str(value))
    return Paragraph(markup, _shaped(BULLET) if needs_shaping(markup) else BULLET,
                     bulletText="•")


def table(rows: list[list[Flowable]], widths: list[float], *, header: bool = True) -> Table:
    """A table that splits across pages (inside rows too), in the embedded font only."""
    grid = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0,
                 splitInRow=1, hAlign="LEFT")
    commands = [("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        commands += [("FONT", (0, 0), (-1, 0), BOLD, 8.5),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.95))]
    grid.setStyle(TableStyle(commands))
    return grid


def letterhead(left: Sequence[str], title: str) -> list[Flowable]:
    """The ONE's header: office lines on the left, the document's title on the right."""
    cells = [p(line, CELL_BOLD if index == 0 else CELL) for index, line in enumerate(left)]
    head = Table([[cells, p(title, H1)]], colWidths=[WIDTH * 0.5, WIDTH * 0.5])
    head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, 0), 1, colors.Color(0.1, 0.25, 0.5)),
                              ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return [head, Spacer(1, 3 * mm)]


def _page_number(language: str) -> Stamp:
    """"page x / y" under every page of the plain documents."""

    def stamp(canvas: Canvas, page: int, pages: int) -> None:
        canvas.setFont(REGULAR, 8)
        canvas.setFillGray(0.3)
        canvas.drawRightString(A4[0] - MARGIN, 8 * mm, text("page", language, page=page,
                                                             pages=pages))

    return stamp


def build_pdf(flowables: list[Flowable], title: str, language: str) -> bytes:
    """Lay out ``flowables`` on A4 into memory (never a file), numbered "page x / y"."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=15 * mm,
        bottomMargin=PLAIN_FOOTER + 6 * mm, title=title, author=text("one", language),
        invariant=True)
    doc.build(flowables, canvasmaker=stamped_canvas(_page_number(language)))
    return buffer.getvalue()
