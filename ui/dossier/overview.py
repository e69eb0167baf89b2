"""The dossier's first page ("Synthèse"): where it stands, the next action and what stops it.

Readable sections, not tables: the next action as a button (it opens the step's wizard, the
reopening, or the plan), under it each rule that stops it in plain words with its article,
then the alerts, the family, the plan, running measures, the last contacts and open requests.
Every label is plain text: family names are never read as rich text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from app.domain import AidFrame, CaseState, PlanState
from app.domain.steps import step_title
from app.rules.next_action import NextActionKind
from app.services.caseload.agenda import KIND_NAMES, PLACE_NAMES
from app.services.dossier.overview import (
    AlertKind,
    DossierOverview,
    FamilyMember,
    OpenRequestKind,
    OverviewAlert,
    PlanOverview,
)
from ui.caseload_model import short_date
from ui.labels import label
from ui.plain import PlainLabel
from ui.qt import (
    QColor,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPalette,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

#: The rules that stop the next action read in the error colour of the other screens.
RULE_COLOUR = QColor("#b00020")


def plain(text: str, *, name: str = "") -> QLabel:
    """A wrapped label that never interprets its text (names, comments). Not selectable:
    a selectable label lays its text out as a rich-text document, which made the page's
    build and first show 10 ms longer (the tabs' tables keep every value to copy)."""
    line = PlainLabel(text)
    line.setTextFormat(Qt.TextFormat.PlainText)
    line.setWordWrap(True)
    if name:
        line.setObjectName(name)
    return line


#: Next actions done in a dialog of the dossier's Actions menu rather than a step wizard.
DIALOG_ACTIONS = frozenset({NextActionKind.REOPEN, NextActionKind.ANSWER_REVIEW_REQUEST,
                            NextActionKind.REVIEW_PLAN})
#: Next actions whose rules say why they are due rather than what stops them.
REASONED = frozenset({NextActionKind.ANSWER_REVIEW_REQUEST, NextActionKind.REVIEW_PLAN,
                      NextActionKind.PREPARE_NEW_VERSION})


class OverviewPage(QScrollArea):
    """One dossier's overview; ``step_requested`` asks for a step's wizard, the two others
    for the reopening and the plan's detail."""

    step_requested = Signal(int)
    #: An action done through a dialog of the Actions menu (reopen, answer, review).
    action_requested = Signal(object)
    plan_requested = Signal()

    def __init__(self, overview: DossierOverview, writable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = overview
        self.setObjectName("overviewPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.status = plain(self._status(), name="overviewStatus")
        left.addWidget(self.status)
        left.addWidget(self._next_action(writable))
        self.agenda = self._section(self.tr("Tasks and appointments"),
                                    self._agenda_lines(overview), "")
        self.agenda.setObjectName("overviewAgenda")
        self.agenda.setVisible(bool(overview.tasks or overview.appointments))
        left.addWidget(self.agenda)
        self.alerts = self._section(self.tr("Alerts"), [self._alert(a) for a in overview.alerts],
                                    "")
        self.alerts.setVisible(bool(overview.alerts))
        left.addWidget(self.alerts)
        left.addWidget(self._section(self.tr("Family"), [self._member(m)
                                                         for m in overview.family],
                                     self.tr("No person recorded yet.")))
        left.addWidget(self._plan())
        left.addStretch(1)
        right.addWidget(self._section(self.tr("Running measures"), [
            self.tr("{code}) {label} — {person}, {start} to {end}").format(
                code=m.code, label=m.label, person=m.beneficiary, start=short_date(m.starts_on),
                end=short_date(m.ends_on))
            + ("" if m.started else self.tr(" (not started yet)"))
            for m in overview.measures], self.tr("No measure running.")))
        right.addWidget(self._section(self.tr("Last contacts"), [
            self.tr("{when} — {channel} with {whom}: {summary}").format(
                when=short_date(c.contact_at.astimezone().date()), channel=label(c.channel),
                whom=c.with_whom, summary=c.summary)
            for c in overview.contacts], self.tr("No contact logged yet.")))
        right.addWidget(self._section(self.tr("Open requests"), [
            self._request(r.kind, r.on, r.who, r.what) for r in overview.requests],
            self.tr("No open request.")))
        right.addStretch(1)
        self.setWidget(body)

    def _agenda_lines(self, overview: DossierOverview) -> list[str]:
        """Tasks and appointments in one list by date, as the agent's week reads (a day's
        tasks before its appointments)."""
        dated: list[tuple[date, time, str]] = [
            (t.due_on, time.min, (self.tr("{date} — {text} (overdue)") if t.overdue else
                                  self.tr("{date} — {text}")).format(
                date=short_date(t.due_on), text=t.text)) for t in overview.tasks]
        for a in overview.appointments:
            local = a.starts_at.astimezone()
            dated.append((local.date(), local.time(), self.tr("{when} — {kind}, {place}").format(
                when=f"{short_date(local.date())} {local:%H:%M}",
                kind=KIND_NAMES[a.kind].render(), place=PLACE_NAMES[a.place_type].render())))
        return [line for _day, _at, line in sorted(dated, key=lambda item: item[:2])]

    def _status(self) -> str:
        o = self.overview
        frame = (self.tr("court-ordered aid") if o.aid_frame is AidFrame.COURT_ORDERED
                 else self.tr("voluntary aid"))
        if o.state is CaseState.CLOSED:
            closed = short_date(o.closed_on) if o.closed_on else ""
            return self.tr("Dossier {number} — closed on {date} — {frame}").format(
                number=o.number, date=closed, frame=frame)
        return self.tr("Dossier {number} — step {step} · {title} — {frame}").format(
            number=o.number, step=o.current_step, title=step_title(o.current_step).render(),
            frame=frame)

    def _next_action(self, writable: bool) -> QGroupBox:
        action = self.overview.next_action
        box = QGroupBox(self.tr("Next action"))
        box.setObjectName("nextAction")
        layout = QVBoxLayout(box)
        self.action_text = plain(self._action_text(action.kind), name="nextActionText")
        font = self.action_text.font()
        font.setBold(True)
        self.action_text.setFont(font)
        layout.addWidget(self.action_text)
        self.action_button = QPushButton(self._button_text())
        self.action_button.setObjectName("nextActionButton")
        bold = self.action_button.font()
        bold.setBold(True)
        self.action_button.setFont(bold)
        self.action_button.setMinimumHeight(self.action_button.sizeHint().height() + 8)
        self.action_button.setAccessibleName(self.action_button.text().rstrip("…"))
        self.action_button.setEnabled(writable and action.kind is not
                                      NextActionKind.AWAIT_VALIDATION)
        self.action_button.clicked.connect(self._act)
        row = QHBoxLayout()
        row.addWidget(self.action_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.unmet_labels = [plain(f"• {u.text.render()}", name="unmetRule")
                             for u in action.unmet]
        if self.unmet_labels:
            # A review due or a request to answer is the reason for the action, not an
            # obstacle to it.
            heading = plain(self.tr("Why:") if action.kind in REASONED else
                            self.tr("What stops it now:"))
            layout.addWidget(heading)
        for line in self.unmet_labels:
            if action.kind not in REASONED:  # red for what stops; a reason reads as text
                palette = line.palette()  # not a style sheet: it polishes the widget again
                palette.setColor(QPalette.ColorRole.WindowText, RULE_COLOUR)
                line.setPalette(palette)
            layout.addWidget(line)
        if not self.unmet_labels:
            layout.addWidget(plain(self.tr("Nothing stops it: go ahead.")))
        return box

    def _button_text(self) -> str:
        action = self.overview.next_action
        if action.kind is NextActionKind.REOPEN:
            return self.tr("Reopen the dossier…")
        if action.kind is NextActionKind.ANSWER_REVIEW_REQUEST:
            return self.tr("Answer the request…")
        if action.kind is NextActionKind.REVIEW_PLAN:
            return self.tr("Record the review…")
        if action.kind is NextActionKind.AWAIT_VALIDATION:
            return self.tr("Waiting for the ONE")
        if action.step is None:
            return self.tr("Show the plan…")
        if action.step == self.overview.current_step:  # its own step: work on it
            return self.tr("Work on step {step} · {title}…").format(
                step=action.step, title=step_title(action.step).render())
        return self.tr("Go to step {step} · {title}…").format(
            step=action.step, title=step_title(action.step).render())

    def _act(self) -> None:
        action = self.overview.next_action
        if action.kind in DIALOG_ACTIONS:
            self.action_requested.emit(action.kind)
        elif action.step is None:
            self.plan_requested.emit()
        else:
            self.step_requested.emit(action.step)

    def _action_text(self, kind: NextActionKind) -> str:
        return {
            NextActionKind.COMPLETE_ANALYSIS: self.tr("Complete the situation analysis"),
            NextActionKind.ASSESS: self.tr("Assess the situation and set the objectives"),
            NextActionKind.PLAN_MEASURES: self.tr("Plan the aid measures"),
            NextActionKind.PREPARE_PLAN: self.tr(
                "Prepare the intervention plan and print it for signature"),
            NextActionKind.COLLECT_SIGNATURES: self.tr("Collect the missing signatures"),
            NextActionKind.AWAIT_VALIDATION: self.tr(
                "The plan awaits the ONE's validation"),
            NextActionKind.PREPARE_NEW_VERSION: self.tr(
                "The ONE returned the plan: prepare a new version"),
            NextActionKind.START_IMPLEMENTATION: self.tr(
                "The plan is in force: start the implementation"),
            NextActionKind.ANSWER_REVIEW_REQUEST: self.tr(
                "Answer the request for review or revocation"),
            NextActionKind.REVIEW_PLAN: self.tr("Review the plan"),
            NextActionKind.IMPLEMENT: self.tr("Implement the measures"),
            NextActionKind.FOLLOW_UP: self.tr("Follow up and coordinate"),
            NextActionKind.EVALUATE: self.tr("Evaluate the aid"),
            NextActionKind.REOPEN: self.tr("The dossier is closed"),
        }[kind]

    def _section(self, title: str, lines: Sequence[str], empty: str) -> QGroupBox:
        """A titled box, its lines in one label (one widget, not one per line: the page is
        the first thing the window paints)."""
        box = QGroupBox(title)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.addWidget(plain("\n".join(lines) if lines else empty))
        return box

    def _alert(self, alert: OverviewAlert) -> str:
        if alert.kind is AlertKind.TURNS_27:
            return self.tr("{name} turns 27 on {date} while measures run: aid ends at 27 "
                           "(art. 3).").format(name=alert.name, date=short_date(alert.on))
        return self.tr("The plan's review was due on {date} (art. 6).").format(
            date=short_date(alert.on))

    def _member(self, member: FamilyMember) -> str:
        parts = [member.name, label(member.role)]
        if member.age is not None:
            parts.append(self.tr("{age} years").format(age=member.age))
        if member.parental_authority:
            parts.append(self.tr("parental authority"))
        if member.legal_representative:
            parts.append(self.tr("legal representative"))
        return " — ".join(parts[:2]) + ("" if len(parts) == 2 else ", " + ", ".join(parts[2:]))

    def _request(self, kind: OpenRequestKind, on: date, who: str, what: str) -> str:
        kinds = {OpenRequestKind.REVIEW: self.tr("Review of the plan asked"),
                 OpenRequestKind.REVOCATION: self.tr("Revocation of the plan asked"),
                 OpenRequestKind.AID: self.tr("Request for aid")}
        text = f"{short_date(on)} — {kinds[kind]}"
        if who:
            text += f" ({who})"
        return self.tr("{request}: {what}").format(request=text, what=what) if what else text

    def _plan(self) -> QGroupBox:
        plan, o = self.overview.plan, self.overview
        lines: list[str] = []
        if plan is None:
            lines.append(self.tr("No plan version yet."))
        else:
            lines += self._plan_lines(plan)
        if o.next_review_on is not None:
            review = self.tr("Next review (art. 6): {date}").format(
                date=short_date(o.next_review_on))
            lines.append(review + (self.tr(" — overdue") if o.review_overdue else ""))
        box = self._section(self.tr("Plan"), lines, "")
        box.setObjectName("overviewPlan")
        return box

    def _plan_lines(self, plan: PlanOverview) -> list[str]:
        lines = [self.tr("Version {number} — {state}").format(number=plan.number,
                                                              state=label(plan.state))]
        if plan.signed:
            lines.append(self.tr("Signed by: {names}").format(names=", ".join(
                f"{s.name} ({short_date(s.signed_on)})" for s in plan.signed
                if s.signed_on is not None)))
        if plan.to_sign and plan.state.is_frozen and plan.state in (
                PlanState.READY_TO_SIGN, PlanState.VALIDATED):
            lines.append(self.tr("Still to sign: {names}").format(
                names=", ".join(s.name for s in plan.to_sign)))
        if plan.validated_on is not None:
            lines.append(self.tr("Validated by the ONE on {date}").format(
                date=short_date(plan.validated_on)))
        elif plan.state in (PlanState.READY_TO_SIGN, PlanState.SIGNED):
            lines.append(self.tr("Not validated by the ONE yet"))
        if plan.in_force_since is not None:
            lines.append(self.tr("In force since {date}").format(
                date=short_date(plan.in_force_since)))
        if plan.returned_on is not None:
            lines.append(self.tr("Returned by the ONE on {date}: {comment}").format(
                date=short_date(plan.returned_on), comment=plan.return_comment))
        return lines
