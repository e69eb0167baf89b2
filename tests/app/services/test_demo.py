"""The demo store shows a caseload in motion, made through the ordinary services."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.services.base.context import ServiceContext
from app.services.caseload.agenda import (
    contact_from_appointment,
    note_appointment_held,
    week_appointments,
    week_tasks,
)
from app.services.caseload.listing import CaseAlert, list_caseload
from app.services.caseload.search import search_caseload
from app.services.setup.store import agent_context, prepare_demo_store
from app.store.store import unlock_store


def test_demo_families_stand_at_various_steps_with_deadlines(tmp_path: Path) -> None:
    passphrase = prepare_demo_store(tmp_path / "demo", families=24)
    store = unlock_store(tmp_path / "demo", passphrase, keyring_backend=None)
    try:
        rows = list_caseload(ServiceContext(store))
        agent = agent_context(store)
        today = date.today()
        appointments, tasks = week_appointments(agent, today), week_tasks(agent, today)
        first = appointments[0]  # earlier today: the agent can note it held at once
        note_appointment_held(agent, first.appointment_id,
                              contact_from_appointment(agent, first.appointment_id))
        after = week_appointments(agent, today)
        found = [row.passage for row in search_caseload(agent, "sommeil")]
    finally:
        store.lock()
    assert len(rows) == 24
    assert {1, 4, 5} <= {row.current_step for row in rows}
    alerts = set().union(*(row.alerts for row in rows))
    assert {CaseAlert.UNSIGNED_PLAN, CaseAlert.REVIEW_OVERDUE, CaseAlert.REVIEW_DUE_SOON} <= alerts
    assert any(row.next_due for row in rows)
    # A week that is not empty: appointments of the next days (one on no dossier), tasks due
    # and one overdue, a contact note to search.
    assert len(appointments) >= 4 and any(a.case_id is None for a in appointments)
    assert first.starts_at.astimezone().date() == today and first.case_id is not None
    assert first.appointment_id not in {a.appointment_id for a in after}
    assert len(tasks) >= 3 and any(task.overdue(today) for task in tasks)
    assert any("sommeil" in passage for passage in found)
