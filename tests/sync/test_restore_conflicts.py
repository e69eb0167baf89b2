"""A change the server answered as in conflict, then lost with a restore before the device
downloaded the conflict: the device's store held its own value under an old version, so
nothing of it went back, and the next download put the server's value over it without a
trace. Found by the model-based proof (``tests/proof/test_sync_model.py``). The device now
keeps such a change until a download follows it, and sends it again after a restore."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest
from sqlalchemy import select

from app.domain import Case, Person, SyncConflict, UserRole
from app.domain.sync_state import AnsweredChange
from app.services.dossier.opening import update_person_notes
from app.services.steps.analysis import set_working_frame
from app.services.steps.workflow import move_case_to_step
from app.services.sync.local import sync_status
from app.services.sync.restore import KEPT_AFTER_TRANSFER
from sync.client import engine
from sync.client.errors import ServerUnreachable
from sync.server import admin
from tests.app.services.family import Family
from tests.sync.backups import Backups
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)


def _kept(server: Server, record: type[Person] | type[Case], record_id: uuid.UUID,
          field: str) -> set[str]:
    """The values of the field the server keeps: the record's and its conflicts'."""
    with server.sessions() as session:
        found = session.get(record, record_id)
        assert found is not None
        kept = {getattr(found, field)}
        for conflict in session.scalars(select(SyncConflict).where(
                SyncConflict.record_id == record_id, SyncConflict.field == field)):
            kept |= {value["v"] for value in (conflict.mine_value, conflict.theirs_value)}
        return kept


def _agent_and_clerk(server: Server, folder: Path) -> tuple[Device, Device]:
    server.user("agent.a", name="Agent A")
    server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
    return (Device.enrol(server, folder / "a", "agent.a"),
            Device.enrol(server, folder / "clerk", "clerk"))


def test_a_conflict_lost_with_a_restore_is_made_again(tmp_path: Path) -> None:
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        agent, clerk = _agent_and_clerk(server, tmp_path)
        family = Family.open(agent.ctx, TODAY)
        agent.sync()
        clerk.sync()
        backups.take()
        update_person_notes(agent.ctx, family.mother, "Vue par l'agent")
        agent.sync()
        update_person_notes(clerk.ctx, family.mother, "Appel au bureau")
        with mock.patch.object(engine, "_download",
                               side_effect=ServerUnreachable("réseau coupé")), \
                pytest.raises(ServerUnreachable):
            clerk.sync()  # answered: in conflict; the download that would bring it fails
        assert sync_status(clerk.ctx).pending == 0
        both = {"Vue par l'agent", "Appel au bureau"}
        assert _kept(server, Person, family.mother, "notes") == both
    with backups.restored(server, agent, clerk) as restored:
        for device in (clerk, agent, clerk, agent):
            device.sync()
        assert _kept(restored, Person, family.mother, "notes") == both
        for device in (agent, clerk):
            assert sync_status(device.ctx).pending == 0
            assert sync_status(device.ctx).open_conflicts == 1
    agent.close()
    clerk.close()


def test_a_restore_does_not_vouch_for_a_value_under_a_change_of_the_device(
        tmp_path: Path) -> None:
    """The clerk changed the working frame offline; the download since brought the dossier
    (a later step) but kept the clerk's frame, so the store's frame is the clerk's, and the
    value before it is older than the server's. Given back after a restore as the server's,
    it replaced the agent's frame, which the clerk's change then overwrote without a
    conflict. It now goes as believed only, and the change meets the agent's frame."""
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        agent, clerk = _agent_and_clerk(server, tmp_path)
        family = Family.open(agent.ctx, TODAY)
        agent.sync()
        clerk.sync()
        set_working_frame(clerk.ctx, family.case_id, "Appels du bureau")  # offline
        set_working_frame(agent.ctx, family.case_id, "Visites à domicile")
        agent.sync()
        with mock.patch.object(engine, "_upload"):
            clerk.sync()  # the download only: the agent's frame read, the clerk's kept
        backups.take()
        move_case_to_step(agent.ctx, family.case_id, 2, today=TODAY)
        agent.sync()
        with mock.patch.object(engine, "_upload"):
            clerk.sync()  # the later step read, the clerk's frame still kept
    with backups.restored(server, agent, clerk) as restored:
        for _round in range(2):  # the agent's laptop stays away
            clerk.sync()
        assert _kept(restored, Case, family.case_id, "working_frame") >= {
            "Visites à domicile", "Appels du bureau"}
    agent.close()
    clerk.close()


