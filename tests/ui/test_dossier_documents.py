"""The dossier's documents tab: a court order (a real PDF made by ReportLab) attached through
the dossier window and opened in the viewer, its page rendered inside the application; a
copy saved only where the agent says; corrected and withdrawn from the same tab."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.domain import DossierDocumentKind
from app.services.base.context import ServiceContext
from app.services.dossier.detail import load_dossier_detail
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.documents_data import court_order_pdf
from tests.app.services.family import OFFICE, Family
from tests.proof.scan import scan
from ui.dossier.documents import DocumentDialog, DocumentsPage, DocumentViewer
from ui.dossier_window import DossierWindow
from ui.operations import StoreOperations
from ui.qt import QDate, QImage, is_alive


def _agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.pieces", "Agent Pièces", OFFICE)


def _dark_share(image: QImage) -> float:
    """The share of dark pixels on a grid over the page (the text and the black band)."""
    dark = total = 0
    for y in range(0, image.height(), 6):
        for x in range(0, image.width(), 6):
            total += 1
            if image.pixelColor(x, y).lightness() < 80:
                dark += 1
    return dark / total


def test_a_court_order_is_attached_and_shown_in_the_viewer(
        qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
        tmp_path: Path) -> None:
    agent = _agent(store)
    family = Family.open(agent, date(2026, 3, 2))
    pdf = court_order_pdf()
    chosen = tmp_path / "ordonnance.pdf"  # the agent's own file, as received
    chosen.write_bytes(pdf)
    window = DossierWindow(load_dossier_detail(agent, family.case_id), operations, agent)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    index = titles.index("Pièces du dossier (0)")  # counted, as the other tabs
    assert titles[-1].startswith("Historique") and titles[index - 1].startswith("Contacts")
    window.tabs.setCurrentIndex(index)
    page = window.tabs.currentWidget()
    assert isinstance(page, DocumentsPage)
    assert operations.wait()
    assert page.table.rowCount() == 0 and not page.open_button.isEnabled()

    dialog = page.add()
    assert isinstance(dialog, DocumentDialog) and dialog in window.document_dialogs
    dialog.choose_file(chosen)
    assert dialog.title_field.text() == "ordonnance"
    dialog.kind.setCurrentIndex(dialog.kind.findData(DossierDocumentKind.COURT_ORDER.value))
    dialog.dated_on.setDate(QDate(2026, 2, 27))
    dialog.source.setText("Tribunal de la jeunesse de Luxembourg")
    dialog.title_field.setText("Ordonnance de garde provisoire")
    dialog.set_persons([family.child])
    dialog.ok.click()
    qtbot.waitUntil(lambda: not is_alive(dialog) or not dialog.isVisible(), timeout=10_000)
    # The window built its tabs again after the write: the new page lists the order.
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), DocumentsPage)
                    and window.tabs.currentWidget().table.rowCount() == 1, timeout=10_000)
    page = window.tabs.currentWidget()
    assert isinstance(page, DocumentsPage)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Pièces du dossier (1)"
    cells = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert cells[:4] == ["27/02/2026", "ordonnance du tribunal", "Ordonnance de garde provisoire",
                         "Tribunal de la jeunesse de Luxembourg"]
    assert cells[4] == "Léa Tavares"

    viewer = page.open_current()
    assert isinstance(viewer, DocumentViewer)
    qtbot.waitUntil(lambda: viewer.page_count == 1, timeout=10_000)
    image = viewer.page_image(0)
    assert image.width() > 500 and 0.03 < _dark_share(image) < 0.5  # the page shows
    assert viewer.page_view.pixmap() is not None and not viewer.page_view.pixmap().isNull()
    assert viewer.page_label.text() == "Page 1 sur 1"
    copy = tmp_path / "copie" / "ordonnance-copie.pdf"
    copy.parent.mkdir()
    viewer.save_copy(copy)  # where the agent chose (the file dialog's answer)
    qtbot.waitUntil(copy.exists, timeout=10_000)
    assert operations.wait() and copy.read_bytes() == pdf
    viewer.reject()
    assert viewer.page_count == 0  # the pages leave memory with the viewer

    withdraw = page.withdraw_current()
    assert withdraw is not None
    withdraw.reason.setPlainText("Remplacée par le jugement au fond")
    withdraw.ok.click()
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), DocumentsPage)
                    and window.tabs.currentWidget().table.rowCount() == 1
                    and window.tabs.currentWidget().table.item(0, 6).text() != "",
                    timeout=10_000)
    page = window.tabs.currentWidget()
    assert isinstance(page, DocumentsPage)
    assert "Remplacée par le jugement au fond" in page.table.item(0, 6).text()
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Pièces du dossier (1)"
    assert not page.correct_button.isEnabled() and page.open_button.isEnabled()
    window.close()


def test_a_file_of_another_kind_is_refused_in_the_dialog(
        qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
        tmp_path: Path) -> None:
    agent = _agent(store)
    family = Family.open(agent, date(2026, 3, 2))
    named_pdf = tmp_path / "pas-un-pdf.pdf"
    named_pdf.write_bytes(b"PK\x03\x04 un document de traitement de texte")
    page = DocumentsPage(operations, agent, family.case_id,
                         load_dossier_detail(agent, family.case_id).summary.persons, True)
    qtbot.addWidget(page)
    dialog = page.add()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.choose_file(named_pdf)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert "PDF, JPEG ou PNG" in dialog.problem.text() or "PDF" in dialog.problem.text()
    assert dialog.isVisible() or dialog.ok.isEnabled()


def test_viewing_and_attaching_write_nothing_in_clear(
        qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The document's bytes (a real PNG carrying a planted text after its end) are found in
    the agent's own file, and nowhere else under the test's folders once attached and shown:
    the store is encrypted, the viewer renders in memory, no temporary file is written."""
    needle = "PIECE-CONFIDENTIELLE-QZX-7"
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    content = bytes(buffer.data().data()) + needle.encode()
    chosen = tmp_path / "received" / "carte.png"
    chosen.parent.mkdir()
    chosen.write_bytes(content)
    agent = _agent(store)
    family = Family.open(agent, date(2026, 3, 2))
    page = DocumentsPage(operations, agent, family.case_id,
                         load_dossier_detail(agent, family.case_id).summary.persons, True)
    qtbot.addWidget(page)
    page.show()
    dialog = page.add()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.choose_file(chosen)
    dialog.kind.setCurrentIndex(dialog.kind.findData(
        DossierDocumentKind.IDENTITY_DOCUMENT.value))
    dialog.ok.click()
    qtbot.waitUntil(lambda: not is_alive(dialog) or not dialog.isVisible(), timeout=10_000)
    page.load()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    viewer = page.open_current()
    assert viewer is not None
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.page_count == 1, timeout=10_000)
    assert _dark_share(viewer.page_image(0)) > 0.9  # the image itself is shown
    viewer.reject()
    assert operations.wait()
    store.lock()  # the WAL checkpointed: every byte the store wrote is on disk
    assert scan([tmp_path], [needle]).hits == [(chosen, needle)]  # the scan does find it
    assert scan([tmp_path], [needle], skip=chosen.parent).hits == []
