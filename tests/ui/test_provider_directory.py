"""The ONE administrator's provider directory over a real store: offered from the main window's
menu to that role only, listed and searched by name, a provider and its agréments added and
corrected through a dialog whose refusals keep the typing and whose draft survives the lock.
And the agent's side of art. 13: the measure dialog warns when the chosen provider's agrément
ends before the measure does."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import ProviderAgrement, User, UserRole
from app.services.base.context import ServiceContext
from app.services.one.directory import list_directory
from app.services.one.network import ProviderInput, register_provider
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.dossier.plan_items import MeasureDialog, MeasureFate
from ui.labels import label
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.provider_directory import ProviderDialog, ProviderDirectoryWindow
from ui.qt import Qt, QTableWidget

TODAY = date.today()


@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.suivi", "Agent Suivi", OFFICE)


def one_admin_context(agent: ServiceContext) -> ServiceContext:
    """A ONE administrator on the same store (the server made the user)."""
    with agent.store.transaction("test_one_admin", from_server=True) as session:
        user = User(login="admin.one", display_name="Administratrice ONE",
                    role=UserRole.ONE_ADMIN)
        session.add(user)
        session.flush()
        return ServiceContext(agent.store, user.id)


def _refused(qtbot: QtBot, dialog: ProviderDialog) -> str:
    dialog.problem.hide()  # the last refusal is read
    dialog.ok.click()
    qtbot.waitUntil(dialog.problem.isVisible)
    assert dialog.isVisible()
    return str(dialog.problem.text())


def _directory(qtbot: QtBot, operations: StoreOperations,
               ctx: ServiceContext) -> ProviderDirectoryWindow:
    window = ProviderDirectoryWindow(operations, ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loads == 1)
    return window


def test_the_directory_is_in_the_menu_of_a_one_administrator_only(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None) -> None:
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: not operations.busy)
    assert window.directory_action in window.tools_menu.actions()
    assert not window.directory_action.isVisible()
    assert window.directory_action.text() == "Répertoire des prestataires…"
    window.lock_action.trigger()
    window.attach(one_admin_context(agent))
    qtbot.waitUntil(window.directory_action.isVisible)
    window.directory_action.trigger()
    directory = window.directory_window
    assert directory is not None
    qtbot.waitUntil(lambda: directory.loads == 1)
    assert label(UserRole.ONE_ADMIN) == "administrateur de l’ONE"
    assert directory.windowTitle().endswith("administrateur de l’ONE")
    assert directory.table.rowCount() == 0 and "cpi-server import-providers" in \
        directory.message.text()
    window.lock_action.trigger()
    assert window.directory_window is None and not window.directory_action.isVisible()


def test_a_provider_and_its_agrements_are_added_with_every_bad_input_refused_clearly(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None) -> None:
    one = one_admin_context(agent)
    window = _directory(qtbot, operations, one)
    window.new_button.click()
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    assert len(dialog.agrement_rows) == 1  # one empty row for a first agrément
    assert "nom du prestataire" in _refused(qtbot, dialog)

    dialog.name.setText("Foyer Bei der Sauer")
    dialog.locality.setText("Ettelbruck")
    dialog.email.setText("pas une adresse")
    row = dialog.agrement_rows[0]
    row["number"].setText("AGR-2026-7")
    row["measures"].setText("a1, zz")
    row["from"].setText("31/02/2026")
    assert "jj/mm/aaaa" in _refused(qtbot, dialog)
    assert row["from"].text() == "31/02/2026"  # the typing is kept
    row["from"].setText("01/09/2026")
    row["to"].setText("31/08/2026")
    problem = _refused(qtbot, dialog)
    assert "pas une adresse" in problem
    assert "zz" in problem and "art. 11" in problem
    assert "31/08/2026" in problem and "01/09/2026" in problem
    dialog.email.setText("accueil@sauer.example.lu")
    row["measures"].setText("a1,a2")
    row["to"].setText("")
    dialog.add_row_button.click()
    second = dialog.agrement_rows[1]
    second["number"].setText("AGR-2026-8")
    second["measures"].setText("c")
    second["from"].setText("01/01/2026")
    second["to"].setText("31/12/2028")
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.loads == 2)
    assert not dialog.isVisible()
    assert window.table.rowCount() == 1
    assert window.table.item(0, 0).text() == "Foyer Bei der Sauer"
    agrements = window.table.item(0, 3).text()
    assert "AGR-2026-8\u00a0: c, 01/01/2026 au 31/12/2028" in agrements
    assert "AGR-2026-7\u00a0: a1,a2, depuis le 01/09/2026, sans fin" in agrements
    assert "Enregistré" in window.message.text()
    (saved,) = list_directory(one)
    assert saved.entry.email == "accueil@sauer.example.lu"
    assert [(a.number, a.measures, a.valid_to) for a in saved.agrements] == [
        ("AGR-2026-8", "c", date(2028, 12, 31)), ("AGR-2026-7", "a1,a2", None)]

    # Corrected: the first agrément withdrawn (its row emptied), the search finds it by name.
    register_provider(one, ProviderInput("Atelier Kannerwelt"))
    window.search.setText("sauer")
    qtbot.waitUntil(lambda: window.loads == 3)
    assert window.table.rowCount() == 1
    window.table.selectRow(0)
    window.table.activated.emit(window.table.model().index(0, 0))  # Enter on the row
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "Foyer Bei der Sauer" and len(dialog.agrement_rows) == 3
    for field in dialog.agrement_rows[0].values():
        field.setText("")
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.loads == 4)
    with one.reading() as session:
        live = session.scalars(select(ProviderAgrement.number).where(
            ProviderAgrement.deleted_at.is_(None))).all()
    assert live == ["AGR-2026-7"]
    window.search.setText("")
    qtbot.waitUntil(lambda: window.loads == 5)
    assert window.table.rowCount() == 2


def test_an_agent_cannot_save_the_directory_and_a_draft_survives_the_lock(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None) -> None:
    window = _directory(qtbot, operations, agent)  # reached by hand: the menu hides it
    window.new_button.click()
    dialog = window.dialog
    assert dialog is not None
    dialog.name.setText("Service hors répertoire")
    assert "administrateur de l’ONE" in _refused(qtbot, dialog)
    assert list_directory(agent) == []
    dialog.reject()

    one = one_admin_context(agent)
    window = _directory(qtbot, operations, one)
    window.new_button.click()
    dialog = window.dialog
    assert dialog is not None
    dialog.name.setText("Aide en famille Minett")
    dialog.add_row_button.click()
    dialog.agrement_rows[1]["number"].setText("AGR-2027-3")
    qtbot.wait(600)  # the draft is written after a pause in the typing
    qtbot.waitUntil(lambda: not operations.busy)
    window.close_keeping_drafts()
    qtbot.waitUntil(lambda: not operations.busy)

    window = _directory(qtbot, operations, one)
    window.new_button.click()
    dialog = window.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft_restored)
    assert dialog.name.text() == "Aide en famille Minett"
    assert dialog.agrement_rows[1]["number"].text() == "AGR-2027-3"


def test_the_measure_dialog_warns_when_the_agrement_ends_before_the_measure(
        qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    ends = TODAY + timedelta(days=60)
    register_provider(agent, ProviderInput("Aide familiale Nord", "AGR-2020-3", ends,
                                           "Diekirch", agrement_measures="i,h"))
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1)
    window._load_dossier(agent, family.case_id)
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)
    dossier = window.dossier_windows[0]
    measures = next(dossier.tabs.widget(i) for i in range(dossier.tabs.count())
                    if dossier.tabs.tabText(i).startswith("Mesures"))
    assert isinstance(measures, QTableWidget)
    measures.activated.emit(measures.model().index(0, 0))
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, MeasureDialog)
    assert dialog.fate.currentData() == MeasureFate.CHANGED.value
    qtbot.waitUntil(lambda: dialog.provider.count() == 2)
    assert not dialog.agrement_warning.isVisible()  # the first provider has no end
    dialog.provider.setCurrentIndex(dialog.provider.findText(
        "Aide familiale Nord", flags=Qt.MatchFlag.MatchStartsWith))
    qtbot.waitUntil(dialog.agrement_warning.isVisible)
    warning = dialog.agrement_warning.text()
    assert ends.strftime("%d/%m/%Y") in warning and "art. 13" in warning
    dialog.ends_on.setDate(ends - timedelta(days=1))
    assert not dialog.agrement_warning.isVisible()
