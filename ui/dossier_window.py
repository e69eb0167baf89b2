"""One dossier, tab by tab: the family, the requests and the data of every step.

Read-only for now: the step wizards write. The window holds names, so the main window closes
it when the store locks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from app.domain import SignatoryCapacity
from app.domain.steps import step_title
from app.services.dossier_detail import DossierDetail
from ui.caseload_model import short_date
from ui.history_labels import action_label
from ui.labels import label
from ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

Cell = str | date | datetime | Decimal | int | None


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{short_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return short_date(value)
    return str(value)


def _table(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(_text(value))
            item.setToolTip(_text(value))
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), 320))
    return table


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
    def __init__(self, detail: DossierDetail) -> None:
        super().__init__()
        summary = detail.summary
        row = summary.row
        self.case_id = row.case_id  # to reopen it in another language
        self.setObjectName("dossierWindow")
        self.setWindowTitle(self.tr("Dossier {number}").format(number=row.number))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{row.number}</b> — {row.family_name} — "
                         f"{row.current_step} · {step_title(row.current_step).render()}")
        heading.setObjectName("dossierHeading")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        # Fusion draws inactive tabs two pixels lower and clips the accent of "É".
        self.tabs.setStyleSheet("QTabBar::tab { padding: 5px 10px 3px 10px; }")
        layout.addWidget(self.tabs)
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
                                    self.tr("Review by"), self.tr("Signatures")],
                  [(v.number, label(v.state), v.frozen_on, v.validated_on, v.in_force_since,
                    v.review_due_on, "; ".join(
                        self.tr("{name} ({capacity}): {signed}").format(
                            name=s.name, capacity=label(SignatoryCapacity(s.capacity)),
                            signed=_text(s.signed_on) if s.signed_on else self.tr("to sign"))
                        for s in v.signatures)) for v in detail.plan_versions])
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

    def _tab(self, title: str, headers: Sequence[str],
             rows: Sequence[Sequence[Cell]]) -> None:
        table = _table(headers, rows)
        table.setAccessibleName(title)
        self.tabs.addTab(table, f"{title} ({len(rows)})")

    def _yes(self, flag: bool) -> str:
        return self.tr("yes") if flag else ""

    def _quantity(self, quantity: Decimal | None, unit: str | None) -> str:
        if quantity is None:
            return ""
        units = {"day": self.tr("days"), "hour": self.tr("hours"), "month": self.tr("months")}
        return f"{quantity.normalize():f} {units.get(unit or '', '')}".strip()
