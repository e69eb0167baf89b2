"""One bad mutation never blocks the others: the server applies a batch in one go, and when the
database refuses one of its mutations it starts again, one savepoint per mutation, so that
only that one is refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import event, select

from app.domain import Person, PersonRole
from app.services.dossier.opening import PersonInput, add_person
from app.services.sync.local import outbox_batch
from sync.protocol import Mutation, Operation, Status, Upload, UploadReply
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)


def test_a_mutation_the_database_refuses_does_not_block_the_batch(
        server: Server, tmp_path: Path) -> None:
    server.user("agent.a", name="Agent A")
    agent = Device.enrol(server, tmp_path / "agent", "agent.a")
    try:
        family = Family.open(agent.ctx, TODAY)
        agent.sync()
        made = [add_person(agent.ctx, family.case_id, PersonInput(
            PersonRole.OTHER_RELATIVE, first, "Tavares", date(1960, 1, 1)), today=TODAY,
            confirmed_new=True) for first in ("Rosa", "Inês", "Joaquim")]
        batch = outbox_batch(agent.ctx, 10)
        assert [m.record_id for m in batch] == made
        mutations = [Mutation(
            mutation_id=m.mutation_id, entity=m.entity, record_id=m.record_id,
            operation=Operation(m.operation), changes=m.changes, base_version=m.base_version,
            device_clock=m.device_clock, created_at=m.created_at) for m in batch]
        # The middle one lacks a field the database requires (a buggy or hostile client).
        broken = dict(mutations[1].changes)
        del broken["first_name"]
        mutations[1] = mutations[1].model_copy(update={"changes": broken})
        answers = agent.transport.post("/api/sync/upload", Upload(mutations=mutations),
                                       UploadReply).results
        assert [a.status for a in answers] == [Status.APPLIED, Status.REJECTED,
                                               Status.APPLIED]
        assert answers[1].reason and answers[0].version and answers[2].version
        with server.sessions() as session:
            names = set(session.scalars(select(Person.first_name).where(
                Person.id.in_(made))))
        assert names == {"Rosa", "Joaquim"}
    finally:
        agent.close()


def test_a_clean_batch_is_written_in_one_pass(server: Server, tmp_path: Path) -> None:
    """A family taken to planned measures (persons, objectives pointing at them, measures,
    a provider...) goes in with one savepoint: its tables are written parents first, whatever
    order the unit of work would have chosen (it knows no relationships between them)."""
    server.user("agent.a", name="Agent A")
    agent = Device.enrol(server, tmp_path / "agent", "agent.a")
    savepoints: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("SAVEPOINT"):
            savepoints.append(statement)

    engine = server.sessions.kw["bind"]
    try:
        Family.open(agent.ctx, TODAY).analyse().assess().plan()
        event.listen(engine, "before_cursor_execute", seen)
        try:
            report = agent.sync()
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        assert report.uploaded >= 10 and report.applied == report.uploaded
        assert len(savepoints) == 1, savepoints
    finally:
        agent.close()
