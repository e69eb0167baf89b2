"""The ONE administrator's provider directory (art. 13): the providers listed by name with their
agréments, a search by name, and a dialog that adds a provider or corrects one with its
agréments. The main window offers it only to a ONE administrator; the server refuses a directory
change from any other laptop.

The dialog is a ``StoreDialog``: what is typed is kept as a draft (per provider), a refusal
shows under the fields with the typing kept. The agréments are rows of plain fields (number,
measures, first and last day typed as dd/mm/yyyy) so that a draft keeps them as typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from app.domain import NO_CASE, UserRole
from app.errors import CpiError, UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base.context import ServiceContext
from app.services.base.drafts import Draft
from app.services.one.directory import (
    AgrementInput,
    AgrementView,
    DirectoryEntry,
    ProviderView,
    list_directory,
    save_provider,
)
from ui.accessibility import announce, fit_to_screen, keep_tab_moving
from ui.family_map.dialogs import FIELD_WIDTH, StoreDialog
from ui.field_values import changed_signal_of
from ui.labels import label
from ui.operations import StoreOperations
from ui.plain import PlainLabel
from ui.qt import (
    QAbstractItemView,
    QCloseEvent,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    is_alive,
)

#: The search waits this long after the last keystroke.
SEARCH_DELAY_MS = 250
_AGREMENT_FIELDS = ("number", "measures", "from", "to")


def day_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_day(text: str) -> date | None:
    """A day typed as dd/mm/yyyy or dd.mm.yyyy (None: nothing typed); ValueError when
    unreadable."""
    text = text.strip().replace(".", "/")  # 01.09.2026 as German speakers write it
    if not text:
        return None
    return datetime.strptime(text, "%d/%m/%Y").date()


class ProviderDialog(StoreDialog):
    """A provider of the directory and its agréments, added or corrected."""

    DRAFT = "dialog.provider"

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 provider: ProviderView | None, parent: QWidget | None = None) -> None:
        # The draft is kept per provider (a new one's under the key of no record).
        super().__init__(operations, ctx, provider.provider_id if provider else NO_CASE,
                         self.tr("Provider of the directory") if provider
                         else self.tr("New provider"), parent)
        self.setObjectName("providerDialog")
        self.setMinimumWidth(FIELD_WIDTH * 2 + 80)
        self.provider_id = provider.provider_id if provider else None
        entry = provider.entry if provider else DirectoryEntry("")
        self.name = self.row(self.tr("&Name"), QLineEdit(entry.name), "name")
        self.register_id = self.row(self.tr("Identifier in the ONE's &register"),
                                    QLineEdit(entry.register_id), "registerId")
        self.street = self.row(self.tr("&Street and number"), QLineEdit(entry.street), "street")
        self.postal_code = self.row(self.tr("&Postal code"), QLineEdit(entry.postal_code),
                                    "postalCode")
        self.locality = self.row(self.tr("&Locality"), QLineEdit(entry.locality), "locality")
        self.phone = self.row(self.tr("P&hone"), QLineEdit(entry.phone), "phone")
        self.email = self.row(self.tr("&E-mail"), QLineEdit(entry.email), "email")
        self.region = self.row(self.tr("Re&gion"), QLineEdit(entry.region), "region")
        country = QLineEdit(entry.country)
        country.setMaxLength(2)
        self.country = self.row(self.tr("&Country (ISO code)"), country, "country")
        heading = PlainLabel(self.tr(
            "Agréments (art. 13): one row each, with the art. 11 measures it covers (e.g. "
            "a1,c,h; a letter covers its formulas), its first and last day as dd/mm/yyyy "
            "(the last empty when it has no end). Empty a row to withdraw its agrément."))
        heading.setWordWrap(True)
        self.form.addRow(heading)
        grid_holder = QWidget()
        self.grid = QGridLayout(grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column, caption in enumerate((self.tr("Number"), self.tr("Measures (art. 11)"),
                                          self.tr("From"), self.tr("To"))):
            self.grid.addWidget(PlainLabel(caption), 0, column)
        self.form.addRow(grid_holder)
        self.agrement_rows: list[dict[str, QLineEdit]] = []
        self._agrement_ids: list[uuid.UUID | None] = []
        for agrement in provider.agrements if provider else ():
            self.add_agrement_row(agrement)
        self.add_agrement_row()
        self.add_row_button = QPushButton(self.tr("Add an agrément row"))
        self.add_row_button.setAccessibleName(self.add_row_button.text())
        self.add_row_button.clicked.connect(lambda: self.add_agrement_row())
        self.form.addRow(self.add_row_button)

    def add_agrement_row(self, agrement: AgrementView | None = None) -> None:
        index = len(self.agrement_rows)
        values = (agrement.number, agrement.measures, day_text(agrement.valid_from),
                  day_text(agrement.valid_to)) if agrement else ("", "", "", "")
        captions = (self.tr("Agrément {row}: number"), self.tr("Agrément {row}: measures"),
                    self.tr("Agrément {row}: first day"), self.tr("Agrément {row}: last day"))
        row: dict[str, QLineEdit] = {}
        for column, (field, value, caption) in enumerate(zip(_AGREMENT_FIELDS, values,
                                                             captions, strict=True)):
            edit = QLineEdit(value)
            name = f"agrement.{index}.{field}"
            edit.setObjectName(name)
            edit.setAccessibleName(caption.format(row=index + 1))
            if field in ("from", "to"):
                edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
            keep_tab_moving(edit)
            self.grid.addWidget(edit, index + 1, column)
            self._fields[name] = edit
            changed_signal_of(edit).connect(self._typed)
            row[field] = edit
        self.agrement_rows.append(row)
        self._agrement_ids.append(agrement.agrement_id if agrement else None)
        if self.isVisible():
            self.adjustSize()  # the new row gets its height

    def show_problem(self, exc: CpiError) -> None:
        super().show_problem(exc)
        self.adjustSize()  # the message under the fields takes room, not the rows
    def _restore(self, draft: Draft | None) -> None:
        """A draft may hold more agrément rows than the provider has: rows first."""
        if draft is not None and not self._closed and is_alive(self):
            wanted = max((int(name.split(".")[1]) + 1 for name in draft.fields
                          if name.startswith("agrement.")), default=0)
            while len(self.agrement_rows) < wanted:
                self.add_agrement_row()
        super()._restore(draft)

    def entry(self) -> DirectoryEntry:
        return DirectoryEntry(self.name.text(), self.street.text(), self.postal_code.text(),
                              self.locality.text(), self.phone.text(), self.email.text(),
                              self.region.text(), self.country.text() or "LU",
                              self.register_id.text().strip())

    def agrements(self) -> tuple[AgrementInput, ...]:
        """The rows as typed; an empty row is left out (its agrément withdrawn)."""
        found = []
        for row, agrement_id in zip(self.agrement_rows, self._agrement_ids, strict=True):
            texts = {field: row[field].text().strip() for field in _AGREMENT_FIELDS}
            if not any(texts.values()):
                continue
            try:
                starts, ends = parse_day(texts["from"]), parse_day(texts["to"])
            except ValueError:
                raise UserInputError(QT_TRANSLATE_NOOP(
                    "ProviderDirectory", "Agrément {number}: type its days as dd/mm/yyyy, "
                    "e.g. 01/01/2026 (the last day empty when it has no end).").format(
                        number=texts["number"] or "?")) from None
            found.append(AgrementInput(texts["number"], texts["measures"], starts, ends,
                                       agrement_id))
        return tuple(found)

    def work(self) -> Callable[[], uuid.UUID]:
        ctx, provider_id = self._ctx, self.provider_id
        entry, agrements = self.entry(), self.agrements()
        return lambda: save_provider(ctx, provider_id, entry, agrements)


class ProviderDirectoryWindow(QWidget):
    """The directory as the ONE administrator keeps it: search, open, add."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext) -> None:
        super().__init__()
        self._operations = operations
        self._ctx = ctx
        self._closed = False
        self.providers: list[ProviderView] = []
        self.loads = 0
        self._note = ""
        self.dialog: ProviderDialog | None = None
        self.setObjectName("providerDirectoryWindow")
        self.setWindowTitle(self.tr("Provider directory — {role}").format(
            role=label(UserRole.ONE_ADMIN)))
        fit_to_screen(self, 980, 520)
        layout = QVBoxLayout(self)
        intro = PlainLabel(self.tr(
            "The providers and the agréments the minister granted them (art. 13), as the ONE "
            "keeps them. Every laptop receives them at its next sync; agents choose a "
            "provider from this directory when they plan a measure."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        search_row = QHBoxLayout()
        search_label = PlainLabel(self.tr("&Search by name"))
        self.search = QLineEdit()
        self.search.setObjectName("providerSearch")
        self.search.setAccessibleName(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("providerTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Provider"), self.tr("Locality"), self.tr("Register"),
            self.tr("Agréments (measures, period)")])
        self.table.setAccessibleName(self.tr("Providers of the directory"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        keep_tab_moving(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 100)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        self.message = PlainLabel()
        self.message.setObjectName("directoryMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New provider…"))
        self.open_button = QPushButton(self.tr("Open the provider…"))
        self.new_button.clicked.connect(self.new_provider)
        self.open_button.clicked.connect(self.open_selected)
        buttons.addStretch(1)
        for button in (self.new_button, self.open_button):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.load()

    def load(self) -> None:
        ctx, search = self._ctx, self.search.text()
        self._operations.run(lambda: list_directory(ctx, search), self._loaded, shown_in=self)

    def _loaded(self, providers: list[ProviderView]) -> None:
        if self._closed or not is_alive(self):
            return
        self.providers = providers
        self.loads += 1
        self.table.setRowCount(len(providers))
        for row, provider in enumerate(providers):
            entry = provider.entry
            agrements = "\n".join(self._agrement_text(a) for a in provider.agrements)
            cells = (entry.name, entry.locality, entry.register_id,
                     agrements or self.tr("no agrément"))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, str(provider.provider_id))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if providers:
            text = self.tr("{count} providers.").format(count=len(providers))
        elif self.search.text().strip():
            text = self.tr("No provider's name contains “{text}”.").format(
                text=self.search.text().strip())
        else:
            text = self.tr("The directory is empty: the ONE imports its register on the server "
                           "(cpi-server import-providers), or add a provider here.")
        self.message.setText(f"{self._note} {text}".strip())
        self._note = ""
        self.open_button.setEnabled(bool(providers))

    def _agrement_text(self, agrement: AgrementView) -> str:
        if agrement.valid_to is None:
            return self.tr("{number}: {measures}, from {start}, no end").format(
                number=agrement.number, measures=agrement.measures,
                start=day_text(agrement.valid_from))
        return self.tr("{number}: {measures}, {start} to {end}").format(
            number=agrement.number, measures=agrement.measures,
            start=day_text(agrement.valid_from), end=day_text(agrement.valid_to))

    def selected(self) -> ProviderView | None:
        row = self.table.currentRow()
        return self.providers[row] if 0 <= row < len(self.providers) else None

    def new_provider(self) -> None:
        self._edit(None)

    def open_selected(self) -> None:
        provider = self.selected()
        if provider is not None:
            self._edit(provider)

    def _edit(self, provider: ProviderView | None) -> None:
        if self.dialog is not None and is_alive(self.dialog) and self.dialog.isVisible():
            return  # modal: one at a time
        self.dialog = ProviderDialog(self._operations, self._ctx, provider, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, _provider_id: object) -> None:
        self._note = self.tr("Saved: every laptop receives it at its next sync.")
        announce(self.message, self._note)
        self.load()

    def close_keeping_drafts(self) -> None:
        """The store locks: a dialog open keeps what was typed as its draft."""
        if self.dialog is not None and is_alive(self.dialog) and self.dialog.isVisible():
            self.dialog.close_keeping_draft()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        super().closeEvent(event)
