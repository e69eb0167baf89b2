"""The error families every caller can tell apart.

Callers must distinguish three things: the user can fix it (bad input, wrong passphrase), the
machine is in the way (disk full, file locked: retry later, data safe), or it is a bug. Each error
carries a translatable ``Text`` that says what is wrong and what to do.
"""

from __future__ import annotations

from app.i18n import Text


class CpiError(Exception):
    """Base of the core's expected errors; ``text`` is what the user reads."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.source.format(**text.params) if text.params else text.source)
        self.text = text

    def message(self, language: str | None = None) -> str:
        return self.text.render(language)


class UserInputError(CpiError):
    """Something the user typed or chose is not acceptable; their input is kept."""


class EnvironmentProblem(CpiError):
    """The machine is in the way (disk full, read-only, locked file); nothing was lost."""
