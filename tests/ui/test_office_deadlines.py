"""The office's deadlines over a real store: reviews due, overdue and escalated (art. 6), young
adults turning 27 (art. 3), filtered by office, a row opening its dossier, the lock closing it."""

from __future__ import annotations

import subprocess
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.documents.office_deadlines import DeadlineList, render_office_deadlines
from app.domain import Case, Office, PersonRole
from app.services.base.context import ServiceContext
from app.services.caseload.deadlines import office_deadlines
from app.services.dossier.opening import PersonInput, add_person
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.planning import MeasureInput, plan_measure
from app.services.steps.workflow import move_case_to_step
from app.store.store import Store
from tests.app.services.family import OFFICE, Family, validator_context
from ui.main_window import MainWindow
from ui.office_deadlines import LISTS, OfficeDeadlinesWindow
from ui.operations import StoreOperations
from ui.qt import QLabel, Qt

TODAY = date.today()


@dataclass
class Office4:
    """Four dossiers of the agent's office and one of another office."""

    agent: ServiceContext
    due_soon: Family  # review due in 13 days
    overdue: Family  # 10 days late
    escalated: Family  # 67 days late
    young_adult: Family  # a brother turning 27 in two months, a measure planned for him
    elsewhere: Family  # another office, 10 days late
    other_office: str

    def number(self, family: Family) -> str:
        with self.agent.reading() as session:
            case = session.get(Case, family.case_id)
            assert case is not None
            return case.number


def _in_force(agent: ServiceContext, due: date, surname: str) -> Family:
    """A family whose plan was validated twelve months before ``due``."""
    family = Family.open(agent, due - relativedelta(months=12), surname=surname)
    family.analyse().assess().plan().in_force(validator_context(agent))
    return family


def _office(store: Store) -> Office4:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.deadlines", "Agent Deadlines", OFFICE)
    due_soon = _in_force(agent, TODAY + timedelta(days=13), "Tavares")
    overdue = _in_force(agent, TODAY - timedelta(days=10), "Schmit")
    escalated = _in_force(agent, TODAY - timedelta(days=67), "Muller")
    elsewhere = _in_force(agent, TODAY - timedelta(days=10), "Hoffmann")
    young = Family.open(agent, TODAY, surname="Klein").analyse().assess().plan()
    brother = add_person(agent, young.case_id, PersonInput(
        PersonRole.YOUNG_ADULT, "Rui", "Klein",
        TODAY + relativedelta(months=2) - relativedelta(years=27)), today=TODAY)
    assert young.objective is not None and young.provider is not None
    move_case_to_step(agent, young.case_id, 3, today=TODAY)
    plan_measure(agent, young.case_id, MeasureInput(
        brother, "u", young.provider, Decimal(20), TODAY, TODAY + relativedelta(months=6),
        (young.objective,)))
    with store.transaction("test_other_office", from_server=True) as session:
        other = session.scalars(select(Office).where(Office.code != OFFICE)
                                .order_by(Office.code)).first()
        case = session.get(Case, elsewhere.case_id)
        assert other is not None and case is not None
        case.office_id = other.id
        other_code = other.code
    return Office4(agent, due_soon, overdue, escalated, young, elsewhere, other_code)


def _rows(window: OfficeDeadlinesWindow, kind: DeadlineList) -> list[list[str]]:
    table = window.tables[kind]
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _window(qtbot: QtBot, operations: StoreOperations, ctx: ServiceContext,
            loads: int = 1) -> OfficeDeadlinesWindow:
    window = OfficeDeadlinesWindow(operations, ctx, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loads == loads, timeout=10_000)
    return window


