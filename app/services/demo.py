"""A synthetic demo caseload: believable Luxembourg families, none of them real.

Used by ``cpi-terrain --demo``, the screenshots and the benchmarks. Names follow the country's
real mix (Luxembourgish, Portuguese, French, Italian, Balkan, Cape Verdean) with their accents,
so that sorting, searching and printing are exercised on what agents really type.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain import AidFrame, PersonRole, RelationshipKind, RequestChannel, RequesterKind
from app.services.cases import (
    OpenCaseInput,
    OpenedCase,
    PersonInput,
    RequestInput,
    link_persons,
    open_case,
)
from app.services.context import ServiceContext


@dataclass(frozen=True)
class NamePool:
    surnames: tuple[str, ...]
    first_names: tuple[str, ...]


POOLS = (
    NamePool(("Schmit", "Muller", "Weber", "Hoffmann", "Wagner", "Thill", "Kieffer", "Reuter",
              "Majerus", "Goerens", "Feltgen", "Kremer"),
             ("Léa", "Mathis", "Noémie", "Lucas", "Mats", "Lisa", "Ben", "Emma", "Fränz",
              "Josée", "Mil", "Carole")),
    NamePool(("Da Silva", "Ferreira", "Gonçalves", "Rodrigues", "Pereira", "Fernandes",
              "Carvalho", "Martins", "Conceição", "Magalhães"),
             ("João", "Inês", "Gonçalo", "Beatriz", "Tiago", "Leonor", "Rúben", "Mariana",
              "Matilde", "Simão", "Conceição", "António")),
    NamePool(("Lefèvre", "Dubois", "Moreau", "Lambert", "Girard", "Mercier", "Bérard"),
             ("Chloé", "Théo", "Maëlle", "Hugo", "Anaïs", "Jérôme", "Hélène", "Loïc")),
    NamePool(("Rossi", "Bianchi", "Colombo", "Ferraro", "Esposito", "Ricci", "De Santis"),
             ("Giulia", "Matteo", "Francesca", "Lorenzo", "Chiara", "Niccolò", "Gianluca")),
    NamePool(("Hodžić", "Kovačević", "Delić", "Begović", "Ramović", "Muratović", "Petrović"),
             ("Amra", "Emir", "Lejla", "Dženan", "Ajla", "Haris", "Selma", "Mirza", "Šejla")),
    NamePool(("Tavares", "Semedo", "Monteiro", "Fortes", "Gomes", "Andrade", "Varela"),
             ("Djenifer", "Edmilson", "Nelsinho", "Adilson", "Kátia", "Wilson", "Ivanilda")),
)

REQUESTS = (
    (RequestChannel.TELEPHONE_PERMANENCE, RequesterKind.PARENT,
     "La mère demande un soutien éducatif à domicile après la séparation."),
    (RequestChannel.WALK_IN_PERMANENCE, RequesterKind.PARENT,
     "Le père demande de l’aide pour l’organisation du quotidien et des devoirs."),
    (RequestChannel.REFERRAL_SCHOOL, RequesterKind.PROFESSIONAL,
     "L’école signale des absences répétées et une grande fatigue en classe."),
    (RequestChannel.REFERRAL_DOCTOR, RequesterKind.PROFESSIONAL,
     "La pédiatre propose une guidance parentale et un suivi psychologique."),
    (RequestChannel.REFERRAL_YOUTH_COURT, RequesterKind.JUDICIAL_AUTHORITY,
     "Le tribunal de la jeunesse demande expressément l’intervention de l’ONE."),
    (RequestChannel.TELEPHONE_PERMANENCE, RequesterKind.YOUNG_ADULT,
     "Le jeune adulte demande un accompagnement vers un logement autonome."),
)

_WORDS = ("mirabelle", "moselle", "ardoise", "quetsch", "riesling", "viaduc", "kirchberg",
          "bretzel", "lanterne", "pétanque", "schueberfouer", "hibou", "myrtille", "sentier",
          "glacier", "horloge", "tilleul", "fougère", "brasero", "colibri")


def demo_passphrase() -> str:
    """A fresh, strong passphrase shown on screen for the throwaway demo store."""
    words = [secrets.choice(_WORDS) for _ in range(4)]
    return " ".join(words) + f" {secrets.randbelow(90) + 10}"


def populate(
    ctx: ServiceContext, office_codes: list[str], *, families: int = 24, seed: int = 2008,
    today: date | None = None,
) -> list[OpenedCase]:
    """Open ``families`` synthetic dossiers through the ordinary services."""
    rng = random.Random(seed)
    today = today or date.today()
    return [_family(ctx, rng, rng.choice(office_codes), today) for _ in range(families)]


def _family(ctx: ServiceContext, rng: random.Random, office_code: str,
            today: date) -> OpenedCase:
    pool = rng.choice(POOLS)
    surname = rng.choice(pool.surnames)
    parents = [PersonInput(PersonRole.PARENT, rng.choice(pool.first_names), surname,
                           _born(rng, today, 28, 50))]
    if rng.random() < 0.6:
        other = rng.choice(POOLS) if rng.random() < 0.3 else pool
        parents.append(PersonInput(PersonRole.PARENT, rng.choice(other.first_names),
                                   rng.choice(other.surnames), _born(rng, today, 28, 52)))
    channel, requester, what = rng.choice(REQUESTS)
    received_on = today - timedelta(days=rng.randint(5, 700))
    young_adult = requester is RequesterKind.YOUNG_ADULT
    taken = {parent.first_name for parent in parents}
    free_names = [name for name in pool.first_names if name not in taken]
    names = rng.sample(free_names, 1 if young_adult else rng.randint(1, 3))
    if young_adult:
        children = [PersonInput(PersonRole.YOUNG_ADULT, names[0], surname,
                                _born(rng, today, 18, 25))]
    else:
        children = [PersonInput(PersonRole.CHILD, name, surname, _born(rng, today, 1, 17))
                    for name in names]
    court = requester is RequesterKind.JUDICIAL_AUTHORITY
    opened = open_case(ctx, OpenCaseInput(
        office_code=office_code,
        request=RequestInput(received_on, channel, requester, what),
        persons=(*parents, *children),
        aid_frame=AidFrame.COURT_ORDERED if court else AidFrame.VOLUNTARY,
        court_proceedings_pending=court and rng.random() < 0.5,
        opened_on=received_on,
        requester_index=len(parents) if young_adult else None,
        confirmed_new_persons=True,  # invented families: similar names are coincidences
    ), today=today)
    parent_ids = opened.person_ids[: len(parents)]
    for child_id in opened.person_ids[len(parents):]:
        for parent_id in parent_ids:
            link_persons(ctx, opened.case_id, parent_id, child_id, RelationshipKind.PARENT,
                         holds_parental_authority=not young_adult,
                         is_legal_representative=not young_adult)
    return opened


def _born(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    return today - timedelta(days=rng.randint(min_age * 365 + 10, max_age * 365 + 300))
