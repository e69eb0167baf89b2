"""Screenshots of every screen, in French and German, at 1366x768, for review and the guide.

    python installer/screenshots.py [--lang fr|de|all] [--out docs/screenshots]

Runs the real windows offscreen over a throwaway demo store of invented families (deleted
afterwards): the unlock dialog, the caseload, a dossier's overview (and an early dossier's,
whose rules still stop it), each tab of a dossier, the agent's week with its
appointment, held and task dialogs, the caseload searched (a passage shown), a dossier's
documents and viewer, a letter, a scanned signed plan with a page to confirm by hand, every
page of the wizards of the 8 steps and of a new dossier, the documents menus and the
preferences. Each language runs in its own process, as an agent's session would.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1366, 768)


def shoot(language: str, out: Path, only: str | None = None) -> None:
    """Everything for one language, in this process (``only="actions"``: the dossier's
    Actions menu and its dialogs; ``only="deadlines"``: the office's deadlines; ``only="lead"``:
    those and the office lead's window with its dialogs; ``only="people"``: the enrolment with
    its code, a new password asked there, the ONE password's change and the Tools menu;
    ``only="directory"``: the ONE administrator's provider directory and national lists)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from app.services.base.context import ServiceContext
    from app.services.dossier.detail import load_dossier_detail
    from app.services.setup.store import agent_context, prepare_demo_store
    from app.store.store import unlock_store
    from ui.accessibility import install_accessibility
    from ui.dossier_window import DossierWindow
    from ui.i18n import install_translations
    from ui.main_window import STEP_WIZARDS, MainWindow
    from ui.operations import StoreOperations
    from ui.preferences import PreferencesDialog
    from ui.qt import QApplication, QCheckBox, QComboBox, QDate, QMenu, QPoint, QWidget
    from ui.settings import Preferences
    from ui.unlock_dialog import UnlockDialog
    from ui.wizards.draft_wizard import DraftWizard
    from ui.wizards.opening import OpeningWizard

    app = QApplication.instance() or QApplication([])
    install_accessibility(app)
    install_translations(app, language)
    target = out / language
    target.mkdir(parents=True, exist_ok=True)

    def settle(until: Callable[[], bool] = lambda: True, rounds: int = 400) -> None:
        for _ in range(rounds):
            app.processEvents()
            if until():
                break
            operations.wait(50)
        for _ in range(20):
            app.processEvents()

    def grab(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(target / f"{name}.png"))

    def popup(menu: QMenu, name: str) -> None:
        menu.popup(QPoint(0, 0))
        grab(menu, name)
        menu.hide()

    def intake_screen(agent: ServiceContext, window: QWidget) -> None:
        """Two intakes waiting (a call cut short, a walk-in), as New dossier lists them."""
        from app.services.base.drafts import discard_draft, list_drafts, save_draft
        from ui.wizards.intake_drafts import IntakeDraftsDialog
        from ui.wizards.opening import OpeningWizard

        typed = {"fr": (("Mme Pereira (téléphone)", "Soutien demandé pour les devoirs"),
                        ("M. Hoffmann (permanence)", "Conflits à la maison depuis la rentrée")),
                 "de": (("Frau Pereira (Telefon)", "Unterstützung bei den Hausaufgaben"),
                        ("Herr Hoffmann (Sprechstunde)", "Streit zu Hause seit Schulbeginn"))}
        keys = [uuid.uuid4(), uuid.uuid4()]
        for key, (who, what) in zip(keys, typed.get(language, typed["fr"]), strict=True):
            save_draft(agent, OpeningWizard.WIZARD, key, 0,
                       {"requester_name": who, "what": what})
        dialog = IntakeDraftsDialog(operations, agent, list_drafts(agent, OpeningWizard.WIZARD),
                                    lambda _key: None, lambda: None, window)
        dialog.show()
        grab(dialog, "intake-drafts")
        dialog.close()
        for key in keys:
            discard_draft(agent, OpeningWizard.WIZARD, key)

    def correction_screens(agent: ServiceContext, dossier: DossierWindow) -> None:
        """The dossier's Correct menu and its dialogs, opened on real records."""
        from ui.family_map.corrections import (
            CancelDossierDialog,
            ChangeLinkDialog,
            CorrectPersonDialog,
            DocumentLanguageDialog,
            LinkFate,
        )

        summary = dossier.detail.summary
        case_id = summary.row.case_id
        popup(dossier.corrections_menu, "correct-menu")
        person = CorrectPersonDialog(operations, agent, case_id, summary.persons, None, dossier)
        person.show()
        grab(person, "correct-person")
        person.reject()
        current = [r for r in summary.relationships if r.current]
        if current:
            tie = ChangeLinkDialog(operations, agent, case_id, summary.persons, current, None,
                                   dossier)
            tie.authority.setChecked(False)
            tie.representative.setChecked(False)
            tie.reason.setPlainText({"fr": "Jugement du tribunal de la jeunesse du 1er "
                                           "décembre 2026",
                                     "de": "Urteil des Jugendgerichts vom 1. Dezember 2026"}
                                    .get(language, ""))
            tie.show()
            grab(tie, "correct-tie")
            tie.fate.setCurrentIndex(tie.fate.findData(LinkFate.ENDS.value))
            grab(tie, "correct-tie-ends")
            tie.reject()
        for dialog, name in (
                (DocumentLanguageDialog(operations, agent, case_id, summary.document_language,
                                        dossier), "correct-language"),
                (CancelDossierDialog(operations, agent, case_id, summary.row.number, dossier),
                 "correct-cancel")):
            dialog.show()
            grab(dialog, name)
            dialog.reject()

    def action_screens(agent: ServiceContext, dossier: DossierWindow) -> None:
        """The dossier's Actions menu and each of its dialogs, filled as an agent would."""
        from datetime import date, timedelta

        from app.domain import PersonRole, PlanState, ReviewRequestKind, ReviewRequestOutcome
        from app.services.caseload.listing import PersonView
        from app.services.dossier.detail import PlanVersionView, ReviewRequestView
        from app.services.plan.scans import attach_signed_scan
        from ui.dossier.actions import (
            AnonymisePersonDialog,
            AnswerReviewDialog,
            ContactNoteDialog,
            DiscardVersionDialog,
            NewRequestDialog,
            PlanReviewDialog,
            ReopenDialog,
            ReviewRequestDialog,
            SignedScansDialog,
            anonymisable,
        )
        from ui.family_map.dialogs import StoreDialog

        detail = dossier.detail
        case_id, persons = detail.summary.row.case_id, detail.summary.persons
        today = date.today()
        version = next((v for v in detail.plan_versions if v.state == PlanState.IN_FORCE.value),
                       None) or PlanVersionView(
            uuid.uuid4(), 1, PlanState.IN_FORCE.value, today - timedelta(days=380),
            today - timedelta(days=375), today - timedelta(days=370),
            today - timedelta(days=370), today - timedelta(days=5), ())
        popup(dossier.actions_menu, "action-menu")

        def shot(dialog: StoreDialog, name: str) -> None:
            dialog.show()
            grab(dialog, name)
            dialog.reject()

        request = NewRequestDialog(operations, agent, case_id, persons, dossier)
        adult = next((p for p in persons if p.role.is_beneficiary and p.birth_date
                      and (today - p.birth_date).days > 18 * 366), None)
        if adult is not None:
            request.person.setCurrentIndex(request.person.findData(str(adult.person_id)))
        request.channel.setCurrentIndex(1)
        request.what.setPlainText({
            "fr": "Un soutien pour trouver un logement et terminer sa formation",
            "de": "Unterstützung bei der Wohnungssuche und beim Abschluss der Ausbildung"}
                                  .get(language, "Support to find a flat"))
        shot(request, "action-new-request")
        contact = ContactNoteDialog(operations, agent, case_id, dossier)
        contact.time.setText("14:30")
        contact.with_whom.setText({"fr": "Mme Tavares et Léa", "de": "Frau Tavares und Léa"}
                                  .get(language, "Mrs Tavares"))
        contact.summary.setPlainText({
            "fr": "Visite à domicile : Léa va mieux à l’école ; prochain rendez-vous le 12.",
            "de": "Hausbesuch: Léa geht es in der Schule besser; nächster Termin am 12."}
                                     .get(language, "Home visit"))
        shot(contact, "action-contact-note")
        asked = ReviewRequestDialog(operations, agent, case_id, version, persons, dossier)
        asked.kind.setCurrentIndex(1)
        asked.grounds.setPlainText({"fr": "Nous déménageons au Portugal en mars.",
                                    "de": "Wir ziehen im März nach Portugal."}
                                   .get(language, "We move"))
        shot(asked, "action-review-request")
        name = f"{persons[0].first_name} {persons[0].last_name}" if persons else "—"
        pending = ReviewRequestView(
            uuid.uuid4(), version.version_id, version.number, name,
            ReviewRequestKind.REVOCATION, today - timedelta(days=3),
            {"fr": "Nous déménageons au Portugal en mars.",
             "de": "Wir ziehen im März nach Portugal."}.get(language, "We move"),
            ReviewRequestOutcome.PENDING, None, "")
        answer = AnswerReviewDialog(operations, agent, case_id, [pending], dossier)
        shot(answer, "action-answer-review")
        review = PlanReviewDialog(operations, agent, case_id, version, dossier)
        review.conclusion.setPlainText({
            "fr": "Objectifs et mesures maintenus ; la présence à l’école s’est améliorée.",
            "de": "Ziele und Maßnahmen beibehalten; der Schulbesuch hat sich verbessert."}
                                       .get(language, "Kept"))
        review.show()
        grab(review, "action-plan-review")
        review._done(today + timedelta(days=365))
        grab(review, "action-plan-review-saved")
        review.reject()
        discard = DiscardVersionDialog(operations, agent, case_id, version, dossier)
        discard.reason.setPlainText({
            "fr": "Les parents refusent l’accueil de jour ; ils souhaitent une aide à domicile.",
            "de": "Die Eltern lehnen die Tagesbetreuung ab; sie wünschen Hilfe zu Hause."}
                                    .get(language, "Refused"))
        shot(discard, "action-discard-version")
        reopen = ReopenDialog(operations, agent, case_id, detail.summary.row.number, dossier)
        reopen.reason.setPlainText({"fr": "La mère demande à nouveau de l’aide.",
                                    "de": "Die Mutter bittet erneut um Hilfe."}
                                   .get(language, "Asks again"))
        shot(reopen, "action-reopen")
        of_age = anonymisable(persons, today) or [PersonView(
            uuid.uuid4(), PersonRole.CHILD, "Inês", "Kovač", today.replace(year=today.year - 19),
            "")]
        anonymise = AnonymisePersonDialog(operations, agent, case_id, of_age, dossier)
        anonymise.confirm.setText(of_age[0].last_name)
        shot(anonymise, "action-anonymise-person")
        real = next((v for v in detail.plan_versions if v.state != PlanState.DRAFT.value), None)
        if real is not None:
            attach_signed_scan(agent, real.version_id, _signed_page(language),
                               "application/pdf")
            scans = SignedScansDialog(operations, agent,
                                      [v for v in load_dossier_detail(agent, case_id)
                                       .plan_versions if v.scans], dossier)
            scans.show()
            settle(lambda: scans.page_count > 0)
            grab(scans, "action-signed-scans")
            scans.reject()

    def week_screens(agent: ServiceContext, window: MainWindow) -> None:
        """The week (appointments and tasks of the demo), planning an appointment, noting
        one as held (its contact note), a task made from a contact note."""
        from app.services.caseload.agenda import contact_from_appointment, load_dossier_agenda
        from ui.agenda import AppointmentDialog, HeldDialog, TaskDialog

        window.open_week()
        week = window.week_window
        assert week is not None
        settle(lambda: week.appointment_list.count() > 0)
        grab(week, "week")
        line = next(a for a in week.appointments if a.case_id is not None)
        agenda = load_dossier_agenda(agent, line.case_id)  # type: ignore[arg-type]
        plan = AppointmentDialog(operations, agent, line.case_id, agenda, None, week)
        plan.place.setText({"fr": "Maison relais de Bonnevoie",
                            "de": "Maison relais Bonneweg"}.get(language, ""))
        plan.subject.setText({"fr": "Bilan du premier mois d’accueil",
                              "de": "Bilanz des ersten Betreuungsmonats"}.get(language, ""))
        if plan.persons.count():
            plan.persons.item(0).setCheckState(plan.persons.item(0).checkState().Checked)
        plan.show()
        grab(plan, "week-appointment")
        plan.reject()
        held = HeldDialog(operations, agent, line,
                          contact_from_appointment(agent, line.appointment_id), week)
        held.summary.setPlainText(held.summary.toPlainText() + {
            "fr": " : les devoirs se font après le goûter ; coucher avancé à 20 h 30.",
            "de": ": Hausaufgaben nach dem Imbiss; Schlafenszeit auf 20:30 vorverlegt."}
                                  .get(language, ""))
        held.task.setPlainText({"fr": "Rappeler la mère dans deux semaines",
                                "de": "Die Mutter in zwei Wochen zurückrufen"}
                               .get(language, ""))
        held.show()
        grab(held, "week-held")
        held.reject()
        task = TaskDialog(operations, agent, agenda, None, week)
        task.source.setCurrentIndex(min(1, task.source.count() - 1))
        task.show()
        grab(task, "week-task")
        task.reject()
        week.close()

    def search_screen(window: MainWindow) -> None:
        """The caseload searched for a word of a contact note: the passage shown."""
        window.search.setText("sommeil")
        window._search()
        settle(lambda: window.model.has_passages)
        grab(window, "caseload-search")
        window.search.setText("")
        window._search()
        settle(lambda: not window.model.has_passages)

    def attach_demo_document(agent: ServiceContext, case_id: uuid.UUID) -> None:
        """A court order attached to the dossier (a PDF made in memory, invented)."""
        from app.domain import DossierDocumentKind
        from app.services.dossier.documents import DocumentDescription, add_document

        persons = load_dossier_detail(agent, case_id).summary.persons
        children = tuple(p.person_id for p in persons if p.role.is_beneficiary)[:1]
        add_document(agent, case_id, _court_order(language), DocumentDescription(
            DossierDocumentKind.COURT_ORDER, date.today() - timedelta(days=12),
            "Tribunal de la jeunesse de Luxembourg",
            {"fr": "Ordonnance de garde provisoire",
             "de": "Vorläufige Sorgerechtsverfügung"}.get(language, "Court order"), children))

    def document_screens(agent: ServiceContext, dossier: DossierWindow) -> None:
        """The dossier's documents tab, a document in the viewer, the letter dialog and the
        scanned signed plan with a page to confirm by hand."""
        from app.documents.plan import render_plan
        from app.domain import PlanState
        from app.services.plan.scanned_plan import ScanFile, read_scanned_plan
        from ui.documents.letter_dialog import LetterDialog
        from ui.documents.scanned_plan import ScannedPlanDialog

        page = dossier.documents_page
        dossier.tabs.setCurrentWidget(page)
        settle(lambda: page.table.rowCount() > 0)
        grab(dossier, "dossier-documents")
        page.table.selectRow(0)
        viewer = page.open_current()
        assert viewer is not None
        settle(lambda: viewer.page_count > 0)
        grab(viewer, "document-viewer")
        viewer.reject()
        letter = LetterDialog(operations, agent, dossier.case_id, lambda _sent: None, dossier)
        letter.kind.setCurrentIndex(1)  # a home visit confirmed
        letter.on.setDate(QDate.currentDate().addDays(8))
        letter.at.setText("14:30")
        letter.place.setText({"fr": "À votre domicile", "de": "Bei Ihnen zu Hause"}
                             .get(language, ""))
        letter.message.setPlainText({
            "fr": "Nous ferons le point sur les devoirs et le sommeil des enfants.",
            "de": "Wir besprechen die Hausaufgaben und den Schlaf der Kinder."}
                                    .get(language, ""))
        letter.show()
        grab(letter, "letter")
        letter.reject()
        version = next((v for v in dossier.detail.plan_versions
                        if v.state != PlanState.DRAFT.value), None)
        if version is None:
            return
        pages = _pages(render_plan(agent, version.version_id))
        smudged = min(1, len(pages) - 1)  # the second page, its code lost: by hand
        files = [ScanFile(_png(_smudged(image) if index == smudged else image), "image/png")
                 for index, image in enumerate(pages)]
        files.reverse()  # fed upside down: the codes put the pages in order
        scanned = ScannedPlanDialog(operations, agent, dossier)
        scanned.show()
        scanned._read((files, read_scanned_plan(agent, files)))
        grab(scanned, "scanned-plan")
        scanned.reject()

    def agenda_dossier(agent: ServiceContext, window: MainWindow) -> None:
        """The documents, the letter and the scanned plan on the furthest dossier."""
        rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
        furthest = max(rows, key=lambda row: row.current_step)
        attach_demo_document(agent, furthest.case_id)
        dossier = DossierWindow(load_dossier_detail(agent, furthest.case_id), operations, agent)
        dossier.resize(*SCREEN)
        dossier.show()
        dossier.tabs.count()
        document_screens(agent, dossier)
        dossier.close()

    def first_run_screens(agent: ServiceContext) -> None:
        """A new laptop: the welcome to enrol, the first download under way, done, failed."""
        from sync.client.engine import Progress, SyncReport
        from ui.enrol_dialog import EnrolDialog
        from ui.first_run import FirstDownloadDialog
        from ui.network import NetworkOperations

        welcome = EnrolDialog(NetworkOperations(), agent, None, "https://cpi.one.lu",
                              welcome=True)
        welcome.show()
        grab(welcome, "first-run-1-enrol")
        welcome.close()
        download = FirstDownloadDialog()
        download.show()
        download.progressed(Progress("download", 1500, 0))
        grab(download, "first-run-2-download")
        download.failed(QApplication.translate(
            "Sync", "The ONE server cannot be reached ({detail}). Your changes stay on this "
                    "computer and will be sent at the next sync.").format(
                        detail="https://cpi.one.lu"))
        grab(download, "first-run-3-failed")
        download.succeeded(SyncReport(0, 0, 0, 0, 0, 3214, [], 0, 9))
        grab(download, "first-run-4-ready")
        download.close()

    def people_screens(agent: ServiceContext, window: MainWindow) -> None:
        """The enrolment (with its code), the new password it asks when the ONE's IT set
        it, the ONE password changed from Tools, and the Tools menu holding it."""
        from sync.client.errors import PasswordChangeRequired, WrongPassword
        from ui.enrol_dialog import EnrolDialog
        from ui.network import NetworkOperations
        from ui.password_dialog import PasswordDialog

        enrol = EnrolDialog(NetworkOperations(), agent, None, "https://cpi.one.lu")
        enrol.show()
        grab(enrol, "enrol")
        enrol.login.setText("agent.sud")
        enrol.password.setText("provisoire-2026")
        enrol.code.setText("KC7R-XM4H-TWQ9")
        enrol._failed(PasswordChangeRequired())  # as the server answers
        enrol.adjustSize()
        grab(enrol, "enrol-new-password")
        enrol.close()
        change = PasswordDialog(NetworkOperations(), agent, None)
        change.show()
        change.current.setText("pas-le-bon-mot")
        change.new_password.setText("un-nouveau-mot-de-passe")
        change.confirmation.setText("un-nouveau-mot-de-passe")
        change._failed(WrongPassword())
        grab(change, "password-change")
        change.close()
        window.sync_panel.password_action.setEnabled(True)  # as on an enrolled computer
        popup(window.tools_menu, "tools-menu")

    def sync_screens(agent: ServiceContext, case_id: uuid.UUID) -> None:
        """Enrolment, a conflict side by side, the refused changes, the validator's queue."""
        from app.domain import SyncConflict
        from app.services.setup import story as demo_story
        from app.services.sync.local import SyncStatus
        from ui.conflicts_dialog import ConflictsDialog
        from ui.sync_details import SyncDetailsDialog
        from ui.validation_window import ValidationWindow

        first_run_screens(agent)
        with agent.store.transaction("screenshot", None, from_server=True) as session:
            session.add(SyncConflict(  # as a sync would bring it: invented values
                case_id=case_id, entity="case_file", record_id=case_id, field="working_frame",
                base_value={"v": "Rencontres mensuelles"},
                mine_value={"v": "Rencontres à domicile, le mercredi"},
                theirs_value={"v": "Rendez-vous au bureau régional"},
                mine_by=agent.actor_id, mine_at=datetime.now(UTC)))
        conflicts = ConflictsDialog(operations, agent, case_id)
        conflicts.show()
        settle(lambda: conflicts.loads > 0)
        grab(conflicts, "conflicts")
        conflicts.close()
        details = SyncDetailsDialog(SyncStatus(datetime.now(UTC), datetime.now(UTC), "", 0, 1, [(
            "person", "Ce dossier ne vous est pas attribué : la modification n'est pas "
                      "acceptée.")]))
        details.show()
        grab(details, "sync-refused")
        details.close()
        queue = ValidationWindow(operations, demo_story.demo_validator(agent))
        queue.resize(*SCREEN)
        queue.show()
        settle(lambda: queue.loads > 0)
        grab(queue, "validation-queue")
        queue.close()

    def lead_screens(agent: ServiceContext) -> None:
        """The office lead's window (its lists, the covers) and its two dialogs, over the
        demo office with a lead and a colleague added as a sync would bring them."""
        from sqlalchemy import select

        from app.domain import User, UserRole
        from app.services.caseload.office import give_cover
        from ui.office_lead import OfficeLeadWindow

        with agent.store.transaction("screenshot", None, from_server=True) as session:
            me = session.get(User, agent.actor_id)
            assert me is not None
            for login, name, role in (("lead.demo", "Responsable (démo)", UserRole.OFFICE_LEAD),
                                      ("colleague.demo", "Collègue (démo)", UserRole.AGENT)):
                if session.scalars(select(User).where(User.login == login)).first() is None:
                    session.add(User(login=login, display_name=name, role=role,
                                     office_id=me.office_id))
            session.flush()
            lead_id = session.scalars(select(User.id).where(User.login == "lead.demo")).one()
        lead = ServiceContext(agent.store, lead_id)
        desk = OfficeLeadWindow(operations, lead)
        desk.resize(*SCREEN)
        desk.show()
        settle(lambda: desk.loads > 0)
        grab(desk, "office-lead")
        for index, name in ((1, "office-lead-overdue"), (2, "office-lead-blocked"),
                            (3, "office-lead-waiting")):
            desk.tabs.setCurrentIndex(index)
            grab(desk, name)
        transfer = desk.open_transfer()
        assert transfer is not None
        transfer.reason.setText("Congé parental" if language == "fr" else "Elternzeit")
        grab(transfer, "dialog-transfer")
        transfer.reject()
        cover = desk.open_cover()
        assert cover is not None
        grab(cover, "dialog-cover")
        yesterday = QDate.currentDate().addDays(-1)
        cover.ends_on.setDate(yesterday)
        cover.ok.click()
        settle(lambda: cover.problem.isVisible())
        grab(cover, "dialog-cover-refused")
        cover.reject()
        assert agent.actor_id is not None and desk.view is not None
        colleague = next(user_id for user_id, _name in desk.view.colleagues
                         if user_id != agent.actor_id)
        give_cover(lead, agent.actor_id, colleague, date.today() + timedelta(days=14),
                   date.today())
        loads = desk.loads
        desk.load()
        settle(lambda: desk.loads > loads)
        desk.tabs.setCurrentIndex(4)
        desk.covers.setCurrentCell(0, 0)
        grab(desk, "office-lead-covers")
        desk.close()

    def directory_screens(agent: ServiceContext) -> None:
        """The ONE administrator's provider directory and a provider's dialog."""
        from app.domain import User, UserRole
        from ui.provider_directory import ProviderDirectoryWindow

        with agent.store.transaction("screenshot", None, from_server=True) as session:
            admin = User(login="admin.demo", display_name="Administration ONE (démo)",
                         role=UserRole.ONE_ADMIN)  # as the server would make them
            session.add(admin)
            session.flush()
            one = ServiceContext(agent.store, admin.id)
        directory = ProviderDirectoryWindow(operations, one)
        directory.resize(*SCREEN)
        directory.show()
        settle(lambda: directory.loads > 0)
        grab(directory, "provider-directory")
        directory.table.selectRow(1)
        directory.open_selected()
        dialog = directory.dialog
        assert dialog is not None
        settle()
        dialog.agrement_rows[-1]["number"].setText("AGR-2026-117")
        dialog.agrement_rows[-1]["measures"].setText("a1,zz")
        dialog.agrement_rows[-1]["from"].setText("01/09/2026")
        dialog.ok.click()
        settle(dialog.problem.isVisible)  # an unknown letter, said under the fields
        grab(dialog, "provider-dialog")
        dialog.reject()
        directory.close()
        settle()
        national_screens(one)

    def national_screens(one: ServiceContext) -> None:
        """The ONE administrator's national lists (a document of the server's): the semester
        list on a reference day, then the statistics of a period."""
        from ui.national_lists import NationalDocument, NationalListsDialog
        from ui.network import NetworkOperations

        national = NationalListsDialog(NetworkOperations(), operations, one, None)
        national.show()
        settle()
        grab(national, "national-lists")
        national.document.setCurrentIndex(
            national.document.findData(NationalDocument.STATISTICS))
        settle()
        grab(national, "national-lists-statistics")
        national.reject()
        settle()

    def history_screen(agent: ServiceContext, case_id: uuid.UUID) -> None:
        """The dossier's history as it reads once synchronised: the server's entries (the
        agent on two laptops, the clerk, the validator, a colleague under cover, the ONE's
        transfer on the server) and a change of this laptop not synchronised yet."""
        from sqlalchemy import delete, select

        from app.domain import AuditEntry, DossierHistoryEntry, OutboxEntry, Person, User
        from app.services.dossier.opening import update_person_notes

        with agent.store.transaction("screenshots_synced", from_server=True) as session:
            me = session.get(User, agent.actor_id)
            assert me is not None
            laptops = ("CPI-SUD-014", "CPI-SUD-022")
            others = (("Employé Sud", "BUR-SUD-003", "record_request"),
                      ("Agent B", "CPI-SUD-031", "log_contact"))
            audit = list(session.scalars(select(AuditEntry).where(
                AuditEntry.mutation_id.in_(select(OutboxEntry.mutation_id).where(
                    OutboxEntry.case_id == case_id))).order_by(AuditEntry.at)))
            for number, entry in enumerate(audit):
                laptop = laptops[0] if number < len(audit) * 2 // 3 else laptops[1]
                who = me.display_name
                if entry.action in ("validate_plan", "return_plan"):  # the ONE's, in truth
                    laptop, who = "ONE-VAL-002", "Validatrice ONE"
                session.add(DossierHistoryEntry(
                    case_id=case_id, at=entry.at, made_at=entry.at, user_id=me.id,
                    user_name=who, device_id=uuid.uuid5(uuid.NAMESPACE_DNS, laptop),
                    device_name=laptop, action=entry.action, entity=entry.entity,
                    record_id=entry.record_id, operation="update", fields=entry.fields,
                    outcome="applied", mutation_id=entry.mutation_id))
            last = max((entry.at for entry in audit), default=datetime.now(UTC))
            for hours, (name, device, action) in enumerate(others, start=1):
                at = last + timedelta(hours=hours)
                session.add(DossierHistoryEntry(
                    case_id=case_id, at=at, made_at=at, user_id=uuid.uuid4(), user_name=name,
                    device_id=uuid.uuid5(uuid.NAMESPACE_DNS, device), device_name=device,
                    action=action, entity="case_file", record_id=case_id, operation="update",
                    fields=["notes"], outcome="applied",
                    under_cover_of_id=me.id if name == "Agent B" else None,
                    under_cover_of_name=me.display_name if name == "Agent B" else ""))
            at = last + timedelta(hours=len(others) + 1)
            session.add(DossierHistoryEntry(
                case_id=case_id, at=at, made_at=at, action="server_transfer",
                entity="case_file", record_id=case_id, operation="update",
                fields=["agent_id"], outcome="applied"))
            session.execute(delete(OutboxEntry).where(OutboxEntry.case_id == case_id))
            person = session.scalar(select(Person.id).where(Person.case_id == case_id))
        assert person is not None
        update_person_notes(agent, person, "Vue ce matin" if language == "fr"
                            else "Heute Morgen gesehen")
        dossier = DossierWindow(load_dossier_detail(agent, case_id), operations, agent)
        dossier.resize(*SCREEN)
        dossier.show()
        tabs = dossier.tabs
        for index in range(tabs.count()):
            if tabs.widget(index).accessibleName() == dossier.tr("History"):
                tabs.setCurrentIndex(index)
        grab(dossier, "dossier-history")
        dossier.close()

    def plan_item_dialogs(agent: ServiceContext, rows: list[Any]) -> None:
        """What becomes of an objective and of a measure, in each state that offers a dialog."""
        from app.rules.objectives import ObjectiveFate
        from app.services.steps.contexts import provider_options
        from app.services.steps.implementation import interrupt_measure
        from ui.dossier.plan_items import (
            MeasureDialog,
            MeasureFate,
            ObjectiveDialog,
            measure_fates,
        )
        details = [load_dossier_detail(agent, row.case_id) for row in rows]
        reason = {"fr": "L’évaluation du 3 mars montre des retards plutôt que des absences",
                  "de": "Die Auswertung vom 3. März zeigt eher Verspätungen als Fehlzeiten"}
        found = next(((d, o) for d in details for o in d.objectives if o.status == "active"),
                     None)
        if found is not None:
            detail, objective = found
            for fate, name in ((ObjectiveFate.ACHIEVED, "dialog-objective"),
                               (ObjectiveFate.REFORMULATED, "dialog-objective-reformulated")):
                dialog = ObjectiveDialog(operations, agent, detail.summary.row.case_id,
                                         objective, detail.summary.persons)
                dialog.fate.setCurrentIndex(dialog.fate.findData(fate.value))
                dialog.reason.setPlainText(reason[language])
                dialog.show()  # not open(): no draft of the demo store comes in
                grab(dialog, name)
                dialog.reject()
        why = {MeasureFate.CHANGED: ("Le service n’a de place qu’à partir de mars",
                                     "Der Träger hat erst ab März einen Platz"),
               MeasureFate.WITHDRAWN: ("La famille a trouvé une aide de voisinage",
                                       "Die Familie hat Hilfe in der Nachbarschaft gefunden"),
               MeasureFate.INTERRUPTED: ("Hospitalisation", "Krankenhausaufenthalt")}
        for fate, name in ((MeasureFate.CHANGED, "dialog-measure-change"),
                           (MeasureFate.WITHDRAWN, "dialog-measure-withdraw"),
                           (MeasureFate.INTERRUPTED, "dialog-measure-interrupt"),
                           (MeasureFate.RESUMED, "dialog-measure-resume")):
            measure = next(((d, m) for d in details for m in d.measures
                            if fate in measure_fates(m)), None)
            if measure is None and fate is MeasureFate.RESUMED:
                running = next(((d, m) for d in details for m in d.measures
                                if MeasureFate.INTERRUPTED in measure_fates(m)), None)
                if running is not None:  # the throwaway demo store: pause one to show it
                    interrupt_measure(agent, running[1].measure_id, date.today(),
                                      why[MeasureFate.INTERRUPTED][language == "de"])
                    detail = load_dossier_detail(agent, running[0].summary.row.case_id)
                    measure = next(((detail, m) for m in detail.measures
                                    if m.measure_id == running[1].measure_id), None)
            if measure is None:
                continue
            detail, view = measure
            dialog = MeasureDialog(operations, agent, detail.summary.row.case_id, view)
            dialog._providers(provider_options(agent))
            dialog.fate.setCurrentIndex(dialog.fate.findData(fate.value))
            if fate is not MeasureFate.RESUMED:
                dialog.reason.setPlainText(why[fate][language == "de"])
            dialog.show()
            grab(dialog, name)
            dialog.reject()

    with tempfile.TemporaryDirectory() as tmp:
        operations = StoreOperations()
        store_dir = Path(tmp) / "demo"
        passphrase = prepare_demo_store(store_dir)
        dialog = UnlockDialog(store_dir, operations, keyring_backend=None,
                              demo_passphrase=passphrase)
        dialog.show()
        grab(dialog, "unlock")
        dialog.close()
        preferences = PreferencesDialog(Preferences(idle_minutes=5, language=language))
        preferences.show()
        grab(preferences, "preferences")
        preferences.close()
        store = unlock_store(store_dir, passphrase, keyring_backend=None)
        try:
            agent: ServiceContext = agent_context(store)
            window = MainWindow(operations, lambda: None, demo=True)
            window.resize(*SCREEN)
            window.attach(agent)
            window.show()
            settle(lambda: window.model.rowCount() > 0)
            if only == "history":
                rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
                history_screen(agent, max(rows, key=lambda row: row.current_step).case_id)
                window.close()
                return
            if only == "agenda":  # the agent's week, the documents, the search, the letter
                week_screens(agent, window)
                search_screen(window)
                agenda_dossier(agent, window)
                window.close()
                return
            if only in ("people", "directory"):
                if only == "people":
                    people_screens(agent, window)
                    first_run_screens(agent)
                else:
                    directory_screens(agent)
                window.close()
                return
            grab(window, "caseload")
            intake_screen(agent, window)
            week_screens(agent, window)
            search_screen(window)
            window.deadlines_action.trigger()  # the office's lists, opened from the menu
            deadlines = window.deadlines_window
            assert deadlines is not None
            deadlines.resize(*SCREEN)
            settle(lambda: deadlines.loads > 0)
            deadlines.tabs.setCurrentIndex(1)  # the overdue reviews
            grab(deadlines, "office-deadlines")
            deadlines.close()
            if only in (None, "lead"):
                lead_screens(agent)
            if only in ("deadlines", "lead"):
                window.close()
                return
            popup(window.office_documents, "caseload-documents-menu")
            rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
            furthest = max(rows, key=lambda row: row.current_step)
            attach_demo_document(agent, furthest.case_id)
            dossier = DossierWindow(load_dossier_detail(agent, furthest.case_id), operations, agent)
            dossier.resize(*SCREEN)
            dossier.show()
            correction_screens(agent, dossier)
            action_screens(agent, dossier)
            if only == "actions":
                dossier.close()
                window.close()
                return
            dossier.tabs.count()  # every tab built, as the agent sees it a turn later
            grab(dossier, "dossier-overview")  # the page the window opens on
            shot = 0
            for index in range(dossier.tabs.count()):
                if dossier.tabs.widget(index) in (dossier.chronology, dossier.overview):
                    continue  # their own names: the numbered tabs keep theirs
                dossier.tabs.setCurrentIndex(index)
                shot += 1
                grab(dossier, f"dossier-{shot:02d}")
            document_screens(agent, dossier)
            dossier.tabs.setCurrentWidget(dossier.chronology)
            settle(lambda: dossier.chronology.model.rowCount() > 0)
            grab(dossier, "dossier-chronology")
            assert dossier.documents is not None
            popup(dossier.documents, "dossier-documents-menu")
            family_export = [a for a in dossier.documents.actions() if not a.isSeparator()][-1]
            family_export.trigger()
            grab(dossier.documents.previews[-1], "family-reader")
            dossier.close()
            sync_screens(agent, furthest.case_id)
            people_screens(agent, window)
            directory_screens(agent)
            earliest = min(rows, key=lambda row: row.current_step)  # rules still stop it
            early = DossierWindow(load_dossier_detail(agent, earliest.case_id), operations, agent)
            early.resize(*SCREEN)
            early.show()
            early.tabs.count()  # every tab built, as the agent sees it a turn later
            grab(early, "dossier-overview-early")
            early.close()

            def wizard_pages(kind: type[DraftWizard], case_id: object, name: str,
                             typed: dict[str, str] | None = None) -> None:
                opened: list[DraftWizard] = []
                kind.launch(operations, agent, case_id, opened.append)  # type: ignore[arg-type]
                settle(lambda: bool(opened))
                wizard = opened[0]
                for field, value in (typed or {}).items():
                    widget = wizard._fields[field]
                    if isinstance(widget, QComboBox):
                        widget.setCurrentIndex(widget.findData(value))
                    elif isinstance(widget, QCheckBox):
                        widget.setChecked(bool(value))
                    else:
                        widget.setText(value)  # type: ignore[union-attr]
                wizard.resize(min(wizard.width(), SCREEN[0]), min(wizard.height(), SCREEN[1]))
                page = 1
                while True:
                    grab(wizard, f"wizard-{name}-{page}")
                    if wizard.nextId() == -1 or page > 8:
                        break
                    before = wizard.currentId()
                    wizard.next()
                    settle(lambda b=before: wizard.currentId() != b)  # type: ignore[misc]
                    if wizard.currentId() == before:
                        break
                    page += 1
                wizard.close()
                settle()

            wizard_pages(OpeningWizard, None, "new-dossier", {  # an invented family
                "person.0.role": "parent", "person.0.first_name": "Ana",
                "person.0.last_name": "Tavares", "person.0.birth_date": "12/06/1986",
                "person.1.role": "parent", "person.1.first_name": "Jeff",
                "person.1.last_name": "Weber", "person.1.birth_date": "03/01/1984",
                "person.2.role": "child", "person.2.first_name": "Léa",
                "person.2.last_name": "Tavares", "person.2.birth_date": "17/05/2014",
                "tie.0.kind": "parent", "tie.0.authority": "yes", "tie.0.legal": "yes",
                "tie.1.kind": "parent", "tie.1.authority": "yes"})
            for step, kind in sorted(STEP_WIZARDS.items()):
                row = next((r for r in rows if r.current_step == step), furthest)
                wizard_pages(kind, row.case_id, f"step{step}")
            plan_item_dialogs(agent, rows)  # last: it pauses a measure of the demo store
            window.close()
        finally:
            operations.wait()
            store.lock()


def _one_page_pdf(draw: Callable[[Any], None]) -> bytes:
    """A one-page A4 PDF made in memory at 150 dpi, ``draw`` given its painter."""
    from ui.qt import QBuffer, QByteArray, QIODevice, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    painter = QPainter(writer)
    draw(painter)
    painter.end()
    buffer.close()
    return bytes(data.data())


def _signed_page(language: str) -> bytes:
    """A synthetic scan of a signed page (a PDF made in memory, invented names)."""
    title, signed = {"fr": ("Projet d’intervention — version 1", "Lu et approuvé"),
                     "de": ("Interventionsplan — Version 1", "Gelesen und genehmigt")}.get(
        language, ("Intervention plan — version 1", "Read and approved"))

    def draw(painter: Any) -> None:
        painter.drawText(150, 200, title)
        painter.drawText(150, 1400, f"{signed} — Ana Sofia Tavares")
        painter.drawLine(150, 1500, 700, 1480)
        painter.drawText(150, 1650, f"{signed} — Jeff Weber")
        painter.drawLine(150, 1750, 650, 1760)

    return _one_page_pdf(draw)


def _court_order(language: str) -> bytes:
    """A synthetic court order (a PDF made in memory, invented names)."""
    from ui.qt import QFont

    lines = {"fr": ("TRIBUNAL DE LA JEUNESSE DE LUXEMBOURG", "",
                    "Ordonnance de garde provisoire", "",
                    "Vu la requête du Parquet et l’avis de l’Office national de l’enfance,",
                    "ordonnons le maintien de l’enfant au domicile de sa mère,",
                    "Mme Ana Sofia Tavares, sous le suivi de l’ONE,",
                    "et fixons un droit de visite au père, M. Jeff Weber,",
                    "un week-end sur deux.", "", "Le juge de la jeunesse"),
             "de": ("JUGENDGERICHT LUXEMBURG", "", "Vorläufige Sorgerechtsverfügung", "",
                    "Auf Antrag der Staatsanwaltschaft und nach Stellungnahme des ONE",
                    "bleibt das Kind im Haushalt seiner Mutter,",
                    "Frau Ana Sofia Tavares, mit Begleitung durch das ONE;",
                    "der Vater, Herr Jeff Weber, hat jedes zweite Wochenende",
                    "ein Besuchsrecht.", "", "Der Jugendrichter")}.get(language, ("Court order",))

    def draw(painter: Any) -> None:
        painter.setFont(QFont("DejaVu Sans", 12))
        for index, line in enumerate(lines):
            painter.drawText(150, 200 + 70 * index, line)

    return _one_page_pdf(draw)


def _pages(pdf: bytes) -> list[Any]:
    """The pages of a PDF as a scanner would see them (grey images, 150 dpi)."""
    import pypdfium2  # type: ignore[import-untyped]

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document[i].render(scale=150 / 72).to_pil().convert("L")
                for i in range(len(document))]
    finally:
        document.close()


def _smudged(image: Any) -> Any:
    """The page with its printed code lost (the footer smudged): to confirm by hand."""
    from PIL import ImageDraw

    smudged = image.copy()
    width, height = smudged.size
    ImageDraw.Draw(smudged).rectangle((0, int(height * 0.85), width, height), fill=225)
    return smudged


def _png(image: Any) -> bytes:
    import io

    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("fr", "de", "all"), default="all")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=("actions", "deadlines", "lead", "people",
                                           "directory", "history", "agenda"), default=None,
                        help="only the dossier's Actions menu and its dialogs, only the "
                             "office's deadlines, only those and the office lead's window, "
                             "only the enrolment and password screens, only the provider "
                             "directory, only the dossier's history as synchronised, or only "
                             "the agent's week, documents, search and letter")
    args = parser.parse_args(argv)
    if args.lang != "all":
        shoot(args.lang, args.out, args.only)
        return 0
    for language in ("fr", "de"):
        subprocess.run([sys.executable, __file__, "--lang", language, "--out", str(args.out)]
                       + (["--only", args.only] if args.only else []), check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
