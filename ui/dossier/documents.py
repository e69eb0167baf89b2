"""The dossier's documents tab: court orders, reports, identity documents and letters received,
attached to the dossier and kept encrypted in the store. Listed with what describes them;
added from a file the agent chooses, opened in a viewer inside the application (a PDF's pages
rendered in memory by PDFium, an image by Qt: never a file in clear on disk), a copy saved
only where the agent chooses; corrected and withdrawn, never deleted."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.domain import DossierDocumentKind
from app.errors import UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base.context import ServiceContext
from app.services.caseload.listing import PersonView
from app.services.dossier.documents import (
    MAX_BYTES,
    DocumentDescription,
    DocumentInfo,
    add_document,
    correct_document,
    document_content,
    dossier_documents,
    withdraw_document,
)
from ui.caseload_model import short_date
from ui.documents.page_viewer import PageViewer
from ui.dossier.actions import scan_pages
from ui.family_map.dialogs import StoreDialog, date_edit, day_of, enum_combo, text_area
from ui.labels import label
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QDate,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QImage,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QShowEvent,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from ui.unlock_dialog import ERROR_STYLE

# The files offered by the file dialog (the content is checked by its bytes all the same).
FILE_FILTER = "PDF, PNG, JPEG (*.pdf *.png *.jpg *.jpeg *.PDF *.PNG *.JPG *.JPEG)"
_SUFFIX = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("AttachedDocuments", "{size} MB").format(
            size=f"{size / 1024 / 1024:.1f}")
    return QCoreApplication.translate("AttachedDocuments", "{size} kB").format(
        size=max(1, round(size / 1024)))


def _names(persons: Sequence[PersonView]) -> dict[uuid.UUID, str]:
    return {p.person_id: f"{p.first_name} {p.last_name}".strip() for p in persons}


class DocumentsPage(QWidget):
    """The documents of one dossier, read on the store lane when first shown (the dossier
    window builds the page again after any write in the dossier). ``keep(dialog)`` opens a
    dialog the window holds: it outlives this page, and goes when the window closes."""

    def __init__(self, operations: StoreOperations | None, ctx: ServiceContext | None,
                 case_id: uuid.UUID, persons: Sequence[PersonView], writable: bool,
                 keep: Callable[[QDialog], None] | None = None) -> None:
        super().__init__()
        self._keep_dialog = keep
        self.setObjectName("documentsPage")
        self._operations = operations
        self._ctx = ctx
        self._case_id = case_id
        self._persons = list(persons)
        self._writable = writable and operations is not None and ctx is not None
        self._asked = False
        self.infos: list[DocumentInfo] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a document…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        for button, slot in ((self.add_button, self.add), (self.open_button, self.open_current),
                             (self.correct_button, self.correct_current),
                             (self.withdraw_button, self.withdraw_current)):
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = PlainLabel()
        self.message.setObjectName("documentsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("documentsTable")
        self.table.setAccessibleName(self.tr("Documents of the dossier"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Kind"), self.tr("Title"), self.tr("Sender"),
            self.tr("Concerns"), self.tr("File"), self.tr("Withdrawn")])
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._asked:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        operations, ctx, case_id = self._operations, self._ctx, self._case_id
        if operations is None or ctx is None or ctx.store.is_locked:
            return  # shown while the windows close at a lock: nothing to read any more
        self._asked = True
        operations.run(lambda: None if ctx.store.is_locked  # locked while queued
                       else dossier_documents(ctx, case_id), self._loaded, shown_in=self)

    def _loaded(self, infos: list[DocumentInfo] | None) -> None:
        if infos is None or not is_alive(self):
            return
        self.infos = infos
        names = _names(self._persons)
        self.table.setRowCount(len(infos))
        for row, info in enumerate(infos):
            file = self.tr("deleted (art. 7)") if info.dropped_on is not None \
                else _size(info.size)
            withdrawn = self.tr("{date}: {reason}").format(
                date=short_date(info.ended_on), reason=info.end_reason) if info.ended_on else ""
            cells = (short_date(info.dated_on), label(info.kind), info.title, info.source,
                     ", ".join(names.get(p, "") for p in info.person_ids)
                     or self.tr("the family"), file, withdrawn)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        if infos and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._enable()

    @property
    def current(self) -> DocumentInfo | None:
        row = self.table.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def _enable(self) -> None:
        current = self.current
        self.add_button.setEnabled(self._writable)
        self.open_button.setEnabled(current is not None and current.dropped_on is None)
        editable = self._writable and current is not None and current.ended_on is None
        self.correct_button.setEnabled(editable)
        self.withdraw_button.setEnabled(editable)

    def show_failure(self, message: str) -> None:
        if is_alive(self):
            self.message.setText(message)
            self.message.show()

    def _keep(self, dialog: QDialog) -> None:
        if self._keep_dialog is not None:
            self._keep_dialog(dialog)
        else:
            dialog.open()

    def _parent(self) -> QWidget:
        return self.window() if self._keep_dialog is not None else self

    def add(self) -> DocumentDialog | None:
        if not self._writable or self._operations is None or self._ctx is None:
            return None
        dialog = DocumentDialog(self._operations, self._ctx, self._case_id, self._persons,
                                None, self._parent())
        self._keep(dialog)
        return dialog

    def open_current(self) -> DocumentViewer | None:
        current = self.current
        if current is None or self._operations is None or self._ctx is None:
            return None
        viewer = DocumentViewer(self._operations, self._ctx, current, self._parent())
        self._keep(viewer)
        return viewer

    def correct_current(self) -> DocumentDialog | None:
        current = self.current
        if current is None or self._operations is None or self._ctx is None:
            return None
        dialog = DocumentDialog(self._operations, self._ctx, self._case_id, self._persons,
                                current, self._parent())
        self._keep(dialog)
        return dialog

    def withdraw_current(self) -> WithdrawDocumentDialog | None:
        current = self.current
        if current is None or self._operations is None or self._ctx is None:
            return None
        dialog = WithdrawDocumentDialog(self._operations, self._ctx, self._case_id, current,
                                        self._parent())
        self._keep(dialog)
        return dialog


class DocumentDialog(StoreDialog):
    """Add a document (``documents.add_document``: a file and what describes it) or correct
    what describes one (``documents.correct_document``: its file never changes)."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 persons: Sequence[PersonView], document: DocumentInfo | None,
                 parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("DocumentDialog", "Add a document") \
            if document is None else QCoreApplication.translate("DocumentDialog",
                                                                 "Correct a document")
        super().__init__(operations, ctx, case_id, title, parent)
        self._document = document
        self.path: Path | None = None
        self.setMinimumWidth(640)
        if document is None:
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            self.file = QLineEdit()
            self.file.setReadOnly(True)
            self.file.setPlaceholderText(self.tr("PDF, PNG or JPEG, at most 20 MB"))
            self.choose = QPushButton(self.tr("C&hoose…"))
            self.choose.clicked.connect(self._choose)
            line.addWidget(self.file, 1)
            line.addWidget(self.choose)
            self.row(self.tr("&File"), holder, "file")
        self.kind = self.row(self.tr("&Kind of document"),
                             enum_combo(list(DossierDocumentKind)), "kind")
        self.dated_on = self.row(self.tr("&Date of the document"), date_edit(), "datedOn")
        self.source = self.row(self.tr("&From (author or sender)"), QLineEdit(), "source",
                               ("dossier_document", "source"))
        self.source.setPlaceholderText(self.tr("e.g. Youth court of Luxembourg"))
        self.title_field = self.row(self.tr("&Title"), QLineEdit(), "title",
                                    ("dossier_document", "title"))
        self.persons = QListWidget()
        self.persons.setFixedHeight(110)
        for person in persons:
            item = QListWidgetItem(f"{person.first_name} {person.last_name}".strip())
            item.setData(Qt.ItemDataRole.UserRole, str(person.person_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.persons.addItem(item)
        self.row(self.tr("&Concerns"), self.persons, "persons")
        note = PlainLabel(self.tr("Tick no one for a document about the whole family."))
        note.setWordWrap(True)
        self.form.addRow(note)
        if document is not None:
            self.kind.setCurrentIndex(self.kind.findData(document.kind.value))
            self.dated_on.setDate(QDate(document.dated_on.year, document.dated_on.month,
                                        document.dated_on.day))
            self.source.setText(document.source)
            self.title_field.setText(document.title)
            chosen = {str(p) for p in document.person_ids}
            for index in range(self.persons.count()):
                item = self.persons.item(index)
                if item.data(Qt.ItemDataRole.UserRole) in chosen:
                    item.setCheckState(Qt.CheckState.Checked)

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the document"), "", FILE_FILTER)
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        """The file to attach (read on the store lane when saved, never copied elsewhere)."""
        self.path = path
        self.file.setText(path.name)
        if not self.title_field.text().strip():
            self.title_field.setText(path.stem[:200])

    def set_persons(self, person_ids: Sequence[uuid.UUID]) -> None:
        wanted = {str(p) for p in person_ids}
        for index in range(self.persons.count()):
            item = self.persons.item(index)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)

    def description(self) -> DocumentDescription:
        chosen = tuple(uuid.UUID(self.persons.item(i).data(Qt.ItemDataRole.UserRole))
                       for i in range(self.persons.count())
                       if self.persons.item(i).checkState() == Qt.CheckState.Checked)
        return DocumentDescription(DossierDocumentKind(self.kind.currentData()),
                                   day_of(self.dated_on.date()), self.source.text(),
                                   self.title_field.text(), chosen)

    def work(self) -> Callable[[], Any]:
        ctx, case_id, description = self._ctx, self.case_id, self.description()
        if self._document is not None:
            document_id = self._document.id
            return lambda: correct_document(ctx, document_id, description)
        path = self.path
        if path is None:
            raise UserInputError(QT_TRANSLATE_NOOP(
                "AttachedDocuments", "Choose the file of the document first."))

        def attach() -> uuid.UUID:
            try:
                with path.open("rb") as chosen:  # one byte past the limit says too large
                    content = chosen.read(MAX_BYTES + 1)
            except OSError as exc:
                raise UserInputError(QT_TRANSLATE_NOOP(
                    "AttachedDocuments", "This file cannot be read. Check that it is still "
                                        "there and choose it again.")) from exc
            return add_document(ctx, case_id, content, description)
        return attach


class WithdrawDocumentDialog(StoreDialog):
    """Withdraw a document from the dossier, with a date and a reason (it stays listed)."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 document: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Withdraw a document"), parent)
        self._document = document
        shown = PlainLabel(document.title)
        shown.setWordWrap(True)
        self.form.addRow(shown)
        self.on = self.row(self.tr("Withdrawn &on"), date_edit(), "withdrawnOn")
        self.reason = self.row(self.tr("&Reason"), text_area(), "reason",
                               ("dossier_document", "end_reason"))
        self.reason.setPlaceholderText(self.tr(
            "e.g. Attached to the wrong dossier; replaced by the final decision"))
        self.setMinimumWidth(560)

    def work(self) -> Callable[[], Any]:
        ctx, document_id = self._ctx, self._document.id
        on, reason = day_of(self.on.date()), self.reason.toPlainText()
        return lambda: withdraw_document(ctx, document_id, on, reason)


class DocumentViewer(QDialog):
    """One document shown page by page inside the application; its pages and bytes stay in
    memory, and leave it with the viewer. "Save a copy" writes only where the agent says."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 document: DocumentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._ctx = ctx
        self._document = document
        self._closed = False
        self._content = b""
        self.setWindowTitle(self.tr("Document: {title}").format(title=document.title))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 760)
        layout = QVBoxLayout(self)
        self.problem = PlainLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.viewer = PageViewer(self.tr("Page of the document"))
        self.page_view, self.page_label = self.viewer.page_view, self.viewer.page_label
        layout.addWidget(self.viewer, 1)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save_copy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.viewer.pager.addWidget(self.save_button)
        self.viewer.pager.addWidget(close)
        document_id = document.id
        operations.run(lambda: _rendered(ctx, document_id), self._rendered, shown_in=self)

    def _rendered(self, rendered: tuple[bytes, list[QImage]]) -> None:
        if self._closed or not is_alive(self):
            return
        self._content, pages = rendered
        self.save_button.setEnabled(bool(self._content))
        if not pages:
            self._say(self.tr("This file cannot be shown: it may be damaged. Save a copy to "
                              "open it with another program."))
        self.viewer.set_pages(pages)

    @property
    def page_count(self) -> int:
        return self.viewer.page_count

    def page_image(self, index: int) -> QImage:
        return self.viewer.page_image(index)

    def _save_copy(self) -> None:
        suffix = _SUFFIX.get(self._document.media_type, "")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the document"), f"document{suffix}",
            FILE_FILTER)
        if name:
            self.save_copy(Path(name))

    def save_copy(self, path: Path) -> None:
        """Write the document's bytes to ``path``, chosen by the agent (on the store lane)."""
        content = self._content
        if not content:
            return
        def write() -> None:
            try:
                path.write_bytes(content)
            except OSError as exc:
                raise UserInputError(QT_TRANSLATE_NOOP(
                    "AttachedDocuments", "The copy could not be saved there. Choose another "
                                        "folder.")) from exc

        self._operations.run(write, lambda _written: None, shown_in=self)

    def show_failure(self, message: str) -> None:
        if not self._closed:
            self._say(message)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def done(self, result: int) -> None:
        self._closed = True
        self.viewer.clear()  # the family's document leaves memory with the viewer
        self._content = b""
        super().done(result)


def _rendered(ctx: ServiceContext, document_id: uuid.UUID) -> tuple[bytes, list[QImage]]:
    """The document's bytes and its pages as images, in memory (on the store lane)."""
    media_type, content = document_content(ctx, document_id)
    return content, scan_pages(content, media_type)


