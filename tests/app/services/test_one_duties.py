"""Art. 6 semester list and art. 7: export for the family, anonymisation, statistics."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain import OutboxEntry, Person, PersonRole
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.dossier.opening import PersonInput, add_person
from app.services.dossier.records import as_wire, case_records
from app.services.one.duties import anonymise_dossier, export_dossier, semester_placement_list
from app.services.one.network import ProviderInput, register_provider
from app.services.one.statistics import statistics_extract
from app.services.plan.versions import record_discernment
from app.services.steps.implementation import end_measure, start_measure
from tests.app.services.family import Family, validator_context

OPENED = date(2026, 3, 2)
APRIL_FIRST = date(2026, 4, 1)


def _placed(agent: ServiceContext, surname: str, *, born: date = date(2014, 5, 17),
            country: str = "LU", start: date = date(2026, 3, 15)) -> Family:
    family = Family.open(agent, OPENED, surname=surname, child_born=born).analyse().assess()
    family.provider = register_provider(agent, ProviderInput(
        f"Foyer {surname}", "AGR-2010-9", None, "Mersch", country))
    family.plan("a1", Decimal(365)).in_force(validator_context(agent))
    assert family.measure is not None
    start_measure(agent, family.measure, start)
    return family


def test_semester_list_counts_placements_spanning_the_reference_day(
    agent: ServiceContext,
) -> None:
    spanning = _placed(agent, "Ferreira")
    ended = _placed(agent, "Hoxha")
    assert ended.measure is not None
    end_measure(agent, ended.measure, date(2026, 3, 31), "Retour en famille")
    _placed(agent, "Majeur", born=date(2008, 4, 1))  # 18 on 1 April: no longer a child
    abroad = _placed(agent, "Delvaux", country="BE")
    _placed(agent, "Tardif", start=date(2026, 4, 2))  # starts the day after

    listed = semester_placement_list(agent, APRIL_FIRST)
    assert {c.person_id: c.abroad for c in listed} == {spanning.child: False,
                                                       abroad.child: True}
    assert all(c.placement == "institution" and c.since == date(2026, 3, 15) for c in listed)
    with pytest.raises(RuleViolation) as refused:
        semester_placement_list(agent, date(2026, 4, 2))
    assert refused.value.codes == ("art6.reference_day",)


def test_the_export_goes_to_parents_and_the_child_able_to_judge_only(
    agent: ServiceContext,
) -> None:
    family = Family.open(agent, OPENED).analyse()
    aunt = add_person(agent, family.case_id, PersonInput(
        PersonRole.OTHER_RELATIVE, "Rosa", "Tavares", date(1979, 1, 1)), today=OPENED)
    with pytest.raises(RuleViolation) as refused:
        export_dossier(agent, family.case_id, aunt, OPENED)
    assert refused.value.codes == ("art7.consultation",)
    with pytest.raises(RuleViolation):
        export_dossier(agent, family.case_id, family.child, OPENED)  # not judged able
    record_discernment(agent, family.case_id, family.child, True, OPENED, "11 ans, mûre")
    for reader in (family.mother, family.child):
        document = json.loads(export_dossier(agent, family.case_id, reader, OPENED))
        names = {p["first_name"] for p in document["tables"]["person"]}
        assert names == {"Ana Sofia", "Jeff", "Léa", "Rosa"}
        assert document["tables"]["case_file"][0]["working_frame"].startswith("Rencontres")
    again = json.loads(export_dossier(agent, family.case_id, family.father, OPENED))
    assert {c["requested_by_id"] for c in again["tables"]["dossier_consultation"]} == {
        str(family.mother), str(family.child)}


def test_anonymisation_waits_for_majority_then_removes_every_name(
    agent: ServiceContext,
) -> None:
    family = Family.open(agent, OPENED, child_born=date(2008, 4, 15)).analyse().assess()
    with pytest.raises(RuleViolation) as refused:
        anonymise_dossier(agent, family.case_id, family.mother, OPENED)
    assert refused.value.codes == ("art7.anonymise_not_concerned",)
    with pytest.raises(RuleViolation) as refused:
        anonymise_dossier(agent, family.case_id, family.child, date(2026, 4, 14))
    assert refused.value.codes == ("art7.anonymise_minor",)
    anonymise_dossier(agent, family.case_id, family.child, date(2026, 4, 15))

    with agent.reading() as session:
        persons = session.scalars(select(Person).where(Person.case_id == family.case_id)).all()
        outbox = " ".join(json.dumps(e.changes, ensure_ascii=False)
                          for e in session.scalars(select(OutboxEntry)))
        stored = json.dumps([as_wire(r) for r in case_records(session, family.case_id)],
                            ensure_ascii=False)
    assert {p.first_name for p in persons} == {"—"} and {p.birth_date for p in persons} == {None}
    for planted in ("Tavares", "Ana Sofia", "Weber", "Léa", "Absences scolaires",
                    "grand-mère", "Rencontres mensuelles", "1985-03-09"):
        assert planted not in outbox, planted
        assert planted not in stored, planted


def test_statistics_carry_no_name_birth_date_or_free_text(agent: ServiceContext) -> None:
    family = _placed(agent, "Kelmendi")
    assert family.measure is not None
    extract = statistics_extract(agent, date(2026, 11, 23))
    text = "\n".join(extract.as_csv().values())
    for planted in ("Kelmendi", "Léa", "Ana Sofia", "2014-05-17", "17/05/2014", "Absences",
                    "Rencontres", "Foyer", "Mersch", "école"):
        assert planted not in text, planted
    assert extract.tables["measures"] == [{"measure_code": "a1", "unit": "day", "measures": 1,
                                           "quantity": "365.00", "beneficiaries": 1}]
    assert extract.tables["caseload"] == [{"office_code": "sud-esch-sur-alzette",
                                           "state": "open", "step": 5, "cases": 1}]
    assert extract.tables["durations"][0]["days_open"] == (date(2026, 11, 23) - OPENED).days
