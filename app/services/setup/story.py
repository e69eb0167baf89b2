"""Taking invented demo families along the 8 steps, so the demo shows a caseload in motion:
assessments, measures, plans awaiting signatures, plans in force with reviews due or late.

Everything goes through the ordinary services, as an agent (and, for validation, a ONE
validator of the demo) would do it, dated in the past.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.domain import Horizon, PersonRole, PlanVersion, Provider, User, UserRole
from app.errors import UserInputError
from app.rules.measures import agrement_unmet
from app.services.base.context import ServiceContext
from app.services.base.facts import measure_facts, provider_facts
from app.services.caseload.listing import get_dossier
from app.services.dossier.opening import OpenedCase
from app.services.one.network import ProviderInput, register_provider
from app.services.plan.versions import (
    mark_ready_to_sign,
    prepare_plan_version,
    record_discernment,
    record_signature,
    validate_plan,
)
from app.services.steps.analysis import record_judicial_request, set_working_frame
from app.services.steps.assessment import (
    AssessmentInput,
    ObjectiveInput,
    assess_person,
    set_objective,
)
from app.services.steps.implementation import start_measure
from app.services.steps.planning import MeasureInput, plan_measure
from app.services.steps.workflow import move_case_to_step

PROVIDERS = (
    ProviderInput("Service d'aide éducative en famille", "AGR-2012-104", None, "Luxembourg",
                  agrement_measures="h,i,j", agrement_valid_from=date(2012, 3, 1),
                  register_id="DEMO-104"),
    ProviderInput("Foyer orthopédagogique du Nord", "AGR-2009-031", None, "Ettelbruck",
                  agrement_measures="a,c", agrement_valid_from=date(2009, 9, 15),
                  register_id="DEMO-031"),
    ProviderInput("Atelier de psychomotricité Kannerwelt", None, None, "Esch-sur-Alzette",
                  register_id="DEMO-212"),
)
#: (measure code, provider index, quantity): home assistance in hours, a placement in days,
#: psychomotricity (no agrément needed) in hours.
MEASURES = (("i", 0, Decimal(80)), ("a2", 1, Decimal(180)), ("k", 2, Decimal(24)))


def _provider(agent: ServiceContext, data: ProviderInput, code: str, starts_on: date,
              ends_on: date) -> uuid.UUID:
    """A provider of the ONE's directory approved for the measure over its whole duration
    (a laptop enrolled with a server: the self-test), else the demo's provider of that name,
    registered once for every family."""
    with agent.reading() as session:
        measure = measure_facts(session, code)
        for provider_id in session.scalars(select(Provider.id).where(
                Provider.server_version > 0, Provider.deleted_at.is_(None))
                .order_by(Provider.name)):
            facts = provider_facts(session, provider_id, code, starts_on, ends_on)
            if measure is not None and facts is not None \
                    and not agrement_unmet(measure, facts, starts_on, ends_on):
                return provider_id
        found = session.scalars(select(Provider.id).where(Provider.name == data.name)).first()
    return found or register_provider(agent, data)


def demo_validator(ctx: ServiceContext) -> ServiceContext:
    """A validator of the ONE for the demo (on a real device it exists only on the server)."""
    with ctx.store.transaction("demo_validator", None, from_server=True) as session:
        user = session.scalars(select(User).where(User.login == "validation.demo")).first()
        if user is None:
            user = User(login="validation.demo", display_name="Validation ONE (démo)",
                        role=UserRole.VALIDATOR)
            session.add(user)
            session.flush()
        return ServiceContext(ctx.store, user.id)


def advance(agent: ServiceContext, validator: ServiceContext, opened: OpenedCase,
            rng: random.Random, today: date) -> None:
    """Take one dossier as far as a random stage (some stay at the first step)."""
    stage = rng.choice(("analysis", "analysis", "assessment", "plan", "signing", "in_force",
                        "in_force", "in_force"))
    try:
        advance_to(agent, validator, opened, stage, rng, today)
    except UserInputError:
        return  # an invented family the rules stop (a young adult, a missing parent): fine


def advance_to(agent: ServiceContext, validator: ServiceContext, opened: OpenedCase,
               stage: str, rng: random.Random, today: date) -> None:
    """Take one dossier to ``stage`` (``analysis``, ``assessment``, ``plan``, ``signing`` or
    ``in_force``); a rule that stops it raises, so that the self-test knows its plan exists."""
    if stage == "analysis":
        return
    start = today - timedelta(days=rng.randint(300, 400))
    _walk(agent, validator, opened.case_id, stage, start, today, rng)


def _walk(agent: ServiceContext, validator: ServiceContext, case_id: uuid.UUID, stage: str,
          start: date, today: date, rng: random.Random) -> None:
    dossier = get_dossier(agent, case_id)
    if dossier.court_proceedings_pending:
        record_judicial_request(agent, case_id, start, "Tribunal de la jeunesse, réf. démo",
                                today=today)
    set_working_frame(agent, case_id, "Visites à domicile toutes les deux semaines, "
                                      "école et médecin associés")
    move_case_to_step(agent, case_id, 2, today=start)
    beneficiaries = [p for p in dossier.persons if p.role.is_beneficiary]
    if not beneficiaries:
        return
    for person in beneficiaries:
        assess_person(agent, case_id, person.person_id, AssessmentInput(
            "Absences scolaires et conflits le soir", "Un grand-parent présent",
            "Un cadre stable pour les devoirs",
            f"« Je veux que ça se calme », dit {person.first_name}"))
    child = beneficiaries[0]
    objective = set_objective(agent, case_id, ObjectiveInput(
        f"{child.first_name} va à l'école chaque matin", "Moins de 2 absences par mois",
        f"{child.first_name} et ses parents", "L'école est proche et la famille y tient",
        start + timedelta(days=rng.randint(420, 600)), Horizon.MEDIUM, child.person_id),
        today=start)
    if stage == "assessment":
        return
    move_case_to_step(agent, case_id, 3, today=start)
    code, provider_index, quantity = rng.choice(MEASURES)
    starts_on, ends_on = start + timedelta(days=14), start + timedelta(days=380)
    provider = _provider(agent, PROVIDERS[provider_index], code, starts_on, ends_on)
    measure = plan_measure(agent, case_id, MeasureInput(
        child.person_id, code, provider, quantity, starts_on, ends_on, (objective,)))
    move_case_to_step(agent, case_id, 4, today=start)
    for person in beneficiaries:
        if person.role is PersonRole.CHILD:
            record_discernment(agent, case_id, person.person_id, rng.random() < 0.5, start,
                               "Apprécié lors de la première visite")
    version = prepare_plan_version(agent, case_id, today=start)
    mark_ready_to_sign(agent, version, today=start)
    if stage == "signing":
        return
    signed_on = start + timedelta(days=3)
    with agent.reading() as session:
        found = session.get(PlanVersion, version)
        signatories = list(found.signatories) if found else []
    for signatory in signatories:
        record_signature(agent, version, uuid.UUID(signatory["person_id"]), signed_on,
                         "Domicile de la famille", today=today)
    validate_plan(validator, version, signed_on + timedelta(days=4))
    move_case_to_step(agent, case_id, 5, today=today)
    start_measure(agent, measure, signed_on + timedelta(days=14))
