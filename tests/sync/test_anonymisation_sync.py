"""Art. 7 anonymisation of one person, proved across a real ``cpi-server`` process and three
laptops: requested on laptop A while laptop B (the office clerk's) holds the dossier with
changes of its own waiting and the ONE validator's laptop holds the plan awaiting validation
(its snapshot names her), it holds everywhere after the syncs. A scan of every database (the
laptops' stores decrypted through the store and dumped table by table, search index included,
and their SQLCipher file and WAL decrypted page by page, free pages and older frames too; the
server's SQLite file, WAL and everything else in its data folder read raw) finds none of the
person's names nor their birth date, in any spelling; her half-sister's data and aid are
intact; the statistics still count her."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from app.domain import (
    AnsweredChange,
    Case,
    ContactChannel,
    ContactLogEntry,
    DossierDocument,
    DossierDocumentKind,
    Horizon,
    Person,
    PersonAnonymisation,
    PersonRole,
    PlannedMeasure,
    PlanState,
    PlanVersion,
    RelationshipKind,
    SignedScan,
    UserRole,
)
from app.services.base.context import ServiceContext
from app.services.dossier.documents import DocumentDescription, add_document
from app.services.dossier.opening import (
    PersonInput,
    add_person,
    link_persons,
    update_person_notes,
)
from app.services.one.duties import anonymise_person
from app.services.one.statistics import statistics_extract
from app.services.plan.scans import attach_signed_scan
from app.services.plan.versions import record_discernment
from app.services.steps.analysis import set_working_frame
from app.services.steps.assessment import (
    AssessmentInput,
    ObjectiveInput,
    assess_person,
    set_objective,
)
from app.services.steps.coordination import ContactInput, log_contact
from app.services.steps.planning import MeasureInput, plan_measure
from app.services.sync.local import sync_settings, sync_status
from sync.server import admin
from sync.server.anonymise import anonymised_among
from tests.app.services.family import Family
from tests.conftest import PASSPHRASE
from tests.proof.scan import decrypted_store_bytes, store_database_key
from tests.sync.backups import Backups
from tests.sync.harness import REGISTER, Device, Server, two_agents
from tests.sync.server_process import Running, running, server_env

OPENED = date(2026, 3, 2)
REQUESTED = date(2026, 4, 15)
PNG = b"\x89PNG\r\n\x1a\n"
LEA_ORDER = b"%PDF-1.4\n% Ordonnance pour Lea Morais\n%%EOF\n"
#: What must be found nowhere afterwards, folded (accents, case and Unicode form away).
NEEDLES = ("zoe", "kovacevic", "2008-04-15", "15.04.2008", "15/04/2008", "20080415")


def _folded(raw: str) -> str:
    """Text as the scan compares it: JSON escapes read, accents and case folded."""
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    decomposed = unicodedata.normalize("NFKD", raw)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _found(raw: str) -> list[str]:
    folded = _folded(raw)
    return [needle for needle in NEEDLES
            if re.search(rf"(?<![a-z0-9]){re.escape(needle)}(?![a-z0-9])", folded)]


def _found_in_store(device: Device) -> dict[str, list[str]]:
    """What every table of the store holds of the person, decrypted through the store:
    domain, outbox, drafts, sync state, the search index's own tables."""
    found = {}
    with device.store.reading() as session:
        tables = session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
        for table in tables:
            parts = []
            for row in session.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    parts.append(value.decode("utf-8", "ignore") if isinstance(
                        value, bytes) else str(value))
            if _found("\n".join(parts)):
                found[table] = _found("\n".join(parts))
    return found


def _found_in_files(device: Device) -> list[str]:
    """What the store's file and WAL hold of the person, every page decrypted: the rows the
    tables no longer show (free pages, older versions of a page) included."""
    directory = device.store.paths.directory
    data = decrypted_store_bytes(directory, store_database_key(directory, PASSPHRASE))
    return _found(data.decode("utf-8", "ignore"))


