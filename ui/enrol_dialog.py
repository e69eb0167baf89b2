"""Enrolling this computer with the ONE server, at the office, with the agent's login.

The server's address, the login and password, the one-time enrolment code the ONE's IT gave
with this computer, and a device name (the host name unless the agent changes it) go to the
server on the network lane; a refusal shows here, under the fields, with everything typed kept.
When the ONE's IT set the agent's password, the server says so: the dialog then asks for a new
one (twice), sent with the next attempt. On success the enrolled agent's context comes back.
"""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from app.errors import CpiError
from app.services.base.context import ServiceContext
from sync.client.errors import PasswordChangeRequired
from sync.protocol import MIN_PASSWORD
from ui.accessibility import announce
from ui.network import NetworkOperations, Report
from ui.plain import PlainLabel
from ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFont,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.sync_work import Keyring, enrol
from ui.unlock_dialog import ERROR_STYLE


class EnrolDialog(QDialog):
    enrolled = Signal(object)  # the enrolled agent's ServiceContext

    def __init__(self, network: NetworkOperations, ctx: ServiceContext, keyring: Keyring,
                 server_url: str = "", parent: QWidget | None = None, *,
                 welcome: bool = False) -> None:
        """``welcome``: the first run of a new computer, where this is the next step after
        the passphrase (the agent may also do it later, from Synchronise)."""
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self._network, self._ctx, self._keyring = network, ctx, keyring
        self.setWindowTitle(self.tr("Enrol this computer"))
        layout = QVBoxLayout(self)
        if welcome:
            title = PlainLabel(self.tr("Welcome to cpi-terrain"))
            title.setObjectName("enrolWelcome")
            font = QFont(title.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            title.setFont(font)
            layout.addWidget(title)
        intro = PlainLabel(self.tr(
            "Your caseload is created and encrypted. Now connect this computer to your "
            "office's ONE server, with your ONE login: it then sends your dossiers here. "
            "Do it at the office; you can also do it later with Synchronise.") if welcome
            else self.tr("At the office, with your ONE login: the server then knows "
                         "this computer and sends it your caseload."))
        intro.setObjectName("enrolIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.server = self._field("enrolServer", server_url, self.tr("Server address"))
        self.server.setPlaceholderText("https://cpi.one.lu")
        self.login = self._field("enrolLogin", "", self.tr("Login"))
        self.password = self._field("enrolPassword", "", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = self._field("enrolCode", "", self.tr("Enrolment code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code.setToolTip(self.tr("The one-time code the ONE's IT gave you with this "
                                     "computer."))
        self.device_name = self._field("enrolDeviceName", socket.gethostname(),
                                       self.tr("Name of this computer"))
        self.new_password = self._field("enrolNewPassword", "", self.tr("New password"))
        self.confirmation = self._field("enrolNewPasswordAgain", "",
                                        self.tr("New password again"))
        for field in (self.new_password, self.confirmation):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        for label, field in ((self.tr("&Server address"), self.server),
                             (self.tr("&Login"), self.login),
                             (self.tr("&Password"), self.password),
                             (self.tr("&Enrolment code"), self.code),
                             (self.tr("&New password"), self.new_password),
                             (self.tr("New password &again"), self.confirmation),
                             (self.tr("&Computer name"), self.device_name)):
            buddy = PlainLabel(label)
            buddy.setBuddy(field)
            form.addRow(buddy, field)
        self._form = form
        # Asked only when the server says the ONE's IT set the password.
        for field in (self.new_password, self.confirmation):
            form.setRowVisible(field, False)
        code_hint = PlainLabel(self.tr("The enrolment code comes from the ONE's IT with this "
                                   "computer: it works once, for a few days."))
        code_hint.setObjectName("enrolCodeHint")
        code_hint.setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(code_hint)
        self.error = PlainLabel()
        self.error.setObjectName("enrolError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if welcome:
            later = buttons.button(QDialogButtonBox.StandardButton.Cancel)
            later.setText(self.tr("Later"))
        self.submit = QPushButton(self.tr("Enrol"))
        self.submit.setObjectName("enrolSubmit")
        self.submit.setDefault(True)
        buttons.addButton(self.submit, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        (self.login if server_url else self.server).setFocus()

    def _field(self, name: str, text: str, accessible: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        return field

    @property
    def asks_new_password(self) -> bool:
        return self._form.isRowVisible(self.new_password)

    def _submit(self) -> None:
        url, login = self.server.text().strip(), self.login.text().strip()
        password, name = self.password.text(), self.device_name.text().strip()
        code = self.code.text().strip()
        new_password = self.new_password.text() if self.asks_new_password else ""
        problem = self._check(url, login, password, code, name)
        if problem:
            self._show_error(problem)
            return
        self.error.hide()
        self.submit.setEnabled(False)
        ctx, keyring = self._ctx, self._keyring

        def work(_report: Report) -> ServiceContext:
            return enrol(ctx, url, login, password, name, keyring, code, new_password)

        self._network.run(work, self._done, self._failed)

    def _check(self, url: str, login: str, password: str, code: str, name: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return self.tr("The server address is not valid: write it whole, for example "
                           "https://cpi.one.lu.")
        if not login or not password:
            return self.tr("Write your login and your password.")
        if not code:
            return self.tr("Write the enrolment code the ONE's IT gave you with this "
                           "computer.")
        if self.asks_new_password:
            problem = new_password_problem(password, self.new_password.text(),
                                           self.confirmation.text())
            if problem:
                return problem
        if not name:
            return self.tr("Give this computer a name (the ONE sees it in its list).")
        return ""

    def _done(self, agent: ServiceContext) -> None:
        self.submit.setEnabled(True)
        for field in (self.password, self.new_password, self.confirmation, self.code):
            field.clear()
        self.enrolled.emit(agent)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.submit.setEnabled(True)
        if self._ctx.store.is_locked:
            return  # locked meanwhile: the dialog is gone, nothing to say
        if not isinstance(exc, CpiError):
            raise exc
        if isinstance(exc, PasswordChangeRequired):
            for field in (self.new_password, self.confirmation):
                self._form.setRowVisible(field, True)
            self.new_password.setFocus()
        self._show_error(exc.message())

    def _show_error(self, message: str) -> None:
        announce(self.error, message)


def new_password_problem(current: str, new: str, again: str) -> str:
    """What is wrong with a new password as typed (the server checks it too), or ""."""
    if len(new) < MIN_PASSWORD:
        return QCoreApplication.translate(
            "PasswordRules", "The new password needs at least {count} characters.").format(
            count=MIN_PASSWORD)
    if new != again:
        return QCoreApplication.translate(
            "PasswordRules", "The two new passwords differ: type the same one twice.")
    if new == current:
        return QCoreApplication.translate(
            "PasswordRules", "The new password must differ from the current one.")
    return ""
