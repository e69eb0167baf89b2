"""The office lead's desk (role OFFICE_LEAD): the office's dossiers per agent, what is escalated
(reviews overdue, dossiers a rule stops, with the rule and its article), plans waiting for
signature or for the ONE's validation, the covers in place; and the lead's commands: give a
dossier to another agent, give a colleague cover of an agent's caseload, end a cover. The
office's deadline lists stay one button away (``OfficeDeadlinesWindow``).

A decision is a request that syncs: the server applies it at the lead's next sync (the lists
say what waits for it). Store work runs on the store lane; the window holds dossier numbers and
the office's agents' names only, and its owner closes it at the lock.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import TypeVar

from app.domain import NO_CASE, PlanState
from app.errors import CpiError, UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base.context import ServiceContext
from app.services.caseload.office import (
    LeadDossier,
    OfficeLeadView,
    end_cover,
    give_cover,
    office_lead_view,
    transfer_dossier,
)
from ui.accessibility import announce, fit_to_screen, keep_tab_moving
from ui.caseload_model import short_date
from ui.family_map.dialogs import StoreDialog, day_of
from ui.operations import Change, StoreOperations
from ui.plain import PlainLabel, plain_tooltip
from ui.qt import (
    QAbstractItemView,
    QCloseEvent,
    QComboBox,
    QDate,
    QDateEdit,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QModelIndex,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.unlock_dialog import ERROR_STYLE

D = TypeVar("D", bound=StoreDialog)


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    keep_tab_moving(table)  # Tab leaves the table
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setToolTip(plain_tooltip(value))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    if rows:
        table.setCurrentCell(0, 0)


def _combo(choices: Sequence[tuple[uuid.UUID, str]]) -> QComboBox:
    combo = QComboBox()
    for user_id, name in choices:
        combo.addItem(name, str(user_id))  # a str: findData() cannot compare a UUID
    return combo


def _chosen(combo: QComboBox) -> uuid.UUID | None:
    data = combo.currentData()
    return uuid.UUID(data) if isinstance(data, str) else None


def _note(dialog: StoreDialog, text: str) -> None:
    """A line under the fields saying when the decision takes effect (in the dialog's column,
    where a wrapped label gets its height)."""
    note = PlainLabel(text)
    note.setObjectName("note")
    note.setWordWrap(True)
    note.setMinimumWidth(420)
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(1, note)


class TransferDialog(StoreDialog):
    """The lead gives a dossier to another agent of the office (``transfer_dossier``)."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, view: OfficeLeadView,
                 case_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id or NO_CASE,
                         self.tr("Give a dossier to another agent"), parent)
        self.ok.setText(self.tr("Give the dossier"))
        self.ok.setAccessibleName(self.ok.text())
        self.dossier = self.row(self.tr("&Dossier"), QComboBox(), "dossier")
        self._holders: dict[str, str] = {}
        for load in view.agents:
            for dossier in load.dossiers:
                self.dossier.addItem(f"{dossier.number} ({load.name})", str(dossier.case_id))
                self._holders[str(dossier.case_id)] = str(load.agent_id)
        if case_id is not None:
            self.dossier.setCurrentIndex(max(self.dossier.findData(str(case_id)), 0))
        self.agent = self.row(self.tr("&To agent"), _combo(view.colleagues), "toAgent")
        self.dossier.currentIndexChanged.connect(self._another_agent)
        self._another_agent()
        self.reason = self.row(self.tr("&Reason"), QLineEdit(), "reason",
                               ("case_transfer", "reason"))
        _note(self, self.tr("The dossier moves at your next synchronisation: the new agent's "
                            "laptop receives it, the former agent's loses it."))

    def _another_agent(self, *_args: object) -> None:
        """The agent offered first is one who does not hold the dossier yet."""
        holder = self._holders.get(self.dossier.currentData() or "")
        if self.agent.currentData() == holder:
            others = [i for i in range(self.agent.count()) if self.agent.itemData(i) != holder]
            if others:
                self.agent.setCurrentIndex(others[0])

    def work(self) -> Callable[[], uuid.UUID]:
        ctx, reason = self._ctx, self.reason.text()
        data = self.dossier.currentData()
        agent = _chosen(self.agent)
        if not isinstance(data, str) or agent is None:
            raise UserInputError(QT_TRANSLATE_NOOP("OfficeLead", "Choose a dossier and an agent."))
        case_id = uuid.UUID(data)
        self.case_id = case_id
        return lambda: transfer_dossier(ctx, case_id, agent, reason)


