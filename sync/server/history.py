"""The dossier's history on the server (``DossierHistoryEntry``): an entry for every change
it accepts, written in the same transaction and logged in the dossier's scope like any of its
records, so that every device holding the dossier reads the same history and a device that
receives it later (a transfer, a wipe, a second laptop) reads it whole.

A refused mutation gets no entry: nothing of the dossier changed (the device keeps its own
trace and the refusal, ``RejectedChange``). A restore that the server already had as sent
changes nothing either. The server's own changes (the ONE's transfer, the rewriting after an
anonymisation) get entries too, without a device.
"""

from __future__ import annotations

import csv as csv_module
import io
import json
import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Case, DossierHistoryEntry, User, UserRole
from app.domain.base import SyncedRecord, new_id, utc_now
from app.store.wire import case_id_of, to_wire
from sync.protocol import Mutation, Status
from sync.server.models import Device
from sync.server.office import covered_agents, server_today
from sync.server.scopes import Caller


class HistoryWriter:
    """Entries for one caller's batch: names read once (who, which device, whose caseload
    they cover today)."""

    def __init__(self, session: Session, caller: Caller | None) -> None:
        self._session, self._caller = session, caller
        self._at = utc_now()
        self._names: dict[uuid.UUID, str] = {}
        #: Each dossier's agent as the database has it (None: not there yet, a dossier the
        #: batch opens), read once per dossier: a batch writes many records of few dossiers,
        #: and a dossier new in it is not in the session, so each lookup was a query.
        self._agents: dict[uuid.UUID, uuid.UUID | None] = {}
        self._covered: set[uuid.UUID] | None = None
        self._device_name = ""
        if caller is not None:
            device = session.get(Device, caller.device_id)
            self._device_name = device.name if device is not None else ""

    def name(self, user_id: uuid.UUID | None) -> str:
        if user_id is None:
            return ""
        if user_id not in self._names:
            user = self._session.get(User, user_id)
            self._names[user_id] = user.display_name if user is not None else ""
        return self._names[user_id]

    def _under_cover_of(self, case_id: uuid.UUID) -> uuid.UUID | None:
        """The dossier's agent, when the caller (an agent) changed it covering their caseload
        (``CaseloadCover`` in force on the server's day)."""
        caller = self._caller
        if caller is None or caller.role is not UserRole.AGENT:
            return None
        if case_id not in self._agents:
            with self._session.no_autoflush:
                case = self._session.get(Case, case_id)
            self._agents[case_id] = case.agent_id if case is not None else None
        agent_id = self._agents[case_id]
        if agent_id in (None, caller.user_id):
            return None
        with self._session.no_autoflush:
            if self._covered is None:
                self._covered = set(self._session.scalars(
                    covered_agents(caller.user_id, server_today())))
        return agent_id if agent_id in self._covered else None

    def of_mutation(self, mutation: Mutation, status: Status,
                    record: SyncedRecord) -> DossierHistoryEntry | None:
        """The entry of an accepted mutation of a dossier's record (None: not a dossier's)."""
        case_id = case_id_of(record)
        if case_id is None or self._caller is None:
            return None
        cover = self._under_cover_of(case_id)
        return DossierHistoryEntry(
            id=new_id(), case_id=case_id, at=self._at, made_at=mutation.created_at,
            user_id=self._caller.user_id, user_name=self.name(self._caller.user_id),
            device_id=self._caller.device_id, device_name=self._device_name,
            action=mutation.action, entity=mutation.entity, record_id=mutation.record_id,
            operation=mutation.operation.value, fields=sorted(mutation.changes),
            outcome=status.value, under_cover_of_id=cover, under_cover_of_name=self.name(cover),
            mutation_id=mutation.mutation_id)

    def of_server(self, action: str, records: Iterable[SyncedRecord],
                  fields: Iterable[str] = (), user_id: uuid.UUID | None = None,
                  at: datetime | None = None) -> list[DossierHistoryEntry]:
        """Entries of the server's own change of ``records`` (no device): ``user_id`` who
        asked for it when known (the caller whose upload caused it)."""
        moment = at or self._at
        who = user_id if user_id is not None else (
            self._caller.user_id if self._caller is not None else None)
        entries = []
        for record in records:
            case_id = case_id_of(record)
            if case_id is None:
                continue
            entries.append(DossierHistoryEntry(
                id=new_id(), case_id=case_id, at=moment, made_at=moment, user_id=who,
                user_name=self.name(who), device_id=None, device_name="", action=action,
                entity=type(record).__tablename__,  # type: ignore[attr-defined]
                record_id=record.id, operation="update", fields=sorted(fields),
                outcome=Status.APPLIED.value, mutation_id=None))
        return entries


def case_history(session: Session, case_id: uuid.UUID) -> list[DossierHistoryEntry]:
    """The dossier's history on the server, in the order it was written."""
    return list(session.scalars(select(DossierHistoryEntry).where(
        DossierHistoryEntry.case_id == case_id).order_by(
        DossierHistoryEntry.server_version, DossierHistoryEntry.id)))


#: The columns of the ONE's audit export, in order: members of staff and devices only, never
#: a value of the dossier (field names, record ids).
AUDIT_COLUMNS = ("at", "made_at", "user_login", "user_name", "device_id", "device_name",
                 "action", "entity", "record_id", "operation", "fields", "outcome",
                 "under_cover_of_login", "under_cover_of_name", "mutation_id")


def audit_document(session: Session, case: Case, csv: bool) -> bytes:
    """The dossier's history for the ONE (``cpi-server audit-export``): CSV (``;``, UTF-8,
    one line per entry) or JSON (the dossier's number and the entries)."""
    logins = {user.id: user.login for user in session.scalars(select(User))}
    rows = []
    for entry in case_history(session, case.id):
        rows.append({
            "at": to_wire(entry.at), "made_at": to_wire(entry.made_at),
            "user_login": logins.get(entry.user_id, "") if entry.user_id else "",
            "user_name": entry.user_name,
            "device_id": str(entry.device_id) if entry.device_id else "",
            "device_name": entry.device_name, "action": entry.action, "entity": entry.entity,
            "record_id": str(entry.record_id), "operation": entry.operation,
            "fields": list(entry.fields), "outcome": entry.outcome,
            "under_cover_of_login": logins.get(entry.under_cover_of_id, "")
            if entry.under_cover_of_id else "",
            "under_cover_of_name": entry.under_cover_of_name,
            "mutation_id": str(entry.mutation_id) if entry.mutation_id else ""})
    if not csv:
        return json.dumps({"format": "cpi-server dossier audit", "version": 1,
                           "case_number": case.number, "entries": rows},
                          ensure_ascii=False, indent=1).encode()
    out = io.StringIO()
    writer = csv_module.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(AUDIT_COLUMNS)
    for row in rows:
        writer.writerow([",".join(value) if isinstance(value, list) else value
                         for value in (row[name] for name in AUDIT_COLUMNS)])
    return out.getvalue().encode()
