"""Locking in the middle of a wizard loses nothing: after unlocking, the wizard is back on
the same page with what was typed, the open dossier too, and only for the agent who was
working."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store, unlock_store
from tests.app.services.family import OFFICE, Family
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text
from ui.dossier_window import DossierWindow
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QApplication
from ui.wizards.analysis import AnalysisWizard


def test_unlocking_returns_to_the_open_wizard_with_its_draft(
    qtbot: QtBot, store: Store, store_dir: Path, operations: StoreOperations, french: None,
) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.lock", "Agent Lock", OFFICE)
    family = Family.open(agent, date.today())
    window = MainWindow(operations, lambda: operations.run(store.lock, lambda _r: None,
                                                           lambda _e: None))
    qtbot.addWidget(window)
    window.attach(agent)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.wizards) == 1)
    wizard = window.wizards[0]
    assert isinstance(wizard, AnalysisWizard)
    type_text(wizard.working_frame, "Réunion à l'école chaque mois")
    wizard.next()
    window.table.activated.emit(window.proxy.index(0, 0))
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)

    window.lock()  # at once, before the dossier window's first paint (it shows a turn later)
    assert operations.wait()
    assert store.is_locked and window.wizards == [] and window.dossier_windows == []
    qtbot.wait(50)  # the turn the dossier window would have shown in: it stays closed
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, DossierWindow) and w.isVisible()]

    reopened = unlock_store(store_dir, PASSPHRASE, keyring_backend=None)
    try:
        window.attach(ServiceContext(reopened, agent.actor_id))
        qtbot.waitUntil(lambda: len(window.wizards) == 1, timeout=10_000)
        again = window.wizards[0]
        assert isinstance(again, AnalysisWizard) and again.case_id == family.case_id
        assert again.currentId() == 1
        assert again.working_frame.toPlainText() == "Réunion à l'école chaque mois"
        qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)
        assert window.dossier_windows[0].case_id == family.case_id

        window.lock()  # another agent unlocking this laptop does not get the wizard back
        assert operations.wait()
        window.attach(ServiceContext(reopened, None))
        qtbot.wait(300)
        assert window.wizards == [] and window.dossier_windows == []
        window.lock()
        assert operations.wait()
    finally:
        reopened.lock()
