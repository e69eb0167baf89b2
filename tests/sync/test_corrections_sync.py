"""Corrections travel like any edit: a colleague's correction of another field merges, the
same field corrected on two laptops becomes a conflict a person resolves, and a tie changed by
a court decision reaches every device with the next plan's signatories."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.domain import PersonRole, RelationshipKind, UserRole
from app.services.caseload.listing import ContactDetails, get_dossier
from app.services.dossier.conflicts import open_conflicts
from app.services.dossier.corrections import (
    LinkChange,
    PersonCorrection,
    change_link,
    correct_person,
)
from app.services.sync.local import sync_status
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

TODAY = date(2026, 3, 2)


@pytest.fixture
def pair(server: Server, tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    server.user("agent.a", name="Agent A")
    server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
    agent = Device.enrol(server, tmp_path / "agent", "agent.a")
    clerk = Device.enrol(server, tmp_path / "clerk", "clerk")
    yield agent, clerk
    agent.close()
    clerk.close()


def _mother(device: Device, family: Family, **contact: str) -> PersonCorrection:
    person = next(p for p in get_dossier(device.ctx, family.case_id).persons
                  if p.person_id == family.mother)
    return PersonCorrection(PersonRole.PARENT, person.first_name, person.last_name,
                            person.birth_date, person.notes,
                            ContactDetails(**{**person.contact.__dict__, **contact}))


def test_corrections_of_different_fields_merge_and_of_one_field_conflict(
        server: Server, pair: tuple[Device, Device]) -> None:
    agent, clerk = pair
    family = Family.open(agent.ctx, TODAY)
    agent.sync()
    clerk.sync()
    correct_person(clerk.ctx, family.mother, _mother(clerk, family, phone="+352 621 000 111"),
                   today=TODAY)
    correct_person(agent.ctx, family.mother, _mother(agent, family, email="ana@example.lu"),
                   today=TODAY)
    clerk.sync()
    assert agent.sync().conflicts == 0  # another field: merged
    clerk.sync()
    for device in (agent, clerk):
        mother = _mother(device, family).contact
        assert (mother.phone, mother.email) == ("+352 621 000 111", "ana@example.lu")

    correct_person(clerk.ctx, family.mother, _mother(clerk, family, locality="Dudelange"),
                   today=TODAY)
    correct_person(agent.ctx, family.mother, _mother(agent, family, locality="Differdange"),
                   today=TODAY)
    clerk.sync()
    assert agent.sync().conflicts == 1  # the same field: a person chooses
    (conflict,) = open_conflicts(agent.ctx, family.case_id)
    assert (conflict.mine, conflict.theirs) == ("Differdange", "Dudelange")
    assert sync_status(agent.ctx).open_conflicts == 1


def test_a_tie_changed_by_a_court_reaches_the_other_device(
        server: Server, pair: tuple[Device, Device]) -> None:
    agent, clerk = pair
    family = Family.open(agent.ctx, TODAY)
    agent.sync()
    tie = next(r for r in get_dossier(agent.ctx, family.case_id).relationships
               if r.from_person_id == family.father)
    successor = change_link(agent.ctx, tie.relationship_id, LinkChange(
        RelationshipKind.PARENT, False, False, TODAY, "Jugement du 1er mars 2026"),
        today=TODAY)
    report = agent.sync()
    assert report.rejected == 0, report
    clerk.sync()
    ties = {r.relationship_id: r for r in get_dossier(clerk.ctx, family.case_id).relationships}
    assert ties[tie.relationship_id].ended_on == TODAY
    assert ties[tie.relationship_id].end_reason == "Jugement du 1er mars 2026"
    assert ties[successor].current and not ties[successor].holds_parental_authority
