"""The demo's embedded server: the demo laptop is enrolled with it and syncs like at the office."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from app.domain import Case, Person
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.opening import update_person_notes
from app.services.setup.store import agent_context
from app.services.sync.local import sync_settings, sync_status
from app.store.store import unlock_store
from sync.client.engine import sync_once
from sync.client.enrol import device_token
from sync.client.transport import Transport, is_loopback
from sync.demo import prepare_demo_with_server
from sync.server import security
from sync.server.db import make_engine


def test_the_demo_laptop_syncs_with_its_own_server(tmp_path: Path) -> None:
    passphrase, server = prepare_demo_with_server(tmp_path, families=3)
    store = unlock_store(tmp_path / "store", passphrase, keyring_backend=None)
    try:
        agent = agent_context(store)
        settings = sync_settings(agent)
        assert is_loopback(settings.server_url) and settings.server_id is not None
        assert sync_status(agent).pending == 0  # the server starts with the demo caseload
        with agent.reading() as session:  # and the laptop's first run read its history
            first = session.scalars(select(Person).join(Case, Case.id == Person.case_id)
                                    .limit(1)).one()
        assert len(load_dossier_detail(agent, first.case_id).history) > 5
        with agent.reading() as session:
            person = session.scalars(select(Person).join(Case, Case.id == Person.case_id)
                                     .limit(1)).one()
        update_person_notes(agent, person.id, "Noté pendant la démonstration")
        transport = Transport(settings.server_url, device_token(agent, None))
        report = sync_once(agent, transport)
        transport.close()
        assert (report.uploaded, report.rejected) == (1, 0), report
        assert sync_status(agent).pending == 0
        with agent.reading() as session:
            surnames = set(session.scalars(select(Person.last_name)))
        # Every demo dossier has its history, as the server keeps it, with who did what.
        history = load_dossier_detail(agent, person.case_id).history
        assert len(history) > 5 and all(view.synced and view.who for view in history)
        assert history[0].action == "update_person_notes"
    finally:
        store.lock()
        server.stop()
    # The demo enrolled with a code it issued itself; its security log names no family.
    sessions = sessionmaker(make_engine(f"sqlite:///{tmp_path / 'server.sqlite'}"))
    events = security.read(sessions)
    assert [event.kind for event in events] == ["enrolment_code", "enrolment"]
    assert events[1].device_id == settings.device_id
    logged = " ".join(f"{e.login} {e.remote_address} {e.detail}" for e in events)
    assert surnames and not any(name in logged for name in surnames), logged
