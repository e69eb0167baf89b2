"""The dates that record something that happened: never after today (issue 18).

Each service refuses such a date in the future against the laptop's clock when the agent
types it (``date.future`` and its kin); the server judges the same fields again against its
own clock when it applies an upload, so that a laptop whose clock ran years ahead and was put
right cannot send what it dated then (``sync.server.apply``). Planned dates (a measure's
start, a review due, a cover's end) are not listed: they may lie ahead."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

#: Per synchronised table, the fields dating a fact that took place.
HAPPENED: dict[str, frozenset[str]] = {
    "case_file": frozenset({"opened_on", "closed_on", "judicial_request_on", "anonymised_on",
                            "cancelled_on"}),
    "request": frozenset({"received_on"}),
    "case_closure": frozenset({"closed_on"}),
    "case_reopening": frozenset({"reopened_on"}),
    "dossier_consultation": frozenset({"consulted_on"}),
    "case_conference": frozenset({"held_on"}),
    "contact_log": frozenset({"contact_at"}),
    "dossier_document": frozenset({"dated_on", "ended_on"}),
    "agent_task": frozenset({"done_on"}),
    "evaluation": frozenset({"evaluated_on"}),
    "objective": frozenset({"status_on"}),
    "person": frozenset({"birth_date"}),
    "relationship": frozenset({"ended_on"}),
    "stakeholder": frozenset({"ended_on"}),
    "plan_version": frozenset({"prepared_on", "frozen_on", "validated_on", "returned_on"}),
    "discernment_judgement": frozenset({"judged_on"}),
    "plan_signature": frozenset({"signed_on"}),
    "plan_review": frozenset({"reviewed_on"}),
    "plan_review_request": frozenset({"requested_on", "outcome_on"}),
    "person_anonymisation": frozenset({"requested_on"}),
    "case_transfer": frozenset({"requested_at"}),
}

#: How far a date may run ahead of the server's day: the laptop's day is the family's, in
#: Luxembourg, which is already tomorrow for two hours of a UTC evening.
DAY_MARGIN = timedelta(days=1)
#: How far a time of day may run ahead of the server's clock: well above the clocks' allowed
#: difference (``sync.protocol.MAX_CLOCK_SKEW_S``), far below a clock set years ahead.
TIME_MARGIN = timedelta(hours=1)


def after_today(table: str, field: str, value: object, now: datetime) -> bool:
    """Whether ``value`` of ``table.field`` dates a fact later than ``now`` allows."""
    if field not in HAPPENED.get(table, frozenset()):
        return False
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware > now + TIME_MARGIN
    if isinstance(value, date):
        return value > now.date() + DAY_MARGIN
    return False
