"""The counter beside a form's text area (issue 18): "0 / 4 000", a warning past the limit
that a screen reader hears, and the service's refusal said under the fields, the text kept."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.domain.text_limits import text_limit
from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.family_map.dialogs import AddPersonDialog
from ui.operations import StoreOperations
from ui.qt import QFormLayout, QPlainTextEdit, QWidget
from ui.text_limit import WARNING_STYLE, LimitCounter, add_counter, counter_of

TODAY = date(2026, 3, 2)


@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "cpi.test", "Agent de test", OFFICE)


def test_the_counter_follows_the_text_and_warns_past_the_limit(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    editor = QPlainTextEdit()
    form.addRow("Résumé", editor)
    counter = add_counter(form, editor, "case_file", "summary")
    assert isinstance(counter, LimitCounter) and counter_of(editor) is counter
    assert counter.text() == "0 / 4\u00a0000" and not counter.isOver()
    editor.setPlainText("é" * 4000)
    assert counter.text() == "4\u00a0000 / 4\u00a0000" and not counter.isOver()
    assert counter.styleSheet() != WARNING_STYLE and editor.accessibleDescription() == ""
    editor.setPlainText("é" * 4123)
    assert counter.text() == "4\u00a0123 / 4\u00a0000" and counter.isOver()
    assert counter.styleSheet() == WARNING_STYLE
    assert "123" in counter.accessibleName() and "123" in editor.accessibleDescription()
    editor.setPlainText("court")
    assert not counter.isOver() and counter.styleSheet() != WARNING_STYLE
    assert add_counter(form, QPlainTextEdit(), "case_file", "number") is None  # no limit


@pytest.mark.usefixtures("french")
def test_a_dialog_counts_refuses_and_keeps_the_text(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    dialog = AddPersonDialog(operations, agent, family.case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    limit = text_limit("person", "notes")
    assert limit is not None
    assert dialog.first_name.maxLength() == text_limit("person", "first_name")
    counter = counter_of(dialog.notes)
    assert counter is not None and counter.isVisible()
    dialog.first_name.setText("Odile")
    dialog.last_name.setText("Grand-Mère")
    too_long = "note " * (limit // 5) + "x"
    dialog.notes.setPlainText(too_long)
    assert counter.isOver() and "retirez-en 1" in counter.accessibleName()
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert "trop long" in dialog.problem.text() and "4\u00a0000" in dialog.problem.text()
    assert dialog.notes.toPlainText() == too_long and dialog.isVisible()
