"""An agent's laptop cannot validate (or return) a plan, even its own: only the ONE does
(art. 4). A hand-made upload that tries is refused with the reason."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain import PlanVersion
from app.services.plan.versions import record_discernment
from sync.protocol import Mutation, Operation, Status, Upload, UploadReply
from sync.server.refusals import Refused
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)


@pytest.fixture
def agent(server: Server, tmp_path: Path) -> Iterator[Device]:
    server.user("agent.a", name="Agent A")
    device = Device.enrol(server, tmp_path / "agent", "agent.a")
    yield device
    device.close()


@pytest.mark.parametrize("field,value", [("validated_on", "2026-03-03"),
                                         ("return_comment", "Renvoyé par moi-même")])
def test_an_agent_cannot_validate_or_return_a_plan(server: Server, agent: Device, field: str,
                                                    value: str) -> None:
    family = Family.open(agent.ctx, TODAY).analyse().assess().plan()
    record_discernment(agent.ctx, family.case_id, family.child, True, TODAY, "Comprend")
    version_id = family.ready_version()
    assert agent.sync().rejected == 0
    with server.sessions() as session:
        version = session.get(PlanVersion, version_id)
        assert version is not None
        base = version.server_version
    upload = Upload(mutations=[Mutation(
        mutation_id=uuid.uuid4(), entity="plan_version", record_id=version_id,
        operation=Operation.UPDATE, changes={field: [None if field == "validated_on" else "",
                                                     value]},
        base_version=base, device_clock=10_000, created_at=datetime.now(UTC))])
    answer = agent.transport.post("/api/sync/upload", upload, UploadReply).results[0]
    assert (answer.status, answer.reason) == (Status.REJECTED, Refused.VALIDATION.text())
    with server.sessions() as session:
        version = session.get(PlanVersion, version_id)
        assert version is not None and version.validated_on is None
        assert version.return_comment == ""
