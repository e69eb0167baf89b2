"""Changing one's ONE password from an enrolled computer (Tools ▸ Change my ONE password…).

The ONE password is the one asked when a computer is enrolled, not the caseload's passphrase:
the dialog says so. The current password and the new one (twice) go to the server this computer
is enrolled with, on the network lane, with the device's token; a refusal shows under the
fields with the typing kept; on success the dialog says it and closes.
"""

from __future__ import annotations

from datetime import datetime

from app.errors import CpiError
from app.services.base.context import ServiceContext
from ui.accessibility import announce
from ui.enrol_dialog import new_password_problem
from ui.network import NetworkOperations, Report
from ui.plain import PlainLabel
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.sync_work import Keyring, change_password
from ui.unlock_dialog import ERROR_STYLE


class PasswordDialog(QDialog):
    changed = Signal()

    def __init__(self, network: NetworkOperations, ctx: ServiceContext, keyring: Keyring,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self._network, self._ctx, self._keyring = network, ctx, keyring
        self.setWindowTitle(self.tr("Change my ONE password"))
        layout = QVBoxLayout(self)
        intro = PlainLabel(self.tr(
            "Your ONE password is the one asked when a computer is enrolled; it is not the "
            "passphrase of this caseload. The change is made on the ONE server: this "
            "computer must reach it."))
        intro.setObjectName("passwordIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = self._field("currentPassword", self.tr("Current password"))
        self.new_password = self._field("newPassword", self.tr("New password"))
        self.confirmation = self._field("newPasswordAgain", self.tr("New password again"))
        for label, field in ((self.tr("&Current password"), self.current),
                             (self.tr("&New password"), self.new_password),
                             (self.tr("New password &again"), self.confirmation)):
            buddy = PlainLabel(label)
            buddy.setBuddy(field)
            form.addRow(buddy, field)
        layout.addLayout(form)
        self.error = PlainLabel()
        self.error.setObjectName("passwordError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit = QPushButton(self.tr("Change the password"))
        self.submit.setObjectName("passwordSubmit")
        self.submit.setDefault(True)
        buttons.addButton(self.submit, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.current.setFocus()

    def _field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _submit(self) -> None:
        current, new = self.current.text(), self.new_password.text()
        problem = (self.tr("Write your current password.") if not current else
                   new_password_problem(current, new, self.confirmation.text()))
        if problem:
            announce(self.error, problem)
            return
        self.error.hide()
        self.submit.setEnabled(False)
        ctx, keyring = self._ctx, self._keyring

        def work(_report: Report) -> datetime:
            return change_password(ctx, keyring, current, new)

        self._network.run(work, self._done, self._failed)

    def _done(self, _when: datetime) -> None:
        self.submit.setEnabled(True)
        for field in (self.current, self.new_password, self.confirmation):
            field.clear()
        self.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.submit.setEnabled(True)
        if self._ctx.store.is_locked:
            return  # locked meanwhile: the dialog is gone, nothing to say
        if not isinstance(exc, CpiError):
            raise exc
        announce(self.error, exc.message())