def _holds_the_plan(device: Device, family: Family) -> bool:
    """The validator's laptop holds the dossier's plan version awaiting validation."""
    with device.store.reading() as session:
        return session.scalars(select(PlanVersion.id).where(
            PlanVersion.case_id == family.case_id,
            PlanVersion.state == PlanState.READY_TO_SIGN)).first() is not None


def _raw(folder: Path) -> str:
    parts = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            parts += [data.decode("utf-8", "ignore"), data.decode("utf-16-le", "ignore")]
    return "\n".join(parts)


def _family_with_zoe(a: ServiceContext) -> tuple[Family, uuid.UUID]:
    """Léa Morais (11, stays a child) and her half-sister Zoé Kovačević (18 on the day she
    asks), with records of every kind naming Zoé: hers, texts of others, a plan frozen with
    her signature expected, its signed scan, a medical report about her (its file names her)
    and a court order about Léa that does not name her (kept whole)."""
    family = Family.open(a, OPENED, surname="Morais")  # Léa Morais, 11: stays a child
    zoe = add_person(a, family.case_id, PersonInput(
        PersonRole.CHILD, "Zoé", "Kovačević", date(2008, 4, 15)), today=OPENED,
        confirmed_new=True)
    link_persons(a, family.case_id, family.mother, zoe, RelationshipKind.PARENT,
                 holds_parental_authority=True, is_legal_representative=True)
    family.analyse()
    assess_person(a, family.case_id, zoe, AssessmentInput(
        "Zoé décroche au lycée", "Sa demi-sœur Léa", "Un apprentissage", "« Je suis Zoé »"))
    zoe_goal = set_objective(a, family.case_id, ObjectiveInput(
        "Zoé Kovačević trouve un apprentissage", "Contrat signé", "Zoé", "Réaliste",
        date(2026, 12, 31), Horizon.SHORT, zoe), today=OPENED)
    family.assess()
    assert family.provider is None
    family.plan()
    assert family.provider is not None and family.measure is not None
    plan_measure(a, family.case_id, MeasureInput(
        zoe, "i", family.provider, Decimal(40), OPENED, date(2026, 12, 31), (zoe_goal,),
        "Pour ZOÉ, née le 15.04.2008"))
    record_discernment(a, family.case_id, family.child, False, OPENED, "Trop jeune")
    record_discernment(a, family.case_id, zoe, True, OPENED, "Zoé s'exprime clairement")
    update_person_notes(a, family.mother, unicodedata.normalize(
        "NFD", "Mère de Léa et de ZOÉ KOVAČEVIĆ (née le 15/04/2008)"))
    version = family.ready_version()
    attach_signed_scan(a, version, PNG + "Signé : Zoé Kovačević".encode(), "image/png", None)
    add_document(a, family.case_id, PNG + "Certificat : Zoé Kovačević, 15.04.2008".encode(),
                 DocumentDescription(DossierDocumentKind.MEDICAL_REPORT, OPENED,
                                     "Dr Weber, Esch", "Certificat médical de Zoé", (zoe,)),
                 today=OPENED)
    add_document(a, family.case_id, LEA_ORDER, DocumentDescription(
        DossierDocumentKind.COURT_ORDER, OPENED, "Tribunal de la jeunesse",
        "Ordonnance pour Léa", (family.child,)), today=OPENED)
    return family, zoe


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Running]:
    data_home = tmp_path / "data"
    env = server_env(data_home)
    with running(env, tmp_path) as process:
        served = Running(process, env, [], data_home)
        register = tmp_path / "registre.csv"  # the ONE's providers, as every server has them
        register.write_bytes(REGISTER)
        imported = served.admin("import-providers", str(register))
        assert imported.returncode == 0, imported.stderr
        try:
            yield served
        finally:
            for device in served.devices:
                device.close()


