"""The shipped reference data says what the loi AEF says, and broken documents are refused.

The expected facts were read in the law of 16 December 2008 (art. 11, 13 and 15) and in the
ONE's announcement of its regional offices; they are restated here, not read from the sources.
"""

from __future__ import annotations

import copy
import json
import string
from typing import Any

import pytest

from app.reference.catalogue import (
    ForfaitUnit,
    ReferenceData,
    ReferenceDataError,
    Region,
    load_reference_data,
    parse_forfaits,
    parse_measures,
    parse_offices,
    parse_reference_data,
)

#: Art. 13: the managers of these measures need an agrément.
ART_13_AGREMENT = set("acdefghijopqrsuy")

#: Art. 15, measure by measure (None: art. 15 names no forfait for it, or pays it per formula).
ART_15_FORFAIT: dict[str, int | None] = {
    "a": None, "a1": 1, "a2": 2, "a3": 3, "a4": 3, "a5": 3,
    "b": None, "c": None, "c1": 4, "c2": 5, "d": 6, "e": None, "f": None, "g": None,
    "h": 7, "i": 8, "j": 11, "k": 11, "l": 11, "m": 12, "n": 12, "o": 10,
    "p": None, "q": None, "r": None, "s": None, "t": None, "u": 9,
    "v": 13, "w": 14, "x": 14, "y": 15,
}


@pytest.fixture(scope="module")
def data() -> ReferenceData:
    return load_reference_data()


# --- facts from the law and the seed ------------------------------------------------------------


def test_art_11_lists_25_measures_a_to_y_in_order(data: ReferenceData) -> None:
    codes = [m.code for m in data.top_level_measures()]
    assert codes == list(string.ascii_lowercase[:25])
    assert all(m.article == f"11 {m.code})" for m in data.top_level_measures())


def test_a_has_five_formulas_and_c_two(data: ReferenceData) -> None:
    assert [m.label_fr for m in data.sub_formulas("a")] == [
        "accueil de base",
        "accueil orthopédagogique",
        "accueil psychothérapeutique",
        "accueil urgent en situation de crise psychosociale aiguë",
        "accueil d'enfants de moins de trois ans",
    ]
    assert [m.label_fr for m in data.sub_formulas("c")] == [
        "accueil de jour et de nuit", "accueil de jour"]
    with_formulas = {m.parent for m in data.measures if m.parent is not None}
    assert with_formulas == {"a", "c"}
    assert data.sub_formulas("h") == ()


def test_exactly_the_art_13_measures_need_an_agrement(data: ReferenceData) -> None:
    needing = {m.code for m in data.top_level_measures() if m.requires_agrement}
    assert needing == ART_13_AGREMENT
    for formula in data.measures:
        if formula.parent is not None:
            assert formula.requires_agrement == data.measure(formula.parent).requires_agrement


def test_art_15_has_15_forfaits_with_their_units(data: ReferenceData) -> None:
    assert [f.number for f in data.forfaits] == list(range(1, 16))
    assert all(isinstance(f.unit, ForfaitUnit) for f in data.forfaits)
    units = {f.number: f.unit for f in data.forfaits}
    assert {n for n, u in units.items() if u is ForfaitUnit.DAY} == {1, 2, 3, 4, 5, 6}
    assert {n for n, u in units.items() if u is ForfaitUnit.HOUR} == set(range(7, 15))
    assert units[15] is ForfaitUnit.MONTH
    for forfait in data.forfaits:
        word = {"day": "journalier", "hour": "horaire", "month": "mensuel"}[forfait.unit]
        assert word in forfait.label_fr
        assert forfait.label_de


def test_each_measure_is_paid_by_the_forfait_art_15_names(data: ReferenceData) -> None:
    assert {m.code: m.forfait for m in data.measures} == ART_15_FORFAIT
    # Every forfait of art. 15 pays at least one measure.
    assert {m.forfait for m in data.measures} - {None} == set(range(1, 16))


