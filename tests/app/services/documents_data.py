"""Documents to attach in the tests: a court order made as a real PDF by ReportLab, and
small images with their real magic bytes."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64))
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(64, 128))


def court_order_pdf(text: str = "Ordonnance du tribunal de la jeunesse", pages: int = 1) -> bytes:
    """A PDF of ``pages`` A4 pages, each with ``text`` in large letters and a black band (so
    that a rendered page shows dark pixels where the text is)."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for number in range(pages):
        page.setFont("Helvetica-Bold", 28)
        page.drawString(60, 760, text)
        page.drawString(60, 720, f"Page {number + 1}")
        page.rect(60, 400, 400, 120, fill=1)
        page.showPage()
    page.save()
    return out.getvalue()