def test_an_anonymisation_holds_on_the_server_and_every_laptop(
        office: Running, tmp_path: Path) -> None:
    office.user("agent.a")
    office.user("clerk", "office_clerk")
    office.user("validateur", "validator")
    laptop_a = office.enrol(tmp_path, "agent.a")
    laptop_b = office.enrol(tmp_path, "clerk")
    laptop_v = office.enrol(tmp_path, "validateur")
    a = laptop_a.ctx

    family, zoe = _family_with_zoe(a)
    laptop_a.sync()
    laptop_b.sync()
    laptop_v.sync()
    assert _holds_the_plan(laptop_v, family)  # awaiting validation: the validator's scope
    assert "plan_version" in _found_in_store(laptop_v)  # its snapshot names her
    assert "zoe" in _found_in_files(laptop_v)
    with laptop_b.store.reading() as session:  # B holds the dossier, the scan's bytes too
        assert session.scalars(select(SignedScan.content)).one().startswith(PNG)
    # The scans find her everywhere before (a search that cannot fail proves nothing).
    assert set(_found(_raw(office.data_home))) >= {"zoe", "kovacevic", "2008-04-15"}
    assert "signed_scan" in _found_in_store(laptop_b) and "person" in _found_in_store(laptop_a)

    # B changes things, not synced: Zoé's notes, her measure's note, the mother's notes.
    update_person_notes(laptop_b.ctx, zoe, "Zoé Kovačević a rappelé")
    update_person_notes(laptop_b.ctx, family.mother, "La mère de zoe a appelé")
    update_person_notes(laptop_b.ctx, family.child, "Léa va bien")
    assert sync_status(laptop_b.ctx).pending == 3

    anonymise_person(a, zoe, REQUESTED)
    assert laptop_a.sync().rejected == 0
    report = laptop_b.sync()
    assert report.rejected == 0 and report.conflicts == 0
    laptop_v.sync()
    laptop_a.sync()
    laptop_b.sync()
    assert sync_status(laptop_b.ctx).pending == 0
    assert _holds_the_plan(laptop_v, family)  # still awaiting validation, rewritten

    office.user("lead", "office_lead")  # a laptop that reads the dossier only afterwards
    laptop_c = office.enrol(tmp_path, "lead")
    laptop_c.sync()
    with laptop_c.store.reading() as session:  # it holds the dossier, from the rewritten log
        assert session.get(Person, family.child) is not None
        assert session.get(Person, zoe) is not None

    # Nothing of Zoé anywhere: server (raw files) and every laptop (every table).
    assert _found(_raw(office.data_home)) == []
    assert _found_in_store(laptop_a) == {}
    assert _found_in_store(laptop_b) == {}
    assert _found_in_store(laptop_c) == {}
    assert _found_in_store(laptop_v) == {}
    for laptop in (laptop_a, laptop_b, laptop_c, laptop_v):
        assert _found_in_files(laptop) == []
    # The ONE's trace: which dossier, the day she asked, her id, who recorded it; no name.
    listed = office.admin("anonymisations")
    assert listed.returncode == 0, listed.stderr
    with laptop_a.store.reading() as session:
        number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
    assert listed.stdout.startswith(f"{number}\t2026-04-15\t{zoe}\tagent.a\t")
    assert len(listed.stdout.splitlines()) == 1 and _found(listed.stdout) == []
    # Any spelling: NFD, capitals, JSON escapes.
    assert "zoe" in _found("ZO\u0045\u0301") and "kovacevic" in _found('"Kova\\u010devi\\u0107"')

    for laptop in (laptop_a, laptop_b):
        with laptop.store.reading() as session:
            persons = {p.id: p for p in session.scalars(select(Person))}
            lea_aid = session.scalars(select(PlannedMeasure).where(
                PlannedMeasure.beneficiary_id == family.child)).one()
            fact = session.scalars(select(PersonAnonymisation)).one()
            scan = session.execute(select(SignedScan.dropped_on, SignedScan.content)).one()
            documents = {d.title: (d.dropped_on, d.content)
                         for d in session.scalars(select(DossierDocument))}
        assert (persons[family.child].first_name, persons[family.child].last_name,
                persons[family.child].birth_date) == ("Léa", "Morais", date(2014, 5, 17))
        assert persons[family.child].notes == "Léa va bien"  # B's change to Léa went up
        # B's change went up without her name: the server rewrote it on arrival.
        assert persons[family.mother].notes == "La mère de — a appelé"
        assert persons[zoe].first_name == "—" and persons[zoe].birth_date is None
        assert lea_aid.deleted_at is None and lea_aid.quantity == Decimal(120)
        assert (fact.person_id, fact.requested_by_id, fact.requested_on, fact.age_band) == (
            zoe, zoe, REQUESTED, "young_adult")
        assert scan.dropped_on == REQUESTED and scan.content == b""
        assert documents == {"Certificat médical de —": (REQUESTED, b""),
                             "Ordonnance pour Léa": (None, LEA_ORDER)}
        # The statistics still count her: two children in the dossier, one now of age.
        durations = statistics_extract(laptop.ctx, date(2026, 11, 23)).tables["durations"]
        assert durations[0]["age_group"] == "child+young_adult"


