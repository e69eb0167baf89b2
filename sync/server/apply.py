"""Applying a device's uploaded mutations: one transaction per batch, one savepoint per
mutation (a bad one never blocks the others), the answer stored with the change so that a
replay gets the same answer and nothing is applied twice.

Conflicts are found field by field against the value the device saw (``before``): a field
nobody else changed takes the device's value; a field someone else changed to another value
keeps the server's value and a ``SyncConflict`` record is made for a person to resolve.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from app.domain import Case, CaseTransferRequest, PersonAnonymisation, SyncConflict, User, UserRole
from app.domain.base import SyncedRecord, new_id, utc_now
from app.domain.history import SERVER_ANONYMISATION, SERVER_TRANSFER
from app.domain.text_limits import text_limit
from app.rules.happened import after_today
from app.rules.lengths import grouped, too_long_unmet
from app.store.wire import case_id_of, from_wire, synced_columns, synced_models, to_wire
from sync.protocol import PROTOCOL_VERSION, Mutation, MutationResult, Operation, Status
from sync.server.anonymise import ANONYMISED_KEY, IncomingGuard, carry_out
from sync.server.anonymise import ENTITY as ANONYMISATION
from sync.server.blobs import attachment_refusal
from sync.server.download import log_tokens
from sync.server.history import HistoryWriter
from sync.server.log import log_changes
from sync.server.models import AppliedMutation, HeldRestore, ServerBase, Transfer
from sync.server.office import LEAD_RECORDS, lead_refusal
from sync.server.references import reference_refusal
from sync.server.refusals import Refused
from sync.server.scopes import (
    Caller,
    VisibleCases,
    held_restore,
    kept_apart,
    move_refusal,
    restorable,
    validation_refusal,
    write_refusal,
)
from sync.server.settle import settle_plans


class Refusal(Exception):
    """A mutation the server will not apply: ``code`` says why, ``reason`` is its text for
    the agent, in French (what the answer carries). ``held_in``: a restore kept for that
    dossier (``HeldRestore``), not applied yet."""

    def __init__(self, code: Refused, held_in: uuid.UUID | None = None,
                 **params: object) -> None:
        self.code, self.reason, self.held_in = code, code.text(**params), held_in
        super().__init__(self.reason)


def _refused(session: Session, caller: Caller, mutation: Mutation, code: Refused,
             case_id: uuid.UUID | None) -> Refusal:
    if case_id is not None and held_restore(caller, mutation, code) \
            and session.get(Case, case_id) is not None:
        return Refusal(Refused.HELD, held_in=case_id)
    return Refusal(code)


@dataclass
class _Outcome:
    mutation: Mutation
    status: Status
    reason: str = ""
    record: SyncedRecord | None = None
    merged: list[str] = field(default_factory=list)
    conflicts: list[SyncConflict] = field(default_factory=list)
    held_in: uuid.UUID | None = None
    #: The record is new on the server (an insert, or a restore of a record it lost).
    inserted: bool = False
    #: The mutation changed the record (a restore the server had as sent changes nothing,
    #: and gets no history entry).
    changed: bool = True


def apply_batch(session: Session, caller: Caller,
                mutations: list[Mutation]) -> list[MutationResult]:
    """Apply ``mutations`` in the caller's open transaction; the caller commits."""
    answered = {stored.mutation_id: _replayed(caller, stored)
                for stored in session.scalars(select(AppliedMutation).where(
                    AppliedMutation.mutation_id.in_([m.mutation_id for m in mutations])))}
    pending = [m for m in mutations if m.mutation_id not in answered]
    outcomes, versions = _judged_in_turn(session, caller, pending)
    for outcome in outcomes:
        if outcome.inserted and isinstance(outcome.record, CaseTransferRequest):
            _transfer_requested(session, outcome.record)
    settle_plans(session, caller, (o.record for o in outcomes
                           if o.record is not None and o.status is not Status.REJECTED))
    session.add_all(HeldRestore(case_id=outcome.held_in, user_id=caller.user_id,
                                device_id=caller.device_id,
                                mutation=outcome.mutation.model_dump(mode="json"))
                    for outcome in outcomes if outcome.held_in is not None)
    answers: list[dict[str, Any]] = []
    now = utc_now()
    tokens = log_tokens(session, sorted(set(versions.values())))
    for outcome in outcomes:
        version = versions.get(outcome.record.id, 0) if outcome.record is not None else 0
        result = MutationResult(
            mutation_id=outcome.mutation.mutation_id, status=outcome.status,
            reason=outcome.reason,
            version=version, token=tokens.get(version, ""),
            merged_fields=outcome.merged, conflicts=[c.id for c in outcome.conflicts])
        answers.append({"mutation_id": result.mutation_id, "device_id": caller.device_id,
                        "result": result.model_dump(mode="json"), "at": now})
        answered[result.mutation_id] = result
    if answers:
        session.execute(insert(ServerBase.metadata.tables["applied_mutation"]), answers)
    return [answered[m.mutation_id] for m in mutations]


