"""``cpi-server import-providers``: the ONE's register of providers and their agréments (art. 13)
brought into the directory every device reads.

The register is a CSV file as a spreadsheet saves it: UTF-8 with or without a BOM, ``;``
between fields, one header row naming the columns of ``COLUMNS``, then one line per agrément
(a provider with several agréments takes several lines, one without any takes one line with the
agrément's columns empty). ``mesures`` lists art. 11 codes separated by commas (``a1,c,h``; a
letter with formulas covers each formula); dates are written ``dd/mm/yyyy``, ``valable_au``
empty for an agrément without an end.

The import is all or nothing: every line is checked first, and a file with one bad line is
refused with each bad line's number and reason, nothing written. It is idempotent on
``identifiant``: a provider keeps its id (derived from the identifiant), an agrément is known by
its provider and number; only what differs is written, each change logged once in the
reference scope, so a second import of the same file changes nothing and devices download
nothing new. Providers and agréments absent from the file are left as they are.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.domain import Provider, ProviderAgrement
from app.domain.base import SyncedRecord
from app.domain.ids import reference_id
from app.domain.providers import join_codes, split_codes
from app.reference.catalogue import load_reference_data
from sync.server.log import log_changes

COLUMNS = ("identifiant", "nom", "adresse", "code_postal", "localite", "telephone", "courriel",
           "numero_agrement", "mesures", "valable_du", "valable_au")
#: The longest value each column takes (the directory's column sizes).
_LENGTHS = {"identifiant": 40, "nom": 200, "adresse": 200, "code_postal": 20, "localite": 120,
            "telephone": 60, "courriel": 200, "numero_agrement": 60, "mesures": 400}
_PROVIDER_FIELDS = ("nom", "adresse", "code_postal", "localite", "telephone", "courriel")


class RegisterRefused(Exception):
    """The file is refused as a whole; ``problems``: (line number, reason), line 0 for the
    file itself."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        lines = [f"ligne {line} : {reason}" if line else reason for line, reason in problems]
        super().__init__("Le fichier est refusé, rien n'a été importé :\n" + "\n".join(lines))


@dataclass(frozen=True)
class RegisterAgrement:
    number: str
    codes: frozenset[str]
    valid_from: date
    valid_to: date | None


@dataclass
class RegisterProvider:
    identifiant: str
    line: int
    name: str
    street: str
    postal_code: str
    locality: str
    phone: str
    email: str
    agrements: list[RegisterAgrement] = field(default_factory=list)


@dataclass(frozen=True)
class ImportReport:
    providers: int
    agrements: int
    providers_added: int
    providers_changed: int
    agrements_added: int
    agrements_changed: int
    written: bool

    def summary(self) -> str:
        verb = "importés" if self.written else "à importer (vérification, rien n'est écrit)"
        return (f"{self.providers} prestataires et {self.agrements} agréments lus ; {verb} : "
                f"{self.providers_added} prestataires nouveaux, {self.providers_changed} "
                f"modifiés, {self.agrements_added} agréments nouveaux, "
                f"{self.agrements_changed} modifiés.")


def parse_register(content: bytes) -> list[RegisterProvider]:
    """The providers of the file, each with its agréments; ``RegisterRefused`` with every bad
    line otherwise."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegisterRefused([(0, f"le fichier n'est pas en UTF-8 (octet {exc.start + 1}) : "
                                   "enregistrez-le en « CSV UTF-8 ».")]) from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    try:
        header = next(reader)
    except StopIteration:
        raise RegisterRefused([(0, "le fichier est vide.")]) from None
    except csv.Error as exc:
        raise RegisterRefused([(1, f"illisible ({exc}).")]) from None
    if tuple(name.strip().lower() for name in header) != COLUMNS:
        raise RegisterRefused([(1, "l'en-tête doit être exactement " + ";".join(COLUMNS)
                                + f" (lu : {';'.join(header)}).")])
    catalogue = load_reference_data()
    known = {measure.code for measure in catalogue.measures}
    problems: list[tuple[int, str]] = []
    providers: dict[str, RegisterProvider] = {}
    seen: dict[tuple[str, str], int] = {}
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append((reader.line_num, f"illisible ({exc})."))
            break
        line = reader.line_num
        if not any(value.strip() for value in row):
            continue
        if len(row) != len(COLUMNS):
            problems.append((line, f"{len(row)} champs au lieu de {len(COLUMNS)} (séparés "
                                   "par « ; »)."))
            continue
        values = {name: value.strip() for name, value in zip(COLUMNS, row, strict=True)}
        reasons = _line_problems(values, known)
        if reasons:
            problems.extend((line, reason) for reason in reasons)
            continue
        provider = providers.get(values["identifiant"])
        if provider is None:
            provider = providers[values["identifiant"]] = RegisterProvider(
                values["identifiant"], line, values["nom"], values["adresse"],
                values["code_postal"], values["localite"], values["telephone"],
                values["courriel"])
        else:
            differing = [name for name, kept in zip(_PROVIDER_FIELDS, (
                provider.name, provider.street, provider.postal_code, provider.locality,
                provider.phone, provider.email), strict=True) if values[name] != kept]
            if differing:
                problems.append((line, f"le prestataire {values['identifiant']} a d'autres "
                                       f"{', '.join(differing)} qu'à la ligne "
                                       f"{provider.line}."))
                continue
        number = values["numero_agrement"]
        if not number:
            continue
        key = (values["identifiant"], number)
        if key in seen:
            problems.append((line, f"l'agrément {number} de {values['identifiant']} figure "
                                   f"déjà à la ligne {seen[key]}."))
            continue
        seen[key] = line
        provider.agrements.append(RegisterAgrement(
            number, split_codes(values["mesures"]), _date(values["valable_du"]) or date.min,
            _date(values["valable_au"])))
    if problems:
        raise RegisterRefused(problems)
    if not providers:
        raise RegisterRefused([(0, "le fichier ne contient aucun prestataire.")])
    return list(providers.values())


def _line_problems(values: dict[str, str], known: set[str]) -> list[str]:
    reasons = []
    if not values["identifiant"]:
        reasons.append("identifiant manquant.")
    if not values["nom"]:
        reasons.append("nom du prestataire manquant.")
    for name, limit in _LENGTHS.items():
        if len(values[name]) > limit:
            reasons.append(f"{name} dépasse {limit} caractères.")
    email = values["courriel"]
    if email and ("@" not in email or " " in email):
        reasons.append(f"courriel illisible : {email}.")
    agrement = [values[name] for name in ("numero_agrement", "mesures", "valable_du",
                                          "valable_au")]
    if not any(agrement):
        return reasons
    if not values["numero_agrement"]:
        reasons.append("numéro d'agrément manquant (ou laissez vides mesures et dates).")
    codes = split_codes(values["mesures"])
    if not codes:
        reasons.append("mesures manquantes : les codes de l'art. 11 couverts, ex. a1,c,h.")
    unknown = sorted(codes - known)
    if unknown:
        reasons.append(f"mesures inconnues à l'art. 11 : {', '.join(unknown)}.")
    starts, ends = values["valable_du"], values["valable_au"]
    if not starts:
        reasons.append("valable_du manquant (jj/mm/aaaa).")
    elif _date(starts) is None:
        reasons.append(f"valable_du illisible : {starts} (attendu jj/mm/aaaa).")
    if ends and _date(ends) is None:
        reasons.append(f"valable_au illisible : {ends} (attendu jj/mm/aaaa).")
    first, last = _date(starts), _date(ends)
    if first is not None and last is not None and last < first:
        reasons.append(f"valable_au ({ends}) précède valable_du ({starts}).")
    return reasons


def _date(text: str) -> date | None:
    if not text:
        return None
    try:
        return datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        return None


def provider_id(identifiant: str) -> uuid.UUID:
    """The id of the register's provider, the same on every server and device."""
    return reference_id("provider", identifiant)


