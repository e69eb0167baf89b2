"""The national documents asked of the server by a ONE administrator's laptop
(``/api/one/semester-list``, ``/api/one/statistics``): an agent places a child and syncs, the
ONE validates; the administrator's device gets the list naming the child and the statistics
naming no one (read back with pdftotext), any other role is refused, a day other than 1 April
or 1 October is refused citing art. 6, and the security log keeps each export without a name."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain import UserRole
from app.services.plan.versions import record_discernment, record_signature, validate_plan
from app.services.steps.implementation import start_measure
from app.services.steps.workflow import move_case_to_step
from app.services.sync.local import sync_settings
from sync.client.errors import NotAllowed, NotEnrolled, RequestRefused, ServerError
from sync.client.national import fetch_semester_list, fetch_statistics
from sync.client.transport import send_raw
from sync.server import security
from sync.server.security import EventKind
from tests.app.documents.poppler import words
from tests.app.services.family import Family
from tests.sync.harness import Device, Server

OPENED, APRIL_FIRST = date(2026, 3, 2), date(2026, 4, 1)
SINCE, UNTIL = date(2026, 1, 1), date(2026, 6, 30)
SUD = "sud-esch-sur-alzette"


# The documents' computation runs on both databases in test_national_lists: the endpoints'
# own part (who, what day, the log) once, on SQLite.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_one_administrator_gets_the_national_documents_and_no_one_else(
        server: Server, tmp_path: Path) -> None:
    server.user("agent.sud", office=SUD, name="Agent Sud")
    server.user("validateur", UserRole.VALIDATOR, name="Validatrice ONE")
    server.user("admin.one", UserRole.ONE_ADMIN, office=None, name="Administratrice ONE")
    sud = Device.enrol(server, tmp_path / "sud", "agent.sud")
    one = Device.enrol(server, tmp_path / "one", "validateur")
    admin = Device.enrol(server, tmp_path / "admin", "admin.one")
    try:
        # A placement in an institution, with the register's provider (the ONE's directory).
        family = Family.open(sud.ctx, OPENED, surname="Ferreira", office=SUD).analyse()
        family.assess().plan("a1", Decimal(180))
        record_discernment(sud.ctx, family.case_id, family.child, False, OPENED, "Trop jeune")
        version = family.ready_version()
        for parent in (family.mother, family.father):
            record_signature(sud.ctx, version, parent, OPENED, today=OPENED)
        assert sud.sync().rejected == 0
        assert one.sync().rejected == 0
        validate_plan(one.ctx, version, OPENED)
        assert one.sync().rejected == 0
        sud.sync()
        move_case_to_step(sud.ctx, family.case_id, 5, today=OPENED)
        assert family.measure is not None
        start_measure(sud.ctx, family.measure, date(2026, 3, 15))
        assert sud.sync().rejected == 0

        listed = words(fetch_semester_list(admin.transport, APRIL_FIRST))
        for expected in ("Enfants placés au 01/04/2026", "Léa Ferreira", SUD):
            assert expected in listed, expected
        german = words(fetch_semester_list(admin.transport, APRIL_FIRST, "de"))
        assert "Untergebrachte Kinder am 01.04.2026" in german
        assert "Léa Ferreira" in german
        stats = words(fetch_statistics(admin.transport, SINCE, UNTIL))
        assert "Période du 01/01/2026 au 30/06/2026, tous les bureaux" in stats
        assert SUD in stats
        assert not any(name in stats for name in ("Léa", "Ferreira"))

        with pytest.raises(RequestRefused) as bad_day:
            fetch_semester_list(admin.transport, date(2026, 4, 2))
        assert "(art. 6)" in bad_day.value.message("fr")
        with pytest.raises(ServerError) as far:  # outside the protocol's years: no 500
            send_raw(admin.transport, "POST", "/api/one/semester-list",
                     content=b'{"on": "0001-04-01"}',
                     headers={"Content-Type": "application/json"})
        assert "« on »" in far.value.message("fr")
        with pytest.raises(RequestRefused) as backwards:
            fetch_statistics(admin.transport, UNTIL, SINCE)
        assert "avant de commencer" in backwards.value.message("fr")

        for device in (sud, one):  # an agent, a validator: neither is the ONE's administrator
            with pytest.raises(NotAllowed) as refused:
                fetch_semester_list(device.transport, APRIL_FIRST)
            assert "administrateurs de l'ONE" in refused.value.message("fr")
        with pytest.raises(NotAllowed):
            fetch_statistics(sud.transport, SINCE, UNTIL)
        with pytest.raises(NotEnrolled):  # no device token at all
            fetch_semester_list(server.transport(), APRIL_FIRST)

        logged = security.read(server.sessions)
        exports = [(e.login, e.detail) for e in logged if e.kind == EventKind.NATIONAL_EXPORT]
        assert exports == [
            ("admin.one", "liste semestrielle du 01/04/2026 (fr)"),
            ("admin.one", "liste semestrielle du 01/04/2026 (de)"),
            ("admin.one", "statistiques du 01/01/2026 au 30/06/2026 (fr)")]
        refusals = [(e.login, e.device_id) for e in logged
                    if e.kind == EventKind.NATIONAL_EXPORT_REFUSED]
        assert refusals == [("agent.sud", sync_settings(sud.ctx).device_id),
                            ("validateur", sync_settings(one.ctx).device_id),
                            ("agent.sud", sync_settings(sud.ctx).device_id)]
        assert all(e.remote_address for e in logged if e.kind.startswith("national_export"))
        assert not any("Ferreira" in e.detail or "Léa" in e.detail for e in logged)
    finally:
        for device in (sud, one, admin):
            device.close()
