"""Rewriting a dossier so that nothing names or describes one person any more (art. 7).

The same rewriting runs on the device that records the request, on the server that receives
it, and on every other device of the dossier when it downloads it: what one of them makes of a
record is what the others make of it, so that a value rewritten here compares equal with the
same value rewritten there (a change pending on a laptop then meets no conflict).

Two kinds of records:

- the person's **own** records: the person, and every record that points at them (their
  assessment, objectives, measures, signatures, judgements, links, requests...) or at one of
  those (an objective's progress, a measure's interruptions and appraisals), deleted ones too.
  Every text becomes ``ANONYMISED``, the birth date goes, JSON content is emptied alike;
  codes, dates of events, states and quantities stay for the statistics;
- every **other** record of the dossier, deleted ones too: the person's names (words of their
  first and last names no other person of the dossier bears) and their birth date are replaced
  wherever a free text or a JSON text names them, whatever the accents, case or Unicode form;
  an entry of a plan snapshot about the person (``id``/``person_id``/... theirs) is emptied.

Scans of a signed plan version naming the person lose their bytes for good (``dropped_on``),
and so do the documents of the dossier concerning the person or whose description named them
(``concerns``): a file's bytes cannot be rewritten, only dropped.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import JSON, Date, Enum, LargeBinary, String, Text, inspect, select, text
from sqlalchemy.orm import Session

from app.domain import (
    AnsweredChange,
    Appointment,
    Base,
    Case,
    DossierDocument,
    OutboxEntry,
    Person,
    RejectedChange,
    SignedScan,
    SyncConflict,
    WizardDraft,
)
from app.domain.base import SyncedRecord
from app.rules.records import ANONYMISED
from app.store.capture import CAPTURE_KEY
from app.store.wire import synced_columns, synced_models, to_wire

#: Text columns that are codes, not descriptions of anyone.
#: (A scan's digest and type stay: they describe a file no longer kept, and keep it unique.)
STRUCTURAL_TEXT = frozenset({"number", "measure_code", "unit", "country", "state", "kind",
                             "sha256", "media_type", "document_language", "entity", "field",
                             "age_band"})
#: Keys of JSON content that are codes or identifiers.
STRUCTURAL_KEYS = frozenset({
    "id", "person_id", "for_person_id", "beneficiary_id", "objective_ids", "code", "unit",
    "quantity", "starts_on", "ends_on", "due_on", "horizon", "kind", "capacity", "aid_frame",
    "case_number", "person_ids",
})
#: Keys of a JSON entry that say whom the entry is about.
SUBJECT_KEYS = ("id", "person_id", "for_person_id", "beneficiary_id")
PERSONAL_DATES = frozenset({"birth_date"})
#: Words of a name too common to name anyone alone (kept in texts).
PARTICLES = frozenset({"da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du",
                       "e", "el", "la", "le", "van", "von", "y", "zu"})
#: Tables never rewritten: the anonymisation's own record says nothing of the person, nor
#: does the dossier's history (field names and members of staff, never values).
UNTOUCHED = frozenset({"person_anonymisation", "dossier_history"})

_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
_WORD = re.compile(rf"{_DATE}|(?:[^\W_]|[\u0300-\u036f])+")
_IS_DATE = re.compile(rf"^{_DATE}$")


def fold(text: str) -> str:
    """Accents, case and Unicode form folded away: "LÉA", "Léa" (NFC or NFD) give "lea"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def date_word(text: str) -> str | None:
    """A date written 14.03.2008, 14/3/2008, 14-03-2008 or 2008-03-14, as ISO; else None."""
    if not _IS_DATE.match(text):
        return None
    parts = re.split(r"[./-]", text)
    if len(parts[0]) == 4:
        year, month, day = (int(p) for p in parts)
    elif len(parts[2]) == 4:
        day, month, year = (int(p) for p in parts)
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def word_key(word: str) -> str:
    """What a word of a text is compared by: its date in ISO, or its folded form."""
    return date_word(word) or fold(unicodedata.normalize("NFC", word))


class Words(Protocol):
    """The words that name the person: plain on a device, digested on the server."""

    def names(self, key: str) -> bool: ...


@dataclass(frozen=True)
class PlainWords:
    keys: frozenset[str]

    def names(self, key: str) -> bool:
        return key in self.keys


