"""What must hold once the devices have synced in quiet: nothing acknowledged lost, nothing
duplicated, no same-field edit overwritten silently, every accepted change in its dossier's
history, every device equal to the server for its scope (the history included) and holding
nothing outside it, every database sound."""

from __future__ import annotations

import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from app.domain import DossierHistoryEntry, SyncConflict
from app.domain.base import SyncedRecord
from app.store.wire import record_to_wire, synced_models, to_wire
from sync.server.models import AppliedMutation, HeldRestore
from sync.server.scopes import SHARED_WRITABLE, visible_cases
from tests.proof.sync_world import Node, World

#: Fields the proof writes with a value never used before: a value missing from the server is
#: then either superseded by someone who saw it, kept in a conflict, or silently lost.
UNIQUE_FIELDS = {("case_file", "working_frame"), ("person", "notes")}
#: Records the server makes itself, not the devices.
SERVER_MADE = frozenset({"sync_conflict", "app_user", "office", "dossier_history"})


@dataclass
class Acked:
    """A mutation whose answer the device received (applied, merged or conflict)."""

    entity: str
    record_id: uuid.UUID
    operation: str
    changes: dict[str, list[Any]]
    #: The device's id of the mutation (None: not known to the caller).
    mutation_id: uuid.UUID | None = None


@dataclass
class Violations:
    found: list[str] = field(default_factory=list)
    #: What was looked at (the report's figures): rows compared, values traced...
    checked: Counter[str] = field(default_factory=Counter)

    def add(self, message: str) -> None:
        self.found.append(message)


def check(world: World, acked: list[Acked]) -> Violations:
    violations = Violations()
    with world.server.sessions() as server:
        _sound(server, "server", violations)
        _acknowledged_on_server(server, acked, violations)
        _no_silent_overwrite(server, acked, violations)
        _no_duplicates(server, acked, violations)
        _historied(server, acked, violations)
        for node in world.nodes.values():
            _converged(server, world, node, violations)
    return violations


def _dossier_tables() -> dict[str, type[SyncedRecord]]:
    return {name: cls for name, cls in synced_models().items()
            if "case_id" in inspect(cls).columns or name == "case_file"}


def _case_of(record: SyncedRecord) -> uuid.UUID | None:
    return record.id if type(record).__tablename__ == "case_file" \
        else getattr(record, "case_id", None)  # type: ignore[attr-defined]


def _sound(session: Session, who: str, violations: Violations) -> None:
    integrity = session.execute(text("PRAGMA integrity_check")).scalar()
    if integrity != "ok":
        violations.add(f"{who}: integrity_check says {integrity}")
    broken = session.execute(text("PRAGMA foreign_key_check")).all()
    if broken:
        violations.add(f"{who}: foreign keys broken: {broken[:3]}")


def _held(server: Session) -> dict[tuple[str, uuid.UUID], list[dict[str, list[Any]]]]:
    """What the server keeps of devices' restores for dossiers a restore gave to someone
    else (``HeldRestore``): on the server, waiting for the ONE to give the dossier back."""
    held: dict[tuple[str, uuid.UUID], list[dict[str, list[Any]]]] = defaultdict(list)
    for row in server.scalars(select(HeldRestore)):
        mutation = row.mutation
        held[mutation["entity"], uuid.UUID(mutation["record_id"])].append(mutation["changes"])
    return held


def _acknowledged_on_server(server: Session, acked: list[Acked],
                            violations: Violations) -> None:
    held = _held(server)
    for write in acked:
        cls = synced_models()[write.entity]
        violations.checked["acknowledged writes traced to the server"] += 1
        if write.operation not in ("insert", "restore") \
                or server.get(cls, write.record_id) is not None:
            continue
        if (write.entity, write.record_id) in held:
            violations.checked["acknowledged records held by the server after a restore"] += 1
            continue
        violations.add(f"lost: acknowledged {write.operation} of {write.entity} "
                       f"{write.record_id} is not on the server")


def _no_silent_overwrite(server: Session, acked: list[Acked], violations: Violations) -> None:
    written: dict[tuple[str, uuid.UUID, str], set[Any]] = defaultdict(set)
    seen_before: dict[tuple[str, uuid.UUID, str], set[Any]] = defaultdict(set)
    for write in acked:
        for name, (before, after) in write.changes.items():
            if (write.entity, name) in UNIQUE_FIELDS and after:
                written[write.entity, write.record_id, name].add(_text(after))
                seen_before[write.entity, write.record_id, name].add(_text(before))
    kept: dict[tuple[uuid.UUID, str], set[Any]] = defaultdict(set)
    for conflict in server.scalars(select(SyncConflict)):
        for value in (conflict.mine_value, conflict.theirs_value, conflict.resolved_value):
            if value:
                kept[conflict.record_id, conflict.field].add(_text(value.get("v")))
    for (_entity, record_id), restores in _held(server).items():
        for changes in restores:
            for name, (_before, after) in changes.items():
                kept[record_id, name].add(_text(after))
    for (entity, record_id, name), values in written.items():
        record = server.get(synced_models()[entity], record_id)
        current = _text(to_wire(getattr(record, name))) if record is not None else None
        violations.checked["same-field values traced"] += len(values)
        for value in values - {current} - seen_before[entity, record_id, name] \
                - kept[record_id, name]:
            violations.add(f"silently overwritten: {entity}.{name} of {record_id} was "
                           f"{value!r}, is {current!r}, and no conflict keeps it")


