"""The demo store shows a caseload in motion, made through the ordinary services."""

from __future__ import annotations

from pathlib import Path

from app.services.base.context import ServiceContext
from app.services.caseload.listing import CaseAlert, list_caseload
from app.services.setup.store import prepare_demo_store
from app.store.store import unlock_store


def test_demo_families_stand_at_various_steps_with_deadlines(tmp_path: Path) -> None:
    passphrase = prepare_demo_store(tmp_path / "demo", families=24)
    store = unlock_store(tmp_path / "demo", passphrase, keyring_backend=None)
    try:
        rows = list_caseload(ServiceContext(store))
    finally:
        store.lock()
    assert len(rows) == 24
    assert {1, 4, 5} <= {row.current_step for row in rows}
    alerts = set().union(*(row.alerts for row in rows))
    assert {CaseAlert.UNSIGNED_PLAN, CaseAlert.REVIEW_OVERDUE, CaseAlert.REVIEW_DUE_SOON} <= alerts
    assert any(row.next_due for row in rows)
