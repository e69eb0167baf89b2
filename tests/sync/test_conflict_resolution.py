"""A conflict resolved on one device reaches the server and the other device like any edit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain import Case, SyncConflict, UserRole
from app.services.dossier.conflicts import open_conflicts, resolve_conflict
from app.services.steps.analysis import set_working_frame
from app.services.sync.local import sync_status
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)
AGENT_FRAME = "Rencontres à domicile, le mercredi"
CLERK_FRAME = "Rencontres au bureau régional"


@pytest.fixture
def pair(server: Server, tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    server.user("agent.a", name="Agent A")
    server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
    agent = Device.enrol(server, tmp_path / "agent", "agent.a")
    clerk = Device.enrol(server, tmp_path / "clerk", "clerk")
    yield agent, clerk
    agent.close()
    clerk.close()


def _frame_and_conflict(device: Device, family: Family) -> tuple[str, SyncConflict]:
    with device.ctx.reading() as session:
        case = session.get(Case, family.case_id)
        conflict = session.scalars(select(SyncConflict)).one()
        session.expunge(conflict)
        assert case is not None
        return case.working_frame, conflict


def test_a_conflict_resolved_on_one_device_reaches_everyone(
        server: Server, pair: tuple[Device, Device]) -> None:
    agent, clerk = pair
    family = Family.open(agent.ctx, TODAY)
    agent.sync()
    clerk.sync()
    set_working_frame(clerk.ctx, family.case_id, CLERK_FRAME)
    set_working_frame(agent.ctx, family.case_id, AGENT_FRAME)
    clerk.sync()
    assert agent.sync().conflicts == 1
    agent.sync()
    clerk.sync()
    # Both devices hold the conflict, each seeing its own value as "mine": nothing was lost.
    (on_agent,) = open_conflicts(agent.ctx, family.case_id)
    (on_clerk,) = open_conflicts(clerk.ctx)
    assert (on_agent.mine, on_agent.theirs, on_agent.base) == (AGENT_FRAME, CLERK_FRAME, "")
    assert (on_clerk.mine, on_clerk.theirs) == (CLERK_FRAME, AGENT_FRAME)
    assert on_agent.edited_by == "Agent A" and on_agent.conflict_id == on_clerk.conflict_id

    resolve_conflict(agent.ctx, on_agent.conflict_id, "mine")
    report = agent.sync()
    assert report.rejected == 0 and report.conflicts == 0, report
    clerk.sync()
    agent.sync()
    for device in (agent, clerk):
        frame, conflict = _frame_and_conflict(device, family)
        assert frame == AGENT_FRAME
        assert conflict.resolved_at is not None and conflict.resolved_value == {"v": AGENT_FRAME}
        assert conflict.resolved_by == agent.ctx.actor_id
        assert open_conflicts(device.ctx) == []
        assert sync_status(device.ctx).open_conflicts == 0
        assert sync_status(device.ctx).pending == 0
    with server.sessions() as session:
        case = session.get(Case, family.case_id)
        conflict = session.scalars(select(SyncConflict)).one()
        assert case is not None and case.working_frame == AGENT_FRAME
        assert conflict.resolved_at is not None and conflict.resolved_value == {"v": AGENT_FRAME}
