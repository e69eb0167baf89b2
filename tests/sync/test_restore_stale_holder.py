"""A device that read a transfer the restored server no longer has holds its dossier under
the new agent. It gives the dossier back like any record newer than the restored log, but
who holds a dossier is never restored (the ONE redoes a lost transfer): the server kept its
holder and the device, answered "applied", kept the other one, for good. Found by the
model-based proof (an office clerk's laptop). The server now announces the record again, so
that every device reads the holder the server has."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain import Case, UserRole
from sync.server import admin
from tests.app.services.family import Family
from tests.sync.backups import Backups
from tests.sync.harness import Device, Server, two_agents

TODAY = date(2026, 3, 2)


def _holder(device: Device, case_id: object) -> object:
    with device.ctx.reading() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.agent_id


def test_a_device_reads_again_the_holder_a_restore_took_back(tmp_path: Path) -> None:
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        first, second = two_agents(server, tmp_path)
        server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
        clerk = Device.enrol(server, tmp_path / "clerk", "clerk")
        family = Family.open(first.ctx, TODAY)
        first.sync()
        clerk.sync()
        backups.take()  # before the transfer
        with server.sessions() as session:
            case = session.get(Case, family.case_id)
            assert case is not None
            number, former = case.number, case.agent_id
        admin.transfer_case(server.sessions, number, "agent.b")
        clerk.sync()
        assert _holder(clerk, family.case_id) != former  # the clerk read the transfer
    with backups.restored(server, first, second, clerk) as restored:
        for device in (clerk, first, second, clerk):
            device.sync()
        with restored.sessions() as session:
            case = session.get(Case, family.case_id)
            assert case is not None and case.agent_id == former  # the transfer was lost
        assert _holder(clerk, family.case_id) == former
        admin.transfer_case(restored.sessions, number, "agent.b")  # the ONE redoes it
        clerk.sync()
        assert _holder(clerk, family.case_id) != former
    for device in (first, second, clerk):
        device.close()
