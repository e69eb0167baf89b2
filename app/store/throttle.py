"""Slowing down repeated wrong passphrases.

Argon2id already makes each guess cost half a second; on top of that every failure doubles the
wait before the next attempt (1 s, 2 s, 4 s ... up to 5 minutes), counted in the key file so
that restarting the application does not reset it.
"""

from __future__ import annotations

MAX_DELAY_SECONDS = 300.0
FREE_ATTEMPTS = 2  # typos happen: the first failures cost nothing extra
#: The first count of failures whose wait is the longest (2 ** 9 s is past 5 minutes).
ATTEMPTS_AT_MAX = FREE_ATTEMPTS + 10


def delay_after(failed_attempts: int) -> float:
    """Seconds to wait before the next attempt after ``failed_attempts`` consecutive failures."""
    if failed_attempts <= FREE_ATTEMPTS:
        return 0.0
    return min(float(2 ** (failed_attempts - FREE_ATTEMPTS - 1)), MAX_DELAY_SECONDS)


def remaining_wait(failed_attempts: int, last_failure_at: float | None, now: float) -> float:
    """Seconds still to wait now; 0 when an attempt is allowed."""
    if last_failure_at is None:
        return 0.0
    return max(0.0, last_failure_at + delay_after(failed_attempts) - now)
