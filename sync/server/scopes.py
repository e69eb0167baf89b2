"""Who may read and write what, decided on the server from its current assignments, never from
what a device claims: an agent their own dossiers, an office clerk and the office lead their
office's, a ONE validator the dossiers whose plan awaits validation (and only the validation)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Case, PlanVersion, UserRole
from app.domain.base import SyncedRecord, aware, utc_now
from app.domain.plans import AWAITING_VALIDATION
from app.domain.sync_state import REFERENCE_SCOPE
from app.store.wire import to_wire
from sync.protocol import Mutation, Operation, case_scope
from sync.server.models import DeviceRead, Transfer
from sync.server.office import LEAD_RECORDS, covered_agents, made_under_cover, server_today
from sync.server.refusals import Refused

#: A person's anonymisation (art. 7, ``sync.server.anonymise``).
ANONYMISATION = "person_anonymisation"
#: Changed by the ONE's administrators on the server only.
ADMIN_ONLY = frozenset({"office", "app_user"})
#: Written by the server only: the dossier's history (``sync.server.history``). A device's
#: entry, even one given back after a restore, would pass for the server's word.
SERVER_WRITTEN = frozenset({"dossier_history"})
#: Shared records any office worker may add or correct (none since the provider directory
#: became the ONE's).
SHARED_WRITABLE: frozenset[str] = frozenset()
#: The provider directory (art. 13): the ONE keeps it, by its register's import on the server
#: or from a ONE administrator's laptop; every other device reads it only.
DIRECTORY = frozenset({"provider", "provider_agrement"})
#: What a validator's app updates (it inserts nothing): the validation or the return of a
#: plan version (a validation may supersede the version in force) and the resolution of a
#: conflict.
VALIDATOR_WRITABLE = {
    "plan_version": frozenset({"state", "validated_on", "validated_by", "in_force_since",
                               "review_due_on", "ended_on", "end_reason", "returned_on",
                               "returned_by", "return_comment"}),
    "sync_conflict": frozenset({"resolved_at", "resolved_by", "resolved_value"}),
}
#: Set by a validator only (``validation_refusal``).
VALIDATION_FIELDS = frozenset({"validated_on", "validated_by", "returned_on", "returned_by",
                               "return_comment"})
#: Who holds a dossier: changed on the server only (``cpi-server transfer``, the office
#: lead's ``case_transfer``).
HOLDER_FIELDS = frozenset({"office_id", "agent_id"})

@dataclass(frozen=True)
class Caller:
    user_id: uuid.UUID
    role: UserRole
    office_id: uuid.UUID | None
    device_id: uuid.UUID
    protocol: int


def visible_cases(session: Session, caller: Caller) -> set[uuid.UUID]:
    """The dossiers the caller's devices hold now: an agent's own, and those of the agents
    whose caseload they cover today (``office.covered_agents``)."""
    if caller.role is UserRole.AGENT:
        query = select(Case.id).where(
            (Case.agent_id == caller.user_id)
            | Case.agent_id.in_(covered_agents(caller.user_id, server_today())))
    elif caller.role in (UserRole.OFFICE_CLERK, UserRole.OFFICE_LEAD):
        query = select(Case.id).where(Case.office_id == caller.office_id)
    elif caller.role is UserRole.ONE_ADMIN:
        return set()  # the directory, no dossier
    else:
        query = select(PlanVersion.case_id).where(
            PlanVersion.state.in_(AWAITING_VALIDATION), PlanVersion.deleted_at.is_(None))
    return set(session.scalars(query))


class VisibleCases:
    """``visible_cases`` read once for an upload batch rather than once per mutation, and kept
    up to date as the batch writes: an agent's or a clerk's dossiers change only by a dossier
    they open (nobody changes a holder from a device, ``move_refusal``); a validator's follow
    the plan versions, so they are read again after one is written."""

    def __init__(self, session: Session, caller: Caller) -> None:
        self._session, self._caller = session, caller
        self._known: set[uuid.UUID] | None = None

    def __contains__(self, case_id: object) -> bool:
        if self._known is None:
            self._known = visible_cases(self._session, self._caller)
        return case_id in self._known

    def written(self, entity: str, record: object) -> None:
        """``record``: what the mutation of ``entity`` wrote, None if it was refused."""
        if record is None:
            return
        if self._caller.role is UserRole.VALIDATOR:
            if entity in ("case_file", "plan_version"):
                self._known = None
        elif isinstance(record, Case) and self._holds(record) and record.id not in self:
            assert self._known is not None  # read by ``in`` above, before the new dossier
            self._known.add(record.id)

    def _holds(self, case: Case) -> bool:
        if self._caller.role is UserRole.AGENT:
            return case.agent_id == self._caller.user_id
        return case.office_id == self._caller.office_id


def caller_scopes(session: Session, caller: Caller) -> list[str]:
    return [REFERENCE_SCOPE, *sorted(case_scope(case) for case in visible_cases(session, caller))]


def write_refusal(session: Session, caller: Caller, visible: VisibleCases, entity: str,
                  case_id: uuid.UUID | None, made_at: datetime, fields: frozenset[str], *,
                  inserting: bool = False, new_case: Case | None = None,
                  restoring: bool = False) -> Refused | None:
    """Why the caller may not write ``fields`` of this record (None: they may). An insert
    names every field it sets; ``new_case`` is a dossier the mutation itself creates;
    ``visible`` is the caller's dossiers, read once per batch; ``restoring``: given back to
    a server restored from a backup."""
    if entity in ADMIN_ONLY:
        return Refused.ADMIN_ONLY
    if entity in SERVER_WRITTEN:
        return Refused.NOT_FROM_A_DEVICE
    if entity in DIRECTORY:
        return None if caller.role is UserRole.ONE_ADMIN else Refused.DIRECTORY
    if caller.role is UserRole.VALIDATOR:
        refusal = _validator_refusal(entity, fields, inserting=inserting)
        if refusal:
            return refusal
    if case_id is None:
        if entity in LEAD_RECORDS:
            return None  # a cover: judged whole by ``office.lead_refusal``
        return None if entity in SHARED_WRITABLE else Refused.NOT_FROM_A_DEVICE
    if new_case is not None:
        return _new_case_refusal(caller, new_case)
    if case_id in visible:
        return None
    if caller.role is UserRole.AGENT and _made_before_transfer(session, caller, case_id, made_at,
                                                               restoring=restoring):
        return None
    if entity == ANONYMISATION and inserting and caller.role is UserRole.AGENT \
            and _anonymisation_taken(session, caller, case_id, made_at, restoring=restoring):
        return None
    if caller.role is UserRole.AGENT and made_under_cover(session, caller, case_id, made_at,
                                                          _read_at(session, caller)):
        return None
    return Refused.NOT_ASSIGNED


def validation_refusal(caller: Caller, entity: str, fields: frozenset[str]) -> Refused | None:
    """Only a ONE validator validates or returns a plan (art. 4): an agent's laptop cannot
    set those fields, not even on a version it makes."""
    if entity == "plan_version" and fields & VALIDATION_FIELDS \
            and caller.role is not UserRole.VALIDATOR:
        return Refused.VALIDATION
    return None


def restorable(caller: Caller, mutation: Mutation) -> Mutation:
    """A record a device sends again whole to a server restored from a backup, less what the
    caller never sets: who holds the dossier (the restored server's assignment stands, the
    ONE redoes a transfer it lost) and the ONE's validation. Those values came from the
    server; refusing the whole record for them lost the device's own. (A record never changes
    dossier: a restore naming another one is still refused, ``move_refusal``.)"""
    never: set[str] = set()
    if mutation.entity == "case_file":
        never |= HOLDER_FIELDS
    if mutation.entity == "plan_version" and caller.role is not UserRole.VALIDATOR:
        never |= VALIDATION_FIELDS
    # ``[value, value]``: what the device believes the field was, under a change of its own
    # the server judges apart; the server's value stands.
    kept = {name: pair for name, pair in mutation.changes.items()
            if name not in never and not _believed(pair)}
    if caller.role is UserRole.VALIDATOR:  # the validation, the rest is the agents' to restore
        allowed = VALIDATOR_WRITABLE.get(mutation.entity, frozenset())
        kept = {name: pair for name, pair in kept.items() if name in allowed}
    return mutation.model_copy(update={"changes": kept})


def kept_apart(given: Mutation, kept: Mutation, record: SyncedRecord) -> bool:
    """Whether ``restorable`` left out a value the device holds and the server does not (a
    transfer or a validation the restore took back): answered "applied", the device would
    keep it for good, since nothing newer of the record comes down. A value it believes
    only (``[v, v]``) is its own change's, judged apart."""
    return any(name not in kept.changes and not _believed(pair)
               and to_wire(getattr(record, name)) != pair[1]
               for name, pair in given.changes.items())


