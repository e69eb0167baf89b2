"""What the ONE's administrators do on the server: create users with their password, disable
and enable them, set a password to change, issue one-time enrolment codes, give a dossier to
another agent, revoke a lost laptop. Each is one transaction, logged so that the devices
concerned learn of it at their next sync, and written in the security log (``by``: where the
command came from, ``security.console()`` for ``cpi-server``)."""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, date, datetime, timedelta

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.domain import Case, Office, PersonAnonymisation, User, UserRole
from app.domain.ids import reference_id
from sync.protocol import MIN_PASSWORD
from sync.server.apply import hand_over
from sync.server.history import audit_document
from sync.server.log import log_changes
from sync.server.models import Credential, Device, EnrolmentCode, HeldRestore
from sync.server.security import Event, EventKind, note

#: Letters and digits an IT person reads out and an agent types without confusing them
#: (no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V).
CODE_ALPHABET = "ACDEFGHJKMNPQRTWXY34679"
#: 12 symbols of 23: about 54 bits, shown in three groups of four.
CODE_LENGTH = 12
DEFAULT_CODE_DAYS = 7
MAX_CODE_DAYS = 30


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
                hasher: PasswordHasher | None = None, by: str = "console") -> uuid.UUID:
    """``hasher``: Argon2id at its default cost unless given (a bench creating 150 users
    passes a cheap one; enrolment verifies with the cost kept in the hash)."""
    if not login.strip() or len(login) > 120 or any(char.isspace() for char in login):
        raise AdminError("L'identifiant compte de 1 à 120 caractères, sans espace.")
    if not display_name.strip() or len(display_name) > 200:
        raise AdminError("Le nom affiché compte de 1 à 200 caractères.")
    _check_password(password)
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
        note(session, Event(EventKind.CREATE_USER, login, remote_address=by,
                            detail=role.value))
        return user.id


def transfer_case(sessions: sessionmaker[Session], case_number: str, to_login: str,
                  by: str = "console") -> None:
    """Give a dossier to another agent: their devices get it, the former agent's lose it once
    their pending edits are judged."""
    with sessions.begin() as session:
        case = session.scalar(select(Case).where(Case.number == case_number))
        if case is None:
            raise AdminError(f"Aucun dossier {case_number}.")
        agent = session.scalar(select(User).where(User.login == to_login))
        if agent is None or agent.role is not UserRole.AGENT:
            raise AdminError(f"{to_login} n'est pas un agent CPI.")
        hand_over(session, case, agent, datetime.now(UTC))
        note(session, Event(EventKind.TRANSFER, to_login, remote_address=by,
                            detail=case_number))


def audit_export(sessions: sessionmaker[Session], case_number: str, *, csv: bool,
                 by: str = "console") -> bytes:
    """The dossier's history as the server keeps it (``sync.server.history``), for the ONE:
    who changed which record of it, from which device, when; the export is itself noted in
    the security log."""
    with sessions.begin() as session:
        case = session.scalar(select(Case).where(Case.number == case_number))
        if case is None:
            raise AdminError(f"Aucun dossier {case_number}.")
        document = audit_document(session, case, csv)
        note(session, Event(EventKind.AUDIT_EXPORT, "", remote_address=by, detail=case_number))
        return document


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


def anonymisations(sessions: sessionmaker[Session],
                   ) -> list[tuple[str, date, uuid.UUID, str, datetime]]:
    """Art. 7, the ONE's trace of every anonymisation carried out: (dossier number, the day
    the person asked, the person's id, who recorded it, when the server received it). The
    request was the person's own; nothing of their data is listed (none is left)."""
    with sessions.begin() as session:
        rows = session.execute(
            select(Case.number, PersonAnonymisation.requested_on,
                   PersonAnonymisation.person_id, User.login, PersonAnonymisation.created_at)
            .join(Case, Case.id == PersonAnonymisation.case_id, isouter=True)
            .join(User, User.id == PersonAnonymisation.recorded_by_id, isouter=True)
            .order_by(PersonAnonymisation.created_at))
        return [(number or "?", on, person, login or "?", at)
                for number, on, person, login, at in rows]


def revoke_device(sessions: sessionmaker[Session], device_id: uuid.UUID,
                  by: str = "console") -> None:
    """A lost or stolen laptop: refused from now on, and it wipes its store at its next
    contact with the server."""
    with sessions.begin() as session:
        device = session.get(Device, device_id)
        if device is None:
            raise AdminError(f"Aucun poste {device_id}.")
        device.revoked_at = datetime.now(UTC)
        user = session.get(User, device.user_id)
        note(session, Event(EventKind.REVOKE_DEVICE, user.login if user else "", device.id,
                            by))


