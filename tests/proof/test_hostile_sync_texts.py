"""Hostile text through the sync: a laptop uploads it, the server keeps it as the laptop kept
it, and the same agent's second laptop downloads it unchanged. A hand-made upload carrying a
lone UTF-16 surrogate and a NUL (valid JSON, no storable text) is refused or cleaned, never a
5xx."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from app.domain import Person, PersonRole
from app.domain.text_limits import text_limit
from app.services.dossier.opening import PersonInput, add_person
from app.store.unicode import well_formed
from sync.protocol import PROTOCOL_HEADER, TOKEN_HEADER, ErrorReply
from tests.app.services.family import Family
from tests.proof.budget import record
from tests.proof.hostile_servers import DATABASES, database_url
from tests.proof.hostile_strings import hostile_strings
from tests.sync.authz_world import mutation
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)


@pytest.fixture(params=DATABASES)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    with database_url(request.param, tmp_path) as url, Server.running(url) as running:
        running.user("agent.a")
        yield running


def test_hostile_text_syncs_faithfully(server: Server, tmp_path: Path) -> None:
    limit = text_limit("person", "notes") or 0  # longer notes are refused (test_text_limits)
    strings = [*(value[:limit] for value in hostile_strings()), "Ä" * limit]
    laptop = Device.enrol(server, tmp_path / "laptop", "agent.a")
    spare = Device.enrol(server, tmp_path / "spare", "agent.a")
    try:
        family = Family.open(laptop.ctx, TODAY)
        sent = {add_person(laptop.ctx, family.case_id, PersonInput(
            PersonRole.OTHER_RELATIVE, "Proche", f"Essai {i}", None, value), today=TODAY,
            confirmed_new=True): well_formed(value) for i, value in enumerate(strings)}
        report = laptop.sync()
        assert report.rejected == 0, report
        with server.sessions() as session:
            kept = {pid: session.get(Person, pid).notes for pid in sent}  # type: ignore[union-attr]
        assert kept == sent
        spare.sync()
        with spare.ctx.reading() as session:
            received = {pid: session.get(Person, pid).notes for pid in sent}  # type: ignore[union-attr]
        assert received == sent
        with spare.store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        lone = _hand_made_lone_surrogate(server, laptop, next(iter(sent)))
    finally:
        laptop.close()
        spare.close()
    dialect = server.sessions.kw["bind"].dialect.name
    record(f"hostile_sync_texts_{dialect}", {
        "hostile_strings": len(strings), "synced_faithfully": len(sent),
        "lone_surrogate_upload": lone, "server_errors": 0})


def _hand_made_lone_surrogate(server: Server, laptop: Device, person_id: uuid.UUID) -> str:
    """``"\\ud800"`` sent raw with the laptop's own token, on a record it may edit."""
    with server.sessions() as session:
        person = session.get(Person, person_id)
        assert person is not None
        sent = mutation("person", person_id, {"notes": [person.notes, "demi \ud800 paire \x00"]})
        sent["base_version"] = person.server_version
    body = json.dumps({"mutations": [sent]})
    reply = httpx.post(f"{server.url}/api/sync/upload", content=body, headers={
        TOKEN_HEADER: laptop.transport.token or "", PROTOCOL_HEADER: "2",
        "Content-Type": "application/json"}, timeout=30)
    assert reply.status_code < 500, reply.text
    if reply.status_code != 200:
        ErrorReply.model_validate_json(reply.content)
        return f"refused {reply.status_code}"
    result = reply.json()["results"][0]
    with server.sessions() as session:
        notes = session.get(Person, person_id).notes  # type: ignore[union-attr]
    assert "\ud800" not in notes and "\x00" not in notes
    return f"{result['status']}: {result['reason']}"
