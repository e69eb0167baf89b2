"""An upload's answers carry the log's token only at their highest version (the point a device
keeps as its checkpoint): the others went unused on the wire. A replay, whole or in part,
still carries the token of its own highest answer, from the stored answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.services.sync.local import outbox_batch, sync_settings
from sync.protocol import Mutation, MutationResult, Operation, Status, Upload, UploadReply
from tests.app.services.family import Family
from tests.sync.harness import Device, Server


def upload(agent: Device, mutations: list[Mutation]) -> list[MutationResult]:
    return agent.transport.post("/api/sync/upload", Upload(mutations=mutations),
                                UploadReply).results


def tokens_at_the_top(results: list[MutationResult]) -> set[int]:
    """The versions whose answers carry a token; each such answer is at the highest."""
    highest = max(r.version for r in results)
    assert all(r.token == "" for r in results if r.version != highest)
    return {r.version for r in results if r.token}


def test_only_the_highest_answer_carries_the_token(server: Server, tmp_path: Path) -> None:
    server.user("agent.a")
    agent = Device.enrol(server, tmp_path / "agent", "agent.a")
    try:
        Family.open(agent.ctx, date(2026, 3, 2)).analyse()
        mutations = [Mutation(mutation_id=m.mutation_id, entity=m.entity, record_id=m.record_id,
                              operation=Operation(m.operation), changes=m.changes,
                              base_version=m.base_version, device_clock=m.device_clock,
                              created_at=m.created_at) for m in outbox_batch(agent.ctx, 100)]
        first = upload(agent, mutations)
        assert len(first) == 9 and all(r.status is Status.APPLIED for r in first)
        highest = max(r.version for r in first)
        assert tokens_at_the_top(first) == {highest}
        assert upload(agent, mutations) == first  # a replay answers the same
        part = upload(agent, mutations[:4])  # a replay of part: its own highest answer
        assert [r.model_copy(update={"token": ""}) for r in part] \
            == [r.model_copy(update={"token": ""}) for r in first[:4]]
        assert tokens_at_the_top(part) == {max(r.version for r in part)}
        agent.sync()  # the device's checkpoint: the highest answer's (then the download's)
        seq, token = sync_settings(agent.ctx).checkpoints[-1]
        assert seq >= highest and token
    finally:
        agent.close()
