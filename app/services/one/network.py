"""The professional network around a family: providers (prestataires) and stakeholders
(intervenants) with the role agreed for each."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.domain import Provider, Stakeholder, StakeholderKind
from app.rules import require
from app.rules.network import provider_unmet, stakeholder_unmet
from app.services.base.context import ServiceContext
from app.services.base.guards import writable_case


@dataclass(frozen=True)
class ProviderInput:
    name: str
    agrement_number: str | None = None
    agrement_valid_until: date | None = None
    locality: str = ""
    country: str = "LU"


def register_provider(ctx: ServiceContext, data: ProviderInput) -> uuid.UUID:
    """Record a provider (normally received from the ONE by sync; offline, the agent may add
    one met in the field)."""
    require(provider_unmet(data.name, data.country))
    with ctx.transaction("register_provider") as session:
        provider = Provider(name=data.name.strip(), agrement_number=data.agrement_number or None,
                            agrement_valid_until=data.agrement_valid_until,
                            locality=data.locality.strip(), country=data.country.upper())
        session.add(provider)
        session.flush()
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
