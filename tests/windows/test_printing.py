"""The plan printed on Windows: no `lp` there, so ``ui.spooler`` paints the pages on Qt's
printer and the job goes through the Windows spooler (Wine's, to the Linux side's CUPS queue
with the cups-pdf printer, installer/windows/layer.py). What comes out must be the plan: the
same pages, looking the same, and its QR code (plan version and fingerprint) read back.

The printed PDF holds no text, by design: ``ui.printer_painting`` sends each page as a
300 dpi picture drawn by PDFium (identical on every printer driver, no font on the way), so a
text extractor (pdftotext, PDFium's) finds nothing; the pictures are compared instead."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pypdfium2  # type: ignore[import-untyped]
import pytest
import zxingcpp
from PIL import Image, ImageChops, ImageStat

from app.documents.fingerprint import fingerprint
from app.documents.plan import render_plan
from app.store.store import Store
from tests.app.services.family import plan_ready_to_sign
from ui.qt import QApplication, QPrinterInfo
from ui.spooler import send_to_printer

PRINTER = os.environ.get("CPI_WINDOWS_PRINTER", "")
PRINTED = Path(os.environ.get("CPI_WINDOWS_PRINTED", "."))


@pytest.fixture
def printer() -> str:
    if not PRINTER:  # as the Linux printing tests: a private cupsd needs root (CI is)
        pytest.skip("no CUPS queue for the Windows layer: "
                    + os.environ.get("CPI_WINDOWS_NO_PRINTER", "CPI_WINDOWS_PRINTER unset"))
    return PRINTER


def _printed(before: set[Path], timeout_s: float = 120) -> Path:
    deadline = time.monotonic() + timeout_s
    sizes: dict[Path, int] = {}
    while time.monotonic() < deadline:
        files = {f: f.stat().st_size for f in PRINTED.glob("*.pdf") if f not in before}
        if files and files == sizes and all(
                b"%%EOF" in f.read_bytes()[-1024:] for f in files):
            assert len(files) == 1, files
            return next(iter(files))
        sizes = files
        time.sleep(0.5)
    raise AssertionError(f"nothing printed in {PRINTED} after {timeout_s} s")


def test_the_windows_spooler_lists_the_office_printer(qapp: QApplication, printer: str) -> None:
    assert printer in QPrinterInfo.availablePrinterNames()


def test_a_plan_printed_through_the_windows_spooler_is_the_plan(
        qapp: QApplication, store: Store, printer: str) -> None:
    agent, family, version_id = plan_ready_to_sign(store, "agent.windows.print")
    pdf = render_plan(agent, version_id)
    expected = pypdfium2.PdfDocument(pdf)
    before = set(PRINTED.glob("*.pdf"))
    assert send_to_printer(pdf, printer, "projet-intervention-v1") == ""
    out = pypdfium2.PdfDocument(_printed(before).read_bytes())
    try:
        assert len(out) == len(expected) == 2
        code = f"CPI-PLAN v1 {fingerprint(family.version(version_id))}"
        for index in range(len(out)):
            printed, original = _page(out, index), _page(expected, index)
            assert _qr_codes(printed) == [f"{code} p{index + 1}/2"], f"page {index + 1}"
            # Compared with the ink on the plan's page: a blank or shifted page differs by
            # about as much as the page has ink; the same page by the printer's rounding.
            difference = _difference(printed, original)
            ink = 255 - ImageStat.Stat(original.convert("L")).mean[0]
            assert difference < 0.5 * ink, (
                f"page {index + 1} differs from the plan: {difference:.2f} for {ink:.2f} ink")
    finally:
        out.close()
        expected.close()


def _page(pdf: pypdfium2.PdfDocument, index: int) -> Image.Image:
    page = pdf[index]
    return page.render(scale=150 / 72).to_pil().convert("RGB")


def _qr_codes(image: Image.Image) -> list[str]:
    return [c.text for c in zxingcpp.read_barcodes(image)
            if c.format == zxingcpp.BarcodeFormat.QRCode]


def _difference(printed: Image.Image, original: Image.Image) -> float:
    """Mean difference of the pages in grey levels (0-255) at 15 dpi: the text lines, boxes
    and the QR code where the plan has them, within the printer's rounding and margins (a
    blank page differs by the page's whole ink)."""
    size = (int(original.width / 10), int(original.height / 10))
    small = [image.convert("L").resize(size, Image.Resampling.BOX)
             for image in (printed, original)]
    return float(ImageStat.Stat(ImageChops.difference(*small)).mean[0])


def test_an_unknown_printer_is_a_clear_refusal(qapp: QApplication) -> None:
    from app.errors import UserInputError
    with pytest.raises(UserInputError) as refused:
        send_to_printer(b"%PDF-1.4\n", "Imprimante-Inexistante", "essai")
    assert "Imprimante-Inexistante" in refused.value.message()
