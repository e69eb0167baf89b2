"""The dossier's history tab: who acted (by name, on the server, under whose cover), on which
computer, and this computer's changes not yet synchronised, in French and German."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app import i18n as core_i18n
from app.domain import DossierHistoryEntry
from app.services.base.context import ServiceContext
from app.services.dossier.detail import load_dossier_detail
from app.services.dossier.opening import update_person_notes
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE, Family
from ui.dossier_window import DossierWindow
from ui.i18n import install_translations
from ui.qt import QApplication, QTableWidget

TODAY = date.today()
SEEN = {
    "fr": ("Historique", "Agent B, en remplacement de Agent A", "l’ONE (sur le serveur)",
           "cet ordinateur, pas encore synchronisé", "notes sur une personne modifiées",
           "dossier confié à un autre agent"),
    "de": ("Verlauf", "Agent B, in Vertretung von Agent A", "das ONE (auf dem Server)",
           "dieser Computer, noch nicht synchronisiert", None,
           "Akte einer anderen Fachkraft übertragen"),
}


@pytest.fixture(params=["fr", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translations(qapp, request.param)
    yield request.param
    core_i18n.set_translator(None)
    core_i18n.set_language("fr")


def _from_server(store: Store, case_id: uuid.UUID, record_id: uuid.UUID,
                 agent_a: uuid.UUID) -> None:
    """What the server's history brings down: a note by a colleague covering agent A, then
    the ONE's transfer of the dossier on the server."""
    at = datetime.now(UTC) - timedelta(hours=2)
    with store.transaction("test_history_from_the_server", from_server=True) as session:
        session.add(DossierHistoryEntry(
            case_id=case_id, at=at, made_at=at, user_id=uuid.uuid4(), user_name="Agent B",
            device_id=uuid.uuid4(), device_name="poste de agent.b",
            action="update_person_notes", entity="person", record_id=record_id,
            operation="update", fields=["notes"], outcome="applied",
            under_cover_of_id=agent_a, under_cover_of_name="Agent A",
            mutation_id=uuid.uuid4(), server_version=10))
        later = at + timedelta(minutes=30)
        session.add(DossierHistoryEntry(
            case_id=case_id, at=later, made_at=later, user_id=None, user_name="",
            device_id=None, device_name="", action="server_transfer", entity="case_file",
            record_id=case_id, operation="update", fields=["agent_id"], outcome="applied",
            server_version=11))


def test_the_history_tab_names_who_where_and_what_is_not_synchronised(
        qtbot: QtBot, store: Store, language: str) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    agent = sign_in_local_agent(ctx, "agent.a", "Agent A", OFFICE)
    family = Family.open(agent, TODAY)
    assert agent.actor_id is not None
    _from_server(store, family.case_id, family.child, agent.actor_id)
    update_person_notes(agent, family.child, "Vue ce matin")  # this laptop's, not sent yet
    window = DossierWindow(load_dossier_detail(agent, family.case_id))
    qtbot.addWidget(window)
    title, covered, one, pending, noted, moved = SEEN[language]
    tabs = window.tabs
    [table] = [tabs.widget(i) for i in range(tabs.count())
               if isinstance(tabs.widget(i), QTableWidget)
               and tabs.widget(i).accessibleName() == title]
    assert isinstance(table, QTableWidget)
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
            for r in range(table.rowCount())]
    by_what = {row[3]: row for row in rows}
    assert by_what[moved][1:3] == [one, ""]
    mine = rows[0]  # the newest: this laptop's note, waiting for the next sync
    assert mine[1:3] == ["Agent A", pending]
    colleague = [row for row in rows if row[1] == covered]
    assert len(colleague) == 1 and colleague[0][2] == "poste de agent.b"
    if noted is not None:
        assert mine[3] == noted == colleague[0][3]
    assert all(row[1] for row in rows)  # every line says who
    window.close()
