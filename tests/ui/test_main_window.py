"""The caseload window over a real store of synthetic families, and locking it."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.services.base.context import ServiceContext
from app.services.base.outcomes import NextScreen
from app.services.caseload.listing import get_dossier
from app.services.setup.demo import populate
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QComboBox, Qt, QWizard
from ui.wizards.planning import PlanningWizard


def test_caseload_lists_demo_families_in_french_and_lock_clears_them(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None
) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.test", "Agent Test", "nord-diekirch")
    opened = populate(agent, ["nord-diekirch"], families=6, today=date(2026, 11, 22))
    locked: list[bool] = []
    window = MainWindow(operations, lambda: locked.append(True))
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(opened))

    headers = [window.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(window.model.columnCount())]
    assert headers[:4] == ["Dossier", "Famille", "Bénéficiaires", "Étape"]
    numbers = {window.model.index(r, 0).data() for r in range(window.model.rowCount())}
    assert numbers == {o.number for o in opened}
    assert window.model.index(0, 3).data() == "1 · Analyse de la situation"
    assert window.keyring_warning.isVisibleTo(window)  # the test store has no keyring
    assert window.count_label.text() == "6 dossiers ouverts"
    assert window.count_text(1) == "1 dossier ouvert"  # one in the singular

    window.lock_action.trigger()
    assert locked == [True]
    assert window.model.rowCount() == 0


def test_a_refused_move_is_a_notice_built_from_the_outcome(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None
) -> None:
    """Planning finished without any measure, asking for step 4: the finish is saved, the
    dossier stays at step 3, and the window says why (the rule of the outcome, in French)."""
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.test", "Agent Test", OFFICE)
    family = Family.open(agent, date.today()).analyse().assess()
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.work_on_step(family.case_id, 3)
    qtbot.waitUntil(lambda: len(window.wizards) == 1, timeout=10_000)
    wizard = window.wizards[0]
    assert isinstance(wizard, PlanningWizard)
    choice = wizard._fields["next_step"]
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(choice.findData(4))
    while wizard.nextId() != -1:
        wizard.next()
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    outcome = wizard.step_outcome
    assert outcome is not None and (outcome.step, outcome.moved) == (3, False)
    assert [u.code for u in outcome.stays_because] == ["step3.measure"]
    assert outcome.next_screen is NextScreen.NONE
    assert window.notice is not None and window.notice.isVisible()
    assert window.notice.text().splitlines() == [
        "Enregistré. Le dossier reste à son étape pour l'instant\u00a0:",
        "Planifiez au moins une mesure d’aide."]
    assert get_dossier(agent, family.case_id).row.current_step == 3
    assert window.wizards == []  # nothing else opens: the outcome said none
