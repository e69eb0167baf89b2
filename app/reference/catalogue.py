"""Typed, validated reference data: ONE regional offices, art. 11 measures, art. 15 forfaits.

The catalogue ships as JSON in ``resources/reference`` and is later replaced by sync, so nothing
here is hard-coded: this module only checks that a document is coherent before anything trusts
it. A broken document fails loudly with ``ReferenceDataError`` naming the file and the entry,
rather than importing half a catalogue into the store. The ``parse_*`` functions take decoded
JSON or raw text, so that sync payloads and tests go through the same checks as the shipped files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib.resources import files
from types import MappingProxyType
from typing import Any, TypeAlias, TypeVar

SCHEMA_VERSION = 1
OFFICES_FILE = "offices.json"
FORFAITS_FILE = "forfaits.json"
MEASURES_FILE = "measures.json"

#: A document as read from disk or received by sync (text or bytes), or already decoded.
RawDocument: TypeAlias = str | bytes | Mapping[str, Any]

_OFFICE_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_MEASURE_CODE = re.compile(r"[a-z][0-9]*")

_E = TypeVar("_E", bound=StrEnum)


class ReferenceDataError(ValueError):
    """A reference data document is malformed or incoherent."""


class ForfaitUnit(StrEnum):
    """How art. 15 counts a measure: a plan states its quantity in this unit."""

    DAY = "day"
    HOUR = "hour"
    MONTH = "month"


class Placement(StrEnum):
    """Art. 3.4 "accueil socio-éducatif" in an institution or a foster family: the measures
    whose beneficiaries appear on the art. 6 semester list ("accueillis ou placés en
    institution ou en famille d'accueil"), and where they are placed. Art. 11 calls a) to d)
    accueil socio-éducatif (art. 3.4: "en principe de jour et de nuit", so day formulas too) and
    art. 15 pays c2 and d as "placement"; e) and f) are "accueil éducatif", not counted."""

    INSTITUTION = "institution"
    INSTITUTION_ABROAD = "institution_abroad"
    FOSTER_FAMILY = "foster_family"
    #: Art. 11 d): by day, in a foyer orthopédagogique or psychothérapeutique.
    INSTITUTION_DAY = "institution_day"
    #: Art. 11 c), 2nd formula: by day, in a foster family.
    FOSTER_FAMILY_DAY = "foster_family_day"


class Region(StrEnum):
    """The regions the ONE's regional offices serve (seed: Centre, Est, Nord, Sud)."""

    CENTRE = "centre"
    EST = "est"
    NORD = "nord"
    SUD = "sud"


@dataclass(frozen=True)
class Office:
    """A regional office of the ONE, where CPI agents are assigned."""

    code: str
    name_fr: str
    name_de: str
    region: Region
    locality: str
    address: str | None
    phone: str | None
    note_fr: str | None

    def name(self, language: str) -> str:
        """The name in ``language``; French otherwise (the sources have no English names)."""
        return self.name_de if language == "de" else self.name_fr


@dataclass(frozen=True)
class Forfait:
    """A flat-rate unit of art. 15, by which the State pays a measure."""

    number: int
    unit: ForfaitUnit
    label_fr: str
    label_de: str

    def label(self, language: str) -> str:
        """The label in ``language``; French otherwise (the law has no English text)."""
        return self.label_de if language == "de" else self.label_fr


@dataclass(frozen=True)
class MeasureType:
    """An aid measure of art. 11 a)-y), or one formula of a) or c) (``parent`` set).

    ``forfait`` is None when art. 15 names no forfait for it, and for a) and c) themselves,
    which art. 15 pays per formula.
    """

    code: str
    parent: str | None
    label_fr: str
    label_de: str
    requires_agrement: bool
    forfait: int | None
    article: str
    note: str | None = None
    placement: Placement | None = None

    @property
    def is_sub_formula(self) -> bool:
        return self.parent is not None

    def label(self, language: str) -> str:
        """The label in ``language``; French otherwise (the law has no English text)."""
        return self.label_de if language == "de" else self.label_fr


