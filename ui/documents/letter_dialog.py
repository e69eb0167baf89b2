"""A letter to send from its template (invitation, home visit, report request, after a case
conference): the agent fills in the day, hour, place or recipient; confirming records the
letter in the contact log (one service call) and opens it in the print preview, in the
dossier's language, to print or save as PDF."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from app.documents.letters import LetterInput, LetterKind
from app.services.base.context import ServiceContext
from app.services.dossier.letters import SentLetter, send_letter
from ui.accessibility import announce
from ui.family_map.dialogs import date_edit, day_of, text_area
from ui.operations import Change, StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from ui.unlock_dialog import ERROR_STYLE

Sent = Callable[[SentLetter], None]


class LetterDialog(QDialog):
    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 sent: Sent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations, self._ctx, self._case_id, self._sent = operations, ctx, case_id, sent
        self.setWindowTitle(self.tr("Letter to send"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind, name in ((LetterKind.MEETING_INVITATION, self.tr("Invitation to a meeting")),
                           (LetterKind.HOME_VISIT, self.tr("Confirmation of a home visit")),
                           (LetterKind.REPORT_REQUEST,
                            self.tr("Request for a report (school, provider)")),
                           (LetterKind.AFTER_CONFERENCE,
                            self.tr("Letter to the family after a case conference"))):
            self.kind.addItem(name, kind.value)  # Qt keeps a StrEnum as a plain str
        self.kind.setAccessibleName(self.tr("Letter"))
        form.addRow(self.tr("&Letter"), self.kind)
        self.on = date_edit(up_to_today=False)
        self.on.setAccessibleName(self.tr("Day"))
        form.addRow(self.tr("&Day (meeting, visit, report due, conference)"), self.on)
        self.at = QLineEdit()
        self.at.setPlaceholderText("14:30")
        self.at.setAccessibleName(self.tr("Hour"))
        form.addRow(self.tr("&Hour"), self.at)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        form.addRow(self.tr("&Place"), self.place)
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("School or provider asked for a report"))
        form.addRow(self.tr("&To (report request)"), self.recipient)
        self.recipient_address = text_area(50)
        self.recipient_address.setAccessibleName(self.tr("Its postal address"))
        form.addRow(self.tr("Its postal &address"), self.recipient_address)
        self.about = QLineEdit()
        self.about.setAccessibleName(self.tr("Whom the report is about"))
        form.addRow(self.tr("Report a&bout"), self.about)
        self.message = text_area()
        self.message.setAccessibleName(self.tr("A paragraph of your own"))
        form.addRow(self.tr("&Your paragraph"), self.message)
        layout.addLayout(form)
        note = PlainLabel(self.tr(
            "The letter is written in the dossier's language, to the parents and young adults "
            "at their postal addresses (a report request: to the school or provider), and "
            "noted in the contact log."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = PlainLabel()
        self.error.setObjectName("letterMessage")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    @property
    def chosen(self) -> LetterKind:
        return LetterKind(self.kind.currentData())

    def _kind_chosen(self, *_args: object) -> None:
        report = self.chosen is LetterKind.REPORT_REQUEST
        for field in (self.recipient, self.recipient_address, self.about):
            field.setEnabled(report)
        self.at.setEnabled(self.chosen in (LetterKind.MEETING_INVITATION,
                                           LetterKind.HOME_VISIT))

    def data(self) -> LetterInput:
        kind = self.chosen
        report = kind is LetterKind.REPORT_REQUEST
        return LetterInput(
            kind, day_of(self.on.date()), self.at.text() if self.at.isEnabled() else "",
            self.place.text(), self.recipient.text() if report else "",
            self.recipient_address.toPlainText() if report else "",
            self.about.text() if report else "", self.message.toPlainText())

    def confirm(self) -> None:
        """Record the letter and open it (on the store lane)."""
        ctx, case_id, data = self._ctx, self._case_id, self.data()
        self.buttons.setEnabled(False)
        self._operations.run(lambda: send_letter(ctx, case_id, data), self._recorded,
                             shown_in=self, change=Change(case_id))

    def _recorded(self, sent: SentLetter) -> None:
        self._sent(sent)
        self.accept()

    def show_failure(self, message: str) -> None:
        self.buttons.setEnabled(True)
        announce(self.error, message, self.kind)  # the refusal's words
