"""Correcting what was typed about the family and its network, and ending what ended.

A typo in a name, a new phone number, a father who loses parental authority by a court
decision, a teacher who is no longer involved, a dossier opened by mistake: each dialog gathers
the agent's input on the GUI thread and calls one service of ``app.services.dossier.corrections`` on
the store lane. They keep drafts like every dialog (``StoreDialog``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from enum import StrEnum

from app.domain import DocumentLanguage, PersonRole, RelationshipKind, StakeholderKind
from app.services.base.context import ServiceContext
from app.services.caseload.listing import ContactDetails, PersonView, RelationshipView
from app.services.dossier.corrections import (
    Ending,
    LinkChange,
    PersonCorrection,
    cancel_case,
    change_link,
    correct_person,
    correct_stakeholder,
    end_link,
    end_stakeholder,
    set_document_language,
)
from app.services.dossier.detail import StakeholderView
from app.services.one.network import StakeholderInput
from ui.family_map.dialogs import (
    StoreDialog,
    date_edit,
    day_of,
    enum_combo,
    person_combo,
    text_area,
)
from ui.labels import label
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QLineEdit,
    QWidget,
)


class LinkFate(StrEnum):
    """What happens to a tie: it changes from a date on, or it ends."""

    CHANGES = "changes"
    ENDS = "ends"


class StakeholderFate(StrEnum):
    CORRECTED = "corrected"
    ENDS = "ends"








def _select(combo: QComboBox, record_id: uuid.UUID | None) -> None:
    if record_id is not None and combo.findData(str(record_id)) >= 0:
        combo.setCurrentIndex(combo.findData(str(record_id)))


class CorrectPersonDialog(StoreDialog):
    """Every field of a person, contact details included (``corrections.correct_person``)."""

    DRAFT = "dialog.correct_person"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 persons: Sequence[PersonView], person_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Correct a person"), parent)
        self._persons = {str(p.person_id): p for p in persons}
        self.person = self.row(self.tr("&Person"), person_combo(persons), "person")
        self.role = self.row(self.tr("&Role"), enum_combo(list(PersonRole)), "role")
        self.first_name = self.row(self.tr("&First name"), QLineEdit(), "firstName",
                                   ("person", "first_name"))
        self.last_name = self.row(self.tr("&Last name"), QLineEdit(), "lastName",
                                  ("person", "last_name"))
        self.birth_known = self.row(self.tr("&Birth date known"), QCheckBox(), "birthKnown")
        self.birth_date = self.row(self.tr("Born &on"), date_edit(), "birthDate")
        self.birth_known.toggled.connect(self.birth_date.setEnabled)
        self.street = self.row(self.tr("&Street and number"), QLineEdit(), "street",
                              ("person", "street"))
        self.postal_code = self.row(self.tr("Postal &code"), QLineEdit(), "postalCode",
                              ("person", "postal_code"))
        self.postal_code.setPlaceholderText(self.tr("e.g. L-4011"))
        self.locality = self.row(self.tr("Local&ity"), QLineEdit(), "locality",
                              ("person", "locality"))
        self.phone = self.row(self.tr("&Telephone"), QLineEdit(), "phone",
                              ("person", "phone"))
        self.other_phone = self.row(self.tr("Other telep&hone"), QLineEdit(), "otherPhone",
                              ("person", "other_phone"))
        self.email = self.row(self.tr("&E-mail"), QLineEdit(), "email",
                              ("person", "email"))
        self.school = self.row(self.tr("School or &childcare"), QLineEdit(), "school",
                              ("person", "school"))
        self.language = self.row(self.tr("Lan&guage spoken"), QLineEdit(), "spokenLanguage",
                              ("person", "spoken_language"))
        self.language.setPlaceholderText(self.tr("e.g. Portuguese, Luxembourgish, Tigrinya"))
        self.interpreter = self.row(self.tr("&Interpreter"), QCheckBox(
            self.tr("an interpreter is needed")), "interpreter")
        self.notes = self.row(self.tr("&Notes"), text_area(), "notes", ("person", "notes"))
        self.person.currentIndexChanged.connect(self._fill)
        _select(self.person, person_id)
        self._fill()

    def _fill(self, *_args: object) -> None:
        """Show the chosen person as recorded (the agent corrects from there)."""
        person = self._persons.get(self.person.currentData())
        if person is None:
            return
        contact = person.contact
        self.role.setCurrentIndex(self.role.findData(person.role.value))
        self.first_name.setText(person.first_name)
        self.last_name.setText(person.last_name)
        self.birth_known.setChecked(person.birth_date is not None)
        self.birth_date.setEnabled(person.birth_date is not None)
        if person.birth_date is not None:
            born = person.birth_date
            self.birth_date.setDate(QDate(born.year, born.month, born.day))
        for editor, value in ((self.street, contact.street),
                              (self.postal_code, contact.postal_code),
                              (self.locality, contact.locality), (self.phone, contact.phone),
                              (self.other_phone, contact.other_phone),
                              (self.email, contact.email), (self.school, contact.school),
                              (self.language, contact.spoken_language)):
            editor.setText(value)
        self.interpreter.setChecked(contact.interpreter_needed)
        self.notes.setPlainText(person.notes)

    def work(self) -> Callable[[], None]:
        ctx, person_id = self._ctx, uuid.UUID(self.person.currentData())
        data = PersonCorrection(
            role=PersonRole(self.role.currentData()), first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_date=day_of(self.birth_date.date()) if self.birth_known.isChecked() else None,
            notes=self.notes.toPlainText(),
            contact=ContactDetails(
                street=self.street.text(), postal_code=self.postal_code.text(),
                locality=self.locality.text(), phone=self.phone.text(),
                other_phone=self.other_phone.text(), email=self.email.text(),
                school=self.school.text(), spoken_language=self.language.text(),
                interpreter_needed=self.interpreter.isChecked()))
        return lambda: correct_person(ctx, person_id, data)


def tie_text(link: RelationshipView, names: dict[uuid.UUID, str]) -> str:
    """"Jeff Weber — parent — Léa Tavares (parental authority, legal representative)"."""
    roles = [text for held, text in (
        (link.holds_parental_authority, QCoreApplication.translate(
            "Corrections", "parental authority")),
        (link.is_legal_representative, QCoreApplication.translate(
            "Corrections", "legal representative"))) if held]
    tie = f"{names.get(link.from_person_id, '?')} — {label(link.kind)} — " \
          f"{names.get(link.to_person_id, '?')}"
    return f"{tie} ({', '.join(roles)})" if roles else tie


class ChangeLinkDialog(StoreDialog):
    """A tie changes from a date on, or ends (``corrections.change_link`` / ``end_link``)."""

    DRAFT = "dialog.change_link"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 persons: Sequence[PersonView], links: Sequence[RelationshipView],
                 link_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Change or end a tie"), parent)
        names = {p.person_id: f"{p.first_name} {p.last_name}".strip() for p in persons}
        self._links = {str(link.relationship_id): link for link in links if link.current}
        ties = QComboBox()
        for key, link in self._links.items():
            ties.addItem(tie_text(link, names), key)
        self.link = self.row(self.tr("&Which tie"), ties, "link")
        fate = QComboBox()
        fate.addItem(self.tr("changes from a date on (e.g. a court decision)"),
                     LinkFate.CHANGES.value)
        fate.addItem(self.tr("ends"), LinkFate.ENDS.value)
        self.fate = self.row(self.tr("What &happens"), fate, "fate")
        self.kind = self.row(self.tr("&Relationship"), enum_combo(list(RelationshipKind)),
                             "kind")
        self.authority = self.row(self.tr("Parental &authority"), QCheckBox(
            self.tr("holds parental authority over this person")), "authority")
        self.representative = self.row(self.tr("Legal re&presentative"), QCheckBox(
            self.tr("is this person's legal representative")), "representative")
        self.on = self.row(self.tr("&From / ended on"), date_edit(), "on")
        self.reason = self.row(self.tr("Reas&on"), text_area(), "reason",
                               ("relationship", "end_reason"))
        self.reason.setPlaceholderText(self.tr(
            "e.g. Judgment of the youth court of 1 December 2026"))
        self.explanation = PlainLabel(self.tr(
            "The tie as it was stays in the history. The next plan version asks for the "
            "signatures that follow from the tie as it is; a version already signed stays as "
            "signed."))
        self.explanation.setWordWrap(True)
        self.form.addRow(self.explanation)
        self.setMinimumWidth(640)  # the ties read whole: names, kind and legal roles
        self.link.currentIndexChanged.connect(self._fill)
        self.fate.currentIndexChanged.connect(self._show_fields)
        _select(self.link, link_id)
        self._fill()
        self._show_fields()

    def _fill(self, *_args: object) -> None:
        link = self._links.get(self.link.currentData())
        if link is None:
            return
        self.kind.setCurrentIndex(self.kind.findData(link.kind.value))
        self.authority.setChecked(link.holds_parental_authority)
        self.representative.setChecked(link.is_legal_representative)

    def _show_fields(self, *_args: object) -> None:
        changes = self.fate.currentData() == LinkFate.CHANGES.value
        for widget in (self.kind, self.authority, self.representative):
            widget.setVisible(changes)
            caption = self.form.labelForField(widget)
            if caption is not None:
                caption.setVisible(changes)

    def work(self) -> Callable[[], object]:
        ctx = self._ctx
        if not self._links:
            return lambda: None
        link_id = uuid.UUID(self.link.currentData())
        on, reason = day_of(self.on.date()), self.reason.toPlainText()
        if self.fate.currentData() == LinkFate.ENDS.value:
            ending = Ending(on, reason)
            return lambda: end_link(ctx, link_id, ending)
        change = LinkChange(RelationshipKind(self.kind.currentData()),
                            self.authority.isChecked(), self.representative.isChecked(),
                            on, reason)
        return lambda: change_link(ctx, link_id, change)


class StakeholderDialog(StoreDialog):
    """Correct a professional, or record that they are no longer involved."""

    DRAFT = "dialog.stakeholder"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 stakeholders: Sequence[StakeholderView],
                 stakeholder_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Correct or end a stakeholder"),
                         parent)
        self._stakeholders = {str(s.stakeholder_id): s for s in stakeholders
                              if s.ended_on is None}
        chooser = QComboBox()
        for key, stakeholder in self._stakeholders.items():
            chooser.addItem(f"{stakeholder.name} — {label(stakeholder.kind)}", key)
        self.stakeholder = self.row(self.tr("&Stakeholder"), chooser, "stakeholder")
        fate = QComboBox()
        fate.addItem(self.tr("corrected"), StakeholderFate.CORRECTED.value)
        fate.addItem(self.tr("no longer involved"), StakeholderFate.ENDS.value)
        self.fate = self.row(self.tr("What &happens"), fate, "fate")
        self.kind = self.row(self.tr("&Kind"), enum_combo(list(StakeholderKind)), "kind")
        self.name = self.row(self.tr("&Name"), QLineEdit(), "name", ("stakeholder", "name"))
        self.role = self.row(self.tr("Agreed &role"), QLineEdit(), "role", ("stakeholder", "role"))
        self.organisation = self.row(self.tr("&Organisation"), QLineEdit(), "organisation",
                                     ("stakeholder", "organisation"))
        self.contact = self.row(self.tr("&Contact"), QLineEdit(), "contact",
                                ("stakeholder", "contact"))
        self.ended_on = self.row(self.tr("&Ended on"), date_edit(), "endedOn")
        self.reason = self.row(self.tr("Reas&on"), text_area(), "reason",
                               ("stakeholder", "end_reason"))
        self.stakeholder.currentIndexChanged.connect(self._fill)
        self.fate.currentIndexChanged.connect(self._show_fields)
        _select(self.stakeholder, stakeholder_id)
        self._fill()
        self._show_fields()

    def _fill(self, *_args: object) -> None:
        found = self._stakeholders.get(self.stakeholder.currentData())
        if found is None:
            return
        self.kind.setCurrentIndex(self.kind.findData(found.kind.value))
        for editor, value in ((self.name, found.name), (self.role, found.role),
                              (self.organisation, found.organisation),
                              (self.contact, found.contact)):
            editor.setText(value)

    def _show_fields(self, *_args: object) -> None:
        ends = self.fate.currentData() == StakeholderFate.ENDS.value
        for widget, shown in ((self.kind, not ends), (self.name, not ends),
                              (self.role, not ends), (self.organisation, not ends),
                              (self.contact, not ends), (self.ended_on, ends),
                              (self.reason, ends)):
            widget.setVisible(shown)
            caption = self.form.labelForField(widget)
            if caption is not None:
                caption.setVisible(shown)

    def work(self) -> Callable[[], None]:
        ctx = self._ctx
        if not self._stakeholders:
            return lambda: None
        stakeholder_id = uuid.UUID(self.stakeholder.currentData())
        if self.fate.currentData() == StakeholderFate.ENDS.value:
            ending = Ending(day_of(self.ended_on.date()), self.reason.toPlainText())
            return lambda: end_stakeholder(ctx, stakeholder_id, ending)
        data = StakeholderInput(StakeholderKind(self.kind.currentData()), self.name.text(),
                                self.role.text(), self.organisation.text(),
                                self.contact.text())
        return lambda: correct_stakeholder(ctx, stakeholder_id, data)


class DocumentLanguageDialog(StoreDialog):
    """The family's language for every document, chosen once on the dossier."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 current: DocumentLanguage, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Language of the family's documents"),
                         parent)
        combo = QComboBox()
        combo.addItem("Français", DocumentLanguage.FRENCH.value)  # each in its own language
        combo.addItem("Deutsch", DocumentLanguage.GERMAN.value)
        self.language = self.row(self.tr("&Language"), combo, "documentLanguage")
        self.language.setCurrentIndex(self.language.findData(current.value))
        explanation = PlainLabel(self.tr(
            "Plans, letters and summaries of this dossier open in this language; the preview "
            "still lets you print one in the other."))
        explanation.setWordWrap(True)
        self.form.addRow(explanation)

    def work(self) -> Callable[[], None]:
        ctx, case_id = self._ctx, self.case_id
        language = DocumentLanguage(self.language.currentData())
        return lambda: set_document_language(ctx, case_id, language)


class CancelDossierDialog(StoreDialog):
    """A dossier opened by mistake leaves the caseload, kept for the ONE."""

    DRAFT = "dialog.cancel_case"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 number: str, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id,
                         self.tr("Cancel dossier {number}").format(number=number), parent)
        explanation = PlainLabel(self.tr(
            "Only for a dossier opened by mistake (a duplicate, the wrong family). It leaves "
            "your caseload and the search; nothing is deleted and the ONE still sees it. A "
            "dossier whose plan was signed is closed instead (step 8)."))
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.reason = self.row(self.tr("&Why"), text_area(90), "reason",
                               ("case_file", "cancel_reason"))
        self.reason.setPlaceholderText(self.tr("e.g. Duplicate of dossier SUD-2026-4F2A1C"))
        self.ok.setText(self.tr("Cancel the dossier"))
        self.ok.setAccessibleName(self.ok.text())

    def work(self) -> Callable[[], None]:
        ctx, case_id, reason = self._ctx, self.case_id, self.reason.toPlainText()
        return lambda: cancel_case(ctx, case_id, reason)
