"""One synthetic family through the real window: open the dossier, fill the family, walk the 8
steps with two plan versions (an evaluation sends it back to planning), and close it.

Everything is typed into the real wizards; only the ONE's validation, which happens on the
validator's side, goes through its service.
"""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import AgentTask, PlanState
from app.services.base.context import ServiceContext
from app.services.caseload.listing import CaseloadRow, list_caseload
from app.services.dossier.detail import load_dossier_detail
from app.services.one.network import ProviderInput, register_provider
from app.services.plan.versions import validate_plan
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, validator_context
from tests.ui.conftest import type_text
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWizard
from ui.wizards.draft_wizard import DraftWizard
from ui.wizards.plan import PlanWizard


@pytest.fixture
def window(qtbot: QtBot, operations: StoreOperations, french: None) -> MainWindow:
    main = MainWindow(operations, lambda: None)
    qtbot.addWidget(main)
    return main


def _agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.walk", "Agent Walk", OFFICE)


def _opened(qtbot: QtBot, window: MainWindow, count: int) -> DraftWizard:
    qtbot.waitUntil(lambda: len(window.wizards) == count, timeout=10_000)
    return window.wizards[-1]  # the window owns it and deletes it once finished


def _field(wizard: DraftWizard, name: str) -> object:
    widget = wizard._fields[name]
    return widget


def _set(wizard: DraftWizard, name: str, value: object) -> None:
    """Set a field the way the agent would, by its tracked name."""
    widget = wizard._fields[name]
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        assert index >= 0, (name, value)
        widget.setCurrentIndex(index)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    else:
        raise AssertionError(name)


def _finish(qtbot: QtBot, wizard: DraftWizard) -> None:
    while wizard.nextId() != -1:
        before = wizard.currentId()
        wizard.next()
        qtbot.waitUntil(lambda b=before: wizard.currentId() != b, timeout=10_000)
    finished: list[bool] = []
    wizard.accepted.connect(lambda: finished.append(True))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(finished) or wizard.problems.isVisible(), timeout=10_000)
    assert finished, wizard.problems.text()


def _row(qtbot: QtBot, window: MainWindow, agent: ServiceContext) -> CaseloadRow:
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.table.selectRow(0)
    return window.model.row_at(0)


def _work(qtbot: QtBot, window: MainWindow, agent: ServiceContext, step: int) -> DraftWizard:
    _row(qtbot, window, agent)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1
                    and window.model.row_at(0).current_step == step, timeout=10_000)
    window.table.selectRow(0)
    count = len(window.wizards)
    window.step_action.trigger()
    return _opened(qtbot, window, count + 1)


