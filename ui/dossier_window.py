"""One dossier, tab by tab: the family (tables, genogram, ecomap), the requests and the data
of every step.

Given the store lane (``operations`` and ``ctx``), the agent edits the constellation through
dialogs and the window reloads; without them it stays read-only. The step wizards write the
rest. The window holds names, so the main window closes it when the store locks.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import partial

from app.domain import CaseState
from app.domain.steps import step_title
from app.rules.next_action import NextActionKind
from app.services.base.context import ServiceContext
from app.services.dossier.detail import DossierDetail, load_dossier_detail
from ui.accessibility import announce, fit_to_screen, keep_tab_moving, name_overflow
from ui.agenda import AgendaWindow
from ui.caseload_model import short_date
from ui.conflicts_dialog import ConflictsDialog
from ui.documents.dossier_menu import DossierDocuments
from ui.dossier import plan_items
from ui.dossier.actions import DossierActionsMenu
from ui.dossier.chronology import ChronologyPage
from ui.dossier.documents import DocumentsPage
from ui.dossier.overview import OverviewPage
from ui.family_map.corrections import (
    CancelDossierDialog,
    ChangeLinkDialog,
    CorrectPersonDialog,
    DocumentLanguageDialog,
    StakeholderDialog,
)
from ui.family_map.dialogs import (
    AddPersonDialog,
    AddStakeholderDialog,
    LinkPersonsDialog,
    StoreDialog,
)
from ui.family_map.drawing import MapView
from ui.family_map.ecomap import EcomapScene, satellites
from ui.family_map.genogram import GenogramScene
from ui.family_map.printing import print_scene, save_pdf
from ui.history_labels import action_label
from ui.labels import label
from ui.operations import Change, StoreOperations
from ui.plain import PlainLabel, rich
from ui.qt import (
    QAbstractItemView,
    QAction,
    QCloseEvent,
    QCoreApplication,
    QDialog,
    QGraphicsScene,
    QHeaderView,
    QKeySequence,
    QMenu,
    QMenuBar,
    QShowEvent,
    QSizePolicy,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimer,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from ui.unlock_dialog import ERROR_STYLE

Cell = str | date | datetime | Decimal | int | None
#: The tab bar's padding, and the current tab in the highlight colours while the tab bar
#: has the focus (Fusion's own dotted rectangle is hard to see).
TAB_STYLE = ("QTabBar::tab { padding: 5px 7px 3px 7px; }"
             "QTabBar::tab:selected:focus { background: palette(highlight);"
             " color: palette(highlighted-text); }")
#: The tabs after the overview are built this long after it, a group per turn of the event
#: loop: the window's first paint comes in between, so that building and painting are short
#: pauses, not one long.
REST_AFTER_MS = 30
#: Columns fit the first rows only (the newest; the tooltip shows any longer text): measuring
#: all 150 lines of a contact log took 5-9 ms of the tab's first show.
FIT_ROWS = 30


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):  # not strftime: it imports a module at each call
        return f"{short_date(value.date())} {value.hour:02d}:{value.minute:02d}"
    if isinstance(value, date):
        return short_date(value)
    return str(value)


class _LazyTable(QTableWidget):
    """A tab's table whose cells are made when it is first shown (or read).

    Building every tab's cells at once froze the GUI thread for 40-75 ms on a dossier with a
    long contact log; now opening builds the visible tab only, and each other tab costs its
    own few milliseconds when the agent opens it.
    """

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        super().__init__(len(rows), len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        keep_tab_moving(self)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for view_header in (header, self.verticalHeader()):
            view_header.setResizeContentsPrecision(FIT_ROWS)
        self._pending: Sequence[Sequence[Cell]] | None = rows

    def fill(self) -> None:
        """Make the cells and fit the columns to them, once."""
        rows, self._pending = self._pending, None
        if rows is None:
            return
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text = _text(value)
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        for column in range(self.columnCount() - 1):  # the last one takes the room left
            self.setColumnWidth(column, min(self.columnWidth(column), 320))
        header = self.horizontalHeader()
        header.setStretchLastSection(False)  # toggled: sizing the columns undid the stretch
        header.setStretchLastSection(True)

    def showEvent(self, event: QShowEvent) -> None:
        self.fill()
        super().showEvent(event)

    def item(self, row: int, column: int) -> QTableWidgetItem | None:
        self.fill()  # read before being shown (a test, an export): the cells exist
        return super().item(row, column)


def _history_rows(detail: DossierDetail) -> list[tuple[Cell, ...]]:
    """One line per action (a service call writes several records: show it once): when,
    who (under whose cover), on which computer, what."""
    rows: list[tuple[Cell, ...]] = []
    seen: set[tuple[datetime, str, str, str, bool]] = set()
    for entry in detail.history:
        key = (entry.at.replace(microsecond=0), entry.action, entry.who, entry.device,
               entry.synced)
        if key in seen:
            continue
        seen.add(key)
        who = entry.who
        if entry.by_server:
            who = QCoreApplication.translate("DossierWindow", "the ONE (on the server)") \
                if not who else QCoreApplication.translate(
                    "DossierWindow", "{who} (on the server)").format(who=who)
        if entry.under_cover_of:
            who = QCoreApplication.translate(
                "DossierWindow", "{who}, under cover of {agent}").format(
                    who=who, agent=entry.under_cover_of)
        device = entry.device
        if not entry.synced:
            device = QCoreApplication.translate("DossierWindow",
                                                "this computer, not yet synchronised")
        rows.append((entry.at.astimezone(), who, device, action_label(entry.action)))
    return rows


class DossierWindow(QWidget):
    #: The overview's next action asks for a step's wizard: (case id, step).
    step_requested = Signal(object, int)

    def __init__(self, detail: DossierDetail, operations: StoreOperations | None = None,
                 ctx: ServiceContext | None = None) -> None:
        super().__init__()
        self.detail = detail
        self._operations = operations
        self._ctx = ctx
        self._closed = False
        #: The detail whose tabs after the overview are still to build (``_complete``), and
        #: the groups of tabs left to add (None once every tab is built and set).
        self._pending: DossierDetail | None = None
        self._groups_left: list[Callable[[DossierDetail], None]] | None = None
        self.dialogs: list[StoreDialog] = []
        self.document_dialogs: list[QDialog] = []
        self.reload_count = 0
        self.setObjectName("dossierWindow")
        self.setWindowTitle(self.tr("Dossier {number}").format(number=detail.summary.row.number))
        self.setWindowRole("dossier")  # exposed to screen readers as a window (ui.accessibility)
        fit_to_screen(self, 1100, 640)
        layout = QVBoxLayout(self)
        layout.setMenuBar(self._menu_bar())
        self.heading = PlainLabel()
        self.heading.setObjectName("dossierHeading")
        layout.addWidget(self.heading)
        layout.addWidget(self._buttons())
        self.message = PlainLabel()
        self.message.setObjectName("dossierMessage")
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(self.tr("Dossier tabs"))
        self._tabs.setUsesScrollButtons(True)  # at 150 %, 14 tabs scroll rather than widen
        # Fusion draws inactive tabs two pixels lower and clips the accent of "É".
        # On the tab bar alone: on the tab widget, the style sheet style also polished and
        # painted every table, header and scroll bar of the tabs (a third of the build time).
        # 14 tabs fit at 1366 px.
        self._tabs.tabBar().setStyleSheet(TAB_STYLE)
        layout.addWidget(self._tabs)
        self._genogram = GenogramScene(self)
        self._genogram.setObjectName(self.tr("Genogram"))
        self.genogram_view = MapView(self._genogram)
        self.genogram_view.setAccessibleName(self.tr("Genogram of the family"))
        self._ecomap = EcomapScene(self)
        self._ecomap.setObjectName(self.tr("Ecomap"))
        self.ecomap_view = MapView(self._ecomap)
        self._drawn = False
        self.ecomap_view.setAccessibleName(self.tr("Ecomap of the family and professionals"))
        self._tabs.currentChanged.connect(self._tab_changed)
        self._fill(detail)
        if operations is not None:  # a write anywhere in this dossier redraws it here
            operations.changed.connect(self._store_changed)

    @property
    def tabs(self) -> QTabWidget:
        """The tabs, every one built (the window builds all but the overview one turn after
        it shows: whoever reads the tabs gets them whole)."""
        self._complete()
        return self._tabs

    def _buttons(self) -> QToolBar:
        """Edit the constellation, print or save the drawing shown; each with a shortcut. One
        action per command, in this bar and in the menu bar; the bar folds what does not fit
        into its » button (150 % scaling)."""
        bar = QToolBar()
        bar.setObjectName("dossierCommands")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        name_overflow(bar)
        writable = self._operations is not None and self._ctx is not None
        self.add_person_action = self._action(
            self.tr("Add a person…"), "Ctrl+Shift+P", self._add_person, writable)
        self.link_action = self._action(
            self.tr("Link two persons…"), "Ctrl+Shift+L", self._link_persons, writable)
        self.stakeholder_action = self._action(
            self.tr("Add a stakeholder…"), "Ctrl+Shift+K", self._add_stakeholder, writable)
        self.agenda_action = self._action(
            self.tr("Appointments and tasks…"), "Ctrl+Shift+G", self._open_agenda, writable)
        self.agenda_window: AgendaWindow | None = None
        self.corrections_menu = self._corrections_menu()
        self.actions_menu = DossierActionsMenu(self._writable(), self._open, self)
        self.actions_menu.setTitle(self.tr("&Actions"))
        self.correct_button = self._menu_button(
            self.tr("Correct…"), "Ctrl+Shift+E", self.corrections_menu, writable)
        self.actions_button = self._menu_button(
            self.tr("Actions"), "Ctrl+Shift+A", self.actions_menu, writable)
        self.print_action = self._action(
            self.tr("Print the drawing…"), QKeySequence(QKeySequence.StandardKey.Print),
            self._print, True)
        self.pdf_action = self._action(
            self.tr("Save the drawing as PDF…"), "Ctrl+Shift+S", self._save_pdf, True)
        self.conflicts_action = self._action(
            self.tr("Sync conflicts…"), "Ctrl+Shift+Y", self._resolve_conflicts, False)
        self.conflicts_dialog: ConflictsDialog | None = None
        self.documents: DossierDocuments | None = None
        self.documents_button = QToolButton()
        self.documents_button.setText(self.tr("Documents"))
        self.documents_button.setAccessibleName(self.tr("Documents"))
        self.documents_button.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.documents_button.setToolTip(self.tr("Documents") + " (" + QKeySequence(
            "Ctrl+Shift+D").toString(QKeySequence.SequenceFormat.NativeText) + ")")
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        if self._operations is not None and self._ctx is not None:
            self.documents = DossierDocuments(self._operations, self._ctx, self)
            self.documents.setTitle(self.tr("&Documents"))
            self.documents_button.setMenu(self.documents)
            self.dossier_menu.insertMenu(self.print_action, self.documents)
        # What a narrow screen folds first comes last: the drawing's print and PDF.
        bar.addAction(self.conflicts_action)
        self.documents_button_action = bar.addWidget(self.documents_button)
        self.documents_button_action.setVisible(writable)
        bar.addActions([self.add_person_action, self.link_action, self.stakeholder_action])
        self.correct_button_action = bar.addWidget(self.correct_button)
        self.actions_button_action = bar.addWidget(self.actions_button)
        for action, shown in ((self.correct_button_action, writable),
                              (self.actions_button_action, writable)):
            action.setVisible(shown)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addActions([self.print_action, self.pdf_action])
        buttons = [bar.widgetForAction(action) for action in (
            self.add_person_action, self.link_action, self.stakeholder_action,
            self.print_action, self.pdf_action, self.conflicts_action)]
        (self.add_person_button, self.link_button, self.stakeholder_button,
         self.print_button, self.pdf_button, self.conflicts_button) = [
            button for button in buttons if isinstance(button, QToolButton)]
        for button in (self.add_person_button, self.link_button, self.stakeholder_button,
                       self.print_button, self.pdf_button):
            button.setAccessibleName(button.defaultAction().text().rstrip("…"))
        self.conflicts_button.setStyleSheet(ERROR_STYLE)
        self.dossier_menu.addSeparator()
        self.dossier_menu.addAction(self.close_action)
        return bar

    def _corrections_menu(self) -> QMenu:
        """Everything typed can be corrected, and what ended can be ended."""
        menu = QMenu(self.tr("&Correct"), self)
        menu.setObjectName("correctionsMenu")
        for text, slot in (
                (self.tr("A &person's details…"), self._correct_person),
                (self.tr("A &tie changed or ended…"), self._change_link),
                (self.tr("A &stakeholder corrected or no longer involved…"),
                 self._change_stakeholder),
                (self.tr("The family's document &language…"), self._document_language),
                (self.tr("&Cancel the dossier (opened by mistake)…"), self._cancel_dossier)):
            # Not ``connect(slot)``: ``triggered`` passes ``checked`` (False), which the slots
            # took for the person or tie chosen ("this tie has ended" for every tie).
            menu.addAction(text).triggered.connect(lambda *_args, open_=slot: open_())
        return menu

    def _menu_button(self, text: str, shortcut: str, menu: QMenu, shown: bool) -> QToolButton:
        """A bar button opening ``menu`` (also in the menu bar, for the keyboard)."""
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setShortcut(QKeySequence(shortcut))
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text} ({keys})")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        if shown:
            self.menu_bar.addMenu(menu)
        return button

    def _menu_bar(self) -> QMenuBar:
        """The dossier's commands, reachable with Alt+D and the arrows (no mouse)."""
        bar = QMenuBar(self)
        bar.setObjectName("dossierMenuBar")
        self.menu_bar = bar
        self.dossier_menu = QMenu(self.tr("&Dossier"), bar)
        self.dossier_menu.setObjectName("dossierWindowMenu")
        self.close_action = QAction(self.tr("Close the window"), self)
        self.close_action.setObjectName("closeDossierWindow")
        self.close_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Escape")])
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        bar.addMenu(self.dossier_menu)
        return bar

    def _action(self, text: str, shortcut: str | QKeySequence, slot: Callable[[], None],
                shown: bool) -> QAction:
        action = QAction(text, self)
        sequence = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
        action.setShortcut(sequence)
        action.setToolTip(f"{text} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        action.setVisible(shown)
        self.dossier_menu.addAction(action)
        return action

    def _fill(self, detail: DossierDetail) -> None:
        """(Re)build every tab from ``detail``, keeping the tab the agent was on."""
        self.detail = detail
        self._drawn = False  # the drawings follow the new detail when next looked at
        summary = detail.summary
        row = summary.row
        rich(self.heading, "<b>{number}</b> — {family} — {step} · {title}", number=row.number,
             family=row.family_name, step=row.current_step,
             title=step_title(row.current_step).render())
        self.conflicts_action.setText(self.tr("Sync conflicts ({count})…").format(
            count=detail.open_conflicts))
        self.conflicts_button.setAccessibleName(self.conflicts_action.text().rstrip("…"))
        self.conflicts_action.setVisible(detail.open_conflicts > 0 and self._operations
                                         is not None and self._ctx is not None)
        current = self._tabs.currentIndex()
        self._tabs.blockSignals(True)
        while self._tabs.count():
            widget = self._tabs.widget(0)
            self._tabs.removeTab(0)
            if widget is not None and widget not in (self.genogram_view, self.ecomap_view):
                widget.deleteLater()
        self._overview_tab(detail)
        self.actions_menu.fill(detail)  # a closed dossier is read-only until reopened:
        for action in (self.add_person_action, self.link_action, self.stakeholder_action):
            action.setEnabled(row.state is CaseState.OPEN)
        self.corrections_menu.setEnabled(row.state is CaseState.OPEN)
        self.correct_button.setEnabled(row.state is CaseState.OPEN)
        if self.documents is not None:
            self.documents.fill(detail)
        self._pending = detail
        self._groups_left = [self._people_tabs, self._process_tabs, self._plan_tabs,
                             self._record_tabs]
        if self.overview is not None and current <= 0:
            # The overview shows first; the other tabs come after its first paint, a group
            # per turn of the event loop: building and painting are short pauses, not one long.
            self._tabs.blockSignals(False)
            self._tabs.setCurrentIndex(0)
            QTimer.singleShot(REST_AFTER_MS, self._build_in_turns)
            return
        self._complete(current)

    def _complete(self, current: int = 0) -> None:
        """Build every tab after the overview still to build (once per fill)."""
        while self._build_group():
            pass
        self._tabs_built(current)

    def _build_in_turns(self) -> None:
        """One group of tabs per turn of the event loop: the fourteen tabs in one turn were
        the longest pause of a dossier's opening (15-25 ms of the GUI thread's own CPU)."""
        if self._build_group():
            QTimer.singleShot(0, self._build_in_turns)
        elif not self._closed:  # the agent may have gone to a tab meanwhile: stay there
            self._tabs_built(self._tabs.currentIndex())

    def _build_group(self) -> bool:
        """Add the next group of tabs; False once there is none left (or the window closed)."""
        detail = self._pending
        if detail is None or self._closed or not self._groups_left:
            self._pending = None
            return False
        group = self._groups_left.pop(0)
        self._tabs.blockSignals(True)
        group(detail)
        self._tabs.blockSignals(False)
        if not self._groups_left:
            self._pending = None
        return True

    def _tabs_built(self, current: int) -> None:
        """Every tab is there: back on the tab the agent was on, its commands set."""
        if self._groups_left is None:
            return
        self._groups_left = None
        self._drawn = False  # drawn when first looked at: opening a dossier stays quick
        self._tabs.setCurrentIndex(max(current, 0))
        self._tab_changed()

    def _people_tabs(self, detail: DossierDetail) -> None:
        """The family, its ties, the genogram and the ecomap."""
        summary = detail.summary
        names = {p.person_id: f"{p.first_name} {p.last_name}" for p in summary.persons}
        family = self._tab(self.tr("Family"), [
            self.tr("Person"), self.tr("Role"), self.tr("Born on"), self.tr("Address"),
            self.tr("Telephone"), self.tr("Language"), self.tr("Notes")],
            [(f"{p.first_name} {p.last_name}", label(p.role), p.birth_date,
              ", ".join(p.contact.postal_lines), p.contact.phone,
              self._language(p.contact.spoken_language, p.contact.interpreter_needed), p.notes)
             for p in summary.persons])
        family.activated.connect(lambda index: self._correct_person(
            summary.persons[index.row()].person_id))
        ties = self._tab(self.tr("Constellation"), [
            self.tr("Person"), self.tr("Relationship"), self.tr("Of"),
            self.tr("Parental authority"), self.tr("Legal representative"), self.tr("Since"),
            self.tr("Ended on"), self.tr("Reason")],
            [(names.get(r.from_person_id, ""), label(r.kind),
              names.get(r.to_person_id, ""), self._yes(r.holds_parental_authority),
              self._yes(r.is_legal_representative), r.since, r.ended_on, r.end_reason)
             for r in summary.relationships])
        ties.activated.connect(lambda index: self._change_link(
            summary.relationships[index.row()].relationship_id))
        self._tabs.addTab(self.genogram_view, self.tr("Genogram"))
        self._tabs.addTab(self.ecomap_view, self.tr("Ecomap ({count})").format(
            count=len(satellites(detail))))

    def _process_tabs(self, detail: DossierDetail) -> None:
        """The chronology, the requests, the assessment and the objectives."""
        summary = detail.summary
        self.chronology = ChronologyPage(self._operations, self._ctx, self.case_id,
                                         self.documents.preview if self.documents else None)
        self._tabs.addTab(self.chronology, self.tr("Chronology"))
        self._tab(self.tr("Requests"), [self.tr("Received on"), self.tr("Channel"),
                                        self.tr("Who asks"), self.tr("What")],
                  [(r.received_on, label(r.channel), r.requester_name or label(
                      r.requester_kind), r.what) for r in summary.requests])
        self._tab(self.tr("Assessment"), [self.tr("Person"), self.tr("Difficulties"),
                                          self.tr("Resources"), self.tr("Needs"),
                                          self.tr("Own view")],
                  [(a.person, a.difficulties, a.resources, a.needs, a.own_view)
                   for a in detail.assessments])
        objectives = self._tab(self.tr("Objectives"), [
            self.tr("Objective"), self.tr("For"), self.tr("Indicator"), self.tr("Accepted by"),
            self.tr("Due on"), self.tr("Horizon"), self.tr("Status"), self.tr("Since"),
            self.tr("Reason")],
            [(o.wording, o.person, o.indicator, o.accepted_by, o.due_on, label(o.horizon),
              label(o.status), o.status_on, o.status_reason) for o in detail.objectives])
        plan_items.offer_rows(objectives, self.tr("Achieved, abandoned or reformulated…"),
                              lambda row: self._objective(detail.objectives[row]))

    def _plan_tabs(self, detail: DossierDetail) -> None:
        """The measures, the plan versions and the case conferences."""
        measures = self._tab(self.tr("Measures"), [
            self.tr("Measure"), self.tr("For"), self.tr("Provider"), self.tr("Quantity"),
            self.tr("Planned from"), self.tr("to"), self.tr("Started"), self.tr("Ended"),
            self.tr("Interrupted since"), self.tr("Reason")],
            [(f"{m.code}) {m.label}", m.beneficiary, m.provider,
              self._quantity(m.quantity, m.unit), m.starts_on, m.ends_on,
              m.actual_start_on, m.actual_end_on, m.paused.from_on if m.paused else None,
              plan_items.measure_reason(m))
             for m in detail.measures])
        plan_items.offer_rows(measures, self.tr("Changed, interrupted, ended or withdrawn…"),
                              lambda row: self._measure(detail.measures[row]))
        self._tab(self.tr("Plan"), [self.tr("Version"), self.tr("State"), self.tr("Printed on"),
                                    self.tr("Validated on"), self.tr("In force since"),
                                    self.tr("Review by"), self.tr("Signatures"),
                                    self.tr("Returned by the ONE")],
                  [(v.number, label(v.state), v.frozen_on, v.validated_on, v.in_force_since,
                    v.review_due_on, "; ".join(
                        self.tr("{name} ({capacity}): {signed}").format(
                            name=s.name, capacity=label(s.capacity),
                            signed=_text(s.signed_on) if s.signed_on else self.tr("to sign"))
                        for s in v.signatures),
                    self.tr("{date}: {comment}").format(date=_text(v.returned_on),
                                                        comment=v.return_comment)
                    if v.returned_on else "") for v in detail.plan_versions])
        self._tab(self.tr("Case conferences"), [self.tr("Held on"), self.tr("Place"),
                                                self.tr("Participants"), self.tr("Decisions")],
                  [(c.held_on, c.place, c.participants, c.decisions)
                   for c in detail.conferences])

    def _record_tabs(self, detail: DossierDetail) -> None:
        """The contact log, the evaluations and the history."""
        self._tab(self.tr("Contacts"), [self.tr("When"), self.tr("With"), self.tr("How"),
                                        self.tr("What")],
                  [(c.contact_at, c.with_whom, label(c.channel), c.summary)
                   for c in detail.contacts])
        self.documents_page = DocumentsPage(
            self._operations, self._ctx, self.case_id, detail.summary.persons,
            detail.summary.row.state is CaseState.OPEN, self._open_document_dialog)
        self._tabs.addTab(self.documents_page, self.tr("Documents of the dossier ({count})")
                          .format(count=detail.documents))  # counted as the other tabs
        self._tab(self.tr("Evaluations"), [self.tr("Evaluated on"), self.tr("Outcome"),
                                           self.tr("Proposals")],
                  [(e.evaluated_on, label(e.outcome), e.proposals) for e in detail.evaluations])
        self._tab(self.tr("History"), [self.tr("When"), self.tr("Who"), self.tr("Computer"),
                                       self.tr("What")],
                  _history_rows(detail))

    def _overview_tab(self, detail: DossierDetail) -> None:
        """The first page: where the dossier stands and its next action."""
        self.overview: OverviewPage | None = None
        if detail.overview is None:
            return
        writable = self._operations is not None and self._ctx is not None
        self.overview = OverviewPage(detail.overview, writable)
        self.overview.step_requested.connect(
            lambda step: self.step_requested.emit(self.case_id, step))
        self.overview.action_requested.connect(self._act_from_overview)
        self.overview.plan_requested.connect(self.show_plan_tab)
        self._tabs.addTab(self.overview, self.tr("Overview"))

    def _act_from_overview(self, kind: NextActionKind) -> None:
        """The overview's next action opens the same dialog as the Actions menu."""
        entry = {NextActionKind.REOPEN: self.actions_menu.reopen,
                 NextActionKind.ANSWER_REVIEW_REQUEST: self.actions_menu.answer,
                 NextActionKind.REVIEW_PLAN: self.actions_menu.plan_review}.get(kind)
        if entry is not None and entry.isEnabled():
            entry.trigger()

    def _tab(self, title: str, headers: Sequence[str],
             rows: Sequence[Sequence[Cell]]) -> _LazyTable:
        table = _LazyTable(headers, rows)
        table.setAccessibleName(title)
        self._tabs.addTab(table, f"{title} ({len(rows)})")
        return table

    def _language(self, spoken: str, interpreter: bool) -> str:
        if not interpreter:
            return spoken
        needed = self.tr("interpreter needed")
        return f"{spoken} ({needed})" if spoken else needed

    def _yes(self, flag: bool) -> str:
        return self.tr("yes") if flag else ""

    def _quantity(self, quantity: Decimal | None, unit: str | None) -> str:
        if quantity is None:
            return ""
        units = {"day": self.tr("days"), "hour": self.tr("hours"), "month": self.tr("months")}
        return f"{quantity.normalize():f} {units.get(unit or '', '')}".strip()

    def _draw(self) -> None:
        """Lay out the genogram and the ecomap (20-30 ms for a large family), once per
        content, the first time either is shown or asked for."""
        if not self._drawn:
            self._drawn = True
            self._genogram.draw(self.detail.summary)
            self._ecomap.draw(self.detail)
            for view in (self.genogram_view, self.ecomap_view):
                view.fit()

    @property
    def genogram(self) -> GenogramScene:
        self._draw()
        return self._genogram

    @property
    def ecomap(self) -> EcomapScene:
        self._draw()
        return self._ecomap

    @property
    def closed(self) -> bool:
        """Closed by the agent or the lock (a window built but not shown yet is open)."""
        return self._closed

    def show_soon(self) -> None:
        """Show the window in the next turn of the event loop (building it and its first
        paint are then two pauses, not one), unless the lock closed it meanwhile: a window
        shown after the lock would put the family's names back on screen."""
        QTimer.singleShot(0, self._show_if_open)

    def _show_if_open(self) -> None:
        if not self._closed:
            self.show()

    def show_tab_later(self, index: int) -> None:
        """Back to the tab the agent was on (after an unlock), once the window is painted and
        its tabs are built: a long contact log's cells, the tabs and the first paint in one
        turn of the event loop were a 70 ms stall."""
        QTimer.singleShot(2 * REST_AFTER_MS, partial(self._show_tab, index))

    def _show_tab(self, index: int) -> None:
        if self._closed:
            return
        if self._groups_left is not None:  # still building its tabs, a group per turn:
            # wait rather than build the rest in one turn (a 25-50 ms pause on a busy day)
            QTimer.singleShot(REST_AFTER_MS, partial(self._show_tab, index))
            return
        self._tabs.setCurrentIndex(index)

    def show_plan_tab(self) -> None:
        """Open on the plan versions (a fingerprint led here)."""
        title = self.tr("Plan")
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index).startswith(title):
                self.tabs.setCurrentIndex(index)

    def _current_scene(self) -> QGraphicsScene | None:
        widget = self._tabs.currentWidget()
        if widget is self.genogram_view:
            return self.genogram
        if widget is self.ecomap_view:
            return self.ecomap
        return None

    def _tab_changed(self, *_args: object) -> None:
        """Print and save act on the drawing shown: off on the table tabs."""
        drawing = self._tabs.currentWidget() in (self.genogram_view, self.ecomap_view)
        if drawing:
            self._draw()
        self.print_action.setEnabled(drawing)
        self.pdf_action.setEnabled(drawing)

    def _add_person(self) -> None:
        if self._operations is not None and self._ctx is not None:
            self._open(AddPersonDialog(self._operations, self._ctx, self.case_id, self))

    def _link_persons(self) -> None:
        persons = self.detail.summary.persons
        if len(persons) < 2:
            self._show_message(self.tr("Add at least two persons before linking them."))
            return
        if self._operations is not None and self._ctx is not None:
            self._open(LinkPersonsDialog(self._operations, self._ctx, self.case_id, persons,
                                         self))

    def _resolve_conflicts(self) -> None:
        """Same field edited here and elsewhere: show both sides for the agent to choose."""
        if self._operations is None or self._ctx is None:
            return
        if self.conflicts_dialog is None:
            dialog = ConflictsDialog(self._operations, self._ctx, self.case_id, self)
            dialog.finished.connect(self._conflicts_closed)
            self.conflicts_dialog = dialog
        self.conflicts_dialog.open()

    def _conflicts_closed(self, _result: int) -> None:
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.deleteLater()
        self.conflicts_dialog = None

    def _open_agenda(self) -> None:
        """The dossier's appointments and tasks: plan, move, cancel, note as held; add a
        task, from a contact note or a conference, done or dropped."""
        lane = self._writable()
        if lane is None:
            return
        if self.agenda_window is None or not is_alive(self.agenda_window):
            self.agenda_window = AgendaWindow(*lane, self.case_id, self)
        else:
            self.agenda_window.load()
        self.agenda_window.show()

    def _writable(self) -> tuple[StoreOperations, ServiceContext] | None:
        if self._operations is None or self._ctx is None:
            return None
        return self._operations, self._ctx

    def _correct_person(self, person_id: uuid.UUID | None = None) -> None:
        lane = self._writable()
        if lane is not None and self.detail.summary.persons:
            self._open(CorrectPersonDialog(*lane, self.case_id, self.detail.summary.persons,
                                           person_id, self))

    def _change_link(self, link_id: uuid.UUID | None = None) -> None:
        lane = self._writable()
        current = [r for r in self.detail.summary.relationships if r.current]
        if lane is not None and link_id is not None and link_id not in {
                r.relationship_id for r in current}:
            self._show_message(self.tr("This tie has ended: it stays in the history as it "
                                       "was. Record a new tie if it starts again."))
            return
        if not current:
            self._show_message(self.tr("The dossier has no current tie to change."))
            return
        if lane is not None:
            self._open(ChangeLinkDialog(*lane, self.case_id, self.detail.summary.persons,
                                        current, link_id, self))

    def _objective(self, objective: plan_items.ObjectiveView) -> None:
        """Achieved, abandoned or reformulated: what the objective's state allows."""
        lane = self._writable()
        if lane is not None and not plan_items.objective_fates(objective):
            self._show_message(plan_items.objective_closed_text(objective))
        elif lane is not None:
            self._open(plan_items.ObjectiveDialog(*lane, self.case_id, objective,
                                                  self.detail.summary.persons, self))

    def _measure(self, measure: plan_items.MeasureView) -> None:
        """Changed or withdrawn before it starts, interrupted, resumed or ended after."""
        lane = self._writable()
        if lane is not None and not plan_items.measure_fates(measure):
            self._show_message(plan_items.measure_closed_text(measure))
        elif lane is not None:
            self._open(plan_items.MeasureDialog(*lane, self.case_id, measure, self))

    def _change_stakeholder(self) -> None:
        lane = self._writable()
        current = [s for s in self.detail.stakeholders if s.ended_on is None]
        if not current:
            self._show_message(self.tr("The dossier has no stakeholder to correct."))
            return
        if lane is not None:
            self._open(StakeholderDialog(*lane, self.case_id, current, None, self))

    def _document_language(self) -> None:
        lane = self._writable()
        if lane is not None:
            self._open(DocumentLanguageDialog(*lane, self.case_id,
                                              self.detail.summary.document_language, self))

    def _cancel_dossier(self) -> None:
        lane = self._writable()
        if lane is not None:
            dialog = CancelDossierDialog(*lane, self.case_id, self.detail.summary.row.number,
                                         self)
            self._open(dialog)
            dialog.saved.connect(self._cancelled)

    def _cancelled(self, _result: object) -> None:
        """The dossier left the caseload: its window goes too (the lane's ``changed`` refreshes
        the caseload)."""
        self.close()

    def _add_stakeholder(self) -> None:
        if self._operations is not None and self._ctx is not None:
            self._open(AddStakeholderDialog(self._operations, self._ctx, self.case_id, self))

    @property
    def case_id(self) -> uuid.UUID:
        return self.detail.summary.row.case_id

    def _open(self, dialog: StoreDialog) -> None:
        self.message.hide()
        self.dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the typed names go with it
        dialog.finished.connect(self._forget)  # the lane's ``changed`` reloads the window
        dialog.open()

    def _open_document_dialog(self, dialog: QDialog) -> None:
        """A dialog of the documents tab, held here: the tab is built again after any write
        in the dossier, the dialog stays open; it goes with the window."""
        self.message.hide()
        self.document_dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_document_dialog)
        dialog.open()

    def _forget_document_dialog(self, _result: int) -> None:
        self.document_dialogs = [d for d in self.document_dialogs if d is not self.sender()]

    def _forget(self, _result: int) -> None:
        """A closed dialog deletes itself; a lambda holding it would outlive it (crash)."""
        self.dialogs = [d for d in self.dialogs if d is not self.sender()]

    def reload(self, *_args: object) -> None:
        """Read the dossier again on the store lane, then redraw every tab."""
        operations, ctx, case_id = self._operations, self._ctx, self.case_id
        if operations is None or ctx is None or self._closed:
            return
        operations.run(lambda: load_dossier_detail(ctx, case_id), self._reloaded,
                       shown_in=self)

    def _store_changed(self, change: Change) -> None:
        if not self._closed and change.touches(self.case_id):
            self.reload()

    def _reloaded(self, detail: DossierDetail) -> None:
        if self._closed:
            return
        self._fill(detail)
        self.reload_count += 1

    def show_failure(self, message: str) -> None:
        """A refusal of the lane's work for this window, in its message line."""
        if not self._closed:
            self._show_message(message)

    def _show_message(self, text: str) -> None:
        announce(self.message, text)

    def _print(self) -> None:
        scene = self._current_scene()
        if scene is not None:
            print_scene(scene, self)

    def _save_pdf(self) -> None:
        scene = self._current_scene()
        if scene is None:
            return
        kind = "genogram" if scene is self.genogram else "ecomap"
        save_pdf(scene, self, f"{kind}-{self.detail.summary.row.number}.pdf")

    def closeEvent(self, event: QCloseEvent) -> None:
        """The lock closes the window: its dialogs (names typed in them) go with it."""
        if not self._closed and self._operations is not None:
            self._operations.changed.disconnect(self._store_changed)
        self._closed = True
        for dialog in list(self.dialogs):
            dialog.close_keeping_draft()
        for other in list(self.document_dialogs):  # a document shown goes with the window
            other.reject()
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.reject()
        if self.documents is not None:
            self.documents.close_all()
        self.actions_menu.close_all()
        if self.agenda_window is not None and is_alive(self.agenda_window):
            self.agenda_window.close()
        super().closeEvent(event)
