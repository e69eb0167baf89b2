"""Resolving sync conflicts on one real store: conflicts are made as a download brings them."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.domain import (
    Case,
    CaseState,
    OutboxEntry,
    Person,
    PlanState,
    PlanVersion,
    SyncConflict,
)
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.dossier.conflicts import ExplicitValue, open_conflicts, resolve_conflict
from app.services.plan.versions import record_discernment
from tests.app.services.family import Family

TODAY = date(2026, 3, 2)
OTHER_USER = uuid.UUID("0190b3f0-0000-7000-8000-000000000001")


def _conflict(ctx: ServiceContext, entity: str, record_id: uuid.UUID, field: str,
              base: object, upload: object, kept: object, *, by: uuid.UUID | None = OTHER_USER,
              case_id: uuid.UUID | None = None) -> uuid.UUID:
    """A conflict as the server makes it: ``upload`` lost against ``kept``."""
    with ctx.store.transaction("sync_download", ctx.actor_id, from_server=True) as session:
        conflict = SyncConflict(
            case_id=case_id, entity=entity, record_id=record_id, field=field,
            base_value={"v": base}, mine_value={"v": upload}, theirs_value={"v": kept},
            mine_by=by, mine_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC), server_version=7)
        session.add(conflict)
        session.flush()
        return conflict.id


def _outbox(ctx: ServiceContext, entity: str) -> list[dict[str, list[object]]]:
    with ctx.reading() as session:
        return [e.changes for e in session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity == entity).order_by(OutboxEntry.seq))]


def test_the_reader_sees_their_own_value_as_mine(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    _conflict(agent, "case_file", family.case_id, "working_frame", "", "Au bureau",
              "À domicile", case_id=family.case_id)
    assert agent.actor_id is not None
    _conflict(agent, "person", family.mother, "notes", "", "Le matin", "Le soir",
              by=agent.actor_id, case_id=family.case_id)
    frame, notes = open_conflicts(agent, family.case_id)
    assert frame.case_number and frame.record.render("en") == "the dossier"
    # Another user uploaded "Au bureau": for this reader it is theirs, the kept one is mine.
    assert (frame.base, frame.mine, frame.theirs) == ("", "À domicile", "Au bureau")
    assert not frame.mine_is_upload and frame.free_text
    assert notes.record.render("en") == "the person Ana Sofia Tavares"
    assert (notes.mine, notes.theirs) == ("Le matin", "Le soir") and notes.mine_is_upload
    assert open_conflicts(agent, uuid.uuid4()) == []


def test_resolving_sets_the_field_and_both_changes_go_to_the_outbox(
        agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    with agent.store.transaction("sync_download", from_server=True) as session:
        case = session.get(Case, family.case_id)
        assert case is not None
        case.working_frame = "À domicile"
    conflict_id = _conflict(agent, "case_file", family.case_id, "working_frame", "",
                            "Au bureau", "À domicile", case_id=family.case_id)
    resolve_conflict(agent, conflict_id, "theirs")  # the other user's upload: "Au bureau"
    with agent.reading() as session:
        case = session.get(Case, family.case_id)
        conflict = session.get(SyncConflict, conflict_id)
        assert case is not None and case.working_frame == "Au bureau"
        assert conflict is not None and conflict.resolved_at is not None
        assert conflict.resolved_by == agent.actor_id
        assert conflict.resolved_value == {"v": "Au bureau"}
    assert _outbox(agent, "case_file")[-1] == {"working_frame": ["À domicile", "Au bureau"]}
    assert set(_outbox(agent, "sync_conflict")[-1]) == {
        "resolved_at", "resolved_by", "resolved_value"}
    assert open_conflicts(agent) == []
    with pytest.raises(RuleViolation) as refused:
        resolve_conflict(agent, conflict_id, "mine")
    assert refused.value.codes == ("conflict.resolved",)


def test_an_explicit_value_is_checked_against_the_column(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY)
    conflict_id = _conflict(agent, "person", family.child, "birth_date", "2014-05-17",
                            "2014-05-18", "2014-05-17", case_id=family.case_id)
    with pytest.raises(RuleViolation) as refused:
        resolve_conflict(agent, conflict_id, ExplicitValue("le 18 mai"))
    assert refused.value.codes == ("conflict.value_unfit",)
    resolve_conflict(agent, conflict_id, ExplicitValue("2014-05-19"))
    with agent.reading() as session:
        child = session.get(Person, family.child)
        assert child is not None and child.birth_date == date(2014, 5, 19)
    view_id = _conflict(agent, "person", family.child, "notes", "", "a", "b",
                        case_id=family.case_id)
    with pytest.raises(RuleViolation) as refused:
        resolve_conflict(agent, view_id, "both")  # type: ignore[arg-type]
    assert refused.value.codes == ("conflict.choice",)


def test_records_that_may_no_longer_change_are_refused(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    judgement_id = record_discernment(agent, family.case_id, family.child, False, TODAY,
                                      "Trop jeune")
    version_id = family.ready_version()
    frozen = _conflict(agent, "plan_version", version_id, "snapshot", {}, {"a": 1}, {},
                       case_id=family.case_id)
    with pytest.raises(RuleViolation) as refused:
        resolve_conflict(agent, frozen, "theirs")
    assert refused.value.codes == ("conflict.frozen",)
    # The ONE returned the version while the agent's device marked it signed: the agent may
    # acknowledge the return (the current value), never undo it.
    with agent.store.transaction("sync_download", from_server=True) as session:
        version = session.get(PlanVersion, version_id)
        assert version is not None
        version.state = PlanState.RETURNED
    returned = _conflict(agent, "plan_version", version_id, "state", "ready_to_sign", "signed",
                         "returned", by=agent.actor_id, case_id=family.case_id)
    with pytest.raises(RuleViolation) as refused:
        resolve_conflict(agent, returned, "mine")
    assert refused.value.codes == ("conflict.frozen",)
    resolve_conflict(agent, returned, "theirs")
    assert [v.conflict_id for v in open_conflicts(agent, family.case_id)] == [frozen]
    assert family.version(version_id).state is PlanState.RETURNED
    judged = _conflict(agent, "discernment_judgement", judgement_id, "reason", "", "a", "b",
                       case_id=family.case_id)
    with pytest.raises(RuleViolation) as refused:
        resolve_conflict(agent, judged, "mine")
    assert refused.value.codes == ("conflict.append_only",)
    missing = _conflict(agent, "person", uuid.uuid4(), "notes", "", "a", "b",
                        case_id=family.case_id)
    with pytest.raises(RuleViolation) as refused:
        resolve_conflict(agent, missing, "mine")
    assert refused.value.codes == ("conflict.record_missing",)
    with agent.reading() as session:
        version = session.get(PlanVersion, version_id)
        assert version is not None and version.snapshot != {"a": 1}
    with agent.store.transaction("test_close", from_server=True) as session:
        case = session.get(Case, family.case_id)
        assert case is not None
        case.state = CaseState.CLOSED
    closed = _conflict(agent, "person", family.child, "notes", "", "a", "b",
                       case_id=family.case_id)
    with pytest.raises(RuleViolation) as refused:
        resolve_conflict(agent, closed, "mine")
    assert refused.value.codes == ("conflict.case_closed",)
