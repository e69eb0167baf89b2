"""Random sequences of service calls over the 8-step workflow keep the law's invariants.

Whatever the agent (and a validator) do, in any order, refused calls included:
- no plan version is in force without every required signature and the ONE's validation;
- a version, once frozen, keeps its content and signatories;
- a closed dossier does not change until it is reopened;
- every record of every step hangs on an existing dossier, reachable from it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter
from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from app.domain import (
    Base,
    Case,
    CaseState,
    ClosureReason,
    EvaluationOutcome,
    PlanSignature,
    PlanState,
    PlanVersion,
    SyncedRecord,
)
from app.errors import UserInputError
from app.rules.signatories import in_force_unmet
from app.services.base.context import ServiceContext
from app.services.dossier.closure import ClosureInput, close_case, reopen_case
from app.services.dossier.opening import update_person_notes
from app.services.dossier.records import (
    NOT_CONTENT,
    as_wire,
    case_record_classes,
    case_records,
)
from app.services.one.duties import export_dossier
from app.services.plan.versions import (
    discard_plan_version,
    mark_ready_to_sign,
    prepare_plan_version,
    record_discernment,
    record_signature,
    validate_plan,
)
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.analysis import set_working_frame
from app.services.steps.evaluation import EvaluationInput, ProgressInput, record_evaluation
from app.services.steps.implementation import start_measure
from app.services.steps.workflow import move_case_to_step
from app.store.capture import FrozenRecordChanged
from tests.app.services.family import OFFICE, Family, validator_context
from tests.store_template import fresh_store

TODAY = date(2026, 11, 2)
UNTRACKED = {"updated_at", "server_version"}


def _fingerprint(ctx: ServiceContext, case_id: uuid.UUID) -> str:
    with ctx.reading() as session:
        rows = [{k: v for k, v in as_wire(r).items() if k not in UNTRACKED}
                for r in case_records(session, case_id)
                if r.__tablename__ != "dossier_consultation"]  # type: ignore[attr-defined]
    return hashlib.sha256(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()


class WorkflowMachine(RuleBasedStateMachine):
    families = Bundle("families")
    versions = Bundle("versions")

    def __init__(self) -> None:
        super().__init__()
        self._tmp = TemporaryDirectory()
        store = fresh_store(Path(self._tmp.name) / "store", "mirabelle quetsch 2026!")
        base = ServiceContext(store)
        prepare_store(base)
        self.agent = sign_in_local_agent(base, "cpi.prop", "Agent", OFFICE)
        self.validator = validator_context(self.agent)
        self.frozen: dict[uuid.UUID, str] = {}
        self.closed: dict[uuid.UUID, str] = {}

    def teardown(self) -> None:
        self.agent.store.lock()
        self._tmp.cleanup()

    def _try(self, call: object, *args: object, **kwargs: object) -> object:
        try:
            return call(*args, **kwargs)  # type: ignore[operator]
        except UserInputError:
            return None

    @initialize(target=families)
    def first_family(self) -> Family:
        return Family.open(self.agent, TODAY)

    @rule(target=families, court=st.booleans())
    def open_family(self, court: bool) -> Family:
        return Family.open(self.agent, TODAY, court_proceedings_pending=court)

    @rule(target=versions, family=families)
    def bring_into_force(self, family: Family) -> object:
        """The usual path in one go, so that random runs reach plans in force often."""
        for stage in ("analyse", "assess", "plan"):
            if stage != "plan" or family.objective is not None:
                self._try(getattr(family, stage))
        version = self._try(family.in_force, self.validator)
        return multiple() if version is None else (family, version)

    @rule(family=families, stage=st.sampled_from(["analyse", "assess", "plan"]))
    def prepare(self, family: Family, stage: str) -> None:
        if stage == "plan" and family.objective is None:
            return
        self._try(getattr(family, stage))

    @rule(family=families, step=st.integers(1, 8))
    def move(self, family: Family, step: int) -> None:
        self._try(move_case_to_step, self.agent, family.case_id, step, today=TODAY)

    @rule(family=families, capable=st.booleans())
    def judge(self, family: Family, capable: bool) -> None:
        self._try(record_discernment, self.agent, family.case_id, family.child, capable, TODAY,
                  "jugement")

    @rule(target=versions, family=families, then=st.sampled_from(["", "ready", "validate"]))
    def prepare_version(self, family: Family, then: str) -> object:
        version = self._try(prepare_plan_version, self.agent, family.case_id, today=TODAY)
        if version is None:
            return multiple()
        if then:
            self._try(mark_ready_to_sign, self.agent, version, today=TODAY)
        if then == "validate":
            self._try(validate_plan, self.validator, version, TODAY)
        return family, version

    @rule(version=versions, action=st.sampled_from(["ready", "discard", "validate"]))
    def handle_version(self, version: tuple[Family, uuid.UUID | None], action: str) -> None:
        _family, version_id = version
        if version_id is None:
            return
        if action == "ready":
            self._try(mark_ready_to_sign, self.agent, version_id, today=TODAY)
        elif action == "discard":
            self._try(discard_plan_version, self.agent, version_id, today=TODAY)
        else:
            self._try(validate_plan, self.validator, version_id, TODAY)

    @rule(version=versions, who=st.sampled_from(["mother", "father", "child"]))
    def sign(self, version: tuple[Family, uuid.UUID | None], who: str) -> None:
        family, version_id = version
        if version_id is not None:
            self._try(record_signature, self.agent, version_id, getattr(family, who), TODAY,
                      today=TODAY)

    @rule(version=versions)
    def tamper_with_a_version(self, version: tuple[Family, uuid.UUID | None]) -> None:
        _family, version_id = version
        if version_id is None or version_id not in self.frozen:
            return
        try:
            with self.agent.transaction("tamper") as session:
                row = session.get(PlanVersion, version_id)
                assert row is not None
                row.snapshot = {"tampered": True}
        except FrozenRecordChanged:
            return
        raise AssertionError("a frozen version was edited")

    @rule(family=families)
    def start(self, family: Family) -> None:
        if family.measure is not None:
            self._try(start_measure, self.agent, family.measure, TODAY)

    @rule(family=families, outcome=st.sampled_from(list(EvaluationOutcome)))
    def evaluate(self, family: Family, outcome: EvaluationOutcome) -> None:
        if family.objective is None:
            return
        self._try(record_evaluation, self.agent, family.case_id, EvaluationInput(
            TODAY, outcome, (ProgressInput(family.objective, 2),), proposals="Ajuster"))

    @rule(family=families)
    def edit(self, family: Family) -> None:
        self._try(set_working_frame, self.agent, family.case_id, "Cadre révisé")
        self._try(update_person_notes, self.agent, family.mother, "Note révisée")

    @rule(family=families)
    def consult(self, family: Family) -> None:
        self._try(export_dossier, self.agent, family.case_id, family.mother, TODAY)

    @rule(family=families, dice=st.integers(0, 3))
    def close(self, family: Family, dice: int) -> None:
        if dice:  # closing ends most of the story: keep it rarer than the other moves
            return
        self._try(close_case, self.agent, family.case_id, ClosureInput(
            TODAY, ClosureReason.FAMILY_WITHDREW, "La famille met fin à l'aide"), today=TODAY)

    @rule(family=families)
    def reopen(self, family: Family) -> None:
        if self._try(reopen_case, self.agent, family.case_id, TODAY, "Nouvelle demande") is None:
            with self.agent.reading() as session:
                case = session.get(Case, family.case_id)
                assert case is not None
                if case.state is CaseState.OPEN:
                    self.closed.pop(family.case_id, None)

    @invariant()
    def no_plan_in_force_without_signatures_and_validation(self) -> None:
        with self.agent.reading() as session:
            for version in session.scalars(select(PlanVersion).where(
                    PlanVersion.state == PlanState.IN_FORCE)):
                case = session.get(Case, version.case_id)
                assert case is not None
                signed = session.scalars(select(PlanSignature.person_id).where(
                    PlanSignature.plan_version_id == version.id)).all()
                assert version.signatories
                assert in_force_unmet(version.signatories, signed,
                                      version.validated_on is not None,
                                      case.court_proceedings_pending,
                                      case.judicial_request_on) == []

    @invariant()
    def frozen_versions_never_change(self) -> None:
        with self.agent.reading() as session:
            for version in session.scalars(select(PlanVersion).where(
                    PlanVersion.state != PlanState.DRAFT)):
                content = json.dumps([version.snapshot, version.signatories, version.number],
                                     sort_keys=True)
                assert self.frozen.setdefault(version.id, content) == content

    @invariant()
    def closed_cases_do_not_change(self) -> None:
        with self.agent.reading() as session:
            states = dict(session.execute(select(Case.id, Case.state)).all())
        for case_id, state in states.items():
            if state is CaseState.CLOSED:
                fingerprint = _fingerprint(self.agent, case_id)
                assert self.closed.setdefault(case_id, fingerprint) == fingerprint
            else:
                self.closed.pop(case_id, None)

    @invariant()
    def every_record_hangs_on_its_case(self) -> None:
        with self.agent.reading() as session:
            case_ids = select(Case.id)
            for case in session.scalars(select(Case)):
                assert 1 <= case.current_step <= case.furthest_step <= 8
                REACHED[case.state.value] += 1
            for state in session.scalars(select(PlanVersion.state)):
                REACHED[state.value] += 1
            for cls in case_record_classes():
                orphans = session.scalar(select(func.count()).select_from(cls).where(
                    cls.case_id.not_in(case_ids)))  # type: ignore[attr-defined]
                assert orphans == 0, cls.__tablename__  # type: ignore[attr-defined]


REACHED: Counter[str] = Counter()


WorkflowMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=40, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_workflow_invariants = WorkflowMachine.TestCase


def test_the_random_runs_reached_every_interesting_state() -> None:
    """Guards the property test against exploring only trivial runs (runs after it)."""
    if not REACHED:
        run_state_machine_as_test(WorkflowMachine, settings=WorkflowMachine.TestCase.settings)
    wanted = {"open", "closed", "in_force", "superseded", "ready_to_sign", "validated"}
    assert {state for state in wanted if REACHED[state] == 0} == set()


def test_every_step_table_belongs_to_a_case() -> None:
    """Every synchronised table is reference data or hangs on a dossier by ``case_id``."""
    reference = {"office", "app_user", "provider", "provider_agrement", "case_file",
                 "caseload_cover"}
    tables = {cls.__tablename__ for cls in case_record_classes()}  # type: ignore[attr-defined]
    synced = {m.class_.__tablename__ for m in Base.registry.mappers
              if issubclass(m.class_, SyncedRecord)}
    assert synced - tables - NOT_CONTENT == reference
    # The dossier's history is in its scope (it follows the dossier), not of its content.
    assert all("case_id" in Base.metadata.tables[name].columns for name in NOT_CONTENT)
