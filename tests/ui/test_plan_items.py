"""What becomes of objectives and measures, from the dossier window as an agent does it: Enter
on a row opens a dialog offering only what the record's state allows; a refusal shows under the
fields with the typing kept; the draft comes back for the record it was typed for only."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.rules.objectives import ObjectiveFate
from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.implementation import start_measure
from app.store.store import Store
from tests.app.services.family import OFFICE, Family, validator_context
from ui.dossier.plan_items import MeasureDialog, MeasureFate, ObjectiveDialog
from ui.dossier_window import DossierWindow
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QTableWidget

TODAY = date.today()


@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.suivi", "Agent Suivi", OFFICE)


def _open(qtbot: QtBot, operations: StoreOperations, agent: ServiceContext,
          family: Family) -> DossierWindow:
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1)
    window._load_dossier(agent, family.case_id)
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)
    return window.dossier_windows[0]


def _table(dossier: DossierWindow, title: str) -> QTableWidget:
    for index in range(dossier.tabs.count()):
        if dossier.tabs.tabText(index).startswith(title):
            table = dossier.tabs.widget(index)
            assert isinstance(table, QTableWidget)
            return table
    raise AssertionError(f"no tab {title}")


def _enter(table: QTableWidget, row: int) -> None:
    table.activated.emit(table.model().index(row, 0))  # Enter or a double click on the row


def _choose(combo: object, value: str) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def _refused(qtbot: QtBot, dialog: object) -> str:
    dialog.problem.hide()  # type: ignore[attr-defined]  # the last refusal is read
    dialog.ok.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.problem.isVisible())  # type: ignore[attr-defined]
    return str(dialog.problem.text())  # type: ignore[attr-defined]


def _save(qtbot: QtBot, dossier: DossierWindow, dialog: object) -> None:
    before = dossier.reload_count
    dialog.ok.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dossier.reload_count > before, timeout=10_000)


def test_an_objective_is_abandoned_then_offers_nothing_more(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY).analyse().assess()
    dossier = _open(qtbot, operations, agent, family)
    objectives = _table(dossier, "Objectifs")
    assert objectives.item(0, 1).text() == "Léa Tavares"  # the child it is for
    _enter(objectives, 0)
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, ObjectiveDialog)
    assert [dialog.fate.itemData(i) for i in range(dialog.fate.count())] == [
        f.value for f in ObjectiveFate]
    _choose(dialog.fate, ObjectiveFate.ABANDONED.value)
    assert not dialog.wording.isVisible()  # the new wording is for a reformulation only
    message = _refused(qtbot, dialog)
    assert "pourquoi l’objectif est abandonné" in message
    assert dialog.fate.currentData() == ObjectiveFate.ABANDONED.value  # the typing is kept
    dialog.reason.setPlainText("Léa a changé d'école, l'objectif n'a plus de sens")
    _save(qtbot, dossier, dialog)
    objectives = _table(dossier, "Objectifs")
    assert objectives.item(0, 6).text() == "abandonné"
    assert objectives.item(0, 8).text() == "Léa a changé d'école, l'objectif n'a plus de sens"
    count = len(dossier.dialogs)
    _enter(objectives, 0)
    assert len(dossier.dialogs) == count  # nothing to offer: the window says why
    assert dossier.message.isVisible() and "reste tel quel" in dossier.message.text()


def test_an_objective_is_reformulated_in_smart_terms_after_a_refusal(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY).analyse().assess()
    dossier = _open(qtbot, operations, agent, family)
    objectives = _table(dossier, "Objectifs")
    objectives.setCurrentCell(0, 0)
    [action] = objectives.actions()  # the row's context menu
    assert action.text() == "Atteint, abandonné ou reformulé…"
    action.trigger()
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, ObjectiveDialog)
    _choose(dialog.fate, ObjectiveFate.REFORMULATED.value)
    assert dialog.wording.text() == "Léa va à l'école tous les jours"  # from the objective
    dialog.wording.setText("Ponctuelle")
    dialog.reason.setPlainText("L'évaluation montre des retards, pas des absences")
    message = _refused(qtbot, dialog)
    assert "Spécifique" in message
    assert dialog.wording.text() == "Ponctuelle"
    dialog.wording.setText("Léa arrive à l'heure à l'école chaque matin")
    _save(qtbot, dossier, dialog)
    statuses = {o.wording: (o.status, o.person) for o in dossier.detail.objectives}
    assert statuses == {
        "Léa va à l'école tous les jours": ("reformulated", "Léa Tavares"),
        "Léa arrive à l'heure à l'école chaque matin": ("active", "Léa Tavares")}


def test_a_planned_measure_is_changed_with_a_reason_then_withdrawn(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    dossier = _open(qtbot, operations, agent, family)
    _enter(_table(dossier, "Mesures"), 0)
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, MeasureDialog)
    assert [dialog.fate.itemData(i) for i in range(dialog.fate.count())] == [
        MeasureFate.CHANGED.value, MeasureFate.WITHDRAWN.value]
    qtbot.waitUntil(lambda: dialog.provider.count() >= 1 and "agrément" in
                    dialog.provider.currentText())  # the providers came from the store
    dialog.quantity.setText("quatre-vingts")
    assert "quantité en chiffres" in _refused(qtbot, dialog)
    assert dialog.quantity.text() == "quatre-vingts"
    dialog.quantity.setText("80")
    assert "pourquoi la mesure change" in _refused(qtbot, dialog)
    dialog.reason.setPlainText("Le service n'a que 80 heures disponibles")
    _save(qtbot, dossier, dialog)
    measures = _table(dossier, "Mesures")
    assert measures.item(0, 3).text() == "80 heures"
    assert measures.item(0, 9).text() == "Le service n'a que 80 heures disponibles"

    _enter(measures, 0)
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, MeasureDialog)
    _choose(dialog.fate, MeasureFate.WITHDRAWN.value)
    assert not dialog.quantity.isVisible() and dialog.reason.isVisible()
    assert "pourquoi la mesure est retirée" in _refused(qtbot, dialog)
    dialog.reason.setPlainText("La famille a trouvé une aide de voisinage")
    _save(qtbot, dossier, dialog)
    assert _table(dossier, "Mesures").rowCount() == 0


def test_a_running_measure_is_interrupted_resumed_and_ended_early(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    assert family.measure is not None
    family.in_force(validator_context(agent))
    start_measure(agent, family.measure, TODAY)
    dossier = _open(qtbot, operations, agent, family)
    _enter(_table(dossier, "Mesures"), 0)
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, MeasureDialog)
    assert [dialog.fate.itemData(i) for i in range(dialog.fate.count())] == [
        MeasureFate.INTERRUPTED.value, MeasureFate.ENDED.value]
    assert "pourquoi la mesure est interrompue" in _refused(qtbot, dialog)
    dialog.reason.setPlainText("Hospitalisation de Léa")
    _save(qtbot, dossier, dialog)
    measures = _table(dossier, "Mesures")
    assert measures.item(0, 8).text() == TODAY.strftime("%d/%m/%Y")

    _enter(measures, 0)
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, MeasureDialog)
    assert [dialog.fate.itemData(i) for i in range(dialog.fate.count())] == [
        MeasureFate.RESUMED.value, MeasureFate.ENDED.value]
    assert not dialog.reason.isVisible()
    _save(qtbot, dossier, dialog)

    _enter(_table(dossier, "Mesures"), 0)
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, MeasureDialog)
    _choose(dialog.fate, MeasureFate.ENDED.value)
    assert "avant la fin prévue" in _refused(qtbot, dialog)
    dialog.reason.setPlainText("Léa va mieux, la famille arrête")
    _save(qtbot, dossier, dialog)
    measures = _table(dossier, "Mesures")
    assert measures.item(0, 7).text() == TODAY.strftime("%d/%m/%Y")
    assert measures.item(0, 9).text() == "Léa va mieux, la famille arrête"


def test_a_draft_comes_back_for_its_own_objective_only(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY).analyse().assess()
    dossier = _open(qtbot, operations, agent, family)
    objective = dossier.detail.objectives[0]
    dossier._objective(objective)
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, ObjectiveDialog)
    _choose(dialog.fate, ObjectiveFate.ABANDONED.value)
    dialog.reason.setPlainText("La famille déménage au Portugal")
    dialog.close_keeping_draft()  # the window closes or the laptop locks
    assert operations.wait()
    dossier._objective(objective)
    again = dossier.dialogs[-1]
    assert isinstance(again, ObjectiveDialog)
    qtbot.waitUntil(lambda: again.draft_restored)
    assert again.reason.toPlainText() == "La famille déménage au Portugal"
    assert again.fate.currentData() == ObjectiveFate.ABANDONED.value
    again.close_keeping_draft()
    assert operations.wait()
    another = replace(objective, objective_id=uuid.uuid4())  # another objective's dialog
    other = ObjectiveDialog(operations, agent, family.case_id, another,
                            dossier.detail.summary.persons, dossier)
    qtbot.addWidget(other)
    other.open()
    assert operations.wait()
    qtbot.wait(50)
    assert not other.draft_restored and other.reason.toPlainText() == ""
    other.close_keeping_draft()
