"""The national documents from a ONE administrator's computer (Tools ▸ National lists…): the
semester placement list of every office on a reference day (art. 6) or the anonymised
statistics of a period (art. 7), made by the ONE server from its tables, as its commands
``cpi-server semester-list`` and ``statistics`` make them.

The administrator's laptop holds no dossier: the document comes from the server this computer
is enrolled with, on the network lane, and opens in the print preview (in memory only: the list
names children; saved or printed where the administrator chooses). A refusal or a server out of
reach shows in the dialog, the choices kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Any

from app.errors import CpiError
from app.i18n import current_language
from app.rules.placements import reference_days_around
from app.services.base.context import ServiceContext
from sync.client.national import fetch_semester_list, fetch_statistics
from sync.client.transport import Transport
from sync.protocol import DocumentLanguage
from ui.accessibility import announce
from ui.caseload_model import short_date
from ui.documents.preview import DocumentPreview
from ui.family_map.dialogs import day_of
from ui.network import NetworkOperations, Report
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.sync_work import Keyring, with_server
from ui.unlock_dialog import ERROR_STYLE

#: Reference days offered before the latest one (two years of lists).
EARLIER_DAYS = 3


class NationalDocument(StrEnum):
    SEMESTER_LIST = "semester_list"
    STATISTICS = "statistics"


@dataclass(frozen=True)
class NationalRequest:
    """What the administrator asks the server for: the list on ``on``, or the statistics from
    ``since`` to ``until``."""

    document: NationalDocument
    on: date
    since: date
    until: date

    def fetch(self, transport: Transport, language: DocumentLanguage) -> bytes:
        if self.document is NationalDocument.SEMESTER_LIST:
            return fetch_semester_list(transport, self.on, language)
        return fetch_statistics(transport, self.since, self.until, language)

    @property
    def stem(self) -> str:
        """The file's name and the printer job's title: dates only."""
        if self.document is NationalDocument.SEMESTER_LIST:
            return f"placements-national-{self.on.isoformat()}"
        return f"statistiques-nationales-{self.since.isoformat()}-{self.until.isoformat()}"


def offered_days(today: date) -> list[date]:
    """The next reference day, the latest one and the ones before it, newest first."""
    latest, following = reference_days_around(today)
    days = [following, latest]
    for _ in range(EARLIER_DAYS):
        days.append(reference_days_around(date.fromordinal(days[-1].toordinal() - 1))[0])
    return days


def network_runner(network: NetworkOperations) -> Callable[
        [Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]:
    """The preview's rendering on the network lane (a document in another language is asked
    of the server again)."""
    def run(work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> None:
        network.run(lambda _report: work(), done, failed)
    return run


class NationalListsDialog(QDialog):
    #: The preview opened with the server's document (the main window closes it at the lock).
    opened = Signal(object)

    def __init__(self, network: NetworkOperations, operations: StoreOperations,
                 ctx: ServiceContext, keyring: Keyring, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nationalListsDialog")
        self._network, self._operations = network, operations
        self._ctx, self._keyring = ctx, keyring
        self._parent = parent
        self.preview: DocumentPreview | None = None
        today = today or date.today()
        self.setWindowTitle(self.tr("National lists"))
        layout = QVBoxLayout(self)
        intro = PlainLabel(self.tr(
            "The ONE server draws up these documents for every regional office from what the "
            "laptops synchronised. This computer must reach it."))
        intro.setObjectName("nationalIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.document = QComboBox()
        self.document.setObjectName("nationalDocument")
        self.document.addItem(self.tr("Semester placement list (art. 6)"),
                              NationalDocument.SEMESTER_LIST.value)
        self.document.addItem(self.tr("Anonymised statistics (art. 7)"),
                              NationalDocument.STATISTICS.value)
        self.document.currentIndexChanged.connect(self._document_chosen)
        self.reference_day = QComboBox()
        self.reference_day.setObjectName("nationalReferenceDay")
        for day in offered_days(today):
            self.reference_day.addItem(short_date(day), day.toordinal())
        self.reference_day.setCurrentIndex(1)  # the latest list drawn up
        self.since = self._date_edit("nationalSince", date(today.year, 1, 1))
        self.until = self._date_edit("nationalUntil", today)
        self.language = QComboBox()
        self.language.setObjectName("nationalLanguage")
        self.language.addItem("Français", "fr")
        self.language.addItem("Deutsch", "de")
        # The document in the administrator's language at first; either may be chosen.
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self._labels: dict[QWidget, QLabel] = {}
        for text, field in ((self.tr("&Document"), self.document),
                            (self.tr("&Reference day"), self.reference_day),
                            (self.tr("&From"), self.since),
                            (self.tr("&Until (included)"), self.until),
                            (self.tr("&Language"), self.language)):
            buddy = PlainLabel(text)
            buddy.setBuddy(field)
            self._labels[field] = buddy
            form.addRow(buddy, field)
        layout.addLayout(form)
        self.error = PlainLabel()
        self.error.setObjectName("nationalError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit = QPushButton(self.tr("Get it from the server"))
        self.submit.setObjectName("nationalSubmit")
        self.submit.setDefault(True)
        buttons.addButton(self.submit, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.get_document)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._document_chosen()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDateRange(QDate(1950, 1, 1), QDate(2199, 12, 31))  # the protocol's years
        return edit

    def _document_chosen(self, *_args: object) -> None:
        listed = self.chosen_document() is NationalDocument.SEMESTER_LIST
        for field, shown in ((self.reference_day, listed), (self.since, not listed),
                             (self.until, not listed)):
            field.setVisible(shown)
            self._labels[field].setVisible(shown)

    def chosen_document(self) -> NationalDocument:
        return NationalDocument(self.document.currentData())

    def request(self) -> NationalRequest:
        return NationalRequest(self.chosen_document(),
                               date.fromordinal(int(self.reference_day.currentData())),
                               day_of(self.since.date()), day_of(self.until.date()))

    def get_document(self) -> None:
        """Ask the server (on the network lane); the preview opens with its answer."""
        request = self.request()
        if request.document is NationalDocument.STATISTICS and request.until < request.since:
            announce(self.error, self.tr("The period ends before it starts: choose its dates "
                                         "again."))
            return
        self.error.hide()
        self.submit.setEnabled(False)
        language: DocumentLanguage = "de" if self.language.currentData() == "de" else "fr"
        ctx, keyring = self._ctx, self._keyring

        def work(_report: Report) -> bytes:
            return with_server(ctx, keyring, partial(request.fetch, language=language))

        self._network.run(work, partial(self._fetched, request, language), self._failed)

    def _fetched(self, request: NationalRequest, language: DocumentLanguage,
                 pdf: bytes) -> None:
        self.submit.setEnabled(True)
        if self._ctx.store.is_locked:
            return
        ctx, keyring = self._ctx, self._keyring
        fetched: dict[str, bytes] = {language: pdf}

        def render(wanted: str) -> bytes:
            """The document fetched, or the server's in the language chosen since."""
            if wanted not in fetched:
                other: DocumentLanguage = "de" if wanted == "de" else "fr"
                fetched[wanted] = with_server(ctx, keyring,
                                              partial(request.fetch, language=other))
            return fetched[wanted]

        self.preview = DocumentPreview(
            self._operations, render, request.stem, f"{request.stem}.pdf", self._parent,
            language=language, render_on=network_runner(self._network))
        self.opened.emit(self.preview)
        self.preview.show()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.submit.setEnabled(True)
        if self._ctx.store.is_locked:
            return  # locked meanwhile: the dialog is gone, nothing to say
        if not isinstance(exc, CpiError):
            raise exc
        announce(self.error, exc.message())