def _historied(server: Session, acked: list[Acked], violations: Violations) -> None:
    """Every change of a dossier the server accepted, and still knows it accepted (a restore
    from a backup forgets both), has its entry in the dossier's history, naming it as the
    device sent it; the devices' copies are compared with the server's in ``_converged``
    (the history is in the dossier's scope). A restore the server had as sent changed
    nothing and needs none."""
    answered = {row.mutation_id: row.result.get("status") for row in server.scalars(
        select(AppliedMutation).where(AppliedMutation.mutation_id.in_(
            [write.mutation_id for write in acked if write.mutation_id is not None])))}
    entries = {entry.mutation_id: entry for entry in server.scalars(
        select(DossierHistoryEntry).where(DossierHistoryEntry.mutation_id.is_not(None)))}
    for write in acked:
        if write.mutation_id is None or write.operation == "restore" \
                or write.entity not in _dossier_tables() \
                or answered.get(write.mutation_id) in (None, "rejected"):
            continue
        violations.checked["accepted changes traced to the dossier's history"] += 1
        entry = entries.get(write.mutation_id)
        if entry is None:
            violations.add(f"no history: accepted {write.operation} of {write.entity} "
                           f"{write.record_id} ({write.mutation_id}) has no history entry")
        elif (entry.entity, entry.record_id, entry.outcome) != (
                write.entity, write.record_id, answered[write.mutation_id]):
            violations.add(f"history: the entry of {write.mutation_id} says {entry.entity} "
                           f"{entry.record_id} {entry.outcome}")


def _text(value: Any) -> Any:
    """A value as compared: text without its outer spaces, anything else as its JSON."""
    return value.strip() if isinstance(value, str) \
        else json.dumps(value, sort_keys=True, default=str)


def _no_duplicates(server: Session, acked: list[Acked], violations: Violations) -> None:
    made: dict[str, set[uuid.UUID]] = defaultdict(set)
    for write in acked:
        if write.operation in ("insert", "restore"):
            made[write.entity].add(write.record_id)
    for name, cls in synced_models().items():
        if name in SERVER_MADE or not (name in _dossier_tables() or name in SHARED_WRITABLE):
            continue
        on_server = set(server.scalars(select(cls.id)))
        extra = on_server - made[name]
        if extra:
            violations.add(f"duplicated or unexplained: {len(extra)} {name} record(s) on the "
                           f"server that no device's acknowledged insert made")


def _converged(server: Session, world: World, node: Node, violations: Violations) -> None:
    if node.pending():
        violations.add(f"{node.login}: {len(node.pending())} changes still in the outbox")
    scope = visible_cases(server, world.callers[node.login])
    # Checked as the app finds the store when it starts: on fresh connections. (A pooled
    # connection that read the search index before another connection wrote it reports an
    # FTS5 checksum mismatch that a fresh connection does not see; searches are right on both.)
    node.restart()
    with node.ctx.reading() as device:
        _sound(device, node.login, violations)
        for name, cls in _dossier_tables().items():
            mine = {r.id: r for r in device.scalars(select(cls))}
            outside = [r.id for r in mine.values() if _case_of(r) not in scope]
            if outside:
                violations.add(f"{node.login}: holds {len(outside)} {name} row(s) of dossiers "
                               "outside its scope")
            theirs = {r.id: r for r in server.scalars(select(cls)) if _case_of(r) in scope}
            if cls is DossierHistoryEntry:  # the history follows the dossier to every device
                violations.checked["history entries compared on every device in scope"] += \
                    len(theirs)
            _same_rows(node.login, name, mine, theirs, violations)
        for name in SHARED_WRITABLE:
            cls = synced_models()[name]
            _same_rows(node.login, name, {r.id: r for r in device.scalars(select(cls))},
                       {r.id: r for r in server.scalars(select(cls))}, violations)


def _same_rows(login: str, name: str, mine: dict[uuid.UUID, SyncedRecord],
               theirs: dict[uuid.UUID, SyncedRecord], violations: Violations) -> None:
    violations.checked["device rows compared with the server"] += len(mine)
    missing = theirs.keys() - mine.keys()
    if missing:
        violations.add(f"{login}: lacks {len(missing)} {name} row(s) of its scope")
    for record_id in mine.keys() & theirs.keys():
        here, there = record_to_wire(mine[record_id]), record_to_wire(theirs[record_id])
        if here != there:
            fields = sorted(k for k in here.keys() | there.keys()
                            if here.get(k) != there.get(k))
            violations.add(f"{login}: {name} {record_id} differs from the server on {fields}")
