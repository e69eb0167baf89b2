"""A full session of the real application, scripted as an agent would go: create the store in
the unlock dialog, enrol and sync from the main window, work on a family (a court order
attached, a home visit and a task planned), open its dossier, preview every document and open
the attached one in the viewer, export the week for the office calendar, sync again, lock.
Synthetic strings are planted on the way."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.domain import AppointmentKind, ContactChannel, DossierDocumentKind, PlaceType
from app.services.base.context import ServiceContext
from app.services.caseload.agenda import (
    AppointmentDetails,
    Slot,
    add_task,
    export_calendar,
    plan_appointment,
)
from app.services.dossier.documents import DocumentDescription, add_document, dossier_documents
from app.services.plan.scans import attach_signed_scan
from app.services.plan.versions import record_discernment
from app.services.steps.coordination import (
    ConferenceInput,
    ContactInput,
    Participant,
    TaskInput,
    log_contact,
    record_case_conference,
)
from tests.app.services.documents_data import court_order_pdf
from tests.app.services.family import Family
from tests.conftest import PASSPHRASE
from tests.proof.laptop import Planted
from tests.sync.harness import PASSWORD
from tests.ui.conftest import type_text
from ui.documents.family_reader import FamilyReaderDialog
from ui.documents.letter_dialog import LetterDialog
from ui.documents.preview import DocumentPreview
from ui.dossier.documents import DocumentViewer
from ui.dossier_window import DossierWindow
from ui.main import Application, parse_args
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QApplication, QComboBox, QLineEdit, QPlainTextEdit

TODAY = date(2026, 3, 2)
WAIT_MS = 60_000


def work_on_a_family(agent: ServiceContext, planted: Planted) -> uuid.UUID:
    """Through the services, on the store lane: a family taken to a plan ready to sign, a
    scan of its signed pages, a contact and a case conference, all with planted words."""
    family = Family.open(agent, TODAY, surname=planted.surname).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, True, TODAY,
                       f"S'exprime clairement, parle de {planted.note_word}")
    version = family.ready_version()
    attach_signed_scan(agent, version, b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n"
                       + f"(Signé : {planted.first_name} {planted.surname})".encode()
                       + b"\n%%EOF\n", "application/pdf")
    log_contact(agent, family.case_id, ContactInput(
        datetime(2026, 3, 3, 10, tzinfo=UTC), f"{planted.first_name} {planted.surname}",
        ContactChannel.TELEPHONE, f"Note confidentielle : {planted.note_word} inquiète"))
    record_case_conference(agent, family.case_id, ConferenceInput(
        date(2026, 3, 20), "École fondamentale, Esch-sur-Alzette",
        (Participant(f"{planted.first_name} {planted.surname}", "grand-mère"),),
        minutes=f"{planted.note_word} va mieux.", decisions="Un point mensuel."))
    # A court order received about the family (the words in clear after the PDF's end, so
    # that a copy of its bytes anywhere is found), a home visit and a task of the week.
    add_document(agent, family.case_id, court_order_pdf(
        f"Ordonnance concernant {planted.first_name} {planted.surname}")
        + f"\n% {planted.first_name} {planted.surname} {planted.note_word}\n".encode(),
        DocumentDescription(DossierDocumentKind.COURT_ORDER, TODAY,
                            f"Tribunal de la jeunesse, affaire {planted.surname}",
                            f"Ordonnance {planted.note_word}", (family.child,)), today=TODAY)
    tomorrow = date.today() + timedelta(days=1)
    plan_appointment(agent, family.case_id, Slot.local(tomorrow, time(10), time(11)),
                     AppointmentDetails(AppointmentKind.HOME_VISIT, PlaceType.HOME,
                                        f"12, rue {planted.surname}",
                                        f"Visite chez {planted.first_name}",
                                        person_ids=(family.mother,)))
    add_task(agent, family.case_id, TaskInput(
        tomorrow, f"Rappeler {planted.first_name} {planted.surname} ({planted.note_word})"))
    return family.case_id


def open_the_attached_documents(qtbot: QtBot, operations: StoreOperations,
                                agent: ServiceContext, case_id: uuid.UUID) -> int:
    """Each document attached to the dossier opened in the application's viewer (its pages
    rendered in memory), then closed. Returns how many were shown."""
    shown = 0
    for document in dossier_documents(agent, case_id):
        viewer = DocumentViewer(operations, agent, document)
        qtbot.addWidget(viewer)
        viewer.show()
        qtbot.waitUntil(lambda viewer=viewer: viewer.page_count > 0, timeout=WAIT_MS)
        viewer.reject()
        shown += 1
    return shown


def export_the_week(agent: ServiceContext) -> Path:
    """The week's .ics saved where an agent keeps her files (her home folder, scanned)."""
    exported = Path.home() / "agenda-bureau.ics"
    exported.write_bytes(export_calendar(agent, date.today()))
    return exported


