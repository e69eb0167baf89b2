"""Art. 4: who must sign the intervention plan, and when a version takes effect.

"Ce projet ne prend effet que s'il est signé par les parents ou représentants légaux et l'enfant
capable de discernement." For each beneficiary child: every person holding parental authority
over them or acting as their legal representative, and the child when the CPI judged them able
to judge (a recorded, dated judgement, not an age rule). A young adult signs alone. The version
takes effect once every one of them has signed and the ONE has validated it; until then it is
not in force, whatever else happened.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from app.domain.snapshot import SignatoryEntry
from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet
from app.rules.ages import AgeGroup, age_group, beneficiary_unmet
from app.rules.judicial import judicial_request_unmet


@dataclass(frozen=True)
class PersonFacts:
    person_id: uuid.UUID
    name: str
    is_beneficiary: bool
    birth_date: date | None


@dataclass(frozen=True)
class AuthorityLink:
    """``holder`` holds parental authority over, or legally represents, ``child``."""

    holder_id: uuid.UUID
    child_id: uuid.UUID
    parental_authority: bool
    legal_representative: bool


@dataclass(frozen=True)
class FamilyFacts:
    persons: Mapping[uuid.UUID, PersonFacts]
    authority: tuple[AuthorityLink, ...]
    #: Latest discernment judgement per child: True able to judge, False not.
    discernment: Mapping[uuid.UUID, bool]
    #: Young adults who asked for aid themselves (art. 1).
    asked_themselves: frozenset[uuid.UUID]


@dataclass(frozen=True)
class Signatory:
    person_id: uuid.UUID
    name: str
    capacity: str  # a SignatoryCapacity value
    for_person_id: uuid.UUID

    def as_json(self) -> SignatoryEntry:
        return {"person_id": str(self.person_id), "name": self.name, "capacity": self.capacity,
                "for_person_id": str(self.for_person_id)}


def required_signatories(family: FamilyFacts, on: date) -> tuple[list[Signatory], list[Unmet]]:
    """Who must sign a version frozen on ``on``, and what prevents telling it."""
    signatories: dict[uuid.UUID, Signatory] = {}
    unmet: list[Unmet] = []
    beneficiaries = [p for p in family.persons.values() if p.is_beneficiary]
    if not beneficiaries:
        unmet.append(Unmet("art4.no_beneficiary", QT_TRANSLATE_NOOP(
            "Rules", "The dossier names no child or young adult: add the beneficiary first.")))
    for person in sorted(beneficiaries, key=lambda p: p.name):
        problems = beneficiary_unmet(person.name, person.birth_date, on,
                                     person.person_id in family.asked_themselves)
        unmet.extend(problems)
        if problems or person.birth_date is None:
            continue
        if age_group(person.birth_date, on) is AgeGroup.YOUNG_ADULT:
            signatories.setdefault(person.person_id, Signatory(
                person.person_id, person.name, "young_adult", person.person_id))
            continue
        unmet.extend(_child_signatories(family, person, signatories))
    return list(signatories.values()), unmet


def _child_signatories(family: FamilyFacts, child: PersonFacts,
                       signatories: dict[uuid.UUID, Signatory]) -> list[Unmet]:
    unmet: list[Unmet] = []
    holders = [link for link in family.authority if link.child_id == child.person_id
               and (link.parental_authority or link.legal_representative)]
    if not holders:
        unmet.append(Unmet("art4.no_representative", QT_TRANSLATE_NOOP(
            "Rules", "No parent with parental authority or legal representative is recorded for "
                     "{name}: record who signs for them (art. 4).").format(name=child.name),
                     article="art. 4"))
    for link in holders:
        holder = family.persons.get(link.holder_id)
        if holder is None:
            continue
        capacity = "parent" if link.parental_authority else "legal_representative"
        signatories.setdefault(holder.person_id, Signatory(
            holder.person_id, holder.name, capacity, child.person_id))
    able = family.discernment.get(child.person_id)
    if able is None:
        unmet.append(Unmet("art4.discernment_unknown", QT_TRANSLATE_NOOP(
            "Rules", "Record whether {name} is able to judge (capable de discernement), with the "
                     "date and your reason: the child able to judge signs the plan (art. 4).")
            .format(name=child.name), article="art. 4"))
    elif able:
        signatories.setdefault(child.person_id, Signatory(
            child.person_id, child.name, "child", child.person_id))
    return unmet


def in_force_unmet(signatories: Iterable[SignatoryEntry], signed_by: Iterable[uuid.UUID],
                   validated: bool, court_proceedings_pending: bool,
                   judicial_request_on: date | None) -> list[Unmet]:
    """Every reason a frozen version does not take effect yet (empty: it does)."""
    signed = {str(person_id) for person_id in signed_by}
    signatories = list(signatories)
    unmet = [] if signatories else [Unmet("art4.no_signatory", QT_TRANSLATE_NOOP(
        "Rules", "Nobody is listed to sign this version: prepare a new version (art. 4)."),
        article="art. 4")]
    unmet += [
        Unmet("art4.signature_missing", QT_TRANSLATE_NOOP(
            "Rules", "The plan takes effect only once {name} has signed it (art. 4).").format(
                name=signatory["name"]), article="art. 4")
        for signatory in signatories if signatory["person_id"] not in signed
    ]
    if not validated:
        unmet.append(Unmet("art4.validation_missing", QT_TRANSLATE_NOOP(
            "Rules", "The plan takes effect only once the ONE has validated it (art. 4)."),
            article="art. 4"))
    unmet.extend(judicial_request_unmet(court_proceedings_pending, judicial_request_on))
    return unmet
