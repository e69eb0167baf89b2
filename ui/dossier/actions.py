"""The dossier's Actions: every intention of the CPI process the law allows at any step.

A new request (a young adult's own request at 18, art. 1), a contact note, a request for
review or revocation of the plan and its answer (art. 4), a review without change (art. 6),
a version the family refused set aside before signature, a closed dossier reopened with a
reason, the signed scans of a version shown inside the application, and a person of age
anonymised at their own request (art. 7), once confirmed. Each dialog calls one
service on the store lane (``StoreDialog``: drafts, refusals under the fields with the typing
kept); ``DossierActionsMenu`` enables only what the dossier's state allows.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime

from app.domain import (
    CaseState,
    ContactChannel,
    PersonRole,
    PlanState,
    RequestChannel,
    RequesterKind,
    ReviewRequestKind,
    ReviewRequestOutcome,
)
from app.errors import UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from app.rules.ages import ADULT_AGE, age_on
from app.services.base.context import ServiceContext
from app.services.caseload.listing import PersonView
from app.services.dossier.closure import reopen_case
from app.services.dossier.detail import DossierDetail, PlanVersionView, ReviewRequestView
from app.services.dossier.opening import RequestInput, record_request
from app.services.one.duties import anonymise_person
from app.services.plan.reviews import (
    OPEN_TO_REQUESTS,
    answer_review_request,
    record_plan_review,
    request_plan_review,
)
from app.services.plan.scans import ScanInfo, scan_content, signed_scans
from app.services.plan.versions import discard_plan_version
from app.services.steps.coordination import ContactInput, log_contact
from ui.caseload_model import short_date
from ui.documents.page_viewer import PageViewer
from ui.documents.pages import page_images
from ui.family_map.dialogs import (
    StoreDialog,
    date_edit,
    day_of,
    enum_combo,
    person_combo,
    text_area,
)
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QAction,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QImage,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    Qt,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from ui.unlock_dialog import ERROR_STYLE

Lane = tuple[StoreOperations, ServiceContext]








def _note(text: str) -> QLabel:
    explanation = PlainLabel(text)
    explanation.setWordWrap(True)
    explanation.setObjectName("explanation")
    return explanation


def _full_name(person: PersonView) -> str:
    return f"{person.first_name} {person.last_name}".strip()


def parse_time(text: str) -> tuple[int, int] | None:
    """"14:30" or "14h30" as (hour, minute); None when unreadable."""
    hours, _, minutes = text.strip().lower().replace("h", ":").partition(":")
    try:
        hour, minute = int(hours), int(minutes or 0)
    except ValueError:
        return None
    return (hour, minute) if 0 <= hour < 24 and 0 <= minute < 60 else None


def kind_label(kind: ReviewRequestKind) -> str:
    return {ReviewRequestKind.REVIEW: QCoreApplication.translate("DossierActions", "review"),
            ReviewRequestKind.REVOCATION: QCoreApplication.translate(
                "DossierActions", "revocation")}[kind]


def outcome_label(outcome: ReviewRequestOutcome) -> str:
    return {
        ReviewRequestOutcome.PENDING: QCoreApplication.translate("DossierActions", "pending"),
        ReviewRequestOutcome.PLAN_CONFIRMED: QCoreApplication.translate(
            "DossierActions", "plan confirmed"),
        ReviewRequestOutcome.NEW_VERSION: QCoreApplication.translate(
            "DossierActions", "a new version of the plan"),
        ReviewRequestOutcome.PLAN_REVOKED: QCoreApplication.translate(
            "DossierActions", "plan revoked"),
        ReviewRequestOutcome.WITHDRAWN: QCoreApplication.translate(
            "DossierActions", "request withdrawn"),
    }[outcome]


def request_text(request: ReviewRequestView) -> str:
    """"Revocation asked by Ana Sofia Tavares on 14/03/2026 (version 2)"."""
    return QCoreApplication.translate(
        "DossierActions", "{kind} asked by {name} on {date} (version {number})").format(
        kind=kind_label(request.kind).capitalize(), name=request.requested_by,
        date=short_date(request.requested_on), number=request.version_number)


def current_version(detail: DossierDetail) -> PlanVersionView | None:
    """The version a request for review or revocation concerns (art. 4): the newest one
    signed, validated or in force, or ready to sign."""
    return next((v for v in detail.plan_versions if v.state in OPEN_TO_REQUESTS), None)


def version_in_force(detail: DossierDetail) -> PlanVersionView | None:
    return next((v for v in detail.plan_versions if v.state is PlanState.IN_FORCE), None)


def unsigned_version(detail: DossierDetail) -> PlanVersionView | None:
    """A version ready to sign that nobody signed yet (the family may still refuse it)."""
    return next((v for v in detail.plan_versions if v.state is PlanState.READY_TO_SIGN
                 and not any(s.signed_on for s in v.signatures)), None)


def pending_requests(detail: DossierDetail) -> list[ReviewRequestView]:
    return [r for r in detail.review_requests if r.outcome is ReviewRequestOutcome.PENDING]


class NewRequestDialog(StoreDialog):
    """A further request in the dossier, at any step (``cases.record_request``)."""

    DRAFT = "dialog.new_request"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 persons: Sequence[PersonView], parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("New request"), parent)
        self._persons = {str(p.person_id): p for p in persons}
        self.received_on = self.row(self.tr("&Received on"), date_edit(), "receivedOn")
        self.channel = self.row(self.tr("&Channel"), enum_combo(list(RequestChannel)),
                                "channel")
        who = person_combo(persons)
        who.insertItem(0, self.tr("someone else (type the name below)"), "")
        who.setCurrentIndex(0)
        self.person = self.row(self.tr("Who &asks"), who, "person")
        self.kind = self.row(self.tr("As &whom"), enum_combo(list(RequesterKind)), "kind")
        self.name = self.row(self.tr("&Name"), QLineEdit(), "name", ("request", "requester_name"))
        self.name.setPlaceholderText(self.tr("e.g. Mrs Muller, teacher at the Brill school"))
        self.what = self.row(self.tr("What is as&ked"), text_area(), "what", ("request", "what"))
        self.young_adult = _note(self.tr(
            "A young adult (18 to 26) is helped only on her or his own request (art. 1): "
            "recorded as a young adult's request, it lets this person be a beneficiary of the "
            "next plan."))
        self.form.addRow(self.young_adult)
        self.person.currentIndexChanged.connect(self._person_chosen)
        self.received_on.dateChanged.connect(self._person_chosen)
        self._person_chosen()

    def _age(self, person: PersonView) -> int | None:
        if person.birth_date is None:
            return None
        return age_on(person.birth_date, day_of(self.received_on.date()))

    def _person_chosen(self, *_args: object) -> None:
        """A person of the dossier asks: their kind follows from role and age (18 or more:
        a young adult's own request); someone else is named."""
        person = self._persons.get(self.person.currentData() or "")
        self.name.setEnabled(person is None)
        caption = self.form.labelForField(self.name)
        if caption is not None:
            caption.setEnabled(person is None)
        adult = person is not None and (self._age(person) or 0) >= ADULT_AGE
        self.young_adult.setVisible(adult and person is not None and person.role.is_beneficiary)
        if person is None or self._restoring:
            return
        if adult and person.role.is_beneficiary:
            kind = RequesterKind.YOUNG_ADULT
        elif person.role is PersonRole.PARENT:
            kind = RequesterKind.PARENT
        elif person.role.is_beneficiary:
            kind = RequesterKind.CHILD
        else:
            kind = RequesterKind.OTHER_RELATIVE
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def work(self) -> Callable[[], uuid.UUID]:
        ctx, case_id = self._ctx, self.case_id
        chosen = self.person.currentData() or ""
        data = RequestInput(
            received_on=day_of(self.received_on.date()),
            channel=RequestChannel(self.channel.currentData()),
            requester_kind=RequesterKind(self.kind.currentData()),
            what=self.what.toPlainText(),
            requester_name="" if chosen else self.name.text(),
            requester_person_id=uuid.UUID(chosen) if chosen else None)
        return lambda: record_request(ctx, case_id, data)


class ContactNoteDialog(StoreDialog):
    """A contact noted at any step (``coordination.log_contact``); a correction is a new
    note."""

    DRAFT = "dialog.contact_note"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Contact note"), parent)
        self.on = self.row(self.tr("&On"), date_edit(), "on")
        self.time = self.row(self.tr("A&t"), QLineEdit(datetime.now().strftime("%H:%M")),
                             "time")
        self.time.setPlaceholderText(self.tr("e.g. 14:30"))
        self.with_whom = self.row(self.tr("&With whom"), QLineEdit(), "withWhom",
                                   ("contact_log", "with_whom"))
        self.with_whom.setPlaceholderText(self.tr("e.g. Mrs Tavares and Léa"))
        self.channel = self.row(self.tr("&How"), enum_combo(list(ContactChannel)), "channel")
        self.summary = self.row(self.tr("What was &said or agreed"), text_area(110),
                                "summary", ("contact_log", "summary"))
        self.form.addRow(_note(self.tr(
            "Contact notes are kept as written: to correct one, add a new note that says so.")))

    def work(self) -> Callable[[], uuid.UUID]:
        ctx, case_id = self._ctx, self.case_id
        time = parse_time(self.time.text())
        if time is None:
            raise UserInputError(QT_TRANSLATE_NOOP(
                "DossierActions", "Type the time as hours and minutes, e.g. 14:30."))
        day = day_of(self.on.date())
        at = datetime(day.year, day.month, day.day, *time).astimezone()
        data = ContactInput(at, self.with_whom.text(),
                            ContactChannel(self.channel.currentData()),
                            self.summary.toPlainText())
        return lambda: log_contact(ctx, case_id, data)


class ReviewRequestDialog(StoreDialog):
    """Art. 4: the child, a parent or a legal representative asks for a review or the
    revocation of the plan (``reviews.request_plan_review``)."""

    DRAFT = "dialog.review_request"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 version: PlanVersionView, persons: Sequence[PersonView],
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id,
                         self.tr("Request for review or revocation"), parent)
        self.version_id = version.version_id
        self.form.addRow(_note(self.tr(
            "On version {number} of the plan. The child, the parents and the legal "
            "representatives may ask at any time for its review or its revocation "
            "(art. 4).").format(number=version.number)))
        self.person = self.row(self.tr("Who &asks"), person_combo(persons), "person")
        kind = QComboBox()
        for value in ReviewRequestKind:
            kind.addItem(kind_label(value), value.value)
        self.kind = self.row(self.tr("&Asks for"), kind, "kind")
        self.on = self.row(self.tr("&On"), date_edit(), "on")
        self.grounds = self.row(self.tr("&Grounds"), text_area(), "grounds",
                                 ("plan_review_request", "grounds"))
        self.grounds.setPlaceholderText(self.tr("what the person says, in their words"))

    def work(self) -> Callable[[], uuid.UUID]:
        ctx, version_id = self._ctx, self.version_id
        person_id = uuid.UUID(self.person.currentData())
        kind = ReviewRequestKind(self.kind.currentData())
        on, grounds = day_of(self.on.date()), self.grounds.toPlainText()
        return lambda: request_plan_review(ctx, version_id, person_id, kind, on, grounds)


