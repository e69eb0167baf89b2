"""A case conference on paper (step 6): the invitation sent beforehand, and the minutes with
the decisions, both from the recorded ``CaseConference`` and in the family's language."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.dossier import DossierHead, dossier_head
from app.documents.layout import BODY, CELL_BOLD, build_pdf, heading, letterhead, p, table
from app.documents.texts import day, text
from app.domain import CaseConference
from app.services.base.context import ServiceContext
from app.services.base.guards import live


@dataclass(frozen=True)
class Conference:
    """One recorded conference, read in one go."""

    head: DossierHead
    held_on: date
    place: str
    participants: list[dict[str, str]]
    minutes: str
    decisions: str


def read_conference(ctx: ServiceContext, conference_id: uuid.UUID) -> Conference:
    with ctx.reading() as session:
        found = live(session, CaseConference, conference_id)
        return Conference(dossier_head(session, found.case_id), found.held_on, found.place,
                          [dict(x) for x in found.participants], found.minutes, found.decisions)


def render_conference_invitation(ctx: ServiceContext, conference_id: uuid.UUID,
                                 purpose: str = "", language: str = "fr") -> bytes:
    """The invitation: when, where, who is invited and why."""
    conference = read_conference(ctx, conference_id)
    title = text("conf_invitation", language)
    story = [*_top(conference, title, language), p(text("conf_intro", language), BODY),
             *_participants(conference, language, "invited")]
    if purpose.strip():
        story += [*heading(text("purpose", language)), p(purpose.strip(), BODY)]
    return build_pdf(story, title, language)


def render_conference_minutes(ctx: ServiceContext, conference_id: uuid.UUID,
                              language: str = "fr") -> bytes:
    """The minutes: who took part in which role, what was said, what was decided."""
    conference = read_conference(ctx, conference_id)
    title = text("conf_minutes", language)
    none = text("none", language)
    story = [*_top(conference, title, language),
             *_participants(conference, language, "participants"),
             *heading(text("minutes", language)), p(conference.minutes or none, BODY),
             *heading(text("decisions", language)), p(conference.decisions or none, BODY)]
    return build_pdf(story, title, language)


def _top(conference: Conference, title: str, language: str) -> list[Flowable]:
    head = letterhead([text("one", language), conference.head.office], title)
    facts = table([[p(text("dossier_label", language), CELL_BOLD), p(conference.head.number)],
                   [p(text("when", language), CELL_BOLD), p(day(conference.held_on, language))],
                   [p(text("where", language), CELL_BOLD), p(conference.place)]],
                  [40, 134], header=False)
    return [*head, facts, Spacer(1, 4 * mm)]


def _participants(conference: Conference, language: str, key: str) -> list[Flowable]:
    rows: list[list[Flowable]] = [[p(text("participants", language), CELL_BOLD),
                                   p(text("role", language), CELL_BOLD)]]
    rows += [[p(x.get("name", "")), p(x.get("role", ""))] for x in conference.participants]
    return [*heading(text(key, language)), table(rows, [80, 94])]