def person_words(person: Person, others: Iterable[Person]) -> frozenset[str]:
    """The keys of the words naming ``person`` alone: the words of their names that no other
    person of the dossier bears (a family name shared with a sibling is the sibling's too),
    and their birth date."""
    shared = {fold(w) for other in others if other.id != person.id
              for w in _WORD.findall(f"{other.first_name} {other.last_name}")}
    keys = {fold(w) for w in _WORD.findall(f"{person.first_name} {person.last_name}")}
    keys = {k for k in keys if len(k) > 1 and k not in PARTICLES and k not in shared
            and fold(ANONYMISED) != k}
    if person.birth_date is not None:
        keys.add(person.birth_date.isoformat())
    return frozenset(keys)


@dataclass(frozen=True)
class Subject:
    """One person being anonymised: who, the words naming them, and their records' ids."""

    person_id: uuid.UUID
    words: Words
    own: frozenset[uuid.UUID]

    def owns(self, value: Any) -> bool:
        try:
            return value is not None and uuid.UUID(str(value)) in self.own
        except ValueError:
            return False


def redact_text(text: str, words: Words) -> str:
    """``text`` with every word naming the person replaced; the same object when none does."""
    if not text:
        return text
    normal = unicodedata.normalize("NFC", text)
    found = [m for m in _WORD.finditer(normal) if words.names(word_key(m.group()))]
    if not found:
        return text
    parts, at = [], 0
    for match in found:
        parts += [normal[at:match.start()], ANONYMISED]
        at = match.end()
    return "".join([*parts, normal[at:]])


