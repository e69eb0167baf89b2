"""The office lead's window over a real store: dossiers per agent, reviews overdue (the
escalated marked), dossiers a rule stops (with the rule and its article), plans waiting for
signature or validation, covers in place; the cover dialog refusing an end date in the past
with its reason and nothing saved, then giving a cover the lead ends; a transfer asked from
the window; the main window offering it to a lead only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import Case, CaseloadCover, CaseTransferRequest, Office, User, UserRole
from app.services.base.context import ServiceContext
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.opening import update_person_notes
from app.services.plan.versions import record_discernment
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family, validator_context
from ui.dossier_window import _history_rows
from ui.main_window import MainWindow
from ui.office_lead import CoverDialog, OfficeLeadWindow, TransferDialog
from ui.operations import StoreOperations
from ui.qt import QDate, QTableWidget

TODAY = date.today()


@dataclass
class LeadOffice:
    lead: ServiceContext
    agent: ServiceContext
    colleague: uuid.UUID
    escalated: Family  # review 67 days late
    starting: Family  # at step 1, its analysis to complete
    to_sign: Family  # a version ready to sign

    def number(self, family: Family) -> str:
        with self.lead.reading() as session:
            case = session.get(Case, family.case_id)
            assert case is not None
            return case.number


def _office(store: Store) -> LeadOffice:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.a", "Agent A", OFFICE)
    escalated = Family.open(agent, TODAY - timedelta(days=67) - relativedelta(months=12),
                            surname="Muller")
    escalated.analyse().assess().plan().in_force(validator_context(agent))
    starting = Family.open(agent, TODAY, surname="Schmit")
    to_sign = Family.open(agent, TODAY, surname="Klein").analyse().assess().plan()
    record_discernment(agent, to_sign.case_id, to_sign.child, False, TODAY,
                       "Trop jeune pour mesurer la portée du projet")
    to_sign.ready_version()
    with store.transaction("test_colleagues", from_server=True) as session:
        office = session.scalars(select(Office).where(Office.code == OFFICE)).one()
        colleague = User(login="agent.b", display_name="Agent B", role=UserRole.AGENT,
                         office_id=office.id)
        lead = User(login="lead", display_name="Responsable Sud", role=UserRole.OFFICE_LEAD,
                    office_id=office.id)
        session.add_all([colleague, lead])
        session.flush()
        colleague_id, lead_id = colleague.id, lead.id
    return LeadOffice(ServiceContext(store, lead_id), agent, colleague_id, escalated,
                      starting, to_sign)


def _rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _window(qtbot: QtBot, operations: StoreOperations, ctx: ServiceContext) -> OfficeLeadWindow:
    window = OfficeLeadWindow(operations, ctx, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loads == 1, timeout=20_000)
    return window


def test_the_lead_s_view_of_the_office(qtbot: QtBot, store: Store,
                                       operations: StoreOperations, french: None) -> None:
    office = _office(store)
    window = _window(qtbot, operations, office.lead)
    number = office.number
    assert window.windowTitle() == "Responsable de bureau"
    assert _rows(window.agents) == [["Agent A", "3"], ["Agent B", "0"]]
    assert sorted(row[0] for row in _rows(window.dossiers)) == sorted(
        number(f) for f in (office.escalated, office.starting, office.to_sign))
    window.agents.setCurrentCell(1, 0)
    assert _rows(window.dossiers) == []

    [overdue] = _rows(window.overdue)
    assert overdue[0] == number(office.escalated) and overdue[3] == "67\u00a0jour(s) de retard"
    assert overdue[4] == "oui"
    blocked = {row[0]: row for row in _rows(window.blocked)}
    assert blocked[number(office.escalated)][3] == "art. 6"
    assert "réexamen" in blocked[number(office.escalated)][4]
    assert number(office.starting) in blocked and blocked[number(office.starting)][2] == "1"
    [waiting] = _rows(window.waiting)
    assert waiting[:4] == [number(office.to_sign), "Agent A", "1", "les signatures"]
    assert _rows(window.covers) == [] and not window.end_button.isEnabled()
    assert window.tabs.tabText(0) == "Dossiers par agent (3)"
    for table in (window.agents, window.dossiers, window.overdue, window.blocked,
                  window.waiting, window.covers):
        assert table.accessibleName() and not table.tabKeyNavigation()

    asked: list[bool] = []
    window.deadlines_requested.connect(lambda: asked.append(True))
    window.deadlines_button.click()
    assert asked == [True]
    window.close()


def test_the_cover_dialog_refuses_a_past_end_then_the_lead_ends_the_cover(
        qtbot: QtBot, store: Store, operations: StoreOperations, french: None) -> None:
    office = _office(store)
    window = _window(qtbot, operations, office.lead)
    dialog = window.open_cover()
    assert isinstance(dialog, CoverDialog)
    assert dialog.agent.currentText() == "Agent A" and dialog.colleague.currentText() == "Agent B"
    yesterday = TODAY - timedelta(days=1)
    dialog.ends_on.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert dialog.problem.text() == ("La date de fin du remplacement est passée\u00a0: "
                                     "choisissez aujourd’hui ou un jour suivant.")
    assert dialog.isVisible()
    with store.reading() as session:
        assert session.scalars(select(CaseloadCover)).all() == []

    until = TODAY + timedelta(days=10)
    dialog.ends_on.setDate(QDate(until.year, until.month, until.day))
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and window.loads == 2, timeout=10_000)
    assert _rows(window.covers) == [["Agent A", "Agent B", TODAY.strftime("%d/%m/%Y"),
                                     until.strftime("%d/%m/%Y"),
                                     "attend votre synchronisation"]]
    assert window.tabs.tabText(4) == "Remplacements (1)"
    window.covers.setCurrentCell(0, 0)
    window.end_button.click()
    qtbot.waitUntil(lambda: window.loads == 3, timeout=10_000)
    assert _rows(window.covers) == []
    with store.reading() as session:
        [cover] = session.scalars(select(CaseloadCover)).all()
        assert cover.ended_at is not None and cover.ended_by_id == office.lead.actor_id
    window.close()


def test_a_transfer_asked_from_the_window(qtbot: QtBot, store: Store,
                                         operations: StoreOperations, french: None) -> None:
    office = _office(store)
    window = _window(qtbot, operations, office.lead)
    window.agents.setCurrentCell(0, 0)
    window.dossiers.setCurrentCell(
        [row[0] for row in _rows(window.dossiers)].index(office.number(office.starting)), 0)
    dialog = window.open_transfer()
    assert isinstance(dialog, TransferDialog)
    assert dialog.dossier.currentData() == str(office.starting.case_id)
    dialog.agent.setCurrentIndex(dialog.agent.findData(str(office.colleague)))
    dialog.reason.setText("Congé parental d'Agent A")
    dialog.ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible() and window.loads == 2, timeout=10_000)
    with store.reading() as session:
        [request] = session.scalars(select(CaseTransferRequest)).all()
        assert (request.case_id, request.to_agent_id) == (office.starting.case_id,
                                                          office.colleague)
    window.agents.setCurrentCell(0, 0)
    asked = {row[0]: row[2] for row in _rows(window.dossiers)}
    assert asked[office.number(office.starting)] == "Agent B"
    window.close()


def test_the_main_window_offers_the_view_to_a_lead_only(
        qtbot: QtBot, store: Store, operations: StoreOperations) -> None:
    office = _office(store)
    main = MainWindow(operations, lambda: None)
    qtbot.addWidget(main)
    main.attach(office.agent)
    main.show()
    qtbot.waitUntil(lambda: not operations.busy)
    assert main.lead_action in main.dossier_menu.actions()
    assert not main.lead_action.isVisible()
    main.attach(office.lead)
    qtbot.waitUntil(lambda: main.lead_action.isVisible(), timeout=10_000)
    main.lead_action.trigger()
    window = main.lead_window
    assert window is not None
    qtbot.waitUntil(lambda: window.loads == 1, timeout=20_000)
    main.lock_action.trigger()
    assert main.lead_window is None and not window.isVisible()
    assert operations.wait()


def test_the_history_names_who_acted_under_cover(store: Store, french: None) -> None:
    """On the colleague's laptop, what they change in a covered agent's dossier reads in the
    dossier's history as theirs, under cover of the agent away."""
    office = _office(store)
    with store.transaction("test_cover_from_the_server", from_server=True) as session:
        agent = session.get(User, office.agent.actor_id)
        assert agent is not None
        session.add(CaseloadCover(office_id=agent.office_id, agent_id=agent.id,
                                  colleague_id=office.colleague, starts_on=TODAY,
                                  ends_on=TODAY + timedelta(days=3)))
    colleague = ServiceContext(store, office.colleague)
    update_person_notes(colleague, office.starting.child, "Vue pendant le congé")
    office.starting.add_grandmother()  # back from leave, the agent's own
    rows = _history_rows(load_dossier_detail(colleague, office.starting.case_id,
                                             overview=False))
    who = [row[1] for row in rows]
    assert who[:2] == ["Agent A", "Agent B, en remplacement de Agent A"]
    assert all(name in ("Agent A", "Agent B, en remplacement de Agent A") for name in who)
