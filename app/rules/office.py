"""What the office lead decides for the office's caseload: a dossier given to another agent,
a colleague's temporary cover of an agent's caseload (process rules, no article). The server
judges the same again when the request arrives (``sync.server.office``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


@dataclass(frozen=True)
class Colleague:
    """A user as these rules see them: are they an agent, a lead, of which office."""

    user_id: uuid.UUID
    is_agent: bool
    is_lead: bool
    office_id: uuid.UUID | None


def lead_unmet(lead: Colleague | None, office_id: uuid.UUID | None) -> list[Unmet]:
    """Only the lead of the office decides for its caseload."""
    if lead is None or not lead.is_lead or lead.office_id != office_id:
        return [Unmet("office.not_lead", QT_TRANSLATE_NOOP(
            "Rules", "Only the lead of the dossier's regional office gives a dossier or a "
                     "cover to an agent."))]
    return []


def _agent_unmet(agent: Colleague | None, office_id: uuid.UUID | None) -> list[Unmet]:
    if agent is None or not agent.is_agent or agent.office_id != office_id:
        return [Unmet("office.not_agent_of_office", QT_TRANSLATE_NOOP(
            "Rules", "A dossier or a cover goes to a CPI agent of the regional office."))]
    return []


def transfer_unmet(lead: Colleague | None, office_id: uuid.UUID | None,
                   holder_id: uuid.UUID | None, target: Colleague | None) -> list[Unmet]:
    """Every reason the lead cannot give the dossier to ``target`` (empty: they can)."""
    unmet = [*lead_unmet(lead, office_id), *_agent_unmet(target, office_id)]
    if target is not None and target.user_id == holder_id:
        unmet.append(Unmet("office.already_holder", QT_TRANSLATE_NOOP(
            "Rules", "The dossier is already this agent's.")))
    return unmet


def cover_unmet(lead: Colleague | None, office_id: uuid.UUID | None, agent: Colleague | None,
                colleague: Colleague | None, starts_on: date, ends_on: date,
                today: date) -> list[Unmet]:
    """Every reason the lead cannot give this cover (empty: they can)."""
    unmet = [*lead_unmet(lead, office_id), *_agent_unmet(agent, office_id),
             *_agent_unmet(colleague, office_id)]
    if agent is not None and colleague is not None and agent.user_id == colleague.user_id:
        unmet.append(Unmet("cover.same_agent", QT_TRANSLATE_NOOP(
            "Rules", "Choose a colleague other than the agent to cover.")))
    if ends_on < today:
        unmet.append(Unmet("cover.ends_in_past", QT_TRANSLATE_NOOP(
            "Rules", "The cover's end date is in the past: choose today or a later day.")))
    elif ends_on < starts_on:
        unmet.append(Unmet("cover.ends_before_start", QT_TRANSLATE_NOOP(
            "Rules", "The cover ends before it starts: choose an end date on or after the "
                     "start date.")))
    return unmet


def cover_end_unmet(lead: Colleague | None, office_id: uuid.UUID | None,
                    ended: bool) -> list[Unmet]:
    """Every reason the lead cannot end this cover now (empty: they can)."""
    unmet = lead_unmet(lead, office_id)
    if ended:
        unmet.append(Unmet("cover.ended_already", QT_TRANSLATE_NOOP(
            "Rules", "This cover has already ended.")))
    return unmet
