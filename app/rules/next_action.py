"""What the dossier waits for next, and which rules stop it ("no dead end").

Plain code over plain facts: the dossier's ``CaseFacts`` (app.rules.workflow) and the state of
its plan (``PlanFacts``). The answer names the action, the step whose wizard does it (None when
no wizard does: waiting for the ONE, reopening, a review), and every rule that stops it now,
with the same texts the wizards show (``move_unmet``, ``follow_up_unmet``, ``in_force_unmet``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.snapshot import SignatoryEntry
from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet
from app.rules.reviews import ReviewStatus, review_status
from app.rules.signatories import in_force_unmet
from app.rules.workflow import FOLLOW_UP_STEPS, CaseFacts, follow_up_unmet, move_unmet

PLAN_STEP = 4


class NextActionKind(StrEnum):
    COMPLETE_ANALYSIS = "complete_analysis"  # step 1
    ASSESS = "assess"  # step 2: assess and set objectives
    PLAN_MEASURES = "plan_measures"  # step 3
    PREPARE_PLAN = "prepare_plan"  # step 4: prepare and print the plan for signature
    COLLECT_SIGNATURES = "collect_signatures"
    AWAIT_VALIDATION = "await_validation"  # the ONE validates (art. 4)
    PREPARE_NEW_VERSION = "prepare_new_version"  # the ONE returned the latest version
    START_IMPLEMENTATION = "start_implementation"  # step 4 -> 5, the plan is in force
    ANSWER_REVIEW_REQUEST = "answer_review_request"  # art. 4
    REVIEW_PLAN = "review_plan"  # art. 6, due within 30 days or overdue
    IMPLEMENT = "implement"  # step 5
    FOLLOW_UP = "follow_up"  # step 6: coordination
    EVALUATE = "evaluate"  # step 7
    REOPEN = "reopen"  # a closed dossier


@dataclass(frozen=True)
class PlanFacts:
    """The dossier's plan as the next action sees it."""

    #: State (a PlanState value) of the version between draft and in force, if any.
    preparing_state: str | None = None
    #: Who must sign the version in preparation (``Signatory.as_json`` mappings) ...
    signatories: tuple[SignatoryEntry, ...] = ()
    #: ... and those who signed it.
    signed_by: frozenset[uuid.UUID] = frozenset()
    #: The ONE returned the latest version and no newer one exists yet.
    returned: bool = False
    #: Review date of the version in force (art. 6).
    review_due_on: date | None = None
    #: Requests for review or revocation not answered yet (art. 4).
    pending_review_requests: int = 0


@dataclass(frozen=True)
class NextAction:
    kind: NextActionKind
    #: The step whose wizard does it; None when no wizard does.
    step: int | None
    #: Every rule that stops it now (empty: the agent can go ahead).
    unmet: tuple[Unmet, ...] = ()


def next_action(facts: CaseFacts, plan: PlanFacts, today: date) -> NextAction:
    """The dossier's next action on ``today``."""
    if facts.closed:
        return NextAction(NextActionKind.REOPEN, None, tuple(move_unmet(facts, 1)))
    step = facts.current_step
    if step < PLAN_STEP:
        kind = (NextActionKind.COMPLETE_ANALYSIS, NextActionKind.ASSESS,
                NextActionKind.PLAN_MEASURES)[step - 1]
        return NextAction(kind, step, tuple(move_unmet(facts, step + 1)))
    if plan.pending_review_requests:
        return NextAction(NextActionKind.ANSWER_REVIEW_REQUEST, None, (Unmet(
            "art4.review_request_pending", QT_TRANSLATE_NOOP(
                "Rules", "A request for review or revocation of the plan awaits an answer "
                         "(art. 4)."),
            article="art. 4"),))
    plan_action = _plan_action(facts, plan)
    if plan_action is not None:
        return plan_action
    if step == PLAN_STEP:
        return NextAction(NextActionKind.START_IMPLEMENTATION, PLAN_STEP,
                          tuple(move_unmet(facts, min(FOLLOW_UP_STEPS))))
    if plan.review_due_on is not None and review_status(
            plan.review_due_on, today) is not ReviewStatus.ON_TRACK:
        return NextAction(NextActionKind.REVIEW_PLAN, None, tuple(review_unmet(
            plan.review_due_on, today)))
    kind = {5: NextActionKind.IMPLEMENT, 6: NextActionKind.FOLLOW_UP,
            7: NextActionKind.EVALUATE}.get(step, NextActionKind.FOLLOW_UP)
    return NextAction(kind, step if step in FOLLOW_UP_STEPS else None,
                      _with_beneficiaries(facts, follow_up_unmet(facts)))


def _with_beneficiaries(facts: CaseFacts, unmet: list[Unmet]) -> tuple[Unmet, ...]:
    """Who can no longer be helped stops the plan and its follow-up as much as at step 1: a
    child turned 18 is a young adult helped only on her own request (art. 1), no one at 27
    (art. 3). The next version cannot be prepared until the request is recorded."""
    return (*unmet, *facts.beneficiary_problems)


def _plan_action(facts: CaseFacts, plan: PlanFacts) -> NextAction | None:
    """A version to prepare, to sign or to validate comes first (a returned one too)."""
    state = plan.preparing_state
    if state is None:
        if plan.returned:
            return NextAction(NextActionKind.PREPARE_NEW_VERSION, PLAN_STEP, (Unmet(
                "art4.returned", QT_TRANSLATE_NOOP(
                    "Rules", "The ONE returned the plan with a comment: prepare a new version "
                             "that answers it (art. 4)."),
            article="art. 4"),))
        if facts.current_step == PLAN_STEP and (not facts.has_plan_in_force
                                                or facts.plan_to_change):
            return NextAction(NextActionKind.PREPARE_PLAN, PLAN_STEP,
                              _with_beneficiaries(facts, follow_up_unmet(facts)))
        return None
    if state == "draft":
        return NextAction(NextActionKind.PREPARE_PLAN, PLAN_STEP,
                          _with_beneficiaries(facts, follow_up_unmet(facts)))
    unmet = in_force_unmet(plan.signatories, plan.signed_by, state == "validated",
                           facts.court_proceedings_pending, facts.judicial_request_on)
    if any(u.code in ("art4.signature_missing", "art4.no_signatory") for u in unmet):
        return NextAction(NextActionKind.COLLECT_SIGNATURES, PLAN_STEP, tuple(unmet))
    return NextAction(NextActionKind.AWAIT_VALIDATION, None, tuple(unmet))


def review_unmet(due_on: date, today: date) -> list[Unmet]:
    """The art. 6 review, due within 30 days or overdue."""
    if today > due_on:
        return [Unmet("art6.review_overdue", QT_TRANSLATE_NOOP(
            "Rules", "The plan's review was due on {date}: the ONE re-examines the plan at "
                     "least every twelve months (art. 6).").format(date=due_on.strftime(
                         "%d/%m/%Y")),
            article="art. 6")]
    return [Unmet("art6.review_due", QT_TRANSLATE_NOOP(
        "Rules", "The plan's review is due on {date}: the ONE re-examines the plan at least "
                 "every twelve months (art. 6).").format(date=due_on.strftime("%d/%m/%Y")),
            article="art. 6")]
