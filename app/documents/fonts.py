"""The DejaVu fonts shipped in ``resources/fonts``, registered once with ReportLab.

Family names are written in Vietnamese, Polish, Portuguese or German letters: the PDF base
fonts (Helvetica) are neither embedded nor complete, so every style and table uses these.
"""

from __future__ import annotations

import functools
from importlib.resources import as_file, files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"


@functools.cache
def register_fonts() -> str:
    """Register the fonts (idempotent) and return the regular font's name."""
    for name in (REGULAR, BOLD, ITALIC):
        with as_file(files("resources") / "fonts" / f"{name}.ttf") as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> and <i> in paragraphs map to the embedded faces, never to a base font.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
