"""A write through the store lane refreshes every screen that shows what it touched: the
caseload, and each open window of that dossier (not the other dossiers' windows). Screens
never reload each other by hand."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.domain import PersonRole
from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.dossier_window import DossierWindow
from ui.family_map.dialogs import AddPersonDialog
from ui.main_window import MainWindow
from ui.operations import StoreOperations

TODAY = date.today()


@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.changes", "Agent Changes", OFFICE)


def _names(window: DossierWindow) -> set[str]:
    return {p.first_name for p in window.detail.summary.persons}


def test_a_person_added_in_one_window_shows_in_the_other_and_in_the_caseload(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY)
    other = Family.open(agent, TODAY, surname="Hoffmann")
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    for case_id in (family.case_id, family.case_id, other.case_id):
        window._load_dossier(agent, case_id)
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 3)
    here, there, elsewhere = window.dossier_windows
    counts = (here.reload_count, there.reload_count, elsewhere.reload_count)

    here._add_person()
    dialog = here.dialogs[-1]
    assert isinstance(dialog, AddPersonDialog)
    dialog.role.setCurrentIndex(dialog.role.findData(PersonRole.CHILD))
    dialog.first_name.setText("Zoé")
    dialog.last_name.setText("Tavares")
    dialog.ok.click()

    qtbot.waitUntil(lambda: "Zoé" in _names(there) and "Zoé" in _names(here))
    assert (here.reload_count, there.reload_count) == (counts[0] + 1, counts[1] + 1)
    # The caseload lists the new child among the dossier's beneficiaries.
    qtbot.waitUntil(lambda: any(
        any("Zoé" in name for name in window.model.row_at(r).beneficiaries)
        for r in range(window.model.rowCount())))
    operations.wait()
    qtbot.wait(50)
    assert elsewhere.reload_count == counts[2]  # another dossier: untouched
    assert "Zoé" not in _names(elsewhere)
