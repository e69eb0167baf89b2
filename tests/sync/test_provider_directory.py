"""The provider directory (art. 13) through a real ``cpi-server`` process: the ONE's register
imported by ``cpi-server import-providers`` (all or nothing, idempotent), received by a freshly
enrolled laptop that plans a measure with it, and kept by the ONE alone: an agent's change of an
agrément is refused, a ONE administrator's reaches the agents."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.domain import (
    PlannedMeasure,
    Provider,
    ProviderAgrement,
    RejectedChange,
    User,
    UserRole,
)
from app.rules import RuleViolation
from app.services.one.directory import (
    AgrementInput,
    DirectoryEntry,
    list_directory,
    save_provider,
)
from app.services.steps.planning import MeasureInput, plan_measure
from sync.server.db import make_engine
from sync.server.directory import agrement_id, parse_register, provider_id
from sync.server.refusals import Refused
from tests import pg_cluster
from tests.app.services.family import Family
from tests.sync.harness import OFFICE, PASSWORD, Device, Endpoint
from tests.sync.server_process import ServerProcess, admin, running, server_env

TODAY = date(2026, 3, 2)
HEADER = ("identifiant;nom;adresse;code_postal;localite;telephone;courriel;numero_agrement;"
          "mesures;valable_du;valable_au")
#: Invented providers: one with an agrément renewed (two lines), one without any.
REGISTER = "\n".join([
    HEADER,
    "ONE-0101;Aide en famille Minett;12, rue de l'Alzette;L-4011;Esch-sur-Alzette;"
    "+352 26 00 00 01;contact@aef-minett.example.lu;AGR-2019-044;i,h;01/01/2019;31/12/2026",
    "ONE-0101;Aide en famille Minett;12, rue de l'Alzette;L-4011;Esch-sur-Alzette;"
    "+352 26 00 00 01;contact@aef-minett.example.lu;AGR-2027-003;i,h;01/01/2027;",
    "ONE-0102;Foyer Bei der Sauer;3, route de Diekirch;L-9201;Ettelbruck;;;AGR-2015-010;"
    "a1,a2;15/03/2015;31/08/2026",
    "ONE-0103;Atelier Kannerwelt;5, place du Marché;L-3501;Dudelange;;;;;;",
    "",
])


@dataclass
class Running:
    process: ServerProcess
    env: dict[str, str]
    url: str
    folder: Path
    devices: list[Device] = field(default_factory=list)

    def admin(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        done = admin(self.env, "--database", self.url, *args, stdin=stdin)
        assert "Traceback" not in done.stderr, done.stderr
        return done.returncode, done.stdout, done.stderr

    def import_file(self, content: bytes, *options: str) -> tuple[int, str, str]:
        path = self.folder / f"registre-{uuid.uuid4().hex[:6]}.csv"
        path.write_bytes(content)
        return self.admin("import-providers", str(path), *options)

    def user(self, login: str, role: str = "agent") -> None:
        office = ["--office", OFFICE] if role != "one_admin" else []
        code, _out, err = self.admin("create-user", login, login.title(), role, *office,
                                     stdin=PASSWORD + "\n")
        assert code == 0, err

    def enrol(self, login: str) -> Device:
        done, code, err = self.admin("enrolment-code", login)
        assert done == 0, err
        device = Device.enrol(Endpoint(self.process.url), self.folder / login, login,
                              code=code.strip())
        self.devices.append(device)
        return device

    def count(self, query: str) -> int:
        engine = make_engine(self.url)
        try:
            with engine.connect() as connection:
                return int(connection.execute(text(query)).scalar_one())
        finally:
            engine.dispose()

    def log_length(self) -> int:
        return self.count("SELECT count(*) FROM change_log")


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Running]:
    if request.param == "postgresql":
        cluster: pg_cluster.Cluster = request.getfixturevalue("postgres")
        url = cluster.new_database()
    else:
        url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    env = server_env(tmp_path / "data")
    with running(env, tmp_path, "--database", url) as process:
        served = Running(process, env, url, tmp_path)
        try:
            yield served
        finally:
            for device in served.devices:
                device.close()


def test_the_register_is_imported_once_and_a_second_import_changes_nothing(
        server: Running) -> None:
    content = b"\xef\xbb\xbf" + REGISTER.encode()  # as a spreadsheet saves "CSV UTF-8"
    before = server.log_length()
    code, out, err = server.import_file(content, "--check")
    assert code == 0, err
    assert "3 prestataires et 3 agréments lus" in out and "rien n'est écrit" in out
    assert "3 prestataires nouveaux" in out and "3 agréments nouveaux" in out
    assert server.count("SELECT count(*) FROM provider") == 0
    assert server.log_length() == before

    code, out, err = server.import_file(content)
    assert code == 0, err
    assert "importés : 3 prestataires nouveaux, 0 modifiés, 3 agréments nouveaux" in out
    assert server.count("SELECT count(*) FROM provider") == 3
    assert server.count("SELECT count(*) FROM provider_agrement") == 3
    assert server.log_length() == before + 6
    assert server.count("SELECT count(*) FROM change_log WHERE scope = 'reference' AND "
                        "entity IN ('provider', 'provider_agrement')") == 6

    code, out, err = server.import_file(REGISTER.encode())  # again, without the BOM
    assert code == 0, err
    assert ("0 prestataires nouveaux, 0 modifiés, 0 agréments nouveaux, 0 modifiés"
            in out), out
    assert server.log_length() == before + 6  # nothing new for the devices either

    extended = REGISTER.replace("a1,a2;15/03/2015;31/08/2026", "a1,a2;15/03/2015;31/08/2029")
    code, out, err = server.import_file(extended.encode())
    assert code == 0, err
    assert "0 prestataires nouveaux, 0 modifiés, 0 agréments nouveaux, 1 modifiés" in out
    assert server.log_length() == before + 7
    server.process.check_alive()


def test_a_bad_register_is_refused_whole_with_its_lines(server: Running) -> None:
    bad = "\n".join([
        HEADER,
        "ONE-0201;Service correct;;;;;;AGR-1;c;01/01/2020;",
        "ONE-0202;Lettres inconnues;;;;;;AGR-2;a1,zz,c;01/01/2020;",
        ";Sans identifiant;;;;;;;;;",
        "ONE-0204;Dates;;;;;;AGR-4;c;31/12/2020;01/01/2020",
        "ONE-0205;Date illisible;;;;;;AGR-5;c;2020-01-01;",
        "ONE-0206;Trop court;;",
        "",
    ])
    before = server.log_length()
    for options in ((), ("--check",)):
        code, out, err = server.import_file(bad.encode(), *options)
        assert code == 1 and out == "", (code, out, err)
        assert "rien n'a été importé" in err
        assert "ligne 3 : mesures inconnues à l'art. 11 : zz." in err
        assert "ligne 4 : identifiant manquant." in err
        assert "ligne 5 : valable_au (01/01/2020) précède valable_du (31/12/2020)." in err
        assert "ligne 6 : valable_du illisible : 2020-01-01" in err
        assert "ligne 7 : 4 champs au lieu de 11" in err
        assert "ligne 2" not in err  # the good line is not blamed, and not imported either
    assert server.count("SELECT count(*) FROM provider") == 0
    assert server.count("SELECT count(*) FROM provider_agrement") == 0
    assert server.log_length() == before

    code, _out, err = server.import_file(b"identifiant;nom\nX;Y\n")
    assert code == 1 and "ligne 1 : l'en-tête doit être exactement identifiant;nom;" in err
    code, _out, err = server.import_file(REGISTER.encode("utf-16"))
    assert code == 1 and "UTF-8" in err
    code, _out, err = server.admin("import-providers", str(server.folder / "absent.csv"))
    assert code == 1 and "Fichier illisible" in err
    assert server.count("SELECT count(*) FROM provider") == 0
    server.process.check_alive()


def test_a_freshly_enrolled_laptop_plans_with_a_provider_of_the_directory(
        server: Running) -> None:
    code, _out, err = server.import_file(REGISTER.encode())
    assert code == 0, err
    server.user("agent.a")
    agent = server.enrol("agent.a")  # enrolment, then the first download
    directory = {entry.entry.register_id: entry for entry in list_directory(agent.ctx)}
    assert set(directory) == {"ONE-0101", "ONE-0102", "ONE-0103"}
    home = directory["ONE-0101"]
    assert home.provider_id == provider_id("ONE-0101")
    assert home.entry.email == "contact@aef-minett.example.lu"
    assert [a.number for a in home.agrements] == ["AGR-2019-044", "AGR-2027-003"]
    assert home.agrements[0].measures == "h,i"

    family = Family.open(agent.ctx, TODAY).analyse().assess()
    assert family.objective is not None
    foyer = directory["ONE-0102"].provider_id
    with pytest.raises(RuleViolation) as refused:  # a2 ends after the agrément, art. 13
        plan_measure(agent.ctx, family.case_id, MeasureInput(
            family.child, "a2", foyer, Decimal(180), TODAY, date(2026, 12, 31),
            (family.objective,)))
    assert refused.value.codes == ("art13.agrement_ends",)
    with pytest.raises(RuleViolation) as refused:  # not approved for i)
        plan_measure(agent.ctx, family.case_id, MeasureInput(
            family.child, "i", foyer, Decimal(80), TODAY, date(2026, 6, 30),
            (family.objective,)))
    assert refused.value.codes == ("art13.agrement",)
    # The renewal follows the first agrément without a gap: covered into 2027.
    measure = plan_measure(agent.ctx, family.case_id, MeasureInput(
        family.child, "i", home.provider_id, Decimal(120), TODAY, date(2027, 6, 30),
        (family.objective,)))
    report = agent.sync()
    assert report.rejected == 0 and report.uploaded > 10, report
    assert server.count("SELECT count(*) FROM planned_measure WHERE provider_id = "
                        f"'{_stored(server, home.provider_id)}'") == 1
    with agent.ctx.reading() as session:
        stored = session.get(PlannedMeasure, measure)
        assert stored is not None and stored.server_version > 0


def test_only_the_one_changes_an_agrement(server: Running) -> None:
    code, _out, err = server.import_file(REGISTER.encode())
    assert code == 0, err
    server.user("agent.a")
    server.user("clerk", "office_clerk")
    server.user("one.admin", "one_admin")
    agent, clerk = server.enrol("agent.a"), server.enrol("clerk")
    first = agrement_id("ONE-0101", "AGR-2019-044")
    for device in (agent, clerk):  # a laptop changed by hand: no screen offers it
        with device.ctx.transaction("hand_made") as session:
            agrement = session.get(ProviderAgrement, first)
            assert agrement is not None
            agrement.valid_to = date(2030, 12, 31)
            provider = session.get(Provider, provider_id("ONE-0103"))
            assert provider is not None
            provider.name = "Atelier renommé"
            session.add(Provider(name="Prestataire du poste"))
        report = device.sync()
        assert (report.rejected, report.applied) == (3, 0), report
        with device.ctx.reading() as session:
            reasons = set(session.scalars(select(RejectedChange.reason)))
        assert reasons == {Refused.DIRECTORY.text()}
    assert server.count("SELECT count(*) FROM provider") == 3
    assert server.count("SELECT count(*) FROM provider_agrement WHERE valid_to = "
                        "'2026-12-31'") == 1
    assert server.count("SELECT count(*) FROM provider WHERE name = 'Atelier renommé'") == 0

    one = server.enrol("one.admin")
    with one.ctx.reading() as session:
        user = session.get(User, one.ctx.actor_id)
        assert user is not None and user.role is UserRole.ONE_ADMIN
    home = next(p for p in list_directory(one.ctx) if p.entry.register_id == "ONE-0101")
    kept = tuple(AgrementInput(a.number, a.measures, a.valid_from, a.valid_to, a.agrement_id)
                 for a in home.agrements)
    save_provider(one.ctx, home.provider_id, DirectoryEntry(
        home.entry.name, home.entry.street, home.entry.postal_code, home.entry.locality,
        "+352 26 99 99 99", home.entry.email, "sud", register_id="ONE-0101"),
        (*kept, AgrementInput("AGR-2026-090", "g", date(2026, 1, 1), None)))
    report = one.sync()
    assert (report.rejected, report.applied) == (0, 2), report  # the entry, the agrément
    agent.sync()
    changed = next(p for p in list_directory(agent.ctx) if p.entry.register_id == "ONE-0101")
    assert changed.entry.phone == "+352 26 99 99 99" and changed.entry.region == "sud"
    assert [a.number for a in changed.agrements] == ["AGR-2019-044", "AGR-2026-090",
                                                     "AGR-2027-003"]
    with agent.ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(ProviderAgrement).where(
            ProviderAgrement.deleted_at.is_(None))) == 4


def _stored(server: Running, value: uuid.UUID) -> str:
    """An id as the server's database spells it (hex on SQLite, dashed on PostgreSQL)."""
    return value.hex if server.url.startswith("sqlite") else str(value)


def test_the_example_register_of_the_docs_is_accepted() -> None:
    """``docs/examples/registre-prestataires.csv``, the operators' model, stays importable."""
    example = Path(__file__).resolve().parents[2] / "docs" / "examples" \
        / "registre-prestataires.csv"
    content = example.read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")  # as a spreadsheet saves "CSV UTF-8"
    register = parse_register(content)
    assert [(p.identifiant, len(p.agrements)) for p in register] == [
        ("EX-0001", 2), ("EX-0002", 1), ("EX-0003", 0)]
    assert register[1].agrements[0].codes == {"a1", "a2", "c"}
