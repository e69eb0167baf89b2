"""Years of one family, by screens only: from the intake at the permanence to a closure and a
reopening, every step the agent takes goes through the real widgets, and at each point the
dossier's overview ("Synthèse") says what comes next, or which rule stops it with its article.

Only what the ONE's side provides goes through services: the validator's validation of a plan
version and a provider with an agrément (no screen of the CPI agent makes one).

Time: the screens ask ``date.today()`` (and the services they call default to it), so the story
runs on a story clock: ``date`` in the product's modules is replaced by a subclass whose
``today()`` is the story's day, moved forward between points. The story starts about
two years before the real today and ends before it, so every date typed is in the
story's past and before the real today too (the date fields' Qt maximum is the real
``QDate.currentDate()``); every date field is set to the story's day as the agent would.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.domain import PlanState, RequesterKind, ReviewRequestOutcome
from app.rules.next_action import NextActionKind
from app.rules.objectives import ObjectiveFate
from app.services.base.context import ServiceContext
from app.services.one.network import ProviderInput, register_provider
from app.services.plan.versions import validate_plan
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, validator_context
from ui.dossier.actions import (
    AnswerReviewDialog,
    ContactNoteDialog,
    NewRequestDialog,
    PlanReviewDialog,
    ReopenDialog,
    ReviewRequestDialog,
)
from ui.dossier.overview import OverviewPage
from ui.dossier.plan_items import MeasureDialog, MeasureFate, ObjectiveDialog
from ui.dossier_window import DossierWindow
from ui.family_map.corrections import ChangeLinkDialog, CorrectPersonDialog, LinkFate
from ui.family_map.dialogs import AddPersonDialog, LinkPersonsDialog
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWizard,
    is_alive,
)
from ui.wizards.assessment import AssessmentWizard
from ui.wizards.closure import ClosureWizard
from ui.wizards.draft_wizard import DraftWizard
from ui.wizards.opening import OpeningWizard
from ui.wizards.plan import PlanWizard

REAL_TODAY = date.today()
#: The intake, about two years and two months before the real today.
D0 = REAL_TODAY - timedelta(days=800)
#: Inês is 17 at the intake and turns 18 on day 300 of the story.
INES_18 = D0 + timedelta(days=300)
INES_BORN = date(INES_18.year - 18, INES_18.month, INES_18.day) if (
    INES_18.month, INES_18.day) != (2, 29) else date(INES_18.year - 18, 3, 1)


def _years_before(day: date, years: int) -> date:
    return day.replace(year=day.year - years) if (day.month, day.day) != (2, 29) \
        else date(day.year - years, 2, 28)


TOMAS_BORN = _years_before(D0 - timedelta(days=100), 11)
BEA_BORN = _years_before(D0 - timedelta(days=40), 6)


class _AnyDate(type):
    """``isinstance(x, date)`` in the product still holds for every date."""

    def __instancecheck__(cls, instance: object) -> bool:
        return isinstance(instance, date)

    def __subclasscheck__(cls, subclass: type) -> bool:
        return issubclass(subclass, date)


class StoryDay(date, metaclass=_AnyDate):
    """``date`` as the product's modules see it: ``today()`` is the story's day; every date
    it makes is a plain ``date`` (stored and serialised as usual)."""

    current: date = D0

    def __new__(cls, *args: int, **kwargs: int) -> date:  # type: ignore[misc]
        return date(*args, **kwargs)

    @classmethod
    def today(cls) -> date:
        return cls.current


@pytest.fixture
def story_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[StoryDay]]:
    StoryDay.current = D0
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in ("app", "ui") and getattr(module, "date", None) is date:
            monkeypatch.setattr(module, "date", StoryDay)
    yield StoryDay


def _day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


# ---- driving the screens -------------------------------------------------------------------

def _set(wizard: DraftWizard, name: str, value: object) -> None:
    """Set a wizard field the way the agent would, by its tracked name."""
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
    elif isinstance(widget, QDateEdit):
        assert isinstance(value, date)
        widget.setDate(_qdate(value))
    else:
        raise AssertionError(name)


def _dates(wizard: DraftWizard, on: date) -> None:
    """Every date of the wizard on the story's day (they open on the real today)."""
    for name, widget in wizard._fields.items():
        if isinstance(widget, QDateEdit) and not name.endswith("due_on") \
                and name != "ends_on":
            widget.setDate(_qdate(on))


def _finish(qtbot: QtBot, wizard: DraftWizard) -> None:
    while wizard.nextId() != -1:
        before = wizard.currentId()
        wizard.next()
        qtbot.waitUntil(lambda b=before: wizard.currentId() != b  # type: ignore[misc]
                        or wizard.problems.isVisible(), timeout=10_000)
        assert not wizard.problems.isVisible(), wizard.problems.text()
    finished: list[bool] = []
    wizard.accepted.connect(lambda: finished.append(True))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(finished) or wizard.problems.isVisible(), timeout=10_000)
    assert finished, wizard.problems.text()