def held_restore(caller: Caller, mutation: Mutation, refusal: Refused) -> bool:
    """A record an agent gives back after a restore, refused only because the restored
    server gives its dossier to someone else: the transfer that made it the agent's was lost
    with the restore. Kept for when the ONE gives the dossier back (dossiers go to agents
    only), neither applied (nobody writes a dossier not theirs) nor lost (it was
    acknowledged once)."""
    return caller.role is UserRole.AGENT and mutation.operation is Operation.RESTORE \
        and refusal is Refused.NOT_ASSIGNED


def _believed(pair: list[Any]) -> bool:
    return len(pair) == 2 and pair[0] is not None and pair[0] == pair[1]


def move_refusal(entity: str, fields: frozenset[str]) -> Refused | None:
    """An update may not take a record out of its dossier, nor a dossier from its holder:
    what was authorised against the record's dossier would land in another."""
    if entity == "case_file" and fields & HOLDER_FIELDS:
        return Refused.TRANSFER
    if "case_id" in fields:
        return Refused.MOVED_TO_ANOTHER_DOSSIER
    return None


def _validator_refusal(entity: str, fields: frozenset[str], *, inserting: bool) -> Refused | None:
    if entity == "case_file" and inserting:
        return Refused.VALIDATOR_OPENS_NO_DOSSIER
    allowed = VALIDATOR_WRITABLE.get(entity, frozenset())
    if inserting or not fields <= allowed:
        return Refused.VALIDATOR_VALIDATES_ONLY
    return None


