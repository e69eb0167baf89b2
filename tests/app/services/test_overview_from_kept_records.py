"""The dossier window's overview is judged from the records its load already read
(``app.services.base.loaded``): it must say exactly what the overview read from the store says,
for dossiers at every step of the demo caseload."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.rules.next_action import NextActionKind
from app.services.base.context import ServiceContext
from app.services.caseload.listing import list_caseload
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.overview import load_overview
from app.services.setup.store import prepare_demo_store
from app.store.store import unlock_store


def test_the_overview_from_the_loaded_records_equals_the_one_read_from_the_store(
        tmp_path: Path) -> None:
    passphrase = prepare_demo_store(tmp_path / "demo", families=24)
    store = unlock_store(tmp_path / "demo", passphrase, keyring_backend=None)
    today = date.today()
    try:
        ctx = ServiceContext(store)
        rows = list_caseload(ctx)
        kinds = set()
        for row in rows:
            detail = load_dossier_detail(ctx, row.case_id, today=today)
            read = load_overview(ctx, row.case_id, today)
            assert detail.overview == read, row.number
            kinds.add(read.next_action.kind)
    finally:
        store.lock()
    assert len(kinds) >= 4  # the demo's dossiers stand at various points of the process
    assert NextActionKind.COLLECT_SIGNATURES in kinds
