"""The sync status in full: the last problem, and each change the server refused, with its
reason (the status bar has room only for counts)."""

from __future__ import annotations

from app.services.sync.local import SyncStatus
from ui.plain import PlainLabel
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QVBoxLayout,
    QWidget,
)
from ui.record_labels import record_kind


class SyncDetailsDialog(QDialog):
    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDetails")
        self.setWindowTitle(self.tr("Synchronisation"))
        layout = QVBoxLayout(self)
        self.problem = PlainLabel(self.tr("Last problem: {message}").format(
            message=status.last_error) if status.last_error else self.tr(
            "The last sync went through."))
        self.problem.setObjectName("syncProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        layout.addWidget(PlainLabel(self.tr("Changes the ONE server refused, with its reason:")))
        self.refused = QListWidget()
        self.refused.setObjectName("refusedChanges")
        self.refused.setAccessibleName(self.tr("Refused changes"))
        self.refused.setWordWrap(True)
        for entity, reason in status.rejected:
            self.refused.addItem(f"{record_kind(entity)} — {reason}")
        if not status.rejected:
            self.refused.addItem(self.tr("None."))
        layout.addWidget(self.refused)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
