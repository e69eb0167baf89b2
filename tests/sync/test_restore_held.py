"""A restore can undo a transfer: the dossier goes back to its former agent on the restored
server while the new agent's laptop holds what they added since (acknowledged then). Their
laptop gives it back; the server may not apply it (the dossier is not theirs there) and may
not lose it: it holds it, ``cpi-server held`` lists it, and it is put in place when the ONE
gives the dossier back (``cpi-server transfer``). Found by the model-based proof."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.domain import Case, Person, SyncConflict
from app.services.steps.analysis import set_working_frame
from app.services.sync.local import sync_status
from sync.server import admin
from sync.server.models import HeldRestore
from sync.server.refusals import Refused
from tests.app.services.family import Family
from tests.sync.backups import Backups
from tests.sync.harness import Server, two_agents

TODAY = date(2026, 3, 2)
ROOT = Path(__file__).resolve().parents[2]


def _cli(database: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sync.server.main", "--database", database,
                           *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_what_a_restore_took_from_the_new_agent_waits_for_the_transfer(
        tmp_path: Path) -> None:
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        first, second = two_agents(server, tmp_path)
        family = Family.open(first.ctx, TODAY)
        first.sync()
        backups.take()  # before the transfer
        with server.sessions() as session:
            number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
        admin.transfer_case(server.sessions, number, "agent.b")
        second.sync()
        first.sync()
        added = family.add_grandmother(second.ctx)
        set_working_frame(second.ctx, family.case_id, "Rencontres à l'école")
        second.sync()
        assert sync_status(second.ctx).pending == 0  # acknowledged
    with backups.restored(server, first, second) as restored:
        for device in (second, first, second):
            device.sync()
        with restored.sessions() as session:
            assert session.get(Person, added) is None  # not applied: the dossier is A's here
            assert session.query(HeldRestore).count() >= 2  # but kept
        assert {reason for _entity, reason in sync_status(second.ctx).rejected} == {
            Refused.HELD.text()}
        listed = _cli(backups.url, "held")
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.splitlines()[0].split("\t")[:2] == [number, "agent.b"]
        redone = _cli(backups.url, "transfer", number, "agent.b")  # the ONE redoes the transfer
        assert redone.returncode == 0, redone.stderr
        assert _cli(backups.url, "held").stdout == ""
        for device in (first, second):
            device.sync()
        with restored.sessions() as session:
            assert session.get(Person, added) is not None
            # The server cannot tell whether its own frame is older than the agent's (their
            # laptop read nothing of the restored log): both kept, for the agent to choose.
            conflict = session.scalars(select(SyncConflict).where(
                SyncConflict.record_id == family.case_id)).one()
            assert (conflict.field, conflict.mine_value) == (
                "working_frame", {"v": "Rencontres à l'école"})
        with second.ctx.reading() as session:
            assert session.get(Person, added) is not None
            assert session.get(SyncConflict, conflict.id) is not None
        with first.ctx.reading() as session:
            assert session.get(Case, family.case_id) is None  # A's laptop lets it go again
    first.close()
    second.close()