class AnswerReviewDialog(StoreDialog):
    """How a request for review or revocation ended (``reviews.answer_review_request``)."""

    DRAFT = "dialog.answer_review"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 requests: Sequence[ReviewRequestView], parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id,
                         self.tr("Answer a request for review or revocation"), parent)
        self._requests = {str(r.request_id): r for r in requests}
        chooser = QComboBox()
        for key, request in self._requests.items():
            chooser.addItem(request_text(request), key)
        chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.request = self.row(self.tr("&Request"), chooser, "request")
        self.grounds = _note("")
        self.form.addRow(self.grounds)
        outcome = QComboBox()
        for value in (ReviewRequestOutcome.PLAN_CONFIRMED, ReviewRequestOutcome.NEW_VERSION,
                      ReviewRequestOutcome.PLAN_REVOKED, ReviewRequestOutcome.WITHDRAWN):
            outcome.addItem(outcome_label(value), value.value)
        self.outcome = self.row(self.tr("&Outcome"), outcome, "outcome")
        self.on = self.row(self.tr("&On"), date_edit(), "on")
        self.note = self.row(self.tr("&Note for the family"), text_area(), "note",
                              ("plan_review_request", "outcome_note"))
        self.meaning = _note("")
        self.form.addRow(self.meaning)
        self.request.currentIndexChanged.connect(self._show_request)
        self.outcome.currentIndexChanged.connect(self._explain)
        self._show_request()
        self._explain()

    def _show_request(self, *_args: object) -> None:
        request = self._requests.get(self.request.currentData())
        grounds = request.grounds if request is not None else ""
        self.grounds.setText(self.tr("Grounds: {grounds}").format(grounds=grounds)
                             if grounds else "")
        self.grounds.setVisible(bool(grounds))
        if request is not None and request.kind is ReviewRequestKind.REVOCATION \
                and not self._restoring:
            self.outcome.setCurrentIndex(self.outcome.findData(
                ReviewRequestOutcome.PLAN_REVOKED.value))

    def _explain(self, *_args: object) -> None:
        outcome = ReviewRequestOutcome(self.outcome.currentData())
        self.meaning.setText({
            ReviewRequestOutcome.PLAN_CONFIRMED: self.tr(
                "The plan stays as it is; this counts as its review: the next one is due in "
                "twelve months (art. 6)."),
            ReviewRequestOutcome.NEW_VERSION: self.tr(
                "The plan will be changed: prepare a new version (step 4); the current one "
                "stays in force until the new one is."),
            ReviewRequestOutcome.PLAN_REVOKED: self.tr(
                "The plan ends on this date at the family's request (art. 4), and so do its "
                "measures still running, with your note as their reason; a placement so ended "
                "leaves the next semester list (art. 6)."),
            ReviewRequestOutcome.WITHDRAWN: self.tr(
                "The person withdrew the request: nothing changes."),
        }.get(outcome, ""))

    def work(self) -> Callable[[], None]:
        ctx = self._ctx
        if not self._requests:
            return lambda: None
        request_id = uuid.UUID(self.request.currentData())
        outcome = ReviewRequestOutcome(self.outcome.currentData())
        on, note = day_of(self.on.date()), self.note.toPlainText()
        return lambda: answer_review_request(ctx, request_id, outcome, on, note)