def test_a_family_walks_the_eight_steps_in_the_window(
    qtbot: QtBot, store: Store, window: MainWindow,
) -> None:
    agent = _agent(store)
    window.attach(agent)
    home = register_provider(agent, ProviderInput("Aide en famille Sud", "AGR-2019-044", None,
                                                  "Esch-sur-Alzette"))
    boarding = register_provider(agent, ProviderInput("Internat socio-éducatif Sud",
                                                      "AGR-2010-007", None, "Dudelange"))
    ends = date.today() + timedelta(days=30)  # approved at the start, not to the end
    ending = register_provider(agent, ProviderInput("Aide familiale Nord", "AGR-2020-3", ends,
                                                    "Diekirch", agrement_measures="h,i"))

    # Opening: the request and the family, names typed key by key (accents included).
    window.new_action.trigger()
    wizard = _opened(qtbot, window, 1)
    _set(wizard, "channel", "telephone_permanence")
    _set(wizard, "requester_kind", "parent")
    type_text(wizard._fields["what"], "Mme Ngô s'inquiète : Đức ne dort plus")
    wizard.next()
    for row, (role, first, last, born) in enumerate((
            ("parent", "Hélène", "Ngô", "12/06/1986"),
            ("child", "Đức", "Ngô", "03/02/2013"),
            ("child", "Zoé", "Ngô", "21/09/2016"))):
        _set(wizard, f"person.{row}.role", role)
        type_text(wizard._fields[f"person.{row}.first_name"], first)
        type_text(wizard._fields[f"person.{row}.last_name"], last)
        type_text(wizard._fields[f"person.{row}.birth_date"], born)
    _set(wizard, "requester_index", 0)
    wizard.next()
    _set(wizard, "tie.0.kind", "parent")
    _set(wizard, "tie.0.authority", True)
    _set(wizard, "tie.0.legal", True)
    _finish(qtbot, wizard)
    row = _row(qtbot, window, agent)
    assert row.family_name == "Ngô" and row.current_step == 1
    case_id = row.case_id
    persons = {p.first_name: p for p in load_dossier_detail(agent, case_id).summary.persons}
    assert set(persons) == {"Hélène", "Đức", "Zoé"}
    assert len(load_dossier_detail(agent, case_id).summary.relationships) == 2

    # Step 1: the working frame.
    wizard = _work(qtbot, window, agent, 1)
    type_text(wizard._fields["working_frame"], "Visites à domicile chaque quinzaine")
    _finish(qtbot, wizard)

    # Step 2: both children assessed in their own words, one SMART objective for Đức.
    wizard = _work(qtbot, window, agent, 2)
    for first in ("Đức", "Zoé"):
        key = persons[first].person_id.hex
        for name in ("difficulties", "resources", "needs", "own_view"):
            _set(wizard, f"{key}.{name}", f"{name} de {first}")
    _set(wizard, "objective.0.person", persons["Đức"].person_id.hex)
    _set(wizard, "objective.0.wording", "Đức dort chez lui chaque nuit")
    _set(wizard, "objective.0.indicator", "6 nuits sur 7 pendant un mois")
    _set(wizard, "objective.0.accepted_by", "Đức et sa mère")
    _set(wizard, "objective.0.realism", "Un rituel du soir est possible")
    _finish(qtbot, wizard)

    # Step 3: a home-help measure in hours, checked as typed (art. 11, 13, 15).
    wizard = _work(qtbot, window, agent, 3)
    wizard.next()
    _set(wizard, "beneficiary", persons["Đức"].person_id.hex)
    _set(wizard, "measure", "i")
    _set(wizard, "provider", home.hex)
    assert "objectif" in wizard.rules.text()
    for name in wizard._fields:
        if name.startswith("objective."):
            _set(wizard, name, True)
    type_text(wizard._fields["quantity"], "60")
    assert wizard.rules.text() == ""
    _set(wizard, "provider", ending.hex)  # warned as chosen: its agrément ends first
    assert ends.strftime("%d/%m/%Y") in wizard.rules.text()
    assert "(art. 13)" in wizard.rules.text()
    _set(wizard, "provider", home.hex)
    assert wizard.rules.text() == ""
    _finish(qtbot, wizard)

    # Step 4: discernment, version 1 frozen, signed at the kitchen table.
    wizard = _work(qtbot, window, agent, 4)
    assert isinstance(wizard, PlanWizard)
    _set(wizard, f"discernment.{persons['Đức'].person_id.hex}.capable", "yes")
    _set(wizard, f"discernment.{persons['Đức'].person_id.hex}.reason", "13 ans, s'exprime")
    _set(wizard, f"discernment.{persons['Zoé'].person_id.hex}.capable", "no")
    _set(wizard, f"discernment.{persons['Zoé'].person_id.hex}.reason", "10 ans, trop jeune")
    wizard.next()
    wizard.next()  # freezes on the store lane, then moves on
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.signature_page, timeout=10_000)
    signers = {name.split(".")[1] for name in wizard._fields if name.endswith(".signed")}
    assert signers == {persons["Hélène"].person_id.hex, persons["Đức"].person_id.hex}
    for hex_id in signers:
        _set(wizard, f"signature.{hex_id}.signed", True)
        _set(wizard, f"signature.{hex_id}.place", "Domicile, Esch")
    _finish(qtbot, wizard)
    assert window.notice is not None and "(art. 4)" in window.notice.text()
    window.notice.close()
    first = load_dossier_detail(agent, case_id).plan_versions[0]
    assert first.state == PlanState.SIGNED
    assert validate_plan(validator_context(agent), first.version_id,
                         date.today()) is PlanState.IN_FORCE
    _finish(qtbot, _work(qtbot, window, agent, 4))  # in force now: on to step 5

    # Step 5: the measure starts; on to coordination.
    wizard = _work(qtbot, window, agent, 5)
    measure = load_dossier_detail(agent, case_id).measures[0]
    _set(wizard, f"measure.{measure.measure_id.hex}.started", True)
    _set(wizard, "next_step", 6)
    _finish(qtbot, wizard)

    # Step 6: a case conference and a contact; on to evaluation.
    wizard = _work(qtbot, window, agent, 6)
    _set(wizard, "conference.place", "Bureau régional Sud")
    _set(wizard, "conference.participants", "Hélène Ngô, mère\nMme Weber, école")
    _set(wizard, "conference.minutes", "Les nuits restent difficiles")
    _set(wizard, "conference.decisions", "Le bilan va au SCAS")
    _set(wizard, "conference.task", "Envoyer le bilan au SCAS")
    _set(wizard, "contact.with_whom", "Mme Weber")
    _set(wizard, "contact.summary", "Đức arrive reposé deux jours sur cinq")
    _set(wizard, "next_step", 7)
    _finish(qtbot, wizard)

    # Step 7: the evaluation asks for another measure: back to step 3.
    wizard = _work(qtbot, window, agent, 7)
    objective = load_dossier_detail(agent, case_id).objectives[0]
    _set(wizard, f"objective.{objective.objective_id.hex}.progress", 1)
    _set(wizard, f"measure.{measure.measure_id.hex}.efficacy", 2)
    _set(wizard, f"measure.{measure.measure_id.hex}.efficiency", 3)
    _set(wizard, "outcome", "replan_measures")
    _set(wizard, "proposals", "Ajouter un internat en semaine")
    _finish(qtbot, wizard)

    # Step 3 again, from the first plan's measure: a boarding placement is added.
    wizard = _work(qtbot, window, agent, 3)
    assert "i) " in wizard.findChild(QLabel, "plannedMeasures").text()
    wizard.next()
    _set(wizard, "beneficiary", persons["Đức"].person_id.hex)
    _set(wizard, "measure", "a1")
    _set(wizard, "provider", boarding.hex)
    for name in list(wizard._fields):
        if name.startswith("objective."):
            _set(wizard, name, True)
    _set(wizard, "quantity", "90")
    _finish(qtbot, wizard)

    # Step 4 again: version 2 carries both measures; the same two sign it.
    wizard = _work(qtbot, window, agent, 4)
    wizard.next()
    # Evaluated the day the version took effect: whether it changes that version is the
    # agent's choice (after that day, the evaluation makes it; see test_plan_freeze_once).
    assert wizard.new_version.isVisible() and not wizard.new_version.isChecked()
    _set(wizard, "new_version", True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.signature_page, timeout=10_000)
    for hex_id in signers:
        _set(wizard, f"signature.{hex_id}.signed", True)
    _finish(qtbot, wizard)
    assert window.notice is not None
    window.notice.close()
    versions = load_dossier_detail(agent, case_id).plan_versions
    assert [v.number for v in versions] == [2, 1]
    assert validate_plan(validator_context(agent), versions[0].version_id,
                         date.today()) is PlanState.IN_FORCE
    _finish(qtbot, _work(qtbot, window, agent, 4))

    # Step 7 concludes to close; the closure wizard opens by itself (step 8).
    wizard = _work(qtbot, window, agent, 5)
    _set(wizard, "next_step", 7)
    _finish(qtbot, wizard)
    wizard = _work(qtbot, window, agent, 7)
    _set(wizard, f"objective.{objective.objective_id.hex}.progress", 4)
    _set(wizard, "outcome", "close")
    _set(wizard, "proposals", "Clôturer : Đức dort chez lui")
    count = len(window.wizards)
    _finish(qtbot, wizard)
    closure = _opened(qtbot, window, count)
    _set(closure, "reason", "objectives_reached")
    _set(closure, "final_evaluation", "Đức dort chez lui ; la famille n'a plus besoin d'aide")
    _finish(qtbot, closure)
    # The dossier leaves the caseload: its closure letter comes to the screen at once.
    qtbot.waitUntil(lambda: bool(window.office_documents.previews)
                    and bool(window.office_documents.previews[-1].pages), timeout=20_000)
    letter = window.office_documents.previews[-1]
    assert "Đức" in subprocess.run(["pdftotext", "-", "-"], input=letter.pdf,
                                   capture_output=True, check=True).stdout.decode()

    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=10_000)
    assert list_caseload(agent) == []
    detail = load_dossier_detail(agent, case_id)
    assert [(v.number, v.state) for v in detail.plan_versions] == [(2, "ended"),
                                                                    (1, "superseded")]
    assert {m.code for m in detail.measures} == {"i", "a1"}
    assert all(m.quantity in (Decimal(60), Decimal(90)) for m in detail.measures)
    assert len(detail.conferences) == 1 and len(detail.contacts) == 1
    with agent.reading() as session:  # the task the conference left, made from it
        [task] = session.scalars(select(AgentTask)).all()
    assert task.text == "Envoyer le bilan au SCAS" and task.from_conference_id is not None
    assert len(detail.evaluations) == 2