@dataclass(frozen=True)
class ReferenceData:
    """The whole catalogue, coherent as a unit; build it with ``parse_reference_data``."""

    offices: tuple[Office, ...]
    forfaits: tuple[Forfait, ...]
    measures: tuple[MeasureType, ...]
    _offices_by_code: Mapping[str, Office] = field(init=False, repr=False, compare=False)
    _forfaits_by_number: Mapping[int, Forfait] = field(init=False, repr=False, compare=False)
    _measures_by_code: Mapping[str, MeasureType] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen: the indexes are set once here, through object.__setattr__.
        object.__setattr__(self, "_offices_by_code",
                           MappingProxyType({o.code: o for o in self.offices}))
        object.__setattr__(self, "_forfaits_by_number",
                           MappingProxyType({f.number: f for f in self.forfaits}))
        object.__setattr__(self, "_measures_by_code",
                           MappingProxyType({m.code: m for m in self.measures}))

    def office(self, code: str) -> Office:
        """The office with ``code``; KeyError if the catalogue has none."""
        try:
            return self._offices_by_code[code]
        except KeyError:
            raise KeyError(f"unknown office code {code!r}") from None

    def forfait(self, number: int) -> Forfait:
        """The art. 15 forfait numbered ``number``; KeyError if the law has none."""
        try:
            return self._forfaits_by_number[number]
        except KeyError:
            raise KeyError(f"unknown forfait number {number!r}") from None

    def measure(self, code: str) -> MeasureType:
        """The measure or formula with ``code`` (``"h"``, ``"a1"``); KeyError if unknown."""
        try:
            return self._measures_by_code[code]
        except KeyError:
            raise KeyError(f"unknown measure code {code!r}") from None

    def top_level_measures(self) -> tuple[MeasureType, ...]:
        """The items a)-y) of art. 11, in the law's order."""
        return tuple(m for m in self.measures if m.parent is None)

    def sub_formulas(self, code: str) -> tuple[MeasureType, ...]:
        """The formulas of measure ``code`` (empty for a measure without formulas)."""
        self.measure(code)
        return tuple(m for m in self.measures if m.parent == code)


def load_reference_data() -> ReferenceData:
    """Read and validate the catalogue shipped in the ``resources`` package."""
    folder = files("resources") / "reference"
    texts = {name: (folder / name).read_text(encoding="utf-8")
             for name in (OFFICES_FILE, FORFAITS_FILE, MEASURES_FILE)}
    return parse_reference_data(texts[OFFICES_FILE], texts[FORFAITS_FILE], texts[MEASURES_FILE])


def parse_reference_data(offices: RawDocument, forfaits: RawDocument,
                         measures: RawDocument) -> ReferenceData:
    """Validate the three documents together (measures refer to forfaits)."""
    parsed_forfaits = parse_forfaits(forfaits)
    return ReferenceData(
        offices=parse_offices(offices),
        forfaits=parsed_forfaits,
        measures=parse_measures(measures, parsed_forfaits),
    )


def parse_offices(document: RawDocument, source: str = OFFICES_FILE) -> tuple[Office, ...]:
    """The offices of one ``offices.json`` document, validated."""
    offices: list[Office] = []
    seen: set[str] = set()
    for index, raw in enumerate(_entries(document, "offices", source)):
        entry = _Entry(raw, source, f"office #{index + 1}")
        code = entry.identifier("code", _OFFICE_CODE)
        if code in seen:
            raise ReferenceDataError(f"{source}: duplicate office code {code!r}")
        seen.add(code)
        entry.allow_keys("code", "name_fr", "name_de", "region", "locality", "address", "phone",
                         "note_fr")
        offices.append(Office(
            code=code,
            name_fr=entry.text("name_fr"),
            name_de=entry.text("name_de"),
            region=entry.choice("region", Region),
            locality=entry.text("locality"),
            address=entry.optional_text("address"),
            phone=entry.optional_text("phone"),
            note_fr=entry.optional_text("note_fr"),
        ))
    return tuple(offices)


def parse_forfaits(document: RawDocument, source: str = FORFAITS_FILE) -> tuple[Forfait, ...]:
    """The forfaits of one ``forfaits.json`` document, validated."""
    forfaits: list[Forfait] = []
    seen: set[int] = set()
    for index, raw in enumerate(_entries(document, "forfaits", source)):
        entry = _Entry(raw, source, f"forfait #{index + 1}")
        number = entry.positive_int("number")
        entry.name = f"forfait {number}"
        if number in seen:
            raise ReferenceDataError(f"{source}: duplicate forfait number {number}")
        seen.add(number)
        entry.allow_keys("number", "unit", "label_fr", "label_de")
        forfaits.append(Forfait(
            number=number,
            unit=entry.choice("unit", ForfaitUnit),
            label_fr=entry.text("label_fr"),
            label_de=entry.text("label_de"),
        ))
    return tuple(forfaits)


