"""The dossier's overview on one page, for a case conference: where the dossier stands, the
next action and what stops it, the family, the plan, running measures, the last contacts, open
requests and alerts. In French or German, built in memory."""

from __future__ import annotations

import uuid
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.dossier import dossier_head
from app.documents.layout import (
    BODY,
    CELL_BOLD,
    NAME,
    build_pdf,
    bullet,
    heading,
    letterhead,
    p,
    table,
)
from app.documents.texts import day, text
from app.domain import AidFrame, CaseState, ContactChannel, PersonRole
from app.domain.steps import step_title
from app.services.base.context import ServiceContext
from app.services.base.guards import case_of
from app.services.dossier.overview import (
    AlertKind,
    DossierOverview,
    OpenRequestKind,
    PlanOverview,
    overview_in,
)

_ROLES = {PersonRole.CHILD: "child_person", PersonRole.YOUNG_ADULT: "young_adult",
          PersonRole.PARENT: "parent_person", PersonRole.OTHER_RELATIVE: "other_relative"}
_CHANNELS = {ContactChannel.LETTER: "letter_channel"}
_REQUESTS = {OpenRequestKind.REVIEW: "ov_review_asked",
             OpenRequestKind.REVOCATION: "ov_revocation_asked",
             OpenRequestKind.AID: "ov_aid_asked"}


def render_overview(ctx: ServiceContext, case_id: uuid.UUID, language: str = "fr", *,
                    today: date | None = None) -> bytes:
    """The one-page overview of ``case_id`` on ``today``, in ``language``."""
    today = today or date.today()
    with ctx.reading() as session:
        head = dossier_head(session, case_id)
        overview = overview_in(session, case_of(session, case_id), today, language)
    title = text("ov_title", language)
    story: list[Flowable] = [*letterhead([text("one", language), head.office], title),
                             _facts(overview, today, language), Spacer(1, 3 * mm)]
    story += _next(overview, language)
    if overview.alerts:
        story += [*heading(text("ov_alerts", language)), *[
            bullet(text("ov_turns_27", language, name=a.name, date=day(a.on, language))
                   if a.kind is AlertKind.TURNS_27
                   else text("ov_review_overdue", language, date=day(a.on, language)))
            for a in overview.alerts]]
    story += _family(overview, language)
    story += [*heading(text("ov_plan", language)), *_plan(overview, language)]
    story += _measures(overview, language)
    story += _contacts(overview, language)
    if overview.requests:
        story += [*heading(text("ov_requests", language)), *[
            bullet(" – ".join(part for part in (
                day(r.on, language), text(_REQUESTS[r.kind], language), r.who, r.what) if part))
            for r in overview.requests]]
    return build_pdf(story, title, language)


def _facts(overview: DossierOverview, today: date, language: str) -> Flowable:
    if overview.state is CaseState.CLOSED:
        step = text("ov_closed", language, date=day(overview.closed_on, language))
    else:
        step = f"{overview.current_step} · {step_title(overview.current_step).render(language)}"
    frame = "ov_court_ordered" if overview.aid_frame is AidFrame.COURT_ORDERED \
        else "ov_voluntary"
    return table([[p(text("dossier_label", language), CELL_BOLD), p(overview.number)],
                  [p(text("ov_on", language), CELL_BOLD), p(day(today, language))],
                  [p(text("ov_step", language), CELL_BOLD), p(step)],
                  [p(text("ov_frame", language), CELL_BOLD), p(text(frame, language))]],
                 [40, 134], header=False)


def _next(overview: DossierOverview, language: str) -> list[Flowable]:
    action = overview.next_action
    story: list[Flowable] = [*heading(text("ov_next", language)),
                             p(text(f"na_{action.kind.value}", language), NAME)]
    if action.unmet:
        story.append(p(text("ov_stops", language), BODY))
        story += [bullet(u.text.render(language)) for u in action.unmet]
    else:
        story.append(p(text("ov_free", language), BODY))
    return story


def _family(overview: DossierOverview, language: str) -> list[Flowable]:
    if not overview.family:
        return []
    rows: list[list[Flowable]] = [[p(text("person", language), CELL_BOLD),
                                   p(text("role", language), CELL_BOLD),
                                   p(text("ov_age", language), CELL_BOLD),
                                   p(text("ov_authority", language), CELL_BOLD)]]
    for member in overview.family:
        holds = [text(key, language) for key, flag in (
            ("ov_parental", member.parental_authority),
            ("legal_representative", member.legal_representative)) if flag]
        rows.append([p(member.name), p(text(_ROLES[member.role], language)),
                     p(text("ov_years", language, age=member.age)
                       if member.age is not None else ""),
                     p(", ".join(holds))])
    return [*heading(text("ov_family", language)), table(rows, [62, 40, 20, 52])]


def _plan(overview: DossierOverview, language: str) -> list[Flowable]:
    plan = overview.plan
    lines = [text("ov_no_plan", language)] if plan is None else _plan_lines(plan, language)
    if overview.next_review_on is not None:
        lines.append(text("ov_review", language, date=day(overview.next_review_on, language))
                     + (text("ov_overdue", language) if overview.review_overdue else ""))
    return [p(line, BODY) for line in lines]


def _plan_lines(plan: PlanOverview, language: str) -> list[str]:
    lines = [text("plan_line", language, number=plan.number,
                  state=text(plan.state.value, language))]
    lines += [text("signed_on", language, name=s.name, date=day(s.signed_on, language))
              if s.signed_on else text("unsigned", language, name=s.name)
              for s in plan.signers]
    if plan.validated_on is not None:
        lines.append(text("ov_validated", language, date=day(plan.validated_on, language)))
    elif plan.state.value in ("ready_to_sign", "signed"):
        lines.append(text("ov_not_validated", language))
    if plan.in_force_since is not None:
        lines.append(text("ov_in_force", language, date=day(plan.in_force_since, language)))
    if plan.returned_on is not None:
        lines.append(text("ov_returned", language, date=day(plan.returned_on, language),
                          comment=plan.return_comment))
    return lines


def _measures(overview: DossierOverview, language: str) -> list[Flowable]:
    if not overview.measures:
        return []
    rows: list[list[Flowable]] = [[p(text("measure", language), CELL_BOLD),
                                   p(text("for", language), CELL_BOLD),
                                   p(text("dates", language), CELL_BOLD)]]
    for m in overview.measures:
        period = text("ov_period", language, start=day(m.starts_on, language),
                      end=day(m.ends_on, language))
        if not m.started:
            period += f" ({text('ov_not_started', language)})"
        rows.append([p(f"{m.code}) {m.label}"), p(m.beneficiary), p(period)])
    return [*heading(text("ov_measures", language)), table(rows, [82, 42, 50])]


def _contacts(overview: DossierOverview, language: str) -> list[Flowable]:
    if not overview.contacts:
        return []
    rows: list[list[Flowable]] = [[p(text("when", language).rstrip(": \u00a0"), CELL_BOLD),
                                   p(text("ov_how", language), CELL_BOLD),
                                   p(text("ov_with", language), CELL_BOLD),
                                   p(text("ov_what", language), CELL_BOLD)]]
    rows += [[p(day(c.contact_at.astimezone().date(), language)),
              p(text(_CHANNELS.get(c.channel, c.channel.value), language)),
              p(c.with_whom), p(c.summary)] for c in overview.contacts]
    return [*heading(text("ov_contacts", language)), table(rows, [22, 32, 40, 80])]