def _new_case_refusal(caller: Caller, case: Case) -> Refused | None:
    if case.office_id != caller.office_id:
        return Refused.OTHER_OFFICE
    if case.agent_id != caller.user_id and not (
            case.agent_id is None and caller.role is not UserRole.AGENT):
        return Refused.OTHER_AGENT
    return None


#: How long after a transfer, in the server's time, the former agent's laptop may still send
#: what it made before it: its next sync, usually the same day; a few days for a laptop that
#: was away (a holiday, a long weekend).
TRANSFER_GRACE = timedelta(days=3)


def _made_before_transfer(session: Session, caller: Caller, case_id: uuid.UUID,
                          made_at: datetime, *, restoring: bool = False) -> bool:
    """An edit the former agent made while the dossier was still theirs. The time is the
    device's word: it is believed only until the device has read the log after the transfer
    (the upload of a sync comes before its download).

    ``restoring``: what a device gives back is the server's own past, not new work, and its
    date (the device's last contact) says when the device learnt it, not when it was written:
    a person added before the transfer and acknowledged after it is dated after it. Given back
    by the former agent's device before that device read the log past the transfer (as far as
    the restored server knows), it is taken whatever its date; held instead, it waited for
    the dossier to return to that agent, which a rightful transfer never brings.

    The device's word is believed for ``TRANSFER_GRACE`` at most, in the server's time: a
    laptop that never reads the log again (left in a drawer, or made to upload only) cannot
    go on writing to the dossier under dates of its choosing."""
    moments = session.scalars(select(Transfer.at).where(
        Transfer.case_id == case_id, Transfer.from_agent_id == caller.user_id))
    read_at, now = _read_at(session, caller), utc_now()
    return any((restoring or (made_at <= aware(moment)
                              and now <= aware(moment) + TRANSFER_GRACE))
               and (read_at is None or read_at < aware(moment)) for moment in moments)



def _anonymisation_taken(session: Session, caller: Caller, case_id: uuid.UUID,
                         made_at: datetime, *, restoring: bool) -> bool:
    """Art. 7: a person's anonymisation from an agent whose dossier it is not (any more, or
    on this server) is still carried out: their right does not wait on the office's
    reassignments. Taken when the person asked that agent while their laptop still showed the
    dossier (it had not read the log past the transfer, whatever the date it gives), or when
    an agent of the dossier's office gives it back to a server restored from a backup (the
    server had carried it out; the restore undid it, and may have undone the transfer too)."""
    if _made_before_transfer(session, caller, case_id, made_at, restoring=True):
        return True
    case = session.get(Case, case_id)
    return restoring and case is not None and case.office_id == caller.office_id


def _read_at(session: Session, caller: Caller) -> datetime | None:
    """When the caller's device last read the change log (None: never)."""
    read = session.get(DeviceRead, caller.device_id)
    return aware(read.at) if read is not None else None
