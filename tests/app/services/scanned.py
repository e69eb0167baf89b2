"""A plan of three printed pages, rendered by the real renderer, and the scans made of it:
its pages rasterised (PDFium, as a scanner's 200 dpi), as one PDF or as one image per page."""

from __future__ import annotations

import io
import uuid
from datetime import date

import pypdfium2  # type: ignore[import-untyped]
from PIL import Image

from app.documents.plan import render_plan
from app.domain import Horizon
from app.services.base.context import ServiceContext
from app.services.plan.versions import record_discernment
from app.services.steps.assessment import ObjectiveInput, set_objective
from tests.app.services.family import Family

LONG = ("Léa retrouve un rythme régulier à l'école, avec l'aide de sa grand-mère pour le "
        "trajet du matin et un temps calme pour les devoirs chaque soir. ") * 4


def three_page_plan(agent: ServiceContext, surname: str = "Tavares",
                    today: date | None = None) -> tuple[Family, uuid.UUID, bytes]:
    """A family whose frozen plan prints on exactly three pages: the family, the version and
    the PDF."""
    today = today or date.today()
    family = Family.open(agent, today, surname=surname).analyse().assess()
    for index in range(OBJECTIVES):
        set_objective(agent, family.case_id, ObjectiveInput(
            f"{index + 1}. {LONG}", "Moins de 2 absences par mois", "Léa et ses parents",
            "Le trajet est court", date(today.year + 1, 6, 30), Horizon.SHORT, family.child),
            today=today)
    family.plan()
    record_discernment(agent, family.case_id, family.child, False, today, "Trop jeune")
    version = family.ready_version()
    pdf = render_plan(agent, version)
    pages = len(pypdfium2.PdfDocument(pdf))
    assert pages == 3, f"the plan prints on {pages} pages, not 3: adjust OBJECTIVES"
    return family, version, pdf


OBJECTIVES = 6


def page_images(pdf: bytes, dpi: int = 200) -> list[Image.Image]:
    """The pages as a scanner would see them."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document[i].render(scale=dpi / 72).to_pil().convert("L")
                for i in range(len(document))]
    finally:
        document.close()


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(200, 200))
    return buffer.getvalue()


def jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, dpi=(200, 200))
    return buffer.getvalue()


def scanned_pdf(images: list[Image.Image]) -> bytes:
    """One PDF of the images, one per page, as a scanner's "scan to PDF" makes."""
    # Copies: Pillow keeps what a save was told on the image (its appended images included).
    first, *others = [image.copy() for image in images]
    buffer = io.BytesIO()
    first.save(buffer, "PDF", resolution=200, save_all=True, append_images=others)
    return buffer.getvalue()


def blank(size: tuple[int, int] = (1654, 2339)) -> Image.Image:
    return Image.new("L", size, 255)
