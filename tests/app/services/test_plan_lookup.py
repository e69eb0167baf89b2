"""From the fingerprint printed on a signed page back to the dossier and the exact version."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest

from app.documents.fingerprint import fingerprint
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.plan.lookup import find_version_by_fingerprint
from app.services.plan.versions import prepare_plan_version, record_discernment
from tests.app.services.family import Family

TODAY = date(2026, 11, 26)


def ready(agent: ServiceContext, surname: str = "Tavares") -> tuple[Family, uuid.UUID]:
    family = Family.open(agent, TODAY, surname=surname).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "Trop jeune")
    return family, family.ready_version()


@pytest.mark.parametrize("shape", [
    lambda f: f,
    lambda f: f.lower(),
    lambda f: f.replace("-", ""),
    lambda f: "  " + f.replace("-", " ").lower() + "\n",
    lambda f: f"CPI-PLAN v1 {f}",
])
def test_a_fingerprint_as_typed_pasted_or_scanned_finds_the_version(
    agent: ServiceContext, shape: Callable[[str], str],
) -> None:
    family, version_id = ready(agent)
    printed = fingerprint(family.version(version_id))
    match = find_version_by_fingerprint(agent, shape(printed))
    assert (match.case_id, match.version_id, match.number) == (family.case_id, version_id, 1)
    assert match.fingerprint == printed


def test_the_right_version_among_several_dossiers(agent: ServiceContext) -> None:
    ready(agent)
    other, other_version = ready(agent, surname="Schmit")
    match = find_version_by_fingerprint(agent, fingerprint(other.version(other_version)))
    assert match.version_id == other_version and match.case_id == other.case_id


def test_an_unknown_fingerprint_says_so_plainly(agent: ServiceContext) -> None:
    ready(agent)
    with pytest.raises(RuleViolation) as refused:
        find_version_by_fingerprint(agent, "0000-0000-0000-0000")
    assert refused.value.codes == ("fingerprint.unknown",)
    assert "0000-0000-0000-0000" in refused.value.message("en")


def test_a_draft_is_never_found(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    draft = prepare_plan_version(agent, family.case_id, today=TODAY)
    with pytest.raises(RuleViolation) as refused:
        find_version_by_fingerprint(agent, fingerprint(family.version(draft)))
    assert refused.value.codes == ("fingerprint.unknown",)


@pytest.mark.parametrize("typed", ["", "3F2A-9C01", "3F2A-9C01-77BE-0D4G", "hello world",
                                   "3F2A-9C01-77BE-0D4E-11"])
def test_a_malformed_fingerprint_is_refused(agent: ServiceContext, typed: str) -> None:
    with pytest.raises(RuleViolation) as refused:
        find_version_by_fingerprint(agent, typed)
    assert refused.value.codes == ("fingerprint.malformed",)
