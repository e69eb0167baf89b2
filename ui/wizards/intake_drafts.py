"""The intakes waiting to become dossiers: several can be started (a phone call cut short, a
second family at the walk-in permanence) and each is resumed or dropped from here."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from app.services.base.context import ServiceContext
from app.services.base.drafts import Draft, discard_draft
from ui.caseload_model import short_date
from ui.operations import StoreOperations, refusal_ignored
from ui.plain import PlainLabel
from ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.wizards.opening import OpeningWizard

#: How much of "what is asked" names an intake in the list.
WHAT_SHOWN = 60


def intake_title(draft: Draft) -> str:
    """"Ana Tavares — Soutien demandé pour… (typed on 06/12/2026 14:32)": who and what, as
    far as typed."""
    fields = draft.fields
    person = " ".join(str(fields.get(f"person.0.{part}", "")).strip()
                      for part in ("first_name", "last_name")).strip()
    who = str(fields.get("requester_name", "")).strip() or person
    what = " ".join(str(fields.get("what", "")).split())
    if len(what) > WHAT_SHOWN:
        what = what[:WHAT_SHOWN - 1] + "…"
    parts = [part for part in (who, what) if part] or [
        QCoreApplication.translate("IntakeDraftsDialog", "(nothing typed yet)")]
    when = draft.updated_at.astimezone() if draft.updated_at else None
    typed = f" ({short_date(when.date())} {when.hour:02d}:{when.minute:02d})" if when else ""
    return " — ".join(parts) + typed


class IntakeDraftsDialog(QDialog):
    """Choose an unfinished intake to continue, start a new one, or drop one."""

    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 drafts: Sequence[Draft], resume: Callable[[uuid.UUID | None], None],
                 start_new: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._ctx = ctx
        self._resume = resume
        self._start_new = start_new
        self.setWindowTitle(self.tr("Unfinished intakes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # names leave with it
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        caption = PlainLabel(self.tr("&Intakes started and not finished yet:"))
        caption.setWordWrap(True)
        layout.addWidget(caption)
        self.list = QListWidget()
        self.list.setObjectName("intakeDrafts")
        self.list.setAccessibleName(self.tr("Unfinished intakes"))
        caption.setBuddy(self.list)
        for draft in drafts:
            item = QListWidgetItem(intake_title(draft))
            item.setData(Qt.ItemDataRole.UserRole, draft.case_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.continue_chosen())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.continue_button = QPushButton(self.tr("&Continue this intake"))
        self.new_button = QPushButton(self.tr("&New intake"))
        self.drop_button = QPushButton(self.tr("&Drop this intake…"))
        for button, role in ((self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole),
                             (self.new_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.drop_button, QDialogButtonBox.ButtonRole.DestructiveRole)):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addButton(button, role)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.continue_chosen)
        self.new_button.clicked.connect(self._new)
        self.drop_button.clicked.connect(self.drop_chosen)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm_drop = PlainLabel()
        self.confirm_drop.setObjectName("confirmDrop")
        self.confirm_drop.setWordWrap(True)
        self.confirm_drop.hide()
        layout.addWidget(self.confirm_drop)
        self._dropping: QListWidgetItem | None = None

    def _chosen(self) -> QListWidgetItem | None:
        return self.list.currentItem()

    def continue_chosen(self) -> None:
        item = self._chosen()
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        self._resume(key)

    def _new(self) -> None:
        self.accept()
        self._start_new()

    def drop_chosen(self) -> None:
        """Asks once (the button's second press drops): what was typed is gone for good."""
        item = self._chosen()
        if item is None:
            return
        if self._dropping is not item:
            self._dropping = item
            self.confirm_drop.setText(self.tr(
                "Press “Drop this intake” again to delete what was typed for “{title}”: it "
                "cannot be recovered.").format(title=item.text()))
            self.confirm_drop.show()
            return
        ctx, key = self._ctx, item.data(Qt.ItemDataRole.UserRole)
        self._operations.run(lambda: discard_draft(ctx, OpeningWizard.WIZARD, key),
                             lambda _result: None, refusal_ignored)  # gone from the list
        self.list.takeItem(self.list.row(item))
        self._dropping = None
        self.confirm_drop.hide()
        if self.list.count() == 0:
            self.reject()
