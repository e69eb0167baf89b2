"""Art. 7, the personal data the ONE keeps.

- "Le dossier nominatif de chaque enfant peut être consulté par ses parents et l'enfant capable
  de discernement." The law says *parents*, not "holders of parental authority": every parent
  of a child of the dossier may consult it, whether or not they hold parental authority (the
  law adds no such condition, and a parent without authority keeps the right to know how their
  child is brought up); so may whoever holds parental authority over such a child or represents
  them (a guardian acts in the parents' place). It is the dossier of a *child* (under 18, art.
  3.1): a parent of a young adult does not consult it; the young adult, or a beneficiary come of
  age, consults their own, and the child able to judge theirs. The export of the whole dossier
  is given to them only.
- At the request of the person concerned, once of age (18), their data in the dossier are
  anonymised (each child's own file: their brothers and sisters keep theirs).
- Data sent out for statistics, documentation or research are anonymised first: the statistics
  extract carries only the fields listed in ``STATISTICS_FIELDS`` (no name, birth date, address
  or free text).
"""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet
from app.rules.ages import ADULT_AGE, age_on

#: The only fields a statistics extract may carry, per table of the extract.
STATISTICS_FIELDS: dict[str, tuple[str, ...]] = {
    "caseload": ("office_code", "state", "step", "cases"),
    "measures": ("measure_code", "unit", "measures", "quantity", "beneficiaries"),
    "durations": ("office_code", "state", "opened_year", "days_open", "age_group",
                  "plan_versions", "measures"),
}

#: What replaces every name and free text of an anonymised dossier.
ANONYMISED = "—"


def consultation_unmet(name: str, parent_of_child: bool, stands_for_child: bool,
                       is_beneficiary: bool, able_to_judge: bool | None,
                       is_adult: bool) -> list[Unmet]:
    """Why ``name`` may not receive the dossier (empty: they may). ``parent_of_child``: a
    parent of a child (under 18) of the dossier, with or without parental authority;
    ``stands_for_child``: holds parental authority over such a child or represents them."""
    if parent_of_child or stands_for_child or (is_beneficiary and (able_to_judge or is_adult)):
        return []
    return [Unmet("art7.consultation", QT_TRANSLATE_NOOP(
        "Rules", "{name} may not consult the dossier: a child's parents (with or without "
                 "parental authority), their guardian or legal representative, the child able "
                 "to judge and the beneficiary of age may (art. 7).").format(name=name),
        article="art. 7")]


def anonymisation_unmet(name: str, is_beneficiary: bool, birth_date: date | None,
                        on: date, *, already: bool = False) -> list[Unmet]:
    """Why ``name``'s data may not be anonymised at their request (empty: they may)."""
    if already:
        return [Unmet("art7.anonymise_done", QT_TRANSLATE_NOOP(
            "Rules", "{name} has already been anonymised (art. 7).").format(name=name),
            article="art. 7")]
    if not is_beneficiary:
        return [Unmet("art7.anonymise_not_concerned", QT_TRANSLATE_NOOP(
            "Rules", "Only a child or young adult of the dossier may ask for the anonymisation "
                     "of their own data; {name} is neither (art. 7).").format(
                name=name), article="art. 7")]
    if birth_date is None or age_on(birth_date, on) < ADULT_AGE:
        return [Unmet("art7.anonymise_minor", QT_TRANSLATE_NOOP(
            "Rules", "A person's data are anonymised at their own request once they are of "
                     "age; {name} is not 18 yet (art. 7).").format(name=name),
                     article="art. 7")]
    return []
