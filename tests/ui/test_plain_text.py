"""A value a person typed is shown as typed (issue 18): Qt's labels guess rich text from the
text itself, so a family named like a heading restyled the dossier's heading. Every label
is a ``PlainLabel``; the few that style their text escape what they put in."""

from __future__ import annotations

import ast
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.dossier.detail import load_dossier_detail
from app.store.store import Store
from tests.app.services.family import plan_ready_to_sign, validator_context
from ui.dossier_window import DossierWindow
from ui.main_window import STEP_WIZARDS, MainWindow
from ui.operations import StoreOperations
from ui.qt import QApplication, QLabel, QWidget
from ui.validation_window import ValidationWindow

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = '<h1 style="color:red">X</h1>'


def _marked_up(root: QWidget) -> list[str]:
    """Labels under ``root`` that would read the hostile name as markup."""
    found = []
    for label in root.findChildren(QLabel):
        if "<h1" not in label.text():
            continue
        plain = label.textFormat() == type(label.textFormat()).PlainText
        if not plain:
            found.append(f"{type(label).__name__} {label.objectName()!r}: {label.text()!r}")
    return found


def test_no_screen_reads_a_family_name_as_markup(
        qtbot: QtBot, store: Store, operations: StoreOperations, french: None) -> None:
    agent, family, _version = plan_ready_to_sign(store, "agent.plain", surname=HOSTILE)
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    dossier = DossierWindow(load_dossier_detail(agent, family.case_id), operations, agent)
    qtbot.addWidget(dossier)
    dossier.show()
    seen = 0
    for index in range(dossier.tabs.count()):
        dossier.tabs.setCurrentIndex(index)
        assert _marked_up(dossier) == [], dossier.tabs.tabText(index)
    heading = dossier.heading
    assert HOSTILE not in heading.text() and "&lt;h1" in heading.text()  # escaped, still bold
    seen += sum(HOSTILE in label.text() for label in dossier.findChildren(QLabel))
    for menu in (dossier.corrections_menu, dossier.actions_menu):
        for entry in [a for a in menu.actions() if a.isEnabled() and a.text()]:
            opened = len(dossier.dialogs)
            entry.trigger()
            for dialog in dossier.dialogs[opened:]:
                assert _marked_up(dialog) == [], type(dialog).__name__
                seen += sum(HOSTILE in label.text() for label in dialog.findChildren(QLabel))
                dialog.reject()
    for kind in STEP_WIZARDS.values():
        opened_wizards: list[QWidget] = []
        kind.launch(operations, agent, family.case_id, opened_wizards.append)
        qtbot.waitUntil(lambda: bool(opened_wizards), timeout=10_000)  # noqa: B023
        wizard = opened_wizards[0]
        qtbot.addWidget(wizard)
        for _page in range(8):
            assert _marked_up(wizard) == [], type(wizard).__name__
            seen += sum(HOSTILE in label.text() for label in wizard.findChildren(QLabel))
            before = wizard.currentId()  # type: ignore[attr-defined]
            wizard.next()  # type: ignore[attr-defined]
            qtbot.wait(20)
            if wizard.currentId() == before:  # type: ignore[attr-defined]
                break
        wizard.close()
        assert operations.wait()
    queue = ValidationWindow(operations, validator_context(agent))
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitUntil(lambda: queue.loads > 0)
    assert _marked_up(queue) == []
    assert _marked_up(window) == []
    for top in QApplication.topLevelWidgets():
        assert _marked_up(top) == [], type(top).__name__
    assert seen > 3  # the name was on screen, as typed: the test can tell


def test_the_check_finds_a_label_that_reads_markup(qtbot: QtBot) -> None:
    from ui.plain import PlainLabel
    root = QWidget()
    qtbot.addWidget(root)
    QLabel(HOSTILE, root)
    PlainLabel(HOSTILE, root)
    assert len(_marked_up(root)) == 1


def test_no_bare_label_is_made_in_the_ui() -> None:
    """``QLabel(...)`` guesses rich text: ui code makes ``PlainLabel``s (ui/plain.py)."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name in {"qt.py", "plain.py"}:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (
                    getattr(node.func, "id", None) == "QLabel"
                    or getattr(node.func, "attr", None) == "QLabel"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.ClassDef) and any(
                    getattr(base, "id", None) == "QLabel" for base in node.bases):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} (subclass)")
    assert not found, f"use ui.plain.PlainLabel (and ui.plain.rich to style): {found}"