def parse_measures(document: RawDocument, forfaits: Iterable[Forfait],
                   source: str = MEASURES_FILE) -> tuple[MeasureType, ...]:
    """The measures of one ``measures.json`` document, checked against ``forfaits``."""
    numbers = {f.number for f in forfaits}
    measures: list[MeasureType] = []
    by_code: dict[str, MeasureType] = {}
    for index, raw in enumerate(_entries(document, "measures", source)):
        entry = _Entry(raw, source, f"measure #{index + 1}")
        code = entry.identifier("code", _MEASURE_CODE)
        entry.name = f"measure {code!r}"
        if code in by_code:
            raise ReferenceDataError(f"{source}: duplicate measure code {code!r}")
        entry.allow_keys("code", "parent", "label_fr", "label_de", "requires_agrement",
                         "forfait", "article", "note", "placement")
        forfait = entry.optional_positive_int("forfait")
        if forfait is not None and forfait not in numbers:
            raise ReferenceDataError(
                f"{source}: {entry.name}: forfait {forfait} does not exist in {FORFAITS_FILE}")
        measure = MeasureType(
            code=code,
            parent=entry.optional_text("parent"),
            label_fr=entry.text("label_fr"),
            label_de=entry.text("label_de"),
            requires_agrement=entry.flag("requires_agrement"),
            forfait=forfait,
            article=entry.text("article"),
            note=entry.optional_text("note", required=False),
            placement=entry.optional_choice("placement", Placement),
        )
        by_code[code] = measure
        measures.append(measure)
    for measure in measures:
        _check_parent(measure, by_code, source)
    return tuple(measures)


def _check_parent(measure: MeasureType, by_code: Mapping[str, MeasureType], source: str) -> None:
    """A formula hangs under an existing top-level measure and shares its agrément rule."""
    if measure.parent is None:
        return
    name = f"measure {measure.code!r}"
    parent = by_code.get(measure.parent)
    if parent is None:
        raise ReferenceDataError(
            f"{source}: {name}: parent {measure.parent!r} does not exist")
    if parent.parent is not None:
        raise ReferenceDataError(
            f"{source}: {name}: parent {parent.code!r} is itself a sub-formula; "
            "only one level of formulas exists in art. 11")
    if parent.requires_agrement != measure.requires_agrement:
        raise ReferenceDataError(
            f"{source}: {name}: requires_agrement differs from its parent {parent.code!r} "
            "(art. 13 applies to a measure with all its formulas)")


def _entries(document: RawDocument, key: str, source: str) -> list[Any]:
    """The list under ``key`` of a schema-checked document."""
    if isinstance(document, str | bytes):
        try:
            decoded: Any = json.loads(document)
        except ValueError as error:  # JSONDecodeError and UnicodeDecodeError alike
            raise ReferenceDataError(f"{source}: not valid JSON ({error})") from error
    else:
        decoded = document
    if not isinstance(decoded, Mapping):
        raise ReferenceDataError(f"{source}: the document must be a JSON object")
    schema = decoded.get("schema")
    if schema != SCHEMA_VERSION or isinstance(schema, bool):
        raise ReferenceDataError(
            f"{source}: unsupported schema {schema!r} (expected {SCHEMA_VERSION})")
    entries = decoded.get(key)
    if not isinstance(entries, list):
        raise ReferenceDataError(f"{source}: {key!r} must be a list")
    if not entries:
        raise ReferenceDataError(f"{source}: {key!r} is empty")
    return entries


class _Entry:
    """One JSON object of a document, read field by field with errors that name it."""

    def __init__(self, raw: Any, source: str, name: str) -> None:
        if not isinstance(raw, Mapping):
            raise ReferenceDataError(f"{source}: {name} must be a JSON object")
        self.raw: Mapping[str, Any] = raw
        self.source = source
        self.name = name

    def _fail(self, message: str) -> ReferenceDataError:
        return ReferenceDataError(f"{self.source}: {self.name}: {message}")

    def _get(self, key: str) -> Any:
        if key not in self.raw:
            raise self._fail(f"missing field {key!r}")
        return self.raw[key]

    def allow_keys(self, *keys: str) -> None:
        unknown = sorted(set(self.raw) - set(keys))
        if unknown:
            raise self._fail(f"unknown field(s) {', '.join(map(repr, unknown))}")

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not value.strip():
            raise self._fail(f"{key!r} must be a non-empty string, not {value!r}")
        return value

    def optional_text(self, key: str, *, required: bool = True) -> str | None:
        """A string or null; with ``required=False`` the field may also be absent."""
        if not required and key not in self.raw:
            return None
        return None if self._get(key) is None else self.text(key)

    def identifier(self, key: str, pattern: re.Pattern[str]) -> str:
        value = self.text(key)
        if not pattern.fullmatch(value):
            raise self._fail(f"{key!r} {value!r} does not match {pattern.pattern}")
        return value

    def positive_int(self, key: str) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self._fail(f"{key!r} must be a positive integer, not {value!r}")
        return value

    def optional_positive_int(self, key: str) -> int | None:
        return None if self._get(key) is None else self.positive_int(key)

    def flag(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise self._fail(f"{key!r} must be true or false, not {value!r}")
        return value

    def optional_choice(self, key: str, enum: type[_E]) -> _E | None:
        """A member of ``enum``, or None when the field is null or absent."""
        return None if self.raw.get(key) is None else self.choice(key, enum)

    def choice(self, key: str, enum: type[_E]) -> _E:
        value = self._get(key)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise self._fail(f"unknown {key} {value!r} (expected one of: {allowed})") from None
