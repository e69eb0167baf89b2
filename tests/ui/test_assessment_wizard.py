"""Step 2 wizard: several SMART objectives, each for a child, in one pass; a closed wizard
comes back from its draft with every objective block; finishing records everything at once."""

from __future__ import annotations

import uuid
from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import Objective, PersonRole
from app.services.base.context import ServiceContext
from app.services.base.drafts import load_draft
from app.services.caseload.listing import get_dossier
from app.services.dossier.opening import PersonInput, add_person
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.operations import StoreOperations
from ui.qt import QLabel, QWizard
from ui.wizards.assessment import AssessmentWizard, ObjectiveSlot
from ui.wizards.draft_wizard import DraftWizard


def _agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.ui", "Agent UI", OFFICE)


def _launch(qtbot: QtBot, operations: StoreOperations, agent: ServiceContext,
            case_id: uuid.UUID) -> AssessmentWizard:
    opened: list[DraftWizard] = []
    AssessmentWizard.launch(operations, agent, case_id, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    wizard = opened[0]
    assert isinstance(wizard, AssessmentWizard)
    qtbot.addWidget(wizard)
    return wizard


def _fill(slot: ObjectiveSlot, person: uuid.UUID, wording: str) -> None:
    slot.person.setCurrentIndex(slot.person.findData(person.hex))
    slot.wording.setText(wording)
    slot.indicator.setText("Chaque semaine, noté par l'école")
    slot.accepted_by.setText("L'enfant et sa mère")
    slot.realism.setText("La grand-mère aide le soir")


def test_several_objectives_for_two_children_are_resumed_then_recorded_at_once(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    family = Family.open(agent, date.today()).analyse()
    tiago = add_person(agent, family.case_id, PersonInput(
        PersonRole.CHILD, "Tiago", "Tavares", date(2016, 8, 1)), confirmed_new=True)
    wizard = _launch(qtbot, operations, agent, family.case_id)
    for person in (family.child, tiago):
        for name in ("difficulties", "resources", "needs", "own_view"):
            wizard._fields[f"{person.hex}.{name}"].setPlainText(f"{name} {person.hex[:4]}")
    wizard.next()
    wizard.next()
    assert len(wizard.slots) == 2  # one block per child to start with, each for its child
    assert [s.person.currentData() for s in wizard.slots] == [family.child.hex, tiago.hex]
    for slot in wizard.slots:  # "For" is a labelled combo (screen readers, Alt+letter)
        caption = slot.box.layout().labelForField(slot.person)
        assert isinstance(caption, QLabel) and caption.buddy() is slot.person
        assert caption.text() == "&Pour"
    _fill(wizard.slots[0], family.child, "Léa va à l'école chaque matin")
    wizard.slots[1].wording.setText("Tiago")
    assert "Spécifique" in wizard.slots[1].smart_check.text()
    _fill(wizard.slots[1], tiago, "Tiago dort dans son lit chaque nuit")
    assert wizard.slots[1].smart_check.text() == ""
    wizard.add_objective_button.click()
    _fill(wizard.slots[2], family.child, "Léa fait ses devoirs avec sa grand-mère")
    qtbot.waitUntil(lambda: wizard.saved_count >= 1, timeout=5_000)
    wizard.close()
    assert operations.wait()
    draft = load_draft(agent, AssessmentWizard.WIZARD, family.case_id)
    assert draft is not None
    assert draft.fields["objective.2.wording"] == "Léa fait ses devoirs avec sa grand-mère"

    again = _launch(qtbot, operations, agent, family.case_id)
    assert len(again.slots) == 3
    assert [s.wording.text() for s in again.slots] == [
        "Léa va à l'école chaque matin", "Tiago dort dans son lit chaque nuit",
        "Léa fait ses devoirs avec sa grand-mère"]
    assert [s.person.currentData() for s in again.slots] == [
        family.child.hex, tiago.hex, family.child.hex]
    while again.nextId() != -1:
        again.next()
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again.button(QWizard.WizardButton.FinishButton).click()
    assert again.step_outcome is not None and again.step_outcome.moved
    assert not again.step_outcome.stays_because
    with agent.reading() as session:
        kept = {(o.wording, o.person_id) for o in session.scalars(select(Objective))}
    assert kept == {("Léa va à l'école chaque matin", family.child),
                    ("Tiago dort dans son lit chaque nuit", tiago),
                    ("Léa fait ses devoirs avec sa grand-mère", family.child)}
    assert get_dossier(agent, family.case_id).row.current_step == 3
    assert load_draft(agent, AssessmentWizard.WIZARD, family.case_id) is None


def test_a_bad_objective_keeps_the_wizard_open_and_records_nothing(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    family = Family.open(agent, date.today()).analyse()
    wizard = _launch(qtbot, operations, agent, family.case_id)
    wizard.next()
    wizard.slots[0].wording.setText("Léa va à l'école chaque matin")  # nothing else
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.problems.isVisible(), timeout=10_000)
    assert "Mesurable" in wizard.problems.text() and wizard.isVisible()
    assert wizard.slots[0].wording.text() == "Léa va à l'école chaque matin"
    with agent.reading() as session:
        assert session.scalars(select(Objective)).first() is None
    assert get_dossier(agent, family.case_id).row.current_step == 2