def test_a_conflict_of_a_dossier_transferred_away_survives_a_restore(tmp_path: Path) -> None:
    """Agent A set the working frame offline before the ONE gave the dossier to agent B, over
    the clerk's; A's upload, after the transfer, made a conflict (A's value kept there) and the
    download took the dossier off A's laptop, answered change included. The server then went
    back to a backup made before that upload: the conflict was lost, and the only device that
    knew A's value had forgotten it. The change is now kept through the purge (encrypted, for
    as long as backups are kept) and goes up again after a restore. Found by the
    model-based proof."""
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        first, clerk, family = _frame_set_offline_then_transferred(server, tmp_path)
        second = Device.enrol(server, tmp_path / "b", "agent.b")
        backups.take()  # after the transfer, before A's upload
        report = first.sync()
        assert report.conflicts == 1 and report.purged == [family.case_id]
        assert _kept(server, Case, family.case_id, "working_frame") == {
            "Cadre fixé par l'agent A", "Cadre fixé au bureau"}
    with backups.restored(server, first, second, clerk) as restored:
        for device in (first, second, clerk, first, second, clerk):
            device.sync()
        assert "Cadre fixé par l'agent A" in _kept(restored, Case, family.case_id,
                                                   "working_frame")
        with second.ctx.reading() as session:  # the dossier's agent sees the conflict
            assert session.scalar(select(SyncConflict).where(
                SyncConflict.case_id == family.case_id)) is not None
    for device in (first, second, clerk):
        device.close()


def test_answered_changes_of_a_dossier_transferred_away_go_after_the_backups(
        tmp_path: Path) -> None:
    """Kept through the purge for a restore, but not beyond the oldest backup the ONE keeps:
    the values of a dossier no longer the agent's do not stay on the laptop for good."""
    with Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}") as server:
        first, clerk, _family = _frame_set_offline_then_transferred(server, tmp_path)
        first.sync()
        first.sync()  # read past everything: the change stays, its dossier being gone
        assert _answered(first) == 1
        with first.ctx.store.transaction("test", None, from_server=True) as session:
            for change in session.scalars(select(AnsweredChange)):
                change.created_at = datetime.now(UTC) - KEPT_AFTER_TRANSFER - timedelta(days=1)
        first.sync()
        assert _answered(first) == 0
    for device in (first, clerk):
        device.close()


def _frame_set_offline_then_transferred(server: Server,
                                        folder: Path) -> tuple[Device, Device, Family]:
    """Agent A's dossier, its working frame set by the clerk, then by A offline (not yet
    uploaded) before the ONE gives the dossier to agent B."""
    server.user("agent.a", name="Agent A")
    server.user("agent.b", name="Agent B")
    server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
    first = Device.enrol(server, folder / "a", "agent.a")
    clerk = Device.enrol(server, folder / "clerk", "clerk")
    family = Family.open(first.ctx, TODAY)
    first.sync()
    clerk.sync()
    set_working_frame(clerk.ctx, family.case_id, "Cadre fixé au bureau")
    clerk.sync()
    set_working_frame(first.ctx, family.case_id, "Cadre fixé par l'agent A")  # offline
    with server.sessions() as session:
        number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
    admin.transfer_case(server.sessions, number, "agent.b")
    return first, clerk, family


def _answered(device: Device) -> int:
    with device.ctx.reading() as session:
        return len(list(session.scalars(select(AnsweredChange))))
