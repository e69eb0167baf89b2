"""The ONE's national documents, produced on the server from its domain tables: the semester
placement list on 1 April and 1 October (art. 6) and the anonymised statistics (art. 7), for
every office at once.

The server's database holds the same domain tables as the laptops (``app.domain``), so the
documents are the app's own (``app/documents``) over the app's own computation
(``semester_list_in``, ``statistics_in``), run on a read-only session of the server's database:
one rule and one layout for a laptop's list and the national one. Nothing is logged or sent to
the devices: these are reads.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.documents.semester_list import render_list
from app.documents.statistics_report import render_extract
from app.rules.placements import reference_day_unmet
from app.services.one.duties import SemesterList, semester_list_in
from app.services.one.statistics import StatisticsExtract, statistics_in
from sync.server.admin import AdminError

LANGUAGES = ("fr", "de")


@dataclass(frozen=True)
class NationalList:
    listed: SemesterList
    pdf: bytes


@dataclass(frozen=True)
class NationalStatistics:
    extract: StatisticsExtract
    pdf: bytes


def semester_list(sessions: sessionmaker[Session], on: date,
                  language: str = "fr") -> NationalList:
    """Every office's placed children on ``on`` (1 April or 1 October only), as the PDF the
    application prints for one laptop's dossiers."""
    _check_language(language)
    refused = reference_day_unmet(on)
    if refused:
        raise AdminError(refused[0].text.render("fr"))
    with sessions() as session:
        listed = semester_list_in(session, on)
        session.rollback()  # a read: nothing to keep
    return NationalList(listed, render_list(listed, language))


def statistics(sessions: sessionmaker[Session], since: date, until: date,
               language: str = "fr") -> NationalStatistics:
    """The anonymised extract of every office for the period ``since`` to ``until``, as the
    application's report."""
    _check_language(language)
    if until < since:
        raise AdminError(f"La période finit ({until:%d/%m/%Y}) avant de commencer "
                         f"({since:%d/%m/%Y}).")
    with sessions() as session:
        extract = statistics_in(session, until, since)
        session.rollback()
    return NationalStatistics(extract, render_extract(extract, until, language, since))


def write_private(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path``, readable by the server's account only (the semester list
    names children: keep it on the server's encrypted volume)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as exc:
        raise AdminError(f"Impossible d'écrire {path} : {exc.strerror}.") from None
    with os.fdopen(descriptor, "wb") as out:
        os.fchmod(out.fileno(), 0o600)  # a file replaced keeps its mode otherwise
        out.write(content)


def write_csv(folder: Path, extract: StatisticsExtract) -> list[Path]:
    """The extract's tables as ``caseload.csv``, ``measures.csv``, ``durations.csv``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AdminError(f"Impossible de créer le dossier {folder} : {exc.strerror}.") from None
    written = []
    for name, body in extract.as_csv().items():
        path = folder / f"{name}.csv"
        write_private(path, body.encode())
        written.append(path)
    return written


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise AdminError(f"Langue inconnue : {language} (fr ou de).")