class CoverDialog(StoreDialog):
    """The lead gives a colleague cover of an agent's caseload until an end date
    (``give_cover``)."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, view: OfficeLeadView,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, NO_CASE, self.tr("Give cover of a caseload"), parent)
        self._today = view.today
        self.ok.setText(self.tr("Give the cover"))
        self.ok.setAccessibleName(self.ok.text())
        self.agent = self.row(self.tr("&Agent away"), _combo(view.colleagues), "coveredAgent")
        self.colleague = self.row(self.tr("&Covered by"), _combo(view.colleagues), "colleague")
        if self.colleague.count() > 1:
            self.colleague.setCurrentIndex(1)
        start = QDate(view.today.year, view.today.month, view.today.day)
        self.starts_on = self.row(self.tr("&From"), QDateEdit(start), "startsOn")
        self.ends_on = self.row(self.tr("&Until (included)"), QDateEdit(start.addDays(14)),
                                "endsOn")
        for edit in (self.starts_on, self.ends_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        _note(self, self.tr("The colleague's laptop receives the agent's dossiers at its next "
                            "synchronisation and loses them when the cover ends."))

    def work(self) -> Callable[[], uuid.UUID]:
        ctx, today = self._ctx, self._today
        agent, colleague = _chosen(self.agent), _chosen(self.colleague)
        if agent is None or colleague is None:
            raise UserInputError(QT_TRANSLATE_NOOP(
                "OfficeLead", "Choose the agent away and the colleague."))
        starts_on, ends_on = day_of(self.starts_on.date()), day_of(self.ends_on.date())
        return lambda: give_cover(ctx, agent, colleague, ends_on, today, starts_on)


class OfficeLeadWindow(QWidget):
    """The lead's office at a glance, and their commands."""

    #: The case id of the row activated: the main window opens that dossier.
    dossier_requested = Signal(object)
    #: The office's deadline lists asked for: the main window opens them.
    deadlines_requested = Signal()

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, *,
                 today: date | None = None) -> None:
        super().__init__()
        self._operations = operations
        self._ctx = ctx
        self._today = today
        self._closed = False
        self.view: OfficeLeadView | None = None
        self.loads = 0
        self.dialog: StoreDialog | None = None
        self._dossier_ids: dict[str, list[uuid.UUID]] = {}
        self.setObjectName("officeLeadWindow")
        fit_to_screen(self, 980, 600)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.office_label = PlainLabel()
        self.office_label.setObjectName("leadOffice")
        self.transfer_button = QPushButton()
        self.transfer_button.setObjectName("leadTransfer")
        self.transfer_button.clicked.connect(lambda: self.open_transfer())
        self.cover_button = QPushButton()
        self.cover_button.setObjectName("leadCover")
        self.cover_button.clicked.connect(self.open_cover)
        self.deadlines_button = QPushButton()
        self.deadlines_button.setObjectName("leadDeadlines")
        self.deadlines_button.clicked.connect(self.deadlines_requested.emit)
        bar.addWidget(self.office_label, 1)
        for button in (self.transfer_button, self.cover_button, self.deadlines_button):
            button.setEnabled(False)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("leadTabs")
        # Dossiers per agent: the agents with their counts, the chosen agent's dossiers.
        caseload = QWidget()
        row = QHBoxLayout(caseload)
        self.agents = _table("leadAgents", 2)
        self.agents.currentCellChanged.connect(lambda *_args: self._show_agent())
        self.dossiers = _table("leadDossiers", 3)
        self.dossiers.activated.connect(partial(self._activated, "dossiers"))
        row.addWidget(self.agents, 2)
        row.addWidget(self.dossiers, 3)
        self.tabs.addTab(caseload, "")
        self.overdue = _table("leadOverdue", 5)
        self.overdue.activated.connect(partial(self._activated, "overdue"))
        self.tabs.addTab(self.overdue, "")
        self.blocked = _table("leadBlocked", 5)
        self.blocked.activated.connect(partial(self._activated, "blocked"))
        self.tabs.addTab(self.blocked, "")
        self.waiting = _table("leadWaiting", 5)
        self.waiting.activated.connect(partial(self._activated, "waiting"))
        self.tabs.addTab(self.waiting, "")
        covers = QWidget()
        column = QVBoxLayout(covers)
        self.covers = _table("leadCovers", 5)
        column.addWidget(self.covers, 1)
        self.end_button = QPushButton()
        self.end_button.setObjectName("leadEndCover")
        self.end_button.setEnabled(False)
        self.end_button.clicked.connect(self.end_selected_cover)
        ends = QHBoxLayout()
        ends.addStretch(1)
        ends.addWidget(self.end_button)
        column.addLayout(ends)
        self.tabs.addTab(covers, "")
        layout.addWidget(self.tabs, 1)
        self.message = PlainLabel()
        self.message.setObjectName("leadMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.retranslate()
        self.load()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Office lead"))
        self.transfer_button.setText(self.tr("&Give a dossier to another agent…"))
        self.cover_button.setText(self.tr("Give &cover of a caseload…"))
        self.deadlines_button.setText(self.tr("Office &deadlines…"))
        self.end_button.setText(self.tr("&End this cover"))
        self.end_button.setAccessibleName(self.tr("End the selected cover"))
        self.tabs.setAccessibleName(self.tr("The office's lists"))
        self.agents.setHorizontalHeaderLabels([self.tr("Agent"), self.tr("Dossiers")])
        self.agents.setAccessibleName(self.tr("Agents and their number of dossiers"))
        self.dossiers.setHorizontalHeaderLabels([self.tr("Dossier"), self.tr("Step"),
                                                 self.tr("Transfer asked")])
        self.dossiers.setAccessibleName(self.tr("The agent's dossiers"))
        self.overdue.setHorizontalHeaderLabels([
            self.tr("Dossier"), self.tr("Version of the plan"), self.tr("Due on"),
            self.tr("How late"), self.tr("Escalated")])
        self.overdue.setAccessibleName(self.tr("Reviews overdue"))
        self.blocked.setHorizontalHeaderLabels([
            self.tr("Dossier"), self.tr("Agent"), self.tr("Step"), self.tr("Article"),
            self.tr("Rule that stops it")])
        self.blocked.setAccessibleName(self.tr("Dossiers a rule stops"))
        self.waiting.setHorizontalHeaderLabels([
            self.tr("Dossier"), self.tr("Agent"), self.tr("Version of the plan"),
            self.tr("Waiting for"), self.tr("Ready since")])
        self.waiting.setAccessibleName(self.tr("Plans waiting for signature or validation"))
        self.covers.setHorizontalHeaderLabels([
            self.tr("Agent away"), self.tr("Covered by"), self.tr("From"), self.tr("Until"),
            self.tr("State")])
        self.covers.setAccessibleName(self.tr("Covers in place"))
        if self.view is not None:
            self._loaded(self.view)
            self.loads -= 1
        else:
            self._tab_texts()

    def _tab_texts(self) -> None:
        view = self.view
        counts = (sum(len(a.dossiers) for a in view.agents), len(view.overdue),
                  len(view.blocked), len(view.waiting), len(view.covers)) if view else (0,) * 5
        titles = (self.tr("Dossiers per agent"), self.tr("Reviews overdue"),
                  self.tr("Blocked dossiers"), self.tr("Plans waiting"), self.tr("Covers"))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, self.tr("{title} ({count})").format(
                title=title, count=count))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _lateness(self, due: date, today: date) -> str:
        return self.tr("{days} day(s) late").format(days=(today - due).days)

    def _waiting_for(self, state: PlanState) -> str:
        if state is PlanState.SIGNED:
            return self.tr("the ONE's validation")
        if state is PlanState.VALIDATED:
            return self.tr("signatures (validated)")
        return self.tr("signatures")

    # --- loading -------------------------------------------------------------------------

    def load(self) -> None:
        ctx, today = self._ctx, self._today or date.today()
        self._operations.run(lambda: office_lead_view(ctx, today), self._loaded, self._failed)

    def _loaded(self, view: OfficeLeadView) -> None:
        if self._closed:
            return
        self.view = view
        self.message.hide()
        self.office_label.setText(self.tr("Office: {office}").format(office=view.office_name))
        for button in (self.transfer_button, self.cover_button, self.deadlines_button):
            button.setEnabled(True)
        _fill(self.agents, [(load.name, str(len(load.dossiers))) for load in view.agents])
        self._show_agent()
        escalated = set(view.escalated)
        _fill(self.overdue, [(r.case_number, str(r.plan_version), short_date(r.due_on),
                              self._lateness(r.due_on, view.today),
                              self.tr("yes") if r in escalated else "")
                             for r in view.overdue])
        _fill(self.blocked, [(b.number, b.agent, str(self._step(b.case_id)),
                              b.rule.article or "", b.rule.text.render())
                             for b in view.blocked])
        _fill(self.waiting, [(w.number, w.agent, str(w.version), self._waiting_for(w.state),
                              short_date(w.since) if w.since else "")
                             for w in view.waiting])
        _fill(self.covers, [(c.agent, c.colleague, short_date(c.starts_on),
                             short_date(c.ends_on),
                             self.tr("waits for your synchronisation") if c.pending
                             else self.tr("in place"))
                            for c in view.covers])
        self.end_button.setEnabled(bool(view.covers))
        self._dossier_ids.update(
            overdue=[r.case_id for r in view.overdue], blocked=[b.case_id for b in view.blocked],
            waiting=[w.case_id for w in view.waiting])
        self._tab_texts()
        self.loads += 1

    def _step(self, case_id: uuid.UUID) -> int:
        assert self.view is not None
        return next((d.step for load in self.view.agents for d in load.dossiers
                     if d.case_id == case_id), 0)

    def _show_agent(self) -> None:
        view = self.view
        row = self.agents.currentRow()
        dossiers: tuple[LeadDossier, ...] = ()
        if view is not None and 0 <= row < len(view.agents):
            dossiers = view.agents[row].dossiers
        _fill(self.dossiers, [(d.number, str(d.step), d.transfer_to) for d in dossiers])
        self._dossier_ids["dossiers"] = [d.case_id for d in dossiers]

    def _activated(self, name: str, index: QModelIndex) -> None:
        ids = self._dossier_ids.get(name, [])
        if index.isValid() and index.row() < len(ids):
            self.dossier_requested.emit(ids[index.row()])

    # --- commands ------------------------------------------------------------------------

    def open_transfer(self, case_id: uuid.UUID | None = None) -> TransferDialog | None:
        if self.view is None:
            return None
        if case_id is None and self.tabs.currentIndex() == 0:
            ids = self._dossier_ids.get("dossiers", [])
            row = self.dossiers.currentRow()
            case_id = ids[row] if 0 <= row < len(ids) else None
        dialog = TransferDialog(self._operations, self._ctx, self.view, case_id, self)
        return self._open(dialog)

    def open_cover(self) -> CoverDialog | None:
        if self.view is None:
            return None
        return self._open(CoverDialog(self._operations, self._ctx, self.view, self))

    def _open(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.saved.connect(lambda _result: self.load())
        dialog.open()
        return dialog

    def end_selected_cover(self) -> None:
        view, row = self.view, self.covers.currentRow()
        if view is None or not 0 <= row < len(view.covers):
            return
        ctx, cover_id = self._ctx, view.covers[row].cover_id
        self.end_button.setEnabled(False)
        self._operations.run(lambda: end_cover(ctx, cover_id), lambda _none: self.load(),
                             self._failed, change=Change(None))

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if not isinstance(exc, CpiError):
            raise exc
        self.message.setStyleSheet(ERROR_STYLE)
        announce(self.message, exc.message(), self.tabs)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The lock closes the window, its dialog with it."""
        self._closed = True
        if self.dialog is not None:
            self.dialog.close()
        super().closeEvent(event)
