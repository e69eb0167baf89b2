"""The professional network around a dossier: providers and stakeholders, as the agent enters
them (plain input rules, no article of the law)."""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def provider_unmet(name: str, country: str, email: str = "") -> list[Unmet]:
    """Every reason a provider cannot be recorded as typed (empty: it can)."""
    unmet: list[Unmet] = []
    if email.strip() and ("@" not in email or " " in email.strip()):
        unmet.append(Unmet("provider.email", QT_TRANSLATE_NOOP(
            "Cases", "The e-mail address “{email}” is not one: check it (name@domain.lu).")
            .format(email=email.strip())))
    if not name.strip():
        unmet.append(Unmet("provider.name_missing", QT_TRANSLATE_NOOP(
            "Cases", "Enter the provider's name.")))
    if len(country) != 2 or not country.isalpha():
        unmet.append(Unmet("provider.country", QT_TRANSLATE_NOOP(
            "Cases", "Give the provider's country as a two-letter code (LU, BE, DE, FR...).")))
    return unmet


def stakeholder_unmet(name: str, role: str) -> list[Unmet]:
    if name.strip() and role.strip():
        return []
    return [Unmet("stakeholder.name_role", QT_TRANSLATE_NOOP(
        "Cases", "Give the stakeholder's name and the role agreed for them."))]


def directory_editor_unmet(one_admin: bool) -> list[Unmet]:
    """Art. 13: the minister grants agréments and the ONE keeps the directory; on a laptop,
    only a ONE administrator changes it."""
    if one_admin:
        return []
    return [Unmet("art13.directory", QT_TRANSLATE_NOOP(
        "Cases", "Only an administrator of the ONE changes the provider directory: the "
                 "ONE records the agréments the minister grants (art. 13)."),
                  article="art. 13")]


def agrement_input_unmet(number: str, codes: frozenset[str], unknown: frozenset[str],
                         valid_from: date | None, valid_to: date | None) -> list[Unmet]:
    """Every reason an agrément cannot be recorded as typed: its number, the art. 11
    measures it covers (codes of the catalogue), its period."""
    unmet: list[Unmet] = []
    label = number.strip() or "?"
    if not number.strip():
        unmet.append(Unmet("agrement.number", QT_TRANSLATE_NOOP(
            "Cases", "Enter the agrément's number as the minister's decision gives it.")))
    if not codes:
        unmet.append(Unmet("agrement.measures", QT_TRANSLATE_NOOP(
            "Cases", "Agrément {number}: give the art. 11 measures it covers, e.g. a1,c,h.")
            .format(number=label), article="art. 11"))
    elif unknown:
        unmet.append(Unmet("agrement.unknown_measures", QT_TRANSLATE_NOOP(
            "Cases", "Agrément {number}: {codes} are not measures of art. 11 (letters a to y, "
                     "formulas such as a1).").format(number=label,
                                                      codes=", ".join(sorted(unknown))),
            article="art. 11"))
    if valid_from is None:
        unmet.append(Unmet("agrement.valid_from", QT_TRANSLATE_NOOP(
            "Cases", "Agrément {number}: give the day it takes effect.").format(number=label)))
    elif valid_to is not None and valid_to < valid_from:
        unmet.append(Unmet("agrement.dates", QT_TRANSLATE_NOOP(
            "Cases", "Agrément {number}: it ends ({end}) before it takes effect ({start}). "
                     "Check the dates.").format(number=label, end=valid_to.strftime("%d/%m/%Y"),
                                                start=valid_from.strftime("%d/%m/%Y"))))
    return unmet
