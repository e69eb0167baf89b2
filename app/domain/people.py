"""Persons of a dossier and the family constellation that links them."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord, enum_column


class PersonRole(StrEnum):
    """The person's place in the dossier (art. 3: child < 18, young adult 18 to < 27)."""

    CHILD = "child"
    YOUNG_ADULT = "young_adult"
    PARENT = "parent"
    OTHER_RELATIVE = "other_relative"

    @property
    def is_beneficiary(self) -> bool:
        return self in (PersonRole.CHILD, PersonRole.YOUNG_ADULT)


class Person(SyncedRecord, Base):
    __tablename__ = "person"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    role: Mapped[PersonRole] = mapped_column(enum_column(PersonRole))
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Contact details: where the closure letter goes, how to reach the person, in which
    # language to speak with them, and where a child spends the day.
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    locality: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    other_phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    #: School, crèche or childcare the child attends (free text: name and place).
    school: Mapped[str] = mapped_column(String(200), default="")
    spoken_language: Mapped[str] = mapped_column(String(80), default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class RelationshipKind(StrEnum):
    """``from`` person is the <kind> of ``to`` person."""

    PARENT = "parent"
    STEP_PARENT = "step_parent"
    FOSTER_PARENT = "foster_parent"
    GRANDPARENT = "grandparent"
    SIBLING = "sibling"
    HALF_SIBLING = "half_sibling"
    GUARDIAN = "guardian"  # tuteur
    ADMINISTRATOR = "administrator"  # administrateur légal / ad hoc
    PARTNER = "partner"
    OTHER = "other"


class Relationship(SyncedRecord, Base):
    """One edge of the family constellation, with the legal roles it carries.

    Parental authority and legal representation are recorded per edge because they do not
    follow from kinship alone (a parent may have lost authority; a guardian holds it).
    """

    __tablename__ = "relationship"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    from_person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    to_person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[RelationshipKind] = mapped_column(enum_column(RelationshipKind))
    holds_parental_authority: Mapped[bool] = mapped_column(Boolean, default=False)
    is_legal_representative: Mapped[bool] = mapped_column(Boolean, default=False)
    since: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(String(400), default="")
    #: A link ends (a court withdraws parental authority, a guardianship ends) on a date and
    #: for a reason; it stays in the history and no longer counts for the next plan.
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str] = mapped_column(Text, default="")
