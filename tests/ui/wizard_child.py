"""Child process for the kill -9 test: opens the step 1 wizard, types, waits to be killed."""

from __future__ import annotations

import os
import sys
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.services.base.context import ServiceContext
from app.store.store import unlock_store
from ui.operations import StoreOperations
from ui.qt import QApplication
from ui.wizards.analysis import AnalysisWizard
from ui.wizards.draft_wizard import DraftWizard


def main(store_dir: str, passphrase: str, case_id: str, text: str) -> None:
    app = QApplication([])
    store = unlock_store(Path(store_dir), passphrase, keyring_backend=None)
    ops = StoreOperations()
    opened: list[DraftWizard] = []
    AnalysisWizard.launch(ops, ServiceContext(store), uuid.UUID(case_id), opened.append)
    while not opened:
        app.processEvents()
        time.sleep(0.01)
    wizard = opened[0]
    assert isinstance(wizard, AnalysisWizard)
    wizard.working_frame.setPlainText(text)
    wizard.next()
    while wizard.saved_count < 1:
        app.processEvents()
        time.sleep(0.01)
    print("draft-saved", flush=True)
    while True:  # typing goes on until the battery dies
        wizard.judicial_reference.setText(f"ref {time.monotonic()}")
        app.processEvents()
        time.sleep(0.005)


if __name__ == "__main__":
    main(*sys.argv[1:5])
