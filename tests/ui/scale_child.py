"""Child process for the 150 % test: every main window and every wizard page of a demo store,
on a 1366x768 laptop screen at the scale factor of the environment (QT_SCALE_FACTOR).

    python tests/ui/scale_child.py OUT_DIR [fr|de]

Prints one JSON line per screen: its name, its outer size in physical pixels and whether the
window fits the screen less a taskbar with its last row of buttons inside; saves a PNG of each
into OUT_DIR (at the physical resolution).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREEN = ROOT / "tests" / "ui" / "laptop_screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
sys.path.insert(0, str(ROOT))

from app.services.dossier.detail import load_dossier_detail  # noqa: E402
from app.services.setup.store import agent_context, prepare_demo_store  # noqa: E402
from app.store.store import unlock_store  # noqa: E402
from ui.accessibility import TASKBAR_ALLOWANCE, install_accessibility  # noqa: E402
from ui.dossier_window import DossierWindow  # noqa: E402
from ui.i18n import install_translations  # noqa: E402
from ui.main_window import STEP_WIZARDS, MainWindow  # noqa: E402
from ui.operations import StoreOperations  # noqa: E402
from ui.preferences import PreferencesDialog  # noqa: E402
from ui.qt import QApplication, QWidget, QWizard  # noqa: E402
from ui.settings import Preferences  # noqa: E402
from ui.wizards.draft_wizard import DraftWizard  # noqa: E402
from ui.wizards.opening import OpeningWizard  # noqa: E402


def main(out: Path, language: str) -> None:
    app = QApplication([])
    install_accessibility(app)
    install_translations(app, language)
    out.mkdir(parents=True, exist_ok=True)
    operations = StoreOperations()
    screen = app.primaryScreen()
    scale = screen.devicePixelRatio()
    room = screen.availableGeometry()

    def settle(until: Callable[[], bool] = lambda: True) -> None:
        for _ in range(400):
            app.processEvents()
            if until():
                break
            operations.wait(50)
        for _ in range(20):
            app.processEvents()

    def report(window: QWidget, name: str) -> None:
        settle()
        frame = window.frameGeometry()
        lowest = window.height()
        if isinstance(window, QWizard):  # Next / Finish on screen, not below the window
            button = window.button(QWizard.WizardButton.CancelButton)
            lowest = button.mapTo(window, button.rect().bottomLeft()).y()
        fits = (frame.width() <= room.width()
                and frame.height() <= room.height() - TASKBAR_ALLOWANCE
                and window.minimumSizeHint().width() <= window.width()
                and window.minimumSizeHint().height() <= window.height()
                and lowest <= window.height())
        window.grab().save(str(out / f"{name}.png"))
        print(json.dumps({"name": name, "width": round(frame.width() * scale),
                          "height": round(frame.height() * scale), "fits": fits}), flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        store_dir = Path(tmp) / "demo"
        passphrase = prepare_demo_store(store_dir)
        store = unlock_store(store_dir, passphrase, keyring_backend=None)
        try:
            agent = agent_context(store)
            preferences = PreferencesDialog(Preferences(idle_minutes=5, language=language))
            preferences.show()
            report(preferences, "preferences")
            preferences.close()
            window = MainWindow(operations, lambda: None, demo=True)
            window.attach(agent)
            window.show()
            settle(lambda: window.model.rowCount() > 0)
            report(window, "caseload")
            window.activateWindow()
            window.table.setFocus()  # the focus frame, seen in the screenshot
            report(window, "caseload-focus")
            window.deadlines_action.trigger()
            deadlines = window.deadlines_window
            assert deadlines is not None
            settle(lambda: deadlines.loads > 0)
            report(deadlines, "office-deadlines")
            deadlines.close()
            rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
            furthest = max(rows, key=lambda row: row.current_step)
            dossier = DossierWindow(load_dossier_detail(agent, furthest.case_id), operations,
                                    agent)
            dossier.show()
            dossier.show_plan_tab()
            report(dossier, "dossier")
            dossier.activateWindow()
            dossier.tabs.tabBar().setFocus()
            report(dossier, "dossier-focus")
            assert dossier.documents is not None
            dossier.documents.plan_entries[0].trigger()  # the newest plan version
            settle(lambda: bool(dossier.documents and dossier.documents.previews
                                and dossier.documents.previews[-1].pages))
            report(dossier.documents.previews[-1], "preview")
            dossier.documents.close_all()
            dossier.close()
            kinds: list[type[DraftWizard]] = [OpeningWizard, *STEP_WIZARDS.values()]
            for kind in kinds:
                row = next((r for r in rows if STEP_WIZARDS.get(r.current_step) is kind),
                           furthest)
                opened: list[DraftWizard] = []
                kind.launch(operations, agent, None if kind is OpeningWizard else row.case_id,
                            opened.append)
                settle(lambda opened=opened: bool(opened))  # type: ignore[misc]
                wizard = opened[0]
                page = 1
                while True:
                    report(wizard, f"{kind.WIZARD}-{page}")
                    before = wizard.currentId()
                    if wizard.nextId() == -1 or page > 8:
                        break
                    wizard.next()
                    settle(lambda b=before, w=wizard: w.currentId() != b)  # type: ignore[misc]
                    if wizard.currentId() == before:
                        break
                    page += 1
                wizard.close()
                settle()
            window.close()
        finally:
            operations.wait()
            store.lock()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "fr")
