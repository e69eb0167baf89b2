"""The family constellation drawn and edited: genogram, ecomap, dialogs, PDF in memory."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain import (
    PersonRole,
    RelationshipKind,
    RequestChannel,
    RequesterKind,
    StakeholderKind,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base.context import ServiceContext
from app.services.caseload.listing import get_dossier
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.opening import OpenCaseInput, PersonInput, RequestInput, open_case
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE
from tests.ui.conftest import type_text
from tests.ui.family_map_data import TODAY, BigFamily, big_family
from ui.dossier_window import DossierWindow
from ui.family_map import printing
from ui.family_map.dialogs import AddPersonDialog, AddStakeholderDialog, LinkPersonsDialog
from ui.family_map.genogram import GenogramScene
from ui.family_map.layout import generations, slots
from ui.family_map.printing import render_pdf
from ui.operations import StoreOperations
from ui.qt import QDate, QGraphicsSimpleTextItem, QGraphicsView, Qt


@pytest.fixture(autouse=True)
def in_french(french: None) -> None:
    """As the agents see it; an earlier test's translator would otherwise decide."""


@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.ui", "Agent UI", OFFICE)


@pytest.fixture
def family(agent: ServiceContext) -> BigFamily:
    return big_family(agent)


def _window(qtbot: QtBot, agent: ServiceContext, family: BigFamily,
            operations: StoreOperations | None) -> DossierWindow:
    """The dossier window at the smallest screen the agents have."""
    detail = load_dossier_detail(agent, family.case_id)
    window = (DossierWindow(detail, operations, agent) if operations is not None
              else DossierWindow(detail))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _texts(view: QGraphicsView) -> set[str]:
    return {item.text() for item in view.scene().items()
            if isinstance(item, QGraphicsSimpleTextItem)}


def test_genogram_puts_parents_above_children_and_marks_legal_roles(
        qtbot: QtBot, agent: ServiceContext, family: BigFamily) -> None:
    scene = GenogramScene()
    scene.draw(get_dossier(agent, family.case_id))
    mother, father = family.family.mother, family.family.father
    rows = {p: scene.nodes[p].top() for p in scene.nodes}
    assert rows[family.grandmother] < rows[mother] == rows[father]
    assert all(rows[mother] < rows[child] for child in family.children)
    assert len({rows[child] for child in family.children}) == 1  # siblings side by side
    both = ["authority", "representative"]
    assert scene.badges[mother] == both and scene.badges[father] == both
    assert scene.badges[family.grandmother] == []
    assert all(scene.badges[child] == [] for child in family.children)
    widths = {(r.from_person_id, r.to_person_id): item.pen().widthF()
              for r, item in scene.edges}
    assert widths[(mother, family.family.child)] > widths[(family.grandmother, mother)]
    nodes = list(scene.nodes.values())
    assert not any(a.intersects(b) for i, a in enumerate(nodes) for b in nodes[i + 1:])


def test_layout_is_deterministic_and_roles_place_unlinked_persons(
        agent: ServiceContext, family: BigFamily) -> None:
    dossier = get_dossier(agent, family.case_id)
    assert slots(dossier.persons, dossier.relationships) == slots(
        tuple(reversed(dossier.persons)), tuple(reversed(dossier.relationships)))
    rows = generations(dossier.persons, ())
    for person in dossier.persons:
        expected = {PersonRole.PARENT: 0, PersonRole.CHILD: 1, PersonRole.YOUNG_ADULT: 1}
        assert rows[person.person_id] == expected.get(person.role, 0)


