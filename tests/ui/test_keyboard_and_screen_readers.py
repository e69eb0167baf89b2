"""Keyboard only and a screen reader, on every main screen.

The accessibility tree is walked through ``QAccessible`` (what AT-SPI exposes on Linux): every
control a person operates has a name, every combo box and spin box a visible label (on Linux a
combo box is heard by its current text, its accessible name is ignored). The keyboard test
finds, opens and works on a dossier with key events only. The 150 % test runs the windows in a
child process on a 1366x768 screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.base.context import ServiceContext
from app.services.dossier.detail import load_dossier_detail
from app.services.plan.validation import plans_awaiting_validation
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family, plan_ready_to_sign, validator_context
from ui import accessibility
from ui.accessibility import contrast_ratio, install_accessibility
from ui.documents.preview import DocumentPreview
from ui.dossier_window import DossierWindow
from ui.family_map.corrections import (
    CancelDossierDialog,
    ChangeLinkDialog,
    CorrectPersonDialog,
    DocumentLanguageDialog,
)
from ui.family_map.dialogs import AddPersonDialog, AddStakeholderDialog, LinkPersonsDialog
from ui.main_window import STEP_WIZARDS, MainWindow
from ui.operations import StoreOperations
from ui.preferences import PreferencesDialog
from ui.qt import (
    QAbstractItemView,
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAction,
    QApplication,
    QMenu,
    QPalette,
    QPlainTextEdit,
    Qt,
    QTextEdit,
    QToolBar,
    QWidget,
    QWizard,
)
from ui.settings import Preferences
from ui.unlock_dialog import ERROR_STYLE, UnlockDialog
from ui.validation_window import ReturnDialog, ValidationWindow
from ui.wizards.analysis import AnalysisWizard
from ui.wizards.draft_wizard import DraftWizard
from ui.wizards.opening import OpeningWizard

Role = QAccessible.Role
#: What a person operates: each needs a name a screen reader says.
INTERACTIVE = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox,
               Role.EditableText, Role.SpinBox, Role.Table, Role.List, Role.Tree,
               Role.PageTabList, Role.PageTab, Role.ButtonMenu, Role.ButtonDropDown,
               Role.Slider, Role.MenuItem}
#: Named by their current value on Linux: they need a visible label (a buddy).
NEEDS_LABEL = {Role.ComboBox, Role.SpinBox}
#: Their children are items, cells or a popup, named by their content.
LEAVES = {Role.ComboBox, Role.Table, Role.List, Role.Tree, Role.SpinBox}


def problems(root: QWidget) -> list[str]:
    """The visible controls under ``root`` a screen reader cannot name, or that no label
    names, walking the accessibility tree as AT-SPI does."""
    found: list[str] = []

    def walk(node: QAccessibleInterface | None, path: str, depth: int) -> None:
        if node is None or not node.isValid() or depth > 40:
            return
        if node.state().invisible:
            return
        role = node.role()
        name = node.text(QAccessible.Text.Name).strip()
        where = f"{path}/{role.name}"
        if role in INTERACTIVE and not name:
            found.append(f"{where} {node.object().objectName()!r} has no name")
        if role in NEEDS_LABEL and not node.relations(QAccessible.RelationFlag.Label):
            found.append(f"{where} {name!r} has no label")
        if role in LEAVES:
            return
        for index in range(node.childCount()):
            walk(node.child(index), f"{where}[{index}]", depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), type(root).__name__, 0)
    return found


@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.keys", "Agent Keys", OFFICE)


@pytest.fixture
def accessible(qapp: QApplication) -> Iterator[None]:
    palette = qapp.palette()
    install_accessibility(qapp)
    yield
    qapp.setPalette(palette)


def _launch(qtbot: QtBot, operations: StoreOperations, agent: ServiceContext,
            kind: type[DraftWizard], case_id: object) -> DraftWizard:
    opened: list[DraftWizard] = []
    kind.launch(operations, agent, case_id, opened.append)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    qtbot.addWidget(opened[0])
    return opened[0]


def _pages(qtbot: QtBot, wizard: DraftWizard) -> Iterator[int]:
    """Each page of ``wizard`` in turn (Next as far as it goes)."""
    page = 0
    while True:
        yield page
        before = wizard.currentId()
        if wizard.nextId() == -1 or page > 8:
            return
        wizard.next()
        qtbot.wait(20)
        if wizard.currentId() == before:
            return
        page += 1


def test_every_main_screen_names_its_controls_for_screen_readers(
    qtbot: QtBot, store: Store, store_dir: Path, operations: StoreOperations, french: None,
    accessible: None,
) -> None:
    agent, family, version_id = plan_ready_to_sign(store, "agent.tree")
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert problems(window) == []
    dossier = DossierWindow(load_dossier_detail(agent, family.case_id), operations, agent)
    qtbot.addWidget(dossier)
    dossier.show()
    tree = QAccessible.queryAccessibleInterface(dossier)
    assert tree.role() == Role.Window and "Dossier" in tree.text(QAccessible.Text.Name)
    for index in range(dossier.tabs.count()):
        dossier.tabs.setCurrentIndex(index)
        assert problems(dossier) == [], dossier.tabs.tabText(index)
    persons = dossier.detail.summary.persons
    detail = dossier.detail
    (awaiting,) = plans_awaiting_validation(validator_context(agent))
    for dialog in (AddPersonDialog(operations, agent, family.case_id, dossier),
                   LinkPersonsDialog(operations, agent, family.case_id, persons, dossier),
                   AddStakeholderDialog(operations, agent, family.case_id, dossier),
                   CorrectPersonDialog(operations, agent, family.case_id, persons, None,
                                       dossier),
                   ChangeLinkDialog(operations, agent, family.case_id, persons,
                                    detail.summary.relationships, None, dossier),
                   DocumentLanguageDialog(operations, agent, family.case_id,
                                          detail.summary.document_language, dossier),
                   CancelDossierDialog(operations, agent, family.case_id, "SUD-2026-000001",
                                       dossier),
                   ReturnDialog(operations, validator_context(agent), awaiting, dossier)):
        dialog.show()
        assert problems(dialog) == [], type(dialog).__name__
        dialog.reject()
    # Every dialog the Correct and Actions menus open on this dossier, and the objective's
    # and measure's (Enter on their rows).
    walked: list[str] = []
    for menu in (dossier.corrections_menu, dossier.actions_menu):
        for entry in [a for a in menu.actions() if a.isEnabled() and a.text()]:
            opened = len(dossier.dialogs)
            entry.trigger()
            for dialog in dossier.dialogs[opened:]:
                assert problems(dialog) == [], (entry.text(), type(dialog).__name__)
                walked.append(type(dialog).__name__)
                dialog.reject()
    for open_item in (lambda: dossier._objective(dossier.detail.objectives[0]),
                      lambda: dossier._measure(dossier.detail.measures[0])):
        opened = len(dossier.dialogs)
        open_item()
        for dialog in dossier.dialogs[opened:]:
            assert problems(dialog) == [], type(dialog).__name__
            walked.append(type(dialog).__name__)
            dialog.reject()
    assert {"CorrectPersonDialog", "ChangeLinkDialog", "CancelDossierDialog",
            "NewRequestDialog", "ContactNoteDialog", "DiscardVersionDialog",
            "ObjectiveDialog", "MeasureDialog"} <= set(walked), walked
    queue = ValidationWindow(operations, validator_context(agent))
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitUntil(lambda: queue.loads > 0)
    assert problems(queue) == []
    unlock = UnlockDialog(store_dir, operations, keyring_backend=None)
    qtbot.addWidget(unlock)
    unlock.show()
    assert problems(unlock) == []
    preferences = PreferencesDialog(Preferences(idle_minutes=5, language="fr"))
    qtbot.addWidget(preferences)
    preferences.show()
    assert problems(preferences) == []
    from app.documents.plan import render_plan
    preview = DocumentPreview(operations, lambda language: render_plan(  # type: ignore[arg-type]
        agent, version_id, language), "projet", "projet.pdf")
    preview.show()
    try:
        qtbot.waitUntil(lambda: bool(preview.pages), timeout=20_000)
        assert problems(preview) == []
    finally:
        preview.close()
    kinds: list[type[DraftWizard]] = [OpeningWizard, *STEP_WIZARDS.values()]
    for kind in kinds:
        wizard = _launch(qtbot, operations, agent, kind,
                         None if kind is OpeningWizard else family.case_id)
        for page in _pages(qtbot, wizard):
            assert problems(wizard) == [], f"{kind.__name__} page {page + 1}"
        wizard.close()
        assert operations.wait()


def test_the_walk_finds_an_unnamed_button_and_an_unlabelled_combo(qtbot: QtBot) -> None:
    from ui.qt import QComboBox, QLabel, QPushButton, QVBoxLayout
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    combo = QComboBox()
    combo.addItem("4 · Projet d’intervention")
    combo.setAccessibleName("Filtrer par étape")  # not enough on Linux
    layout.addWidget(combo)
    layout.addWidget(QPushButton())
    root.show()
    found = problems(root)
    assert len(found) == 2 and "has no label" in found[0] and "has no name" in found[1]
    label = QLabel("Étape")
    label.setBuddy(combo)
    layout.addWidget(label)
    assert len(problems(root)) == 1


def _tab_traps(root: QWidget) -> list[str]:
    traps = [f"{type(w).__name__} {w.objectName()!r}" for w in root.findChildren(
        QAbstractItemView) if w.tabKeyNavigation() and w.isVisibleTo(root)]
    traps += [f"{type(w).__name__} {w.objectName()!r}" for w in [
        *root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]
        if not w.tabChangesFocus() and not w.isReadOnly()]
    return traps


def test_tab_leaves_every_table_and_text_area(
    qtbot: QtBot, store: Store, operations: StoreOperations, agent: ServiceContext,
    french: None,
) -> None:
    family = Family.open(agent, date.today()).analyse().assess().plan()
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert _tab_traps(window) == []
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert not window.table.hasFocus()
    dossier = DossierWindow(load_dossier_detail(agent, family.case_id), operations, agent)
    qtbot.addWidget(dossier)
    dossier.show()
    assert _tab_traps(dossier) == []
    kinds: list[type[DraftWizard]] = [OpeningWizard, *STEP_WIZARDS.values()]
    for kind in kinds:
        wizard = _launch(qtbot, operations, agent, kind,
                         None if kind is OpeningWizard else family.case_id)
        assert _tab_traps(wizard) == [], kind.__name__
        if kind is AnalysisWizard:
            assert isinstance(wizard, AnalysisWizard)
            wizard.activateWindow()
            wizard.working_frame.setFocus()
            qtbot.waitUntil(wizard.working_frame.hasFocus)
            qtbot.keyClick(wizard.working_frame, Qt.Key.Key_Tab)
            assert not wizard.working_frame.hasFocus()
            assert "\t" not in wizard.working_frame.toPlainText()
        wizard.close()
        assert operations.wait()


def _key(qtbot: QtBot, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is (or in the open menu), as a person would."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


# Opening a menu from the keyboard grabs it and raises the window: not on offscreen.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                           "This plugin does not support raise")
def test_a_dossier_is_found_opened_worked_on_and_its_plan_previewed_with_keys_only(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    agent, planned, _version = plan_ready_to_sign(store, "agent.keys", "Kowalski")
    family = Family.open(agent, date.today(), surname="Zimmer")
    sent: list[tuple[object, QAccessible.Event]] = []
    monkeypatch.setattr(accessibility, "_update", lambda event: sent.append(
        (event.object(), event.type())))
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 and window.isActiveWindow())
    # Find (Ctrl+F), go to the list (Tab until the table), open (Enter): the step 1 dossier.
    window.table.setFocus()
    _key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "zimmer")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    for _ in range(8):
        if window.table.hasFocus():
            break
        _key(qtbot, Qt.Key.Key_Tab)
    assert window.table.hasFocus()
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1, timeout=10_000)
    dossier = window.dossier_windows[0]
    qtbot.waitUntil(dossier.isVisible)
    dossier.activateWindow()
    qtbot.waitUntil(dossier.isActiveWindow)
    assert dossier.case_id == family.case_id
    _key(qtbot, Qt.Key.Key_Escape)  # Escape closes the dossier window
    qtbot.waitUntil(lambda: not dossier.isVisible())
    # Work on its step (Ctrl+Return): a failed finish, then the wizard finished.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.wizards) == 1, timeout=10_000)
    wizard = window.wizards[0]
    assert isinstance(wizard, AnalysisWizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.working_frame.setFocus()
    for _ in range(2):  # Next twice with Enter (focus on the frame of the aid: no newline)
        _key(qtbot, Qt.Key.Key_Tab)
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.nextId() == -1)
    wizard.button(QWizard.WizardButton.CancelButton).setFocus()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.setFocus()
    _key(qtbot, Qt.Key.Key_Return)  # the working frame is missing (art. 5)
    qtbot.waitUntil(wizard.problems.isVisible, timeout=10_000)
    assert wizard.problems.hasFocus()  # not Cancel: the next Enter must not cancel
    assert (wizard.problems, QAccessible.Event.Alert) in sent
    assert wizard.problems.text() in finish.accessibleDescription()
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    cancel.setFocus()
    _key(qtbot, Qt.Key.Key_Return)  # Enter on Cancel does not cancel either
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: finish.isEnabled(), timeout=10_000)
    _key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # < Précédent is Alt+P
    for _ in range(2):
        wizard.back()
    wizard.working_frame.setFocus()
    qtbot.keyClicks(wizard.working_frame, "Visites a domicile chaque semaine")
    for _ in range(2):
        _key(qtbot, Qt.Key.Key_Tab)
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.nextId() == -1)
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        _key(qtbot, Qt.Key.Key_Return)
    # The planned family's dossier: its Documents menu (Ctrl+Shift+D), the plan (Enter).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.search.setFocus()
    window.search.clear()
    qtbot.keyClicks(window.search, "kowalski")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1 and window.model.row_at(
        window.proxy.mapToSource(window.proxy.index(0, 0)).row()).case_id == planned.case_id)
    _key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # go to the caseload
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(w.case_id == planned.case_id and w.isVisible()
                                for w in window.dossier_windows), timeout=10_000)
    dossier = window.dossier_windows[-1]
    dossier.activateWindow()
    qtbot.waitUntil(dossier.isActiveWindow)
    assert dossier.documents is not None
    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
         | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is dossier.documents)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dossier.documents and dossier.documents.previews
                                 and dossier.documents.previews[-1].pages), timeout=20_000)
    dossier.documents.close_all()
    dossier.activateWindow()
    qtbot.waitUntil(dossier.isActiveWindow)
    _key(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Ctrl+W closes it too
    qtbot.waitUntil(lambda: not dossier.isVisible())
    assert operations.wait()


def _menu_actions(menu: QMenu) -> set[QAction]:
    found: set[QAction] = set()
    for action in menu.actions():
        found.add(action)
        if action.menu() is not None:
            found |= _menu_actions(action.menu())  # type: ignore[arg-type]
    return found


def test_the_menu_bars_hold_every_command_with_its_shortcut(
    qtbot: QtBot, store: Store, operations: StoreOperations, agent: ServiceContext,
    french: None,
) -> None:
    family = Family.open(agent, date.today())
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    in_menus: set[QAction] = set()
    for menu in window.menuBar().findChildren(QMenu):
        in_menus |= _menu_actions(menu)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Dossier", "&Affichage", "&Outils"]
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    commands = [a for a in toolbar.actions() if a.text() and not a.isSeparator()
                and toolbar.widgetForAction(a) is not window.documents_button]
    shortcuts = [a for a in window.actions() if not a.shortcut().isEmpty()]
    assert commands and shortcuts
    assert [a.text() for a in [*commands, *shortcuts] if a not in in_menus] == []
    assert window.office_documents.menuAction() in in_menus
    dossier = DossierWindow(load_dossier_detail(agent, family.case_id), operations, agent)
    qtbot.addWidget(dossier)
    bar = dossier.layout().menuBar()
    assert bar is not None
    assert [a.text() for a in bar.actions()] == [  # type: ignore[attr-defined]
        "&Dossier", "&Corriger", "&Actions"]
    dossier_menus = _menu_actions(dossier.dossier_menu)
    for action in (dossier.add_person_action, dossier.link_action, dossier.stakeholder_action,
                   dossier.print_action, dossier.pdf_action, dossier.conflicts_action,
                   dossier.close_action):
        assert action in dossier_menus and not action.shortcut().isEmpty(), action.text()
    assert dossier.add_person_button.defaultAction() is dossier.add_person_action
    assert dossier.documents is not None and dossier.documents.menuAction() in dossier_menus
    assert {k.toString() for k in dossier.close_action.shortcuts()} == {"Ctrl+W", "Esc"}
    assert dossier.windowRole() == "dossier"


def test_placeholder_text_reads_at_4_5_to_1(qapp: QApplication, accessible: None) -> None:
    palette = qapp.palette()
    base = palette.color(QPalette.ColorRole.Base)
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    assert contrast_ratio(placeholder, base) >= 4.5
    # Still a hint, not text: lighter than what is typed.
    assert contrast_ratio(placeholder, base) < contrast_ratio(
        palette.color(QPalette.ColorRole.Text), base)
    # The ratio itself, against WCAG's own figures: black on white is 21:1, #777 about 4.48.
    from ui.qt import QColor
    assert round(contrast_ratio(QColor("black"), QColor("white")), 1) == 21.0
    assert round(contrast_ratio(QColor("#777777"), QColor("white")), 2) == 4.48
    error = QColor(ERROR_STYLE.removeprefix("color:").rstrip(";"))  # errors on the window
    assert contrast_ratio(error, palette.color(QPalette.ColorRole.Window)) >= 4.5
    fusion_placeholder = QColor(0, 0, 0, 128)  # half-transparent text: 4.0:1, too faint
    assert round(contrast_ratio(fusion_placeholder, QColor("white")), 1) == 4.0


def test_an_error_is_announced_and_describes_its_field(qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.qt import QLabel, QLineEdit
    sent: list[QAccessibleEvent] = []
    monkeypatch.setattr(accessibility, "_update", sent.append)
    root = QWidget()
    qtbot.addWidget(root)
    label, field = QLabel(root), QLineEdit(root)
    accessibility.announce(label, "Le cadre de travail manque (art. 5).", field)
    assert label.isVisibleTo(root) and field.accessibleDescription() == label.text()
    assert [e.type() for e in sent] == [QAccessible.Event.NameChanged, QAccessible.Event.Alert]
    accessibility.announce(label, "", field)
    assert not label.isVisibleTo(root) and len(sent) == 2


def test_every_window_and_wizard_fits_1366x768_at_150_percent(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    child = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("scale_child.py")), str(out), "fr"],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_SCALE_FACTOR": "1.5",
             "QT_QPA_PLATFORM": "offscreen:configfile="
                                f"{Path(__file__).with_name('laptop_screen.json')}"})
    assert child.returncode == 0, child.stderr[-3000:]
    screens = [json.loads(line) for line in child.stdout.splitlines() if line.startswith("{")]
    names = {s["name"] for s in screens}
    assert {"caseload", "office-deadlines", "dossier", "preview", "preferences", "open_case-1",
            "step3_planning-2", "step8_closure-1"} <= names
    assert len(screens) > 25
    assert [s for s in screens if not s["fits"]] == []
    assert max(s["width"] for s in screens) <= 1366
    assert max(s["height"] for s in screens) <= 768
    assert len(list(out.glob("*.png"))) == len(screens)
