"""Art. 6 semester list and art. 7: export for the family, anonymisation, statistics."""

from __future__ import annotations

import json
import unicodedata
import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain import (
    Base,
    OutboxEntry,
    Person,
    PersonAnonymisation,
    PersonRole,
    RejectedChange,
    SyncConflict,
    WizardDraft,
)
from app.domain.base import utc_now
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.base.drafts import save_draft
from app.services.dossier.opening import PersonInput, add_person, update_person_notes
from app.services.one.duties import anonymise_person, export_dossier, semester_placement_list
from app.services.one.network import ProviderInput, register_provider
from app.services.one.statistics import statistics_extract
from app.services.plan.versions import (
    discard_plan_version,
    prepare_plan_version,
    record_discernment,
)
from app.services.steps.implementation import end_measure, start_measure
from app.services.steps.planning import withdraw_planned_measure
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


def _everything(session: Session) -> str:
    """Every row of every table of the store, deleted ones too, as text."""
    rows = []
    for table in Base.metadata.sorted_tables:
        rows += [repr(tuple(row)) for row in session.execute(table.select())]
    rows += [repr(tuple(row)) for row in session.execute(text("SELECT * FROM case_search"))]
    return unicodedata.normalize("NFC", "\n".join(rows))


def _spellings(*words: str) -> list[str]:
    found = []
    for word in words:
        for form in (word, word.upper(), word.lower()):
            found += [unicodedata.normalize("NFC", form), unicodedata.normalize("NFD", form)]
    return found


def test_anonymising_a_person_of_age_reaches_every_record_of_theirs_and_no_sibling(
    agent: ServiceContext,
) -> None:
    family = Family.open(agent, OPENED, child_born=date(2008, 4, 15), surname="Morais")
    family.analyse().assess().plan()
    sister = add_person(agent, family.case_id, PersonInput(
        PersonRole.CHILD, "Inês", "Morais", date(2015, 6, 1)), today=OPENED, confirmed_new=True)
    update_person_notes(agent, family.mother, unicodedata.normalize(
        "NFD", "LÉA passe le week-end chez Inês ; née le 15.04.2008"))
    update_person_notes(agent, sister, "Inês parle souvent de sa sœur lea")
    version = prepare_plan_version(agent, family.case_id, today=OPENED)  # names Léa
    discard_plan_version(agent, version, "Brouillon refusé par Léa", today=OPENED)
    assert family.objective is not None and family.measure is not None
    withdraw_planned_measure(agent, family.measure, "Léa refuse le suivi")
    agent_id = agent.actor_id

    with pytest.raises(RuleViolation) as refused:
        anonymise_person(agent, family.mother, date(2026, 4, 15))
    assert refused.value.codes == ("art7.anonymise_not_concerned",)
    with pytest.raises(RuleViolation) as refused:
        anonymise_person(agent, family.child, date(2026, 4, 14))
    assert refused.value.codes == ("art7.anonymise_minor",)
    with pytest.raises(RuleViolation) as refused:
        anonymise_person(agent, sister, date(2026, 4, 15))
    assert refused.value.codes == ("art7.anonymise_minor",)
    anonymise_person(agent, family.child, date(2026, 4, 15))
    with pytest.raises(RuleViolation) as refused:
        anonymise_person(agent, family.child, date(2026, 4, 16))
    assert refused.value.codes == ("art7.anonymise_done",)

    with agent.reading() as session:
        everything = _everything(session)
        persons = {p.id: p for p in session.scalars(select(Person))}
        record = session.scalars(select(PersonAnonymisation)).one()
        outbox = [(e.entity, e.operation) for e in session.scalars(select(OutboxEntry).where(
            OutboxEntry.case_id == family.case_id).order_by(OutboxEntry.seq))]
    for planted in _spellings("Léa", "2008-04-15", "15.04.2008"):
        assert planted not in everything, planted
    assert "Lea" not in everything and "lea" not in everything.replace("release", "")
    assert persons[family.child].first_name == "—" and persons[family.child].birth_date is None
    assert persons[family.child].last_name == "—"  # hers; Inês keeps the family name
    assert (persons[sister].first_name, persons[sister].birth_date) == ("Inês",
                                                                        date(2015, 6, 1))
    assert persons[sister].notes == "Inês parle souvent de sa sœur —"
    assert persons[family.mother].notes.startswith("— passe le week-end chez Inês")
    assert (record.person_id, record.requested_by_id, record.requested_on,
            record.recorded_by_id, record.age_band) == (
        family.child, family.child, date(2026, 4, 15), agent_id, "young_adult")
    # It goes up before every change of a record the server has; only new records precede.
    at = outbox.index(("person_anonymisation", "insert"))
    assert {operation for _entity, operation in outbox[:at]} == {"insert"}
    assert "update" in {operation for _entity, operation in outbox[at:]}
    # Statistics still count her, in her age band.
    durations = statistics_extract(agent, date(2026, 11, 23)).tables["durations"]
    assert durations[0]["age_group"] == "child+young_adult"


def test_drafts_conflicts_and_kept_changes_lose_her_names_too(agent: ServiceContext) -> None:
    family = Family.open(agent, OPENED, child_born=date(2008, 4, 15), surname="Morais")
    save_draft(agent, "dialog.contact_note", family.case_id, 0,
               {"withWhom": "LÉA et sa mère", "summary": "Léa viendra le 15/04/2008"})
    with agent.store.transaction("sync_download", from_server=True) as session:
        session.add_all([
            SyncConflict(case_id=family.case_id, entity="person", record_id=family.child,
                         field="notes", base_value={"v": "Léa"}, mine_value={"v": "x"},
                         theirs_value={"v": "y"}, mine_at=utc_now()),
            SyncConflict(case_id=family.case_id, entity="person", record_id=family.mother,
                         field="notes", base_value={"v": "Mère de Léa"},
                         mine_value={"v": "Mère de LÉA Morais"}, theirs_value={"v": ""},
                         mine_at=utc_now()),
            RejectedChange(mutation_id=uuid.uuid4(), entity="person", record_id=family.child,
                           case_id=family.case_id, changes={"notes": ["", "Léa a 18 ans"]},
                           reason="refusé")])
    anonymise_person(agent, family.child, date(2026, 4, 15))
    with agent.reading() as session:
        everything = _everything(session)
        conflicts = {c.record_id: c for c in session.scalars(select(SyncConflict))}
        draft = session.scalars(select(WizardDraft)).one()
    for planted in _spellings("Léa", "15/04/2008"):
        assert planted not in everything, planted
    assert conflicts[family.child].base_value == {"v": "—"}  # her own record: emptied
    assert conflicts[family.mother].mine_value == {"v": "Mère de — Morais"}  # her name only
    assert draft.fields == {"withWhom": "— et sa mère", "summary": "— viendra le —"}


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
