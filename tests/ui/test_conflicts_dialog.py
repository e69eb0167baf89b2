"""The dossier window offers its sync conflicts; the dialog shows both sides and the base and
applies the choice through the store lane."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from app.domain import Case, SyncConflict
from app.rules.conflicts import conflict_unmet
from app.services.base.context import ServiceContext
from app.services.dossier.conflicts import resolve_conflict
from app.services.dossier.detail import load_dossier_detail
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.dossier_window import DossierWindow
from ui.operations import StoreOperations

OTHER_USER = uuid.UUID("0190b3f0-0000-7000-8000-000000000002")


def _downloaded_conflict(ctx: ServiceContext, family: Family, field: str, base: object,
                         upload: object, kept: object) -> uuid.UUID:
    """As a download brings it: the server kept ``kept``, another user's ``upload`` lost."""
    with ctx.store.transaction("sync_download", from_server=True) as session:
        case = session.get(Case, family.case_id)
        assert case is not None
        setattr(case, field, kept)
        conflict = SyncConflict(
            case_id=family.case_id, entity="case_file", record_id=family.case_id, field=field,
            base_value={"v": base}, mine_value={"v": upload}, theirs_value={"v": kept},
            mine_by=OTHER_USER, mine_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
        session.add(conflict)
        session.flush()
        return conflict.id


def _window(qtbot: QtBot, store: Store, operations: StoreOperations
            ) -> tuple[ServiceContext, Family, DossierWindow]:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.ui", "Agent UI", OFFICE)
    family = Family.open(agent, date(2026, 3, 2))
    return agent, family, DossierWindow(load_dossier_detail(agent, family.case_id),
                                        operations, agent)


def test_the_agent_keeps_their_version_from_the_dossier_window(
        qtbot: QtBot, store: Store, operations: StoreOperations) -> None:
    agent, family, window = _window(qtbot, store, operations)
    qtbot.addWidget(window)
    window.show()
    assert not window.conflicts_button.isVisible()  # no conflict: no button
    _downloaded_conflict(agent, family, "working_frame", "", "Au bureau", "À domicile")
    window.reload()
    qtbot.waitUntil(lambda: window.reload_count == 1)
    qtbot.waitUntil(window.conflicts_button.isVisible)  # the tool bar lays out next
    assert "(1)" in window.conflicts_button.text()

    window.conflicts_button.click()
    dialog = window.conflicts_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loads == 1)
    (box,) = dialog.boxes
    # Mine is what this computer holds (kept by the server); theirs the other user's upload.
    assert [label.text() for label in box.values][:2] == ["À domicile", "Au bureau"]
    assert box.values[2].text() not in ("", "À domicile", "Au bureau")  # "(empty)", translated
    box.choice.setCurrentIndex(box.choice.findData("theirs"))
    box.apply.click()
    qtbot.waitUntil(lambda: dialog.loads == 2)
    assert dialog.boxes == [] and dialog.empty.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: window.reload_count == 2)
    qtbot.waitUntil(lambda: not window.conflicts_button.isVisible())
    with agent.reading() as session:
        case = session.get(Case, family.case_id)
        assert case is not None and case.working_frame == "Au bureau"
    window.close()


def test_a_typed_value_and_a_refusal_show_in_the_dialog(
        qtbot: QtBot, store: Store, operations: StoreOperations) -> None:
    agent, family, window = _window(qtbot, store, operations)
    qtbot.addWidget(window)
    first = _downloaded_conflict(agent, family, "working_frame", "", "Au bureau", "À domicile")
    _downloaded_conflict(agent, family, "summary", "", "Scolarité", "Relations")
    window.reload()
    qtbot.waitUntil(lambda: window.reload_count == 1)
    window.conflicts_button.click()
    dialog = window.conflicts_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loads == 1)
    frame, summary = dialog.boxes
    resolve_conflict(agent, first, "mine")  # meanwhile, resolved elsewhere
    frame.apply.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog))
    # The rule's own words for its code (conflict.resolved), as the agent reads them.
    (resolved,) = conflict_unmet(exists=True, resolved=True)
    assert resolved.code == "conflict.resolved"
    assert dialog.problem.text() == resolved.text.render()
    assert summary.apply.isEnabled()

    summary.choice.setCurrentIndex(summary.choice.findData("other"))
    assert summary.other.isVisibleTo(summary)
    summary.other.clear()
    summary.other.setText("Scolarité et relations familiales")
    summary.apply.click()
    qtbot.waitUntil(lambda: dialog.loads == 2)
    with agent.reading() as session:
        case = session.get(Case, family.case_id)
        assert case is not None and case.summary == "Scolarité et relations familiales"
    window.close()
    assert window.conflicts_dialog is None or not window.conflicts_dialog.isVisible()
