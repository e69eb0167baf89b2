"""The national documents on the server (``cpi-server semester-list`` and ``statistics``): two
offices' laptops place children, the ONE validates, the laptops sync; the server's list is the
union of the laptops' lists, its statistics the sum of theirs, both read back with pdftotext."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain import Provider, ReviewRequestKind, ReviewRequestOutcome, UserRole
from app.rules.records import STATISTICS_FIELDS
from app.services.one.duties import PlacedChild, semester_placement_list
from app.services.one.network import ProviderInput, register_provider
from app.services.one.statistics import statistics_extract
from app.services.plan.reviews import answer_review_request, request_plan_review
from app.services.plan.versions import record_discernment, record_signature, validate_plan
from app.services.steps.implementation import start_measure
from app.services.steps.workflow import move_case_to_step
from sync.server import national
from sync.server.admin import AdminError
from sync.server.main import main
from tests.app.documents.poppler import words
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

OPENED = date(2026, 3, 2)
APRIL_FIRST = date(2026, 4, 1)
SUD, NORD = "sud-esch-sur-alzette", "nord-diekirch"
#: The providers of the ONE's directory the families are placed with (name, country).
PROVIDERS = (("Ferreira", "LU"), ("Delvaux", "BE"), ("Hoxha", "LU"), ("Wagner", "LU"),
             ("Majerus", "LU"))


@pytest.fixture
def offices(server: Server, tmp_path: Path) -> Iterator[tuple[Device, Device, Device]]:
    """An agent's laptop in Esch, one in Diekirch, and the ONE validator's."""
    server.user("agent.sud", office=SUD, name="Agent Sud")
    server.user("agent.nord", office=NORD, name="Agent Nord")
    server.user("validateur", UserRole.VALIDATOR, name="Validatrice ONE")
    server.user("one.admin", UserRole.ONE_ADMIN, office=None, name="Administration ONE")
    directory = Device.enrol(server, tmp_path / "admin", "one.admin")
    for surname, country in PROVIDERS:  # the ONE's directory: agents plan with its providers
        register_provider(directory.ctx, ProviderInput(
            f"Foyer {surname}", "AGR-2010-9", None, "Mersch", country))
    assert directory.sync().rejected == 0
    directory.close()
    devices = (Device.enrol(server, tmp_path / "sud", "agent.sud"),
               Device.enrol(server, tmp_path / "nord", "agent.nord"),
               Device.enrol(server, tmp_path / "one", "validateur"))
    yield devices
    for device in devices:
        device.close()


def _signed(agent: Device, surname: str, office: str, code: str = "a1",
            country: str = "LU") -> tuple[Family, object]:
    family = Family.open(agent.ctx, OPENED, surname=surname, office=office).analyse().assess()
    assert (surname, country) in PROVIDERS
    with agent.ctx.reading() as session:  # downloaded from the ONE's directory
        family.provider = session.scalars(select(Provider.id).where(
            Provider.name == f"Foyer {surname}")).one()
    family.plan(code, None if code == "e" else Decimal(180))  # e: no art. 15 forfait
    record_discernment(agent.ctx, family.case_id, family.child, False, OPENED, "Trop jeune")
    version = family.ready_version()
    for parent in (family.mother, family.father):
        record_signature(agent.ctx, version, parent, OPENED, today=OPENED)
    return family, version


def _row(child: PlacedChild) -> tuple[object, ...]:
    return (child.person_id, child.case_number, child.office_code, child.name,
            child.birth_date, child.measure_code, child.placement, child.abroad, child.since)


def test_the_national_list_is_the_union_of_the_offices_lists(
    server: Server, offices: tuple[Device, Device, Device], database_url: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sud, nord, one = offices
    placed = [(sud, *_signed(sud, "Ferreira", SUD)),
              (sud, *_signed(sud, "Delvaux", SUD, country="BE")),
              (sud, *_signed(sud, "Hoxha", SUD)),  # revoked before 1 April
              (nord, *_signed(nord, "Wagner", NORD, code="c2")),
              (nord, *_signed(nord, "Majerus", NORD, code="e"))]  # not a placement
    for device in (sud, nord, one):
        assert device.sync().rejected == 0
    for _device, _family, version in placed:
        validate_plan(one.ctx, version, OPENED)  # type: ignore[arg-type]
    assert one.sync().rejected == 0
    for device, family, _version in placed:
        device.sync()
        move_case_to_step(device.ctx, family.case_id, 5, today=OPENED)
        assert family.measure is not None
        start_measure(device.ctx, family.measure, date(2026, 3, 15))
    revoked = placed[2]
    on = date(2026, 3, 20)
    request = request_plan_review(sud.ctx, revoked[2], revoked[1].mother,  # type: ignore[arg-type]
                                  ReviewRequestKind.REVOCATION, on, "Retour", today=on)
    answer_review_request(sud.ctx, request, ReviewRequestOutcome.PLAN_REVOKED, on,
                          "Révocation accordée", today=on)
    for device in (sud, nord):
        assert device.sync().rejected == 0

    laptops = {_row(c) for device in (sud, nord)
               for c in semester_placement_list(device.ctx, APRIL_FIRST)}
    produced = national.semester_list(server.sessions, APRIL_FIRST)
    assert {_row(c) for c in produced.listed.children} == laptops
    assert {(c.name, c.office_code, c.placement, c.abroad)
            for c in produced.listed.children} == {
        ("Léa Ferreira", SUD, "institution", False),
        ("Léa Delvaux", SUD, "institution", True),
        ("Léa Wagner", NORD, "foster_family_day", False)}
    assert produced.listed.counted_codes == ("a1", "a2", "a3", "a4", "a5", "b", "c1", "c2", "d")

    out = tmp_path / "liste-2026-04-01.pdf"
    out.write_bytes(b"an older list")
    out.chmod(0o644)  # replaced: readable by the server's account only all the same
    assert main(["--database", database_url, "semester-list", "2026-04-01",
                 "--out", str(out)]) == 0
    assert "3 enfant(s) placé(s), dont 1 à l'étranger" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = words(out.read_bytes())
    for expected in ("Enfants placés au 01/04/2026", "3 placement(s) : 2 au Luxembourg, 1 à "
                     "l’étranger.", "Léa Ferreira", "Léa Delvaux", "Foyer Delvaux (BE)",
                     "Léa Wagner", "famille d’accueil, de jour", NORD, SUD,
                     "Mesures comptées : a1, a2, a3, a4, a5, b, c1, c2, d."):
        assert expected in text, expected
    assert "Hoxha" not in text and "Majerus" not in text
    german = tmp_path / "liste-de.pdf"
    assert main(["--database", database_url, "semester-list", "01/04/2026", "--out",
                 str(german), "--language", "de"]) == 0
    assert "Untergebrachte Kinder am 01.04.2026" in words(german.read_bytes())
    assert main(["--database", database_url, "semester-list", "2026-04-02", "--out",
                 str(tmp_path / "non.pdf")]) == 1
    assert "(art. 6)" in capsys.readouterr().err
    assert not (tmp_path / "non.pdf").exists()

    # Statistics: the server's are the sum of the laptops', for the period holding them all.
    extracts = [statistics_extract(device.ctx, date(2026, 6, 30)) for device in (sud, nord)]
    stats = national.statistics(server.sessions, date(2026, 1, 1), date(2026, 6, 30))
    for table in ("caseload", "durations"):
        assert sorted(map(repr, stats.extract.tables[table])) == sorted(
            repr(row) for extract in extracts for row in extract.tables[table])
    assert sum(int(r["measures"]) for r in stats.extract.tables["measures"]) == 5
    assert national.statistics(server.sessions, date(2025, 1, 1),
                               date(2025, 12, 31)).extract.tables["durations"] == []
    report, tables = tmp_path / "stats.pdf", tmp_path / "csv"
    assert main(["--database", database_url, "statistics", "2026-01-01", "2026-06-30",
                 "--out", str(report), "--csv", str(tables)]) == 0
    assert "5 dossier(s)" in capsys.readouterr().out
    text = words(report.read_bytes())
    assert "Période du 01/01/2026 au 30/06/2026, tous les bureaux" in text
    assert NORD in text and SUD in text
    assert not any(name in text for name in ("Léa", "Ferreira", "Wagner", "Tavares"))
    for name, fields in STATISTICS_FIELDS.items():
        assert (tables / f"{name}.csv").read_text().splitlines()[0] == ",".join(fields)
    assert main(["--database", database_url, "statistics", "2026-06-30", "2026-01-01",
                 "--out", str(report)]) == 1
    assert "avant de commencer" in capsys.readouterr().err
    with pytest.raises(AdminError):
        national.semester_list(server.sessions, APRIL_FIRST, "en")
