"""The professional network around a family: providers (prestataires) and stakeholders
(intervenants) with the role agreed for each."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain import MeasureTypeRef, Provider, ProviderAgrement, Stakeholder, StakeholderKind
from app.domain.providers import join_codes, split_codes
from app.rules import require
from app.rules.network import provider_unmet, stakeholder_unmet
from app.services.base.context import ServiceContext
from app.services.base.guards import writable_case

#: The first day of an agrément made by ``register_provider`` when none is given.
LONG_AGO = date(2000, 1, 1)


@dataclass(frozen=True)
class ProviderInput:
    """A provider and at most one agrément, the demo's and the tests' shortcut: the agrément
    covers ``agrement_measures`` ("a1,c,h"; None: every measure that needs one), from
    ``agrement_valid_from`` (None: long ago) to ``agrement_valid_until`` (None: no end)."""

    name: str
    agrement_number: str | None = None
    agrement_valid_until: date | None = None
    locality: str = ""
    country: str = "LU"
    agrement_measures: str | None = None
    agrement_valid_from: date | None = None
    register_id: str = ""


def register_provider(ctx: ServiceContext, data: ProviderInput) -> uuid.UUID:
    """Record a provider and its agrément straight in this store, for the demo and the tests.
    On a real laptop the directory comes from the ONE (``cpi-server import-providers``, or its
    administrator's ``save_provider``); the server refuses a provider made elsewhere."""
    require(provider_unmet(data.name, data.country))
    with ctx.transaction("register_provider") as session:
        provider = Provider(name=data.name.strip(), locality=data.locality.strip(),
                            country=data.country.upper(), register_id=data.register_id)
        session.add(provider)
        session.flush()
        if data.agrement_number:
            codes = data.agrement_measures
            if codes is None:
                codes = join_codes(frozenset(session.scalars(select(MeasureTypeRef.code).where(
                    MeasureTypeRef.parent_code.is_(None), MeasureTypeRef.requires_agrement))))
            session.add(ProviderAgrement(
                provider_id=provider.id, number=data.agrement_number,
                measure_codes=join_codes(split_codes(codes)),
                valid_from=data.agrement_valid_from or LONG_AGO,
                valid_to=data.agrement_valid_until))
        return provider.id


@dataclass(frozen=True)
class StakeholderInput:
    kind: StakeholderKind
    name: str
    role: str
    organisation: str = ""
    contact: str = ""
    provider_id: uuid.UUID | None = None


def add_stakeholder(ctx: ServiceContext, case_id: uuid.UUID, data: StakeholderInput) -> uuid.UUID:
    """Name a professional involved in the dossier and the role agreed for them."""
    require(stakeholder_unmet(data.name, data.role))
    with ctx.transaction("add_stakeholder") as session:
        writable_case(session, case_id)
        stakeholder = Stakeholder(case_id=case_id, kind=data.kind, name=data.name.strip(),
                                  role=data.role.strip(), organisation=data.organisation.strip(),
                                  contact=data.contact.strip(), provider_id=data.provider_id)
        session.add(stakeholder)
        session.flush()
        return stakeholder.id
