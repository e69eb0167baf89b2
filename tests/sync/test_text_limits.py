"""The server refuses an uploaded text longer than its field's limit (a device of an older
version, or a hostile one, skips the device's check): the mutation is refused with its reason,
the others of the batch are applied."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.domain import Case
from app.services.steps.analysis import set_working_frame
from app.services.sync.local import outbox_batch
from sync.protocol import Mutation, Operation, Status, Upload, UploadReply
from sync.server.refusals import Refused
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)


def test_the_server_refuses_a_text_over_its_limit(server: Server, tmp_path: Path) -> None:
    server.user("agent.a", name="Agent A")
    agent = Device.enrol(server, tmp_path / "agent", "agent.a")
    try:
        family = Family.open(agent.ctx, TODAY)
        agent.sync()
        set_working_frame(agent.ctx, family.case_id, "Rencontres mensuelles")
        [frame] = outbox_batch(agent.ctx, 10)
        mutation = Mutation(
            mutation_id=frame.mutation_id, entity=frame.entity, record_id=frame.record_id,
            operation=Operation(frame.operation), changes=frame.changes,
            base_version=frame.base_version, device_clock=frame.device_clock,
            created_at=frame.created_at)
        long_frame = mutation.model_copy(update={"mutation_id": uuid.uuid4(), "changes": {
            "working_frame": [mutation.changes["working_frame"][0], "x" * 4001]}})
        answers = agent.transport.post("/api/sync/upload", Upload(mutations=[long_frame]),
                                       UploadReply).results
        assert [a.status for a in answers] == [Status.REJECTED]
        assert answers[0].reason == Refused.TOO_LONG.text(length="4\u00a0001",
                                                          limit="4\u00a0000")
        answers = agent.transport.post("/api/sync/upload", Upload(mutations=[mutation]),
                                       UploadReply).results
        assert [a.status for a in answers] == [Status.APPLIED]
        with server.sessions() as session:
            assert session.scalar(select(Case.working_frame).where(
                Case.id == family.case_id)) == "Rencontres mensuelles"
    finally:
        agent.close()
