"""Step 1, situation analysis: the working frame, voluntary or court-ordered aid, pending
court proceedings and the judicial authority's request (art. 5). Requests: ``cases``."""

from __future__ import annotations

import uuid
from datetime import date

from app.domain import AidFrame
from app.rules import require
from app.rules.judicial import judicial_record_unmet
from app.services.context import ServiceContext
from app.services.guards import writable_case


def set_working_frame(ctx: ServiceContext, case_id: uuid.UUID, working_frame: str) -> None:
    """Write down the working frame agreed with the family and the stakeholders."""
    with ctx.transaction("set_working_frame") as session:
        writable_case(session, case_id).working_frame = working_frame.strip()


def set_aid_frame(ctx: ServiceContext, case_id: uuid.UUID, aid_frame: AidFrame,
                  court_proceedings_pending: bool) -> None:
    """Record whether aid is voluntary or court-ordered and whether proceedings are pending."""
    with ctx.transaction("set_aid_frame") as session:
        case = writable_case(session, case_id)
        case.aid_frame = aid_frame
        case.court_proceedings_pending = court_proceedings_pending


def record_judicial_request(ctx: ServiceContext, case_id: uuid.UUID, received_on: date,
                            reference: str, *, today: date | None = None) -> None:
    """Art. 5: record the judicial authority's express request to act."""
    require(judicial_record_unmet(received_on, reference, today or date.today()))
    with ctx.transaction("record_judicial_request") as session:
        case = writable_case(session, case_id)
        case.judicial_request_on = received_on
        case.judicial_request_reference = reference.strip()