def _found_on_server(server: Server) -> dict[str, list[str]]:
    """Every table of the server's database, read through SQL (PostgreSQL keeps no file of
    its own here to read raw)."""
    found = {}
    with server.sessions() as session:
        for table in inspect(session.get_bind()).get_table_names():
            rows = session.execute(text(f'SELECT * FROM "{table}"')).all()
            dumped = "\n".join(value.decode("utf-8", "ignore") if isinstance(value, bytes)
                                else str(value) for row in rows for value in row)
            if _found(dumped):
                found[table] = _found(dumped)
    return found


def session_contact(server: Server, contact_id: uuid.UUID) -> ContactLogEntry:
    with server.sessions() as session:
        found = session.get(ContactLogEntry, contact_id)
        assert found is not None
        return found


def test_the_server_keeps_nothing_of_her_on_either_database(
        server: Server, tmp_path: Path) -> None:
    """The same, in process, on SQLite and PostgreSQL: every table of the server's database
    read back through SQL."""
    server.user("agent.a", name="Agent A")
    server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
    server.user("validateur", UserRole.VALIDATOR, name="Validatrice ONE")
    laptop_a = Device.enrol(server, tmp_path / "a", "agent.a")
    laptop_b = Device.enrol(server, tmp_path / "b", "clerk")
    laptop_v = Device.enrol(server, tmp_path / "v", "validateur")
    try:
        family, zoe = _family_with_zoe(laptop_a.ctx)
        laptop_a.sync()
        laptop_b.sync()
        laptop_v.sync()
        assert "person" in _found_on_server(server)  # the scan does see her before
        assert _holds_the_plan(laptop_v, family) and "plan_version" in _found_in_store(laptop_v)
        update_person_notes(laptop_b.ctx, zoe, "Zoé Kovačević a rappelé")
        update_person_notes(laptop_b.ctx, family.mother, "La mère de zoe a appelé")
        note = log_contact(laptop_b.ctx, family.case_id, ContactInput(  # a new record
            datetime(2026, 4, 16, 10, 0, tzinfo=UTC), "Zoé KOVAČEVIĆ", ContactChannel.TELEPHONE,
            "Zoé demande une copie de son dossier"))
        letter = add_document(
            laptop_b.ctx, family.case_id, PNG + "Lettre de Zoé Kovačević".encode(),
            DocumentDescription(DossierDocumentKind.LETTER_RECEIVED, REQUESTED,
                                "Zoé Kovačević", "Sa lettre", (zoe,)), today=REQUESTED)
        anonymise_person(laptop_a.ctx, zoe, REQUESTED)
        laptop_a.sync()
        report = laptop_b.sync()
        assert report.rejected == 0 and report.conflicts == 0
        laptop_v.sync()
        assert _found_on_server(server) == {}
        assert _holds_the_plan(laptop_v, family)
        for laptop in (laptop_a, laptop_b, laptop_v):
            assert _found_in_store(laptop) == {}
            assert _found_in_files(laptop) == []
        with server.sessions() as session:
            people = {p.id: p for p in session.scalars(select(Person))}
            fact = session.scalars(select(PersonAnonymisation)).one()  # the ONE's trace
        assert (people[family.child].first_name, people[family.child].birth_date) == (
            "Léa", date(2014, 5, 17))
        assert people[family.mother].notes == "La mère de — a appelé"
        contact = session_contact(server, note)
        assert (contact.with_whom, contact.summary) == (
            "— —", "— demande une copie de son dossier")
        assert (fact.person_id, fact.requested_by_id, fact.requested_on) == (
            zoe, zoe, REQUESTED)
        with server.sessions() as session:  # B's letter arrived after: dropped on arrival
            arrived = session.get(DossierDocument, letter)
            assert arrived is not None and arrived.source == "— —"
            assert arrived.dropped_on is not None
    finally:
        laptop_a.close()
        laptop_b.close()
        laptop_v.close()


