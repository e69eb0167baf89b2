"""``app.store.unicode``: the surrogates a Python string may hold, made storable (found by the
hostile-text proof: a lone surrogate failed the whole transaction with UnicodeEncodeError, and
a NUL kept by SQLite was refused by the server's PostgreSQL)."""

from __future__ import annotations

from app.store.unicode import REPLACEMENT, cleaned, well_formed


def test_valid_text_is_the_same_object() -> None:
    value = "Léa 👨‍👩‍👧 עברית"
    assert well_formed(value) is value
    nested = [{"name": value, "role": "mère"}]
    assert cleaned(nested) is nested


def test_a_pair_is_joined_and_a_lone_half_replaced() -> None:
    assert well_formed("\ud83d\ude00") == "😀"
    assert well_formed("a\ud800b\udfffc") == f"a{REPLACEMENT}b{REPLACEMENT}c"
    assert well_formed("\ude00\ud83d") == REPLACEMENT * 2  # halves in the wrong order
    assert cleaned([{"name": "x\ud800"}, 3, None]) == [{"name": f"x{REPLACEMENT}"}, 3, None]
    assert cleaned({"k\udfff": "v"}) == {f"k{REPLACEMENT}": "v"}


def test_a_nul_is_replaced() -> None:
    """PostgreSQL refuses NUL in text: such a record would be rejected at every sync."""
    assert well_formed("avant\x00après") == f"avant{REPLACEMENT}après"
    assert well_formed("\x00\ud800") == REPLACEMENT * 2
