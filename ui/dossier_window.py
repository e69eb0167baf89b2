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

from app.domain import SignatoryCapacity
from app.domain.steps import step_title
from app.errors import CpiError
from app.services.context import ServiceContext
from app.services.dossier_detail import DossierDetail, load_dossier_detail
from ui.accessibility import announce, fit_to_screen, keep_tab_moving, name_overflow
from ui.caseload_model import short_date
from ui.conflicts_dialog import ConflictsDialog
from ui.documents.dossier_menu import DossierDocuments
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
from ui.operations import StoreOperations
from ui.qt import (
    QAbstractItemView,
    QAction,
    QCloseEvent,
    QGraphicsScene,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMenu,
    QMenuBar,
    QShowEvent,
    QSizePolicy,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from ui.unlock_dialog import ERROR_STYLE

Cell = str | date | datetime | Decimal | int | None
#: The tab bar's padding, and the current tab in the highlight colours while the tab bar
#: has the focus (Fusion's own dotted rectangle is hard to see).
TAB_STYLE = ("QTabBar::tab { padding: 5px 7px 3px 7px; }"
             "QTabBar::tab:selected:focus { background: palette(highlight);"
             " color: palette(highlighted-text); }")
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
    """One line per action (a service call writes several records: show it once)."""
    rows: list[tuple[Cell, ...]] = []
    seen: set[tuple[datetime, str]] = set()
    for entry in detail.history:
        key = (entry.at.replace(microsecond=0), entry.action)
        if key not in seen:
            seen.add(key)
            rows.append((entry.at.astimezone(), entry.who, action_label(entry.action)))
    return rows


class DossierWindow(QWidget):
    def __init__(self, detail: DossierDetail, operations: StoreOperations | None = None,
                 ctx: ServiceContext | None = None) -> None:
        super().__init__()
        self.detail = detail
        self._operations = operations
        self._ctx = ctx
        self._closed = False
        self.dialogs: list[StoreDialog] = []
        self.reload_count = 0
        self.setObjectName("dossierWindow")
        self.setWindowTitle(self.tr("Dossier {number}").format(number=detail.summary.row.number))
        self.setWindowRole("dossier")  # exposed to screen readers as a window (ui.accessibility)
        fit_to_screen(self, 1100, 640)
        layout = QVBoxLayout(self)
        layout.setMenuBar(self._menu_bar())
        self.heading = QLabel()
        self.heading.setObjectName("dossierHeading")
        layout.addWidget(self.heading)
        layout.addWidget(self._buttons())
        self.message = QLabel()
        self.message.setObjectName("dossierMessage")
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Dossier tabs"))
        self.tabs.setUsesScrollButtons(True)  # at 150 %, 14 tabs scroll rather than widen
        # Fusion draws inactive tabs two pixels lower and clips the accent of "É".
        # On the tab bar alone: on the tab widget, the style sheet style also polished and
        # painted every table, header and scroll bar of the tabs (a third of the build time).
        # 14 tabs fit at 1366 px.
        self.tabs.tabBar().setStyleSheet(TAB_STYLE)
        layout.addWidget(self.tabs)
        self._genogram = GenogramScene(self)
        self._genogram.setObjectName(self.tr("Genogram"))
        self.genogram_view = MapView(self._genogram)
        self.genogram_view.setAccessibleName(self.tr("Genogram of the family"))
        self._ecomap = EcomapScene(self)
        self._ecomap.setObjectName(self.tr("Ecomap"))
        self.ecomap_view = MapView(self._ecomap)
        self._drawn = False
        self.ecomap_view.setAccessibleName(self.tr("Ecomap of the family and professionals"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._fill(detail)

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

    def _menu_bar(self) -> QMenuBar:
        """The dossier's commands, reachable with Alt+D and the arrows (no mouse)."""
        bar = QMenuBar(self)
        bar.setObjectName("dossierMenuBar")
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
        summary = detail.summary
        row = summary.row
        self.heading.setText(f"<b>{row.number}</b> — {row.family_name} — "
                             f"{row.current_step} · {step_title(row.current_step).render()}")
        self.conflicts_action.setText(self.tr("Sync conflicts ({count})…").format(
            count=detail.open_conflicts))
        self.conflicts_button.setAccessibleName(self.conflicts_action.text().rstrip("…"))
        self.conflicts_action.setVisible(detail.open_conflicts > 0 and self._operations
                                         is not None and self._ctx is not None)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None and widget not in (self.genogram_view, self.ecomap_view):
                widget.deleteLater()
        names = {p.person_id: f"{p.first_name} {p.last_name}" for p in summary.persons}
        self._tab(self.tr("Family"), [self.tr("Person"), self.tr("Role"), self.tr("Born on"),
                                      self.tr("Notes")],
                  [(f"{p.first_name} {p.last_name}", label(p.role), p.birth_date, p.notes)
                   for p in summary.persons])
        self._tab(self.tr("Constellation"), [self.tr("Person"), self.tr("Relationship"),
                                             self.tr("Of"), self.tr("Parental authority"),
                                             self.tr("Legal representative")],
                  [(names.get(r.from_person_id, ""), label(r.kind),
                    names.get(r.to_person_id, ""), self._yes(r.holds_parental_authority),
                    self._yes(r.is_legal_representative)) for r in summary.relationships])
        self.tabs.addTab(self.genogram_view, self.tr("Genogram"))
        self.tabs.addTab(self.ecomap_view, self.tr("Ecomap ({count})").format(
            count=len(satellites(detail))))
        self._tab(self.tr("Requests"), [self.tr("Received on"), self.tr("Channel"),
                                        self.tr("Who asks"), self.tr("What")],
                  [(r.received_on, label(r.channel), r.requester_name or label(
                      r.requester_kind), r.what) for r in summary.requests])
        self._tab(self.tr("Assessment"), [self.tr("Person"), self.tr("Difficulties"),
                                          self.tr("Resources"), self.tr("Needs"),
                                          self.tr("Own view")],
                  [(a.person, a.difficulties, a.resources, a.needs, a.own_view)
                   for a in detail.assessments])
        self._tab(self.tr("Objectives"), [self.tr("Objective"), self.tr("Indicator"),
                                          self.tr("Accepted by"), self.tr("Due on"),
                                          self.tr("Horizon"), self.tr("Status")],
                  [(o.wording, o.indicator, o.accepted_by, o.due_on, label(o.horizon),
                    label(o.status)) for o in detail.objectives])
        self._tab(self.tr("Measures"), [self.tr("Measure"), self.tr("For"), self.tr("Provider"),
                                        self.tr("Quantity"), self.tr("Planned from"),
                                        self.tr("to"), self.tr("Started"), self.tr("Ended")],
                  [(f"{m.code}) {m.label}", m.beneficiary, m.provider,
                    self._quantity(m.quantity, m.unit), m.starts_on, m.ends_on,
                    m.actual_start_on, m.actual_end_on) for m in detail.measures])
        self._tab(self.tr("Plan"), [self.tr("Version"), self.tr("State"), self.tr("Printed on"),
                                    self.tr("Validated on"), self.tr("In force since"),
                                    self.tr("Review by"), self.tr("Signatures"),
                                    self.tr("Returned by the ONE")],
                  [(v.number, label(v.state), v.frozen_on, v.validated_on, v.in_force_since,
                    v.review_due_on, "; ".join(
                        self.tr("{name} ({capacity}): {signed}").format(
                            name=s.name, capacity=label(SignatoryCapacity(s.capacity)),
                            signed=_text(s.signed_on) if s.signed_on else self.tr("to sign"))
                        for s in v.signatures),
                    self.tr("{date}: {comment}").format(date=_text(v.returned_on),
                                                        comment=v.return_comment)
                    if v.returned_on else "") for v in detail.plan_versions])
        self._tab(self.tr("Case conferences"), [self.tr("Held on"), self.tr("Place"),
                                                self.tr("Participants"), self.tr("Decisions")],
                  [(c.held_on, c.place, c.participants, c.decisions)
                   for c in detail.conferences])
        self._tab(self.tr("Contacts"), [self.tr("When"), self.tr("With"), self.tr("How"),
                                        self.tr("What")],
                  [(c.contact_at, c.with_whom, label(c.channel), c.summary)
                   for c in detail.contacts])
        self._tab(self.tr("Evaluations"), [self.tr("Evaluated on"), self.tr("Outcome"),
                                           self.tr("Proposals")],
                  [(e.evaluated_on, label(e.outcome), e.proposals) for e in detail.evaluations])
        self._tab(self.tr("History"), [self.tr("When"), self.tr("Who"), self.tr("What")],
                  _history_rows(detail))
        self._drawn = False  # drawn when first looked at: opening a dossier stays quick
        if self.documents is not None:
            self.documents.fill(detail)
        self.tabs.blockSignals(False)
        self.tabs.setCurrentIndex(max(current, 0))
        self._tab_changed()

    def _tab(self, title: str, headers: Sequence[str],
             rows: Sequence[Sequence[Cell]]) -> None:
        table = _LazyTable(headers, rows)
        table.setAccessibleName(title)
        self.tabs.addTab(table, f"{title} ({len(rows)})")

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

    def show_plan_tab(self) -> None:
        """Open on the plan versions (a fingerprint led here)."""
        title = self.tr("Plan")
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index).startswith(title):
                self.tabs.setCurrentIndex(index)

    def _current_scene(self) -> QGraphicsScene | None:
        widget = self.tabs.currentWidget()
        if widget is self.genogram_view:
            return self.genogram
        if widget is self.ecomap_view:
            return self.ecomap
        return None

    def _tab_changed(self, *_args: object) -> None:
        """Print and save act on the drawing shown: off on the table tabs."""
        drawing = self.tabs.currentWidget() in (self.genogram_view, self.ecomap_view)
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
            dialog.resolved.connect(self.reload)
            dialog.finished.connect(self._conflicts_closed)
            self.conflicts_dialog = dialog
        self.conflicts_dialog.open()

    def _conflicts_closed(self, _result: int) -> None:
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.deleteLater()
        self.conflicts_dialog = None

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
        dialog.saved.connect(self.reload)
        dialog.finished.connect(self._forget)
        dialog.open()

    def _forget(self, _result: int) -> None:
        """A closed dialog deletes itself; a lambda holding it would outlive it (crash)."""
        self.dialogs = [d for d in self.dialogs if d is not self.sender()]

    def reload(self, *_args: object) -> None:
        """Read the dossier again on the store lane, then redraw every tab."""
        operations, ctx, case_id = self._operations, self._ctx, self.case_id
        if operations is None or ctx is None or self._closed:
            return
        operations.run(lambda: load_dossier_detail(ctx, case_id), self._reloaded,
                       self._reload_failed)

    def _reloaded(self, detail: DossierDetail) -> None:
        if self._closed:
            return
        self._fill(detail)
        self.reload_count += 1

    def _reload_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if not isinstance(exc, CpiError):
            raise exc
        self._show_message(exc.message())

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
        self._closed = True
        for dialog in list(self.dialogs):
            dialog.reject()
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.reject()
        if self.documents is not None:
            self.documents.close_all()
        super().closeEvent(event)
