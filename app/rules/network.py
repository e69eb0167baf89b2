"""The professional network around a dossier: providers and stakeholders, as the agent enters
them (plain input rules, no article of the law)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def provider_unmet(name: str, country: str) -> list[Unmet]:
    """Every reason a provider cannot be recorded as typed (empty: it can)."""
    unmet: list[Unmet] = []
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
