"""Back at the office: the fingerprint read from the signed pages opens the exact version, and
a scan is attached to that version only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.documents.fingerprint import fingerprint
from app.services.base.context import ServiceContext
from app.services.plan.scans import signed_scans
from app.services.plan.versions import record_discernment
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.main_window import MainWindow
from ui.operations import StoreOperations

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _versions(agent: ServiceContext) -> tuple[Family, str, Family, str]:
    found = []
    for surname in ("Tavares", "Kowalski"):
        family = Family.open(agent, date.today(), surname=surname).analyse().assess().plan()
        record_discernment(agent, family.case_id, family.child, True, date.today(), "Clair")
        version = family.ready_version()
        found.append((family, fingerprint(family.version(version))))
    (first, first_print), (second, second_print) = found
    return first, first_print, second, second_print


def test_a_typed_fingerprint_opens_the_version_and_takes_its_scan_only(
    qtbot: QtBot, store: Store, operations: StoreOperations, tmp_path: Path, french: None,
) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.scan", "Agent Scan", OFFICE)
    first, first_print, _second, second_print = _versions(agent)
    window = MainWindow(operations, lambda: None)
    qtbot.addWidget(window)
    window.attach(agent)
    window.find_version_action.trigger()
    dialog = window.find_dialog
    assert dialog is not None

    dialog.fingerprint.setText(first_print.lower().replace("-", " "))  # as typed in a hurry
    dialog.find_button.click()
    qtbot.waitUntil(lambda: len(window.dossier_windows) == 1, timeout=10_000)
    dossier = window.dossier_windows[0]
    assert dossier.case_id == first.case_id
    assert dossier.tabs.tabText(dossier.tabs.currentIndex()).startswith("Projet")
    assert dialog.match is not None

    scan = tmp_path / "scan.png"
    scan.write_bytes(PNG)
    dialog.fingerprint.setText(second_print)  # the pages of another family's plan
    dialog.attach(scan)
    qtbot.waitUntil(lambda: "autre version" in dialog.answer.text(), timeout=10_000)
    assert signed_scans(agent, dialog.match.version_id) == []

    dialog.fingerprint.setText(first_print)
    dialog.attach(scan)
    qtbot.waitUntil(lambda: len(dialog.attached) == 1, timeout=10_000)
    assert [s.sha256 for s in signed_scans(agent, dialog.match.version_id)] == [
        dialog.attached[0].sha256]
    window.lock()
    assert operations.wait()