def _new_wizard(qtbot: QtBot, window: MainWindow, count: int) -> DraftWizard:
    qtbot.waitUntil(lambda: len(window.wizards) == count, timeout=10_000)
    return window.wizards[-1]


def _overview(dossier: DossierWindow) -> OverviewPage:
    page = dossier.overview
    assert page is not None
    return page


def _rules(dossier: DossierWindow) -> list[str]:
    return [line.text().replace("\u00a0", " ") for line in _overview(dossier).unmet_labels]


def _expect(dossier: DossierWindow, kind: NextActionKind, text: str, button: str,
            *articles: str) -> list[str]:
    """The overview's next action, its button, and the articles its rules cite."""
    page = _overview(dossier)
    rules = _rules(dossier)
    assert page.overview.next_action.kind is kind, (page.overview.next_action, rules)
    assert page.action_text.text() == text
    assert page.action_button.text() == button
    cited = [u.article for u in page.overview.next_action.unmet if u.article]
    assert cited == list(articles), rules
    for article in articles:
        assert any(f"({article})" in rule for rule in rules), rules
    return rules


def _step_from_overview(qtbot: QtBot, window: MainWindow, dossier: DossierWindow) -> DraftWizard:
    """The overview's button opens the step's wizard."""
    count = len(window.wizards)
    page = _overview(dossier)
    assert page.action_button.isEnabled()
    page.action_button.click()
    return _new_wizard(qtbot, window, count + 1)


def _reloaded(qtbot: QtBot, dossier: DossierWindow, before: int) -> None:
    qtbot.waitUntil(lambda: dossier.reload_count > before, timeout=10_000)


def _finish_and_reload(qtbot: QtBot, dossier: DossierWindow, wizard: DraftWizard) -> None:
    before = dossier.reload_count
    _finish(qtbot, wizard)
    _reloaded(qtbot, dossier, before)


def _save(qtbot: QtBot, dossier: DossierWindow, dialog: object) -> None:
    """OK; the dialog closes (and is deleted) once saved, the window reloads."""
    before = dossier.reload_count

    def refused() -> bool:
        return is_alive(dialog) and dialog.problem.isVisible()  # type: ignore[attr-defined]

    dialog.ok.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dossier.reload_count > before or refused(), timeout=10_000)
    assert not refused(), dialog.problem.text()  # type: ignore[attr-defined]


def _table(dossier: DossierWindow, title: str) -> QTableWidget:
    for index in range(dossier.tabs.count()):
        if dossier.tabs.tabText(index).startswith(title):
            table = dossier.tabs.widget(index)
            assert isinstance(table, QTableWidget)
            return table
    raise AssertionError(f"no tab {title}")


def _row_of(table: QTableWidget, column: int, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, column).text() == text)


def _enter(table: QTableWidget, row: int) -> None:
    table.activated.emit(table.model().index(row, 0))


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _correction(dossier: DossierWindow, text: str) -> None:
    """An entry of the dossier's Correct… menu, by its French text."""
    assert dossier.correct_button.menu() is dossier.corrections_menu
    entries = {a.text().replace("&", ""): a for a in dossier.corrections_menu.actions()}
    assert text in entries, list(entries)
    count = len(dossier.dialogs)
    entries[text].trigger()
    assert len(dossier.dialogs) == count + 1, dossier.message.text()


def _persons(dossier: DossierWindow) -> dict[str, uuid.UUID]:
    return {p.first_name: p.person_id for p in dossier.detail.summary.persons}


# ---- the story -----------------------------------------------------------------------------

@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.annees", "Agent Années", OFFICE)