class PlanReviewDialog(StoreDialog):
    """Art. 6: the plan in force re-examined at its due date, with or without change
    (``reviews.record_plan_review``); once saved it shows the next due date."""

    DRAFT = "dialog.plan_review"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 version: PlanVersionView, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Review of the plan"), parent)
        self.version_id = version.version_id
        due = short_date(version.review_due_on) if version.review_due_on else "—"
        self.form.addRow(_note(self.tr(
            "Version {number}, in force since {since}. The plan is re-examined at least every "
            "twelve months (art. 6); this review was due by {due}.").format(
            number=version.number, due=due,
            since=short_date(version.in_force_since) if version.in_force_since else "—")))
        self.on = self.row(self.tr("Reviewed &on"), date_edit(), "on")
        self.conclusion = self.row(self.tr("&Conclusion"), text_area(110), "conclusion",
                                    ("plan_review", "conclusion"))
        self.conclusion.setPlaceholderText(self.tr(
            "e.g. Objectives and measures kept; school attendance improved"))
        self.next_due = PlainLabel()
        self.next_due.setObjectName("nextDue")
        self.next_due.setWordWrap(True)
        self.next_due.hide()
        self.form.addRow(self.next_due)

    def work(self) -> Callable[[], date]:
        ctx, version_id = self._ctx, self.version_id
        on, conclusion = day_of(self.on.date()), self.conclusion.toPlainText()
        return lambda: record_plan_review(ctx, version_id, on, conclusion)

    def _done(self, result: object) -> None:
        """Saved: say when the next review is due, and stay open until the agent closes."""
        if self._closed or not isinstance(result, date):
            return
        self.problem.hide()
        self.next_due.setText(self.tr("Saved. The next review is due by {date}.").format(
            date=short_date(result)))
        self.next_due.setAccessibleName(self.next_due.text())
        self.next_due.show()
        for field in (self.on, self.conclusion):
            field.setEnabled(False)
        self.ok.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        close.setAccessibleName(close.text())
        close.setFocus()
        self.saved.emit(result)


