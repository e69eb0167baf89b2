"""A server restored from an older backup must be noticed by every device, whatever others
wrote since: a device that compares only its high water with the server's misses the restore
once other devices' new writes have carried the server's log past it, and what the server
lost of that device is then never sent again. Found by the model-based proof
(``tests/proof/test_sync_model.py``); the handshake now recognises the log the device read
(protocol 3's checkpoints), not only its length."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from unittest import mock

import pytest

from app.domain import Case, Person, UserRole
from app.services.dossier.opening import update_person_notes
from app.services.steps.analysis import set_working_frame
from app.services.sync.local import sync_status
from sync.client import engine
from sync.client.errors import ServerUnreachable
from sync.server import admin
from sync.server.models import HeldRestore
from sync.server.refusals import Refused
from tests.app.services.family import Family
from tests.sync.backups import Backups
from tests.sync.harness import Device, Server, two_agents

TODAY = date(2026, 3, 2)


def test_restore_is_noticed_after_others_wrote(tmp_path: Path) -> None:
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        first, second = two_agents(server, tmp_path)
        busy = Family.open(first.ctx, TODAY)
        quiet = Family.open(second.ctx, TODAY, surname="Nachtigall")
        first.sync()
        second.sync()
        backups.take()  # last night's backup
        update_person_notes(second.ctx, quiet.mother, "Après la sauvegarde")
        second.sync()  # acknowledged: the server has it, until the restore
    with backups.restored(server, first, second) as restored:
        for n in range(5):  # the other agent's day carries the log past what B had read
            update_person_notes(first.ctx, busy.mother, f"Note {n}")
            first.sync()
        second.sync()
        with restored.sessions() as session:
            mother = session.get(Person, quiet.mother)
            assert mother is not None and mother.notes == "Après la sauvegarde"
    first.close()
    second.close()


def test_a_restore_gives_back_the_edits_of_a_dossier_transferred_since(
        tmp_path: Path) -> None:
    """An agent's edit, then a transfer, then the server goes back to a backup made before
    both: the restored server gives the dossier to its former agent again (the ONE redoes the
    transfer), and the office clerk's laptop, which holds the edit, gives it back. Its whole
    record was refused before, for naming the new agent (found by the model-based proof)."""
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        server.user("agent.a", name="Agent A")
        server.user("agent.b", name="Agent B")
        server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
        devices = [Device.enrol(server, tmp_path / login, login)
                   for login in ("agent.a", "agent.b", "clerk")]
        first, second, clerk = devices
        family = Family.open(first.ctx, TODAY)
        for device in devices:
            device.sync()
        backups.take()
        set_working_frame(first.ctx, family.case_id, "Rencontres au bureau, le lundi")
        first.sync()
        with server.sessions() as session:
            number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
        admin.transfer_case(server.sessions, number, "agent.b")
        for device in (second, first, clerk):
            device.sync()
    with backups.restored(server, *devices) as restored:
        for device in (*devices, *devices):
            device.sync()
        with restored.sessions() as session:
            case = session.get(Case, family.case_id)
            assert case is not None and case.working_frame == "Rencontres au bureau, le lundi"
    for device in devices:
        device.close()


def test_a_restore_is_noticed_when_the_download_after_the_upload_failed(
        tmp_path: Path) -> None:
    """The upload is answered (the outbox empties), the download then fails (the network
    drops), and the server goes back to a backup made before the upload: the device's high
    water and checkpoints (from downloads) still matched the restored log: nothing told it the
    server lost
    its family, until the answers gave it checkpoints too. Found by the model-based proof (a
    device killed after the answers)."""
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        server.user("agent.a", name="Agent A")
        agent = Device.enrol(server, tmp_path / "a", "agent.a")
        agent.sync()
        backups.take()
        family = Family.open(agent.ctx, TODAY)
        with mock.patch.object(engine, "_download",
                               side_effect=ServerUnreachable("réseau coupé")), \
                pytest.raises(ServerUnreachable):
            agent.sync()
        assert sync_status(agent.ctx).pending == 0  # answered: acknowledged
    with backups.restored(server, agent) as restored:
        agent.sync()
        with restored.sessions() as session:
            assert session.get(Case, family.case_id) is not None
    agent.close()


def test_a_restore_gives_back_a_person_of_a_dossier_transferred_after_it(
        tmp_path: Path) -> None:
    """An agent adds a person (acknowledged), the server goes back to a backup made before,
    then the ONE transfers the dossier to another agent on the restored server. The former
    agent's laptop is the only one holding the person: it sends it again, and the server must
    take it back although the dossier is no longer that agent's (it was theirs when the
    person was added), but not an edit made after the transfer. Found by the model-based
    proof."""
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        first, second = two_agents(server, tmp_path)
        family = Family.open(first.ctx, TODAY)
        first.sync()
        second.sync()
        backups.take()
        added = family.add_grandmother(first.ctx)
        first.sync()
        assert sync_status(first.ctx).pending == 0  # acknowledged
    with backups.restored(server, first, second) as restored:
        with restored.sessions() as session:
            number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
        admin.transfer_case(restored.sessions, number, "agent.b")
        update_person_notes(first.ctx, added, "Écrit après le transfert")
        for device in (first, second, first, second):
            device.sync()
        with restored.sessions() as session:
            person = session.get(Person, added)
            assert person is not None and person.notes != "Écrit après le transfert"
        assert [reason for _entity, reason in sync_status(first.ctx).rejected] == [
            Refused.NOT_ASSIGNED.text()]
        with second.ctx.reading() as session:
            assert session.get(Person, added) is not None  # the new agent's laptop too
    first.close()
    second.close()


def test_a_change_waiting_since_lands_on_the_record_a_restore_gives_back(
        tmp_path: Path) -> None:
    """A person added (acknowledged), the server restored from before it, then a note
    written offline: the restore sends the person as the server had it, first, and the note
    follows as the change it is (sent before the restore, it was refused for a record the
    server did not have yet)."""
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        server.user("agent.a", name="Agent A")
        agent = Device.enrol(server, tmp_path / "a", "agent.a")
        family = Family.open(agent.ctx, TODAY)
        agent.sync()
        backups.take()
        added = family.add_grandmother(agent.ctx)
        agent.sync()
    with backups.restored(server, agent) as restored:
        update_person_notes(agent.ctx, added, "Vue au marché")
        agent.sync()
        with restored.sessions() as session:
            person = session.get(Person, added)
            assert person is not None and person.notes == "Vue au marché"
        assert sync_status(agent.ctx).rejected == []
    agent.close()


def test_a_restore_gives_back_what_a_former_agent_added_before_a_transfer_it_missed(
        tmp_path: Path) -> None:
    """The former agent added a person offline before the ONE transferred the dossier; the
    upload, after the transfer, was accepted (made while the dossier was theirs) and the
    download that would have taken the dossier off the laptop failed. The server then went
    back to a backup made after the transfer and before that upload. The laptop gives the
    person back, dated from its last contact, after the transfer: the server held it for the
    day the dossier would return to that agent, which a rightful transfer never brings, so
    nobody saw it again. Found by the model-based proof (a conflict record kept that way)."""
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        first, second = two_agents(server, tmp_path)
        family = Family.open(first.ctx, TODAY)
        first.sync()
        second.sync()
        added = family.add_grandmother(first.ctx)  # offline, before the transfer
        with server.sessions() as session:
            number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
        admin.transfer_case(server.sessions, number, "agent.b")
        backups.take()  # after the transfer, before the upload
        with mock.patch.object(engine, "_download",
                               side_effect=ServerUnreachable("réseau coupé")), \
                pytest.raises(ServerUnreachable):
            first.sync()
        assert sync_status(first.ctx).pending == 0  # acknowledged
    with backups.restored(server, first, second) as restored:
        for device in (first, second, first, second):
            device.sync()
        with restored.sessions() as session:
            assert session.get(Person, added) is not None
            assert session.query(HeldRestore).count() == 0
        with second.ctx.reading() as session:
            assert session.get(Person, added) is not None  # the dossier's agent sees it
        assert sync_status(first.ctx).rejected == []
    first.close()
    second.close()
