"""Preferences: saved in the (test's) settings folder, applied at once, language switched live."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.steps import step_title
from tests.ui.demo_app import close_demo, unlocked_demo
from ui.i18n import install_translations
from ui.main import Application, parse_args
from ui.main_window import STEP_WIZARDS, MainWindow
from ui.operations import StoreOperations
from ui.preferences import PreferencesDialog
from ui.qt import QApplication, QKeySequence, QSettings, Qt, QWizard
from ui.settings import Preferences, app_settings, load_preferences, save_preferences
from ui.unlock_dialog import UnlockDialog


def _choose(app: Application, *, minutes: int | None = None,
            language: str | None = None) -> None:
    """Open Preferences… from the main window, change what is asked, press OK."""
    app.window.preferences_action.trigger()
    dialog = app.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    if minutes is not None:
        dialog.idle_minutes.setValue(minutes)
    if language is not None:
        dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.accept()


def test_dialog_saves_and_reloads_the_preferences(qtbot: QtBot, settings_dir: Path) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 5 and dialog.language.currentData() == "fr"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "fr", "de", "en"]
    dialog.idle_minutes.setValue(12)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    save_preferences(app_settings(), dialog.chosen())

    assert (settings_dir / "ONE" / "cpi-terrain.ini").is_file()
    reloaded = load_preferences(app_settings())
    assert reloaded == Preferences(idle_minutes=12, language="de")
    again = PreferencesDialog(reloaded)
    qtbot.addWidget(again)
    assert again.idle_minutes.value() == 12 and again.language.currentData() == "de"


def test_nonsense_in_the_file_falls_back_to_defaults(qapp: QApplication) -> None:
    settings = app_settings()
    settings.setValue("lock/idle_minutes", "soon")
    settings.setValue("ui/language", "lb")
    assert load_preferences(settings) == Preferences()
    settings.setValue("lock/idle_minutes", 600)
    assert load_preferences(settings).idle_minutes == 60


def test_application_starts_with_the_saved_delay_and_applies_a_new_one(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_preferences(app_settings(), Preferences(idle_minutes=7))
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    app = Application(parse_args(["--store", str(tmp_path / "store")]))
    assert app.idle_lock.idle_ms == 7 * 60_000
    qtbot.addWidget(app.window)
    assert app.window.preferences_action.shortcut() == QKeySequence("Ctrl+,")

    _choose(app, minutes=2)
    assert app.idle_lock.idle_ms == 2 * 60_000
    assert load_preferences(QSettings(app_settings().fileName(),
                                      QSettings.Format.IniFormat)).idle_minutes == 2
    qtbot.waitUntil(lambda: app.preferences_dialog is None)
    qapp.removeEventFilter(app.idle_lock)
    app.shutdown()


def test_language_preference_is_the_default_and_lang_overrides_it() -> None:
    assert parse_args([]).lang is None  # main() then takes the preferences' language
    assert parse_args(["--lang", "de"]).lang == "de"


def test_switching_language_retranslates_open_windows_without_restart(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    french: None,
) -> None:
    app = unlocked_demo(qtbot, tmp_path, monkeypatch)
    window = app.window
    assert window.refresh_action.text() == "Actualiser"
    proxy_row = next(r for r in range(window.proxy.rowCount())
                     if window.model.row_at(window.proxy.mapToSource(
                         window.proxy.index(r, 0)).row()).current_step in STEP_WIZARDS)
    window.table.selectRow(proxy_row)
    step = window.model.row_at(window.proxy.mapToSource(window.proxy.index(proxy_row, 0)).row())
    window.step_action.trigger()
    qtbot.waitUntil(lambda: bool(window.wizards) and window.wizards[0].isVisible())
    wizard = window.wizards[0]
    assert "Suivant" in wizard.button(QWizard.WizardButton.NextButton).text()
    wizard.next()  # the draft remembers the page: the reopened wizard must come back here
    qtbot.waitUntil(lambda: wizard.saved_count > 0, timeout=5_000)
    page = wizard.currentId()

    _choose(app, language="de")
    qtbot.waitUntil(lambda: window.refresh_action.text() == "Aktualisieren")
    assert window.lock_action.text() == "Sperren"
    assert window.step_action.text() == "Am Schritt arbeiten…"
    header = window.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Akte"
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Familie"
    steps = {window.model.index(r, 3).data() for r in range(window.model.rowCount())}
    assert f"{step.current_step} · {step_title(step.current_step).render('de')}" in steps
    assert window.step_filter.itemText(1) == f"1 · {step_title(1).render('de')}"
    qtbot.waitUntil(lambda: bool(window.wizards) and window.wizards[0] is not wizard
                    and window.wizards[0].isVisible(), timeout=10_000)
    reopened = window.wizards[0]
    assert "Weiter" in reopened.button(QWizard.WizardButton.NextButton).text()
    assert reopened.currentId() == page and reopened.case_id == step.case_id
    assert load_preferences(app_settings()).language == "de"

    _choose(app, language="fr")
    qtbot.waitUntil(lambda: window.refresh_action.text() == "Actualiser")
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Dossier"
    qtbot.waitUntil(lambda: bool(window.wizards) and window.wizards[0] is not reopened
                    and window.wizards[0].isVisible(), timeout=10_000)
    assert "Suivant" in window.wizards[0].button(QWizard.WizardButton.NextButton).text()
    window.preferences_action.trigger()
    assert app.preferences_dialog is not None
    window.lock()  # the preferences must not block the unlock dialog that follows
    assert app.preferences_dialog is None
    assert app.dialog is not None and app.dialog.isVisible()
    assert app.operations.wait()
    close_demo(app, qapp)


def test_unlock_dialog_follows_a_language_change(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, operations: StoreOperations,
    french: None,
) -> None:
    dialog = UnlockDialog(tmp_path / "store", operations, keyring_backend=None)
    qtbot.addWidget(dialog)
    assert dialog.submit.text() == "Créer"
    install_translations(qapp, "de")
    try:
        qtbot.waitUntil(lambda: dialog.submit.text() == "Anlegen")
        assert dialog.windowTitle() == "cpi-terrain — Akten"
    finally:
        install_translations(qapp, "fr")
    qtbot.waitUntil(lambda: dialog.submit.text() == "Créer")


def test_keyboard_reaches_preferences_caseload_and_week_list(
    qtbot: QtBot, operations: StoreOperations, french: None,
) -> None:
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.show()
    assert window.preferences_action.shortcut() == QKeySequence("Ctrl+,")
    assert window.preferences_action.toolTip().endswith(" (Ctrl+,)")
    assert window.lock_action.toolTip() == "Verrouiller (Ctrl+L)"
    window.go_week_action.trigger()
    assert window.focusWidget() is window.today_list
    window.go_caseload_action.trigger()
    assert window.focusWidget() is window.table
    assert window.table.accessibleName() == "Dossiers"
