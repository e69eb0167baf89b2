"""The JSON a plan version freezes: its content (``PlanVersion.snapshot``) and who must sign
(``PlanVersion.signatories``), typed once for the builder and every reader.

The shapes are what the store and the server already hold: versions frozen by older releases,
and those synced from other devices, read the same. Keys an older version may lack are
``NotRequired`` (the readers fall back: the CPI's name, for one, came later), and the whole
snapshot is ``total=False`` (a draft's is empty until it is frozen). Enum values stay their
stored strings (``horizon`` is a ``Horizon`` value): the JSON holds nothing else.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class SnapshotOffice(TypedDict, total=False):
    name: str
    locality: str


class SnapshotAgent(TypedDict, total=False):
    """The CPI who prepared the version (and signs it too)."""

    name: str


class SnapshotRequest(TypedDict):
    received_on: str  # ISO date
    what: str


class SnapshotAssessment(TypedDict):
    person_id: str
    name: str
    resources: NotRequired[str]
    difficulties: NotRequired[str]


class SnapshotBeneficiary(TypedDict):
    id: str
    name: str
    birth_date: NotRequired[str | None]  # ISO date; unknown for some young adults


class SnapshotObjective(TypedDict):
    id: str
    wording: str
    indicator: str
    due_on: str  # ISO date
    horizon: str  # a Horizon value
    person_id: NotRequired[str | None]
    person: NotRequired[str]
    accepted_by: NotRequired[str]
    realism: NotRequired[str]


class SnapshotMeasure(TypedDict):
    id: str
    code: str
    starts_on: str  # ISO date
    ends_on: str  # ISO date
    objective_ids: list[str]
    label_fr: NotRequired[str]
    label_de: NotRequired[str]
    beneficiary_id: NotRequired[str]
    beneficiary: NotRequired[str]
    provider: NotRequired[str]
    quantity: NotRequired[str | None]  # a Decimal written out
    unit: NotRequired[str | None]
    volume_note: NotRequired[str]


class SnapshotStakeholder(TypedDict):
    name: str
    kind: str  # a StakeholderKind value
    organisation: NotRequired[str]
    role: NotRequired[str]


class PlanSnapshot(TypedDict, total=False):
    """What the family reads and signs, as it was when the version was frozen."""

    case_number: str
    office: SnapshotOffice
    cpi: SnapshotAgent
    requests: list[SnapshotRequest]
    assessments: list[SnapshotAssessment]
    aid_frame: str  # an AidFrame value
    beneficiaries: list[SnapshotBeneficiary]
    objectives: list[SnapshotObjective]
    measures: list[SnapshotMeasure]
    stakeholders: list[SnapshotStakeholder]


class SignatoryEntry(TypedDict):
    """One person who must sign the version (art. 4), frozen with it."""

    person_id: str
    name: str
    capacity: str  # a SignatoryCapacity value
    for_person_id: NotRequired[str]  # the child the signature is for
