"""What the ONE's administrators do on the server: create users with their password, give a
dossier to another agent, revoke a lost laptop. Each is one transaction, logged so that the
devices concerned learn of it at their next sync."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain import Case, Office, User, UserRole
from app.domain.ids import reference_id
from sync.server.apply import place_held
from sync.server.log import log_changes
from sync.server.models import Credential, Device, HeldRestore, Transfer


class AdminError(Exception):
    """A refused administrative command; the message says what to do."""


def create_office(sessions: sessionmaker[Session], code: str, name: str, region: str,
                  locality: str) -> uuid.UUID:
    """A new regional office (the shipped ones exist already, with the same ids everywhere)."""
    if not code or not code.replace("-", "").isalnum() or code != code.lower():
        raise AdminError("Le code d'un bureau s'écrit en minuscules, chiffres et tirets "
                         "(ex. : nord-wiltz).")
    with sessions.begin() as session:
        if session.scalar(select(Office).where(Office.code == code)) is not None:
            raise AdminError(f"Le bureau {code} existe déjà.")
        office = Office(id=reference_id("office", code), code=code, name=name, region=region,
                        locality=locality)
        session.add(office)
        log_changes(session, [office])
        return office.id


def create_user(sessions: sessionmaker[Session], login: str, display_name: str, role: UserRole,
                office_code: str | None, password: str, user_id: uuid.UUID | None = None,
                hasher: PasswordHasher | None = None) -> uuid.UUID:
    """``hasher``: Argon2id at its default cost unless given (a bench creating 150 users
    passes a cheap one; enrolment verifies with the cost kept in the hash)."""
    if not login.strip() or len(login) > 120 or any(char.isspace() for char in login):
        raise AdminError("L'identifiant compte de 1 à 120 caractères, sans espace.")
    if not display_name.strip() or len(display_name) > 200:
        raise AdminError("Le nom affiché compte de 1 à 200 caractères.")
    if len(password) < 10:
        raise AdminError("Le mot de passe doit compter au moins 10 caractères.")
    with sessions.begin() as session:
        if session.scalar(select(User).where(User.login == login)) is not None:
            raise AdminError(f"L'identifiant {login} existe déjà.")
        office_id = _office_id(session, office_code) if office_code else None
        if role not in (UserRole.VALIDATOR, UserRole.ONE_ADMIN) and office_id is None:
            raise AdminError("Un agent, un employé ou un responsable appartient à un bureau.")
        user = User(login=login, display_name=display_name, role=role, office_id=office_id)
        if user_id is not None:
            user.id = user_id
        session.add(user)
        session.flush()
        password_hash = (hasher or PasswordHasher()).hash(password)
        session.add(Credential(user_id=user.id, password_hash=password_hash))
        log_changes(session, [user])
        return user.id


def transfer_case(sessions: sessionmaker[Session], case_number: str, to_login: str) -> None:
    """Give a dossier to another agent: their devices get it, the former agent's lose it once
    their pending edits are judged."""
    with sessions.begin() as session:
        case = session.scalar(select(Case).where(Case.number == case_number))
        if case is None:
            raise AdminError(f"Aucun dossier {case_number}.")
        agent = session.scalar(select(User).where(User.login == to_login))
        if agent is None or agent.role is not UserRole.AGENT:
            raise AdminError(f"{to_login} n'est pas un agent CPI.")
        session.add(Transfer(case_id=case.id, from_agent_id=case.agent_id, to_agent_id=agent.id,
                             at=datetime.now(UTC)))
        case.agent_id = agent.id
        log_changes(session, [case])
        place_held(session, case.id, agent)


def held_restores(sessions: sessionmaker[Session]) -> list[tuple[str, str, int]]:
    """What devices gave back after a restore for dossiers the restored server gives to
    someone else: (dossier number, the agent it waits for, how many records). The ONE
    gives the dossier back to that agent (``transfer_case``) to put them in place."""
    with sessions.begin() as session:
        rows = session.execute(
            select(Case.number, User.login, func.count(HeldRestore.seq))
            .join(Case, Case.id == HeldRestore.case_id, isouter=True)
            .join(User, User.id == HeldRestore.user_id, isouter=True)
            .group_by(Case.number, User.login).order_by(Case.number, User.login))
        return [(number or "?", login or "?", count) for number, login, count in rows]


def revoke_device(sessions: sessionmaker[Session], device_id: uuid.UUID) -> None:
    """A lost or stolen laptop: refused from now on, and it wipes its store at its next
    contact with the server."""
    with sessions.begin() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise AdminError(f"Aucun poste {device_id}.")
        device.revoked_at = datetime.now(UTC)


def devices(sessions: sessionmaker[Session]) -> list[tuple[Device, str]]:
    with sessions.begin() as session:
        rows = session.execute(select(Device, User.login).join(
            User, User.id == Device.user_id).order_by(User.login, Device.enrolled_at))
        return [(device, login) for device, login in rows]


def _office_id(session: Session, code: str) -> uuid.UUID:
    office = session.scalar(select(Office).where(Office.code == code))
    if office is None:
        known = ", ".join(session.scalars(select(Office.code).order_by(Office.code)))
        raise AdminError(f"Bureau inconnu : {code} (connus : {known}).")
    return office.id
