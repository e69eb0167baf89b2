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
from app.services.base.context import ServiceContext
from app.services.caseload.listing import ContactDetails
from app.services.dossier.corrections import PersonCorrection, correct_person
from app.services.dossier.opening import (
    OpenCaseInput,
    OpenedCase,
    PersonInput,
    RequestInput,
    link_persons,
    open_case,
)


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

#: The language a demo family speaks at home, by name pool (the country's real mix).
LANGUAGES = ("luxembourgeois", "portugais", "français", "italien", "bosnien",
             "créole cap-verdien")
STREETS = ("rue de l’Alzette", "route d’Arlon", "rue du Canal", "Grand-Rue", "rue des Jardins",
           "an der Gaass", "rue de la Gare", "avenue de la Liberté", "rue Principale")
TOWNS = {"centre": ("L-2340", "Luxembourg"), "est": ("L-6720", "Grevenmacher"),
         "nord": ("L-9201", "Diekirch"), "sud": ("L-4011", "Esch-sur-Alzette")}

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
    _contact_details(ctx, opened, (*parents, *children), POOLS.index(pool), office_code, today)
    return opened


def _contact_details(ctx: ServiceContext, opened: OpenedCase, persons: tuple[PersonInput, ...],
                     pool: int, office_code: str, today: date) -> None:
    """An address for the household, phones for the adults, a school for the children, the
    language spoken at home. Drawn from the dossier's own number, not the families' random
    stream, so that the families stay the same as before contact details existed."""
    rng = random.Random(opened.number)
    postal_code, town = TOWNS.get(office_code.split("-")[0], TOWNS["centre"])
    street = f"{rng.randint(1, 120)}, {rng.choice(STREETS)}"
    language = LANGUAGES[pool]
    interpreter = pool in (4, 5) and rng.random() < 0.5
    for person_id, person in zip(opened.person_ids, persons, strict=True):
        adult = person.role in (PersonRole.PARENT, PersonRole.YOUNG_ADULT)
        correct_person(ctx, person_id, PersonCorrection(
            person.role, person.first_name, person.last_name, person.birth_date, person.notes,
            ContactDetails(
                street=street, postal_code=postal_code, locality=town,
                phone=f"+352 6{rng.randint(21, 91)} {rng.randint(100, 999)} "
                      f"{rng.randint(100, 999)}" if adult else "",
                school="" if adult else f"École fondamentale de {town}",
                spoken_language=language, interpreter_needed=interpreter and adult)),
            today=today)


def _born(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    return today - timedelta(days=rng.randint(min_age * 365 + 10, max_age * 365 + 300))
