"""Printing where there is no `lp` (Windows): the pages painted on Qt's printer, proven here
against a real CUPS queue with the cups-pdf virtual printer. What comes out must be the plan:
the same pages, and the QR code on them still read by a decoder.

libcups remembers the first print server a process talks to, so the painting runs in a process
of its own, told the private spooler's socket from the start.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdfium2  # type: ignore[import-untyped]
import pytest
import zxingcpp

from app.documents.fingerprint import fingerprint
from app.documents.plan import render_plan
from app.errors import UserInputError
from app.store.store import Store
from tests import cups_spooler
from tests.app.services.family import plan_ready_to_sign
from ui.printer_painting import paint_on_printer
from ui.qt import QApplication

pytestmark = pytest.mark.skipif(cups_spooler.unavailable_reason() is not None,
                                reason=cups_spooler.unavailable_reason() or "")


def _qr_codes(pdf: pypdfium2.PdfDocument) -> list[str]:
    codes = []
    for index in range(len(pdf)):
        image = pdf[index].render(scale=200 / 72).to_pil()
        codes += [c.text for c in zxingcpp.read_barcodes(image)
                  if c.format == zxingcpp.BarcodeFormat.QRCode]
    return codes


def test_painted_pages_reach_the_spooler_as_the_plan(
    qapp: QApplication, store: Store, monkeypatch: pytest.MonkeyPatch,
) -> None:
    agent, family, version_id = plan_ready_to_sign(store, "agent.paint")
    pdf = render_plan(agent, version_id)
    with cups_spooler.pdf_printer() as printer:
        monkeypatch.setenv("CUPS_SERVER", str(printer.socket))
        assert _paint_in_own_process(pdf, printer.name, printer.socket) == "2"
        printed = printer.printed()
        assert len(printed) == 1
        out = pypdfium2.PdfDocument(printed[0].read_bytes())
    assert len(out) == len(pypdfium2.PdfDocument(pdf))
    printed = fingerprint(family.version(version_id))
    assert _qr_codes(out) == [f"CPI-PLAN v1 {printed} p{page}/{len(out)}"
                              for page in range(1, len(out) + 1)]


def test_a_printer_that_is_not_set_up_is_a_clear_refusal(qapp: QApplication) -> None:
    with pytest.raises(UserInputError) as refused:
        paint_on_printer(b"%PDF-1.4\n", "Imprimante-Inexistante", "essai")
    assert "Imprimante-Inexistante" in refused.value.message()


_PAINT = """
import sys
from ui.qt import QApplication
from ui.printer_painting import paint_on_printer
app = QApplication(["paint"])
print(paint_on_printer(sys.stdin.buffer.read(), sys.argv[1], "projet-intervention-v1"))
"""


def _paint_in_own_process(pdf: bytes, printer: str, socket: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _PAINT, printer], input=pdf, capture_output=True, timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "CUPS_SERVER": str(socket), "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout.decode().strip().splitlines()[-1]
