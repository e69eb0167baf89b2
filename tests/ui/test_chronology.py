"""The dossier's chronology tab: there after the family tabs, filtered by kind and by person,
printed through the preview with the filter shown."""

from __future__ import annotations

import subprocess

from pytestqt.qtbot import QtBot

from app.services.base.context import ServiceContext
from app.services.dossier.chronology import ChronologyKind
from app.services.dossier.detail import load_dossier_detail
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.chronology_family import chronicled
from tests.app.services.family import OFFICE
from ui.documents.preview import DocumentPreview
from ui.dossier.chronology import ChronologyPage
from ui.dossier_window import DossierWindow
from ui.operations import StoreOperations
from ui.qt import QComboBox, QLabel, QTableView


def _agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.chronologie", "Agent Chronologie", OFFICE)


def _column(page: ChronologyPage, column: int) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == data))


def test_the_chronology_tab_filters_and_prints(qtbot: QtBot, store: Store,
                                               operations: StoreOperations,
                                               french: None) -> None:
    agent = _agent(store)
    done = chronicled(agent)
    family = done.family
    window = DossierWindow(load_dossier_detail(agent, family.case_id), operations, agent)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    index = titles.index("Chronologie")
    assert titles[index - 1].startswith("Écocarte") and titles[index + 1].startswith("Demandes")
    window.tabs.setCurrentIndex(index)
    page = window.tabs.currentWidget()
    assert isinstance(page, ChronologyPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    everything = page.model.rowCount()
    kinds = _column(page, 1)
    assert "Dossier ouvert" in kinds and "Signature donnée" in kinds and "Mesure retirée" in kinds
    assert kinds.index("Dossier ouvert") < kinds.index("Dossier clôturé")
    assert "Chronologie" not in kinds
    assert not page.table.tabKeyNavigation()
    captions = {label.buddy(): label.text() for label in page.findChildren(QLabel)
                if label.buddy() is not None}
    assert captions[page.kind] == "&Événement\u00a0:"
    assert captions[page.person] == "&Concernant\u00a0:"

    _choose(page.kind, ChronologyKind.SIGNATURE_GIVEN)
    assert _column(page, 1) == ["Signature donnée", "Signature donnée"]
    _choose(page.person, family.father)
    assert _column(page, 2) == ["Jeff Weber"]
    assert "parent" in _column(page, 3)[0] and "version 1" in _column(page, 3)[0]
    _choose(page.kind, None)
    father = _column(page, 1)
    assert "Fin de l’autorité parentale" in father and "Contact" not in father
    _choose(page.person, None)
    assert page.model.rowCount() == everything

    _choose(page.kind, ChronologyKind.CONTACT)
    assert page.print_button.isEnabled()
    page.print_button.click()
    assert window.documents is not None
    preview = window.documents.previews[-1]
    assert isinstance(preview, DocumentPreview)
    qtbot.waitUntil(lambda: bool(preview.pages), timeout=20_000)
    text = " ".join(subprocess.run(["pdftotext", "-", "-"], input=preview.pdf,
                                   capture_output=True, check=True).stdout.decode().split())
    assert "Chronologie du dossier" in text and "Filtre : Contact" in text
    assert "Visite à domicile" in text and "Dossier ouvert" not in text
    window.close()
    assert operations.wait()


def test_without_the_store_the_tab_stays_empty(qtbot: QtBot, store: Store,
                                               french: None) -> None:
    agent = _agent(store)
    done = chronicled(agent)
    window = DossierWindow(load_dossier_detail(agent, done.family.case_id))
    qtbot.addWidget(window)
    assert window.tabs.count() > 1  # every tab built (after the overview, in the next turn)
    page = window.findChild(ChronologyPage)
    assert isinstance(page, ChronologyPage)
    window.tabs.setCurrentWidget(page)
    window.show()
    assert page.model.rowCount() == 0 and not page.print_button.isEnabled()
    assert isinstance(page.table, QTableView)