def test_a_person_anonymised_before_her_first_sync_goes_up_without_a_refusal(
        server: Server, tmp_path: Path) -> None:
    """Added, written about and anonymised offline: the new records go up before the
    anonymisation (it names a person the server did not have), the later changes after it;
    nothing is refused or in conflict, and the server keeps nothing of her."""
    server.user("agent.a", name="Agent A")
    laptop = Device.enrol(server, tmp_path / "a", "agent.a")
    try:
        family, zoe = _family_with_zoe(laptop.ctx)
        update_person_notes(laptop.ctx, zoe, "Zoé a rappelé")
        anonymise_person(laptop.ctx, zoe, REQUESTED)
        report = laptop.sync()
        assert (report.rejected, report.conflicts) == (0, 0) and report.uploaded > 20
        assert _found_on_server(server) == {}
        assert sync_status(laptop.ctx).pending == 0
        with server.sessions() as session:
            assert session.get(Person, family.child) is not None
            assert session.scalars(select(PersonAnonymisation.person_id)).one() == zoe
    finally:
        laptop.close()


def test_a_laptop_that_lost_the_dossier_keeps_nothing_of_her(
        server: Server, tmp_path: Path) -> None:
    """Found by the model-based proof: the dossier given to another agent, the former agent's
    laptop removed it, but its search index's segments and free pages still held the family's
    words; she is anonymised afterwards, on the new agent's laptop, which the old one never
    hears of. A removed dossier now leaves nothing in the file (index merged, file rebuilt)."""
    server.user("agent.a", name="Agent A")
    server.user("agent.b", name="Agent B")
    laptop_a = Device.enrol(server, tmp_path / "a", "agent.a")
    laptop_b = Device.enrol(server, tmp_path / "b", "agent.b")
    try:
        family, zoe = _family_with_zoe(laptop_a.ctx)
        laptop_a.sync()
        assert "zoe" in _found_in_files(laptop_a)
        with laptop_a.store.reading() as session:
            number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
        admin.transfer_case(server.sessions, number, "agent.b")
        assert laptop_a.sync().purged == [family.case_id]
        assert _found_in_files(laptop_a) == []
        laptop_b.sync()
        anonymise_person(laptop_b.ctx, zoe, REQUESTED)
        laptop_b.sync()
        laptop_a.sync()
        assert _found_on_server(server) == {}
        assert _found_in_files(laptop_a) == [] and _found_in_files(laptop_b) == []
    finally:
        laptop_a.close()
        laptop_b.close()


