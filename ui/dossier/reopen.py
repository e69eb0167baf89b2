"""Reopening a closed dossier, with a reason: work starts again with a new analysis."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from app.services.closure import reopen_case
from app.services.context import ServiceContext
from ui.family_map.dialogs import StoreDialog
from ui.operations import StoreOperations
from ui.qt import QDate, QDateEdit, QPlainTextEdit, QWidget


class ReopenDialog(StoreDialog):
    def __init__(self, operations: StoreOperations, ctx: ServiceContext, case_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(operations, ctx, case_id, self.tr("Reopen the dossier"), parent)
        self.reopened_on = self.row(self.tr("Reopened &on"), QDateEdit(), "reopenedOn")
        self.reopened_on.setCalendarPopup(True)
        self.reopened_on.setDisplayFormat("dd/MM/yyyy")
        self.reopened_on.setDate(QDate.currentDate())
        self.reason = self.row(self.tr("&Reason"), QPlainTextEdit(), "reopenReason")
        self.ok.setText(self.tr("Reopen"))
        self.ok.setAccessibleName(self.tr("Reopen"))

    def work(self) -> Callable[[], None]:
        ctx, case_id = self._ctx, self.case_id
        day = self.reopened_on.date()
        on, reason = date(day.year(), day.month(), day.day()), self.reason.toPlainText()
        return lambda: reopen_case(ctx, case_id, on, reason)