def emptied_json(value: Any, key: str = "") -> Any:
    """The same JSON shape with every personal string replaced and birth dates removed."""
    if isinstance(value, dict):
        return {k: emptied_json(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [emptied_json(v, key) for v in value]
    if key in PERSONAL_DATES:
        return None
    if isinstance(value, str) and value and key not in STRUCTURAL_KEYS:
        return ANONYMISED
    return value


def redact_json(value: Any, subject: Subject, key: str = "") -> Any:
    """JSON content of another record: an entry about the person emptied, names replaced
    (not in codes, ids and dates of events: a measure starting on the person's birthday
    keeps its start)."""
    if isinstance(value, dict):
        if any(subject.owns(value.get(k)) for k in SUBJECT_KEYS):
            return emptied_json(value)
        return {k: redact_json(v, subject, k) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_json(v, subject, key) for v in value]
    if isinstance(value, str) and key not in STRUCTURAL_KEYS and not _is_id(value):
        return redact_text(value, subject.words)
    return value


def _is_id(value: str) -> bool:
    """An identifier (an appointment's expected persons) names nobody: kept whole."""
    if len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def redact_value(column_type: Any, key: str, value: Any, *, own: bool,
                 subject: Subject) -> Any:
    """One field's value (Python or wire form: texts, JSON and ISO dates are alike) as the
    anonymisation leaves it."""
    if value is None:
        return None
    if isinstance(column_type, LargeBinary):
        return value
    if isinstance(column_type, JSON):
        if key in STRUCTURAL_KEYS:  # ids of persons (a document's ``person_ids``)
            return value
        return emptied_json(value) if own else redact_json(value, subject)
    if own and isinstance(column_type, Date) and key in PERSONAL_DATES:
        return None
    if isinstance(column_type, String | Text) and not isinstance(column_type, Enum):
        if key in STRUCTURAL_TEXT or key.endswith("_code") or not isinstance(value, str):
            return value
        if own:
            return ANONYMISED if value else value
        return redact_text(value, subject.words)
    return value


def redact_wire(entity: str, data: dict[str, Any], *, own: bool,
                subject: Subject) -> dict[str, Any]:
    """A record's fields in wire form (a log entry, a download) as the anonymisation leaves
    them; a conflict's values follow the field they are about."""
    cls = synced_models().get(entity)
    if cls is None or entity in UNTOUCHED:
        return data
    columns = synced_columns(cls)
    if entity == "sync_conflict":
        return _redact_conflict_wire(data, subject)
    return {name: redact_value(columns[name], name, value, own=own, subject=subject)
            if name in columns else value for name, value in data.items()}


def redact_changes(entity: str, changes: dict[str, Any], *, own: bool, subject: Subject,
                   insert: bool) -> dict[str, Any]:
    """An outbox entry's or a mutation's ``{field: [before, after]}`` rewritten the same way;
    an update's field left unchanged by the rewriting (both sides alike) is dropped."""
    cls = synced_models().get(entity)
    if cls is None or entity in UNTOUCHED:
        return changes
    if entity == "sync_conflict":
        own = own or subject.owns(_second(changes.get("record_id")))
        entity_of = _second(changes.get("entity"))
        field_of = _second(changes.get("field"))
        out: dict[str, Any] = {}
        for name, pair in changes.items():
            if name in CONFLICT_VALUES and isinstance(pair, list) and len(pair) == 2:
                out[name] = [_conflict_value(entity_of, field_of, v, own, subject) for v in pair]
            else:
                out[name] = pair
        return out
    columns = synced_columns(cls)
    result: dict[str, Any] = {}
    for name, pair in changes.items():
        if name not in columns or not isinstance(pair, list) or len(pair) != 2:
            result[name] = pair
            continue
        new = [redact_value(columns[name], name, v, own=own, subject=subject) for v in pair]
        if insert or new[0] != new[1] or pair[0] == pair[1]:
            result[name] = new
    return result


def concerns(subject: Subject, before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether a new document (its insert's ``{field: [before, after]}``, before and after
    the rewriting) concerns the person or named them: its bytes are then dropped."""
    persons = _second(after.get("person_ids"))
    if isinstance(persons, list) and str(subject.person_id) in (str(p) for p in persons):
        return True
    return any(_second(before.get(name)) != _second(after.get(name))
               for name in DOCUMENT_TEXTS)


#: The texts describing a document: rewritten, they show it named the person.
DOCUMENT_TEXTS = ("title", "source", "end_reason")


def _second(pair: Any) -> Any:
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else None


CONFLICT_VALUES = ("base_value", "mine_value", "theirs_value", "resolved_value")


def _conflict_value(entity: Any, field: Any, value: Any, own: bool, subject: Subject) -> Any:
    if not isinstance(value, dict) or "v" not in value:
        return value
    cls = synced_models().get(str(entity))
    column = synced_columns(cls).get(str(field)) if cls is not None else None
    if column is None:
        return {"v": redact_json(value["v"], subject) if not own else emptied_json(value["v"])}
    return {**value, "v": redact_value(column, str(field), value["v"], own=own,
                                       subject=subject)}


def _redact_conflict_wire(data: dict[str, Any], subject: Subject) -> dict[str, Any]:
    own = subject.owns(data.get("record_id"))
    return {name: _conflict_value(data.get("entity"), data.get("field"), value, own, subject)
            if name in CONFLICT_VALUES else value for name, value in data.items()}


def own_record_ids(session: Session, case_id: uuid.UUID,
                   person_id: uuid.UUID) -> frozenset[uuid.UUID]:
    """The person and every record of the dossier pointing at them or at one of those,
    deleted ones included (ids are uuid7, unique across tables)."""
    owned: dict[str, set[uuid.UUID]] = {"person": {person_id}}
    classes = [cls for cls in _case_classes() if cls.__tablename__ not in UNTOUCHED]  # type: ignore[attr-defined]
    grew = True
    while grew:
        grew = False
        for cls in classes:
            table = cls.__table__  # type: ignore[attr-defined]
            for column in table.columns:
                for fk in column.foreign_keys:
                    target = fk.column.table.name
                    if target == "case_file" or not owned.get(target):
                        continue
                    found = set(session.scalars(select(table.c.id).where(
                        table.c.case_id == case_id, column.in_(owned[target]))))
                    known = owned.setdefault(table.name, set())
                    if found - known:
                        known |= found
                        grew = True
    return frozenset(i for ids in owned.values() for i in ids)


def _case_classes() -> list[type[SyncedRecord]]:
    classes = []
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, SyncedRecord) and "case_id" in mapper.columns:
            classes.append(cls)
    return sorted(classes, key=lambda c: c.__tablename__)  # type: ignore[attr-defined]


def subject_of(session: Session, case_id: uuid.UUID, person: Person) -> Subject:
    """The subject as this database knows the person (read before anything is rewritten)."""
    others = session.scalars(select(Person).where(Person.case_id == case_id))
    return Subject(person.id, PlainWords(person_words(person, others)),
                   own_record_ids(session, case_id, person.id))


def rewrite_records(session: Session, case_id: uuid.UUID, subject: Subject,
                    on: date) -> list[SyncedRecord]:
    """Rewrite every record of the dossier, deleted ones included; returns those changed.
    Scans of a version that named the person are dropped (their bytes emptied), and so are
    the documents concerning the person or whose description named them."""
    changed: list[SyncedRecord] = []
    case = session.get(Case, case_id)
    records: list[SyncedRecord] = [case] if case is not None else []
    for cls in _case_classes():
        if cls.__tablename__ in UNTOUCHED:  # type: ignore[attr-defined]
            continue
        records += session.scalars(select(cls).where(
            cls.case_id == case_id).order_by(cls.id))  # type: ignore[attr-defined]
    naming_versions: set[uuid.UUID] = set()
    naming_documents: set[uuid.UUID] = set()
    for record in records:
        if isinstance(record, SignedScan):
            continue
        own = record.id in subject.own
        touched = False
        if isinstance(record, SyncConflict):
            touched = _rewrite_conflict(record, subject)
        else:
            for attr in inspect(record).mapper.column_attrs:
                key, column_type = attr.key, attr.columns[0].type
                if key == "id" or isinstance(column_type, LargeBinary):
                    continue
                value = getattr(record, key)
                new = redact_value(column_type, key, value, own=own, subject=subject)
                if new is not value and new != value:
                    setattr(record, key, new)
                    touched = True
        if type(record).__tablename__ == "plan_version" and (  # type: ignore[attr-defined]
                touched or any(str(i) in str(to_wire(getattr(record, k)))
                               for i in subject.own for k in ("snapshot", "signatories"))):
            naming_versions.add(record.id)
        if isinstance(record, DossierDocument) and (
                touched or str(subject.person_id) in (str(p) for p in record.person_ids)):
            naming_documents.add(record.id)
        if touched:
            changed.append(record)
    for record in records:
        if isinstance(record, SignedScan) and (record.plan_version_id in naming_versions
                                               or record.dropped_on is not None):
            if record.content:  # the server's row may say dropped before the bytes are gone
                record.content = b""
            if record.dropped_on is None:
                record.dropped_on = on
                changed.append(record)
        if isinstance(record, DossierDocument) and (record.id in naming_documents
                                                    or record.dropped_on is not None):
            if record.content:
                record.content = b""
            if record.dropped_on is None:
                record.dropped_on = on
                if record not in changed:
                    changed.append(record)
    return changed


def _rewrite_own_appointments(session: Session, subject: Subject) -> None:
    """This laptop's appointments on no dossier (kept here only, ``Appointment``): the agent
    may have named the person in them too."""
    for appointment in session.scalars(select(Appointment).where(
            Appointment.case_id.is_(None))):
        for key in ("place", "subject", "moved_reason", "cancel_reason"):
            value = getattr(appointment, key)
            new = redact_text(value, subject.words)
            if new != value:
                setattr(appointment, key, new)


def _rewrite_conflict(conflict: SyncConflict, subject: Subject) -> bool:
    own = conflict.record_id in subject.own
    touched = False
    for name in CONFLICT_VALUES:
        value = getattr(conflict, name)
        new = _conflict_value(conflict.entity, conflict.field, value, own, subject)
        if new != value:
            setattr(conflict, name, new)
            touched = True
    return touched


def rewrite_device_copy(session: Session, case_id: uuid.UUID, subject: Subject,
                        on: date) -> None:
    """This device's whole copy of the dossier rewritten, outside the outbox: the records
    (the server carries the same rewriting out itself when it receives the anonymisation),
    the drafts, the pending changes (no old value may go up: a change left with nothing to
    say is dropped), the changes kept after an answer or a refusal, and the search index."""
    capture = session.info.get(CAPTURE_KEY)
    session.info[CAPTURE_KEY] = False
    try:
        dropped = {r.id: r.dropped_on for r in rewrite_records(session, case_id, subject, on)
                   if isinstance(r, SignedScan | DossierDocument) and r.dropped_on is not None}
        for draft in session.scalars(select(WizardDraft).where(WizardDraft.case_id == case_id)):
            draft.fields = redact_json(draft.fields, subject)
        _rewrite_own_appointments(session, subject)
        for entry in session.scalars(select(OutboxEntry).where(
                OutboxEntry.case_id == case_id, OutboxEntry.entity.not_in(UNTOUCHED))):
            entry.changes = redact_changes(entry.entity, entry.changes,
                                           own=entry.record_id in subject.own, subject=subject,
                                           insert=entry.operation in ("insert", "restore"))
            if entry.record_id in dropped and entry.operation in ("insert", "restore"):
                # A scan or document not uploaded yet goes up dropped, without its bytes.
                entry.changes = {**entry.changes,
                                 "dropped_on": [None, to_wire(dropped[entry.record_id])]}
            if not entry.changes and entry.operation == "update":
                session.delete(entry)
        for kept in [*session.scalars(select(AnsweredChange).where(
                AnsweredChange.case_id == case_id)), *session.scalars(select(
                RejectedChange).where(RejectedChange.case_id == case_id))]:
            kept.changes = redact_changes(kept.entity, kept.changes or {},
                                          own=kept.record_id in subject.own, subject=subject,
                                          insert=True)
        session.flush()
    finally:
        session.info[CAPTURE_KEY] = capture
    # The index's triggers re-indexed the dossier; merging its segments drops the old words.
    session.execute(text("INSERT INTO case_search(case_search) VALUES('optimize')"))