def test_specific_wording_of_the_law(data: ReferenceData) -> None:
    assert data.measure("o").label_fr == "la médiation familiale et sociale"
    assert data.forfait(10).label_fr == "un forfait horaire pour la médiation familiale et sociale"
    assert data.measure("y").label_fr.startswith("l'orientation, la coordination et l'évaluation")
    assert data.forfait(15).unit is ForfaitUnit.MONTH
    assert "psychotraumatologique" in data.forfait(9).label_fr
    assert data.measure("u").forfait == 9
    assert data.measure("a4").label_de.startswith("Notaufnahme")


def test_measures_without_a_forfait_explain_why(data: ReferenceData) -> None:
    for measure in data.measures:
        if measure.forfait is None:
            assert measure.note, measure.code


def test_five_regional_offices(data: ReferenceData) -> None:
    assert [(o.region, o.locality) for o in data.offices] == [
        (Region.CENTRE, "Luxembourg-Rollingergrund"),
        (Region.EST, "Grevenmacher"),
        (Region.NORD, "Diekirch"),
        (Region.SUD, "Esch-sur-Alzette"),
        (Region.SUD, "Differdange"),
    ]
    differdange = data.office("sud-differdange")
    assert differdange.note_fr is not None and "Bettange-sur-Mess" in differdange.note_fr
    assert data.office("est-grevenmacher").name("de") == "Regionalbüro Osten – Grevenmacher"


def test_lookups_refuse_unknown_keys(data: ReferenceData) -> None:
    with pytest.raises(KeyError, match="'z'"):
        data.measure("z")
    with pytest.raises(KeyError, match="16"):
        data.forfait(16)
    with pytest.raises(KeyError, match="bettange"):
        data.office("sud-bettange")
    with pytest.raises(KeyError):
        data.sub_formulas("z")


def test_english_falls_back_to_the_law_in_french(data: ReferenceData) -> None:
    measure = data.measure("h")
    assert measure.label("en") == measure.label("fr") == "l'aide socio-familiale en famille"
    assert measure.label("de") == "die sozialfamiliäre Hilfe in der Familie"


# --- validation ---------------------------------------------------------------------------------


def _forfaits_doc() -> dict[str, Any]:
    return {"schema": 1, "forfaits": [
        {"number": 1, "unit": "day", "label_fr": "un forfait journalier", "label_de": "Tag"},
        {"number": 7, "unit": "hour", "label_fr": "un forfait horaire", "label_de": "Stunde"},
    ]}


def _measure(code: str, **changes: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"code": code, "parent": None, "label_fr": f"mesure {code}",
                             "label_de": f"Maßnahme {code}", "requires_agrement": True,
                             "forfait": None, "article": f"11 {code})"}
    entry.update(changes)
    return entry


def _measures_doc() -> dict[str, Any]:
    return {"schema": 1, "measures": [
        _measure("a"), _measure("a1", parent="a", forfait=1), _measure("h", forfait=7)]}


def _offices_doc() -> dict[str, Any]:
    return {"schema": 1, "offices": [
        {"code": "nord-diekirch", "name_fr": "Bureau régional Nord", "name_de": "Regionalbüro",
         "region": "nord", "locality": "Diekirch", "address": None, "phone": None,
         "note_fr": None}]}


def test_valid_minimal_documents_parse_from_dicts_and_text() -> None:
    data = parse_reference_data(json.dumps(_offices_doc()), _forfaits_doc(),
                                json.dumps(_measures_doc()).encode())
    assert data.measure("a1").forfait == 1
    assert data.office("nord-diekirch").region is Region.NORD


def test_the_shipped_files_are_canonical_json() -> None:
    """Indent 2, UTF-8 without escapes: diffs of sync updates stay readable."""
    from importlib.resources import files

    for name in ("offices.json", "forfaits.json", "measures.json"):
        text = (files("resources") / "reference" / name).read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n", name


def test_unknown_unit_is_refused() -> None:
    doc = _forfaits_doc()
    doc["forfaits"][1]["unit"] = "week"
    with pytest.raises(ReferenceDataError, match=r"forfaits\.json: forfait 7: unknown unit 'week'"):
        parse_forfaits(doc)


