"""The print preview: a document page by page, in the family's language, then printed on a
printer of the computer or saved as PDF where the agent chooses, and nowhere else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import CpiError
from ui.accessibility import announce, fit_to_screen
from ui.documents.pages import page_images
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QImage,
    QKeySequence,
    QPixmap,
    QPrinterInfo,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.spooler import send_to_printer
from ui.unlock_dialog import ERROR_STYLE

Render = Callable[[str], bytes]
#: Runs ``work`` off the GUI thread, then ``done(result)`` or ``failed(exc)`` on it.
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]],
                  None]


class DocumentPreview(QDialog):
    """``render(language)`` runs on the store lane and returns the PDF bytes."""

    def __init__(self, operations: StoreOperations, render: Render, job_title: str,
                 file_name: str, parent: QWidget | None = None, *,
                 language: str = "fr", render_on: Runner | None = None) -> None:
        """``language``: the one the document opens in (the family's, chosen on the
        dossier); the agent may still switch. ``render_on``: where ``render`` runs when not on
        the store lane (a document the server makes: the network lane)."""
        super().__init__(parent)
        self._operations = operations
        self._render = render
        self._render_on: Runner = render_on or operations.run
        self._job_title = job_title  # printer queues are visible to others: no names in it
        self._file_name = file_name
        self.pdf = b""
        self.pages: list[QImage] = []
        # Closing frees the pages and the PDF: the family's names leave memory with them.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Print preview"))
        fit_to_screen(self, 900, 720)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("Deutsch", "de")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.language.currentIndexChanged.connect(self.refresh)
        self.printer = QComboBox()
        self.printer.setAccessibleName(self.tr("Printer"))
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        default = QPrinterInfo.defaultPrinterName()
        if default and self.printer.findData(default) >= 0:
            self.printer.setCurrentIndex(self.printer.findData(default))
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_button.clicked.connect(self.save_document)
        language_label = PlainLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        printer_label = PlainLabel(self.tr("P&rinter"))
        printer_label.setBuddy(self.printer)
        for widget in (language_label, self.language, printer_label,
                       self.printer, self.print_button, self.save_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("previewMessage")
        layout.addWidget(self.message)
        self.pages_area = QScrollArea()
        self.pages_area.setWidgetResizable(True)
        self.sheet = QWidget()
        self.sheet_layout = QVBoxLayout(self.sheet)
        self.pages_area.setWidget(self.sheet)
        layout.addWidget(self.pages_area, 1)
        self._busy(True)
        self.refresh()

    def _busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy and self.printer.count() > 0)
        self.save_button.setEnabled(not busy)

    def refresh(self, *_args: object) -> None:
        """Render the document in the chosen language, then its pages (on the lane)."""
        render, language = self._render, self.language.currentData()

        def work() -> tuple[bytes, list[QImage]]:
            pdf = render(language)
            return pdf, page_images(pdf)

        self._busy(True)
        self._render_on(work, self._shown, self._failed)

    def _shown(self, result: tuple[bytes, list[QImage]]) -> None:
        self.pdf, self.pages = result
        while self.sheet_layout.count():
            item = self.sheet_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        for number, image in enumerate(self.pages, start=1):
            page = PlainLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAccessibleName(self.tr("Page {number} of {count}").format(
                number=number, count=len(self.pages)))
            self.sheet_layout.addWidget(page)
        self._busy(False)
        if self.printer.count() == 0:
            self.message.setText(self.tr(
                "No printer is set up on this computer: save the document as PDF."))

    def print_document(self) -> None:
        pdf, printer, title = self.pdf, self.printer.currentData(), self._job_title
        self._busy(True)
        self._operations.run(lambda: send_to_printer(pdf, printer, title), self._printed,
                             self._failed)

    def _printed(self, _job: object) -> None:
        self._busy(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Sent to {printer}.").format(
            printer=self.printer.currentData()))

    def save_document(self) -> None:
        """Only where the agent chooses: the PDF holds the family's names."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self._file_name, self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        pdf = self.pdf
        self._operations.run(lambda: Path(path).write_bytes(pdf), self._saved, self._failed)

    def _saved(self, _written: object) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, OSError):
            self.message.setStyleSheet(ERROR_STYLE)
            announce(self.message, self.tr("The file could not be written: {reason}. Choose "
                                           "another place.").format(reason=exc.strerror))
            return
        if not isinstance(exc, CpiError):
            raise exc
        self.message.setStyleSheet(ERROR_STYLE)
        announce(self.message, exc.message())
