"""A fuller synthetic family for the genogram and the ecomap: two parents, three children, a
grandmother and four stakeholders (the workflow family, enlarged)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.domain import PersonRole, RelationshipKind, StakeholderKind
from app.services.base.context import ServiceContext
from app.services.dossier.opening import PersonInput, add_person, link_persons
from app.services.one.network import StakeholderInput, add_stakeholder
from tests.app.services.family import Family

TODAY = date(2026, 3, 2)


@dataclass
class BigFamily:
    family: Family
    children: tuple[uuid.UUID, ...]
    grandmother: uuid.UUID

    @property
    def case_id(self) -> uuid.UUID:
        return self.family.case_id


def big_family(agent: ServiceContext) -> BigFamily:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    case = family.case_id
    tomas = add_person(agent, case, PersonInput(PersonRole.CHILD, "Tomás", "Tavares Weber",
                                                date(2017, 9, 4)), today=TODAY)
    ines = add_person(agent, case, PersonInput(PersonRole.YOUNG_ADULT, "Inês", "Tavares",
                                               date(2007, 1, 21)), today=TODAY)
    grandmother = add_person(agent, case, PersonInput(
        PersonRole.OTHER_RELATIVE, "Maria do Céu", "Tavares", date(1958, 6, 2),
        "Garde Léa et Tomás le mercredi"), today=TODAY)
    for child in (tomas, ines):
        link_persons(agent, case, family.mother, child, RelationshipKind.PARENT,
                     holds_parental_authority=child == tomas,
                     is_legal_representative=child == tomas)
    link_persons(agent, case, family.father, tomas, RelationshipKind.PARENT,
                 holds_parental_authority=True, is_legal_representative=True)
    link_persons(agent, case, family.father, ines, RelationshipKind.STEP_PARENT)
    link_persons(agent, case, family.mother, family.father, RelationshipKind.PARTNER)
    link_persons(agent, case, grandmother, family.mother, RelationshipKind.PARENT)
    link_persons(agent, case, ines, family.child, RelationshipKind.HALF_SIBLING)
    for kind, name, role, organisation in (
            (StakeholderKind.SCHOOL, "Mme Claire Hoffmann", "Titulaire de classe de Léa",
             "École fondamentale Brill, Esch"),
            (StakeholderKind.DOCTOR, "Dr Marc Schmit", "Pédiatre, suivi de Tomás",
             "Cabinet médical Lallange"),
            (StakeholderKind.PSYCHOLOGIST, "Sophie Becker", "Entretiens mensuels avec Léa",
             "Kanner Jugendtelefon"),
            (StakeholderKind.SOCIAL_SERVICE, "Paul Kieffer", "Aide au logement de la famille",
             "Office social Esch-sur-Alzette")):
        add_stakeholder(agent, case, StakeholderInput(kind, name, role, organisation,
                                                      "+352 54 00 00"))
    return BigFamily(family, (family.child, tomas, ines), grandmother)
