"""Art. 7 in the model-based sync proof: what the model knows of the persons who may ask for
their anonymisation (a young adult in each family), and what must hold of them after each
quiet period. An anonymised person's names, birth date and every free text written about
them are found nowhere: not in the server's database file and WAL (read raw: its tables,
change log, stored answers, conflicts, held restores and blobs all live there), not in any
device's store file and WAL (decrypted page by page: free pages and older frames included),
in any spelling (accents, case, NFC/NFD, JSON escapes). Every other person of the families
keeps their names and birth date, on the server and on every device holding them."""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.domain import Person, PersonAnonymisation
from app.rules.records import ANONYMISED
from app.services.dossier.anonymise import PlainWords, redact_text
from tests.conftest import PASSPHRASE
from tests.proof.scan import decrypted_store_pages, store_database_key
from tests.proof.sync_invariants import Acked, Violations
from tests.proof.sync_world import World


@dataclass(frozen=True)
class Named:
    """A person as the model created them."""

    case_id: uuid.UUID
    first: str
    last: str
    born: date


@dataclass
class Persons:
    """The model's side: whom it created, who asked on some device, what was written of them."""

    created: dict[uuid.UUID, Named] = field(default_factory=dict)
    #: Young adults (who may ask), by dossier.
    young: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    #: Anonymisations recorded on a device (the service accepted them).
    requested: set[uuid.UUID] = field(default_factory=set)
    #: Free texts written about a person (their notes), never reused elsewhere.
    texts: dict[uuid.UUID, set[str]] = field(default_factory=dict)

    def wrote(self, person_id: uuid.UUID | None, value: str) -> None:
        if person_id is not None:
            self.texts.setdefault(person_id, set()).add(value)


def fold(raw: str) -> str:
    """Text as the scan compares it: JSON escapes read, accents, case and Unicode form away."""
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    decomposed = unicodedata.normalize("NFKD", raw)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def needles(named: Named, texts: set[str]) -> list[str]:
    """What must be found nowhere once the person is anonymised, folded."""
    born = named.born
    return sorted({fold(named.first), fold(named.last), born.isoformat(),
                   born.strftime("%d.%m.%Y"), born.strftime("%d/%m/%Y"),
                   *(fold(t) for t in texts)})


def _pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?<![\w]){re.escape(w)}(?![\w])" for w in words))


def _decoded(data: bytes) -> str:
    return fold(data.decode("utf-8", "ignore") + "\n" + data.decode("utf-16-le", "ignore"))


def _server_text(world: World) -> str:
    parts = []
    for suffix in ("", "-wal", "-journal"):
        path = Path(f"{world.database}{suffix}")
        if path.exists():
            parts.append(_decoded(path.read_bytes()))
    return "\n".join(parts)


def _device_text(folder: Path) -> str:
    parts = [f"[{where}]\n{_decoded(page)}" for where, page in decrypted_store_pages(
        folder, store_database_key(folder, PASSPHRASE))]
    for path in sorted(folder.rglob("*")):  # anything else the app keeps there, read raw
        if path.is_file() and not path.name.startswith("caseload.db"):
            parts.append(f"[{path.name}]\n{_decoded(path.read_bytes())}")
    return "\n".join(parts)


def _where(haystack: str, at: int) -> str:
    """The page (or file) a hit of a device's text lies in, and a little of its context."""
    start = haystack.rfind("\n[", 0, at)
    label = haystack[start + 2:haystack.find("]", start)] if start >= 0 else "?"
    return f"{label}: …{haystack[max(0, at - 60):at + 40]!r}…"


def check_anonymised(world: World, persons: Persons, violations: Violations) -> None:
    with world.server.sessions() as server:
        carried = set(server.scalars(select(PersonAnonymisation.person_id)))
        on_server = {p.id: p for p in server.scalars(select(Person))}
    for person_id in sorted(persons.requested - carried):
        violations.add(f"anonymisation of {person_id} recorded on a device is not on the "
                       "server")
    forgotten = {pid: needles(persons.created[pid], persons.texts.get(pid, set()))
                 for pid in (persons.requested | carried) if pid in persons.created}
    _intact(world, persons, carried, on_server, violations)
    if not forgotten:
        return
    by_needle = {n: pid for pid, words in forgotten.items() for n in words}
    pattern = _pattern(sorted(by_needle, key=len, reverse=True))
    places = {"server database": _server_text(world)}
    for login, node in world.nodes.items():
        places[f"{login}'s store"] = _device_text(node.folder)
    for place, haystack in places.items():
        violations.checked["bytes scanned for anonymised persons"] += len(haystack)
        hits = list(pattern.finditer(haystack))
        found = sorted({m.group() for m in hits})
        if found:
            violations.add(f"{place} still holds {found} of anonymised person(s) "
                           f"{sorted({str(by_needle[f]) for f in found})}, first in "
                           f"{_where(haystack, hits[0].start())}")
    violations.checked["anonymised persons scanned for"] += len(forgotten)


def _intact(world: World, persons: Persons, carried: set[uuid.UUID],
            on_server: dict[uuid.UUID, Person], violations: Violations) -> None:
    """The other persons the model created keep their names and birth date everywhere."""
    expected = {pid: named for pid, named in persons.created.items()
                if pid not in carried and pid not in persons.requested}
    places: dict[str, dict[uuid.UUID, Person]] = {"server": on_server}
    for login, node in world.nodes.items():
        with node.ctx.reading() as session:
            places[login] = {p.id: p for p in session.scalars(select(Person).where(
                Person.id.in_(expected)))}
    for place, held in places.items():
        for pid, person in held.items():
            named = expected.get(pid)
            if named is None:
                continue
            violations.checked["other persons checked intact"] += 1
            if (person.first_name, person.last_name, person.birth_date) != (
                    named.first, named.last, named.born):
                violations.add(f"{place}: person {pid} is {person.first_name!r} "
                               f"{person.last_name!r} {person.birth_date}, expected "
                               f"{named.first!r} {named.last!r} {named.born}")


def as_anonymised(acked: list[Acked], persons: Persons, world: World) -> list[Acked]:
    """The acknowledged writes as the anonymisations left them: an anonymised person's notes
    are "—", their names in a dossier's frame too (what ``check``'s trace of same-field values
    then compares with the server)."""
    with world.server.sessions() as server:
        carried = set(server.scalars(select(PersonAnonymisation.person_id)))
    if not carried:
        return acked
    words: dict[uuid.UUID, set[str]] = {}
    for pid in carried:
        named = persons.created.get(pid)
        if named is not None:
            words.setdefault(named.case_id, set()).update(
                {fold(named.first), fold(named.last), named.born.isoformat()})
    out = []
    for write in acked:
        if write.entity == "person" and write.record_id in carried:
            changes = {name: [ANONYMISED if v else v for v in pair]
                       if name == "notes" else pair for name, pair in write.changes.items()}
        elif write.entity == "case_file" and write.record_id in words:
            plain = PlainWords(frozenset(words[write.record_id]))
            changes = {name: [redact_text(v, plain) if isinstance(v, str) else v for v in pair]
                       if name == "working_frame" else pair
                       for name, pair in write.changes.items()}
        else:
            out.append(write)
            continue
        out.append(Acked(write.entity, write.record_id, write.operation, changes))
    return out
