"""An agent's first day on a Windows laptop, against the ONE's cpi-server (the Linux side's, on
loopback, installer/windows/layer.py): the installed program's self-test, then a new laptop's
first run as the installer leaves it (the server's address in %PROGRAMDATA%\\ONE, the store's
secret in the Credential Manager): enrolment, first download, sync."""

from __future__ import annotations

import io
import re
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n as core_i18n
from app.domain import Case
from app.store import device_secret
from app.store.keyfile import LIGHT_KDF_FOR_TESTS, SecretMode
from sync.server.db import make_engine
from tests.conftest import PASSPHRASE
from tests.windows.conftest import OfficeServer
from ui.i18n import install_translations
from ui.main import Application, parse_args
from ui.qt import QApplication, QSettings
from ui.self_test import run_self_test
from ui.settings import APPLICATION, ORGANISATION, SETTINGS_FORMAT


def _server_cases(server: OfficeServer) -> list[str]:
    engine = make_engine(f"sqlite:///{server.database}")
    try:
        with Session(engine) as session:
            return list(session.scalars(select(Case.number).where(
                Case.agent_id == uuid.UUID(server.agent_id))))
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def self_tested(office_server: OfficeServer, qapp: QApplication,
                tmp_path_factory: pytest.TempPathFactory) -> str:
    """The self-test run once in this process (what ``cpi-terrain --self-test URL`` does):
    it leaves its invented dossier on the server. Returns its output."""
    mp = pytest.MonkeyPatch()
    folder = tmp_path_factory.mktemp("self-test-profile")
    mp.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(folder))
    out = io.StringIO()
    mp.setattr("sys.stdout", out)
    install_translations(qapp, "fr")  # as ui.main does before the self-test
    try:
        code = run_self_test(office_server.url, io.StringIO(
            f"{office_server.login}\n{office_server.password}\n"
            f"{office_server.enrolment_code()}\n"))
    finally:
        mp.undo()
        core_i18n.set_translator(None)
        core_i18n.set_language("fr")
    assert code == 0, out.getvalue()
    assert not list(folder.rglob("self-test-*")), "the self-test left its caseload behind"
    return out.getvalue()


def test_the_self_test_passes_on_windows(self_tested: str,
                                         office_server: OfficeServer) -> None:
    for number in range(1, 8):
        assert re.search(rf"^self-test \[{number}/7\] \S+ : ok — ", self_tested,
                         re.MULTILINE), self_tested
    dossier = re.search(r"dossier (\S+) créé", self_tested)
    assert dossier is not None, self_tested
    assert dossier[1] in _server_cases(office_server)


def test_a_new_windows_laptop_is_enrolled_and_receives_the_caseload(
        qtbot: QtBot, qapp: QApplication, profile: Path, tmp_path: Path, french: None,
        office_server: OfficeServer, self_tested: str) -> None:
    on_server = _server_cases(office_server)
    assert on_server, "the self-test left no dossier on the server"
    # What the installer's /SERVER= writes (cpi-terrain.iss, [INI]).
    system = QSettings(SETTINGS_FORMAT, QSettings.Scope.SystemScope, ORGANISATION, APPLICATION)
    system.setValue("sync/server_url", office_server.url)
    system.sync()
    app = Application(parse_args(["--store", str(tmp_path / "nouveau-poste")]))
    qtbot.addWidget(app.window)
    app.start()
    assert app.dialog is not None and app.dialog.creating
    app.dialog._kdf = LIGHT_KDF_FOR_TESTS
    app.dialog.passphrase.setText(PASSPHRASE)
    app.dialog.confirmation.setText(PASSPHRASE)
    app.dialog.submit.click()
    qtbot.waitUntil(lambda: app.window.isVisible() and app.store is not None, timeout=60_000)
    store = app.store
    assert store is not None and store.report.mode is SecretMode.KEYRING  # Credential Manager
    panel = app.window.sync_panel
    qtbot.waitUntil(lambda: panel.enrol_dialog is not None, timeout=20_000)
    dialog = panel.enrol_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.server.text() == office_server.url  # set by IT: only the login is asked
    dialog.login.setText(office_server.login)
    dialog.password.setText(office_server.password)
    dialog.code.setText(office_server.enrolment_code())  # given by IT with the laptop
    dialog.submit.click()
    qtbot.waitUntil(lambda: panel.first_download is not None, timeout=60_000)
    download = panel.first_download
    assert download is not None
    qtbot.waitUntil(lambda: download.ready, timeout=120_000)
    assert "enregistrements reçus" in download.status.text()
    download.close_button.click()
    qtbot.waitUntil(lambda: app.window.model.rowCount() == len(on_server), timeout=30_000)
    numbers = {app.window.model.row_at(r).number for r in range(app.window.model.rowCount())}
    assert numbers == set(on_server)
    panel.probe_timer.stop()
    assert panel.network.wait()
    app.idle_lock.disarm()
    store_dir = tmp_path / "nouveau-poste"
    app.lock()
    assert app.operations.wait()
    if app.dialog is not None:
        app.dialog.close()
    app.shutdown()
    # The laptop's secret stays in the Credential Manager until the caseload is wiped.
    from app.store.keyfile import read_key_file
    from app.store.paths import StorePaths
    store_id = read_key_file(StorePaths(store_dir).key_file).store_id
    backend = device_secret.system_keyring()
    assert backend is not None
    assert backend.get_password(device_secret.SERVICE, f"device-secret:{store_id}")
    device_secret.forget(backend, store_id)
