"""Step 4: Next pressed twice on the version page freezes one version, and the draft is gone
once the wizard is finished (a late answer saved it again: the next opening froze yet another
version)."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from app.domain import EvaluationOutcome
from app.services.base.context import ServiceContext
from app.services.base.drafts import load_draft
from app.services.dossier.detail import load_dossier_detail
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.evaluation import (
    AppraisalInput,
    EvaluationInput,
    ProgressInput,
    record_evaluation,
)
from app.store.store import Store
from tests.app.services.family import OFFICE, Family, validator_context
from ui.operations import StoreOperations
from ui.qt import QComboBox, QLineEdit, QWizard
from ui.wizards.draft_wizard import DraftWizard
from ui.wizards.plan import PlanWizard


def test_next_twice_freezes_one_version_and_finishing_leaves_no_draft(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.gel", "Agent Gel", OFFICE)
    family = Family.open(agent, date.today()).analyse().assess().plan()
    opened: list[DraftWizard] = []
    PlanWizard.launch(operations, agent, family.case_id, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    wizard = opened[0]
    assert isinstance(wizard, PlanWizard)
    qtbot.addWidget(wizard)
    capable = wizard._fields[f"discernment.{family.child.hex}.capable"]
    reason = wizard._fields[f"discernment.{family.child.hex}.reason"]
    assert isinstance(capable, QComboBox) and isinstance(reason, QLineEdit)
    capable.setCurrentIndex(capable.findData("no"))
    reason.setText("Trop jeune")
    wizard.next()
    assert wizard.currentPage() is wizard.freeze_page
    wizard.next()
    wizard.next()  # impatient: the first freeze is still on the store lane
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.signature_page, timeout=10_000)
    while wizard.nextId() != -1:  # nobody signed yet: on to the end at once
        wizard.next()
    with qtbot.waitSignal(wizard.accepted, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert operations.wait()
    qtbot.wait(50)
    assert operations.wait()
    assert [v.number for v in load_dossier_detail(agent, family.case_id).plan_versions] == [1]
    assert load_draft(agent, PlanWizard.WIZARD, family.case_id) is None


def test_after_an_evaluation_that_rewrites_the_plan_the_new_version_is_already_chosen(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.revue", "Agent Revue", OFFICE)
    family = Family.open(agent, date.today() - timedelta(days=90)).analyse().assess().plan()
    family.in_force(validator_context(agent))

    def wizard() -> PlanWizard:
        opened: list[DraftWizard] = []
        PlanWizard.launch(operations, agent, family.case_id, opened.append)
        qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
        found = opened[0]
        assert isinstance(found, PlanWizard)
        qtbot.addWidget(found)
        return found

    untouched = wizard()
    assert not untouched.new_version.isChecked()  # changing a plan in force is a choice
    untouched.close()
    assert family.objective is not None and family.measure is not None
    record_evaluation(agent, family.case_id, EvaluationInput(
        date.today(), EvaluationOutcome.REWRITE_PLAN,
        (ProgressInput(family.objective, 1, "Peu de progrès"),),
        (AppraisalInput(family.measure, 2, 2, "Trop peu d'heures"),),
        "Réécrire les objectifs"))
    assert wizard().new_version.isChecked()  # the evaluation made it
