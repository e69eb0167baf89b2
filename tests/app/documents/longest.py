"""The plan with every printed field at its maximum length (``app.domain.text_limits``), in the
large family's shape: 6 children, 3 legal representatives, 30 measures, 6 stakeholders. What
one device could at worst make every colleague print (bench/documents.py times it)."""

from __future__ import annotations

from datetime import date

from app.documents.plan import FrozenPlan
from app.domain.snapshot import (
    PlanSnapshot,
    SignatoryEntry,
    SnapshotAssessment,
    SnapshotBeneficiary,
    SnapshotMeasure,
    SnapshotObjective,
    SnapshotRequest,
    SnapshotStakeholder,
)
from app.domain.text_limits import text_limit

WORDS = "Lëtzebuerg famille école Esch-sur-Alzette rendez-vous ŁÓdź Nguyễn « soutien » "
#: The last words of every long field, to find on paper.
END = "FINDUCHAMP"


def at_limit(entity: str, field: str, words: str = WORDS) -> str:
    """A text of exactly the field's limit, ending with ``END``."""
    limit = text_limit(entity, field)
    assert limit is not None, (entity, field)
    return ((words * (limit // len(words) + 1))[:limit - len(END) - 1] + " " + END)


def longest_frozen_plan(words: str = WORDS) -> FrozenPlan:
    def full(entity: str, field: str) -> str:
        return at_limit(entity, field, words)

    name = full("person", "first_name")[:60] + " " + full("person", "last_name")[:59]
    children = [f"{i}{name}"[:240] for i in range(6)]
    beneficiaries = [SnapshotBeneficiary(id=f"child-{i}", name=children[i],
                                         birth_date="2014-05-17") for i in range(6)]
    objectives = [SnapshotObjective(
        id=f"objective-{i}", wording=full("objective", "wording"),
        indicator=full("objective", "indicator"), due_on="2027-06-30", horizon="medium",
        person_id=f"child-{i}", accepted_by=full("objective", "accepted_by"),
        realism=full("objective", "realism")) for i in range(6)]
    measures = [SnapshotMeasure(
        id=f"measure-{i}", code="i", starts_on="2026-03-02", ends_on="2027-06-30",
        objective_ids=[f"objective-{i % 6}"],
        label_fr="l'assistance psychique, sociale ou éducative en famille",
        label_de="die psychische, soziale oder erzieherische Unterstützung in der Familie",
        beneficiary_id=f"child-{i % 6}", beneficiary=children[i % 6],
        provider=full("provider", "name"), quantity="120", unit="hour",
        volume_note=full("planned_measure", "volume_note")) for i in range(30)]
    snapshot = PlanSnapshot(
        case_number="2026-SUD-0001",
        office={"name": full("office", "name"), "locality": full("office", "locality")},
        cpi={"name": full("app_user", "display_name")},
        requests=[SnapshotRequest(received_on="2026-03-02", what=full("request", "what"))
                  for _ in range(3)],
        assessments=[SnapshotAssessment(
            person_id=f"child-{i}", name=children[i],
            resources=full("person_assessment", "resources"),
            difficulties=full("person_assessment", "difficulties")) for i in range(6)],
        aid_frame="voluntary", beneficiaries=beneficiaries, objectives=objectives,
        measures=measures,
        stakeholders=[SnapshotStakeholder(
            name=full("stakeholder", "name"), kind="school",
            organisation=full("stakeholder", "organisation"), role=full("stakeholder", "role"))
            for _ in range(6)])
    signatories = [SignatoryEntry(person_id=f"adult-{i}", name=name,
                                  capacity="legal_representative") for i in range(3)]
    signatories += [SignatoryEntry(person_id=f"child-{i}", name=children[i],
                                   capacity="child") for i in range(0, 6, 2)]
    return FrozenPlan(1, snapshot, signatories, date(2026, 3, 2), date(2026, 9, 2),
                      "0123456789abcdef")
