"""The 8 steps of the CPI process as a cycle (seed 001), and what each move requires.

1 analysis -> 2 assessment -> 3 planning -> 4 plan -> then 5 implementation, 6 coordination and
7 evaluation run side by side for months (any of them to any other). 7 can send the dossier back
to 3 (re-plan the measures) or 4 (rewrite the plan) when an evaluation concluded so. Steps 2 to 4
may step back one to complete earlier work. Closing (8) is possible from every step: aid is
voluntary and a family may end it at any time; a closed dossier is read-only until reopened
with a reason, which starts a new analysis (step 1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet
from app.rules.judicial import judicial_request_unmet

FOLLOW_UP_STEPS = frozenset({5, 6, 7})
CLOSURE_STEP = 8
REOPENING_STEP = 1


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know about a dossier, gathered by the services."""

    closed: bool
    current_step: int
    furthest_step: int
    request_count: int = 0
    working_frame: str = ""
    court_proceedings_pending: bool = False
    judicial_request_on: date | None = None
    beneficiary_problems: tuple[Unmet, ...] = ()
    beneficiary_count: int = 0
    unassessed_beneficiaries: tuple[str, ...] = ()
    children_without_own_view: tuple[str, ...] = ()
    active_objectives: int = 0
    measures: int = 0
    measure_problems: tuple[Unmet, ...] = ()
    version_in_preparation: bool = False
    has_plan_in_force: bool = False
    latest_evaluation_outcome: str | None = None
    #: An evaluation made after the version in force took effect concluded to change the
    #: plan (re-plan the measures or rewrite it): a new version is to be prepared.
    plan_to_change: bool = False


def allowed_targets(current_step: int) -> frozenset[int]:
    """Steps reachable from ``current_step`` by a move (closing aside)."""
    if current_step in FOLLOW_UP_STEPS:
        targets = set(FOLLOW_UP_STEPS - {current_step})
        if current_step == 7:
            targets |= {3, 4}
        return frozenset(targets)
    forward = {current_step + 1} if current_step < 5 else set()
    back = {current_step - 1} if 2 <= current_step <= 4 else set()
    return frozenset(forward | back)


def move_unmet(facts: CaseFacts, target: int) -> list[Unmet]:
    """Every reason the dossier cannot move to step ``target`` now (empty: it can)."""
    if facts.closed:
        return [Unmet("case.closed", QT_TRANSLATE_NOOP(
            "Rules", "The dossier is closed: reopen it, with a reason, to work on it again."))]
    if target == CLOSURE_STEP:
        return [Unmet("workflow.use_closure", QT_TRANSLATE_NOOP(
            "Rules", "Close the dossier with a reason and a final evaluation (step 8)."))]
    if target not in allowed_targets(facts.current_step):
        return [Unmet("workflow.move", QT_TRANSLATE_NOOP(
            "Rules", "The dossier cannot go from step {source} to step {target}.").format(
                source=facts.current_step, target=target))]
    if target < facts.current_step or {facts.current_step, target} <= FOLLOW_UP_STEPS:
        return _replan_unmet(facts, target)
    return {2: analysis_unmet, 3: assessment_unmet, 4: planning_unmet,
            5: follow_up_unmet}[target](facts)


def _replan_unmet(facts: CaseFacts, target: int) -> list[Unmet]:
    if facts.current_step != 7 or target not in (3, 4):
        return []
    expected = "replan_measures" if target == 3 else "rewrite_plan"
    if facts.latest_evaluation_outcome != expected:
        return [Unmet("workflow.replan_needs_evaluation", QT_TRANSLATE_NOOP(
            "Rules", "Going back to step {target} follows an evaluation that concluded so: "
                     "record that evaluation first.").format(target=target))]
    return []


def analysis_unmet(facts: CaseFacts) -> list[Unmet]:
    unmet: list[Unmet] = []
    if facts.request_count == 0:
        unmet.append(Unmet("step1.request", QT_TRANSLATE_NOOP(
            "Rules", "Record the request: who asks for what.")))
    if not facts.working_frame.strip():
        unmet.append(Unmet("step1.working_frame", QT_TRANSLATE_NOOP(
            "Rules", "Describe the working frame agreed with the family and the stakeholders.")))
    if facts.beneficiary_count == 0:
        unmet.append(Unmet("step1.beneficiary", QT_TRANSLATE_NOOP(
            "Rules", "Add the child or young adult the aid is for.")))
    unmet.extend(facts.beneficiary_problems)
    unmet.extend(judicial_request_unmet(facts.court_proceedings_pending,
                                        facts.judicial_request_on))
    return unmet


def assessment_unmet(facts: CaseFacts) -> list[Unmet]:
    unmet = [
        Unmet("step2.assessment", QT_TRANSLATE_NOOP(
            "Rules", "Assess the difficulties, resources and needs of {name}.").format(name=name))
        for name in facts.unassessed_beneficiaries
    ]
    unmet += [
        Unmet("step2.own_view", QT_TRANSLATE_NOOP(
            "Rules", "Write down {name}'s own view, in their words (or why they cannot give "
                     "it).").format(name=name))
        for name in facts.children_without_own_view
    ]
    if facts.active_objectives == 0:
        unmet.append(Unmet("step2.objective", QT_TRANSLATE_NOOP(
            "Rules", "Set at least one SMART objective.")))
    return unmet


def planning_unmet(facts: CaseFacts) -> list[Unmet]:
    unmet: list[Unmet] = []
    if facts.measures == 0:
        unmet.append(Unmet("step3.measure", QT_TRANSLATE_NOOP(
            "Rules", "Plan at least one aid measure.")))
    unmet.extend(facts.measure_problems)
    unmet.extend(judicial_request_unmet(facts.court_proceedings_pending,
                                        facts.judicial_request_on))
    return unmet


def follow_up_unmet(facts: CaseFacts) -> list[Unmet]:
    unmet: list[Unmet] = []
    if not facts.has_plan_in_force:
        unmet.append(Unmet("step4.in_force", QT_TRANSLATE_NOOP(
            "Rules", "Implementation starts once a plan version is in force: signed by the "
                     "parents or legal representatives and the child able to judge, and "
                     "validated by the ONE (art. 4)."), article="art. 4"))
    if facts.version_in_preparation:
        unmet.append(Unmet("step4.pending_version", QT_TRANSLATE_NOOP(
            "Rules", "A newer plan version is being prepared: bring it into force or discard "
                     "it first.")))
    return unmet


def step_data_unmet(closed: bool, furthest_step: int, step: int) -> list[Unmet]:
    """Data of ``step`` can be written once the dossier reached it, never once closed.

    Steps 5, 6 and 7 run side by side: entering the follow-up (5) opens all three.
    """
    if step in FOLLOW_UP_STEPS:
        step = min(FOLLOW_UP_STEPS)
    if closed:
        return [Unmet("case.closed", QT_TRANSLATE_NOOP(
            "Rules", "The dossier is closed: reopen it, with a reason, to work on it again."))]
    if furthest_step < step:
        return [Unmet("workflow.step_not_reached", QT_TRANSLATE_NOOP(
            "Rules", "The dossier has not reached step {step} yet.").format(step=step))]
    return []
