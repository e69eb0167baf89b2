"""Rewriting a dossier's records so that nothing names or describes a person (art. 7).

Every text of the dossier (names, notes, minutes, wording...) becomes ``ANONYMISED``; birth
dates are removed; JSON content (plan snapshots, signatories, participants) is rewritten the same
way. What stays is the structure the statistics need: identifiers, codes, states, dates of
events, quantities.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import JSON, Date, Enum, LargeBinary, String, Text, inspect

from app.domain import SyncedRecord
from app.rules.records import ANONYMISED

#: Text columns that are codes, not descriptions of anyone.
#: (A scan's digest and type stay: they describe a file no longer kept, and keep it unique.)
STRUCTURAL_TEXT = frozenset({"number", "measure_code", "unit", "country", "state", "kind",
                             "sha256", "media_type", "document_language"})
#: Keys of JSON content that are codes or identifiers.
STRUCTURAL_KEYS = frozenset({
    "id", "person_id", "for_person_id", "beneficiary_id", "objective_ids", "code", "unit",
    "quantity", "starts_on", "ends_on", "due_on", "horizon", "kind", "capacity", "aid_frame",
    "case_number",
})
PERSONAL_DATES = frozenset({"birth_date"})


def anonymise_records(records: Iterable[SyncedRecord]) -> dict[uuid.UUID, set[str]]:
    """Anonymise ``records`` in place; returns the fields changed per record id."""
    changed: dict[uuid.UUID, set[str]] = {}
    for record in records:
        for attr in inspect(record).mapper.column_attrs:
            key, column_type = attr.key, attr.columns[0].type
            value = getattr(record, key)
            new = _anonymised(key, column_type, value)
            if new is not value and new != value:
                setattr(record, key, new)
                changed.setdefault(record.id, set()).add(key)
    return changed


def _anonymised(key: str, column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, Date) and key in PERSONAL_DATES:
        return None
    if isinstance(column_type, String | Text) and not isinstance(column_type, Enum):
        if key in STRUCTURAL_TEXT or key.endswith("_code") or not value:
            return value
        return ANONYMISED
    if isinstance(column_type, JSON):
        return redact_json(value)
    if isinstance(column_type, LargeBinary):
        return b""  # a scan of signed pages shows names and signatures
    return value


def redact_json(value: Any, key: str = "") -> Any:
    """The same JSON shape with every personal string replaced and birth dates removed."""
    if isinstance(value, dict):
        return {k: redact_json(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_json(v, key) for v in value]
    if key in PERSONAL_DATES:
        return None
    if isinstance(value, str) and value and key not in STRUCTURAL_KEYS:
        return ANONYMISED
    return value
