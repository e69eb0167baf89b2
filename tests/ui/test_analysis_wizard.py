"""Step 1 wizard: typing is saved as a draft, resumed after closing, and finishing applies the
rules of art. 5 with their message."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.base.context import ServiceContext
from app.services.base.drafts import load_draft
from app.services.caseload.listing import get_dossier
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store, unlock_store
from tests.app.services.family import OFFICE, Family
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text
from ui.operations import StoreOperations
from ui.qt import QPlainTextEdit, QWizard
from ui.wizards.analysis import AnalysisWizard
from ui.wizards.assessment import AssessmentWizard
from ui.wizards.draft_wizard import DraftWizard


def _agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.ui", "Agent UI", OFFICE)


def _launch(qtbot: QtBot, operations: StoreOperations, agent: ServiceContext,
            family: Family) -> AnalysisWizard:
    opened: list[DraftWizard] = []
    AnalysisWizard.launch(operations, agent, family.case_id, opened.append)
    qtbot.waitUntil(lambda: bool(opened))
    wizard = opened[0]
    assert isinstance(wizard, AnalysisWizard)
    qtbot.addWidget(wizard)
    return wizard


def test_typing_is_kept_across_a_close_and_resumed_on_the_same_page(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    family = Family.open(agent, date.today(), court_proceedings_pending=True)
    wizard = _launch(qtbot, operations, agent, family)
    assert wizard.court_pending.isChecked()  # prefilled from the dossier
    type_text(wizard.working_frame, "Visites à domicile, école associée")
    wizard.next()
    type_text(wizard.judicial_reference, "TJ Diekirch 2026/77")
    qtbot.waitUntil(lambda: wizard.saved_count >= 1, timeout=5_000)
    wizard.close()
    assert operations.wait()
    draft = load_draft(agent, AnalysisWizard.WIZARD, family.case_id)
    assert draft is not None and draft.fields["judicial_reference"] == "TJ Diekirch 2026/77"

    again = _launch(qtbot, operations, agent, family)
    assert again.working_frame.toPlainText() == "Visites à domicile, école associée"
    assert again.currentId() == 1 and again.judicial_reference.text() == "TJ Diekirch 2026/77"


def test_finishing_lists_what_is_missing_then_moves_to_step_2(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    family = Family.open(agent, date.today(), court_proceedings_pending=True)
    wizard = _launch(qtbot, operations, agent, family)
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.problems.isVisible())
    message = wizard.problems.text()
    assert "cadre de travail" in message and "(art. 5)" in message
    assert wizard.isVisible()  # nothing lost: the wizard stays open with the typing

    wizard.back()
    wizard.judicial_reference.setText("TJ Diekirch 2026/77")
    wizard.back()
    wizard.working_frame.setPlainText("Visites à domicile toutes les deux semaines")
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert get_dossier(agent, family.case_id).row.current_step == 2
    assert load_draft(agent, AnalysisWizard.WIZARD, family.case_id) is None


def test_a_killed_app_leaves_the_draft_to_resume(
    qtbot: QtBot, store: Store, store_dir: Path, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    family = Family.open(agent, date.today())
    store.lock()
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("wizard_child.py")), str(store_dir),
         PASSPHRASE, str(family.case_id), "Rencontre à l'école chaque mois"],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "draft-saved"
    time.sleep(0.5)  # in the middle of further typing and saving
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)

    reopened = unlock_store(store_dir, PASSPHRASE, keyring_backend=None)
    try:
        agent = ServiceContext(reopened, agent.actor_id)
        wizard = _launch(qtbot, operations, agent, family)
        assert wizard.working_frame.toPlainText() == "Rencontre à l'école chaque mois"
        assert wizard.currentId() == 1
        wizard.close()
        assert operations.wait()
    finally:
        reopened.lock()


def test_the_assessment_wizard_checks_smart_as_typed_and_moves_to_planning(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    family = Family.open(agent, date.today()).analyse()
    opened: list[DraftWizard] = []
    AssessmentWizard.launch(operations, agent, family.case_id, opened.append)
    qtbot.waitUntil(lambda: bool(opened))
    wizard = opened[0]
    assert isinstance(wizard, AssessmentWizard)
    qtbot.addWidget(wizard)
    key = family.child.hex
    assert [p.first_name for p in wizard.beneficiaries] == ["Léa"]
    for name, text in (("difficulties", "Absences"), ("resources", "Sa grand-mère"),
                       ("needs", "Un cadre"), ("own_view", "« Je veux rester »")):
        field = wizard.findChild(QPlainTextEdit, f"{key}.{name}")
        assert field is not None
        field.setPlainText(text)
    wizard.next()
    [slot] = wizard.slots  # one block per beneficiary to start with
    assert slot.person.currentData() == family.child.hex
    type_text(slot.wording, "Léa va à l'école chaque matin")
    assert "Mesurable" in slot.smart_check.text()  # the rule speaks as the agent types
    slot.indicator.setText("Moins de 2 absences par mois")
    slot.accepted_by.setText("Léa et ses parents")
    slot.realism.setText("L'école est proche")
    assert slot.smart_check.text() == ""
    wizard.next()
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert get_dossier(agent, family.case_id).row.current_step == 3
