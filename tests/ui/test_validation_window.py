"""The validator's window over a real store: the queue, the preview, validate and return."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.domain import PlanState
from app.rules.plans import awaiting_validation_unmet
from app.services.base.context import ServiceContext
from app.services.dossier.detail import load_dossier_detail
from app.services.plan.versions import record_discernment, return_plan
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family, validator_context
from ui.dossier_window import DossierWindow
from ui.labels import label
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QTableWidget
from ui.validation_window import ValidationWindow

TODAY = date(2026, 3, 2)


def _queue(qtbot: QtBot, store: Store, operations: StoreOperations
           ) -> tuple[Family, ValidationWindow]:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.ui", "Agent UI", OFFICE)
    family = Family.open(agent, TODAY).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "Trop jeune")
    family.ready_version()
    window = ValidationWindow(operations, validator_context(agent))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loads == 1)
    return family, window


def test_the_validator_previews_and_returns_a_plan_with_a_comment(
        qtbot: QtBot, store: Store, operations: StoreOperations) -> None:
    family, window = _queue(qtbot, store, operations)
    assert window.table.rowCount() == 1 and window.validate_button.isEnabled()
    (plan,) = window.plans
    assert window.table.item(0, 0).text() == plan.case_number
    assert "0" in window.table.item(0, 4).text() and "Jeff Weber" in window.table.item(0, 4).text()

    window.preview_button.click()
    preview = window.preview
    assert preview is not None
    qtbot.waitUntil(lambda: bool(preview.pages), timeout=20_000)
    assert preview.pdf.startswith(b"%PDF")
    preview.close()

    window.return_button.click()
    dialog = window.return_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.comment.setPlainText("   ")
    assert not dialog.ok.isEnabled()  # no return without its reason
    dialog.comment.setPlainText("Précisez la durée de la mesure i).")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.loads == 2)
    version = family.version(plan.version_id)
    assert version.state is PlanState.RETURNED
    assert version.return_comment == "Précisez la durée de la mesure i)."
    assert window.table.rowCount() == 0 and not window.validate_button.isEnabled()
    window.close()

    # The agent's dossier shows the returned version with the comment in its plan tab.
    dossier = DossierWindow(load_dossier_detail(family.ctx, family.case_id))
    qtbot.addWidget(dossier)
    titles = [dossier.tabs.tabText(i) for i in range(dossier.tabs.count())]
    plan_tab = dossier.tabs.widget(next(i for i, t in enumerate(titles) if "(1)" in t and
                                        t.startswith(("Plan", "Projet"))))
    assert isinstance(plan_tab, QTableWidget)
    assert plan_tab.item(0, 1).text() == label(PlanState.RETURNED)
    assert "Précisez la durée de la mesure i)." in plan_tab.item(0, 7).text()


def test_the_validator_validates_a_plan(
        qtbot: QtBot, store: Store, operations: StoreOperations) -> None:
    family, window = _queue(qtbot, store, operations)
    (plan,) = window.plans
    window.validate_button.click()
    qtbot.waitUntil(lambda: window.loads == 2)
    assert family.version(plan.version_id).state is PlanState.VALIDATED
    assert window.table.rowCount() == 0 and window.message.isVisibleTo(window)
    window.close()


def test_only_a_validator_gets_the_queue_and_the_lock_closes_it(
        qtbot: QtBot, store: Store, operations: StoreOperations) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.ui", "Agent UI", OFFICE)
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: not operations.busy)
    assert not window.validation_action.isVisible()
    window.lock_action.trigger()
    window.attach(validator_context(agent))
    qtbot.waitUntil(window.validation_action.isVisible)
    window.validation_action.trigger()
    queue = window.validation_window
    assert queue is not None
    qtbot.waitUntil(lambda: queue.loads == 1)
    assert queue.isVisible() and queue.plans == []
    window.lock_action.trigger()
    assert window.validation_window is None and not window.validation_action.isVisible()


def test_a_stale_queue_shows_the_refusal(
        qtbot: QtBot, store: Store, operations: StoreOperations) -> None:
    family, window = _queue(qtbot, store, operations)
    (plan,) = window.plans
    return_plan(validator_context(family.ctx), plan.version_id, "Renvoyé ailleurs", today=TODAY)
    window.validate_button.click()
    qtbot.waitUntil(lambda: window.message.isVisibleTo(window))
    # The rule's own words for its code (plan.returned), as the agent reads them.
    (returned,) = awaiting_validation_unmet(plan.number, returned=True, awaiting=False)
    assert returned.code == "plan.returned"
    assert window.message.text() == returned.text.render()
    assert family.version(plan.version_id).state is PlanState.RETURNED
    window.close()


def test_a_comment_being_typed_survives_the_lock(
        qtbot: QtBot, store: Store, operations: StoreOperations) -> None:
    family, window = _queue(qtbot, store, operations)
    window.return_button.click()
    dialog = window.return_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.comment.setPlainText("Le budget de la mesure i) manque : à compléter.")
    window.close()  # the lock closes the validator's desk
    operations.wait()

    again = ValidationWindow(operations, validator_context(family.ctx))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.loads == 1)
    again.return_button.click()
    reopened = again.return_dialog
    assert reopened is not None and reopened is not dialog
    qtbot.waitUntil(lambda: reopened.draft_restored)
    assert reopened.comment.toPlainText() == "Le budget de la mesure i) manque : à compléter."
    assert reopened.ok.isEnabled()
    again.close()