class DiscardVersionDialog(StoreDialog):
    """A version ready to sign that the family refuses, set aside with the reason
    (``plans.discard_plan_version``)."""

    DRAFT = "dialog.discard_version"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 version: PlanVersionView, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Discard version {number}").format(
            number=version.number), parent)
        self.version_id = version.version_id
        self.form.addRow(_note(self.tr(
            "Nobody has signed this version yet. Discarded, it is kept with your reason but "
            "never printed again; prepare a new version for the family to sign.")))
        self.reason = self.row(self.tr("&Why"), text_area(90), "reason",
                               ("plan_version", "end_reason"))
        self.reason.setPlaceholderText(self.tr(
            "e.g. The parents refuse the day care; they want home support"))
        self.ok.setText(self.tr("Discard the version"))
        self.ok.setAccessibleName(self.ok.text())

    def work(self) -> Callable[[], None]:
        ctx, version_id, reason = self._ctx, self.version_id, self.reason.toPlainText()
        return lambda: discard_plan_version(ctx, version_id, reason)


class ReopenDialog(StoreDialog):
    """A closed dossier reopened with a reason: work starts again at step 1
    (``closure.reopen_case``)."""

    DRAFT = "dialog.reopen"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 number: str, parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id,
                         self.tr("Reopen dossier {number}").format(number=number), parent)
        self.form.addRow(_note(self.tr(
            "The dossier opens again at step 1, a new analysis; everything recorded before "
            "stays as it was.")))
        self.on = self.row(self.tr("Reopened &on"), date_edit(), "on")
        self.reason = self.row(self.tr("&Why"), text_area(90), "reason",
                               ("case_reopening", "reason"))
        self.reason.setPlaceholderText(self.tr("e.g. The mother asks for help again"))
        self.ok.setText(self.tr("Reopen the dossier"))
        self.ok.setAccessibleName(self.ok.text())

    def work(self) -> Callable[[], None]:
        ctx, case_id = self._ctx, self.case_id
        on, reason = day_of(self.on.date()), self.reason.toPlainText()
        return lambda: reopen_case(ctx, case_id, on, reason)


