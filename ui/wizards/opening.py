"""Opening a dossier: the request (saisine), the persons it concerns and who holds parental
authority over the children. The start of step 1.

The draft of a dossier not yet opened is kept under no dossier, so a phone call cut short at
the permanence loses nothing either. Finer family ties are drawn later in the dossier's
genogram.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from app.domain import PersonRole, RelationshipKind, RequestChannel, RequesterKind
from app.services.base.context import ServiceContext
from app.services.base.outcomes import StepOutcome
from app.services.dossier.opening import (
    OpenCaseInput,
    PersonInput,
    PossibleDuplicate,
    RequestInput,
    TieInput,
    open_case,
)
from app.services.steps.contexts import OpeningContext, opening_context
from ui.accessibility import fit_to_screen
from ui.labels import label
from ui.operations import StoreOperations
from ui.plain import PlainLabel, rich
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from ui.text_limit import add_counter, limit_line
from ui.wizards.draft_wizard import DraftWizard, as_date, rule_label, scrolled

PERSON_ROWS = 6
TIE_KINDS = (RelationshipKind.PARENT, RelationshipKind.STEP_PARENT,
             RelationshipKind.FOSTER_PARENT, RelationshipKind.GRANDPARENT,
             RelationshipKind.GUARDIAN, RelationshipKind.ADMINISTRATOR, RelationshipKind.OTHER)


def parse_birth_date(text: str) -> date | None:
    """A birth date typed as 03/02/2011 (or 3.2.2011); None when empty or unreadable."""
    text = text.strip().replace(".", "/").replace("-", "/")
    for pattern in ("%d/%m/%Y",):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


class OpeningWizard(DraftWizard):
    WIZARD = "open_case"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 case_id: uuid.UUID | None, context: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, context, parent)
        self.setWindowTitle(self.tr("New dossier"))
        fit_to_screen(self, 860, 600)
        self.context: OpeningContext | None = context
        self.addPage(self._request_page())
        self.addPage(self._persons_page())
        self.addPage(self._ties_page())
        self.confirm_new = QCheckBox(self.tr(
            "I checked the similar persons: these are other persons"))
        self.track("confirm_new", self.confirm_new, self.confirm_new.text())
        self.confirm_new.hide()
        self.addPage(self.finish_page(self.tr("Opening the dossier"), self.tr(
            "Finishing opens the dossier at step 1, situation analysis."), self.confirm_new))

    def _request_page(self) -> QWizardPage:
        page, form = self.form_page(
            self.tr("The request"),
            self.tr("Who asks for what, and how the request reached the ONE."))
        office = QComboBox()
        for option in self.context.offices if self.context else ():
            office.addItem(f"{option.locality} — {option.name}", option.code)
        if self.context and self.context.own_office_code:
            office.setCurrentIndex(office.findData(self.context.own_office_code))
        self.track("office", office, self.tr("Regional office"))
        form.addRow(self.tr("Regional office"), office)
        form.addRow(self.tr("Received on"), self.date_field("received_on",
                                                             self.tr("Received on")))
        channel = QComboBox()
        for member in RequestChannel:
            channel.addItem(label(member), member.value)
        self.track("channel", channel, self.tr("Channel"))
        form.addRow(self.tr("Channel"), channel)
        asking = QComboBox()
        for kind in RequesterKind:
            asking.addItem(label(kind), kind.value)
        self.track("requester_kind", asking, self.tr("Who asks"))
        form.addRow(self.tr("Who asks"), asking)
        name = limit_line(QLineEdit(), "request", "requester_name")
        name.setPlaceholderText(self.tr("When not one of the persons below"))
        self.track("requester_name", name, self.tr("Name of who asks"))
        form.addRow(self.tr("Name of who asks"), name)
        what = QPlainTextEdit()
        self.track("what", what, self.tr("What is asked"))
        form.addRow(self.tr("What is asked"), what)
        add_counter(form, what, "request", "what")
        return page

    def _persons_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("The persons concerned"))
        page.setSubTitle(self.tr("The child or young adult the aid is for, the parents and "
                                 "relatives. Birth dates as 03/02/2011."))
        layout = QVBoxLayout(scrolled(page))
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Role"), self.tr("First name"),
                                        self.tr("Last name"), self.tr("Born on"))):
            grid.addWidget(rich(PlainLabel(), "<b>{title}</b>", title=title), 0, column + 1)
        self.rows: list[tuple[QComboBox, QLineEdit, QLineEdit, QLineEdit]] = []
        for row in range(PERSON_ROWS):
            role = QComboBox()
            role.addItem("—", "")
            for member in PersonRole:
                role.addItem(label(member), member.value)
            first, last, born = QLineEdit(), QLineEdit(), QLineEdit()
            limit_line(first, "person", "first_name")
            limit_line(last, "person", "last_name")
            born.setPlaceholderText(self.tr("dd/mm/yyyy"))
            number = row + 1
            self.track(f"person.{row}.role", role, self.tr("Role of person {n}").format(n=number))
            self.track(f"person.{row}.first_name", first,
                       self.tr("First name of person {n}").format(n=number))
            self.track(f"person.{row}.last_name", last,
                       self.tr("Last name of person {n}").format(n=number))
            self.track(f"person.{row}.birth_date", born,
                       self.tr("Birth date of person {n}").format(n=number))
            person = PlainLabel(self.tr("Person &{n}").format(n=number))
            person.setBuddy(role)  # names the row's role for screen readers; Alt+n goes there
            grid.addWidget(person, row + 1, 0)
            for column, widget in enumerate((role, first, last, born)):
                grid.addWidget(widget, row + 1, column + 1)
            born.textChanged.connect(self._check_persons)
            role.currentIndexChanged.connect(self._check_persons)
            self.rows.append((role, first, last, born))
        grid.setColumnStretch(1, 2)
        for column in (2, 3):
            grid.setColumnStretch(column, 3)
        grid.setColumnStretch(4, 2)
        layout.addLayout(grid)
        self.requester = QComboBox()
        self.requester.addItem(self.tr("someone not listed"), -1)
        for row in range(PERSON_ROWS):
            self.requester.addItem(self.tr("person {n}").format(n=row + 1), row)
        self.track("requester_index", self.requester, self.tr("The request comes from"))
        asks = QFormLayout()
        asks.addRow(self.tr("The request comes from"), self.requester)
        layout.addLayout(asks)
        self.persons_check = rule_label("personsCheck")
        layout.addWidget(self.persons_check)
        layout.addStretch()
        return page

    def _ties_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Parental authority"))
        page.setSubTitle(self.tr("For each adult: their tie to the children, whether they hold "
                                 "parental authority and whether they represent them legally. "
                                 "They sign the plan (art. 4)."))
        grid = QGridLayout(scrolled(page))
        self.ties: list[QLabel] = []
        self.tie_rows: list[tuple[QWidget, ...]] = []
        for row in range(PERSON_ROWS):
            name = PlainLabel()
            kind = QComboBox()
            kind.addItem(self.tr("no tie recorded now"), "")
            for member in TIE_KINDS:
                kind.addItem(label(member), member.value)
            authority = QCheckBox(self.tr("parental authority"))
            legal = QCheckBox(self.tr("legal representative"))
            number = row + 1
            self.track(f"tie.{row}.kind", kind, self.tr("Tie of person {n}").format(n=number))
            self.track(f"tie.{row}.authority", authority,
                       self.tr("Person {n} holds parental authority").format(n=number))
            self.track(f"tie.{row}.legal", legal,
                       self.tr("Person {n} is legal representative").format(n=number))
            name.setBuddy(kind)  # the person's name labels their tie
            for column, widget in enumerate((name, kind, authority, legal)):
                grid.addWidget(widget, row, column)
            self.ties.append(name)
            self.tie_rows.append((name, kind, authority, legal))
        grid.setRowStretch(PERSON_ROWS + 2, 1)
        self.no_adult = PlainLabel(self.tr("No parent or relative among the persons: the ties can "
                                       "be drawn later in the genogram."))
        self.no_adult.setWordWrap(True)
        grid.addWidget(self.no_adult, PERSON_ROWS + 1, 0, 1, 4)
        return page

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        adults = 0
        for (role, first, last, _born), widgets in zip(self.rows, self.tie_rows, strict=True):
            adult = role.currentData() in (PersonRole.PARENT.value,
                                           PersonRole.OTHER_RELATIVE.value)
            name = widgets[0]
            assert isinstance(name, QLabel)
            name.setText(f"{first.text()} {last.text()}".strip() if adult else "")
            for widget in widgets:
                widget.setVisible(adult)
            adults += adult
        self.no_adult.setVisible(adults == 0)

    def _check_persons(self, *_args: object) -> None:
        problems = []
        for number, (role, _first, _last, born) in enumerate(self.rows, start=1):
            if born.text().strip() and parse_birth_date(born.text()) is None:
                problems.append(self.tr("Person {n}: type the birth date as 03/02/2011.").format(
                    n=number))
            if role.currentData() in (PersonRole.CHILD.value, PersonRole.YOUNG_ADULT.value) \
                    and not born.text().strip():
                problems.append(self.tr("Person {n}: the birth date of a child or young adult "
                                        "is needed (art. 1, 3).").format(n=number))
        self.persons_check.setText("\n".join(problems))

    @classmethod
    def load_context(cls, ctx: ServiceContext, case_id: uuid.UUID | None) -> OpeningContext:
        return opening_context(ctx)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PossibleDuplicate):
            self.confirm_new.show()
        super()._failed(exc)

    def finish_work(self, values: dict[str, Any]) -> Callable[[], StepOutcome]:
        rows = [row for row in range(PERSON_ROWS) if values[f"person.{row}.role"]]
        persons = tuple(PersonInput(
            PersonRole(values[f"person.{row}.role"]), values[f"person.{row}.first_name"],
            values[f"person.{row}.last_name"],
            parse_birth_date(values[f"person.{row}.birth_date"])) for row in rows)
        beneficiaries = [index for index, person in enumerate(persons)
                         if person.role.is_beneficiary]
        ties = tuple(
            TieInput(index, child, RelationshipKind(values[f"tie.{row}.kind"]),
                     holds_parental_authority=bool(values[f"tie.{row}.authority"]),
                     is_legal_representative=bool(values[f"tie.{row}.legal"]))
            for index, row in enumerate(rows)
            if values[f"tie.{row}.kind"] and index not in beneficiaries
            for child in beneficiaries)
        requester = int(values["requester_index"])
        ctx, data = self._ctx, OpenCaseInput(
            office_code=values["office"],
            request=RequestInput(as_date(values["received_on"]),
                                 RequestChannel(values["channel"]),
                                 RequesterKind(values["requester_kind"]), values["what"],
                                 values["requester_name"]),
            persons=persons,
            requester_index=rows.index(requester) if requester in rows else None,
            confirmed_new_persons=bool(values["confirm_new"]), ties=ties)
        return lambda: open_case(ctx, data).outcome
