"""The rules of the law of 16 December 2008 and of the CPI process, one module each.

Every rule is plain code over plain facts (no database, no Qt), cites its article and explains
itself to the agent in French through translatable texts. A check returns *every* unmet
condition (``Unmet``), never just the first, so that the agent can fix everything at once.

Every refusal the core gives the agent is written here, the services' plain input checks
included (``persons``, ``intake``, ``scans``...): a service gathers the values, asks the rule
and raises through ``require``. Codes are stable (tests/test_code_quality.py keeps one code per
meaning); the UI and the tests branch on them, never on a text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.errors import UserInputError
from app.i18n import Text


@dataclass(frozen=True)
class Unmet:
    """One condition that does not hold: a stable ``code`` for programs (the UI and the tests
    branch on it, never on the text), a ``text`` for people (what is wrong, what to do, and the
    article) and the ``article`` of the law it applies ("art. 4"), None for a rule of the
    process or of plain input the law does not state."""

    code: str
    text: Text
    article: str | None = None


class RuleViolation(UserInputError):
    """The action breaks one or more rules; ``unmet`` lists them all, each once (two persons
    typed without a name make one condition to fix, said once)."""

    def __init__(self, unmet: Sequence[Unmet]) -> None:
        if not unmet:
            raise ValueError("a RuleViolation needs at least one unmet condition")
        super().__init__(unmet[0].text)
        distinct: list[Unmet] = []
        for condition in unmet:
            if condition not in distinct:
                distinct.append(condition)
        self.unmet = tuple(distinct)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(u.code for u in self.unmet)

    def message(self, language: str | None = None) -> str:
        return "\n".join(u.text.render(language) for u in self.unmet)

    def __str__(self) -> str:
        return "; ".join(self.codes)


def require(unmet: Sequence[Unmet]) -> None:
    """Raise ``RuleViolation`` when anything is unmet."""
    if unmet:
        raise RuleViolation(unmet)
