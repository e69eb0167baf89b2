"""The first download on a new laptop: what arrives, as it arrives, until the caseload is
there. The agent enrolled at the office and waits for their dossiers; a status-bar spinner
alone says nothing of how far it got, nor that it failed and what to do then."""

from __future__ import annotations

from sync.client.engine import Progress, SyncReport
from ui.accessibility import announce
from ui.plain import PlainLabel
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFont,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.unlock_dialog import ERROR_STYLE


class FirstDownloadDialog(QDialog):
    """Shown from the enrolment until the first sync ends. ``retry`` asks for the sync
    again after a failure; closing it never stops the sync (it ends in the status bar)."""

    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstDownload")
        self.setMinimumWidth(460)
        self._progress: Progress | None = None
        self._report: SyncReport | None = None
        self._error = ""
        layout = QVBoxLayout(self)
        self.title = PlainLabel()
        self.title.setObjectName("firstDownloadTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.status = PlainLabel()
        self.status.setObjectName("firstDownloadStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.bar = QProgressBar()
        self.bar.setObjectName("firstDownloadProgress")
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)  # a count, not a percentage: the status says it
        layout.addWidget(self.bar)
        self.error = PlainLabel()
        self.error.setObjectName("firstDownloadError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("firstDownloadRetry")
        self.retry_button.clicked.connect(self._retry)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.hide()  # after: the box shows the buttons added to it
        self.close_button = QPushButton()
        self.close_button.setObjectName("firstDownloadClose")
        self.close_button.clicked.connect(self.accept)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)
        self.retranslate()

    @property
    def ready(self) -> bool:
        return self._report is not None

    def progressed(self, progress: Progress) -> None:
        self._progress = progress
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        else:
            self.bar.setRange(0, 0)  # the server does not say how much is left
        self._show_status()

    def succeeded(self, report: SyncReport) -> None:
        self._report, self._error = report, ""
        self.bar.show()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.error.hide()
        self.retry_button.hide()
        self.close_button.setDefault(True)
        self.retranslate()

    def failed(self, message: str) -> None:
        self._error = message
        self.bar.hide()
        announce(self.error, message)
        self.retry_button.show()
        self.retranslate()

    def _retry(self) -> None:
        self._error, self._progress = "", None
        self.error.hide()
        self.retry_button.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.retranslate()
        self.retry.emit()

    def _show_status(self) -> None:
        if self._report is not None:
            self.status.setText(self.tr(
                "Your caseload is on this computer: {count} records received. You can work "
                "without network from now on; synchronise when you are back at the office.")
                .format(count=self._report.downloaded))
        elif self._error:
            self.status.setText(self.tr(
                "The download stopped. What arrived is kept; the next attempt continues "
                "from there."))
        elif self._progress is not None and self._progress.phase == "download":
            self.status.setText(self.tr("Receiving your caseload: {count} records so far…")
                                .format(count=self._progress.done))
        elif self._progress is not None and self._progress.phase == "upload":
            self.status.setText(self.tr("Sending this computer's changes: {done} of {total}…")
                                .format(done=self._progress.done, total=self._progress.total))
        else:
            self.status.setText(self.tr("Connecting to the server…"))
        self.adjustSize()  # the wrapped texts change height: nothing clipped

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First download"))
        self.title.setText(self.tr("Your caseload is ready") if self.ready
                           else self.tr("Downloading your caseload"))
        self.retry_button.setText(self.tr("Try again"))
        self.close_button.setText(
            self.tr("Start working") if self.ready else self.tr("Later") if self._error
            else self.tr("Continue in the background"))
        self.bar.setAccessibleName(self.tr("Download progress"))
        self._show_status()
