"""The provider directory kept by the ONE (art. 13): the providers and the agréments the minister
granted them, per art. 11 measure and period.

The ONE imports its register on the server (``cpi-server import-providers``); its
administrator's laptop may also correct an entry or add one here. Every other device reads the
directory only (the server refuses their changes).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import MeasureTypeRef, Provider, ProviderAgrement, User, UserRole
from app.domain.base import utc_now
from app.domain.providers import join_codes, split_codes
from app.rules import require
from app.rules.network import agrement_input_unmet, directory_editor_unmet, provider_unmet
from app.services.base.context import ServiceContext
from app.services.base.guards import live


@dataclass(frozen=True)
class DirectoryEntry:
    """A provider's entry as the ONE keeps it."""

    name: str
    street: str = ""
    postal_code: str = ""
    locality: str = ""
    phone: str = ""
    email: str = ""
    region: str = ""
    country: str = "LU"
    #: Its identifier in the ONE's register ("" when added by hand).
    register_id: str = ""


@dataclass(frozen=True)
class AgrementInput:
    """An agrément as typed: ``measures`` the art. 11 codes it covers ("a1,c,h")."""

    number: str
    measures: str
    valid_from: date | None
    valid_to: date | None = None
    #: The agrément it changes (None: a new one).
    agrement_id: uuid.UUID | None = None


@dataclass(frozen=True)
class AgrementView:
    agrement_id: uuid.UUID
    number: str
    measures: str
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class ProviderView:
    provider_id: uuid.UUID
    entry: DirectoryEntry
    agrements: tuple[AgrementView, ...]


def can_edit_directory(ctx: ServiceContext) -> bool:
    """Whether the signed-in user is a ONE administrator (their app offers the directory)."""
    with ctx.reading() as session:
        return _one_admin(session, ctx.actor_id)


def list_directory(ctx: ServiceContext, search: str = "") -> list[ProviderView]:
    """The directory by name; ``search``: part of the name (any case)."""
    with ctx.reading() as session:
        query = select(Provider).where(Provider.deleted_at.is_(None))
        if search.strip():
            query = query.where(func.lower(Provider.name).contains(search.strip().lower()))
        providers = list(session.scalars(query.order_by(func.lower(Provider.name))))
        agrements: dict[uuid.UUID, list[AgrementView]] = {}
        if providers:
            for a in session.scalars(select(ProviderAgrement).where(
                    ProviderAgrement.provider_id.in_([p.id for p in providers]),
                    ProviderAgrement.deleted_at.is_(None)).order_by(
                    ProviderAgrement.valid_from, ProviderAgrement.number)):
                agrements.setdefault(a.provider_id, []).append(AgrementView(
                    a.id, a.number, a.measure_codes, a.valid_from, a.valid_to))
        return [ProviderView(p.id, _entry(p), tuple(agrements.get(p.id, ())))
                for p in providers]


def save_provider(ctx: ServiceContext, provider_id: uuid.UUID | None, entry: DirectoryEntry,
                  agrements: tuple[AgrementInput, ...]) -> uuid.UUID:
    """A ONE administrator adds a provider to the directory or corrects one, with its
    agréments (art. 13): those not given any more are withdrawn. Refused with every reason
    (name, e-mail, an agrément's number, measures or dates) before anything is written."""
    with ctx.transaction("save_provider") as session:
        require(directory_editor_unmet(_one_admin(session, ctx.actor_id)))
        known = frozenset(session.scalars(select(MeasureTypeRef.code)))
        problems = provider_unmet(entry.name, entry.country, entry.email)
        for agrement in agrements:
            codes = split_codes(agrement.measures)
            problems += agrement_input_unmet(agrement.number, codes, codes - known,
                                             agrement.valid_from, agrement.valid_to)
        require(problems)
        provider = Provider() if provider_id is None else live(session, Provider, provider_id)
        _fill(provider, entry)
        if provider_id is None:
            session.add(provider)
            session.flush()
        _keep_agrements(session, provider.id, agrements)
        return provider.id


def _fill(provider: Provider, entry: DirectoryEntry) -> None:
    values = {"name": entry.name, "street": entry.street, "postal_code": entry.postal_code,
              "locality": entry.locality, "phone": entry.phone, "email": entry.email,
              "region": entry.region, "register_id": entry.register_id}
    for name, value in values.items():
        if getattr(provider, name) != value.strip():  # unchanged fields stay out of the outbox
            setattr(provider, name, value.strip())
    if provider.country != entry.country.upper():
        provider.country = entry.country.upper()


def _keep_agrements(session: Session, provider_id: uuid.UUID,
                    agrements: tuple[AgrementInput, ...]) -> None:
    existing = {a.id: a for a in session.scalars(select(ProviderAgrement).where(
        ProviderAgrement.provider_id == provider_id, ProviderAgrement.deleted_at.is_(None)))}
    kept = {a.agrement_id for a in agrements if a.agrement_id is not None}
    for agrement_id, withdrawn in existing.items():
        if agrement_id not in kept:
            withdrawn.deleted_at = utc_now()
    for agrement in agrements:
        assert agrement.valid_from is not None  # checked by the rule
        found = existing.get(agrement.agrement_id) if agrement.agrement_id else None
        record = found or ProviderAgrement(provider_id=provider_id)
        if found is None:
            session.add(record)
        values = {"number": agrement.number.strip(),
                  "measure_codes": join_codes(split_codes(agrement.measures)),
                  "valid_from": agrement.valid_from, "valid_to": agrement.valid_to}
        for name, value in values.items():
            if getattr(record, name, None) != value:
                setattr(record, name, value)


def _one_admin(session: Session, actor_id: uuid.UUID | None) -> bool:
    user = session.get(User, actor_id) if actor_id is not None else None
    return user is not None and user.role is UserRole.ONE_ADMIN


def _entry(provider: Provider) -> DirectoryEntry:
    return DirectoryEntry(provider.name, provider.street, provider.postal_code,
                          provider.locality, provider.phone, provider.email, provider.region,
                          provider.country, provider.register_id)
