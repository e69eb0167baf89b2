"""The dossier (``Case``) and the requests (demandes) that open it."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.base import Base, SyncedRecord, enum_column
from app.domain.people import Person


class CaseState(StrEnum):
    """Where a dossier stands; the 8 steps live in ``current_step`` (see app.domain.workflow)."""

    OPEN = "open"
    CLOSED = "closed"
    #: Opened by mistake (a duplicate, a wrong family): hidden from the caseload, never
    #: deleted, still visible to the ONE.
    CANCELLED = "cancelled"


class AidFrame(StrEnum):
    """Art. 1 and 5: aid is voluntary unless a youth court ordered measures."""

    VOLUNTARY = "voluntary"  # aide volontaire
    COURT_ORDERED = "court_ordered"  # aide contrainte (tribunal de la jeunesse)


class DocumentLanguage(StrEnum):
    """The languages the family's documents are written in (the ONE's two)."""

    FRENCH = "fr"
    GERMAN = "de"


class Case(SyncedRecord, Base):
    __tablename__ = "case_file"
    number: Mapped[str] = mapped_column(String(40), unique=True)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    agent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    state: Mapped[CaseState] = mapped_column(enum_column(CaseState), default=CaseState.OPEN)
    current_step: Mapped[int] = mapped_column(Integer, default=1)
    #: The furthest step reached: data of a step can be written once it was reached.
    furthest_step: Mapped[int] = mapped_column(Integer, default=1)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    aid_frame: Mapped[AidFrame] = mapped_column(
        enum_column(AidFrame), default=AidFrame.VOLUNTARY
    )
    court_proceedings_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    # Art. 5: while proceedings are pending the ONE acts only at the judicial authority's
    # express request; these record that request.
    judicial_request_on: Mapped[date | None] = mapped_column(Date, default=None)
    judicial_request_reference: Mapped[str | None] = mapped_column(String(120), default=None)
    summary: Mapped[str] = mapped_column(Text, default="")
    #: Step 1: the working frame agreed with the family and the stakeholders.
    working_frame: Mapped[str] = mapped_column(Text, default="")
    #: Art. 7: set when the dossier was anonymised at the request of a person come of age.
    anonymised_on: Mapped[date | None] = mapped_column(Date, default=None)
    cancelled_on: Mapped[date | None] = mapped_column(Date, default=None)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    #: The family's language for documents (``fr`` or ``de``), chosen once on the dossier.
    document_language: Mapped[DocumentLanguage] = mapped_column(
        enum_column(DocumentLanguage, length=2), default=DocumentLanguage.FRENCH)

    persons: Mapped[list[Person]] = relationship(
        primaryjoin="and_(Person.case_id == Case.id, Person.deleted_at.is_(None))",
        viewonly=True, order_by="Person.birth_date",
    )
    requests: Mapped[list[Request]] = relationship(
        primaryjoin="and_(Request.case_id == Case.id, Request.deleted_at.is_(None))",
        viewonly=True, order_by="Request.received_on",
    )


class RequestChannel(StrEnum):
    """How the request reached the ONE (saisine)."""

    TELEPHONE_PERMANENCE = "telephone_permanence"
    WALK_IN_PERMANENCE = "walk_in_permanence"  # Tuesday 13:00-17:00 at the regional office
    LETTER_OR_EMAIL = "letter_or_email"
    REFERRAL_SCHOOL = "referral_school"
    REFERRAL_DOCTOR = "referral_doctor"
    REFERRAL_YOUTH_COURT = "referral_youth_court"
    REFERRAL_OTHER_PROFESSIONAL = "referral_other_professional"


class RequesterKind(StrEnum):
    CHILD = "child"
    YOUNG_ADULT = "young_adult"
    PARENT = "parent"
    LEGAL_REPRESENTATIVE = "legal_representative"
    OTHER_RELATIVE = "other_relative"
    PROFESSIONAL = "professional"
    JUDICIAL_AUTHORITY = "judicial_authority"


class Request(SyncedRecord, Base):
    """A demande: who asked what, when and by which channel."""

    __tablename__ = "request"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[RequestChannel] = mapped_column(enum_column(RequestChannel))
    requester_kind: Mapped[RequesterKind] = mapped_column(enum_column(RequesterKind))
    requester_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("person.id"), default=None
    )
    requester_name: Mapped[str] = mapped_column(String(200), default="")
    what: Mapped[str] = mapped_column(Text)
