"""The dossier window opens on its overview: the next action as a button that opens the right
wizard, every rule that stops it with its article, and a closed dossier's way back."""

from __future__ import annotations

from datetime import date, time, timedelta

from pytestqt.qtbot import QtBot

from app.domain import AppointmentKind, ClosureReason, PlaceType
from app.rules.next_action import NextActionKind
from app.services.base.context import ServiceContext
from app.services.caseload.agenda import AppointmentDetails, Slot, add_task, plan_appointment
from app.services.dossier.closure import ClosureInput, close_case
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.overview import load_overview
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.coordination import TaskInput
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.caseload_model import short_date
from ui.dossier.actions import ReopenDialog
from ui.dossier.overview import OverviewPage
from ui.dossier_window import DossierWindow
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QLabel, Qt
from ui.wizards.plan import PlanWizard

PLANTED = "<b>Zorn</b>"


def _agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.ui", "Agent UI", OFFICE)


def test_the_window_opens_on_the_overview_whose_action_opens_the_wizard(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    family = Family.open(agent, date.today(), surname=PLANTED).analyse().assess().plan()
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.activated.emit(window.proxy.index(0, 0))
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)
    dossier = window.dossier_windows[0]
    assert dossier.tabs.currentIndex() == 0 and dossier.tabs.tabText(0) == "Synthèse"
    page = dossier.tabs.currentWidget()
    assert isinstance(page, OverviewPage) and page is dossier.overview
    assert page.overview.next_action.kind is NextActionKind.PREPARE_PLAN
    assert page.action_text.text() == (
        "Préparer le projet d’intervention et l’imprimer pour signature")
    assert page.action_button.text() == "Travailler sur l’étape 4 · Projet d’intervention…"
    rules = [line.text().replace("\u00a0", " ") for line in page.unmet_labels]
    assert len(rules) == 1 and "(art. 4)" in rules[0] and "validée par l’ONE" in rules[0]
    # Names are never read as markup: the planted tags show as typed.
    labels = page.findChildren(QLabel)
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in labels)
    assert any(f"Léa {PLANTED}" in label.text() for label in labels)

    qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.wizards) == 1, timeout=10_000)
    wizard = window.wizards[0]
    assert isinstance(wizard, PlanWizard) and wizard.case_id == family.case_id
    wizard.close()
    window.lock()


def test_the_first_step_lists_what_stops_it(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    family = Family.open(agent, date.today())
    window = DossierWindow(load_dossier_detail(agent, family.case_id), operations, agent)
    qtbot.addWidget(window)
    requested: list[tuple[object, int]] = []
    window.step_requested.connect(lambda case_id, step: requested.append((case_id, step)))
    window.show()
    page = window.overview
    assert page is not None and window.tabs.currentWidget() is page
    rules = [line.text() for line in page.unmet_labels]
    assert rules == ["• Décrivez le cadre de travail convenu avec la famille et les intervenants."]
    page.action_button.click()
    assert requested == [(family.case_id, 1)]


def test_a_closed_dossier_offers_reopening_and_the_overview_follows(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    family = Family.open(agent, date.today()).analyse()
    close_case(agent, family.case_id, ClosureInput(
        date.today(), ClosureReason.FAMILY_WITHDREW, "La famille arrête"), today=date.today())
    window = DossierWindow(load_dossier_detail(agent, family.case_id), operations, agent)
    qtbot.addWidget(window)
    window.show()
    page = window.overview
    assert page is not None
    assert page.action_button.text() == "Rouvrir le dossier…" and page.action_button.isEnabled()
    assert "clôturé le" in page.status.text()
    assert "rouvr" in page.unmet_labels[0].text()  # the rule says how, with a reason
    page.action_button.click()
    dialog = window.dialogs[-1]
    assert isinstance(dialog, ReopenDialog)
    dialog.reason.setPlainText("La famille demande à nouveau de l’aide")
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.reload_count == 1, timeout=10_000)
    assert window.tabs.currentIndex() == 0
    reopened = window.overview
    assert reopened is not None and reopened is not page
    assert reopened.overview.next_action.kind is NextActionKind.COMPLETE_ANALYSIS
    assert reopened.action_button.text() == "Travailler sur l’étape 1 · Analyse de la situation…"


def test_tasks_and_appointments_read_in_one_list_by_date(qtbot: QtBot, store: Store) -> None:
    """The overview's agenda is one list by date, as the week reads: a task due between two
    appointments sits between them."""
    agent = _agent(store)
    today = date.today()
    family = Family.open(agent, today)
    details = AppointmentDetails(AppointmentKind.HOME_VISIT, PlaceType.HOME, "", "")
    plan_appointment(agent, family.case_id,
                     Slot.local(today + timedelta(days=1), time(9), time(10)), details)
    plan_appointment(agent, family.case_id,
                     Slot.local(today + timedelta(days=5), time(9), time(10)), details)
    add_task(agent, family.case_id, TaskInput(today + timedelta(days=3), "Appeler l’école"))
    page = OverviewPage(load_overview(agent, family.case_id, today))
    qtbot.addWidget(page)
    lines = page.agenda.findChild(QLabel).text().splitlines()
    assert len(lines) == 3 and "Appeler l’école" in lines[1], lines
    assert lines[0].startswith(short_date(today + timedelta(days=1)))
    assert lines[2].startswith(short_date(today + timedelta(days=5)))
