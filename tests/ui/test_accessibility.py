"""Every control an agent fills in can be reached by a screen reader: it has an accessible
name, or a label that names it (a form row's label is its buddy), or its own text."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.implementation import start_measure
from app.store.store import Store
from tests.app.services.family import OFFICE, Family, validator_context
from ui.main_window import STEP_WIZARDS, MainWindow
from ui.operations import StoreOperations
from ui.qt import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from ui.wizards.draft_wizard import DraftWizard
from ui.wizards.opening import OpeningWizard

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QCheckBox)


def unnamed_controls(root: QWidget) -> list[str]:
    """The input controls under ``root`` that nothing names."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for kind in INPUTS:
        for widget in root.findChildren(kind):
            if widget.accessibleName() or id(widget) in buddies:
                continue
            if isinstance(widget, QAbstractButton) and widget.text():
                continue
            if isinstance(widget.parent(), QComboBox | QDateEdit):
                continue  # the line edit inside a combo box or a date field
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_of_every_wizard_and_the_main_window_is_named(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.a11y", "Agent A11y", OFFICE)
    family = Family.open(agent, date.today()).analyse().assess().plan()
    family.in_force(validator_context(agent))
    assert family.measure is not None
    start_measure(agent, family.measure, date.today())

    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    assert unnamed_controls(window) == []

    kinds: list[type[DraftWizard]] = [OpeningWizard, *STEP_WIZARDS.values()]
    for kind in kinds:
        opened: list[DraftWizard] = []
        kind.launch(operations, agent, None if kind is OpeningWizard else family.case_id,
                    opened.append)
        qtbot.waitUntil(lambda opened=opened: bool(opened))  # type: ignore[misc]
        wizard = opened[0]
        qtbot.addWidget(wizard)
        assert unnamed_controls(wizard) == [], kind.__name__
        wizard.close()
        assert operations.wait()


def test_an_unnamed_control_is_found(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root).setObjectName("anonymous")
    named = QLineEdit(root)
    named.setAccessibleName("Nom")
    QCheckBox("Signé", root)
    assert unnamed_controls(root) == ["QLineEdit 'anonymous'"]
