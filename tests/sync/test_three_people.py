"""Two agents and a clerk on the same dossier, all offline: the first agent before the dossier
was transferred to the second, the clerk at the office. Different fields merge; the same field
becomes one conflict, seen by every device of the dossier; nothing is overwritten silently."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain import Case, Person, SyncConflict
from app.services.dossier.opening import update_person_notes
from app.services.steps.analysis import set_working_frame
from sync.server import admin
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)


def test_two_agents_and_a_clerk_edit_the_same_dossier_offline(
        server: Server, devices: dict[str, Device]) -> None:
    first, second, clerk = devices["agent.a"], devices["agent.b"], devices["clerk"]
    family = Family.open(first.ctx, TODAY)
    first.sync()
    clerk.sync()
    # Offline: the first agent notes on the mother and sets the frame...
    update_person_notes(first.ctx, family.mother, "Vue au domicile le 3 mars")
    set_working_frame(first.ctx, family.case_id, "Visites à domicile")
    # ...the dossier goes to the second agent, who sets the frame too...
    with server.sessions() as session:
        number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
    admin.transfer_case(server.sessions, number, "agent.b")
    second.sync()
    set_working_frame(second.ctx, family.case_id, "Rendez-vous au bureau")
    # ...and the clerk notes on the father.
    update_person_notes(clerk.ctx, family.father, "Numéro de téléphone changé")
    for device in (second, clerk, first, second, clerk):
        device.sync()
    assert [r.conflicts for r in first.reports][-1] == 1  # the frame, seen against agent B's
    with server.sessions() as session:
        case = session.get(Case, family.case_id)
        assert case is not None and case.working_frame == "Rendez-vous au bureau"
        conflict = session.scalars(select(SyncConflict)).one()
        assert (conflict.mine_value, conflict.theirs_value) == (
            {"v": "Visites à domicile"}, {"v": "Rendez-vous au bureau"})
    for device in (second, clerk):
        with device.ctx.reading() as session:
            mother = session.get(Person, family.mother)
            father = session.get(Person, family.father)
            assert mother is not None and mother.notes == "Vue au domicile le 3 mars"
            assert father is not None and father.notes == "Numéro de téléphone changé"
            assert [c.field for c in session.scalars(select(SyncConflict))] == [
                "working_frame"]
    with first.ctx.reading() as session:  # the dossier left the first agent's laptop
        assert session.get(Case, family.case_id) is None