def test_a_laptop_keeping_a_change_of_a_dossier_transferred_away_forgets_it_once_she_is_anonymised(
        server: Server, tmp_path: Path) -> None:
    """Found by the model-based proof: agent A named her in the working frame offline, over
    the clerk's frame, then the ONE gave the dossier to agent B. A's upload made a conflict,
    kept on A's laptop through the purge in case the server goes back to an older backup;
    she was anonymised afterwards on B's laptop, which A's never hears of, and that kept
    change named her for a month. The handshake now names such dossiers; the server answers
    that she was anonymised there, and the laptop forgets the change (the file rebuilt)."""
    server.user("agent.a", name="Agent A")
    server.user("agent.b", name="Agent B")
    server.user("clerk", UserRole.OFFICE_CLERK, name="Employé Sud")
    laptop_a = Device.enrol(server, tmp_path / "a", "agent.a")
    clerk = Device.enrol(server, tmp_path / "clerk", "clerk")
    laptop_b = Device.enrol(server, tmp_path / "b", "agent.b")
    try:
        family, zoe = _family_with_zoe(laptop_a.ctx)
        laptop_a.sync()
        clerk.sync()
        set_working_frame(clerk.ctx, family.case_id, "Cadre fixé au bureau")
        clerk.sync()
        set_working_frame(laptop_a.ctx, family.case_id, "Zoé Kovačević décroche")  # offline
        with server.sessions() as session:
            number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
        admin.transfer_case(server.sessions, number, "agent.b")
        report = laptop_a.sync()
        assert report.conflicts == 1 and report.purged == [family.case_id]
        laptop_a.sync()
        with laptop_a.store.reading() as session:  # kept for a restore of the server
            assert len(list(session.scalars(select(AnsweredChange)))) == 1
        laptop_b.sync()
        anonymise_person(laptop_b.ctx, zoe, REQUESTED)
        laptop_b.sync()
        clerk.sync()
        laptop_a.sync()
        with laptop_a.store.reading() as session:
            assert list(session.scalars(select(AnsweredChange))) == []
        assert _found_in_store(laptop_a) == {} and _found_in_files(laptop_a) == []
        assert _found_on_server(server) == {}
    finally:
        for device in (laptop_a, clerk, laptop_b):
            device.close()


def test_a_device_hears_only_of_dossiers_it_wrote_in(server: Server, tmp_path: Path) -> None:
    """A device naming a dossier it never wrote in learns nothing of it (the ids of dossiers
    are not secrets to count on): the server answers only where the dossier's history shows
    a change of that device."""
    server.user("agent.a", name="Agent A")
    server.user("agent.b", name="Agent B")
    laptop_a = Device.enrol(server, tmp_path / "a", "agent.a")
    laptop_b = Device.enrol(server, tmp_path / "b", "agent.b")
    try:
        family, zoe = _family_with_zoe(laptop_a.ctx)
        anonymise_person(laptop_a.ctx, zoe, REQUESTED)
        laptop_a.sync()
        device_a, device_b = (sync_settings(laptop.ctx).device_id
                              for laptop in (laptop_a, laptop_b))
        with server.sessions() as session:
            assert anonymised_among(session, device_b, [family.case_id]) == []
            assert anonymised_among(session, device_a, [family.case_id]) == [family.case_id]
    finally:
        laptop_a.close()
        laptop_b.close()


def test_her_request_on_a_laptop_that_missed_the_transfer_is_carried_out(
        server: Server, tmp_path: Path) -> None:
    """Found by the model-based proof: she asks agent A, whose laptop still shows the dossier
    though the ONE gave it to agent B meanwhile; refused as a write to a dossier no longer
    A's, her request was lost with A's copy (the server and B kept her names). The server now
    takes an anonymisation from the former agent's device until it has read the transfer."""
    server.user("agent.a", name="Agent A")
    server.user("agent.b", name="Agent B")
    laptop_a = Device.enrol(server, tmp_path / "a", "agent.a")
    laptop_b = Device.enrol(server, tmp_path / "b", "agent.b")
    try:
        family, zoe = _family_with_zoe(laptop_a.ctx)
        laptop_a.sync()
        with laptop_a.store.reading() as session:
            number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
        admin.transfer_case(server.sessions, number, "agent.b")
        laptop_b.sync()
        anonymise_person(laptop_a.ctx, zoe, REQUESTED)  # A has not synced since
        report = laptop_a.sync()
        assert report.rejected == 0 and report.purged == [family.case_id]
        laptop_b.sync()
        assert _found_on_server(server) == {}
        assert _found_in_store(laptop_b) == {} and _found_in_files(laptop_b) == []
        assert _found_in_files(laptop_a) == []
        with server.sessions() as session:
            assert session.scalars(select(PersonAnonymisation.person_id)).one() == zoe
    finally:
        laptop_a.close()
        laptop_b.close()


