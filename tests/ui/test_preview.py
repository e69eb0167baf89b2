"""The print preview: the frozen plan page by page in French or German, saved only where the
agent chooses, printed through the spooler, and nothing of the family left on disk."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from app.documents.plan import render_plan
from app.services.base.context import ServiceContext
from app.store.store import Store
from tests import cups_spooler
from tests.app.services.family import plan_ready_to_sign
from tests.leaks import leaked
from ui.documents.preview import DocumentPreview
from ui.operations import StoreOperations
from ui.qt import QFileDialog

PLANTED = "Quartzwald"  # a family name found nowhere else


def _plan(store: Store) -> tuple[ServiceContext, object]:
    agent, _family, version_id = plan_ready_to_sign(store, "agent.preview", PLANTED)
    return agent, version_id


def test_preview_save_and_print_leave_nothing_of_the_family_on_disk(
    qtbot: QtBot, store: Store, store_dir: Path, operations: StoreOperations, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, french: None,
) -> None:
    started = time.time() - 1
    agent, version_id = _plan(store)
    chosen = tmp_path / "chosen" / "projet.pdf"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(chosen), "")))
    preview = DocumentPreview(operations,
                              lambda language: render_plan(agent, version_id, language),  # type: ignore[arg-type]
                              "projet-v1", "projet-v1.pdf")
    # Not ``qtbot.addWidget``: the preview deletes itself on close, and qtbot's own close at
    # teardown failed on a deleted widget whenever the deferred delete ran first.
    try:
        _preview_save_and_print(qtbot, preview, chosen, operations, monkeypatch)
    finally:
        if shiboken6.isValid(preview):
            preview.close()
    assert operations.wait()
    assert leaked(PLANTED, started, skip=[chosen.parent, store_dir]) == []


def _preview_save_and_print(qtbot: QtBot, preview: DocumentPreview, chosen: Path,
                            operations: StoreOperations,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    preview.show()
    qtbot.waitUntil(lambda: bool(preview.pages), timeout=20_000)
    pages = subprocess.run(["pdfinfo", "-"], input=preview.pdf, capture_output=True,
                           check=True).stdout.decode()
    assert f"Pages:           {len(preview.pages)}" in pages
    assert preview.pages[0].width() > 700  # about 100 dpi: readable on a laptop

    preview.language.setCurrentIndex(preview.language.findData("de"))
    qtbot.waitUntil(lambda: b"Interventionsprojekt" in _text(preview.pdf), timeout=20_000)

    preview.save_document()
    qtbot.waitUntil(lambda: chosen.exists() and chosen.read_bytes() == preview.pdf,
                    timeout=10_000)

    printed: list[Path] = []
    if cups_spooler.unavailable_reason() is None:
        with cups_spooler.pdf_printer() as printer:
            monkeypatch.setenv("CUPS_SERVER", str(printer.socket))
            preview.printer.addItem(printer.name, printer.name)
            preview.printer.setCurrentIndex(preview.printer.count() - 1)
            preview._busy(False)
            preview.print_button.click()
            qtbot.waitUntil(lambda: "CPI-PDF" in preview.message.text(), timeout=20_000)
            printed = printer.printed()
        assert printed, "the spooler printed nothing"
    preview.close()


def _text(pdf: bytes) -> bytes:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout
