"""The scan of a signed plan dropped as it comes from the scanner: the code on each page says
its version and page, the pages are shown with what was read, a page whose code cannot be read
is confirmed by hand by the agent looking at it, and the whole is attached to its version with
its pages in order (app/services/plan/scanned_plan.py checks it all)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from app.errors import CpiError
from app.services.base.context import ServiceContext
from app.services.plan.lookup import normalise_fingerprint
from app.services.plan.scanned_plan import (
    PagePlacement,
    ScanFile,
    ScannedPage,
    attach_scanned_plan,
    placement_of,
    read_scanned_plan,
)
from app.services.plan.scans import ScanInfo
from ui.accessibility import announce
from ui.operations import Change, StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QImage,
    QLineEdit,
    QListWidget,
    QPixmap,
    QPushButton,
    QScrollArea,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from ui.unlock_dialog import ERROR_STYLE

MEDIA_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
               ".jpeg": "image/jpeg"}
ScanRead = tuple[list[ScanFile], list[ScannedPage]]


def _read(ctx: ServiceContext, paths: list[Path]) -> ScanRead:
    """The files' bytes (kept in memory only) and their pages read; on the store lane."""
    files = [ScanFile(path.read_bytes(),
                      MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream"))
             for path in paths]
    return files, read_scanned_plan(ctx, files)


class ScannedPlanDialog(QDialog):
    """Drop or choose the scan of a signed plan; its pages find their version themselves."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._ctx = ctx
        self._files: list[ScanFile] = []
        self.pages: list[ScannedPage] = []
        self.placements: list[PagePlacement | None] = []
        self.attached: ScanInfo | None = None
        self.setWindowTitle(self.tr("Attach a scanned signed plan"))
        self.setAccessibleName(self.windowTitle())
        self.setAcceptDrops(True)
        self.resize(1000, 720)
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        hint = PlainLabel(self.tr(
            "Drop here the scan of the signed plan, or choose it: one PDF of all its pages, "
            "or one image per page (PNG, JPEG), in any order. The code printed on each page "
            "finds the version and puts the pages in order."))
        hint.setWordWrap(True)
        side.addWidget(hint)
        self.choose_button = QPushButton(self.tr("&Choose the scan…"))
        self.choose_button.clicked.connect(self.choose)
        side.addWidget(self.choose_button)
        self.list = QListWidget()
        self.list.setObjectName("scanPages")
        self.list.setAccessibleName(self.tr("Pages of the scan"))
        self.list.setWordWrap(True)  # "Page 2 of 3, version 1 of dossier …": read whole
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listed = PlainLabel(self.tr("&Pages of the scan"))
        listed.setBuddy(self.list)
        side.addWidget(listed)
        side.addWidget(self.list, 1)
        self.answer = PlainLabel()
        self.answer.setObjectName("scanAnswer")
        self.answer.setWordWrap(True)
        self.answer.hide()
        side.addWidget(self.answer)
        self.attach_button = QPushButton(self.tr("&Attach to the version, pages in order"))
        self.attach_button.setEnabled(False)
        self.attach_button.clicked.connect(self.attach)
        side.addWidget(self.attach_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        side.addWidget(close)
        holder = QWidget()
        holder.setLayout(side)
        holder.setFixedWidth(340)
        layout.addWidget(holder)
        viewer = QVBoxLayout()
        self.page_view = PlainLabel()
        self.page_view.setObjectName("scanPage")
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_view.setStyleSheet("background: #7a7a7a;")  # the white page stands out
        self.page_view.setAccessibleName(self.tr("Page of the scan"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page_view)
        viewer.addWidget(scroll, 1)
        self.by_hand = QGroupBox(self.tr("This page, as you read it on the paper"))
        form = QFormLayout(self.by_hand)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        form.addRow(self.tr("&Fingerprint"), self.fingerprint)
        self.page_number = QSpinBox()
        self.page_number.setRange(1, 999)
        form.addRow(self.tr("Page &number"), self.page_number)
        self.page_count = QSpinBox()
        self.page_count.setRange(1, 999)
        form.addRow(self.tr("&Of pages"), self.page_count)
        self.confirm_button = QPushButton(self.tr("C&onfirm this page"))
        self.confirm_button.clicked.connect(self.confirm_page)
        form.addRow(self.confirm_button)
        self.by_hand.setEnabled(False)
        viewer.addWidget(self.by_hand)
        layout.addLayout(viewer, 1)
        self.list.currentRowChanged.connect(self._show_page)

    def done(self, result: int) -> None:
        """Closed: the pages (the family's plan) are let go of at once."""
        self._files, self.pages, self.placements = [], [], []
        self.list.clear()
        self.page_view.clear()
        super().done(result)

    # The scan in

    def choose(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Scan of the signed plan"), "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if paths:
            self.load([Path(path) for path in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.load(paths)

    def load(self, paths: list[Path]) -> None:
        """Read the files and the codes of their pages (in this order), off the GUI thread."""
        ctx = self._ctx
        self.attached = None
        self.attach_button.setEnabled(False)
        self._say(self.tr("Reading the codes of the pages…"))
        self._operations.run(lambda: _read(ctx, paths), self._read, self._failed)

    def _read(self, read: ScanRead) -> None:
        if not is_alive(self):
            return
        self._files, self.pages = read
        self.placements = [placement_of(page) for page in self.pages]
        self._refresh()
        unread = sum(placement is None for placement in self.placements)
        if unread:
            self._say(self.tr("Pages to confirm by hand: {count}. Select each one, look at "
                              "it and say which page it is.").format(count=unread))
        else:
            self._say(self.tr("Every page's code was read."))
        first = next((i for i, placement in enumerate(self.placements) if placement is None), 0)
        if self.pages:
            self.list.setCurrentRow(first)

    # The pages

    def _refresh(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for page, placement in zip(self.pages, self.placements, strict=True):
            self.list.addItem(self._describe(page, placement))
        self.attach_button.setEnabled(bool(self.pages) and None not in self.placements)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def _describe(self, page: ScannedPage, placement: PagePlacement | None) -> str:
        if placement is None:
            if page.code is not None and page.version is not None:
                return self.tr("{position}. Version {version} of dossier {dossier}, page not "
                               "printed in its code: to confirm by hand").format(
                    position=page.position, version=page.version.number,
                    dossier=page.version.case_number)
            return self.tr("{position}. Code not read: to confirm by hand").format(
                position=page.position)
        by_hand = placement != placement_of(page)
        version = page.version if not by_hand else None
        if version is None or version.fingerprint != placement.fingerprint:
            text = self.tr("{position}. Page {page} of {pages}, fingerprint {fingerprint}")
            text = text.format(position=page.position, page=placement.page,
                               pages=placement.pages, fingerprint=placement.fingerprint)
        else:
            text = self.tr("{position}. Page {page} of {pages}, version {version} of dossier "
                           "{dossier}").format(
                position=page.position, page=placement.page, pages=placement.pages,
                version=version.number, dossier=version.case_number)
        return text + (self.tr(" (confirmed by hand)") if by_hand else "")

    def _show_page(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            self.page_view.clear()
            self.by_hand.setEnabled(False)
            return
        page, placement = self.pages[row], self.placements[row]
        image = QImage.fromData(page.preview)
        self.page_view.setPixmap(QPixmap.fromImage(image))
        self.page_view.setAccessibleDescription(self._describe(page, placement))
        self.by_hand.setEnabled(True)
        read = [p for p in self.placements if p is not None]
        common = Counter(p.fingerprint for p in read).most_common(1)
        counts = Counter(p.pages for p in read).most_common(1)
        shown = placement or PagePlacement(
            page.code.fingerprint if page.code else (common[0][0] if common else ""),
            self._first_missing(counts[0][0] if counts else 1),
            counts[0][0] if counts else 1)
        self.fingerprint.setText(shown.fingerprint)
        self.page_count.setValue(shown.pages)
        self.page_number.setValue(shown.page)

    def _first_missing(self, pages: int) -> int:
        taken = {p.page for p in self.placements if p is not None}
        return next((n for n in range(1, pages + 1) if n not in taken), 1)

    def confirm_page(self) -> None:
        """The agent says which page of which version the selected page is."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.pages):
            return
        try:
            printed = normalise_fingerprint(self.fingerprint.text())
        except CpiError as refused:
            self._say(refused.message(), error=True)
            return
        self.placements[row] = PagePlacement(printed, self.page_number.value(),
                                             self.page_count.value())
        self._refresh()
        left = sum(placement is None for placement in self.placements)
        if left:
            self._say(self.tr("Pages still to confirm by hand: {count}.").format(count=left))
            self.list.setCurrentRow(self.placements.index(None))
        else:
            self._say(self.tr("Every page is placed: attach the scan."))

    # The scan attached

    def attach(self) -> None:
        ctx, files, placements = self._ctx, list(self._files), list(self.placements)
        versions = {p.version.case_id for p in self.pages if p.version is not None}
        change = Change(next(iter(versions))) if len(versions) == 1 else Change()
        self._operations.run(lambda: attach_scanned_plan(ctx, files, placements),
                             self._attached, self._failed, change=change)

    def _attached(self, info: ScanInfo) -> None:
        if not is_alive(self):
            return
        self.attached = info
        match = next((p.version for p in self.pages
                      if p.version is not None and p.version.version_id == info.plan_version_id),
                     None)
        if match is None:
            self._say(self.tr("The scan is attached, its {count} pages in order.").format(
                count=info.pages))
        else:
            self._say(self.tr("The scan is attached to version {version} of dossier "
                              "{dossier}, its {count} pages in order.").format(
                version=match.number, dossier=match.case_number, count=info.pages))
        self.attach_button.setEnabled(False)

    def _failed(self, exc: BaseException) -> None:
        if not is_alive(self):
            return
        if isinstance(exc, OSError):
            message = self.tr("The file could not be read: {reason}.").format(
                reason=exc.strerror)
        elif isinstance(exc, CpiError):
            message = exc.message()
        else:
            raise exc
        self._say(message, error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.answer.setStyleSheet(ERROR_STYLE if error else "")
        announce(self.answer, text, self.list)
