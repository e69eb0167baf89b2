"""Who asks to read the dossier (art. 7): the rule is checked and the consultation recorded once,
when the agent confirms; the preview then shows the export in either language without
recording it again."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from app.documents.family_export import layout_family_export
from app.services.base.context import ServiceContext
from app.services.caseload.listing import PersonView
from app.services.one.duties import record_dossier_consultation
from ui.accessibility import announce
from ui.labels import label
from ui.operations import Change, StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)
from ui.unlock_dialog import ERROR_STYLE

Chosen = Callable[[uuid.UUID, Callable[[str], bytes]], None]


class FamilyReaderDialog(QDialog):
    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 persons: Sequence[PersonView], chosen: Chosen,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations, self._ctx, self._case_id = operations, ctx, case_id
        self._chosen = chosen
        self.setWindowTitle(self.tr("The dossier for the family"))
        layout = QVBoxLayout(self)
        intro = PlainLabel(self.tr(
            "A child's parents (with or without parental authority), their guardian or legal "
            "representative, the child able to judge and the beneficiary of age may read the "
            "dossier (art. 7). The consultation is recorded in the dossier's history."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reader = QComboBox()
        self.reader.setAccessibleName(self.tr("Who asks"))
        for person in persons:
            self.reader.addItem(f"{person.first_name} {person.last_name} ({label(person.role)})",
                                person.person_id)
        form.addRow(self.tr("Who asks"), self.reader)
        layout.addLayout(form)
        self.message = PlainLabel()
        self.message.setObjectName("readerMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def confirm(self) -> None:
        """Check art. 7 and record the consultation, on the store lane."""
        reader = self.reader.currentData()
        if reader is None:
            return
        ctx, case_id, today = self._ctx, self._case_id, date.today()
        self.buttons.setEnabled(False)
        self._operations.run(
            lambda: record_dossier_consultation(ctx, case_id, reader, today),
            lambda _none: self._recorded(reader, today), shown_in=self,
            change=Change(case_id))

    def _recorded(self, reader: uuid.UUID, on: date) -> None:
        self._chosen(reader, partial(layout_family_export, self._ctx, self._case_id, reader, on))
        self.accept()

    def show_failure(self, message: str) -> None:
        self.buttons.setEnabled(True)
        announce(self.message, message, self.reader)  # the rule's words, its article