def test_duplicate_forfait_number_is_refused() -> None:
    doc = _forfaits_doc()
    doc["forfaits"][1]["number"] = 1
    with pytest.raises(ReferenceDataError, match=r"forfaits\.json: duplicate forfait number 1"):
        parse_forfaits(doc)


def test_duplicate_measure_code_is_refused() -> None:
    doc = _measures_doc()
    doc["measures"].append(_measure("h"))
    with pytest.raises(ReferenceDataError, match=r"measures\.json: duplicate measure code 'h'"):
        parse_measures(doc, parse_forfaits(_forfaits_doc()))


def test_duplicate_office_code_is_refused() -> None:
    doc = _offices_doc()
    doc["offices"].append(copy.deepcopy(doc["offices"][0]))
    with pytest.raises(ReferenceDataError, match="duplicate office code 'nord-diekirch'"):
        parse_offices(doc)


def test_measure_with_a_missing_forfait_is_refused() -> None:
    doc = _measures_doc()
    doc["measures"][2]["forfait"] = 99
    with pytest.raises(ReferenceDataError,
                       match=r"measures\.json: measure 'h': forfait 99 does not exist"):
        parse_measures(doc, parse_forfaits(_forfaits_doc()))


def test_measure_with_a_missing_parent_is_refused() -> None:
    doc = _measures_doc()
    doc["measures"].append(_measure("c1", parent="c"))
    with pytest.raises(ReferenceDataError, match="measure 'c1': parent 'c' does not exist"):
        parse_measures(doc, parse_forfaits(_forfaits_doc()))


def test_sub_formula_cannot_have_a_sub_formula_or_another_agrement_rule() -> None:
    doc = _measures_doc()
    doc["measures"].append(_measure("a2", parent="a1"))
    with pytest.raises(ReferenceDataError, match="'a1' is itself a sub-formula"):
        parse_measures(doc, parse_forfaits(_forfaits_doc()))
    doc = _measures_doc()
    doc["measures"][1]["requires_agrement"] = False
    with pytest.raises(ReferenceDataError, match="requires_agrement differs from its parent"):
        parse_measures(doc, parse_forfaits(_forfaits_doc()))


def test_unknown_region_is_refused() -> None:
    doc = _offices_doc()
    doc["offices"][0]["region"] = "ouest"
    with pytest.raises(ReferenceDataError,
                       match=r"offices\.json: office #1: unknown region 'ouest'"):
        parse_offices(doc)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"requires_agrement": "yes"}, "'requires_agrement' must be true or false"),
        ({"forfait": True}, "'forfait' must be a positive integer"),
        ({"label_fr": " "}, "'label_fr' must be a non-empty string"),
        ({"code": "A"}, "'code' 'A' does not match"),
        ({"requires_agrément": True}, "unknown field"),
    ],
)
def test_malformed_measure_fields_are_refused(change: dict[str, Any], message: str) -> None:
    doc = _measures_doc()
    doc["measures"][2].update(change)
    with pytest.raises(ReferenceDataError, match=message):
        parse_measures(doc, parse_forfaits(_forfaits_doc()))


def test_missing_field_is_refused() -> None:
    doc = _measures_doc()
    del doc["measures"][2]["article"]
    with pytest.raises(ReferenceDataError, match="measure 'h': missing field 'article'"):
        parse_measures(doc, parse_forfaits(_forfaits_doc()))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ('{"schema": 2, "forfaits": []}', "unsupported schema 2"),
        ('{"schema": 1}', "'forfaits' must be a list"),
        ('{"schema": 1, "forfaits": []}', "'forfaits' is empty"),
        ('{"schema": 1, "forfaits": [3]}', "forfait #1 must be a JSON object"),
    ],
)
def test_malformed_documents_are_refused(text: str | bytes, message: str) -> None:
    with pytest.raises(ReferenceDataError, match=rf"^forfaits\.json: .*{message}"):
        parse_forfaits(text)


def test_reference_data_error_is_a_value_error() -> None:
    assert issubclass(ReferenceDataError, ValueError)
