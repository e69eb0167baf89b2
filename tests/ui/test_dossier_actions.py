"""The dossier's Actions menu as an agent uses it: a young adult's own request, a contact note
before any plan, a revocation asked and answered, a review without change, a version the family
refused, a closed dossier found and reopened, the signed scans shown in the application."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.domain import ClosureReason, PersonRole, RequesterKind, ReviewRequestOutcome
from app.services.base.context import ServiceContext
from app.services.dossier.closure import ClosureInput, close_case
from app.services.dossier.opening import PersonInput, add_person
from app.services.plan.scans import attach_signed_scan
from app.services.plan.versions import record_discernment
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.implementation import start_measure
from app.store.store import Store
from tests.app.services.family import OFFICE, Family, validator_context
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
)
from ui.dossier_window import DossierWindow
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QBuffer, QByteArray, QColor, QImage, QIODevice, QLabel, QTableWidget

TODAY = date.today()


@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.actions", "Agent Actions", OFFICE)


def _open(qtbot: QtBot, operations: StoreOperations, agent: ServiceContext,
          family: Family) -> tuple[MainWindow, DossierWindow]:
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1)
    window._load_dossier(agent, family.case_id)
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)
    return window, window.dossier_windows[0]


def _table(dossier: DossierWindow, title: str) -> QTableWidget:
    for index in range(dossier.tabs.count()):
        if dossier.tabs.tabText(index).startswith(title):
            table = dossier.tabs.widget(index)
            assert isinstance(table, QTableWidget)
            return table
    raise AssertionError(f"no tab {title}")


def _save(qtbot: QtBot, dossier: DossierWindow, dialog: object) -> None:
    before = dossier.reload_count
    dialog.ok.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dossier.reload_count > before)


def _refused(qtbot: QtBot, dialog: object) -> str:
    dialog.ok.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.problem.isVisible())  # type: ignore[attr-defined]
    return str(dialog.problem.text())  # type: ignore[attr-defined]


def test_a_young_adult_asks_for_herself(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY)
    sister = add_person(agent, family.case_id, PersonInput(
        PersonRole.CHILD, "Inês", "Tavares", TODAY.replace(year=TODAY.year - 19)),
        today=TODAY, confirmed_new=True)
    _window, dossier = _open(qtbot, operations, agent, family)
    menu = dossier.actions_menu
    assert dossier.actions_button.menu() is menu
    assert menu.new_request.isEnabled() and not menu.reopen.isEnabled()
    assert not menu.answer.isEnabled() and not menu.discard.isEnabled()
    menu.new_request.trigger()
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, NewRequestDialog)
    assert dialog.name.isEnabled()  # nobody of the dossier chosen yet: the name is typed
    dialog.person.setCurrentIndex(dialog.person.findData(str(family.child)))
    assert not dialog.name.isEnabled()
    assert dialog.kind.currentData() == RequesterKind.CHILD.value
    dialog.person.setCurrentIndex(dialog.person.findData(str(sister)))
    assert dialog.kind.currentData() == RequesterKind.YOUNG_ADULT.value  # 19: her own request
    assert dialog.young_adult.isVisible()
    assert "Décrivez" in _refused(qtbot, dialog)  # what is asked is missing
    assert dialog.person.currentData() == str(sister)  # the choice is kept
    dialog.what.setPlainText("Inês demande un soutien pour son logement")
    _save(qtbot, dossier, dialog)
    requests = _table(dossier, "Demandes")
    assert requests.rowCount() == 2
    assert any(r.requester_name == "Inês Tavares"
               and r.requester_kind is RequesterKind.YOUNG_ADULT
               for r in dossier.detail.summary.requests)
    assert "Inês Tavares" in {requests.item(r, 2).text() for r in range(2)}


def test_a_contact_note_before_any_plan(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY)  # step 1
    _window, dossier = _open(qtbot, operations, agent, family)
    dossier.actions_menu.contact.trigger()
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, ContactNoteDialog)
    dialog.time.setText("25h")
    dialog.with_whom.setText("Mme Tavares")
    dialog.summary.setPlainText("Premier rendez-vous fixé au bureau")
    assert "14:30" in _refused(qtbot, dialog)
    assert dialog.with_whom.text() == "Mme Tavares"
    dialog.time.setText("00:05")
    _save(qtbot, dossier, dialog)
    contacts = _table(dossier, "Contacts")
    assert contacts.rowCount() == 1
    assert contacts.item(0, 3).text() == "Premier rendez-vous fixé au bureau"


def test_a_review_then_a_revocation_asked_and_answered(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    family.in_force(validator_context(agent))
    assert family.measure is not None
    start_measure(agent, family.measure, TODAY)
    _window, dossier = _open(qtbot, operations, agent, family)
    menu = dossier.actions_menu
    assert menu.plan_review.isEnabled() and not menu.answer.isEnabled()
    menu.plan_review.trigger()
    review = dossier.dialogs[-1]
    assert isinstance(review, PlanReviewDialog)
    _refused(qtbot, review)
    review.conclusion.setPlainText("Objectifs maintenus, sans changement")
    _save(qtbot, dossier, review)
    assert review.isVisible() and review.next_due.isVisible()  # stays open with the date
    due = TODAY.replace(year=TODAY.year + 1) if (TODAY.month, TODAY.day) != (2, 29) \
        else date(TODAY.year + 1, 2, 28)
    assert due.strftime("%d/%m/%Y") in review.next_due.text()
    assert dossier.detail.plan_versions[0].review_due_on == due
    review.reject()
    menu.review_request.trigger()
    asked = dossier.dialogs[-1]
    assert isinstance(asked, ReviewRequestDialog)
    asked.person.setCurrentIndex(asked.person.findData(str(family.mother)))
    asked.kind.setCurrentIndex(1)  # revocation
    asked.grounds.setPlainText("Nous déménageons au Portugal")
    _save(qtbot, dossier, asked)
    assert menu.answer.isEnabled()
    menu.answer.trigger()
    answer = dossier.dialogs[-1]
    assert isinstance(answer, AnswerReviewDialog)
    assert answer.outcome.currentData() == ReviewRequestOutcome.PLAN_REVOKED.value
    assert "Portugal" in answer.grounds.text()
    assert "famille" in _refused(qtbot, answer)  # the note for the family is missing
    answer.note.setPlainText("Révocation acceptée, fin de l'aide au déménagement")
    _save(qtbot, dossier, answer)
    assert dossier.detail.plan_versions[0].state == "revoked"
    assert not menu.answer.isEnabled() and not menu.plan_review.isEnabled()
    measures = _table(dossier, "Mesures")  # the running measure ended with the plan (art. 4)
    ended = measures.item(0, 7)
    assert ended is not None and ended.text() == TODAY.strftime("%d/%m/%Y")
    reason = measures.item(0, 9)
    assert reason is not None and reason.text() == (
        "Version 1 du projet révoquée à la demande de la famille (art. 4)\u00a0: "
        "Révocation acceptée, fin de l'aide au déménagement")


def test_a_version_the_family_refuses_is_discarded(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "Trop jeune")
    family.ready_version()
    _window, dossier = _open(qtbot, operations, agent, family)
    menu = dossier.actions_menu
    assert menu.discard.isEnabled()
    menu.discard.trigger()
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, DiscardVersionDialog)
    assert "refusé" in _refused(qtbot, dialog)
    dialog.reason.setPlainText("Les parents refusent l'accueil de jour")
    _save(qtbot, dossier, dialog)
    assert dossier.detail.plan_versions[0].state == "discarded"
    assert not menu.discard.isEnabled()


def test_a_closed_dossier_is_found_opened_read_only_and_reopened(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY)
    other = Family.open(agent, TODAY, surname="Schmit")
    close_case(agent, family.case_id, ClosureInput(
        TODAY, ClosureReason.FAMILY_WITHDREW, "La famille met fin à l'aide"), today=TODAY)
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.row_at(0).case_id == other.case_id
    assert window.closed_filter.text().replace("&", "") == "Afficher les dossiers clôturés"
    window.closed_filter.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.search.setText("Tavares")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1
                    and window.model.row_at(0).case_id == family.case_id)
    window._load_dossier(agent, family.case_id)
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1)
    dossier = window.dossier_windows[0]
    assert not dossier.add_person_button.isEnabled()  # read-only
    menu = dossier.actions_menu
    assert menu.reopen.isEnabled() and not menu.new_request.isEnabled()
    menu.reopen.trigger()
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, ReopenDialog)
    assert "motif" in _refused(qtbot, dialog)
    dialog.reason.setPlainText("La mère demande de l'aide à nouveau")
    _save(qtbot, dossier, dialog)
    assert dossier.detail.summary.row.current_step == 1
    assert dossier.add_person_button.isEnabled() and menu.new_request.isEnabled()
    assert not menu.reopen.isEnabled()


def test_a_person_of_age_has_her_data_anonymised_and_her_sister_keeps_hers(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY)  # Léa, a child: her data stay
    sister = add_person(agent, family.case_id, PersonInput(
        PersonRole.CHILD, "Inês", "Kovač", TODAY.replace(year=TODAY.year - 19)),
        today=TODAY, confirmed_new=True)
    _window, dossier = _open(qtbot, operations, agent, family)
    menu = dossier.actions_menu
    assert menu.anonymise.isEnabled()
    assert menu.anonymise.text().replace("&", "").startswith("Anonymiser")
    menu.anonymise.trigger()
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, AnonymisePersonDialog)
    assert dialog.windowTitle() == "Anonymiser une personne (art. 7)"
    assert dialog.person.findData(str(family.child)) == -1  # a child: not offered
    assert dialog.person.currentData() == str(sister)
    assert dialog.findChild(QLabel, "irreversible").text() == "Cette opération est définitive."
    assert not dialog.ok.isEnabled()  # nothing typed: no way on
    dialog.confirm.setText("Tavares")
    assert not dialog.ok.isEnabled()  # another name
    dialog.confirm.setText(" kovac ")  # her family name, accents and case aside
    assert dialog.ok.isEnabled() and dialog.ok.text() == "Anonymiser définitivement"
    _save(qtbot, dossier, dialog)
    persons = {p.person_id: p for p in dossier.detail.summary.persons}
    assert (persons[sister].first_name, persons[sister].birth_date) == ("—", None)
    assert (persons[family.child].first_name, persons[family.child].last_name) == (
        "Léa", "Tavares")
    assert not menu.anonymise.isEnabled()  # nobody of age is left to anonymise
    assert "art. 7" in menu.anonymise.toolTip()


def _png() -> bytes:
    image = QImage(200, 280, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_the_signed_scans_are_shown_inside_the_application(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
    tmp_path: object,
) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    version = family.in_force(validator_context(agent))
    attach_signed_scan(agent, version, _png(), "image/png")
    _window, dossier = _open(qtbot, operations, agent, family)
    menu = dossier.actions_menu
    assert menu.scans.isEnabled()
    menu.scans.trigger()
    dialog = menu.scans_dialog
    assert isinstance(dialog, SignedScansDialog)
    qtbot.waitUntil(lambda: dialog.page_count == 1)
    assert dialog.scans.count() == 1 and "1 page" in dialog.scans.item(0).text()
    assert not dialog.page_view.pixmap().isNull()
    assert dialog.page_label.text() == "Page 1 sur 1"
    dossier.close()  # the lock closes the window: the scan goes with it
    assert menu.scans_dialog is None


def test_the_menu_stays_off_while_the_plan_is_not_ready(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY + timedelta(0))
    _window, dossier = _open(qtbot, operations, agent, family)
    menu = dossier.actions_menu
    assert not menu.review_request.isEnabled() and not menu.scans.isEnabled()
    assert menu.review_request.toolTip()
