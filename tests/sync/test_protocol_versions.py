"""A laptop one protocol version behind reads its answers with models that forbid unknown
fields: the server leaves the newer version's fields out of what it sends it."""

from __future__ import annotations

import json
from datetime import date

from app.services.sync.local import outbox_batch
from sync.client.transport import send_raw
from sync.protocol import PROTOCOL_3_FIELDS, PROTOCOL_VERSION, Mutation, Operation, Upload
from tests.app.services.family import Family
from tests.sync.harness import Device, Server


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_a_protocol_2_caller_gets_no_field_of_protocol_3(
        server: Server, devices: dict[str, Device]) -> None:
    agent = devices["agent.a"]
    Family.open(agent.ctx, date(2026, 3, 2))
    upload = Upload(mutations=[Mutation(
        mutation_id=m.mutation_id, entity=m.entity, record_id=m.record_id,
        operation=Operation(m.operation), changes=m.changes, base_version=m.base_version,
        device_clock=m.device_clock, created_at=m.created_at)
        for m in outbox_batch(agent.ctx, 100)])
    bodies = {"/api/sync/upload": upload.model_dump_json(),
              "/api/sync/download": json.dumps({"cursors": {}})}
    seen: dict[int, set[str]] = {}
    for protocol in (PROTOCOL_VERSION - 1, PROTOCOL_VERSION):
        old = server.transport(agent.transport.token, protocol=protocol)
        keys: set[str] = set()
        for path, body in bodies.items():
            answer = send_raw(old, "POST", path, content=body.encode(),
                              headers={"Content-Type": "application/json"})
            keys |= _keys(answer.json())
        seen[protocol] = keys
    assert not seen[PROTOCOL_VERSION - 1] & PROTOCOL_3_FIELDS
    assert "token" in seen[PROTOCOL_VERSION]
