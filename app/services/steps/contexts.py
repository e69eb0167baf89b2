"""What the wizards of steps 3 to 8 start from, read in one go off the GUI thread.

A wizard checks the law's rules as the agent types; for that it needs the catalogue, the
providers and the state of the plan at hand without touching the store from the GUI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.domain import (
    DiscernmentJudgement,
    ForfaitRef,
    MeasureTypeRef,
    Office,
    PlanState,
    Provider,
    User,
)
from app.i18n import current_language
from app.rules.ages import AgeGroup, age_group
from app.rules.measures import AgrementFacts, MeasureFacts, ProviderFacts, provider_facts_over
from app.services.base.context import ServiceContext
from app.services.base.facts import PREPARATION_STATES, agrements_of
from app.services.dossier.detail import DossierDetail, PlanVersionView, load_dossier_detail


@dataclass(frozen=True)
class MeasureOption:
    """An art. 11 measure the agent may plan (formulas, not their parent, when it has some)."""

    facts: MeasureFacts
    #: The letter whose formula it is (an agrément for the letter covers it).
    parent: str | None = None

    @property
    def code(self) -> str:
        return self.facts.code


@dataclass(frozen=True)
class ProviderOption:
    provider_id: uuid.UUID
    name: str
    agrements: tuple[AgrementFacts, ...] = ()

    @property
    def agrement_number(self) -> str | None:
        """The number of its latest agrément (None: it holds none)."""
        return self.agrements[-1].number if self.agrements else None

    def facts(self, measure: MeasureOption, starts_on: date, ends_on: date) -> ProviderFacts:
        """The provider as the art. 13 rule sees it for ``measure`` over its whole duration."""
        return provider_facts_over(self.name, self.agrements, measure.code, measure.parent,
                                   starts_on, ends_on)


@dataclass(frozen=True)
class PlanningContext:
    detail: DossierDetail
    measures: tuple[MeasureOption, ...]
    providers: tuple[ProviderOption, ...]


@dataclass(frozen=True)
class ChildDiscernment:
    """A child of the dossier and the CPI's latest judgement of their discernment (art. 4)."""

    person_id: uuid.UUID
    name: str
    capable: bool | None  # None: not judged yet
    reason: str


@dataclass(frozen=True)
class PlanContext:
    detail: DossierDetail
    children: tuple[ChildDiscernment, ...]
    preparing: PlanVersionView | None  # the version between draft and in force, if any
    in_force: PlanVersionView | None


def planning_context(ctx: ServiceContext, case_id: uuid.UUID) -> PlanningContext:
    """The dossier, the measures of the catalogue and the known providers (step 3)."""
    detail = load_dossier_detail(ctx, case_id, overview=False)
    german = current_language() == "de"
    with ctx.reading() as session:
        units = {f.number: f.unit for f in session.scalars(select(ForfaitRef))}
        parents = set(session.scalars(select(MeasureTypeRef.parent_code).where(
            MeasureTypeRef.parent_code.is_not(None))))
        measures = tuple(MeasureOption(MeasureFacts(
            m.code, f"{m.code}) {m.label_de if german else m.label_fr}", m.code in parents,
            m.requires_agrement, units.get(m.forfait_number) if m.forfait_number else None),
            m.parent_code)
            for m in session.scalars(select(MeasureTypeRef).order_by(
                func.length(MeasureTypeRef.code), MeasureTypeRef.code))
            if m.code not in parents)
    return PlanningContext(detail, measures, provider_options(ctx))


def provider_options(ctx: ServiceContext) -> tuple[ProviderOption, ...]:
    """The providers of the directory, by name, with their agréments (art. 13)."""
    with ctx.reading() as session:
        return tuple(ProviderOption(p.id, p.name, tuple(agrements_of(session, p.id)))
                     for p in session.scalars(select(Provider).where(
                         Provider.deleted_at.is_(None)).order_by(Provider.name)))


def measure_choices(ctx: ServiceContext, code: str
                    ) -> tuple[MeasureOption | None, tuple[ProviderOption, ...]]:
    """What a planned measure may change to (its catalogue entry and the directory's
    providers), for the art. 13 warning of the measure dialog."""
    german = current_language() == "de"
    with ctx.reading() as session:
        ref = session.get(MeasureTypeRef, code)
        unit = None
        if ref is not None and ref.forfait_number is not None:
            forfait = session.get(ForfaitRef, ref.forfait_number)
            unit = forfait.unit if forfait else None
        option = None if ref is None else MeasureOption(MeasureFacts(
            ref.code, f"{ref.code}) {ref.label_de if german else ref.label_fr}", False,
            ref.requires_agrement, unit), ref.parent_code)
    return option, provider_options(ctx)


def plan_context(ctx: ServiceContext, case_id: uuid.UUID, *,
                 today: date | None = None) -> PlanContext:
    """The dossier, its children with their discernment, and the version in preparation."""
    today = today or date.today()
    detail = load_dossier_detail(ctx, case_id, overview=False)
    with ctx.reading() as session:
        latest: dict[uuid.UUID, DiscernmentJudgement] = {}
        for judgement in session.scalars(select(DiscernmentJudgement).where(
                DiscernmentJudgement.case_id == case_id,
                DiscernmentJudgement.deleted_at.is_(None)).order_by(
                    DiscernmentJudgement.judged_on, DiscernmentJudgement.created_at)):
            latest[judgement.person_id] = judgement
    children = tuple(
        ChildDiscernment(p.person_id, f"{p.first_name} {p.last_name}",
                         latest[p.person_id].capable if p.person_id in latest else None,
                         latest[p.person_id].reason if p.person_id in latest else "")
        for p in detail.summary.persons
        if p.role.is_beneficiary and p.birth_date is not None
        and age_group(p.birth_date, today) is AgeGroup.CHILD)
    preparing = next((v for v in detail.plan_versions if v.state in PREPARATION_STATES), None)
    in_force = next((v for v in detail.plan_versions if v.state is PlanState.IN_FORCE), None)
    return PlanContext(detail, children, preparing, in_force)


@dataclass(frozen=True)
class OfficeOption:
    code: str
    name: str
    locality: str


@dataclass(frozen=True)
class OpeningContext:
    """What opening a dossier offers: the regional offices, the agent's own first."""

    offices: tuple[OfficeOption, ...]
    own_office_code: str | None


def opening_context(ctx: ServiceContext) -> OpeningContext:
    with ctx.reading() as session:
        offices = tuple(OfficeOption(o.code, o.name, o.locality) for o in session.scalars(
            select(Office).where(Office.deleted_at.is_(None)).order_by(Office.locality)))
        user = session.get(User, ctx.actor_id) if ctx.actor_id else None
        own = session.get(Office, user.office_id) if user and user.office_id else None
        return OpeningContext(offices, own.code if own else None)
