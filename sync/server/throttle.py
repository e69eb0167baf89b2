"""Password guessing at enrolment, slowed down: read from the security log itself (every failed
login is there, with its login and address), so that every server process and a restarted
one agree, and nothing else is kept.

- Per login: a few failures are free (a typo, a caps lock); then each further one doubles the
  wait before the next attempt, up to ``Policy.max_delay`` (minutes, not hours: an attacker who
  types someone's login on purpose delays that person's enrolment by that much at most; a
  success, or ``Policy.window`` without failure, forgets them).
- Per address: at most ``Policy.address_failures`` failures in ``Policy.address_window``,
  whatever the logins (one machine trying many logins).

Attempts also wait for one of ``HASHES_AT_ONCE`` places before their Argon2 hash (waiting
ties no thread of the server's pool: see ``app``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.domain.base import aware
from sync.server.models import SecurityEvent
from sync.server.security import EventKind, Reason


@dataclass(frozen=True)
class Policy:
    """How many failures are free, how the wait grows, and over which periods."""

    free_failures: int = 5
    first_delay: timedelta = timedelta(seconds=2)
    max_delay: timedelta = timedelta(minutes=5)
    window: timedelta = timedelta(hours=1)
    address_failures: int = 30
    address_window: timedelta = timedelta(minutes=15)

    def login_delay(self, failures: int) -> timedelta:
        """The wait after the last of ``failures`` failures in a row."""
        if failures < self.free_failures:
            return timedelta(0)
        return min(self.first_delay * (1 << min(failures - self.free_failures, 30)),
                   self.max_delay)


DEFAULT = Policy()
#: For tests that fail on purpose and check something else.
UNTHROTTLED = Policy(free_failures=1 << 20, address_failures=1 << 20)
#: Argon2 hashes computed at once (each takes about 50 ms of a core and 64 MiB).
HASHES_AT_ONCE = 4


def _failed() -> ColumnElement[bool]:
    """A failed guess: a wrong password, or a wrong enrolment code."""
    return or_(SecurityEvent.kind == EventKind.LOGIN_FAILED.value,
               (SecurityEvent.kind == EventKind.ENROLMENT_REFUSED.value)
               & (SecurityEvent.detail == Reason.CODE_WRONG.value))


@dataclass(frozen=True)
class Wait:
    """Refused until ``until``; ``per``: "login" or "address"."""

    until: datetime
    per: str


def wait(session: Session, login: str, address: str, now: datetime,
         policy: Policy = DEFAULT) -> Wait | None:
    """Whether an attempt for ``login`` from ``address`` must wait, and until when."""
    failed = _failed()
    since = now - policy.window
    succeeded = session.scalar(select(func.max(SecurityEvent.at)).where(
        SecurityEvent.kind == EventKind.ENROLMENT.value, SecurityEvent.login == login,
        SecurityEvent.at >= since))
    if succeeded is not None:
        since = aware(succeeded)
    count, last = session.execute(select(func.count(), func.max(SecurityEvent.at)).where(
        failed, SecurityEvent.login == login[:120], SecurityEvent.at >= since)).one()
    if last is not None:
        until = aware(last) + policy.login_delay(int(count))
        if until > now:
            return Wait(until, "login")
    if address:
        recent = list(session.scalars(select(SecurityEvent.at).where(
            failed, SecurityEvent.remote_address == address[:120],
            SecurityEvent.at >= now - policy.address_window)
            .order_by(SecurityEvent.at.desc()).limit(policy.address_failures)))
        if len(recent) >= policy.address_failures:
            return Wait(aware(recent[-1]) + policy.address_window, "address")
    return None


def refusal(wait: Wait, now: datetime) -> str:
    """What the person reads, in French like every server message."""
    minutes = max(1, -(-int((wait.until - now).total_seconds()) // 60))
    return (f"Trop de tentatives d'enrôlement échouées : réessayez dans {minutes} minute"
            f"{'s' if minutes > 1 else ''}.")
