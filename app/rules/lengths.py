"""The longest text a field may hold (``app.domain.text_limits``): plain input, no article.

One field too long refuses the whole action with the field's limit and its current length, so
that the agent knows how much to cut; the form's counter said it already while they typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.text_limits import text_limit
from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def too_long_unmet(entity: str, values: Iterable[tuple[str, object]]) -> list[Unmet]:
    """Every text of ``values`` (field, value) longer than its field's limit."""
    unmet: list[Unmet] = []
    for field, value in values:
        limit = text_limit(entity, field)
        if limit is None or not isinstance(value, str) or len(value) <= limit:
            continue
        unmet.append(Unmet("text.too_long", QT_TRANSLATE_NOOP(
            "Rules", "The text is too long: {length} characters, this field holds at most "
                     "{limit}. Shorten it, then save again.").format(
            length=grouped(len(value)), limit=grouped(limit))))
    return unmet


def grouped(number: int) -> str:
    """4 000, as French and German write it (a no-break space between thousands)."""
    return f"{number:,}".replace(",", "\u00a0")