def disable_user(sessions: sessionmaker[Session], login: str, by: str = "console") -> int:
    """A person who leaves (or whose laptop cannot be trusted): every device of theirs is
    revoked (each wipes its caseload at its next contact), their unused enrolment code is
    cancelled and no computer can be enrolled for them until ``enable_user``. Returns how
    many devices were revoked now."""
    with sessions.begin() as session:
        user, credential = _account(session, login)
        now = datetime.now(UTC)
        revoked = list(session.scalars(select(Device).where(
            Device.user_id == user.id, Device.revoked_at.is_(None))))
        for device in revoked:
            device.revoked_at = now
        _cancel_codes(session, user.id)
        credential.disabled_at = credential.disabled_at or now
        note(session, Event(EventKind.DISABLE_USER, login, remote_address=by,
                            detail=f"{len(revoked)} poste(s) révoqué(s)"))
        return len(revoked)


def enable_user(sessions: sessionmaker[Session], login: str, by: str = "console") -> None:
    """A computer may be enrolled for this person again (with a new enrolment code); the
    devices revoked when they were disabled stay revoked (they wiped their caseload)."""
    with sessions.begin() as session:
        _user, credential = _account(session, login)
        credential.disabled_at = None
        note(session, Event(EventKind.ENABLE_USER, login, remote_address=by))


def set_password(sessions: sessionmaker[Session], login: str, password: str,
                 by: str = "console", hasher: PasswordHasher | None = None) -> None:
    """A forgotten password: the ONE's IT sets a provisional one, which the person replaces
    with their own at the next enrolment (the enrolment dialog asks for it)."""
    _check_password(password)
    with sessions.begin() as session:
        _user, credential = _account(session, login)
        credential.password_hash = (hasher or PasswordHasher()).hash(password)
        credential.must_change_password = True
        note(session, Event(EventKind.SET_PASSWORD, login, remote_address=by))


def enrolment_code(sessions: sessionmaker[Session], login: str,
                   valid_days: int = DEFAULT_CODE_DAYS, by: str = "console",
                   hasher: PasswordHasher | None = None) -> str:
    """A one-time code to enrol one new computer for this person (with their password),
    valid ``valid_days`` days; it replaces their unused one. Shown once, stored hashed."""
    if not 1 <= valid_days <= MAX_CODE_DAYS:
        raise AdminError(f"Un code d'enrôlement vaut de 1 à {MAX_CODE_DAYS} jours.")
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    with sessions.begin() as session:
        user, credential = _account(session, login)
        if credential.disabled_at is not None:
            raise AdminError(f"Le compte {login} est désactivé : cpi-server enable-user "
                             f"{login} d'abord.")
        _cancel_codes(session, user.id)
        now = datetime.now(UTC)
        session.add(EnrolmentCode(user_id=user.id,
                                  code_hash=(hasher or PasswordHasher()).hash(code),
                                  issued_at=now, expires_at=now + timedelta(days=valid_days)))
        note(session, Event(EventKind.ENROLMENT_CODE, login, remote_address=by,
                            detail=f"{valid_days} jour(s)"))
    return shown_code(code)


def shown_code(code: str) -> str:
    """ABCD-EFGH-JKMN: read out and typed in groups."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalised_code(typed: str) -> str:
    """As stored: without spaces or dashes, in capitals."""
    return "".join(char for char in typed.upper() if char.isalnum())


def devices(sessions: sessionmaker[Session],
            login: str | None = None) -> list[tuple[Device, str]]:
    """Every device with its user's login, by login then enrolment; ``login``: that user's
    only (unknown: refused)."""
    with sessions.begin() as session:
        query = select(Device, User.login).join(User, User.id == Device.user_id)
        if login is not None:
            user, _credential = _account(session, login)
            query = query.where(Device.user_id == user.id)
        rows = session.execute(query.order_by(User.login, Device.enrolled_at))
        return [(device, found) for device, found in rows]


def disabled_logins(sessions: sessionmaker[Session]) -> set[str]:
    with sessions.begin() as session:
        return set(session.scalars(select(User.login).join(
            Credential, Credential.user_id == User.id).where(
            Credential.disabled_at.is_not(None))))


def _account(session: Session, login: str) -> tuple[User, Credential]:
    user = session.scalar(select(User).where(User.login == login, User.deleted_at.is_(None)))
    credential = session.get(Credential, user.id) if user is not None else None
    if user is None or credential is None:
        raise AdminError(f"Identifiant inconnu : {login} (rien n'a été changé).")
    return user, credential


def _cancel_codes(session: Session, user_id: uuid.UUID) -> None:
    for unused in session.scalars(select(EnrolmentCode).where(
            EnrolmentCode.user_id == user_id, EnrolmentCode.used_at.is_(None))):
        session.delete(unused)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AdminError(f"Le mot de passe doit compter au moins {MIN_PASSWORD} caractères.")


def _office_id(session: Session, code: str) -> uuid.UUID:
    office = session.scalar(select(Office).where(Office.code == code))
    if office is None:
        known = ", ".join(session.scalars(select(Office.code).order_by(Office.code)))
        raise AdminError(f"Bureau inconnu : {code} (connus : {known}).")
    return office.id
