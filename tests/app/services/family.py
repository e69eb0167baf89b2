"""A synthetic family taken through the services, step by step, for the workflow tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain import (
    Horizon,
    PersonRole,
    PlanVersion,
    Provider,
    RelationshipKind,
    RequestChannel,
    RequesterKind,
    User,
    UserRole,
)
from app.services.base.context import ServiceContext
from app.services.dossier.opening import (
    OpenCaseInput,
    PersonInput,
    RequestInput,
    add_person,
    link_persons,
    open_case,
)
from app.services.one.network import ProviderInput, register_provider
from app.services.plan.versions import (
    mark_ready_to_sign,
    prepare_plan_version,
    record_discernment,
    record_signature,
    validate_plan,
)
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.analysis import set_working_frame
from app.services.steps.assessment import (
    AssessmentInput,
    ObjectiveInput,
    assess_person,
    set_objective,
)
from app.services.steps.planning import MeasureInput, plan_measure
from app.services.steps.workflow import move_case_to_step
from app.store.store import Store

OFFICE = "sud-esch-sur-alzette"


def validator_context(agent: ServiceContext) -> ServiceContext:
    """A ONE validator working on the same store (as the server will do)."""
    with agent.store.transaction("test_validator", from_server=True) as session:
        user = session.scalars(select(User).where(User.login == "validateur.one")).first()
        if user is None:
            user = User(login="validateur.one", display_name="Validatrice ONE",
                        role=UserRole.VALIDATOR)
            session.add(user)
            session.flush()
        return ServiceContext(agent.store, user.id)


def directory_provider(ctx: ServiceContext) -> uuid.UUID | None:
    """The first provider of the directory the device received from its server (a device's
    own provider would be refused there), None on a store without server."""
    with ctx.reading() as session:
        return session.scalars(select(Provider.id).where(Provider.server_version > 0)
                               .order_by(Provider.name)).first()


@dataclass
class Family:
    """Ids of one synthetic family: two parents with authority, a child, and what follows."""

    ctx: ServiceContext
    today: date
    case_id: uuid.UUID = field(init=False)
    mother: uuid.UUID = field(init=False)
    father: uuid.UUID = field(init=False)
    child: uuid.UUID = field(init=False)
    objective: uuid.UUID | None = None
    measure: uuid.UUID | None = None
    provider: uuid.UUID | None = None

    @classmethod
    def open(cls, ctx: ServiceContext, today: date, *, child_born: date = date(2014, 5, 17),
             court_proceedings_pending: bool = False, surname: str = "Tavares",
             office: str = OFFICE) -> Family:
        family = cls(ctx, today)
        opened = open_case(ctx, OpenCaseInput(
            office_code=office,
            request=RequestInput(today, RequestChannel.TELEPHONE_PERMANENCE, RequesterKind.PARENT,
                                 "Soutien demandé pour la scolarité et les relations familiales"),
            persons=(PersonInput(PersonRole.PARENT, "Ana Sofia", surname, date(1985, 3, 9)),
                     PersonInput(PersonRole.PARENT, "Jeff", "Weber", date(1982, 11, 23)),
                     PersonInput(PersonRole.CHILD, "Léa", surname, child_born)),
            court_proceedings_pending=court_proceedings_pending, opened_on=today,
            confirmed_new_persons=True,
        ), today=today)
        family.case_id = opened.case_id
        family.mother, family.father, family.child = opened.person_ids
        for parent in (family.mother, family.father):
            link_persons(ctx, family.case_id, parent, family.child, RelationshipKind.PARENT,
                         holds_parental_authority=True, is_legal_representative=True)
        return family

    def add_grandmother(self, ctx: ServiceContext | None = None) -> uuid.UUID:
        """A person added later, on ``ctx`` (the family's own by default)."""
        return add_person(ctx or self.ctx, self.case_id, PersonInput(
            PersonRole.OTHER_RELATIVE, "Odile", "Grand-Mère", date(1961, 4, 1)),
            today=self.today, confirmed_new=True)

    def analyse(self) -> Family:
        set_working_frame(self.ctx, self.case_id,
                          "Rencontres mensuelles à domicile, école associée au suivi")
        move_case_to_step(self.ctx, self.case_id, 2, today=self.today)
        return self

    def assess(self) -> Family:
        assess_person(self.ctx, self.case_id, self.child, AssessmentInput(
            "Absences scolaires répétées", "Lien fort avec sa grand-mère",
            "Un cadre stable pour les devoirs", "« Je veux rester avec maman »"))
        self.objective = set_objective(self.ctx, self.case_id, ObjectiveInput(
            "Léa va à l'école tous les jours", "Moins de 2 absences par mois",
            "Léa et ses parents", "Le trajet est court et la grand-mère aide",
            date(self.today.year + 1, 6, 30), Horizon.SHORT, self.child), today=self.today)
        move_case_to_step(self.ctx, self.case_id, 3, today=self.today)
        return self

    def plan(self, code: str = "i", quantity: Decimal | None = Decimal(120)) -> Family:
        self.provider = self.provider or directory_provider(self.ctx) or register_provider(
            self.ctx, ProviderInput("Service d'assistance en famille Sud", "AGR-2019-044",
                                    None, "Esch-sur-Alzette"))
        assert self.objective is not None
        self.measure = plan_measure(self.ctx, self.case_id, MeasureInput(
            self.child, code, self.provider, quantity, self.today,
            date(self.today.year + 1, 6, 30), (self.objective,)))
        move_case_to_step(self.ctx, self.case_id, 4, today=self.today)
        return self

    def ready_version(self) -> uuid.UUID:
        version = prepare_plan_version(self.ctx, self.case_id, today=self.today)
        mark_ready_to_sign(self.ctx, version, today=self.today)
        return version

    def in_force(self, validator: ServiceContext) -> uuid.UUID:
        """Judge the child not able to judge, have both parents sign, validate: in force."""
        record_discernment(self.ctx, self.case_id, self.child, False, self.today,
                           "Trop jeune pour mesurer la portée du projet")
        version = self.ready_version()
        for parent in (self.mother, self.father):
            record_signature(self.ctx, version, parent, self.today, today=self.today)
        validate_plan(validator, version, self.today)
        move_case_to_step(self.ctx, self.case_id, 5, today=self.today)
        return version

    def version(self, version_id: uuid.UUID) -> PlanVersion:
        with self.ctx.reading() as session:
            found = session.get(PlanVersion, version_id)
            assert found is not None
            session.expunge(found)
            return found


def plan_ready_to_sign(store: Store, login: str,
                       surname: str = "Tavares") -> tuple[ServiceContext, Family, uuid.UUID]:
    """A fresh store's agent, a family whose child is able to judge, and its plan frozen for
    signature (the printing and preview tests start here)."""
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, login, login.replace(".", " ").title(), OFFICE)
    family = Family.open(agent, date.today(), surname=surname).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, True, date.today(),
                       "S'exprime clairement sur son projet")
    return agent, family, family.ready_version()