def agrement_id(identifiant: str, number: str) -> uuid.UUID:
    return reference_id("provider_agrement", f"{identifiant}:{number}")


def import_register(sessions: sessionmaker[Session], content: bytes, *,
                    check: bool = False) -> ImportReport:
    """Bring the register into the directory (``check``: only say what would change)."""
    register = parse_register(content)
    with sessions() as session:
        report = _apply(session, register, written=not check)
        if check:
            session.rollback()
        else:
            session.commit()
        return report


def copy_register(session: Session, content: bytes) -> None:
    """The register's providers and agréments written in ``session`` with the ids every
    server gives them, nothing logged: a device's copy as its first download would bring it
    (benches and tests that prepare a store without a server), at a server version as the
    download gives them."""
    register = parse_register(content)
    _apply(session, register, written=False)
    session.flush()
    ids = [provider_id(entry.identifiant) for entry in register]
    copied: list[SyncedRecord] = [
        *session.scalars(select(Provider).where(Provider.id.in_(ids))),
        *session.scalars(select(ProviderAgrement).where(ProviderAgrement.provider_id.in_(ids)))]
    for record in copied:
        record.server_version = record.server_version or 1


def _apply(session: Session, register: list[RegisterProvider], *,
           written: bool) -> ImportReport:
    changed: list[SyncedRecord] = []
    counts = {"providers_added": 0, "providers_changed": 0, "agrements_added": 0,
              "agrements_changed": 0}
    by_register = {p.register_id: p for p in session.scalars(select(Provider).where(
        Provider.register_id.in_([entry.identifiant for entry in register])))}
    for entry in register:
        provider = by_register.get(entry.identifiant) or session.get(
            Provider, provider_id(entry.identifiant))
        added = provider is None
        if provider is None:
            provider = Provider(id=provider_id(entry.identifiant), country="LU", region="")
            session.add(provider)
        wanted = {"register_id": entry.identifiant, "name": entry.name, "street": entry.street,
                  "postal_code": entry.postal_code, "locality": entry.locality,
                  "phone": entry.phone, "email": entry.email, "deleted_at": None}
        if _set(provider, wanted) or added:
            changed.append(provider)
            counts["providers_added" if added else "providers_changed"] += 1
        existing = {a.number: a for a in session.scalars(select(ProviderAgrement).where(
            ProviderAgrement.provider_id == provider.id))} if not added else {}
        for agrement in entry.agrements:
            record = existing.get(agrement.number)
            new = record is None
            if record is None:
                record = ProviderAgrement(id=agrement_id(entry.identifiant, agrement.number),
                                          provider_id=provider.id)
                session.add(record)
            if _set(record, {"number": agrement.number,
                             "measure_codes": join_codes(agrement.codes),
                             "valid_from": agrement.valid_from, "valid_to": agrement.valid_to,
                             "deleted_at": None}) or new:
                changed.append(record)
                counts["agrements_added" if new else "agrements_changed"] += 1
    if written:
        log_changes(session, changed)
    return ImportReport(len(register), sum(len(entry.agrements) for entry in register),
                        written=written, **counts)


def _set(record: SyncedRecord, values: Mapping[str, object]) -> bool:
    """Set what differs; whether anything did."""
    differs = False
    for name, value in values.items():
        if getattr(record, name, None) != value:
            setattr(record, name, value)
            differs = True
    return differs
