"""Back from the family's table: find the exact plan version from the fingerprint printed on
every page (typed, pasted, or typed by a QR scanner), open its dossier on the plan, and attach
the scan of the signed pages to that version and no other."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import CpiError
from app.services.base.context import ServiceContext
from app.services.plan.lookup import VersionMatch, find_version_by_fingerprint
from app.services.plan.scans import ScanInfo, attach_signed_scan
from ui.accessibility import announce
from ui.operations import Change, StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from ui.unlock_dialog import ERROR_STYLE

if TYPE_CHECKING:
    from ui.documents.scanned_plan import ScannedPlanDialog

MEDIA_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
               ".jpeg": "image/jpeg"}


class FindVersionDialog(QDialog):
    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 open_dossier: Callable[[uuid.UUID], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._ctx = ctx
        self._open_dossier = open_dossier
        self.match: VersionMatch | None = None
        self.attached: list[ScanInfo] = []
        self.setWindowTitle(self.tr("Find a plan version by its fingerprint"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.fingerprint.returnPressed.connect(self.look_up)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        layout.addLayout(form)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.clicked.connect(self.look_up)
        layout.addWidget(self.find_button)
        self.answer = PlainLabel()
        self.answer.setWordWrap(True)
        self.answer.setObjectName("findResult")
        layout.addWidget(self.answer)
        self.attach_button = QPushButton(self.tr("Attach the scan of the signed pages…"))
        self.attach_button.clicked.connect(self.choose_scan)
        self.attach_button.setEnabled(False)
        layout.addWidget(self.attach_button)
        # No fingerprint to type: the codes on the scanned pages find the version.
        self.scanned_button = QPushButton(self.tr("Attach a scanned signed plan by its "
                                                  "codes…"))
        self.scanned_button.clicked.connect(self.open_scanned)
        layout.addWidget(self.scanned_button)
        self.scanned_dialog: ScannedPlanDialog | None = None
        self.finished.connect(self._close_scanned)

    def open_scanned(self) -> None:
        """The scan's pages find their version themselves (QR code on each page)."""
        # Imported here: PDFium, zxing-cpp and Pillow load when a scan is read, not at start.
        from ui.documents.scanned_plan import ScannedPlanDialog

        if self.scanned_dialog is None:
            self.scanned_dialog = ScannedPlanDialog(self._operations, self._ctx, self)
        self.scanned_dialog.show()

    def _close_scanned(self, _result: int) -> None:
        """This dialog closes (the store locks, the agent is done): the scan's too."""
        if self.scanned_dialog is not None and is_alive(self.scanned_dialog):
            self.scanned_dialog.reject()
        self.scanned_dialog = None

    def look_up(self) -> None:
        ctx, typed = self._ctx, self.fingerprint.text()
        self._operations.run(lambda: find_version_by_fingerprint(ctx, typed), self._found,
                             self._failed)

    def _found(self, match: VersionMatch) -> None:
        self.match = match
        self.answer.setStyleSheet("")
        self.answer.setText(self.tr("Dossier {number}, version {version}.").format(
            number=match.case_number, version=match.number))
        self.attach_button.setEnabled(True)
        self._open_dossier(match.case_id)

    def choose_scan(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Scan of the signed pages"), "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """The scan goes into the encrypted store, checked against the version found (the
        fingerprint typed is the one read from the scan's pages)."""
        match, ctx, read = self.match, self._ctx, self.fingerprint.text()
        if match is None:
            return
        media_type = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")

        def work() -> ScanInfo:
            return attach_signed_scan(ctx, match.version_id, path.read_bytes(), media_type,
                                      read)

        self._operations.run(work, self._attached, self._failed, change=Change(match.case_id))

    def _attached(self, info: ScanInfo) -> None:
        self.attached.append(info)
        self.answer.setStyleSheet("")
        self.answer.setText(self.tr("Scan attached to version {version}.").format(
            version=self.match.number if self.match else ""))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            message = self.tr("The file could not be read: {reason}.").format(
                reason=exc.strerror)
        elif isinstance(exc, CpiError):
            message = exc.message()
        else:
            raise exc
        self.answer.setStyleSheet(ERROR_STYLE)
        announce(self.answer, message, self.fingerprint)

