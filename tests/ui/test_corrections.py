"""Corrections from the dossier window, as an agent makes them: a typo and a new address, a
court decision on parental authority, a stakeholder who leaves, the family's language, a
dossier opened by mistake; and a dialog's typing kept through the window's closing."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.domain import CaseState, DocumentLanguage, StakeholderKind
from app.services.base.context import ServiceContext
from app.services.caseload.listing import get_dossier
from app.services.one.network import StakeholderInput, add_stakeholder
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.dossier_window import DossierWindow
from ui.family_map.corrections import (
    CancelDossierDialog,
    ChangeLinkDialog,
    CorrectPersonDialog,
    DocumentLanguageDialog,
    LinkFate,
    StakeholderDialog,
    StakeholderFate,
)
from ui.family_map.dialogs import AddPersonDialog
from ui.family_map.ecomap import satellites
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QTableWidget

TODAY = date.today()


@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.corrige", "Agent Corrige", OFFICE)


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


def test_a_typo_and_a_new_address_from_the_family_tab(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY)
    _window, dossier = _open(qtbot, operations, agent, family)
    persons = _table(dossier, "Famille")
    mother_row = next(r for r in range(persons.rowCount())
                      if persons.item(r, 0).text() == "Ana Sofia Tavares")
    persons.activated.emit(persons.model().index(mother_row, 0))  # Enter on the row
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, CorrectPersonDialog)
    assert dialog.first_name.text() == "Ana Sofia"  # opens on the person, as recorded
    dialog.last_name.setText("Tavarès")
    dialog.street.setText("12, rue de l'Alzette")
    dialog.postal_code.setText("L-4011")
    dialog.locality.setText("Esch-sur-Alzette")
    dialog.phone.setText("appelle-moi")
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert "numéro de téléphone" in dialog.problem.text()
    assert dialog.street.text() == "12, rue de l'Alzette"  # the typing is kept
    dialog.phone.setText("+352 621 123 456")
    _save(qtbot, dossier, dialog)
    persons = _table(dossier, "Famille")
    rows = {persons.item(r, 0).text(): r for r in range(persons.rowCount())}
    assert "Ana Sofia Tavarès" in rows
    row = rows["Ana Sofia Tavarès"]
    assert persons.item(row, 3).text() == "12, rue de l'Alzette, L-4011 Esch-sur-Alzette"
    assert persons.item(row, 4).text() == "+352 621 123 456"


def test_a_court_withdraws_the_fathers_authority(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY)
    _window, dossier = _open(qtbot, operations, agent, family)
    father_tie = next(r for r in dossier.detail.summary.relationships
                      if r.from_person_id == family.father)
    dossier._change_link(father_tie.relationship_id)
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, ChangeLinkDialog)
    assert dialog.fate.currentData() == LinkFate.CHANGES.value
    assert dialog.authority.isChecked()
    dialog.authority.setChecked(False)
    dialog.representative.setChecked(False)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert "Indiquez pourquoi" in dialog.problem.text() or "raison" in dialog.problem.text()
    dialog.reason.setPlainText("Jugement du tribunal de la jeunesse")
    _save(qtbot, dossier, dialog)
    ties = _table(dossier, "Constellation")
    weber = [r for r in range(ties.rowCount()) if ties.item(r, 0).text() == "Jeff Weber"]
    assert len(weber) == 2  # the tie as it was (ended), the tie as it is
    ended = next(r for r in weber if ties.item(r, 6).text())
    assert ties.item(ended, 3).text() == "oui"
    assert ties.item(ended, 7).text() == "Jugement du tribunal de la jeunesse"
    current = next(r for r in weber if not ties.item(r, 6).text())
    assert ties.item(current, 3).text() == ""
    # The genogram draws the family as it is: the ended tie is not drawn again.
    drawn = [edge for edge, _item in dossier.genogram.edges]
    assert father_tie.relationship_id not in {edge.relationship_id for edge in drawn}
    assert len(drawn) == 2
    # An ended tie is history: choosing it says so instead of opening the dialog.
    count = len(dossier.dialogs)
    dossier._change_link(father_tie.relationship_id)
    assert len(dossier.dialogs) == count and dossier.message.isVisible()


def test_a_stakeholder_leaves_and_the_language_is_german(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY)
    add_stakeholder(agent, family.case_id, StakeholderInput(
        StakeholderKind.SCHOOL, "Mme Schmit", "Titulaire de classe", "École Brill"))
    _window, dossier = _open(qtbot, operations, agent, family)
    dossier._change_stakeholder()
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, StakeholderDialog)
    dialog.fate.setCurrentIndex(dialog.fate.findData(StakeholderFate.ENDS.value))
    assert not dialog.name.isVisible() and dialog.reason.isVisible()
    dialog.reason.setPlainText("Léa change d'école")
    _save(qtbot, dossier, dialog)
    assert dossier.detail.stakeholders[0].ended_on == TODAY
    assert all(s.name != "Mme Schmit" for s in satellites(dossier.detail))  # left the ecomap

    dossier._document_language()
    language = dossier.dialogs[-1]
    assert isinstance(language, DocumentLanguageDialog)
    language.language.setCurrentIndex(language.language.findData("de"))
    _save(qtbot, dossier, language)
    assert get_dossier(agent, family.case_id).document_language is DocumentLanguage.GERMAN
    assert dossier.documents is not None and dossier.documents._language.value == "de"


def test_what_a_dialog_holds_survives_the_window_closing(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY)
    window, dossier = _open(qtbot, operations, agent, family)
    dossier._add_person()
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, AddPersonDialog)
    dialog.first_name.setText("Odile")
    dialog.last_name.setText("Grand-Mère")
    dossier.close()  # the lock closes dossier windows the same way
    operations.wait()
    window._load_dossier(agent, family.case_id)
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 2)
    again = window.dossier_windows[-1]
    again._add_person()
    reopened = again.dialogs[-1]
    assert isinstance(reopened, AddPersonDialog)
    qtbot.waitUntil(lambda: reopened.draft_restored)
    assert (reopened.first_name.text(), reopened.last_name.text()) == ("Odile", "Grand-Mère")
    reopened.reject()  # cancelled on purpose: the draft goes
    operations.wait()
    again._add_person()
    fresh = again.dialogs[-1]
    operations.wait()
    qtbot.wait(50)
    assert fresh.first_name.text() == "" and not fresh.draft_restored  # type: ignore[attr-defined]


def test_a_dossier_opened_by_mistake_leaves_the_caseload(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    family = Family.open(agent, TODAY)
    Family.open(agent, TODAY, surname="Hoffmann")
    window, dossier = _open(qtbot, operations, agent, family)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    dossier._cancel_dossier()
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, CancelDossierDialog)
    dialog.reason.setPlainText("Doublon du dossier de la famille Hoffmann")
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert not dossier.isVisible()
    assert get_dossier(agent, family.case_id).row.state is CaseState.CANCELLED


def test_the_correct_menu_opens_each_dialog(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
) -> None:
    """From the menu (no tie chosen on a table): the dialogs open, none says a tie ended."""
    family = Family.open(agent, TODAY)
    add_stakeholder(agent, family.case_id, StakeholderInput(
        StakeholderKind.SCHOOL, "Mme Schmit", "Titulaire de classe", "École Brill"))
    _window, dossier = _open(qtbot, operations, agent, family)
    opened = []
    for action in dossier.corrections_menu.actions()[:4]:
        action.trigger()
        assert not dossier.message.isVisible(), dossier.message.text()
        opened.append(type(dossier.dialogs[-1]))
        dossier.dialogs[-1].reject()
    assert opened == [CorrectPersonDialog, ChangeLinkDialog, StakeholderDialog,
                      DocumentLanguageDialog]