def highest_token_only(results: list[MutationResult]) -> list[MutationResult]:
    """The answers as sent: the log's token only on the answer(s) at the highest version
    among those not refused, the point a device keeps as its checkpoint; the others' went
    unused and were a tenth of an upload's reply on the wire. The stored answers keep theirs:
    a replay of part of a batch still carries the token of its own highest answer."""
    highest = max((r.version for r in results if r.token and r.status is not Status.REJECTED),
                  default=0)
    return [r if not r.token or r.version == highest else r.model_copy(update={"token": ""})
            for r in results]


def _judged_in_turn(session: Session, caller: Caller, pending: list[Mutation],
                    ) -> tuple[list[_Outcome], dict[uuid.UUID, int]]:
    """The batch judged as usual, except that an anonymisation (art. 7) is carried out
    where it comes, before the mutations that follow it; those, and every mutation of a
    dossier anonymised before, are rewritten the same way first (``sync.server.anonymise``).
    A batch without one is judged whole, in one pass."""
    outcomes: list[_Outcome] = []
    versions: dict[uuid.UUID, int] = {}
    chunk: list[Mutation] = []

    def judge_chunk() -> None:
        if chunk:
            guard = IncomingGuard(session)
            more, written = _judge_and_write(session, caller, [guard.redact(m) for m in chunk])
            outcomes.extend(more)
            versions.update(written)
            chunk.clear()

    for mutation in pending:
        if mutation.entity != ANONYMISATION:
            chunk.append(mutation)
            continue
        judge_chunk()
        more, written = _judge_and_write(session, caller, [mutation])
        outcomes.extend(more)
        versions.update(written)
        for outcome in more:
            if outcome.status is Status.APPLIED \
                    and isinstance(outcome.record, PersonAnonymisation):
                rewritten = carry_out(session, outcome.record)
                versions.update(log_changes(session, [*rewritten, *HistoryWriter(
                    session, caller).of_server(SERVER_ANONYMISATION, rewritten)]))
                session.info[ANONYMISED_KEY] = True
    judge_chunk()
    return outcomes, versions


def _judge_and_write(session: Session, caller: Caller, pending: list[Mutation],
                     ) -> tuple[list[_Outcome], dict[uuid.UUID, int]]:
    """Each mutation's outcome, and the log's version of each record written."""
    # Optimistic first: the whole batch judged in memory, then written in one savepoint with
    # bulk inserts. Refusals are found before anything is written, so only the database can
    # fail a mutation (a reference the server lacks, an inserted id it has already); then the
    # batch starts again, one savepoint and one flush per mutation, to find it.
    records = _lock_existing(session, pending, inserts=False)
    whole = session.begin_nested()
    try:
        outcomes = _apply_each(session, caller, pending, records, careful=False)
        versions = log_changes(session, _touched(outcomes) + _history(session, caller,
                                                                      outcomes))
        whole.commit()
    except OperationalError:
        raise  # a busy or lost database, not a wrong mutation: the device sends it again
    except (SQLAlchemyError, ValueError, TypeError):
        whole.rollback()
        outcomes = _apply_each(session, caller, pending, _lock_existing(session, pending),
                               careful=True)
        versions = log_changes(session, _touched(outcomes) + _history(session, caller,
                                                                      outcomes))
    return outcomes, versions


def _history(session: Session, caller: Caller,
             outcomes: list[_Outcome]) -> list[SyncedRecord]:
    """The dossier's history entry of each change accepted (``sync.server.history``)."""
    writer: HistoryWriter | None = None
    entries: list[SyncedRecord] = []
    for outcome in outcomes:
        if outcome.status is Status.REJECTED or outcome.record is None or not outcome.changed:
            continue
        writer = writer or HistoryWriter(session, caller)
        entry = writer.of_mutation(outcome.mutation, outcome.status, outcome.record)
        if entry is not None:
            entries.append(entry)
    return entries


