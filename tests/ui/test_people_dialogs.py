"""The person's side of people and devices: the enrolment dialog's code and, when the ONE's IT
set the password, the new one asked there; the ONE password changed from the Tools menu; a
disabled person's laptop erased at its next sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import User
from app.services.base.context import ServiceContext
from app.services.setup.store import sign_in_local_agent
from app.services.sync.local import sync_settings
from sync.server import admin
from sync.server.models import Credential
from tests.app.services.family import OFFICE
from tests.conftest import PASSPHRASE
from tests.sync.harness import PASSWORD, Server
from tests.ui.conftest import type_text
from tests.ui.sync_fixtures import LOGIN, enrolled_store, finish, new_store, server, shown_window
from ui.enrol_dialog import EnrolDialog
from ui.main import Application, parse_args
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QApplication, QLabel, QLineEdit

__all__ = ["server"]

PROVISIONAL = "provisoire-de-l-one"
NEW_PASSWORD = "mon-propre-mot-de-passe"


def _password_is(server: Server, password: str) -> bool:
    with server.sessions() as session:
        user_id = session.scalars(select(User.id).where(User.login == LOGIN)).one()
        credential = session.get(Credential, user_id)
        assert credential is not None
        try:
            return bool(PasswordHasher().verify(credential.password_hash, password))
        except VerificationError:
            return False


def _enrol_dialog(qtbot: QtBot, operations: StoreOperations,
                  tmp_path: Path) -> tuple[EnrolDialog, ServiceContext]:
    store = new_store(tmp_path / "poste")
    local = sign_in_local_agent(ServiceContext(store), "agent.local", "Agent local", OFFICE)
    window = shown_window(qtbot, operations, local)
    window.sync_panel.action.trigger()
    dialog = window.sync_panel.enrol_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog, local


@pytest.mark.usefixtures("french")
def test_the_enrolment_asks_a_new_password_when_the_one_set_it(
        qtbot: QtBot, operations: StoreOperations, server: Server, tmp_path: Path) -> None:
    admin.set_password(server.sessions, LOGIN, PROVISIONAL)
    dialog, local = _enrol_dialog(qtbot, operations, tmp_path)
    assert dialog.code.accessibleName() == "Code d’enrôlement"
    assert dialog.findChild(QLabel, "enrolCodeHint") is not None
    assert not dialog.asks_new_password and not dialog.new_password.isVisible()
    type_text(dialog.server, server.url)
    type_text(dialog.login, LOGIN)
    type_text(dialog.password, PROVISIONAL)
    dialog.code.setText(server.code(LOGIN))
    dialog.submit.click()
    qtbot.waitUntil(lambda: dialog.asks_new_password, timeout=20_000)
    assert dialog.new_password.isVisible() and dialog.confirmation.isVisible()
    assert "choisissez-en un nouveau" in dialog.error.text()
    assert dialog.new_password.hasFocus() or not dialog.isActiveWindow()
    dialog.new_password.setText("court")
    dialog.confirmation.setText("court")
    dialog.submit.click()  # checked here first, nothing sent
    assert "au moins 10 caractères" in dialog.error.text()
    dialog.new_password.setText(NEW_PASSWORD)
    dialog.confirmation.setText(NEW_PASSWORD + "x")
    dialog.submit.click()
    assert "diffèrent" in dialog.error.text()
    dialog.confirmation.setText(NEW_PASSWORD)
    window = dialog.parentWidget()
    assert isinstance(window, MainWindow)
    panel = window.sync_panel
    dialog.submit.click()  # the same code: the refusal used none
    qtbot.waitUntil(lambda: panel.enrol_dialog is None, timeout=20_000)
    assert sync_settings(local).device_token
    assert _password_is(server, NEW_PASSWORD) and not _password_is(server, PROVISIONAL)
    qtbot.waitUntil(lambda: not panel.syncing, timeout=20_000)
    finish(window, qtbot)
    local.store.lock()


@pytest.mark.usefixtures("french")
def test_the_one_password_changes_from_the_tools_menu(
        qtbot: QtBot, operations: StoreOperations, server: Server, tmp_path: Path) -> None:
    device = enrolled_store(server.url, tmp_path / "poste", code=server.code(LOGIN))
    window = shown_window(qtbot, operations, device.agent)
    panel = window.sync_panel
    qtbot.waitUntil(lambda: panel.password_action.isEnabled(), timeout=10_000)
    assert panel.password_action in window.tools_menu.actions()
    assert panel.password_action.text() == "Changer mon mot de passe ONE…"
    panel.password_action.trigger()
    dialog = panel.password_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Changer mon mot de passe ONE"
    for field in dialog.findChildren(QLineEdit):
        assert field.accessibleName() and field.echoMode() is QLineEdit.EchoMode.Password
    dialog.current.setText("pas-le-bon-mot-de-passe")
    dialog.new_password.setText(NEW_PASSWORD)
    dialog.confirmation.setText(NEW_PASSWORD)
    dialog.submit.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert dialog.error.text() == ("Votre mot de passe actuel n’est pas le bon\u00a0: rien n’a "
                                   "été changé.")
    assert dialog.new_password.text() == NEW_PASSWORD and _password_is(server, PASSWORD)
    dialog.current.setText(PASSWORD)
    dialog.confirmation.setText("autre-chose-encore")
    dialog.submit.click()
    assert "diffèrent" in dialog.error.text()
    dialog.confirmation.setText(NEW_PASSWORD)
    dialog.submit.click()
    qtbot.waitUntil(lambda: panel.password_dialog is None, timeout=20_000)
    assert "Votre mot de passe ONE est changé" in window.statusBar().currentMessage()
    assert _password_is(server, NEW_PASSWORD) and not _password_is(server, PASSWORD)
    finish(window, qtbot)
    device.store.lock()


@pytest.fixture
def application(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                qapp: QApplication) -> Application:
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    app = Application(parse_args(["--store", str(tmp_path / "poste")]))
    app.keyring = None  # the token is in the store
    return app


def test_a_disabled_person_s_laptop_erases_its_caseload_at_its_next_sync(
        qtbot: QtBot, server: Server, tmp_path: Path, application: Application,
        qapp: QApplication) -> None:
    device = enrolled_store(server.url, tmp_path / "poste", code=server.code(LOGIN))
    device.store.lock()
    app = application
    qtbot.addWidget(app.window)
    app.start()
    assert app.dialog is not None
    app.dialog.passphrase.setText(PASSPHRASE)
    app.dialog.submit.click()
    qtbot.waitUntil(lambda: app.window.isVisible() and app.window.model.rowCount() == 1,
                    timeout=20_000)
    panel = app.window.sync_panel
    qtbot.waitUntil(lambda: panel.status is not None)
    assert admin.disable_user(server.sessions, LOGIN) == 1
    panel.action.trigger()
    qtbot.waitUntil(lambda: app.notice is not None and app.notice.isVisible(), timeout=20_000)
    assert not (tmp_path / "poste").exists()
    assert not app.window.isVisible() and app.window.model.rowCount() == 0
    assert app.notice is not None and "révoqué" in app.notice.text()
    app.notice.close()
    assert app.dialog is not None
    app.dialog.close()
    app.idle_lock.disarm()
    qapp.removeEventFilter(app.idle_lock)
    app.shutdown()
