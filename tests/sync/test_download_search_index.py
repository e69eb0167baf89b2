"""A download lands its page with the search index's triggers paused and re-indexes each
dossier it wrote in once after (``search_index.paused``): the index it leaves is the one the
triggers would have left, whatever the page brought (a new family, texts changed), and nothing
of the pause stays behind."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain import ContactChannel, UserRole
from app.services.base.context import ServiceContext
from app.services.caseload.search import search_caseload
from app.services.dossier.opening import update_person_notes
from app.services.steps.coordination import ContactInput, log_contact
from app.services.sync import local
from app.store import search_index
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 11, 26)
NOON = datetime(2026, 11, 26, 12, tzinfo=UTC)


def _index(ctx: ServiceContext) -> list[tuple[int, str, str, str]]:
    with ctx.reading() as session:
        return [tuple(row) for row in session.execute(text(
            "SELECT rowid, number, names, texts FROM case_search ORDER BY rowid"))]


def _as_rebuilt(ctx: ServiceContext) -> list[tuple[int, str, str, str]]:
    """The index as a rebuild from the records writes it (rolled back)."""
    with ctx.store.transaction("check", None, from_server=True) as session:
        search_index.rebuild(session.connection())
        rebuilt = [tuple(row) for row in session.execute(text(
            "SELECT rowid, number, names, texts FROM case_search ORDER BY rowid"))]
        session.rollback()
    return rebuilt


def _paused_rows(ctx: ServiceContext) -> int:
    with ctx.reading() as session:
        return int(session.execute(text("SELECT count(*) FROM case_search_paused")).scalar_one())


def test_a_downloaded_page_leaves_the_index_the_triggers_would_have(tmp_path: Path) -> None:
    with Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}") as server:
        server.user("agent.a", name="Agent A")
        server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
        agent = Device.enrol(server, tmp_path / "agent", "agent.a")
        clerk = Device.enrol(server, tmp_path / "clerk", "clerk")
        family = Family.open(agent.ctx, TODAY, surname="Quennebert")
        Family.open(agent.ctx, TODAY, surname="Hoffmann")  # its index row stays as it was
        update_person_notes(agent.ctx, family.mother, "Apicultrice à Vianden")
        log_contact(agent.ctx, family.case_id, ContactInput(
            NOON, "École fondamentale", ContactChannel.TELEPHONE, "Absences le lundi"), now=NOON)
        agent.sync()
        clerk.sync()  # a new family and its texts in one page
        assert [row.case_id for row in search_caseload(clerk.ctx, "apicul", today=TODAY)] \
            == [family.case_id]
        assert _index(clerk.ctx) == _as_rebuilt(clerk.ctx) and _paused_rows(clerk.ctx) == 0

        # Texts changed: the dossier re-indexed.
        update_person_notes(agent.ctx, family.mother, "Boulangère à Wiltz")
        agent.sync()
        clerk.sync()
        assert search_caseload(clerk.ctx, "apicul", today=TODAY) == []
        assert [row.case_id for row in search_caseload(clerk.ctx, "boulang", today=TODAY)] \
            == [family.case_id]
        assert _index(clerk.ctx) == _as_rebuilt(clerk.ctx) and _paused_rows(clerk.ctx) == 0



def test_a_page_that_fails_leaves_the_triggers_on(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The pause lives inside the page's transaction: a page that fails takes it away."""
    with Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}") as server:
        server.user("agent.a", name="Agent A")
        server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
        agent = Device.enrol(server, tmp_path / "agent", "agent.a")
        clerk = Device.enrol(server, tmp_path / "clerk", "clerk")
        Family.open(agent.ctx, TODAY, surname="Quennebert")
        agent.sync()

        def broken(*_args: object, **_kwargs: object) -> None:
            raise RuntimeError("the disk is full")

        monkeypatch.setattr(local, "_move_cursors", broken)
        with pytest.raises(RuntimeError):
            clerk.sync()
        assert _paused_rows(clerk.ctx) == 0
        monkeypatch.undo()
        clerk.sync()
        family = Family.open(clerk.ctx, TODAY, surname="Zenner")  # the clerk's own writes
        assert [row.case_id for row in search_caseload(clerk.ctx, "zenner", today=TODAY)] \
            == [family.case_id]
        assert _index(clerk.ctx) == _as_rebuilt(clerk.ctx)
