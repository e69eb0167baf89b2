"""The agent's week: appointments (home visits, meetings, case conferences, calls) and the
tasks they leave (send the report to the school before the 12th).

An appointment of a dossier travels with the dossier like its other records; one on no
dossier (a team meeting, a training) stays on the agent's laptop: the server keeps no
per-person space, and such an appointment says nothing a colleague needs
(``LOCAL_WITHOUT_CASE``, ``app.store.capture``). A task always belongs to a dossier."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import JSON, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column


class AppointmentKind(StrEnum):
    HOME_VISIT = "home_visit"
    MEETING = "meeting"  # with a school, a provider, a service
    CASE_CONFERENCE = "case_conference"
    CALL = "call"


class PlaceType(StrEnum):
    """Where an appointment takes place, as a kind (the only place the office calendar
    gets: the place itself may name or locate the family)."""

    HOME = "home"
    SCHOOL = "school"
    OFFICE = "office"
    PROVIDER = "provider"
    OTHER = "other"


class AppointmentState(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"
    #: It took place and became a contact note (``contact_id``).
    HELD = "held"


class Appointment(SyncedRecord, Base):
    """A planned appointment. ``person_ids``: the persons of the dossier expected;
    ``stakeholder_ids``: the dossier's stakeholders expected. ``moved_reason``: why it was
    last moved (empty: never moved)."""

    __tablename__ = "appointment"
    LOCAL_WITHOUT_CASE: ClassVar[bool] = True
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_file.id"), index=True,
                                                      default=None)
    kind: Mapped[AppointmentKind] = mapped_column(enum_column(AppointmentKind))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    place: Mapped[str] = mapped_column(String(200), default="")
    place_type: Mapped[PlaceType] = mapped_column(enum_column(PlaceType))
    subject: Mapped[str] = mapped_column(Text, default="")
    person_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    stakeholder_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    state: Mapped[AppointmentState] = mapped_column(enum_column(AppointmentState),
                                                    default=AppointmentState.PLANNED)
    moved_reason: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_log.id"),
                                                         default=None)


class TaskState(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class AgentTask(SyncedRecord, Base):
    """Something to do on a dossier by a date, optionally about one of its persons; from a
    contact note or a conference's decisions when made from one."""

    __tablename__ = "agent_task"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), default=None)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[TaskState] = mapped_column(enum_column(TaskState), default=TaskState.OPEN)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    drop_reason: Mapped[str] = mapped_column(Text, default="")
    from_contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_log.id"),
                                                              default=None)
    from_conference_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("case_conference.id"), default=None)