def place_held(session: Session, case_id: uuid.UUID, agent: User) -> int:
    """The ONE gave the dossier to ``agent``: what their devices gave back after a restore,
    and the server held, is judged now as theirs. Returns how many were applied; a refusal
    for another reason stays held, listed for the ONE (``cpi-server held``)."""
    held = list(session.scalars(select(HeldRestore).where(
        HeldRestore.case_id == case_id, HeldRestore.user_id == agent.id).order_by(
        HeldRestore.seq)))
    placed = 0
    for device_id in dict.fromkeys(row.device_id for row in held):
        rows = [row for row in held if row.device_id == device_id]
        caller = Caller(agent.id, agent.role, agent.office_id, device_id,
                        PROTOCOL_VERSION)
        outcomes, _versions = _judge_and_write(
            session, caller, [Mutation.model_validate(row.mutation) for row in rows])
        for row, outcome in zip(rows, outcomes, strict=True):
            if outcome.status is not Status.REJECTED:
                session.delete(row)
                placed += 1
    return placed


def hand_over(session: Session, case: Case, agent: User, at: datetime,
              by: uuid.UUID | None = None) -> None:
    """Give the dossier to ``agent`` (the ONE's ``cpi-server transfer``, an office lead's
    ``case_transfer``): their devices get it at their next sync, the former agent's lose it
    once their pending edits are judged (``Transfer``), and what the new agent's devices gave
    back after a restore, held for this day, is put in place. ``by``: the office lead who
    asked for it (None: the ONE, on the server); the dossier's history says so."""
    session.add(Transfer(case_id=case.id, from_agent_id=case.agent_id, to_agent_id=agent.id,
                         at=at))
    case.agent_id = agent.id
    log_changes(session, [case, *HistoryWriter(session, None).of_server(
        SERVER_TRANSFER, [case], ["agent_id"], user_id=by, at=at)])
    place_held(session, case.id, agent)


def _transfer_requested(session: Session, request: CaseTransferRequest) -> None:
    """An office lead's transfer, judged already (``office.lead_refusal``): applied in the
    same transaction as the request."""
    case = session.scalars(select(Case).where(Case.id == request.case_id)
                           .with_for_update()).one()
    agent = session.get(User, request.to_agent_id)
    assert agent is not None and agent.role is UserRole.AGENT  # judged before it was written
    if case.agent_id != agent.id:
        hand_over(session, case, agent, utc_now(), by=request.requested_by_id)


def _touched(outcomes: list[_Outcome]) -> list[SyncedRecord]:
    touched: list[SyncedRecord] = []
    for outcome in outcomes:
        if outcome.record is not None:
            touched.append(outcome.record)
        touched.extend(outcome.conflicts)
    return touched


def _apply_each(session: Session, caller: Caller, mutations: list[Mutation],
                records: dict[tuple[str, uuid.UUID], SyncedRecord], *,
                careful: bool) -> list[_Outcome]:
    """Each mutation's outcome. ``careful``: a savepoint and a flush each, so that a database
    error refuses its own mutation only. Otherwise nothing is added to the session: the new
    records and conflicts are written by ``log_changes``."""
    visible = VisibleCases(session, caller)
    outcomes: list[_Outcome] = []
    for mutation in mutations:
        savepoint = session.begin_nested() if careful else None
        try:
            outcome = _apply(session, caller, visible, records, mutation)
            if savepoint is not None:
                if outcome.record is not None and inspect(outcome.record).transient:
                    session.add(outcome.record)
                session.add_all(outcome.conflicts)
                session.flush()
                savepoint.commit()
        except Refusal as refusal:  # raised before anything was written
            if savepoint is not None:
                savepoint.rollback()
            outcome = _Outcome(mutation, Status.REJECTED, refusal.reason,
                               held_in=refusal.held_in)
        except IntegrityError:
            if savepoint is None:
                raise
            savepoint.rollback()
            outcome = _Outcome(mutation, Status.REJECTED, Refused.INTEGRITY.text())
        except OperationalError:
            raise
        except SQLAlchemyError as exc:
            if savepoint is None:
                raise
            savepoint.rollback()
            outcome = _Outcome(mutation, Status.REJECTED,
                               Refused.VALUE.text(error=type(exc).__name__))
        except (ValueError, TypeError) as exc:
            if savepoint is None:
                raise  # not a value the device sent (those are refusals): go carefully
            savepoint.rollback()
            outcome = _Outcome(mutation, Status.REJECTED,
                               Refused.VALUE.text(error=type(exc).__name__))
        visible.written(mutation.entity, outcome.record)
        if outcome.record is not None:
            records[mutation.entity, mutation.record_id] = outcome.record
        outcomes.append(outcome)
    return outcomes