def scan_pages(content: bytes, media_type: str) -> list[QImage]:
    """The pages of a scan as images, in memory (never a file): a PDF through the print
    preview's renderer, an image as it is. Runs on the store lane."""
    if media_type == "application/pdf":
        return page_images(content)
    image = QImage.fromData(content)
    return [] if image.isNull() else [image]


class SignedScansDialog(QDialog):
    """The scans of a version's signed pages, listed and shown page by page in the app."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 versions: Sequence[PlanVersionView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._ctx = ctx
        self._closed = False
        self.setWindowTitle(self.tr("Signed scans"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1000, 720)
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        self.version = QComboBox()
        self.version.setObjectName("version")
        self.version.setAccessibleName(self.tr("Plan version"))
        for version in versions:
            self.version.addItem(self.tr("Version {number} — scans: {count}").format(
                number=version.number, count=version.scans), str(version.version_id))
        caption = PlainLabel(self.tr("&Version"))
        caption.setBuddy(self.version)
        side.addWidget(caption)
        side.addWidget(self.version)
        self.scans = QListWidget()
        self.scans.setObjectName("scans")
        self.scans.setAccessibleName(self.tr("Scans"))
        listed = PlainLabel(self.tr("&Scans"))
        listed.setBuddy(self.scans)
        side.addWidget(listed)
        side.addWidget(self.scans, 1)
        self.problem = PlainLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        side.addWidget(self.problem)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        side.addWidget(close)
        holder = QWidget()
        holder.setLayout(side)
        holder.setFixedWidth(280)
        layout.addWidget(holder)
        self.viewer = PageViewer(self.tr("Page of the scan"))
        self.page_view, self.page_label = self.viewer.page_view, self.viewer.page_label
        layout.addWidget(self.viewer, 1)
        self.version.currentIndexChanged.connect(self._load_list)
        self.scans.currentRowChanged.connect(self._load_scan)
        self._infos: list[ScanInfo] = []
        self._load_list()

    def _load_list(self, *_args: object) -> None:
        key = self.version.currentData()
        if not key:
            return
        ctx, version_id = self._ctx, uuid.UUID(key)
        self._operations.run(lambda: signed_scans(ctx, version_id), self._listed,
                             shown_in=self)

    def _listed(self, infos: list[ScanInfo]) -> None:
        if self._closed or not is_alive(self):
            return
        self._infos = infos
        self.scans.clear()
        for info in infos:
            if info.pages == 1:
                pages = self.tr("1 page")
            elif info.pages:
                pages = self.tr("{count} pages").format(count=info.pages)
            else:
                pages = self.tr("pages unknown")
            item = QListWidgetItem(self.tr("{date} — {pages} — {size}").format(
                date=short_date(info.uploaded_at.astimezone().date()), pages=pages,
                size=self._size(info.size)))
            self.scans.addItem(item)
        if infos:
            self.scans.setCurrentRow(0)
        else:
            self.viewer.clear()

    def _size(self, size: int) -> str:
        if size >= 1024 * 1024:
            return self.tr("{size} MB").format(size=f"{size / 1024 / 1024:.1f}")
        return self.tr("{size} kB").format(size=max(1, round(size / 1024)))

    def _load_scan(self, row: int) -> None:
        if not 0 <= row < len(self._infos):
            return
        ctx, info = self._ctx, self._infos[row]
        self.problem.hide()
        self._operations.run(lambda: scan_pages(scan_content(ctx, info.id), info.media_type),
                             self._rendered, shown_in=self)

    def _rendered(self, pages: list[QImage]) -> None:
        if self._closed or not is_alive(self):
            return
        if not pages:
            self._say(self.tr("This scan's content is no longer kept on this computer."))
        self.viewer.set_pages(pages)

    @property
    def page_count(self) -> int:
        return self.viewer.page_count

    def show_failure(self, message: str) -> None:
        if not self._closed:
            self._say(message)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def done(self, result: int) -> None:
        self._closed = True
        self.viewer.clear()  # the family's signatures leave memory with the dialog
        super().done(result)


def anonymisable(persons: Sequence[PersonView], on: date) -> list[PersonView]:
    """The children and young adults of the dossier of age on ``on``, not anonymised yet."""
    return [p for p in persons if p.role.is_beneficiary and p.birth_date is not None
            and age_on(p.birth_date, on) >= ADULT_AGE]


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


#: Wide enough for the confirmation's label beside its field, in French and German.
DIALOG_WIDTH = 720


class AnonymisePersonDialog(StoreDialog):
    """Art. 7: a person of age asks that their data be anonymised
    (``duties.anonymise_person``). Says what happens and that it cannot be undone, and asks
    for the person's family name typed again before it lets the agent go on. Keeps no draft:
    a draft would keep the name this dialog is about to remove."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 persons: Sequence[PersonView], parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Anonymise a person (art. 7)"),
                         parent)
        self._persons = {str(p.person_id): p for p in persons}
        self.setMinimumWidth(DIALOG_WIDTH)
        self._explain(_note(self.tr(
            "At their own request, a child or young adult of this dossier who is of age has "
            "their data anonymised (art. 7). Their names, birth date, contact details, notes, "
            "assessments, objectives and measures are replaced by “—” everywhere: in every "
            "record, including deleted and superseded ones, in the plans and their signed "
            "scans (the scans' files are removed), in other texts of the dossier that name "
            "them, in drafts, in changes not yet synchronised, on the ONE's server and on "
            "every computer holding the dossier at its next synchronisation.")))
        self._explain(_note(self.tr(
            "Their brothers and sisters and the rest of the family keep their data. The "
            "statistics still count the person, in their age group. What is recorded: that "
            "the anonymisation happened, when, at their request and by you.")))
        warning = PlainLabel(self.tr("This cannot be undone."))
        warning.setObjectName("irreversible")
        warning.setStyleSheet(ERROR_STYLE)
        self.form.addRow(warning)
        self.person = self.row(self.tr("&Person who asks"), person_combo(persons), "person")
        self.on = self.row(self.tr("&Asked on"), date_edit(), "on")
        self.confirm = self.row(self.tr("&Type their family name to confirm"), QLineEdit(),
                                "confirmName")
        self.ok.setText(self.tr("Anonymise for good"))
        self.ok.setAccessibleName(self.ok.text())
        self.person.currentIndexChanged.connect(self._check)
        self.confirm.textChanged.connect(self._check)
        self._check()

    def _explain(self, note: QLabel) -> None:
        """A long note, as tall as its wrapped lines (a form row does not grow for them)."""
        note.setMinimumHeight(note.heightForWidth(DIALOG_WIDTH - 40))
        self.form.addRow(note)

    def chosen(self) -> PersonView | None:
        return self._persons.get(self.person.currentData() or "")

    def _confirmed(self) -> bool:
        person = self.chosen()
        typed = _folded(self.confirm.text())
        return person is not None and bool(typed) and typed == _folded(person.last_name)

    def _check(self, *_args: object) -> None:
        self.ok.setEnabled(self._confirmed())

    def work(self) -> Callable[[], None]:
        person = self.chosen()
        if person is None or not self._confirmed():
            raise UserInputError(QT_TRANSLATE_NOOP(
                "DossierActions", "Type the family name of the person who asks, as it is "
                                  "written in the dossier, to confirm."))
        ctx, person_id, on = self._ctx, person.person_id, day_of(self.on.date())
        return lambda: anonymise_person(ctx, person_id, on)


