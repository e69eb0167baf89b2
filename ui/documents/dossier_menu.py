"""The documents of one dossier, each opened in the print preview: the plan versions printed for
signature, the case conferences' invitations and minutes, the dossier for the family (art. 7)
and, once closed, the closure letter. Built again from each reload of the dossier."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from app.documents.chronology import render_chronology
from app.documents.closure_letter import render_closure_letter
from app.documents.conference import render_conference_invitation, render_conference_minutes
from app.documents.overview import render_overview
from app.documents.plan import render_plan
from app.domain import CaseState, DocumentLanguage, PlanState
from app.services.base.context import ServiceContext
from app.services.dossier.detail import DossierDetail
from app.services.dossier.letters import SentLetter
from ui.caseload_model import short_date
from ui.documents.family_reader import FamilyReaderDialog
from ui.documents.letter_dialog import LetterDialog
from ui.documents.preview import DocumentPreview, Render
from ui.operations import StoreOperations
from ui.qt import QAction, QMenu, QWidget, is_alive


class DossierDocuments(QMenu):
    def __init__(self, operations: StoreOperations, ctx: ServiceContext,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._operations = operations
        self._ctx = ctx
        self._window = parent
        self._language = DocumentLanguage.FRENCH
        self.previews: list[QWidget] = []
        self.setObjectName("dossierDocuments")

    def fill(self, detail: DossierDetail) -> None:
        """One entry per document the dossier has now, newest versions first."""
        self.clear()
        #: The plan versions' entries, newest first (the self-test opens the first).
        self.plan_entries: list[QAction] = []
        self._language = detail.summary.document_language
        ctx, number = self._ctx, detail.summary.row.number
        self._entry(self.tr("Overview for a case conference…"),
                    partial(_overview, ctx, detail.summary.row.case_id),
                    f"synthese-{number}")
        self.addSeparator()
        for version in detail.plan_versions:
            if version.frozen_on is None or version.state is PlanState.DISCARDED:
                continue  # a draft or a version set aside is never printed for signature
            version_id = version.version_id
            self.plan_entries.append(self._entry(self.tr(
                "Intervention plan, version {number}…").format(
                number=version.number),
                partial(render_plan, ctx, version_id),
                f"projet-{number}-v{version.number}"))
        if detail.conferences:
            self.addSeparator()
        for conference in detail.conferences:
            held, conference_id = short_date(conference.held_on), conference.conference_id
            day = conference.held_on.isoformat()
            self._entry(self.tr("Invitation to the case conference of {date}…").format(
                date=held), partial(_invitation, ctx, conference_id),
                f"invitation-{number}-{day}")
            self._entry(self.tr("Minutes of the case conference of {date}…").format(date=held),
                        partial(render_conference_minutes, ctx, conference_id),
                        f"compte-rendu-{number}-{day}")
        self.addSeparator()
        self._entry(self.tr("Chronology of the dossier…"),
                    partial(_chronology, ctx, detail.summary.row.case_id),
                    f"chronologie-{number}")
        if detail.summary.row.state is CaseState.OPEN:
            letter = self.addAction(self.tr("Letter to send…"))
            letter.setObjectName("letterToSend")
            letter.triggered.connect(lambda: self.write_letter(detail))
        family = self.addAction(self.tr("The dossier for the family (art. 7)…"))
        family.triggered.connect(lambda: self._choose_reader(detail))
        if detail.summary.row.state is CaseState.CLOSED:
            case_id = detail.summary.row.case_id
            self._entry(self.tr("Closure letter to the family…"),
                        partial(render_closure_letter, ctx, case_id),
                        f"cloture-{number}")

    def _entry(self, text: str, render: Render, stem: str) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(lambda: self.preview(render, stem))
        return action

    def preview(self, render: Render, stem: str) -> DocumentPreview:
        """``stem`` names the print job and the file offered: the dossier number, no names."""
        dialog = DocumentPreview(self._operations, render, stem, f"{stem}.pdf",
                                 self._window, language=self._language.value)
        self.previews = [w for w in self.previews if is_alive(w) and w.isVisible()]
        self.previews.append(dialog)
        dialog.show()
        return dialog

    def _choose_reader(self, detail: DossierDetail) -> None:
        ctx, case_id = self._ctx, detail.summary.row.case_id
        number = detail.summary.row.number

        def chosen(reader: uuid.UUID, render: Callable[[str], bytes]) -> None:
            self.preview(render, f"dossier-{number}")

        dialog = FamilyReaderDialog(self._operations, ctx, case_id, detail.summary.persons,
                                    chosen, self._window)
        self.previews.append(dialog)
        dialog.show()

    def write_letter(self, detail: DossierDetail) -> LetterDialog:
        """A letter from its template, recorded in the contact log, then previewed."""
        number = detail.summary.row.number

        def sent(letter: SentLetter) -> None:
            self.preview(letter.pdf, f"lettre-{number}-{letter.letter.data.on.isoformat()}")

        dialog = LetterDialog(self._operations, self._ctx, detail.summary.row.case_id, sent,
                              self._window)
        self.previews.append(dialog)
        dialog.show()
        return dialog

    def close_all(self) -> None:
        """The lock or the dossier's closing: nothing of the family stays on screen."""
        for widget in self.previews:
            if is_alive(widget):
                widget.close()
        self.previews.clear()


def _overview(ctx: ServiceContext, case_id: uuid.UUID, language: str) -> bytes:
    return render_overview(ctx, case_id, language)


def _invitation(ctx: ServiceContext, conference_id: uuid.UUID, language: str) -> bytes:
    return render_conference_invitation(ctx, conference_id, language=language)


def _chronology(ctx: ServiceContext, case_id: uuid.UUID, language: str) -> bytes:
    return render_chronology(ctx, case_id, language)