def test_a_person_added_through_the_dialog_is_stored_and_drawn(
        qtbot: QtBot, agent: ServiceContext, family: BigFamily,
        operations: StoreOperations) -> None:
    window = _window(qtbot, agent, family, operations)
    window.tabs.setCurrentWidget(window.genogram_view)
    qtbot.mouseClick(window.add_person_button, Qt.MouseButton.LeftButton)
    dialog = window.dialogs[0]
    assert isinstance(dialog, AddPersonDialog) and dialog.isVisible()
    dialog.role.setCurrentIndex(dialog.role.findData(PersonRole.OTHER_RELATIVE))
    type_text(dialog.first_name, "Hélène")
    type_text(dialog.last_name, "Müller-Gonçalves")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.reload_count == 1)

    assert window.dialogs == []  # closed and released
    stored = [p for p in get_dossier(agent, family.case_id).persons if p.first_name == "Hélène"]
    assert len(stored) == 1 and stored[0].last_name == "Müller-Gonçalves"
    assert stored[0].person_id in window.genogram.nodes
    assert {"Hélène", "Müller-Gonçalves"} <= _texts(window.genogram_view)  # on two lines
    assert window.tabs.currentWidget() is window.genogram_view  # the agent stays on the tab
    assert window.tabs.tabText(1) == "Famille (7)"  # after the overview


def test_a_refused_person_shows_why_and_keeps_the_typing(
        qtbot: QtBot, agent: ServiceContext, family: BigFamily,
        operations: StoreOperations) -> None:
    window = _window(qtbot, agent, family, operations)
    window.add_person_button.click()
    dialog = window.dialogs[0]
    assert isinstance(dialog, AddPersonDialog)
    type_text(dialog.notes, "Tante maternelle, présente le mercredi")
    dialog.ok.click()
    qtbot.waitUntil(dialog.problem.isVisible)

    assert dialog.isVisible() and dialog.ok.isEnabled()
    assert dialog.problem.text() == QT_TRANSLATE_NOOP(
        "Cases", "Enter at least a first name or a last name for each person.").render()
    assert dialog.notes.toPlainText() == "Tante maternelle, présente le mercredi"
    assert window.reload_count == 0

    type_text(dialog.first_name, "Zoé")
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.reload_count == 1)
    window.tabs.setCurrentWidget(window.genogram_view)  # drawn when looked at
    assert "Zoé" in _texts(window.genogram_view)


def test_a_tie_to_oneself_is_refused_and_a_real_tie_is_drawn(
        qtbot: QtBot, agent: ServiceContext, family: BigFamily,
        operations: StoreOperations) -> None:
    window = _window(qtbot, agent, family, operations)
    window.link_button.click()
    dialog = window.dialogs[0]
    assert isinstance(dialog, LinkPersonsDialog)
    grandmother = dialog.from_person.findData(str(family.grandmother))
    dialog.from_person.setCurrentIndex(grandmother)
    dialog.to_person.setCurrentIndex(grandmother)
    dialog.ok.click()
    qtbot.waitUntil(dialog.problem.isVisible)
    assert dialog.isVisible()

    dialog.to_person.setCurrentIndex(dialog.to_person.findData(str(family.family.child)))
    dialog.kind.setCurrentIndex(dialog.kind.findData(RelationshipKind.GRANDPARENT))
    dialog.representative.setChecked(True)
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.reload_count == 1)
    assert window.genogram.badges[family.grandmother] == ["representative"]


def test_a_stakeholder_added_through_the_dialog_appears_on_the_ecomap(
        qtbot: QtBot, agent: ServiceContext, family: BigFamily,
        operations: StoreOperations) -> None:
    window = _window(qtbot, agent, family, operations)
    assert window.ecomap.names == ["Dr Marc Schmit", "Sophie Becker", "Mme Claire Hoffmann",
                                   "Paul Kieffer", "Service d'assistance en famille Sud"]
    window.stakeholder_button.click()
    dialog = window.dialogs[0]
    assert isinstance(dialog, AddStakeholderDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(StakeholderKind.YOUTH_COURT))
    type_text(dialog.name, "Juge Élise Reding")
    dialog.ok.click()
    qtbot.waitUntil(dialog.problem.isVisible)  # the agreed role is required
    type_text(dialog.role, "Suivi de la mesure d’assistance éducative")
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.reload_count == 1)
    assert "Juge Élise Reding" in window.ecomap.names
    assert "Juge Élise Reding" in _texts(window.ecomap_view)


def test_the_genogram_renders_to_an_in_memory_pdf_with_the_names(
        qtbot: QtBot, agent: ServiceContext, family: BigFamily) -> None:
    scene = GenogramScene()
    scene.draw(get_dossier(agent, family.case_id))
    pdf = render_pdf(scene)
    assert pdf.startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    assert "Tomás Tavares Weber" in text and "Maria do Céu Tavares" in text


