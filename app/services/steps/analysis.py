"""Step 1, situation analysis: the working frame, voluntary or court-ordered aid, pending
court proceedings and the judicial authority's request (art. 5). Requests: ``cases``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.domain import AidFrame
from app.rules import require
from app.rules.judicial import judicial_record_unmet
from app.rules.workflow import move_unmet
from app.services.base.context import ServiceContext
from app.services.base.facts import case_facts
from app.services.base.guards import writable_case
from app.services.base.outcomes import StepOutcome
from app.services.steps.workflow import move_if_allowed

ANALYSIS_STEP = 1
ASSESSMENT_STEP = 2


def set_working_frame(ctx: ServiceContext, case_id: uuid.UUID, working_frame: str) -> None:
    """Write down the working frame agreed with the family and the stakeholders."""
    with ctx.transaction("set_working_frame") as session:
        _set_working_frame(session, case_id, working_frame)


def _set_working_frame(session: Session, case_id: uuid.UUID, working_frame: str) -> None:
    writable_case(session, case_id).working_frame = working_frame.strip()


def set_aid_frame(ctx: ServiceContext, case_id: uuid.UUID, aid_frame: AidFrame,
                  court_proceedings_pending: bool) -> None:
    """Record whether aid is voluntary or court-ordered and whether proceedings are pending."""
    with ctx.transaction("set_aid_frame") as session:
        _set_aid_frame(session, case_id, aid_frame, court_proceedings_pending)


def _set_aid_frame(session: Session, case_id: uuid.UUID, aid_frame: AidFrame,
                   court_proceedings_pending: bool) -> None:
    case = writable_case(session, case_id)
    case.aid_frame = aid_frame
    case.court_proceedings_pending = court_proceedings_pending


@dataclass(frozen=True)
class JudicialRequestInput:
    received_on: date
    reference: str


def record_judicial_request(ctx: ServiceContext, case_id: uuid.UUID, received_on: date,
                            reference: str, *, today: date | None = None) -> None:
    """Art. 5: record the judicial authority's express request to act."""
    require(judicial_record_unmet(received_on, reference, today or date.today()))
    with ctx.transaction("record_judicial_request") as session:
        _record_judicial_request(session, case_id, JudicialRequestInput(received_on, reference))


def _record_judicial_request(session: Session, case_id: uuid.UUID,
                             data: JudicialRequestInput) -> None:
    case = writable_case(session, case_id)
    case.judicial_request_on = data.received_on
    case.judicial_request_reference = data.reference.strip()


@dataclass(frozen=True)
class AnalysisStep:
    """What the step 1 wizard records in one go."""

    working_frame: str
    aid_frame: AidFrame
    court_proceedings_pending: bool
    #: The judicial authority's request, when one was received (art. 5).
    judicial_request: JudicialRequestInput | None = None


def finish_analysis(ctx: ServiceContext, case_id: uuid.UUID, step: AnalysisStep, *,
                    today: date | None = None) -> StepOutcome:
    """The step 1 wizard finished: the frame, the frame of the aid and the judicial request,
    then the move to the global assessment, in one transaction. Finishing the analysis *is*
    going on to step 2 (its finish page says so): a dossier at step 1 that cannot move yet is
    refused as a whole with every unmet rule, and the wizard stays open with the typing. At a
    later step (the analysis revisited), the records are kept and the dossier stays."""
    today = today or date.today()
    if step.judicial_request is not None:
        require(judicial_record_unmet(step.judicial_request.received_on,
                                      step.judicial_request.reference, today))
    with ctx.transaction("finish_analysis") as session:
        _set_working_frame(session, case_id, step.working_frame)
        _set_aid_frame(session, case_id, step.aid_frame, step.court_proceedings_pending)
        if step.judicial_request is not None:
            _record_judicial_request(session, case_id, step.judicial_request)
        case = writable_case(session, case_id)
        if case.current_step != ANALYSIS_STEP:
            return move_if_allowed(session, case, None, today)
        session.flush()
        require(move_unmet(case_facts(session, case, today), ASSESSMENT_STEP))
        return move_if_allowed(session, case, ASSESSMENT_STEP, today)
