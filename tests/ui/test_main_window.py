"""The caseload window over a real store of synthetic families, and locking it."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.services.context import ServiceContext
from app.services.demo import populate
from app.services.setup import prepare_store, sign_in_local_agent
from app.store.store import Store
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import Qt


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

    window.lock_action.trigger()
    assert locked == [True]
    assert window.model.rowCount() == 0
