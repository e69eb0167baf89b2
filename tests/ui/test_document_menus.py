"""Every document has its way into the print preview: the dossier's Documents menu (plan
versions, case conferences, the dossier for the family, the closure letter) and the caseload's
(the semester placement list, the anonymised statistics). None leaves a file behind."""

from __future__ import annotations

import subprocess
import time
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.documents.letters import LetterKind
from app.domain import ClosureReason, ContactChannel, ContactLogEntry, DossierConsultation
from app.services.base.context import ServiceContext
from app.services.dossier.closure import ClosureInput, close_case
from app.services.dossier.detail import load_dossier_detail
from app.services.one.network import ProviderInput, register_provider
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.coordination import ConferenceInput, Participant, record_case_conference
from app.services.steps.implementation import start_measure
from app.store.store import Store
from tests.app.services.family import OFFICE, Family, validator_context
from tests.leaks import leaked
from ui.documents.family_reader import FamilyReaderDialog
from ui.documents.letter_dialog import LetterDialog
from ui.documents.office_menu import OfficeDocuments
from ui.documents.preview import DocumentPreview
from ui.dossier_window import DossierWindow
from ui.operations import StoreOperations
from ui.qt import QAction, QDate, QWidget, is_alive

PLANTED = "Wrenvolde"  # a family name found nowhere else
OPENED = date(2026, 3, 2)


def _agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.documents", "Agent Documents", OFFICE)


def _text(pdf: bytes) -> str:
    return " ".join(subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                                   check=True).stdout.decode().split())


def _entries(actions: list[QAction]) -> list[QAction]:
    return [action for action in actions if not action.isSeparator()]


def _shown(qtbot: QtBot, preview: QWidget) -> DocumentPreview:
    assert isinstance(preview, DocumentPreview)
    qtbot.waitUntil(lambda: bool(preview.pages), timeout=20_000)
    return preview


def test_the_dossier_menu_previews_each_document_and_the_lock_closes_them(
    qtbot: QtBot, store: Store, store_dir: Path, operations: StoreOperations, french: None,
) -> None:
    started = time.time() - 1
    agent = _agent(store)
    family = Family.open(agent, OPENED, surname=PLANTED).analyse().assess().plan()
    family.in_force(validator_context(agent))
    record_case_conference(agent, family.case_id, ConferenceInput(
        date(2026, 3, 20), "École fondamentale, Esch-sur-Alzette",
        (Participant(f"Ana Sofia {PLANTED}", "mère"), Participant("Łukasz Wójcik", "enseignant")),
        minutes="Les absences ont diminué.", decisions="Un point mensuel avec l'école."))
    close_case(agent, family.case_id, ClosureInput(
        date(2026, 9, 30), ClosureReason.OBJECTIVES_REACHED, "Objectifs atteints."),
        today=date(2026, 9, 30))
    detail = load_dossier_detail(agent, family.case_id)
    number = detail.summary.row.number
    window = DossierWindow(detail, operations, agent)
    qtbot.addWidget(window)
    window.show()
    menu = window.documents
    assert menu is not None and window.documents_button.menu() is menu
    entries = _entries(menu.actions())
    # The overview, plan version 1, the conference's invitation and minutes, the chronology,
    # the family's dossier, closure.
    assert len(entries) == 7, [a.text() for a in entries]
    expected = [("Synthèse du dossier", "dossier clôturé le 30/09/2026"),
                ("Projet d’intervention", "Version 1 – empreinte"),
                ("Invitation", "20/03/2026"), ("Compte rendu", "Les absences ont diminué"),
                ("Chronologie du dossier", "Dossier clôturé"),
                (None, None), ("Objectifs atteints", "30/09/2026")]
    for action, (title, detail_text) in zip(entries, expected, strict=True):
        if title is None:
            continue
        action.trigger()
        preview = _shown(qtbot, menu.previews[-1])
        text = _text(preview.pdf)
        assert title in text and detail_text in text and number in text, text[:300]

    window.close()  # the lock closes the dossier window: its previews go with it
    qtbot.waitUntil(lambda: not any(is_alive(w) and w.isVisible() for w in menu.previews)
                    if is_alive(menu) else True)
    assert operations.wait()
    assert leaked(PLANTED, started, skip=[store_dir]) == []


def _index_of(dialog: FamilyReaderDialog, person: uuid.UUID) -> int:
    combo = dialog.reader
    return next(i for i in range(combo.count()) if combo.itemData(i) == person)


