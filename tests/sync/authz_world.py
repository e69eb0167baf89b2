"""The people and dossiers of the authorisation tests, made once per database: three dossiers
made on real devices with planted synthetic words, and a device token for every kind of
caller, enrolled over HTTP like any laptop."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from app.domain import (
    Office,
    PersonRole,
    PlanVersion,
    RequestChannel,
    RequesterKind,
    UserRole,
)
from app.services.base.context import ServiceContext
from app.services.dossier.opening import (
    OpenCaseInput,
    PersonInput,
    RequestInput,
    open_case,
    update_person_notes,
)
from app.services.plan.versions import record_discernment
from app.services.steps.analysis import set_working_frame
from app.services.sync.local import sync_settings, sync_status
from sync.protocol import PROTOCOL_VERSION, TOKEN_HEADER
from sync.server import admin
from sync.server.models import AppliedMutation
from tests.app.services.family import Family
from tests.sync.harness import OFFICE, PASSWORD, Device, Server

TODAY = date(2026, 3, 2)
NORTH = "nord-diekirch"
#: login -> (role, office code)
PEOPLE = {
    "agent.a": (UserRole.AGENT, OFFICE),
    "agent.b": (UserRole.AGENT, OFFICE),
    "agent.c": (UserRole.AGENT, NORTH),
    "clerk.sud": (UserRole.OFFICE_CLERK, OFFICE),
    "clerk.nord": (UserRole.OFFICE_CLERK, NORTH),
    "lead.sud": (UserRole.OFFICE_LEAD, OFFICE),
    "validator": (UserRole.VALIDATOR, None),
}


@dataclass(frozen=True)
class Dossier:
    case_id: uuid.UUID
    office_id: uuid.UUID
    agent_id: uuid.UUID
    person_id: uuid.UUID  # the mother, who carries the planted note
    note: str
    needles: tuple[str, ...]  # family name, note, working frame: none may reach a stranger
    plan_id: uuid.UUID | None = None

    @property
    def scope(self) -> str:
        return f"case:{self.case_id}"


@dataclass
class World:
    server: Server
    http: httpx.Client
    users: dict[str, uuid.UUID]
    offices: dict[str, uuid.UUID]
    tokens: dict[str, str]  # login (or "revoked") -> device token
    dossiers: dict[str, Dossier]  # "d1" agent A, Sud; "d2" agent B, Sud, plan awaiting; "d3" C
    foreign_mutation: uuid.UUID  # a mutation agent A's own laptop uploaded

    def post(self, path: str, body: dict[str, Any] | None = None,
             token: str | None = None) -> httpx.Response:
        headers = {"X-Cpi-Protocol": str(PROTOCOL_VERSION)}
        if token is not None:
            headers[TOKEN_HEADER] = token
        return self.http.post(path, json=body or {}, headers=headers)

    def enrol(self, login: str, password: str = PASSWORD,
              device_id: uuid.UUID | None = None, code: str | None = None) -> httpx.Response:
        """``code``: a fresh enrolment code for ``login`` unless given (an unknown login
        gets none)."""
        if code is None:
            try:
                code = self.server.code(login)
            except admin.AdminError:
                code = ""
        return self.post("/api/devices/enrol", {
            "login": login, "password": password, "device_id": str(device_id or uuid.uuid4()),
            "device_name": f"sonde {login}", "code": code})


def _unique(prefix: str) -> str:
    return f"{prefix}{secrets.token_hex(5)}"


def _plant(agent: Device, case_id: uuid.UUID, mother: uuid.UUID) -> tuple[str, str]:
    note = _unique("Note confidentielle à ne jamais divulguer ")
    frame = _unique("Cadre de travail réservé ")
    update_person_notes(agent.ctx, mother, note)
    set_working_frame(agent.ctx, case_id, frame)
    return note, frame


def _north_case(ctx: ServiceContext, surname: str) -> tuple[uuid.UUID, uuid.UUID]:
    opened = open_case(ctx, OpenCaseInput(
        office_code=NORTH,
        request=RequestInput(TODAY, RequestChannel.LETTER_OR_EMAIL, RequesterKind.PARENT,
                             "Demande de soutien éducatif"),
        persons=(PersonInput(PersonRole.PARENT, "Mireille", surname, date(1988, 1, 4)),
                 PersonInput(PersonRole.CHILD, "Noah", surname, date(2016, 8, 21))),
        opened_on=TODAY, confirmed_new_persons=True), today=TODAY)
    return opened.case_id, opened.person_ids[0]


@contextmanager
def build_world(server: Server, folder: Path) -> Iterator[World]:
    users = {login: server.user(login, role, office, name=f"Test {login}")
             for login, (role, office) in PEOPLE.items()}
    with server.sessions() as session:
        offices = {o.code: o.id for o in session.scalars(select(Office))}
    devices = {login: Device.enrol(server, folder / login, login)
               for login in ("agent.a", "agent.b", "agent.c")}
    try:
        dossiers = {}
        a, b, c = devices["agent.a"], devices["agent.b"], devices["agent.c"]
        surname = _unique("Øvrehølm")
        family = Family.open(a.ctx, TODAY, surname=surname)
        note, frame = _plant(a, family.case_id, family.mother)
        dossiers["d1"] = Dossier(family.case_id, offices[OFFICE], users["agent.a"],
                                 family.mother, note, (surname, note, frame))
        surname = _unique("Quistrèbe")
        family = Family.open(b.ctx, TODAY, surname=surname).analyse().assess().plan()
        record_discernment(b.ctx, family.case_id, family.child, False, TODAY,
                           "Trop jeune pour mesurer la portée du projet")
        plan = family.ready_version()
        note, frame = _plant(b, family.case_id, family.mother)
        dossiers["d2"] = Dossier(family.case_id, offices[OFFICE], users["agent.b"],
                                 family.mother, note, (surname, note, frame), plan)
        surname = _unique("Zwießlinger")
        case_id, mother = _north_case(c.ctx, surname)
        note, frame = _plant(c, case_id, mother)
        dossiers["d3"] = Dossier(case_id, offices[NORTH], users["agent.c"], mother, note,
                                 (surname, note, frame))
        for device in devices.values():
            report = device.sync()
            assert report.rejected == 0, (report, sync_status(device.ctx).rejected)
        with server.sessions() as session:
            version = session.get(PlanVersion, plan)
            assert version is not None and version.state.value == "ready_to_sign"
            a_device = sync_settings(a.ctx).device_id
            foreign = session.scalars(select(AppliedMutation.mutation_id).where(
                AppliedMutation.device_id == a_device)).first()
            assert foreign is not None, "the server knows agent A's laptop by another id"
        with httpx.Client(base_url=server.url, timeout=30) as http:
            world = World(server, http, users, offices, {}, dossiers, foreign)
            for login in PEOPLE:
                laptop = uuid.uuid4()
                reply = world.enrol(login, device_id=laptop)
                assert reply.status_code == 200, reply.text
                world.tokens[login] = reply.json()["token"]
                world.tokens[f"{login}:device"] = str(laptop)  # its handshake names it
            lost = uuid.uuid4()
            reply = world.enrol("agent.a", device_id=lost)
            world.tokens["revoked"] = reply.json()["token"]
            admin.revoke_device(server.sessions, lost)
            world.tokens["revoked-device-id"] = str(lost)
            yield world
    finally:
        for device in devices.values():
            device.close()


def mutation(entity: str, record_id: uuid.UUID, changes: dict[str, list[Any]],
             operation: str = "update", mutation_id: uuid.UUID | None = None) -> dict[str, Any]:
    return {"mutation_id": str(mutation_id or uuid.uuid4()), "entity": entity,
            "record_id": str(record_id), "operation": operation, "changes": changes,
            "base_version": 0, "device_clock": 1,
            "created_at": datetime.now(UTC).isoformat()}