def run_session(qtbot: QtBot, qapp: QApplication, server_url: str, login: str,
                planted: Planted, midway: Callable[[], None], code: str) -> int:
    """The session; ``midway`` runs with the dossier, its previews and a draft open (what a
    stolen laptop would hold). Returns how many documents were previewed."""
    app = Application(parse_args([]))
    app.keyring = None  # no Secret Service here: the device token stays in the store
    qtbot.addWidget(app.window)
    try:
        app.start()
        dialog = app.dialog
        assert dialog is not None and dialog.creating
        type_text(dialog.passphrase, PASSPHRASE)
        type_text(dialog.confirmation, PASSPHRASE)
        dialog.submit.click()
        window = app.window
        qtbot.waitUntil(window.isVisible, timeout=WAIT_MS)
        panel = window.sync_panel
        # A new computer: the welcome to enrol opens by itself, then the first download.
        qtbot.waitUntil(lambda: panel.enrol_dialog is not None, timeout=WAIT_MS)
        enrol = panel.enrol_dialog
        assert enrol is not None
        type_text(enrol.server, server_url)
        type_text(enrol.login, login)
        type_text(enrol.password, PASSWORD)
        enrol.code.setText(code)
        enrol.submit.click()
        qtbot.waitUntil(lambda: panel.enrol_dialog is None and not panel.syncing
                        and panel.status is not None
                        and panel.status.last_success_at is not None, timeout=WAIT_MS)
        download = panel.first_download
        assert download is not None and download.ready
        download.close_button.click()  # "Commencer à travailler"
        agent = window._ctx
        assert agent is not None and agent.actor_id is not None
        assert app.operations.wait()
        case_id = work_on_a_family(agent, planted)
        window.refresh()
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT_MS)
        type_a_draft(qtbot, window, planted)  # left open: the lock saves it
        window.table.activated.emit(window.proxy.index(0, 0))
        qtbot.waitUntil(lambda: bool(window.dossier_windows), timeout=WAIT_MS)
        previewed = preview_every_document(qtbot, window.dossier_windows[0])
        previewed += open_the_attached_documents(qtbot, app.operations, agent, case_id)
        assert b"BEGIN:VEVENT" in export_the_week(agent).read_bytes()
        assert app.operations.wait()
        midway()
        panel.action.trigger()
        qtbot.waitUntil(lambda: not panel.syncing and panel.status is not None
                        and panel.status.pending == 0, timeout=WAIT_MS)
        window.lock()  # as the agent's lock shortcut or the idle timer
        assert app.operations.wait()
        assert app.store is None
        return previewed
    finally:
        if app.dialog is not None:
            app.dialog.close()
        app.idle_lock.disarm()
        qapp.removeEventFilter(app.idle_lock)
        app.shutdown()


def type_a_draft(qtbot: QtBot, window: MainWindow, planted: Planted) -> None:
    """A new dossier typed key by key into the opening wizard, saved as a draft as it goes."""
    window.new_action.trigger()
    qtbot.waitUntil(lambda: len(window.wizards) == 1, timeout=WAIT_MS)
    wizard = window.wizards[-1]
    for name, value in (("channel", "telephone_permanence"), ("requester_kind", "parent")):
        combo = wizard._fields[name]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(value))
    what = wizard._fields["what"]
    assert isinstance(what, QPlainTextEdit | QLineEdit)
    type_text(what, f"Appel de {planted.first_name} au sujet de {planted.note_word}")
    first = wizard.currentId()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() != first, timeout=WAIT_MS)
    for field, value in (("first_name", planted.first_name), ("last_name", planted.surname)):
        typed = wizard._fields[f"person.0.{field}"]
        assert isinstance(typed, QLineEdit)
        type_text(typed, value)


def preview_every_document(qtbot: QtBot, dossier: DossierWindow) -> int:
    """Each entry of the dossier's Documents menu, its pages rendered on screen."""
    menu = dossier.documents
    assert menu is not None
    entries = [a for a in menu.actions() if not a.isSeparator()]
    for action in entries:
        action.trigger()
        shown = menu.previews[-1]
        if isinstance(shown, FamilyReaderDialog):  # the dossier for the family: who reads
            shown.reader.setCurrentIndex(0)
            shown.confirm()
            qtbot.waitUntil(lambda: isinstance(menu.previews[-1], DocumentPreview),
                            timeout=WAIT_MS)
            shown = menu.previews[-1]
        if isinstance(shown, LetterDialog):  # a letter: from its template, then previewed
            shown.confirm()
            qtbot.waitUntil(lambda: isinstance(menu.previews[-1], DocumentPreview),
                            timeout=WAIT_MS)
            shown = menu.previews[-1]
        assert isinstance(shown, DocumentPreview)
        qtbot.waitUntil(partial(_has_pages, shown), timeout=WAIT_MS)
    return len(entries)


def _has_pages(preview: DocumentPreview) -> bool:
    return bool(preview.pages)