def test_the_dossier_for_the_family_follows_art_7_and_is_recorded_once(
    qtbot: QtBot, store: Store, store_dir: Path, operations: StoreOperations, french: None,
) -> None:
    started = time.time() - 1
    agent = _agent(store)
    family = Family.open(agent, OPENED, surname=PLANTED).analyse().assess().plan()
    family.in_force(validator_context(agent))  # the child is judged not able to judge
    detail = load_dossier_detail(agent, family.case_id)
    window = DossierWindow(detail, operations, agent)
    qtbot.addWidget(window)
    assert window.documents is not None
    _entries(window.documents.actions())[-1].trigger()
    reader = window.documents.previews[-1]
    assert isinstance(reader, FamilyReaderDialog)

    reader.reader.setCurrentIndex(_index_of(reader, family.child))
    reader.confirm()
    qtbot.waitUntil(lambda: "art. 7" in reader.message.text(), timeout=10_000)
    assert reader.isVisible() and reader.buttons.isEnabled()  # the choice stays to correct

    reader.reader.setCurrentIndex(_index_of(reader, family.mother))
    reader.confirm()
    qtbot.waitUntil(lambda: isinstance(window.documents.previews[-1], DocumentPreview)
                    if window.documents else False, timeout=10_000)
    preview = _shown(qtbot, window.documents.previews[-1])
    assert f"Ana Sofia {PLANTED}" in _text(preview.pdf)
    preview.language.setCurrentIndex(preview.language.findData("de"))
    qtbot.waitUntil(lambda: "Dossier" in _text(preview.pdf) and preview.pdf != b"",
                    timeout=10_000)
    assert operations.wait()
    with agent.reading() as session:
        consultations = session.scalar(select(func.count()).select_from(DossierConsultation))
    assert consultations == 1  # the language switch did not record a second one
    window.close()
    assert operations.wait()
    assert leaked(PLANTED, started, skip=[store_dir]) == []


def test_the_caseload_menu_previews_the_semester_list_and_the_anonymous_statistics(
    qtbot: QtBot, store: Store, store_dir: Path, operations: StoreOperations, french: None,
) -> None:
    started = time.time() - 1
    agent = _agent(store)
    family = Family.open(agent, OPENED, surname=PLANTED).analyse().assess()
    family.provider = register_provider(agent, ProviderInput(
        "Foyer du Nord", "AGR-2010-9", None, "Mersch", "LU"))
    family.plan("a1", Decimal(365)).in_force(validator_context(agent))
    assert family.measure is not None
    start_measure(agent, family.measure, date(2026, 3, 15))
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = OfficeDocuments(operations, lambda: agent, parent, today=lambda: date(2026, 4, 15))
    menu.fill()
    entries = _entries(menu.actions())
    assert [a.text() for a in entries][:2] == [
        "Liste semestrielle des placements au 01/04/2026 (art. 6)…",
        "Liste semestrielle des placements au 01/10/2026 (art. 6)…"]

    entries[0].trigger()
    placements = _text(_shown(qtbot, menu.previews[-1]).pdf)
    assert f"Léa {PLANTED}" in placements and "01/04/2026" in placements
    entries[2].trigger()
    statistics = _text(_shown(qtbot, menu.previews[-1]).pdf)
    assert "art. 7" in statistics and PLANTED not in statistics  # anonymised

    shown = list(menu.previews)
    menu.close_all()  # what the lock does
    qtbot.waitUntil(lambda: not any(is_alive(w) for w in shown))  # deleted: pages freed
    assert operations.wait()
    assert leaked(PLANTED, started, skip=[store_dir]) == []


def test_a_letter_is_recorded_then_previewed_in_the_dossier_language(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    family = Family.open(agent, OPENED, surname=PLANTED)
    window = DossierWindow(load_dossier_detail(agent, family.case_id), operations, agent)
    qtbot.addWidget(window)
    menu = window.documents
    assert menu is not None
    entry = next(a for a in menu.actions() if a.objectName() == "letterToSend")
    assert entry.text() == "Lettre à envoyer…"
    entry.trigger()
    dialog = menu.previews[-1]
    assert isinstance(dialog, LetterDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.HOME_VISIT.value))
    dialog.on.setDate(QDate(2026, 3, 12))
    dialog.at.setText("10:30")
    dialog.confirm()
    qtbot.waitUntil(lambda: isinstance(menu.previews[-1], DocumentPreview), timeout=10_000)
    text = _text(_shown(qtbot, menu.previews[-1]).pdf)
    assert "Confirmation d’une visite à domicile" in text and "12/03/2026 à 10:30" in text
    assert f"Ana Sofia {PLANTED}" in text
    assert operations.wait()
    with agent.reading() as session:
        letters = session.scalars(select(ContactLogEntry).where(
            ContactLogEntry.channel == ContactChannel.LETTER)).all()
    assert [entry.with_whom for entry in letters] == [f"Ana Sofia {PLANTED}, Jeff Weber"]
