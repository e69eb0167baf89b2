"""Sync conflicts for a person to resolve: the same field edited on two sides.

The server keeps its value and makes a ``SyncConflict``; here the agent sees both sides and
the base, and picks one (or types the right value). The resolution is an ordinary edit of the
record plus the conflict marked resolved, in one transaction: both sync like any change.

"Mine" and "theirs" are said from the reader's side: the conflict stores the uploader's value
as ``mine_value``, so for anyone else the two sides swap.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Case, CaseState, Person, PlanVersion, SyncConflict, User
from app.domain.base import SyncedRecord
from app.i18n import QT_TRANSLATE_NOOP, Text
from app.rules import RuleViolation, require
from app.rules.conflicts import (
    conflict_choice_unmet,
    conflict_frozen_unmet,
    conflict_record_unmet,
    conflict_unmet,
    conflict_value_unmet,
)
from app.services.base.context import ServiceContext
from app.store.wire import from_wire, synced_columns, synced_models, to_wire

Side = Literal["mine", "theirs"]


@dataclass(frozen=True)
class ExplicitValue:
    """A value the person typed instead of either side, in wire form (``to_wire``)."""

    value: Any


Choice = Side | ExplicitValue


@dataclass(frozen=True)
class ConflictView:
    conflict_id: uuid.UUID
    case_id: uuid.UUID | None
    case_number: str
    entity: str
    record: Text  # which record, in plain words
    field: str  # the column name; the UI shows its label
    base: Any  # Python values (dates, enums, text...) for display
    mine: Any
    theirs: Any
    #: Who made the edit that met another one (the uploader), and when.
    edited_by: str
    edited_at: datetime
    #: True when the reader is that uploader: "mine" is the uploaded value.
    mine_is_upload: bool
    #: A text field: the person may type another value than either side.
    free_text: bool


def open_conflicts(ctx: ServiceContext, case_id: uuid.UUID | None = None) -> list[ConflictView]:
    """The conflicts still to resolve, oldest first (of one dossier when ``case_id``)."""
    with ctx.reading() as session:
        query = select(SyncConflict).where(SyncConflict.resolved_at.is_(None),
                                           SyncConflict.deleted_at.is_(None))
        if case_id is not None:
            query = query.where(SyncConflict.case_id == case_id)
        conflicts = list(session.scalars(query.order_by(SyncConflict.mine_at)))
        return [_view(session, ctx, conflict) for conflict in conflicts]


def resolve_conflict(ctx: ServiceContext, conflict_id: uuid.UUID, choice: Choice) -> None:
    """Set the record's field to the chosen value and mark the conflict resolved."""
    with ctx.transaction("resolve_conflict") as session:
        conflict = session.get(SyncConflict, conflict_id)
        require(conflict_unmet(conflict is not None and conflict.deleted_at is None,
                               conflict is not None and conflict.resolved_at is not None))
        assert conflict is not None
        cls, record = _record(session, conflict)
        column_type = synced_columns(cls)[conflict.field]
        wire = _chosen(ctx, conflict, choice)
        try:
            value = from_wire(column_type, wire)
        except (ValueError, TypeError, LookupError) as exc:
            raise RuleViolation(conflict_value_unmet(str(exc))) from exc
        current = to_wire(getattr(record, conflict.field))
        require(conflict_frozen_unmet(
            to_wire(value) != current and _frozen(record, conflict.field, current, value)))
        setattr(record, conflict.field, value)
        conflict.resolved_at = datetime.now(UTC)
        conflict.resolved_by = ctx.actor_id
        conflict.resolved_value = {"v": to_wire(value)}


def _record(session: Session, conflict: SyncConflict) -> tuple[type[SyncedRecord],
                                                                   SyncedRecord]:
    """The conflicting record, if it may still change."""
    cls = synced_models().get(conflict.entity)
    record = session.get(cls, conflict.record_id) if cls is not None else None
    present = cls is not None and record is not None and conflict.field in synced_columns(cls)
    case = session.get(Case, conflict.case_id) if conflict.case_id is not None else None
    require(conflict_record_unmet(present, cls is not None and cls.APPEND_ONLY,
                                  case is not None and case.state is CaseState.CLOSED))
    assert cls is not None and record is not None
    return cls, record


def _frozen(record: SyncedRecord, field: str, current: Any, value: Any) -> bool:
    """A frozen plan version changes only through the plan services (signatures, the ONE's
    validation or return, art. 4): a conflict on it may keep the current value, not pick
    another one, or an agent could undo the ONE's decision."""
    if isinstance(record, PlanVersion) and record.state.is_frozen:
        return True
    return record.refused_change({field: [current, to_wire(value)]}) is not None


def _chosen(ctx: ServiceContext, conflict: SyncConflict, choice: Choice) -> Any:
    if isinstance(choice, ExplicitValue):
        return choice.value
    require(conflict_choice_unmet(choice in ("mine", "theirs")))
    upload_side = _is_uploader(ctx, conflict) == (choice == "mine")
    return (conflict.mine_value if upload_side else conflict.theirs_value).get("v")


def _is_uploader(ctx: ServiceContext, conflict: SyncConflict) -> bool:
    return ctx.actor_id is not None and ctx.actor_id == conflict.mine_by


def _view(session: Session, ctx: ServiceContext, conflict: SyncConflict) -> ConflictView:
    cls = synced_models().get(conflict.entity)
    column_type = synced_columns(cls).get(conflict.field) if cls is not None else None

    def shown(wrapped: dict[str, Any]) -> Any:
        value = wrapped.get("v")
        if column_type is None:
            return value
        try:
            return from_wire(column_type, value)
        except (ValueError, TypeError, LookupError):
            return value  # shown as received rather than hidden

    case = session.get(Case, conflict.case_id) if conflict.case_id is not None else None
    uploader = session.get(User, conflict.mine_by) if conflict.mine_by is not None else None
    upload, kept = shown(conflict.mine_value), shown(conflict.theirs_value)
    is_uploader = _is_uploader(ctx, conflict)
    return ConflictView(
        conflict.id, conflict.case_id, case.number if case is not None else "",
        conflict.entity, _record_words(session, conflict), conflict.field,
        shown(conflict.base_value), upload if is_uploader else kept,
        kept if is_uploader else upload,
        uploader.display_name if uploader is not None else "",
        conflict.mine_at if conflict.mine_at.tzinfo else conflict.mine_at.replace(tzinfo=UTC),
        is_uploader, column_type is not None and _is_text(column_type))


def _is_text(column_type: Any) -> bool:
    try:
        return bool(column_type.python_type is str) and not hasattr(column_type, "enum_class")
    except NotImplementedError:
        return False


def _record_words(session: Session, conflict: SyncConflict) -> Text:
    if conflict.entity == "case_file":
        return QT_TRANSLATE_NOOP("Conflicts", "the dossier")
    person_id = conflict.record_id if conflict.entity == "person" else None
    cls = synced_models().get(conflict.entity)
    record = session.get(cls, conflict.record_id) if cls is not None else None
    if person_id is None and record is not None:
        person_id = getattr(record, "person_id", None)
    person = session.get(Person, person_id) if person_id is not None else None
    if person is not None and conflict.entity == "person":
        return QT_TRANSLATE_NOOP("Conflicts", "the person {name}").format(
            name=person.full_name)
    if person is not None:
        return QT_TRANSLATE_NOOP("Conflicts", "a record about {name}").format(
            name=person.full_name)
    return QT_TRANSLATE_NOOP("Conflicts", "another record of the dossier")