def test_years_of_a_family_by_screens_only(
    qtbot: QtBot, operations: StoreOperations, agent: ServiceContext, french: None,
    story_clock: type[StoryDay],
) -> None:
    clock = story_clock
    validator = validator_context(agent)
    # The ONE's side: an approved home-help service and a day centre.
    home = register_provider(agent, ProviderInput("Aide en famille Sud", "AGR-2019-044", None,
                                                  "Esch-sur-Alzette"))
    day_centre = register_provider(agent, ProviderInput("Foyer de jour Minett", "AGR-2012-015",
                                                        None, "Differdange"))
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.show()

    # 1. Intake at the permanence, through "New dossier".
    window.new_action.trigger()
    wizard = _new_wizard(qtbot, window, 1)
    assert isinstance(wizard, OpeningWizard)
    _set(wizard, "received_on", D0)
    _set(wizard, "channel", "telephone_permanence")
    _set(wizard, "requester_kind", "parent")
    _set(wizard, "what", "Mme Carvalho appelle : Tomás ne va plus à l'école, Inês fugue")
    wizard.next()
    family = (("parent", "Mariana", "Carvalhp", "12/06/1984"),  # the typo, corrected below
              ("parent", "Rui", "Carvalho", "03/11/1981"),
              ("child", "Tomás", "Carvalho", _day(TOMAS_BORN)),
              ("child", "Inês", "Carvalho", _day(INES_BORN)))
    for row, (role, first, last, born) in enumerate(family):
        _set(wizard, f"person.{row}.role", role)
        _set(wizard, f"person.{row}.first_name", first)
        _set(wizard, f"person.{row}.last_name", last)
        _set(wizard, f"person.{row}.birth_date", born)
    _set(wizard, "requester_index", 0)
    assert wizard.persons_check.text() == ""
    wizard.next()
    for row in (0, 1):  # mother and father: both hold parental authority
        _set(wizard, f"tie.{row}.kind", "parent")
        _set(wizard, f"tie.{row}.authority", True)
        _set(wizard, f"tie.{row}.legal", True)
    _finish(qtbot, wizard)
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    case_id = window.model.row_at(0).case_id
    window.table.activated.emit(window.proxy.index(0, 0))
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1, timeout=10_000)
    dossier = window.dossier_windows[0]
    assert dossier.tabs.tabText(0) == "Synthèse" and dossier.tabs.currentWidget() is \
        dossier.overview
    people = _persons(dossier)
    assert set(people) == {"Mariana", "Rui", "Tomás", "Inês"}
    ages = {m.name: m.age for m in _overview(dossier).overview.family}
    assert ages["Inês Carvalho"] == 17 and ages["Tomás Carvalho"] == 11
    rules = _expect(dossier, NextActionKind.COMPLETE_ANALYSIS,
                    "Compléter l’analyse de la situation",
                    "Travailler sur l’étape 1 · Analyse de la situation…")
    assert rules == ["• Décrivez le cadre de travail convenu avec la famille et les "
                     "intervenants."]
    [request] = _overview(dossier).overview.requests  # the request, as received
    assert (request.on, request.who) == (D0, "Mariana Carvalhp")
    assert "Tomás ne va plus à l'école" in request.what

    # 2. A typo in the mother's name, an address and a phone: Correct… → a person's details.
    _correction(dossier, "Les données d’une personne…")
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, CorrectPersonDialog)
    _choose(dialog.person, str(people["Mariana"]))
    assert dialog.last_name.text() == "Carvalhp"
    dialog.last_name.setText("Carvalho")
    dialog.street.setText("7, rue du Brill")
    dialog.postal_code.setText("L-4041")
    dialog.locality.setText("Esch-sur-Alzette")
    dialog.phone.setText("+352 621 765 432")
    _save(qtbot, dossier, dialog)
    persons_tab = _table(dossier, "Famille")
    mother_row = _row_of(persons_tab, 0, "Mariana Carvalho")
    assert persons_tab.item(mother_row, 3).text() == "7, rue du Brill, L-4041 Esch-sur-Alzette"
    assert persons_tab.item(mother_row, 4).text() == "+352 621 765 432"
    _expect(dossier, NextActionKind.COMPLETE_ANALYSIS, "Compléter l’analyse de la situation",
            "Travailler sur l’étape 1 · Analyse de la situation…")

    # 3. A second child: Add a person, then Link two persons (mother and father).
    clock.current = D0 + timedelta(days=2)
    dossier.add_person_action.trigger()
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, AddPersonDialog)
    _choose(dialog.role, "child")
    dialog.first_name.setText("Beatriz")
    dialog.last_name.setText("Carvalho")
    dialog.birth_known.setChecked(True)
    dialog.birth_date.setDate(_qdate(BEA_BORN))
    _save(qtbot, dossier, dialog)
    people = _persons(dossier)
    for parent in ("Mariana", "Rui"):
        dossier.link_action.trigger()
        link = dossier.dialogs[-1]
        assert isinstance(link, LinkPersonsDialog)
        _choose(link.from_person, str(people[parent]))
        _choose(link.kind, "parent")
        _choose(link.to_person, str(people["Beatriz"]))
        link.authority.setChecked(True)
        link.representative.setChecked(True)
        _save(qtbot, dossier, link)
    assert sum(1 for r in dossier.detail.summary.relationships if r.current) == 6
    _expect(dossier, NextActionKind.COMPLETE_ANALYSIS, "Compléter l’analyse de la situation",
            "Travailler sur l’étape 1 · Analyse de la situation…")

    # 4. Steps 1 to 4 through their wizards, each opened by the overview's button.
    clock.current = D0 + timedelta(days=7)
    wizard = _step_from_overview(qtbot, window, dossier)
    _set(wizard, "working_frame", "Visites à domicile chaque semaine, école associée")
    _finish_and_reload(qtbot, dossier, wizard)
    _expect(dossier, NextActionKind.ASSESS, "Évaluer la situation et fixer les objectifs",
            "Travailler sur l’étape 2 · Évaluation globale…")

    wizard = _step_from_overview(qtbot, window, dossier)
    assert isinstance(wizard, AssessmentWizard)
    children = ("Tomás", "Inês", "Beatriz")
    for first in children:
        key = people[first].hex
        for name in ("difficulties", "resources", "needs", "own_view"):
            _set(wizard, f"{key}.{name}", f"{name} : {first}")
    wizard.next()
    wizard.next()
    # One objective block per child to start with, each for its child.
    assert sorted(s.person.currentData() for s in wizard.slots) == sorted(
        people[first].hex for first in children)
    wordings = {"Tomás": "Tomás va à l'école chaque matin",
                "Inês": "Inês dort à la maison chaque nuit",
                "Beatriz": "Beatriz dort dans son lit chaque nuit"}
    for slot in wizard.slots:
        first = next(f for f in children if people[f].hex == slot.person.currentData())
        slot.wording.setText(wordings[first])
        slot.indicator.setText("Noté chaque semaine avec la famille")
        slot.accepted_by.setText(f"{first} et sa mère")
        slot.realism.setText("La tante aide le soir")
    wizard.add_objective_button.click()  # a second objective for Tomás, in the same pass
    extra = wizard.slots[-1]
    _choose(extra.person, people["Tomás"].hex)
    extra.wording.setText("Tomás fait ses devoirs trois soirs par semaine")
    extra.indicator.setText("Cahier signé par la tante")
    extra.accepted_by.setText("Tomás et sa tante")
    extra.realism.setText("La tante est disponible le soir")
    _finish_and_reload(qtbot, dossier, wizard)
    assert {o.wording for o in dossier.detail.objectives} == {
        *wordings.values(), "Tomás fait ses devoirs trois soirs par semaine"}
    _expect(dossier, NextActionKind.PLAN_MEASURES, "Planifier les mesures d’aide",
            "Travailler sur l’étape 3 · Planification…")

    wizard = _step_from_overview(qtbot, window, dossier)
    wizard.next()
    _set(wizard, "beneficiary", people["Tomás"].hex)
    _set(wizard, "measure", "i")
    _set(wizard, "provider", home.hex)
    _set(wizard, "starts_on", D0 + timedelta(days=30))
    _set(wizard, "ends_on", D0 + timedelta(days=400))
    for name in list(wizard._fields):
        if name.startswith("objective."):
            _set(wizard, name, True)
    _set(wizard, "quantity", "60")
    assert wizard.rules.text() == ""  # type: ignore[attr-defined]
    _finish_and_reload(qtbot, dossier, wizard)
    _expect(dossier, NextActionKind.PREPARE_PLAN,
            "Préparer le projet d’intervention et l’imprimer pour signature",
            "Travailler sur l’étape 4 · Projet d’intervention…", "art. 4")

    clock.current = D0 + timedelta(days=14)
    wizard = _step_from_overview(qtbot, window, dossier)
    assert isinstance(wizard, PlanWizard)
    for first, able in (("Tomás", "yes"), ("Inês", "yes"), ("Beatriz", "no")):
        _set(wizard, f"discernment.{people[first].hex}.capable", able)
        _set(wizard, f"discernment.{people[first].hex}.reason", f"{first} : jugé en entretien")
    wizard.next()
    wizard.next()  # freezes version 1 on the store lane, then moves on
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.signature_page, timeout=10_000)
    signers = {name.split(".")[1] for name in wizard._fields if name.endswith(".signed")}
    assert signers == {people[f].hex for f in ("Mariana", "Rui", "Tomás", "Inês")}
    wizard.print_button.click()  # printed for the family's table: the preview opens
    qtbot.waitUntil(lambda: wizard.preview_dialog.isVisible()
                    and bool(wizard.preview_dialog.pages), timeout=20_000)
    wizard.preview_dialog.close()
    for hex_id in signers:
        _set(wizard, f"signature.{hex_id}.signed", True)
        _set(wizard, f"signature.{hex_id}.on", D0 + timedelta(days=14))
        _set(wizard, f"signature.{hex_id}.place", "Domicile, Esch")
    _finish_and_reload(qtbot, dossier, wizard)
    assert window.notice is not None and "(art. 4)" in window.notice.text()
    window.notice.close()
    _expect(dossier, NextActionKind.AWAIT_VALIDATION, "Le projet attend la validation de l’ONE",
            "En attente de l’ONE", "art. 4")
    assert not _overview(dossier).action_button.isEnabled()
    first_version = dossier.detail.plan_versions[0]
    clock.current = D0 + timedelta(days=21)
    assert validate_plan(validator, first_version.version_id, clock.current) is PlanState.IN_FORCE
    before = dossier.reload_count
    dossier.reload()
    _reloaded(qtbot, dossier, before)
    _expect(dossier, NextActionKind.START_IMPLEMENTATION,
            "Le projet est en vigueur\u00a0: passez à la mise en œuvre",
            "Travailler sur l’étape 4 · Projet d’intervention…")

    # 5. A court decision ends the father's parental authority: Correct… → a tie changed.
    clock.current = D0 + timedelta(days=28)
    for tie in [r for r in dossier.detail.summary.relationships
                if r.current and r.from_person_id == people["Rui"]]:
        _correction(dossier, "Un lien qui change ou prend fin…")
        change = dossier.dialogs[-1]
        assert isinstance(change, ChangeLinkDialog)
        _choose(change.link, str(tie.relationship_id))
        assert change.fate.currentData() == LinkFate.CHANGES.value
        change.authority.setChecked(False)
        change.representative.setChecked(False)
        change.on.setDate(_qdate(clock.current))
        change.reason.setPlainText("Jugement du tribunal de la jeunesse")
        _save(qtbot, dossier, change)
    family_now = {m.name: m for m in _overview(dossier).overview.family}
    assert not family_now["Rui Carvalho"].parental_authority
    assert family_now["Mariana Carvalho"].parental_authority
    signed = dossier.detail.plan_versions[0]
    assert signed.state == PlanState.IN_FORCE.value
    assert {s.person_id for s in signed.signatures} == {
        people[f] for f in ("Mariana", "Rui", "Tomás", "Inês")}  # the signed one unchanged
    _expect(dossier, NextActionKind.START_IMPLEMENTATION,
            "Le projet est en vigueur\u00a0: passez à la mise en œuvre",
            "Travailler sur l’étape 4 · Projet d’intervention…")

    # 6. Implementation, a contact note, a case conference, an evaluation that re-plans.
    clock.current = D0 + timedelta(days=30)
    wizard = _step_from_overview(qtbot, window, dossier)  # the plan wizard moves it on to 5
    _finish_and_reload(qtbot, dossier, wizard)
    _expect(dossier, NextActionKind.IMPLEMENT, "Mettre en œuvre les mesures",
            "Travailler sur l’étape 5 · Implémentation…")
    wizard = _step_from_overview(qtbot, window, dossier)
    measure = dossier.detail.measures[0]
    _set(wizard, f"measure.{measure.measure_id.hex}.started", True)
    _set(wizard, f"measure.{measure.measure_id.hex}.started_on", clock.current)
    _set(wizard, "next_step", 6)
    _finish_and_reload(qtbot, dossier, wizard)
    _expect(dossier, NextActionKind.FOLLOW_UP, "Suivre et coordonner",
            "Travailler sur l’étape 6 · Coordination…")

    clock.current = D0 + timedelta(days=45)
    dossier.actions_menu.contact.trigger()
    note = dossier.dialogs[-1]
    assert isinstance(note, ContactNoteDialog)
    note.on.setDate(_qdate(clock.current))
    note.time.setText("16:30")
    note.with_whom.setText("Mme Weber, école")
    note.summary.setPlainText("Tomás arrive à l'heure trois jours sur cinq")
    _save(qtbot, dossier, note)
    assert any("Mme Weber" in c.with_whom for c in _overview(dossier).overview.contacts)
    _expect(dossier, NextActionKind.FOLLOW_UP, "Suivre et coordonner",
            "Travailler sur l’étape 6 · Coordination…")

    clock.current = D0 + timedelta(days=90)
    wizard = _step_from_overview(qtbot, window, dossier)
    _dates(wizard, clock.current)
    _set(wizard, "conference.place", "Bureau régional Sud")
    _set(wizard, "conference.participants", "Mariana Carvalho, mère\nMme Weber, école")
    _set(wizard, "conference.minutes", "Les matins restent difficiles")
    _set(wizard, "next_step", 7)
    _finish_and_reload(qtbot, dossier, wizard)
    assert len(dossier.detail.conferences) == 1
    _expect(dossier, NextActionKind.EVALUATE, "Évaluer l’aide",
            "Travailler sur l’étape 7 · Évaluation…")

    clock.current = D0 + timedelta(days=150)
    wizard = _step_from_overview(qtbot, window, dossier)
    _dates(wizard, clock.current)
    for objective in dossier.detail.objectives:
        _set(wizard, f"objective.{objective.objective_id.hex}.progress", 2)
    _set(wizard, f"measure.{measure.measure_id.hex}.efficacy", 2)
    _set(wizard, f"measure.{measure.measure_id.hex}.efficiency", 2)
    _set(wizard, "outcome", "replan_measures")
    _set(wizard, "proposals", "Un accueil de jour pour Tomás ; l'aide à domicile s'arrête")
    _finish_and_reload(qtbot, dossier, wizard)
    _expect(dossier, NextActionKind.PLAN_MEASURES, "Planifier les mesures d’aide",
            "Travailler sur l’étape 3 · Planification…")

    # An objective reformulated, another achieved (Objectives tab); a measure interrupted.
    objectives = _table(dossier, "Objectifs")
    _enter(objectives, _row_of(objectives, 0, wordings["Tomás"]))
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, ObjectiveDialog)
    _choose(dialog.fate, ObjectiveFate.REFORMULATED.value)
    dialog.on.setDate(_qdate(clock.current))
    dialog.wording.setText("Tomás arrive à l'heure à l'école chaque matin")
    dialog.reason.setPlainText("Il va à l'école ; ce sont les retards qui restent")
    _save(qtbot, dossier, dialog)
    objectives = _table(dossier, "Objectifs")
    _enter(objectives, _row_of(objectives, 0, wordings["Beatriz"]))
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, ObjectiveDialog)
    _choose(dialog.fate, ObjectiveFate.ACHIEVED.value)
    dialog.on.setDate(_qdate(clock.current))
    _save(qtbot, dossier, dialog)
    statuses = {o.wording: o.status for o in dossier.detail.objectives}
    assert statuses[wordings["Tomás"]] == "reformulated"
    assert statuses["Tomás arrive à l'heure à l'école chaque matin"] == "active"
    assert statuses[wordings["Beatriz"]] == "achieved"
    _enter(_table(dossier, "Mesures"), 0)
    dialog = dossier.dialogs[-1]
    assert isinstance(dialog, MeasureDialog)
    _choose(dialog.fate, MeasureFate.INTERRUPTED.value)
    dialog.on.setDate(_qdate(clock.current))
    dialog.reason.setPlainText("Hospitalisation de Tomás")
    _save(qtbot, dossier, dialog)
    assert dossier.detail.measures[0].paused is not None
    _expect(dossier, NextActionKind.PLAN_MEASURES, "Planifier les mesures d’aide",
            "Travailler sur l’étape 3 · Planification…")

    # The second cycle: a day centre planned, version 2 signed without the father, validated.
    clock.current = D0 + timedelta(days=155)
    wizard = _step_from_overview(qtbot, window, dossier)
    wizard.next()
    _set(wizard, "beneficiary", people["Tomás"].hex)
    _set(wizard, "measure", "a2")
    _set(wizard, "provider", day_centre.hex)
    _set(wizard, "starts_on", D0 + timedelta(days=170))
    _set(wizard, "ends_on", D0 + timedelta(days=530))
    for name in list(wizard._fields):
        if name.startswith("objective."):
            _set(wizard, name, True)
    _set(wizard, "quantity", "120")
    _finish_and_reload(qtbot, dossier, wizard)
    # Back at step 4 with version 1 still in force: the plan changes, a new version.
    _expect(dossier, NextActionKind.PREPARE_PLAN,
            "Préparer le projet d’intervention et l’imprimer pour signature",
            "Travailler sur l’étape 4 · Projet d’intervention…")

    clock.current = D0 + timedelta(days=160)
    wizard = _step_from_overview(qtbot, window, dossier)
    assert isinstance(wizard, PlanWizard)
    wizard.next()
    # The evaluation concluded to change the plan: the new version is already chosen.
    assert wizard.new_version.isVisible() and wizard.new_version.isChecked()
    _set(wizard, "new_version", True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.signature_page, timeout=10_000)
    signers = {name.split(".")[1] for name in wizard._fields if name.endswith(".signed")}
    assert signers == {people[f].hex for f in ("Mariana", "Tomás", "Inês")}  # not Rui
    group = wizard.signature_page.findChild(object, "signatories")
    assert group is not None and group.title() == "Version 2"
    for hex_id in signers:
        _set(wizard, f"signature.{hex_id}.signed", True)
        _set(wizard, f"signature.{hex_id}.on", clock.current)
    _finish_and_reload(qtbot, dossier, wizard)
    if window.notice is not None:
        window.notice.close()
    versions = dossier.detail.plan_versions
    assert [v.number for v in versions] == [2, 1]
    assert {s.person_id for s in versions[1].signatures} == {
        people[f] for f in ("Mariana", "Rui", "Tomás", "Inês")}  # version 1 as signed
    plan_tab = _table(dossier, "Projet")
    signatures = {plan_tab.item(r, 0).text(): plan_tab.item(r, 6).text()
                  for r in range(plan_tab.rowCount())}
    assert "Rui Carvalho" in signatures["1"] and "Rui Carvalho" not in signatures["2"]
    clock.current = D0 + timedelta(days=165)
    assert validate_plan(validator, versions[0].version_id, clock.current) is PlanState.IN_FORCE
    before = dossier.reload_count
    dossier.reload()
    _reloaded(qtbot, dossier, before)
    _expect(dossier, NextActionKind.START_IMPLEMENTATION,
            "Le projet est en vigueur\u00a0: passez à la mise en œuvre",
            "Travailler sur l’étape 4 · Projet d’intervention…")
    wizard = _step_from_overview(qtbot, window, dossier)
    _finish_and_reload(qtbot, dossier, wizard)
    _expect(dossier, NextActionKind.IMPLEMENT, "Mettre en œuvre les mesures",
            "Travailler sur l’étape 5 · Implémentation…")

    # 7. Inês turns 18: a young adult is helped only on her own request (art. 1).
    clock.current = INES_18 - timedelta(days=20)
    wizard = _step_from_overview(qtbot, window, dossier)  # the follow-up goes on to evaluation
    _set(wizard, "next_step", 7)
    _finish_and_reload(qtbot, dossier, wizard)
    _expect(dossier, NextActionKind.EVALUATE, "Évaluer l’aide",
            "Travailler sur l’étape 7 · Évaluation…")
    clock.current = INES_18 + timedelta(days=3)
    before = dossier.reload_count
    dossier.reload()
    _reloaded(qtbot, dossier, before)
    ages = {m.name: m.age for m in _overview(dossier).overview.family}
    assert ages["Inês Carvalho"] == 18
    young = _expect(dossier, NextActionKind.EVALUATE, "Évaluer l’aide",
                    "Travailler sur l’étape 7 · Évaluation…", "art. 1")
    assert len(young) == 1 and young[0].startswith("• Inês Carvalho ")
    assert "propre demande" in young[0] and young[0].endswith("(art. 1)."), young
    # The evaluation asks for a plan of her own: back to step 4 to rewrite the plan.
    wizard = _step_from_overview(qtbot, window, dossier)
    _dates(wizard, clock.current)
    for objective in dossier.detail.objectives:
        if objective.status == "active":
            _set(wizard, f"objective.{objective.objective_id.hex}.progress", 3)
    _set(wizard, "outcome", "rewrite_plan")
    _set(wizard, "proposals", "Inês veut un soutien pour un logement à elle")
    _finish_and_reload(qtbot, dossier, wizard)
    _expect(dossier, NextActionKind.PREPARE_PLAN,
            "Préparer le projet d’intervention et l’imprimer pour signature",
            "Travailler sur l’étape 4 · Projet d’intervention…", "art. 1")
    # The plan cannot be prepared: freezing the new version says why, with the article.
    wizard = _step_from_overview(qtbot, window, dossier)
    assert isinstance(wizard, PlanWizard)
    wizard.next()
    _set(wizard, "new_version", True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.freeze_problems.isVisible(), timeout=10_000)
    assert "Inês Carvalho" in wizard.freeze_problems.text()
    assert "(art. 1)" in wizard.freeze_problems.text()
    assert wizard.currentPage() is wizard.freeze_page
    wizard.close()  # the agent goes to record her request first (the draft is kept)
    clock.current = INES_18 + timedelta(days=5)
    dossier.actions_menu.new_request.trigger()
    asked = dossier.dialogs[-1]
    assert isinstance(asked, NewRequestDialog)
    asked.received_on.setDate(_qdate(clock.current))
    _choose(asked.person, str(people["Inês"]))
    assert asked.kind.currentData() == RequesterKind.YOUNG_ADULT.value
    assert asked.young_adult.isVisible()
    asked.what.setPlainText("Inês demande à continuer l'accompagnement après ses 18 ans")
    _save(qtbot, dossier, asked)
    _expect(dossier, NextActionKind.PREPARE_PLAN,
            "Préparer le projet d’intervention et l’imprimer pour signature",
            "Travailler sur l’étape 4 · Projet d’intervention…")
    # Version 3: Inês signs it herself, as a young adult; the mother for the two younger.
    clock.current = INES_18 + timedelta(days=10)
    wizard = _step_from_overview(qtbot, window, dossier)
    assert isinstance(wizard, PlanWizard)
    assert people["Inês"].hex not in {n.split(".")[1] for n in wizard._fields
                                      if n.startswith("discernment.")}
    # It comes back where the agent left it: on the version page, the new version chosen.
    assert wizard.currentPage() is wizard.freeze_page and wizard.new_version.isChecked()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.signature_page, timeout=10_000)
    signers = {name.split(".")[1] for name in wizard._fields if name.endswith(".signed")}
    assert signers == {people[f].hex for f in ("Mariana", "Tomás", "Inês")}
    assert any("Inês Carvalho (jeune adulte" in label.text() or "Inês Carvalho (" in
               label.text() for label in wizard.signature_page.findChildren(QLabel))
    for hex_id in signers:
        _set(wizard, f"signature.{hex_id}.signed", True)
        _set(wizard, f"signature.{hex_id}.on", clock.current)
    _finish_and_reload(qtbot, dossier, wizard)
    if window.notice is not None:
        window.notice.close()
    third = dossier.detail.plan_versions[0]
    assert third.number == 3
    clock.current = INES_18 + timedelta(days=15)
    assert validate_plan(validator, third.version_id, clock.current) is PlanState.IN_FORCE
    before = dossier.reload_count
    dossier.reload()
    _reloaded(qtbot, dossier, before)
    _expect(dossier, NextActionKind.START_IMPLEMENTATION,
            "Le projet est en vigueur\u00a0: passez à la mise en œuvre",
            "Travailler sur l’étape 4 · Projet d’intervention…")
    wizard = _step_from_overview(qtbot, window, dossier)
    assert isinstance(wizard, PlanWizard) and wizard.currentPage() is not wizard.freeze_page
    assert not wizard.new_version.isChecked()  # no draft left: version 3 stays in force
    _finish_and_reload(qtbot, dossier, wizard)
    assert [v.number for v in dossier.detail.plan_versions] == [3, 2, 1]
    _expect(dossier, NextActionKind.IMPLEMENT, "Mettre en œuvre les mesures",
            "Travailler sur l’étape 5 · Implémentation…")

    # 8. The mother asks for the plan's revocation; recorded, then answered.
    clock.current = INES_18 + timedelta(days=20)
    dossier.actions_menu.review_request.trigger()
    request = dossier.dialogs[-1]
    assert isinstance(request, ReviewRequestDialog)
    _choose(request.person, str(people["Mariana"]))
    request.kind.setCurrentIndex(1)  # revocation
    request.on.setDate(_qdate(clock.current))
    request.grounds.setPlainText("Nous n'avons plus besoin de l'accueil de jour")
    _save(qtbot, dossier, request)
    _expect(dossier, NextActionKind.ANSWER_REVIEW_REQUEST,
            "Répondre à la demande de réexamen ou de révocation", "Répondre à la demande…",
            "art. 4")
    clock.current = INES_18 + timedelta(days=30)
    before = len(dossier.dialogs)
    _overview(dossier).action_button.click()  # the overview opens the answer
    assert len(dossier.dialogs) == before + 1
    answer = dossier.dialogs[-1]
    assert isinstance(answer, AnswerReviewDialog)
    _choose(answer.outcome, ReviewRequestOutcome.WITHDRAWN.value)
    answer.on.setDate(_qdate(clock.current))
    answer.note.setPlainText("Après l'entretien, Mme Carvalho retire sa demande")
    _save(qtbot, dossier, answer)
    _expect(dossier, NextActionKind.IMPLEMENT, "Mettre en œuvre les mesures",
            "Travailler sur l’étape 5 · Implémentation…")

    # 9. The yearly review falls due (art. 6); recorded without change, the next date shows.
    due = dossier.detail.plan_versions[0].review_due_on
    assert due is not None
    clock.current = due - timedelta(days=10)
    before = dossier.reload_count
    dossier.reload()
    _reloaded(qtbot, dossier, before)
    _expect(dossier, NextActionKind.REVIEW_PLAN, "Réexaminer le projet",
            "Enregistrer le réexamen…", "art. 6")
    count = len(dossier.dialogs)
    _overview(dossier).action_button.click()
    assert len(dossier.dialogs) == count + 1
    review = dossier.dialogs[-1]
    assert isinstance(review, PlanReviewDialog)
    review.on.setDate(_qdate(clock.current))
    review.conclusion.setPlainText("Objectifs et mesures maintenus, sans changement")
    _save(qtbot, dossier, review)
    next_due = dossier.detail.plan_versions[0].review_due_on
    assert next_due is not None and next_due > due
    assert _day(next_due) in review.next_due.text()
    review.reject()
    plan_box = _overview(dossier).findChild(object, "overviewPlan")
    assert plan_box is not None
    assert any(_day(next_due) in label.text() for label in plan_box.findChildren(QLabel))
    _expect(dossier, NextActionKind.IMPLEMENT, "Mettre en œuvre les mesures",
            "Travailler sur l’étape 5 · Implémentation…")

    # 10. Closure through its wizard; found again among the closed dossiers; reopened.
    clock.current = due + timedelta(days=10)
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    window.table.selectRow(0)
    count = len(window.wizards)
    window.close_case_action.trigger()
    closure = _new_wizard(qtbot, window, count + 1)
    assert isinstance(closure, ClosureWizard)
    _dates(closure, clock.current)
    _set(closure, "reason", "objectives_reached")
    _set(closure, "final_evaluation", "Tomás va à l'école ; Inês a un logement")
    _finish_and_reload(qtbot, dossier, closure)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=10_000)  # left the caseload
    qtbot.waitUntil(lambda: bool(window.office_documents.previews)
                    and bool(window.office_documents.previews[-1].pages), timeout=20_000)
    window.office_documents.previews[-1].close()  # the closure letter came to the screen
    _expect(dossier, NextActionKind.REOPEN, "Le dossier est clôturé", "Rouvrir le dossier…")
    dossier.close()

    clock.current = due + timedelta(days=40)
    window.closed_filter.setChecked(True)
    window.search.setText("Carvalho")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1
                    and window.model.row_at(0).case_id == case_id, timeout=10_000)
    window.table.activated.emit(window.proxy.index(0, 0))
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 2
                    and window.dossier_windows[-1].isVisible(), timeout=10_000)
    dossier = window.dossier_windows[-1]
    rules = _expect(dossier, NextActionKind.REOPEN, "Le dossier est clôturé",
                    "Rouvrir le dossier…")
    assert any("rouvr" in rule for rule in rules)
    _overview(dossier).action_button.click()
    reopen = dossier.dialogs[-1]
    assert isinstance(reopen, ReopenDialog)
    reopen.on.setDate(_qdate(clock.current))
    reopen.reason.setPlainText("Mme Carvalho redemande de l'aide pour Beatriz")
    _save(qtbot, dossier, reopen)
    _expect(dossier, NextActionKind.COMPLETE_ANALYSIS, "Compléter l’analyse de la situation",
            "Travailler sur l’étape 1 · Analyse de la situation…")
    window.closed_filter.setChecked(False)  # back in the caseload, among the open dossiers
    qtbot.waitUntil(lambda: window.model.rowCount() == 1
                    and window.model.row_at(0).current_step == 1, timeout=10_000)
    window.lock()  # the end of the day: nothing left on the screen or on the store lane
    assert operations.wait()