class DossierActionsMenu(QMenu):
    """Every intention the law allows on the dossier now; the others are greyed out with
    the reason in their tooltip."""

    def __init__(self, lane: Lane | None, open_dialog: Callable[[StoreDialog], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionsMenu")
        self.setToolTipsVisible(True)
        self._lane = lane
        self._open_dialog = open_dialog
        self._detail: DossierDetail | None = None
        self.scans_dialog: SignedScansDialog | None = None
        self.new_request = self._entry(self.tr("&New request…"), self._new_request)
        self.contact = self._entry(self.tr("&Contact note…"), self._contact)
        self.addSeparator()
        self.review_request = self._entry(
            self.tr("&Review or revocation requested…"), self._review_request)
        self.answer = self._entry(self.tr("&Answer a request for review or revocation…"),
                                  self._answer)
        self.plan_review = self._entry(self.tr("Plan re&viewed without change…"),
                                       self._plan_review)
        self.discard = self._entry(self.tr("&Discard the version ready to sign…"),
                                   self._discard)
        self.scans = self._entry(self.tr("&Signed scans…"), self._scans)
        self.addSeparator()
        self.reopen = self._entry(self.tr("Re&open the dossier…"), self._reopen)
        self.anonymise = self._entry(self.tr("Anon&ymise a person of age (art. 7)…"),
                                     self._anonymise)

    def _entry(self, text: str, slot: Callable[[], None]) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(slot)
        action.setEnabled(False)
        return action

    def fill(self, detail: DossierDetail) -> None:
        """Enable what the dossier's state allows; say why the rest is not."""
        self._detail = detail
        is_open = detail.summary.row.state is CaseState.OPEN and self._lane is not None
        closed = detail.summary.row.state is CaseState.CLOSED and self._lane is not None
        why_closed = self.tr("The dossier is closed: reopen it first.")
        for action, allowed, why in (
                (self.new_request, is_open, why_closed),
                (self.contact, is_open, why_closed),
                (self.review_request, is_open and current_version(detail) is not None,
                 self.tr("Only once a plan version is ready to sign, signed or in force.")),
                (self.answer, is_open and bool(pending_requests(detail)),
                 self.tr("No request for review or revocation is waiting for an answer.")),
                (self.plan_review, is_open and version_in_force(detail) is not None,
                 self.tr("Only for a plan in force.")),
                (self.discard, is_open and unsigned_version(detail) is not None,
                 self.tr("Only for a version ready to sign that nobody signed yet.")),
                (self.scans, self._lane is not None and any(
                    v.scans for v in detail.plan_versions),
                 self.tr("No scan of signed pages is attached to this dossier.")),
                (self.reopen, closed, self.tr("The dossier is open.")),
                (self.anonymise, self._lane is not None and bool(
                    anonymisable(detail.summary.persons, date.today())),
                 self.tr("Only a child or young adult of the dossier who is of age may ask "
                         "for the anonymisation of their data (art. 7)."))):
            action.setEnabled(allowed)
            action.setToolTip("" if allowed else why)

    def _ready(self) -> tuple[StoreOperations, ServiceContext, DossierDetail] | None:
        if self._lane is None or self._detail is None:
            return None
        return self._lane[0], self._lane[1], self._detail

    def _new_request(self) -> None:
        if (ready := self._ready()) is not None:
            operations, ctx, detail = ready
            self._open_dialog(NewRequestDialog(operations, ctx, detail.summary.row.case_id,
                                               detail.summary.persons, self.parentWidget()))

    def _contact(self) -> None:
        if (ready := self._ready()) is not None:
            operations, ctx, detail = ready
            self._open_dialog(ContactNoteDialog(operations, ctx, detail.summary.row.case_id,
                                                self.parentWidget()))

    def _review_request(self) -> None:
        ready = self._ready()
        version = current_version(ready[2]) if ready is not None else None
        if ready is not None and version is not None:
            operations, ctx, detail = ready
            self._open_dialog(ReviewRequestDialog(
                operations, ctx, detail.summary.row.case_id, version, detail.summary.persons,
                self.parentWidget()))

    def _answer(self) -> None:
        ready = self._ready()
        if ready is not None and pending_requests(ready[2]):
            operations, ctx, detail = ready
            self._open_dialog(AnswerReviewDialog(operations, ctx, detail.summary.row.case_id,
                                                 pending_requests(detail),
                                                 self.parentWidget()))

    def _plan_review(self) -> None:
        ready = self._ready()
        version = version_in_force(ready[2]) if ready is not None else None
        if ready is not None and version is not None:
            operations, ctx, detail = ready
            self._open_dialog(PlanReviewDialog(operations, ctx, detail.summary.row.case_id,
                                               version, self.parentWidget()))

    def _discard(self) -> None:
        ready = self._ready()
        version = unsigned_version(ready[2]) if ready is not None else None
        if ready is not None and version is not None:
            operations, ctx, detail = ready
            self._open_dialog(DiscardVersionDialog(operations, ctx, detail.summary.row.case_id,
                                                   version, self.parentWidget()))

    def _reopen(self) -> None:
        if (ready := self._ready()) is not None:
            operations, ctx, detail = ready
            self._open_dialog(ReopenDialog(operations, ctx, detail.summary.row.case_id,
                                           detail.summary.row.number, self.parentWidget()))

    def _anonymise(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        operations, ctx, detail = ready
        persons = anonymisable(detail.summary.persons, date.today())
        if persons:
            self._open_dialog(AnonymisePersonDialog(operations, ctx, detail.summary.row.case_id,
                                                    persons, self.parentWidget()))

    def _scans(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        operations, ctx, detail = ready
        self.close_all()
        dialog = SignedScansDialog(operations, ctx, [v for v in detail.plan_versions if v.scans],
                                   self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._scans_closed)
        self.scans_dialog = dialog
        dialog.open()

    def _scans_closed(self, _result: int) -> None:
        self.scans_dialog = None

    def close_all(self) -> None:
        """The dossier window closes (or the store locks): the scans shown go too."""
        if self.scans_dialog is not None and is_alive(self.scans_dialog):
            self.scans_dialog.reject()
        self.scans_dialog = None