def _replayed(caller: Caller, stored: AppliedMutation) -> MutationResult:
    """The stored answer, to the device that sent the mutation only: another device learns
    nothing of it (nor of its record) by sending the same id."""
    result = MutationResult.model_validate(stored.result)
    if stored.device_id == caller.device_id:
        return result
    return MutationResult(mutation_id=result.mutation_id, status=Status.REJECTED,
                          reason=Refused.REPLAY.text())


def _lock_existing(session: Session, mutations: list[Mutation], *,
                   inserts: bool = True) -> dict[tuple[str, uuid.UUID], SyncedRecord]:
    """Load and lock, one query per record type, the records the batch writes (in id order,
    the same in every batch): a record not found is one the server does not have.
    ``inserts=False``: not the records the batch inserts, which the server should not have
    (if it has one, the insert fails and the careful pass looks again)."""
    wanted: dict[str, set[uuid.UUID]] = {}
    inserted: set[tuple[str, uuid.UUID]] = set()
    for mutation in mutations:
        key = (mutation.entity, mutation.record_id)
        if not inserts and mutation.operation is Operation.INSERT:
            inserted.add(key)
        elif mutation.entity in synced_models() and key not in inserted:
            wanted.setdefault(mutation.entity, set()).add(mutation.record_id)
    found: dict[tuple[str, uuid.UUID], SyncedRecord] = {}
    for entity, ids in wanted.items():
        cls = synced_models()[entity]
        found |= {(entity, record.id): record for record in session.scalars(
            select(cls).where(cls.id.in_(ids)).order_by(cls.id).with_for_update())}
    return found


def _apply(session: Session, caller: Caller, visible: VisibleCases,
           records: dict[tuple[str, uuid.UUID], SyncedRecord], mutation: Mutation) -> _Outcome:
    """``records``: those ``_lock_existing`` found, and those the batch has written so far."""
    existing = records.get((mutation.entity, mutation.record_id))
    outdated = False
    if existing is not None and mutation.operation is Operation.RESTORE:
        given = mutation
        mutation = restorable(caller, mutation)
        outdated = kept_apart(given, mutation, existing)
    cls = synced_models().get(mutation.entity)
    if cls is None:
        raise Refusal(Refused.UNKNOWN_ENTITY, entity=mutation.entity)
    columns = synced_columns(cls)
    unknown = sorted(set(mutation.changes) - set(columns))
    if unknown:
        raise Refusal(Refused.UNKNOWN_FIELDS, fields=", ".join(unknown))
    if any(len(pair) != 2 for pair in mutation.changes.values()):
        raise Refusal(Refused.CHANGE_NOT_A_PAIR)
    try:
        values = {name: from_wire(columns[name], after)
                  for name, (_before, after) in mutation.changes.items()}
    except (ValueError, TypeError) as exc:
        raise Refusal(Refused.VALUE, error=type(exc).__name__) from None
    _refuse_after_today(mutation.entity, values)
    if existing is None:
        if mutation.operation not in (Operation.INSERT, Operation.RESTORE):
            raise Refusal(Refused.NOT_ON_SERVER)
        return _insert(session, caller, visible, records, cls, mutation, values)
    changed = frozenset(name for name, (_before, after) in mutation.changes.items()
                        if to_wire(getattr(existing, name)) != after)
    if mutation.operation is Operation.RESTORE and not changed:
        # Given back as the server has it: nothing to apply, refuse or hold (a device that
        # read the log only after the backup gives back everything, offices and users too).
        # A dossier's record is authorised first, as a changed one would be: otherwise the
        # answer would tell a caller who may not read it whether their guess of its values
        # was right. A value the server keeps over the device's (who holds the dossier, its
        # validation): the record is announced again, so that the device reads it.
        case_id = case_id_of(existing)
        refusal = None if case_id is None else write_refusal(
            session, caller, visible, mutation.entity, case_id, mutation.created_at,
            changed, restoring=True)
        if refusal:
            raise _refused(session, caller, mutation, refusal, case_id)
        return _Outcome(mutation, Status.APPLIED, record=existing if outdated else None,
                        changed=False)
    # Judged before "already there": that answer would tell a stranger the id exists.
    refusal = (write_refusal(session, caller, visible, mutation.entity, case_id_of(existing),
                             mutation.created_at, changed,
                             restoring=mutation.operation is Operation.RESTORE)
               or (Refused.ALREADY_ON_SERVER if mutation.operation is Operation.INSERT
                   else None)
               or move_refusal(mutation.entity, changed)
               or validation_refusal(caller, mutation.entity, changed)
               or reference_refusal(session, mutation.entity, case_id_of(existing),
                                    {name: values[name] for name in changed}, records)
               or (lead_refusal(session, caller, existing, changed, inserting=False)
                   if mutation.entity in LEAD_RECORDS else None))
    if refusal:
        raise _refused(session, caller, mutation, refusal, case_id_of(existing))
    _refuse_too_long(mutation.entity, {name: values[name] for name in changed})
    if cls.APPEND_ONLY:
        raise Refusal(Refused.APPEND_ONLY)
    return _update(caller, existing, mutation, values)


