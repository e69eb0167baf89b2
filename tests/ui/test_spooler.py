"""Printing the plan through a real spooler: CUPS receives the job from the PDF bytes on
standard input and the cups-pdf virtual printer writes what a paper printer would print."""

from __future__ import annotations

import subprocess
import time

import pytest

from app.documents.fingerprint import fingerprint
from app.documents.plan import render_plan
from app.errors import UserInputError
from app.store.store import Store
from tests import cups_spooler
from tests.app.services.family import plan_ready_to_sign
from tests.leaks import spooled_documents
from ui.spooler import send_to_printer

pytestmark = pytest.mark.skipif(cups_spooler.unavailable_reason() is not None,
                                reason=cups_spooler.unavailable_reason() or "")


def test_the_plan_goes_through_cups_and_comes_out_with_its_text(
    store: Store, monkeypatch: pytest.MonkeyPatch,
) -> None:
    agent, family, version_id = plan_ready_to_sign(store, "agent.print")
    pdf = render_plan(agent, version_id)
    with cups_spooler.pdf_printer() as printer:
        monkeypatch.setenv("CUPS_SERVER", str(printer.socket))
        job = send_to_printer(pdf, printer.name, "projet-intervention-v1")
        assert job.startswith(printer.name)
        printed = printer.printed()
        assert len(printed) == 1
        text = subprocess.run(["pdftotext", str(printed[0]), "-"], capture_output=True,
                              text=True, check=True).stdout
        # Printed, the plan does not stay in the spool (installer/linux/install.sh's setting).
        deadline = time.monotonic() + 15
        while spooled_documents(printer.spool) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert spooled_documents(printer.spool) == []
        # (With PreserveJobFiles Yes the job's document, d00001-001, is still there: the
        # check can tell.)
    # cups-pdf re-distils the job through PostScript: the glyphs print, but text extraction
    # keeps only ASCII letters, so the check uses the family name and the fingerprint.
    assert "Tavares" in text and "Projet d" in text
    assert fingerprint(family.version(version_id)) in text


def test_an_unknown_printer_is_a_clear_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    with cups_spooler.pdf_printer() as printer:
        monkeypatch.setenv("CUPS_SERVER", str(printer.socket))
        with pytest.raises(UserInputError) as refused:
            send_to_printer(b"%PDF-1.4\n", "Imprimante-Inexistante", "essai")
    assert "Imprimante-Inexistante" in refused.value.message()
