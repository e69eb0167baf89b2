"""Preparing a store for work: reference data, the demo caseload."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import ForfaitRef, MeasureTypeRef, Office, User, UserRole
from app.domain.ids import reference_id
from app.domain.sync_log import DeviceState
from app.reference.catalogue import ReferenceData, load_reference_data
from app.services.base.context import ServiceContext
from app.services.setup import demo
from app.services.setup import story as demo_story
from app.store.store import Store, create_store


def prepare_store(ctx: ServiceContext, reference: ReferenceData | None = None) -> None:
    """Bring the shipped reference data into the store (idempotent, run at every unlock).

    These rows come from the ONE, not from the agent: they are not queued for upload.
    """
    with ctx.store.transaction("import_reference_data", ctx.actor_id,
                               from_server=True) as session:
        import_reference(session, reference)


def import_reference(session: Session, reference: ReferenceData | None = None) -> None:
    """The offices (with the same ids everywhere), forfaits and art. 11 catalogue, inside the
    caller's transaction: on a device and on the server alike."""
    data = reference or load_reference_data()
    offices = {o.code: o for o in session.scalars(select(Office))}
    for office in data.offices:
        row = offices.get(office.code) or Office(id=reference_id("office", office.code),
                                                 code=office.code)
        row.name, row.region, row.locality = office.name_fr, office.region, office.locality
        session.add(row)
    forfaits = {f.number: f for f in session.scalars(select(ForfaitRef))}
    for forfait in data.forfaits:
        frow = forfaits.get(forfait.number) or ForfaitRef(number=forfait.number)
        frow.unit, frow.label_fr, frow.label_de = (str(forfait.unit), forfait.label_fr,
                                                   forfait.label_de)
        session.add(frow)
    session.flush()
    measures = {m.code: m for m in session.scalars(select(MeasureTypeRef))}
    for measure in data.measures:
        mrow = measures.get(measure.code) or MeasureTypeRef(code=measure.code)
        mrow.parent_code, mrow.label_fr, mrow.label_de = (measure.parent, measure.label_fr,
                                                          measure.label_de)
        mrow.requires_agrement, mrow.forfait_number = measure.requires_agrement, measure.forfait
        mrow.article = measure.article
        mrow.placement = measure.placement.value if measure.placement else None
        session.add(mrow)


def sign_in_local_agent(ctx: ServiceContext, login: str, display_name: str,
                        office_code: str) -> ServiceContext:
    """Record who uses this device (until enrolment with the server assigns it)."""
    with ctx.transaction("sign_in_local_agent") as session:
        office = session.scalars(select(Office).where(Office.code == office_code)).one()
        user = session.scalars(select(User).where(User.login == login)).first()
        if user is None:
            user = User(login=login, display_name=display_name, role=UserRole.AGENT,
                        office_id=office.id)
            session.add(user)
            session.flush()
        device = session.get(DeviceState, 1) or DeviceState(id=1, clock=0)
        device.current_user_id = user.id
        session.add(device)
        return ServiceContext(ctx.store, user.id)


def agent_context(store: Store) -> ServiceContext:
    """The context of whoever signed in on this device (their id goes into the audit)."""
    with store.reading() as session:
        device = session.get(DeviceState, 1)
        return ServiceContext(store, device.current_user_id if device else None)


def prepare_demo_store(directory: Path, *, families: int = 24) -> str:
    """Create a throwaway demo store full of invented families; return its passphrase."""
    passphrase = demo.demo_passphrase()
    store = create_store(directory, passphrase, passphrase, keyring_backend=None)
    try:
        ctx = ServiceContext(store)
        prepare_store(ctx)
        reference = load_reference_data()
        office_codes = [office.code for office in reference.offices]
        agent = sign_in_local_agent(ctx, "agent.demo", "Agent de démonstration",
                                    office_codes[0])
        opened = demo.populate(agent, office_codes, families=families)
        validator = demo_story.demo_validator(ctx)
        rng = random.Random(2026)
        for case in opened:
            demo_story.advance(agent, validator, case, rng, date.today())
        demo_story.demo_week(agent, opened, date.today())
    finally:
        store.lock()
    return passphrase
