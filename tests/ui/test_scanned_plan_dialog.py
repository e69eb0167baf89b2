"""The scanned signed plan, screen by screen: reached from the dialog where scans are attached,
a shuffled scan with one smudged page is read, the smudged page is shown and confirmed by
hand, and the scan lands on its version with its pages in order; a page of another family's
plan is refused, naming it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.documents.fingerprint import fingerprint
from app.services.base.context import ServiceContext
from app.services.plan.scans import signed_scans
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE
from tests.app.services.scanned import blank, page_images, png, scanned_pdf, three_page_plan
from ui.documents.scanned_plan import ScannedPlanDialog
from ui.main_window import MainWindow
from ui.operations import StoreOperations
from ui.unlock_dialog import ERROR_STYLE


def _opened(qtbot: QtBot, operations: StoreOperations, agent: ServiceContext) -> tuple[
        MainWindow, ScannedPlanDialog]:
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.find_version_action.trigger()
    assert window.find_dialog is not None
    window.find_dialog.scanned_button.click()
    dialog = window.find_dialog.scanned_dialog
    assert dialog is not None and dialog.isVisible() and dialog.acceptDrops()
    return window, dialog


def test_a_smudged_page_is_confirmed_by_hand_and_the_scan_lands_in_order(
    qtbot: QtBot, store: Store, operations: StoreOperations, tmp_path: Path,
) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.scan", "Agent Scan", OFFICE)
    family, version, pdf = three_page_plan(agent)
    printed = fingerprint(family.version(version))
    first, second, third = page_images(pdf)
    paths = []
    for name, image in (("c.png", third), ("a.png", blank(second.size)), ("b.png", first)):
        paths.append(tmp_path / name)
        paths[-1].write_bytes(png(image))
    window, dialog = _opened(qtbot, operations, agent)

    # Screen 1: the pages read, the smudged one waiting for the agent.
    dialog.load(paths)
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=20_000)
    rows = [dialog.list.item(row).text() for row in range(3)]
    assert rows[0].startswith("1. Page 3 of 3, version 1 of dossier ")
    assert rows[1] == "2. Code not read: to confirm by hand"
    assert rows[2].startswith("3. Page 1 of 3, version 1 of dossier ")
    assert dialog.list.wordWrap()  # the long lines read whole in the narrow list
    assert not dialog.attach_button.isEnabled()
    assert dialog.list.currentRow() == 1  # the page to confirm is shown
    assert not dialog.page_view.pixmap().isNull()
    assert dialog.by_hand.isEnabled()
    # The form offers what the other pages say: this version, the page missing, of 3.
    assert (dialog.fingerprint.text(), dialog.page_number.value(),
            dialog.page_count.value()) == (printed, 2, 3)

    # Screen 2: the agent looks at the page and confirms it.
    dialog.confirm_button.click()
    assert dialog.list.item(1).text() == (
        f"2. Page 2 of 3, fingerprint {printed} (confirmed by hand)")
    assert dialog.attach_button.isEnabled()

    # Screen 3: attached, the pages in order.
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: dialog.attached is not None, timeout=20_000)
    assert dialog.attached is not None
    assert (dialog.attached.plan_version_id, dialog.attached.pages) == (version, 3)
    assert "attached to version 1" in dialog.answer.text()
    assert [s.id for s in signed_scans(agent, version)] == [dialog.attached.id]
    window.lock()
    assert not dialog.isVisible() and dialog.list.count() == 0  # the pages let go of
    assert operations.wait()


def test_a_page_of_another_family_is_refused_on_screen(
    qtbot: QtBot, store: Store, operations: StoreOperations, tmp_path: Path,
) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.scan", "Agent Scan", OFFICE)
    _family, version, pdf = three_page_plan(agent)
    _other, _other_version, other_pdf = three_page_plan(agent, surname="Kowalski")
    first, second, third = page_images(pdf)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_pdf([second, page_images(other_pdf)[0], third, first]))
    window, dialog = _opened(qtbot, operations, agent)

    dialog.load([scan])
    qtbot.waitUntil(lambda: dialog.list.count() == 4, timeout=20_000)
    assert dialog.attach_button.isEnabled()  # every code read: the service judges the whole
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: dialog.answer.styleSheet() == ERROR_STYLE, timeout=20_000)
    assert "2" in dialog.answer.text()
    assert dialog.attached is None
    assert signed_scans(agent, version) == []
    window.lock()
    assert operations.wait()