def test_each_list_of_the_agents_office_and_the_office_filter(
        qtbot: QtBot, store: Store, operations: StoreOperations, french: None) -> None:
    office = _office(store)
    window = _window(qtbot, operations, office.agent)
    assert window.office_code() == OFFICE  # the agent's own office by default
    number = office.number

    assert _rows(window, DeadlineList.DUE_SOON) == [
        [number(office.due_soon), OFFICE, "1", (TODAY + timedelta(days=13)).strftime("%d/%m/%Y"),
         "dans 13\u00a0jour(s)"]]
    # Overdue: every late review, the latest first due; escalated: only those > 30 days.
    assert [row[0] for row in _rows(window, DeadlineList.OVERDUE)] == [
        number(office.escalated), number(office.overdue)]
    assert _rows(window, DeadlineList.OVERDUE)[1][4] == "10\u00a0jour(s) de retard"
    assert [row[0] for row in _rows(window, DeadlineList.ESCALATED)] == [
        number(office.escalated)]
    assert _rows(window, DeadlineList.ESCALATED)[0][4] == "67\u00a0jour(s) de retard"
    ((young, code, version, birthday, late),) = _rows(window, DeadlineList.TURNING_27)
    assert (young, code, version) == (number(office.young_adult), OFFICE, "–")
    assert birthday == (TODAY + relativedelta(months=2)).strftime("%d/%m/%Y")
    assert late.startswith("dans ")
    assert window.tabs.tabText(1).endswith("(2)")

    window.office.setCurrentIndex(window.office.findData(office.other_office))
    qtbot.waitUntil(lambda: window.loads == 2)
    assert [row[0] for row in _rows(window, DeadlineList.OVERDUE)] == [
        number(office.elsewhere)]
    assert all(not _rows(window, kind) for kind in LISTS if kind is not DeadlineList.OVERDUE)

    window.office.setCurrentIndex(0)  # all offices
    assert window.office_code() is None
    qtbot.waitUntil(lambda: window.loads == 3)
    assert len(_rows(window, DeadlineList.OVERDUE)) == 3

    # Read-only tables, left by Tab, every control named (the combo by its label).
    for table in window.tables.values():
        assert not table.tabKeyNavigation() and table.accessibleName()
        assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    buddies = [label.buddy() for label in window.findChildren(QLabel)]
    assert window.office in buddies and window.office.accessibleName()
    assert window.print_button.accessibleName()
    window.close()


def test_the_printed_list_names_no_one(store: Store) -> None:
    office = _office(store)
    deadlines = office_deadlines(office.agent, TODAY, OFFICE)
    for language, title in (("fr", "Réexamens en retard"), ("de", "Überfällige Überprüfungen")):
        pdf = render_office_deadlines(deadlines, DeadlineList.OVERDUE, language)
        text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf,
                              capture_output=True, check=True).stdout.decode()
        text = " ".join(text.split())
        assert title in text
        assert office.number(office.overdue) in text and office.number(office.escalated) in text
        assert office.number(office.due_soon) not in text
        for name in ("Schmit", "Muller", "Weber", "Léa", "Ana Sofia"):
            assert name not in text
    pdf = render_office_deadlines(deadlines, DeadlineList.TURNING_27, "fr")
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf,
                          capture_output=True, check=True).stdout.decode()
    text = " ".join(text.split())
    assert office.number(office.young_adult) in text and "Rui" not in text
    assert "27 ans" in text


def test_enter_opens_the_dossier_and_the_lock_closes_the_window(
        qtbot: QtBot, store: Store, operations: StoreOperations) -> None:
    office = _office(store)
    main = MainWindow(operations, lambda: None)
    qtbot.addWidget(main)
    main.attach(office.agent)
    main.show()
    qtbot.waitUntil(lambda: not operations.busy)
    assert main.deadlines_action.shortcut().toString() == "Ctrl+Shift+O"
    assert main.deadlines_action in main.dossier_menu.actions()
    main.deadlines_action.trigger()
    window = main.deadlines_window
    assert window is not None
    qtbot.waitUntil(lambda: window.loads == 1, timeout=10_000)
    window.tabs.setCurrentIndex(LISTS.index(DeadlineList.ESCALATED))
    table = window.tables[DeadlineList.ESCALATED]
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(main.dossier_windows), timeout=10_000)
    assert main.dossier_windows[-1].case_id == office.escalated.case_id

    opened: list[uuid.UUID] = []
    window.dossier_requested.connect(opened.append)
    window.tabs.setCurrentIndex(LISTS.index(DeadlineList.OVERDUE))
    overdue = window.tables[DeadlineList.OVERDUE]
    second = overdue.visualRect(overdue.model().index(1, 0)).center()
    qtbot.mouseClick(overdue.viewport(), Qt.MouseButton.LeftButton, pos=second)
    qtbot.mouseDClick(overdue.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert opened == [office.overdue.case_id]

    main.lock_action.trigger()
    assert main.deadlines_window is None and not window.isVisible()
    assert operations.wait()
