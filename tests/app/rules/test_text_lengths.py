"""Every text field has a maximum length, written once (``app.domain.text_limits``), and the
rule says the limit and the current length."""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy import Enum, String

import app.domain
from app.domain.base import SyncedRecord
from app.domain.text_limits import MACHINE_FIELDS, TEXT_LIMITS, text_limit
from app.rules.lengths import too_long_unmet


def _synced_models() -> list[type[SyncedRecord]]:
    for module in pkgutil.iter_modules(app.domain.__path__):
        importlib.import_module(f"app.domain.{module.name}")
    found: list[type[SyncedRecord]] = []
    pending: list[type[SyncedRecord]] = [SyncedRecord]
    while pending:
        for sub in pending.pop().__subclasses__():
            pending.append(sub)
            if hasattr(sub, "__table__"):
                found.append(sub)
    return found


def _text_columns() -> dict[tuple[str, str], int | None]:
    return {(model.__tablename__, column.name): column.type.length  # type: ignore[attr-defined]
            for model in _synced_models()
            for column in model.__table__.columns  # type: ignore[attr-defined]
            if isinstance(column.type, String) and not isinstance(column.type, Enum)}


def test_every_text_field_has_a_limit_or_is_typed_by_no_one() -> None:
    columns = _text_columns()
    assert len(columns) > 60
    missing = sorted(set(columns) - set(TEXT_LIMITS) - MACHINE_FIELDS)
    assert not missing, f"give these fields a limit in app/domain/text_limits.py: {missing}"
    unknown = sorted((set(TEXT_LIMITS) | MACHINE_FIELDS) - set(columns))
    assert not unknown, f"no such text column: {unknown}"
    assert not set(TEXT_LIMITS) & MACHINE_FIELDS


def test_a_limit_fits_its_column_and_is_meant() -> None:
    for (entity, field), limit in TEXT_LIMITS.items():
        length = _text_columns()[(entity, field)]
        assert 20 <= limit <= (length or limit), (entity, field, limit, length)


def test_the_rule_refuses_one_character_more_and_says_how_much() -> None:
    limit = text_limit("case_file", "summary")
    assert limit == 4000
    assert too_long_unmet("case_file", [("summary", "é" * limit)]) == []
    unmet = too_long_unmet("case_file", [("summary", "é" * (limit + 1)), ("number", "x" * 9000),
                                         ("cancel_reason", "ok")])
    assert [u.code for u in unmet] == ["text.too_long"]
    assert unmet[0].text.render("fr") == (
        "Le texte est trop long\u00a0: 4\u00a0001 caractères, ce champ en contient au plus "
        "4\u00a0000. Raccourcissez-le, puis enregistrez à nouveau.")
    assert "4\u00a0001" in unmet[0].text.render("de") and "4\u00a0000" in unmet[0].text.render("de")
    assert too_long_unmet("case_file", [("summary", None)]) == []


def test_the_design_note_gives_every_limit_as_the_code_has_it() -> None:
    import re
    from pathlib import Path
    note = (Path(__file__).resolve().parents[3] / "docs" / "design-store.md").read_text(
        encoding="utf-8")
    documented = {(entity, field): int(limit) for entity, field, limit in re.findall(
        r"^\| `(\w+)\.(\w+)` \| (\d+) \| \S", note, re.M)}
    assert documented == dict(TEXT_LIMITS)
