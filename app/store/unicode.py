"""Text made storable everywhere it goes: Python strings may hold UTF-16 surrogates (a paste
from another program through Qt, a JSON ``\\ud83d`` escape) that no UTF-8 encoder, hence neither
SQLite nor the sync, accepts, and NUL characters that SQLite keeps but PostgreSQL, the server's
database, refuses (the record would never sync). A surrogate pair is joined into its character;
a lone half and a NUL become U+FFFD."""

from __future__ import annotations

from typing import Any

REPLACEMENT = "\ufffd"


def well_formed(text: str) -> str:
    """``text`` unchanged when valid, else with its surrogates joined or replaced and its NULs
    replaced."""
    if "\x00" in text:
        text = text.replace("\x00", REPLACEMENT)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def cleaned(value: Any) -> Any:
    """``value`` (a column's value: text, or JSON lists and dicts) with every text well formed;
    the same object when nothing needed it, so that unchanged values stay unchanged."""
    if isinstance(value, str):
        return well_formed(value)
    if isinstance(value, list):
        items = [cleaned(item) for item in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if isinstance(value, dict):
        pairs = {cleaned(k): cleaned(v) for k, v in value.items()}
        same = all(a is b for a, b in zip(pairs, value, strict=True)) and all(
            pairs[k] is value[k] for k in value)
        return value if same else pairs
    return value