def _refuse_after_today(entity: str, values: dict[str, Any]) -> None:
    """A fact dated after the server's today (``app.rules.happened``): refused whatever
    the laptop's clock said when it was typed."""
    now = utc_now()
    for name, value in values.items():
        if after_today(entity, name, value, now):
            shown = value.date() if isinstance(value, datetime) else value
            raise Refusal(Refused.AFTER_TODAY, date=f"{shown:%d.%m.%Y}")


def _insert(session: Session, caller: Caller, visible: VisibleCases,
            records: dict[tuple[str, uuid.UUID], SyncedRecord], cls: type[SyncedRecord],
            mutation: Mutation, values: dict[str, Any]) -> _Outcome:
    record = cls()
    record.id = mutation.record_id
    record.server_version = 0  # now, not at the flush: a later mutation of the batch reads it
    for name, value in values.items():
        setattr(record, name, value)
    new_case = record if isinstance(record, Case) else None
    refusal = write_refusal(session, caller, visible, mutation.entity, case_id_of(record),
                            mutation.created_at, frozenset(values), inserting=True,
                            new_case=new_case,
                            restoring=mutation.operation is Operation.RESTORE) \
        or reference_refusal(session, mutation.entity, case_id_of(record), values, records) \
        or validation_refusal(caller, mutation.entity, frozenset(
            name for name, value in values.items() if value not in (None, ""))) \
        or (lead_refusal(session, caller, record, frozenset(values), inserting=True)
            if mutation.entity in LEAD_RECORDS else None)
    if refusal:
        raise _refused(session, caller, mutation, refusal, case_id_of(record))
    _refuse_too_long(mutation.entity, values)
    missing = attachment_refusal(session, caller, record)  # a scan's bytes arrive before it
    if missing:
        raise Refusal(missing)
    return _Outcome(mutation, Status.APPLIED, record=record, inserted=True)


def _refuse_too_long(entity: str, values: dict[str, Any]) -> None:
    """A text longer than its field's limit (``app.domain.text_limits``, judged by the same
    rule as on the device) refuses the mutation: one device cannot make a dossier's plan take
    minutes to print for everyone. Judged after who may write, so a stranger learns nothing."""
    for name, value in values.items():
        if too_long_unmet(entity, [(name, value)]):
            raise Refusal(Refused.TOO_LONG, length=grouped(len(value)),
                          limit=grouped(text_limit(entity, name) or 0))


def _update(caller: Caller, record: SyncedRecord, mutation: Mutation,
            values: dict[str, Any]) -> _Outcome:
    outcome = _Outcome(mutation, Status.APPLIED, record=record)
    changed_since = record.server_version > mutation.base_version
    accepted: dict[str, list[Any]] = {}
    for name, (before, after) in mutation.changes.items():
        current = to_wire(getattr(record, name))
        if current == after:
            continue  # already so (a colleague made the same change)
        seen = current if mutation.operation is Operation.RESTORE and not changed_since \
            else before
        if current == seen and not (name == "deleted_at" and after and changed_since):
            accepted[name] = [before, after]
            continue
        outcome.conflicts.append(_conflict(caller, record, mutation, name, before, after,
                                           current))
    reason = record.refused_change(accepted)
    if reason:
        raise Refusal(Refused.FROZEN_PLAN)
    for name in accepted:
        setattr(record, name, values[name])
    if changed_since and accepted:
        outcome.status, outcome.merged = Status.MERGED, sorted(accepted)
    if outcome.conflicts:
        outcome.status = Status.CONFLICT
    return outcome


def _conflict(caller: Caller, record: SyncedRecord, mutation: Mutation, name: str,
              before: Any, after: Any, current: Any) -> SyncConflict:
    conflict = SyncConflict(
        id=new_id(), case_id=case_id_of(record), entity=mutation.entity, record_id=record.id,
        field=name,
        base_value={"v": before}, mine_value={"v": after}, theirs_value={"v": current},
        mine_by=caller.user_id, mine_at=mutation.created_at)
    return conflict
