"""The national lists from a ONE administrator's computer, against a real server: offered in the
Tools menu of that role only, the dialog asks the server on the network lane and opens the print
preview with the server's PDF (read back with pdftotext); a refusal shows in the dialog with the
choices kept; the lock closes the preview (the list names children)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.domain import UserRole
from app.services.base.context import ServiceContext
from app.services.sync.local import sync_settings
from sync.client.enrol import enrol_device
from sync.client.transport import Transport
from tests.app.documents.poppler import words
from tests.sync.harness import PASSWORD, Server
from tests.ui.sync_fixtures import LOGIN, enrolled_store, finish, new_store, server, shown_window
from ui.documents.preview import DocumentPreview
from ui.national_lists import NationalDocument, NationalListsDialog, offered_days
from ui.network import NetworkOperations
from ui.operations import StoreOperations
from ui.qt import QDate, is_alive

__all__ = ["server"]
ADMIN = "admin.one"


def one_admin(server: Server, folder: Path) -> ServiceContext:
    """A ONE administrator's laptop enrolled with ``server`` (no dossiers on it)."""
    server.user(ADMIN, UserRole.ONE_ADMIN, office=None, name="Administratrice ONE")
    store = new_store(folder)
    transport = Transport(server.url)
    try:
        return enrol_device(ServiceContext(store), transport, ADMIN, PASSWORD, "poste ONE", None,
                            code=server.code(ADMIN))
    finally:
        transport.close()


def test_offered_days_are_the_reference_days_around_today() -> None:
    assert offered_days(date(2026, 12, 7)) == [
        date(2027, 4, 1), date(2026, 10, 1), date(2026, 4, 1), date(2025, 10, 1),
        date(2025, 4, 1)]
    assert offered_days(date(2026, 4, 1))[:2] == [date(2026, 10, 1), date(2026, 4, 1)]


def test_a_one_administrator_gets_the_national_list_in_the_preview(
        qtbot: QtBot, operations: StoreOperations, server: Server, tmp_path: Path,
        french: None) -> None:
    admin = one_admin(server, tmp_path / "one")
    window = shown_window(qtbot, operations, admin)
    try:
        assert window.national_action in window.tools_menu.actions()
        qtbot.waitUntil(window.national_action.isVisible)
        assert window.national_action.text() == "Listes nationales…"
        window.national_action.trigger()
        dialog = window.national_dialog
        assert dialog is not None and dialog.isVisible()
        latest = offered_days(date.today())[1]
        assert dialog.request().on == latest  # the latest list drawn up, by default
        assert dialog.reference_day.isVisible() and not dialog.since.isVisible()

        # Statistics of a period that ends before it starts: said here, nothing asked.
        dialog.document.setCurrentIndex(dialog.document.findData(NationalDocument.STATISTICS))
        assert dialog.since.isVisible() and not dialog.reference_day.isVisible()
        dialog.since.setDate(QDate(2026, 6, 30))
        dialog.until.setDate(QDate(2026, 1, 1))
        dialog.submit.click()
        assert dialog.error.isVisible() and "finit avant de commencer" in dialog.error.text()

        dialog.document.setCurrentIndex(dialog.document.findData(NationalDocument.SEMESTER_LIST))
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        dialog.submit.click()
        qtbot.waitUntil(lambda: window.national_dialog is None, timeout=20_000)
        preview = window.office_documents.previews[-1]  # closed by the lock with the others
        assert isinstance(preview, DocumentPreview) and preview.isVisible()
        window.national_action.trigger()  # a new dialog, the last one gone
        assert window.national_dialog is not None and window.national_dialog is not dialog
        window.national_dialog.reject()
        assert window.national_dialog is None
        qtbot.waitUntil(lambda: bool(preview.pages), timeout=20_000)
        assert preview.language.currentData() == "de"
        assert f"Untergebrachte Kinder am {latest:%d.%m.%Y}" in words(preview.pdf)
        assert preview._file_name == f"placements-national-{latest.isoformat()}.pdf"
        preview.language.setCurrentIndex(preview.language.findData("fr"))  # asked again
        qtbot.waitUntil(lambda: f"Enfants placés au {latest:%d/%m/%Y}" in words(preview.pdf),
                        timeout=20_000)

        window.national_action.trigger()
        window.lock_action.trigger()  # the list names children: the lock closes it
        qtbot.waitUntil(lambda: not is_alive(preview) or not preview.isVisible())
        assert window.national_dialog is None
    finally:
        finish(window, qtbot)


def test_an_agent_is_refused_in_the_dialog_with_the_choices_kept(
        qtbot: QtBot, operations: StoreOperations, server: Server, tmp_path: Path,
        french: None) -> None:
    agent = enrolled_store(server.url, tmp_path / "agent", families=1,
                           code=server.code(LOGIN)).agent
    assert sync_settings(agent).server_url == server.url
    network = NetworkOperations()
    dialog = NationalListsDialog(network, operations, agent, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.document.setCurrentIndex(dialog.document.findData(NationalDocument.STATISTICS))
    dialog.since.setDate(QDate(2026, 1, 1))
    dialog.until.setDate(QDate(2026, 6, 30))
    dialog.submit.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert "administrateurs de l’ONE" in dialog.error.text() \
        or "administrateurs de l'ONE" in dialog.error.text()
    assert dialog.isVisible() and dialog.preview is None and dialog.submit.isEnabled()
    assert dialog.chosen_document() is NationalDocument.STATISTICS
    assert (dialog.request().since, dialog.request().until) == (date(2026, 1, 1),
                                                                date(2026, 6, 30))
    assert network.wait()
    agent.store.lock()
