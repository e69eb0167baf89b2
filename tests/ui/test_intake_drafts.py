"""Several intakes wait side by side at the permanence: each keeps its own draft, is listed
when the agent starts a new dossier, continued where it stopped, or dropped."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services.base.context import ServiceContext
from app.services.base.drafts import list_drafts
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QLineEdit
from ui.wizards.intake_drafts import IntakeDraftsDialog
from ui.wizards.opening import OpeningWizard


def _typed_intake(qtbot: QtBot, window: MainWindow, operations: StoreOperations,
                  name: str) -> OpeningWizard:
    qtbot.waitUntil(lambda: len(window.wizards) == 1)
    wizard = window.wizards[0]
    assert isinstance(wizard, OpeningWizard)
    field = wizard.findChild(QLineEdit, "requester_name")
    assert field is not None
    field.setText(name)
    wizard.close()  # a call cut short: the draft is saved on close
    window.wizards.clear()
    operations.wait()
    return wizard


def test_two_intakes_wait_and_each_resumes_with_its_own_typing(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = sign_in_local_agent(prepare_store(ServiceContext(store)) or ServiceContext(store),
                                "agent.accueil", "Agent Accueil", OFFICE)
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()

    window.new_dossier()  # nothing waits: the wizard opens on a new intake
    first = _typed_intake(qtbot, window, operations, "Mme Tavares (téléphone)")
    window.new_dossier()
    qtbot.waitUntil(lambda: window.intake_dialog is not None)
    dialog = window.intake_dialog
    assert isinstance(dialog, IntakeDraftsDialog) and dialog.list.count() == 1
    assert "Mme Tavares (téléphone)" in dialog.list.item(0).text()
    dialog.new_button.click()
    second = _typed_intake(qtbot, window, operations, "M. Hoffmann (permanence)")
    assert second.draft_key != first.draft_key
    assert len(list_drafts(agent, OpeningWizard.WIZARD)) == 2

    window.new_dossier()
    qtbot.waitUntil(lambda: window.intake_dialog is not dialog
                    and window.intake_dialog is not None)
    chooser = window.intake_dialog
    assert chooser is not None and chooser.list.count() == 2
    titles = [chooser.list.item(row).text() for row in range(2)]
    chooser.list.setCurrentRow(next(row for row, title in enumerate(titles)
                                    if "Tavares" in title))
    chooser.continue_button.click()
    qtbot.waitUntil(lambda: len(window.wizards) == 1)
    resumed = window.wizards[0]
    field = resumed.findChild(QLineEdit, "requester_name")
    assert field is not None and field.text() == "Mme Tavares (téléphone)"
    assert resumed.draft_key == first.draft_key
    resumed.close()
    window.wizards.clear()
    operations.wait()

    window.new_dossier()
    qtbot.waitUntil(lambda: window.intake_dialog is not chooser
                    and window.intake_dialog is not None)
    dropping = window.intake_dialog
    assert dropping is not None
    row = next(row for row in range(dropping.list.count())
               if "Hoffmann" in dropping.list.item(row).text())
    dropping.list.setCurrentRow(row)
    dropping.drop_button.click()  # asks first
    assert dropping.confirm_drop.isVisible() and dropping.list.count() == 2
    dropping.drop_button.click()
    operations.wait()
    assert [d.fields["requester_name"] for d in list_drafts(agent, OpeningWizard.WIZARD)] == [
        "Mme Tavares (téléphone)"]
