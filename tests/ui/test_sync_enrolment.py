"""Enrolling from the main window, a refused password, an insecure address, and a computer the
ONE revoked: its caseload erased, the unlock dialog back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.base.context import ServiceContext
from app.services.setup.store import sign_in_local_agent
from app.services.sync.local import sync_settings
from sync.server import admin
from tests.app.services.family import OFFICE
from tests.conftest import PASSPHRASE
from tests.sync.harness import PASSWORD, Server
from tests.ui.conftest import type_text
from tests.ui.demo_app import close_demo, unlocked_demo
from tests.ui.sync_fixtures import LOGIN, enrolled_store, finish, new_store, server, shown_window
from ui.enrol_dialog import EnrolDialog
from ui.main import Application, parse_args
from ui.operations import StoreOperations
from ui.qt import QApplication, QMessageBox

__all__ = ["server"]


def _enrol_dialog(qtbot: QtBot, operations: StoreOperations,
                  tmp_path: Path) -> tuple[EnrolDialog, ServiceContext]:
    store = new_store(tmp_path / "poste")
    local = sign_in_local_agent(ServiceContext(store), "agent.local", "Agent local", OFFICE)
    window = shown_window(qtbot, operations, local)
    assert window.sync_panel.server_url == ""
    window.sync_panel.action.trigger()  # not enrolled yet: the action asks for it
    dialog = window.sync_panel.enrol_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog, local


def test_enrolment_makes_the_server_agent_this_computer_s_user_and_syncs(
        qtbot: QtBot, operations: StoreOperations, server: Server, tmp_path: Path) -> None:
    dialog, local = _enrol_dialog(qtbot, operations, tmp_path)
    window = dialog.parentWidget()
    assert dialog.device_name.text()  # the host name by default
    for field in (dialog.server, dialog.login, dialog.password, dialog.code,
                  dialog.device_name):
        assert field.accessibleName()
    type_text(dialog.server, server.url)
    type_text(dialog.login, LOGIN)
    type_text(dialog.password, PASSWORD)
    dialog.submit.click()  # without the enrolment code: asked for, nothing sent
    assert dialog.error.text() == QApplication.translate(
        "EnrolDialog", "Write the enrolment code the ONE's IT gave you with this computer.")
    assert dialog.isVisible()
    dialog.code.setText(server.code(LOGIN).lower().replace("-", " "))  # as typed: forgiven
    dialog.submit.click()
    panel = window.sync_panel  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.enrol_dialog is None, timeout=20_000)
    qtbot.waitUntil(lambda: not panel.syncing and panel.status is not None
                    and panel.status.last_success_at is not None, timeout=20_000)
    settings = sync_settings(local)
    assert settings.server_url == server.url and settings.device_token
    assert window._ctx is not None and window._ctx.actor_id != local.actor_id  # type: ignore
    finish(window, qtbot)  # type: ignore[arg-type]
    local.store.lock()


def test_a_wrong_password_is_said_in_the_dialog_with_the_typing_kept(
        qtbot: QtBot, operations: StoreOperations, server: Server, tmp_path: Path) -> None:
    dialog, local = _enrol_dialog(qtbot, operations, tmp_path)
    type_text(dialog.server, server.url)
    type_text(dialog.login, LOGIN)
    type_text(dialog.password, "pas le bon")
    dialog.code.setText(server.code(LOGIN))
    dialog.submit.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "Identifiant ou mot de passe incorrect" in dialog.error.text()
    assert (dialog.server.text(), dialog.login.text(), dialog.password.text()) == (
        server.url, LOGIN, "pas le bon")
    assert dialog.isVisible() and sync_settings(local).server_url == ""
    dialog.server.setText("http://serveur.example.lu")  # plain http leaves this computer
    dialog.submit.click()
    qtbot.waitUntil(lambda: "http://serveur.example.lu" in dialog.error.text(), timeout=20_000)
    dialog.server.setText("serveur sans schéma")
    dialog.submit.click()
    assert "https://cpi.one.lu" in dialog.error.text()
    assert dialog.isVisible()
    dialog.reject()
    local.store.lock()


@pytest.fixture
def application(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                qapp: QApplication) -> Application:
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    app = Application(parse_args(["--store", str(tmp_path / "poste")]))
    app.keyring = None  # this test never touches a keyring: the token is in the store
    return app


def test_a_revoked_computer_erases_its_caseload_and_returns_to_the_unlock_dialog(
        qtbot: QtBot, server: Server, tmp_path: Path, application: Application,
        qapp: QApplication) -> None:
    device = enrolled_store(server.url, tmp_path / "poste", code=server.code(LOGIN))
    device_id = sync_settings(device.agent).device_id
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
    admin.revoke_device(server.sessions, device_id)
    panel.action.trigger()
    qtbot.waitUntil(lambda: app.notice is not None and app.notice.isVisible(), timeout=20_000)
    assert not (tmp_path / "poste").exists()
    assert not app.window.isVisible() and app.window.model.rowCount() == 0
    assert app.dialog is not None and app.dialog.isVisible()
    assert app.notice is not None and "(Ce poste a été révoqué par l'ONE.)" in app.notice.text()
    assert app.notice.icon() is QMessageBox.Icon.Warning
    app.notice.close()
    app.dialog.close()
    app.idle_lock.disarm()
    qapp.removeEventFilter(app.idle_lock)
    app.shutdown()


def test_preferences_lead_to_the_enrolment(qtbot: QtBot, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           qapp: QApplication) -> None:
    app = unlocked_demo(qtbot, tmp_path, monkeypatch)
    try:
        # The panel reads where the laptop syncs off the GUI thread; on a busy machine that
        # read can land after the caseload shows.
        qtbot.waitUntil(lambda: bool(app.window.sync_panel.server_url), timeout=10_000)
        app.show_preferences()
        assert app.preferences_dialog is not None
        assert app.preferences_dialog.enrol_button.accessibleName()
        app.preferences_dialog.enrol_button.click()
        qtbot.waitUntil(lambda: app.preferences_dialog is None)
        dialog = app.window.sync_panel.enrol_dialog
        assert dialog is not None and dialog.isVisible()
        # The demo is enrolled with its own embedded server: enrolling again starts from it.
        assert app.demo_server is not None
        assert dialog.server.text() == app.demo_server.url
        dialog.reject()
    finally:
        close_demo(app, qapp)