def test_a_restore_that_undid_a_transfer_does_not_bring_her_back(tmp_path: Path) -> None:
    """The server goes back to a backup made before the dossier was given to agent B, on
    whose laptop she then asked: the restored server gives the dossier to agent A again, with
    her names. B's laptop gives her anonymisation back; not B's dossier there, it was held
    with the rest of what B gave back, and carried out by nobody: the server and A's laptop
    kept her names until the ONE redid the transfer, and even then the held anonymisation was
    put in place without being carried out. An anonymisation given back by an agent of the
    dossier's office is now carried out at once."""
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        laptop_a, laptop_b = two_agents(server, tmp_path)
        family, zoe = _family_with_zoe(laptop_a.ctx)
        laptop_a.sync()
        backups.take()  # before the transfer
        with server.sessions() as session:
            number = session.get(Case, family.case_id).number  # type: ignore[union-attr]
        admin.transfer_case(server.sessions, number, "agent.b")
        laptop_b.sync()
        laptop_a.sync()
        anonymise_person(laptop_b.ctx, zoe, REQUESTED)
        laptop_b.sync()
        assert _found_on_server(server) == {}
    with backups.restored(server, laptop_a, laptop_b) as restored:
        assert _found_on_server(restored) != {}  # the backup has her
        for device in (laptop_a, laptop_b, laptop_a, laptop_b):
            device.sync()
        assert _found_on_server(restored) == {}
        for laptop in (laptop_a, laptop_b):
            assert _found_in_store(laptop) == {} and _found_in_files(laptop) == []
        with restored.sessions() as session:
            assert session.scalars(select(PersonAnonymisation.person_id)).one() == zoe
        admin.transfer_case(restored.sessions, number, "agent.b")  # the ONE redoes it
        for device in (laptop_a, laptop_b, laptop_a):
            device.sync()
        assert _found_on_server(restored) == {}
        for laptop in (laptop_a, laptop_b):
            assert _found_in_store(laptop) == {} and _found_in_files(laptop) == []
    laptop_a.close()
    laptop_b.close()


def test_a_restore_made_before_her_anonymisation_does_not_keep_her_names(
        tmp_path: Path) -> None:
    """Found by the model-based proof: the server goes back to a backup made before she was
    anonymised. The laptop gives everything back, her rewritten person before her
    anonymisation: the server took the person's "—" first, then carried the anonymisation out
    knowing no word of her names, and its change log (and any text naming her) kept them. The
    laptop now gives the anonymisations back before anything else."""
    backups = Backups(tmp_path)
    with Server.running(backups.url) as server:
        server.user("agent.a", name="Agent A")
        laptop = Device.enrol(server, tmp_path / "a", "agent.a")
        _family, zoe = _family_with_zoe(laptop.ctx)
        laptop.sync()
        backups.take()
        anonymise_person(laptop.ctx, zoe, REQUESTED)
        laptop.sync()
        assert _found_on_server(server) == {}
    with backups.restored(server, laptop) as restored:
        assert "change_log" in _found_on_server(restored)  # the backup has her
        laptop.sync()
        laptop.sync()
        assert _found_on_server(restored) == {}
        assert _found_in_store(laptop) == {} and _found_in_files(laptop) == []
    laptop.close()