def test_save_as_pdf_writes_only_where_the_agent_chose(
        qtbot: QtBot, agent: ServiceContext, family: BigFamily, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, agent, family, None)
    chosen = tmp_path / "chosen" / "genogramme"
    chosen.parent.mkdir()
    asked: list[str] = []

    def pick(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(chosen), ""

    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", pick)
    window.tabs.setCurrentWidget(window.ecomap_view)
    window.pdf_button.click()
    assert asked == [f"ecomap-{window.detail.summary.row.number}.pdf"]
    written = chosen.with_suffix(".pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert list(chosen.parent.iterdir()) == [written]


def test_read_only_window_offers_printing_only_on_a_drawing(
        qtbot: QtBot, agent: ServiceContext, family: BigFamily) -> None:
    window = _window(qtbot, agent, family, None)
    for button in (window.add_person_button, window.link_button, window.stakeholder_button):
        assert not button.isVisible() and button.accessibleName()
    window.tabs.setCurrentIndex(0)
    assert not window.print_button.isEnabled()
    window.tabs.setCurrentWidget(window.genogram_view)
    assert window.print_button.isEnabled() and window.pdf_button.isEnabled()
    assert not window.print_action.shortcut().isEmpty()


def test_closing_the_window_closes_its_dialogs(
        qtbot: QtBot, agent: ServiceContext, family: BigFamily,
        operations: StoreOperations) -> None:
    window = _window(qtbot, agent, family, operations)
    window.add_person_button.click()
    dialog = window.dialogs[0]
    assert isinstance(dialog, AddPersonDialog)
    type_text(dialog.first_name, "Hélène")
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    window.close()
    assert closed == [0] and window.dialogs == []


def test_a_probable_duplicate_is_added_once_the_agent_confirms(
        qtbot: QtBot, agent: ServiceContext, family: BigFamily,
        operations: StoreOperations) -> None:
    """Same birth date, close name: the service warns; ticking the box adds the person."""
    window = _window(qtbot, agent, family, operations)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(window.dialogs) == 1)  # a button's shortcut animates a click
    dialog = window.dialogs[0]
    assert isinstance(dialog, AddPersonDialog) and not dialog.confirm.isVisible()
    type_text(dialog.first_name, "Léa")
    type_text(dialog.last_name, "Tavarès")
    dialog.birth_known.setChecked(True)
    dialog.birth_date.setDate(QDate(2014, 5, 17))
    dialog.ok.click()
    qtbot.waitUntil(dialog.confirm.isVisible)
    assert "17/05/2014" in dialog.problem.text() and dialog.first_name.text() == "Léa"

    dialog.confirm.setChecked(True)
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.reload_count == 1)
    added = [p for p in window.detail.summary.persons if p.last_name == "Tavarès"]
    assert len(added) == 1 and added[0].birth_date == date(2014, 5, 17)
    assert added[0].person_id in window.genogram.nodes


def test_link_needs_two_persons_and_print_can_be_cancelled(
        qtbot: QtBot, agent: ServiceContext, operations: StoreOperations,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened = open_case(agent, OpenCaseInput(
        office_code=OFFICE, persons=(PersonInput(PersonRole.CHILD, "Noé", "Schmit"),),
        request=RequestInput(TODAY, RequestChannel.TELEPHONE_PERMANENCE, RequesterKind.CHILD,
                             "Écoute demandée"), opened_on=TODAY), today=TODAY)
    window = DossierWindow(load_dossier_detail(agent, opened.case_id), operations, agent)
    qtbot.addWidget(window)
    window.show()
    window.link_button.click()
    assert window.dialogs == [] and window.message.isVisible()
    assert window.ecomap.names == []

    monkeypatch.setattr(printing.QPrintDialog, "exec",
                        lambda _self: printing.QPrintDialog.DialogCode.Rejected)
    window.tabs.setCurrentWidget(window.genogram_view)
    assert printing.print_scene(window.genogram, window) is False
