"""The first run on an agent's new laptop, as it happens at the office: the caseload created
with a passphrase, then at once the welcome to enrol with the office server (its address
already there, set by IT at installation), then the first download with its progress, until
the agent's dossiers are on screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.base.context import ServiceContext
from app.services.sync.local import sync_settings
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from sync.client.engine import Progress, SyncReport
from sync.client.errors import ServerUnreachable
from tests.conftest import PASSPHRASE
from tests.sync.harness import PASSWORD, Device, Server
from tests.ui.conftest import type_text
from tests.ui.sync_fixtures import LOGIN, enrolled_store, server
from ui import sync_panel
from ui.main import Application, parse_args
from ui.qt import QApplication, QDialogButtonBox, QLabel, QSettings
from ui.settings import APPLICATION, ORGANISATION, SETTINGS_FORMAT
from ui.sync_work import Keyring, run_sync

__all__ = ["server"]


def _configured_by_it(url: str) -> None:
    system = QSettings(SETTINGS_FORMAT, QSettings.Scope.SystemScope, ORGANISATION,
                       APPLICATION)
    system.setValue("sync/server_url", url)
    system.sync()


@pytest.fixture
def first_run(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              qapp: QApplication, french: None) -> Application:
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    app = Application(parse_args(["--store", str(tmp_path / "nouveau-poste")]))
    app.keyring = None  # the token goes into the store: this test touches no keyring
    qtbot.addWidget(app.window)
    app.start()
    assert app.dialog is not None and app.dialog.creating
    app.dialog._kdf = LIGHT_KDF_FOR_TESTS
    return app


def _create_caseload(qtbot: QtBot, app: Application) -> None:
    assert app.dialog is not None
    type_text(app.dialog.passphrase, PASSPHRASE)
    type_text(app.dialog.confirmation, PASSPHRASE)
    app.dialog.submit.click()
    qtbot.waitUntil(lambda: app.window.isVisible(), timeout=20_000)


def _close(app: Application, qapp: QApplication) -> None:
    panel = app.window.sync_panel
    panel.probe_timer.stop()
    assert panel.network.wait()
    app.idle_lock.disarm()
    qapp.removeEventFilter(app.idle_lock)
    app.lock()
    if app.dialog is not None:
        app.dialog.close()
    app.shutdown()


def test_a_new_laptop_is_welcomed_enrolled_and_receives_the_caseload(
        qtbot: QtBot, server: Server, tmp_path: Path, first_run: Application,
        qapp: QApplication) -> None:
    former = enrolled_store(server.url, tmp_path / "ancien-poste", families=2,
                            code=server.code(LOGIN))
    Device(former.store, former.agent, server.transport(_token(former.agent))).sync()
    former.store.lock()  # the agent's two dossiers are on the server
    _configured_by_it(server.url)
    app = first_run
    _create_caseload(qtbot, app)
    panel = app.window.sync_panel
    qtbot.waitUntil(lambda: panel.enrol_dialog is not None, timeout=10_000)
    dialog = panel.enrol_dialog
    assert dialog is not None and dialog.isVisible()
    welcome = dialog.findChild(QLabel, "enrolWelcome")
    assert welcome is not None and "Bienvenue" in welcome.text()
    assert dialog.server.text() == server.url  # set by IT: only the login is asked
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Plus tard"
    type_text(dialog.login, LOGIN)
    type_text(dialog.password, PASSWORD)
    dialog.code.setText(server.code(LOGIN))
    dialog.submit.click()
    qtbot.waitUntil(lambda: panel.first_download is not None, timeout=20_000)
    download = panel.first_download
    assert download is not None and download.isVisible()
    assert not download.retry_button.isVisible()  # nothing failed
    qtbot.waitUntil(lambda: download.ready, timeout=30_000)
    assert "enregistrements reçus" in download.status.text()
    assert download.close_button.text() == "Commencer à travailler"
    download.close_button.click()
    qtbot.waitUntil(lambda: panel.first_download is None)
    qtbot.waitUntil(lambda: app.window.model.rowCount() == 2, timeout=20_000)
    _close(app, qapp)


def test_the_agent_may_enrol_later_and_a_failed_download_can_be_tried_again(
        qtbot: QtBot, server: Server, first_run: Application, qapp: QApplication,
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = first_run
    _create_caseload(qtbot, app)
    panel = app.window.sync_panel
    qtbot.waitUntil(lambda: panel.enrol_dialog is not None, timeout=10_000)
    assert panel.enrol_dialog is not None
    assert panel.enrol_dialog.server.text() == ""  # IT set no address: the agent types it
    panel.enrol_dialog.reject()  # "Later": the caseload works offline, empty
    qtbot.waitUntil(lambda: panel.enrol_dialog is None)
    assert app.window.isVisible() and app.window.model.rowCount() == 0
    assert panel.status_button.text() == "Non enrôlé pour la synchronisation"
    panel.action.trigger()  # Synchronise: the enrolment, as on any computer not enrolled
    dialog = panel.enrol_dialog
    assert dialog is not None and dialog.findChild(QLabel, "enrolWelcome") is None
    type_text(dialog.server, server.url)
    type_text(dialog.login, LOGIN)
    type_text(dialog.password, PASSWORD)
    dialog.code.setText(server.code(LOGIN))
    attempts: list[int] = []

    def cut_once(ctx: ServiceContext, keyring: Keyring,
                 report: Callable[[Progress], None]) -> SyncReport:
        attempts.append(1)
        if len(attempts) == 1:  # the office's network drops during the first download
            raise ServerUnreachable(server.url)
        return run_sync(ctx, keyring, report)

    monkeypatch.setattr(sync_panel, "run_sync", cut_once)
    dialog.submit.click()
    qtbot.waitUntil(lambda: panel.first_download is not None
                    and panel.first_download.retry_button.isVisible(), timeout=30_000)
    download = panel.first_download
    assert download is not None and download.error.isVisible()
    assert download.error.text()  # what happened, in the sync's own words
    assert "reprendra" in download.status.text()  # what arrived is kept
    assert download.close_button.text() == "Plus tard"
    download.retry_button.click()
    qtbot.waitUntil(lambda: download.ready, timeout=30_000)
    assert len(attempts) == 2 and not download.error.isVisible()
    download.accept()
    _close(app, qapp)


def _token(agent: ServiceContext) -> str:
    token = sync_settings(agent).device_token
    assert token
    return token
