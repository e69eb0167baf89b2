"""Searching and filtering the caseload, the week's list, and what the lock wipes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from app.domain import ContactChannel
from app.services.base.context import ServiceContext
from app.services.caseload.week import TodayItem, TodayKind
from app.services.setup.demo import populate
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.services.steps.coordination import ContactInput, log_contact
from app.services.steps.workflow import move_case_to_step
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from tests.ui.conftest import type_text
from ui.main_window import MainWindow, today_label
from ui.operations import StoreOperations
from ui.qt import Qt


def _window(qtbot: QtBot, operations: StoreOperations, agent: ServiceContext) -> MainWindow:
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    QAbstractItemModelTester(window.model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(window.proxy,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    window.attach(agent)
    window.show()
    return window


def _agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "agent.ui", "Agent UI", OFFICE)


def _shown(window: MainWindow) -> set[str]:
    return {window.proxy.index(r, 1).data() for r in range(window.proxy.rowCount())}


def test_search_as_you_type_with_accents(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    populate(agent, [OFFICE], families=8, today=date.today())
    family = Family.open(agent, date.today(), surname="Gonçalves-Tavares")
    window = _window(qtbot, operations, agent)
    qtbot.waitUntil(lambda: window.model.rowCount() == 9)

    type_text(window.search, "gonç")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.row_at(0).case_id == family.case_id
    window.search.clear()
    qtbot.keyClicks(window.search, "TAVARES lea")  # case and accents do not matter
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 9)


def test_a_word_of_a_contact_note_finds_the_dossier_with_its_passage(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    populate(agent, [OFFICE], families=4, today=date.today())
    family = Family.open(agent, date.today(), surname="Kayser")
    log_contact(agent, family.case_id, ContactInput(
        datetime.now(UTC), "Crèche Les Lutins", ContactChannel.TELEPHONE,
        "La directrice signale que Léa arrive sans goûter et très fatiguée"))
    window = _window(qtbot, operations, agent)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    passage = window.model.COLUMNS.index("passage")
    assert window.table.isColumnHidden(passage)  # no search, no passage

    type_text(window.search, "gouter fatigu")  # words of the note, accents folded
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.row_at(0).case_id == family.case_id
    assert not window.table.isColumnHidden(passage)
    # The passage takes the room of the frame, the office and the opening date.
    room = [window.model.COLUMNS.index(name) for name in ("frame", "office", "opened")]
    assert all(window.table.isColumnHidden(column) for column in room)
    # Beside the family's name and wide enough to read, even in a narrow window.
    window.resize(1100, 640)
    header = window.table.horizontalHeader()
    assert header.visualIndex(passage) == 2 and window.table.columnWidth(passage) >= 380
    assert header.sectionViewportPosition(passage) + 380 <= window.table.viewport().width()
    shown = window.proxy.index(0, passage).data()
    assert "sans [goûter] et très [fatiguée]" in shown, shown
    assert window.model.headerData(passage, Qt.Orientation.Horizontal) == (
        "Trouvé dans le dossier")

    window.search.clear()
    type_text(window.search, "kayser")  # the name alone: no passage to show
    qtbot.waitUntil(lambda: window.model.rowCount() == 1
                    and not window.model.row_at(0).passage)
    assert window.table.isColumnHidden(passage)
    assert not any(window.table.isColumnHidden(column) for column in room)


def test_a_task_of_the_week_list_reads_without_a_colon(french: None) -> None:
    """French puts a space before a colon, German none: the line uses a dash in both."""
    line = today_label(TodayItem(None, "EST-2026-0001", TodayKind.TASK_OVERDUE,
                                 date(2026, 12, 5), text="Envoyer le compte rendu"))
    assert line == "EST-2026-0001 — Tâche en retard (05/12/2026) — Envoyer le compte rendu"


def test_filters_and_the_week_list(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    today = date.today()
    populate(agent, [OFFICE], families=4, today=today)
    family = Family.open(agent, today, surname="Delvaux").analyse().assess().plan()
    move_case_to_step(agent, family.case_id, 3, today=today)
    window = _window(qtbot, operations, agent)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5 and window.today_list.count() > 0)

    window.step_filter.setCurrentIndex(window.step_filter.findData(3))
    assert _shown(window) == {"Delvaux / Weber"}
    window.step_filter.setCurrentIndex(0)
    assert window.proxy.rowCount() == 5
    window.alerts_filter.setChecked(True)  # nothing is synchronised yet: every dossier
    assert window.proxy.rowCount() == 5
    alerts = window.model.index(0, window.model.COLUMNS.index("alerts")).data()
    assert "non synchronisé" in alerts

    lines = [window.today_list.item(i).text() for i in range(window.today_list.count())]
    assert any(line.startswith(f"{family_number(window, 'Delvaux / Weber')} — Mesure à "
                               "démarrer") for line in lines), lines
    window.today_list.itemActivated.emit(window.today_list.item(0))
    assert window.table.selectionModel().hasSelection()


def family_number(window: MainWindow, family_name: str) -> str:
    for row in range(window.model.rowCount()):
        if window.model.row_at(row).family_name == family_name:
            return window.model.row_at(row).number
    raise AssertionError(family_name)


def test_lock_wipes_names_search_and_week_list(
    qtbot: QtBot, store: Store, operations: StoreOperations, french: None,
) -> None:
    agent = _agent(store)
    Family.open(agent, date.today(), surname="Kelmendi").analyse().assess().plan()
    window = _window(qtbot, operations, agent)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.today_list.count() > 0)
    qtbot.keyClicks(window.search, "kelm")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.lock_action.trigger()
    assert window.model.rowCount() == 0 and window.today_list.count() == 0
    assert window.search.text() == ""
    texts = [w.text() for w in window.findChildren(type(window.count_label))]
    assert not any("Kelmendi" in t for t in texts)


def test_the_failed_unlock_attempts_are_told_in_proper_french(
        qtbot: QtBot, store: Store, operations: StoreOperations, french: None) -> None:
    """One failed attempt reads in the singular ("1 tentatives" before)."""
    agent = _agent(store)
    for failed, said in ((1, "Une tentative de déverrouillage échouée"),
                         (3, "3 tentatives de déverrouillage échouées")):
        store.report = replace(store.report, failed_attempts_before=failed)
        window = _window(qtbot, operations, agent)
        assert window.statusBar().currentMessage().startswith(said), failed
        assert operations.wait()
        window.close()
