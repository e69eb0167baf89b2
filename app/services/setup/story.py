"""Taking invented demo families along the 8 steps, so the demo shows a caseload in motion:
assessments, measures, plans awaiting signatures, plans in force with reviews due or late.

Everything goes through the ordinary services, as an agent (and, for validation, a ONE
validator of the demo) would do it, dated in the past.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.domain import (
    AppointmentKind,
    ContactChannel,
    Horizon,
    PersonRole,
    PlaceType,
    PlanVersion,
    Provider,
    User,
    UserRole,
)
from app.errors import UserInputError
from app.rules.measures import agrement_unmet
from app.services.base.context import ServiceContext
from app.services.base.facts import measure_facts, provider_facts
from app.services.caseload.agenda import AppointmentDetails, Slot, add_task, plan_appointment
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
from app.services.steps.coordination import ContactInput, TaskInput, log_contact
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


def _workday(today: date, days: int) -> date:
    """``days`` working days after ``today`` (Monday to Friday)."""
    day = today
    while days > 0:
        day += timedelta(days=1)
        days -= day.weekday() < 5
    return day


def demo_week(agent: ServiceContext, opened: list[OpenedCase], today: date,
         now: datetime | None = None) -> None:
    """A week that is not empty: appointments in the next days (one earlier today, to note
    as held), a contact note of last week and a few tasks, one of them overdue. Invented."""
    now = (now or datetime.now(UTC)).astimezone()
    families = [(case.case_id, get_dossier(agent, case.case_id)) for case in opened[:3]]
    if not families:
        return
    (first_id, first), *others = families
    parents = [p for p in first.persons if not p.role.is_beneficiary]
    child = next((p for p in first.persons if p.role.is_beneficiary), first.persons[0])
    everyone = tuple(p.person_id for p in first.persons)
    midnight = datetime.combine(today, time()).astimezone()
    earlier = max(midnight, min(datetime.combine(today, time(8, 30)).astimezone(),
                                now - timedelta(hours=1)))
    plan_appointment(agent, first_id, Slot(earlier, earlier + timedelta(hours=1)),
                     AppointmentDetails(
                         AppointmentKind.HOME_VISIT, PlaceType.HOME, "Au domicile",
                         f"Point sur les devoirs et le sommeil de {child.first_name}",
                         everyone), now=earlier - timedelta(days=1))
    plan_appointment(agent, first_id, Slot.local(_workday(today, 1), time(14), time(15)),
                     AppointmentDetails(
                         AppointmentKind.MEETING, PlaceType.SCHOOL, "École fondamentale",
                         f"Rencontre avec l’institutrice de {child.first_name}",
                         tuple(p.person_id for p in parents[:1])))
    for index, (case_id, family) in enumerate(others):
        plan_appointment(agent, case_id, Slot.local(
            _workday(today, 2 + 2 * index), time(10), time(11, 30)), AppointmentDetails(
                AppointmentKind.MEETING if index else AppointmentKind.HOME_VISIT,
                PlaceType.OFFICE if index else PlaceType.HOME, "",
                "Préparer la révision du projet d’intervention",
                tuple(p.person_id for p in family.persons if not p.role.is_beneficiary)))
    plan_appointment(agent, None, Slot.local(_workday(today, 3), time(9), time(9, 30)),
                     AppointmentDetails(AppointmentKind.CALL, PlaceType.OFFICE, "",
                                        "Réunion d’équipe du service"))
    names = " et ".join(f"{p.first_name} {p.last_name}" for p in parents[:2]) or "la famille"
    contact = log_contact(agent, first_id, ContactInput(
        now - timedelta(days=6), names, ContactChannel.HOME_VISIT,
        f"Visite à domicile : {child.first_name} a repris le rythme des devoirs ; la famille "
        "évoque des difficultés de sommeil depuis la rentrée. Rendez-vous pris chez la "
        "pédiatre à confirmer."))
    add_task(agent, first_id, TaskInput(
        today + timedelta(days=2), "Confirmer le rendez-vous chez la pédiatre",
        child.person_id), from_contact_id=contact)
    add_task(agent, first_id, TaskInput(
        today - timedelta(days=2), "Envoyer à l’école le compte rendu de la visite"))
    for index, (case_id, _family) in enumerate(others):
        add_task(agent, case_id, TaskInput(
            today + timedelta(days=4 + index),
            "Demander au service son rapport d’évolution avant la révision"))
