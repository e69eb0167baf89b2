"""Opening a dossier from the caseload: every step's data in its tab, in French; the lock
closes it."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family, validator_context
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QTableWidget


def test_a_dossier_opens_with_every_step_and_closes_on_lock(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.ui", "Agent UI", OFFICE)
    family = Family.open(agent, date(2026, 3, 2)).analyse().assess().plan()
    family.in_force(validator_context(agent))
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)

    window.table.activated.emit(window.proxy.index(0, 0))
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)
    dossier = window.dossier_windows[0]
    tabs = [dossier.tabs.tabText(i) for i in range(dossier.tabs.count())]
    # the overview first, then the family, the drawings, the chronology
    assert tabs[:3] == ["Synthèse", "Famille (3)", "Constellation (2)"]
    assert tabs[5] == "Chronologie"
    assert tabs[6] == "Demandes (1)"
    assert "Objectifs (1)" in tabs and "Mesures (1)" in tabs and "Projet (1)" in tabs
    plan = dossier.tabs.widget(tabs.index("Projet (1)"))
    assert isinstance(plan, QTableWidget)
    assert plan.item(0, 1).text() == "en vigueur"
    assert "Ana Sofia Tavares (parent) : 02/03/2026" in plan.item(0, 6).text()

    history = dossier.tabs.widget(dossier.tabs.count() - 1)
    assert isinstance(history, QTableWidget)
    actions = [history.item(r, 3).text() for r in range(history.rowCount())]
    assert actions[0] == "changement d’étape" and actions[-1] == "ouverture du dossier"
    assert "projet validé par l’ONE" in actions
    assert {history.item(r, 1).text() for r in range(history.rowCount())} >= {"Agent UI"}
    # never synchronised: every line says so in the Computer column
    assert {history.item(r, 2).text() for r in range(history.rowCount())} == {
        "cet ordinateur, pas encore synchronisé"}

    window.lock_action.trigger()
    assert window.dossier_windows == [] and not dossier.isVisible()


def test_equal_values_of_different_enums_keep_their_own_labels(french: None) -> None:
    """"child" is a role and a signatory capacity: StrEnum members with one value compare
    equal, so a label table keyed by member alone gave the role the capacity's label."""
    from app.domain import PersonRole, SignatoryCapacity
    from ui.labels import label

    assert label(PersonRole.CHILD) == "enfant"
    assert label(SignatoryCapacity.CHILD) == "enfant capable de discernement"
