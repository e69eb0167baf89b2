"""The sync server's authorisation matrix: every endpoint, every kind of caller, a dossier
outside the caller's scope. The answer is a refusal (an HTTP error in French, a "rejected"
mutation with its reason, or simply no rows) and carries no byte of that dossier: synthetic
words planted in it are searched in the raw answers, in every spelling (see ``leaks``).

Requests are built by hand with httpx against the real server over loopback; the dossiers are
made on real devices. One world per database, shared by the whole module."""

from __future__ import annotations

import base64
import json
import statistics
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import select

from app.domain import Case, Office, Person, PlanState, PlanVersion, User
from app.services.plan.versions import validate_plan
from app.services.sync.local import sync_status
from app.store.wire import synced_models
from sync.server import admin, scopes
from sync.server.app import ServerOptions
from sync.server.models import AppliedMutation
from sync.server.refusals import Refused
from sync.server.throttle import UNTHROTTLED
from tests import pg_cluster
from tests.sync.authz_world import PEOPLE, TODAY, Dossier, World, build_world, mutation
from tests.sync.harness import Device, Server
from tests.sync.leaks import leaked

AUTHORISATION_REFUSALS = {Refused.ADMIN_ONLY, Refused.OTHER_AGENT, Refused.NOT_FROM_A_DEVICE,
                          Refused.MOVED_TO_ANOTHER_DOSSIER, Refused.NOT_ASSIGNED,
                          Refused.OTHER_OFFICE, Refused.TRANSFER,
                          Refused.VALIDATOR_OPENS_NO_DOSSIER, Refused.VALIDATOR_VALIDATES_ONLY}


@dataclass(frozen=True)
class Who:
    login: str
    target: str  # a dossier outside this caller's scope
    own: str | None  # a dossier this caller may write

    def __str__(self) -> str:
        return self.login


CALLERS = [
    Who("agent.a", "d3", "d1"),  # the agent owning d1, against another office's dossier
    Who("agent.b", "d1", "d2"),  # another agent of d1's office
    Who("agent.c", "d1", "d3"),  # an agent of another office
    Who("clerk.sud", "d3", "d1"),  # clerk of d1's office
    Who("clerk.nord", "d1", "d3"),  # clerk of another office
    Who("lead.sud", "d3", "d1"),
    Who("validator", "d1", None),  # d1 has no plan awaiting validation
]
#: Callers the server must not even recognise: (token key or None, HTTP status).
STRANGERS = {"revoked": ("revoked", 403), "no token": (None, 401), "forged": ("forged", 401)}
ENDPOINTS = ["/api/sync/handshake", "/api/sync/upload", "/api/sync/download"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp(f"authz-{request.param}")
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'server.sqlite'}"
    else:
        cluster: pg_cluster.Cluster = request.getfixturevalue("postgres")
        url = cluster.new_database()
    # Its tests guess wrong passwords on purpose, in quick succession: throttling, which would
    # answer 429 before checking, is tested in test_enrolment_throttle.py.
    with Server.running(url, ServerOptions(throttle=UNTHROTTLED)) as server, \
            build_world(server, folder) as built:
        yield built


def token(world: World, key: str | None) -> str | None:
    if key == "forged":
        return "forged-" + uuid.uuid4().hex
    return None if key is None else world.tokens[key]


def every_needle(world: World) -> tuple[str, ...]:
    return tuple(n for d in world.dossiers.values() for n in d.needles)


def download_all(world: World, key: str, cursors: dict[str, int] | None = None
                 ) -> tuple[bytes, list[dict[str, Any]]]:
    """Every page from ``cursors`` on: the raw bytes and the parsed replies."""
    raw, replies = b"", []
    cursors = dict(cursors or {})
    for _ in range(50):
        reply = world.post("/api/sync/download", {"cursors": cursors}, token(world, key))
        assert reply.status_code == 200, reply.text
        raw += reply.content
        replies.append(reply.json())
        cursors = {**cursors, **reply.json()["cursors"]}
        if not reply.json()["more"]:
            return raw, replies
    raise AssertionError("download never ended")


def upload(world: World, who: Who, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
    """Send ``mutations``; the answer must leak nothing of the target dossier."""
    reply = world.post("/api/sync/upload", {"mutations": list(mutations)},
                       token(world, who.login))
    assert reply.status_code == 200, reply.text
    assert leaked(reply.content, world.dossiers[who.target].needles) == []
    results: list[dict[str, Any]] = reply.json()["results"]
    assert [r["mutation_id"] for r in results] == [m["mutation_id"] for m in mutations]
    return results


#: The wire carries a refusal's French text only (devices of every protocol read it): read
#: back as its code, so that the tests say which refusal, not how it is worded.
ON_THE_WIRE = {code.text(): code for code in Refused}


def refused(result: dict[str, Any], *codes: Refused) -> None:
    assert result["status"] == "rejected", result
    assert ON_THE_WIRE.get(result["reason"]) in (codes or AUTHORISATION_REFUSALS), result
    assert result["version"] == 0


def french_error(reply: httpx.Response, status: int) -> None:
    assert reply.status_code == status, reply.text
    body = reply.json()
    assert body["code"] in ("unauthenticated", "device_revoked")
    assert body["message"].endswith(".") and " " in body["message"]
    assert any(word in body["message"] for word in ("poste", "Jeton", "Identifiant")), body


def person_row(world: World, dossier: Dossier) -> dict[str, Any]:
    with world.server.sessions() as session:
        person = session.get(Person, dossier.person_id)
        assert person is not None
        return {"case_id": person.case_id, "notes": person.notes,
                "deleted_at": person.deleted_at}


def new_person(case_id: uuid.UUID, operation: str = "insert") -> dict[str, Any]:
    record = uuid.uuid4()
    return mutation("person", record, {
        "case_id": [None, str(case_id)], "role": [None, "other_relative"],
        "first_name": [None, "Intrus"], "last_name": [None, "Essai"]}, operation)


def new_case(world: World, office_id: uuid.UUID, agent_id: uuid.UUID | None
             ) -> dict[str, Any]:
    return mutation("case_file", uuid.uuid4(), {
        "number": [None, f"TEST-{uuid.uuid4().hex[:10]}"], "office_id": [None, str(office_id)],
        "agent_id": [None, str(agent_id) if agent_id else None],
        "opened_on": [None, TODAY.isoformat()]}, "insert")


def exists(world: World, sent: dict[str, Any]) -> bool:
    with world.server.sessions() as session:
        entity = synced_models()[sent["entity"]]
        return session.get(entity, uuid.UUID(sent["record_id"])) is not None


def test_the_search_finds_every_spelling_of_a_planted_word() -> None:
    needle = "Øvrehølm0123456789"
    spelled = [needle.encode(), json.dumps(needle).encode(), quote(needle).encode(),
               *(base64.b64encode(pad + needle.encode()) for pad in (b"", b"a", b"ab"))]
    for body in spelled:
        assert leaked(b"{..." + body + b"...}", (needle,)) == [needle], body
    assert leaked(rb"\u00d8vreh\u00f8lm012345678", (needle,)) == []


# -- the test's own eyes: the planted words do reach those who may read them -----------------

def test_the_planted_words_reach_the_dossiers_own_agent_and_no_one_else(world: World) -> None:
    raw, _ = download_all(world, "agent.a")
    d1, d2, d3 = (world.dossiers[k] for k in ("d1", "d2", "d3"))
    assert leaked(raw, d1.needles) == list(d1.needles)
    assert leaked(raw, d2.needles + d3.needles) == []


def test_a_validator_reads_a_dossier_while_its_plan_awaits_validation(world: World) -> None:
    raw, replies = download_all(world, "validator")
    d2 = world.dossiers["d2"]
    assert leaked(raw, d2.needles) == list(d2.needles)
    assert d2.scope in replies[-1]["cursors"]
    assert leaked(raw, world.dossiers["d1"].needles + world.dossiers["d3"].needles) == []


# -- enrolment -------------------------------------------------------------------------------

@pytest.mark.parametrize("login", list(PEOPLE))
def test_enrolment_answers_the_callers_own_record_only(world: World, login: str) -> None:
    reply = world.enrol(login)
    assert reply.status_code == 200, reply.text
    assert reply.json()["user"]["id"] == str(world.users[login])
    assert leaked(reply.content, every_needle(world)) == []


def test_enrolment_does_not_tell_whether_a_login_exists(world: World) -> None:
    def timed(login: str, password: str) -> tuple[float, httpx.Response]:
        started = time.perf_counter()
        reply = world.enrol(login, password)
        return time.perf_counter() - started, reply

    unknown = [timed(f"inconnu.{i}", "mauvais-mot-de-passe") for i in range(3)]
    wrong = [timed("agent.a", "mauvais-mot-de-passe") for _ in range(3)]
    answers = {(r.status_code, r.content) for _, r in unknown + wrong}
    assert len(answers) == 1, answers
    french_error(unknown[0][1], 401)
    # Same work: an unknown login costs a password check too (Argon2 takes tens of ms).
    slow, fast = (statistics.median(t for t, _ in runs) for runs in (wrong, unknown))
    assert fast > slow / 3, (fast, slow)


@pytest.mark.parametrize("stranger", list(STRANGERS))
def test_a_strangers_token_does_not_stand_for_the_password(world: World, stranger: str) -> None:
    key, _status = STRANGERS[stranger]
    reply = world.post("/api/devices/enrol", {
        "login": "agent.a", "password": "mauvais-mot-de-passe",
        "device_id": world.tokens["revoked-device-id"] if key == "revoked" else str(uuid.uuid4())},
        token(world, key))
    french_error(reply, 401)
    assert leaked(reply.content, every_needle(world)) == []


def test_a_revoked_device_cannot_enrol_again(world: World) -> None:
    lost = uuid.UUID(world.tokens["revoked-device-id"])
    reply = world.enrol("agent.a", device_id=lost)
    french_error(reply, 403)
    assert leaked(reply.content, every_needle(world)) == []


# -- strangers: revoked device, no token, forged token ---------------------------------------

@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("stranger", list(STRANGERS))
def test_a_stranger_is_refused_everywhere(world: World, stranger: str, endpoint: str) -> None:
    key, status = STRANGERS[stranger]
    d1 = world.dossiers["d1"]
    before = person_row(world, d1)
    bodies: dict[str, dict[str, Any]] = {
        "/api/sync/handshake": {"protocol": 2, "schema_revision": "x", "app_version": "0",
                                "device_id": str(uuid.uuid4()),
                                "client_time": "2026-03-02T10:00:00+00:00"},
        "/api/sync/upload": {"mutations": [
            mutation("person", d1.person_id, {"notes": [d1.note, "effacé"]}),
            new_person(d1.case_id)]},
        "/api/sync/download": {"cursors": {"reference": 0, d1.scope: 0}},
    }
    reply = world.post(endpoint, bodies[endpoint], token(world, key))
    french_error(reply, status)
    assert leaked(reply.content, every_needle(world)) == []
    assert person_row(world, d1) == before


# -- handshake and download of every caller --------------------------------------------------

@pytest.mark.parametrize("who", CALLERS, ids=str)
def test_handshake_says_nothing_of_any_dossier(world: World, who: Who) -> None:
    reply = world.post("/api/sync/handshake", {
        "protocol": 2, "schema_revision": "x", "app_version": "0",
        "device_id": world.tokens[f"{who.login}:device"],
        "client_time": "2026-03-02T10:00:00+00:00"}, token(world, who.login))
    assert reply.status_code == 200, reply.text
    assert reply.json()["user_id"] == str(world.users[who.login])
    assert leaked(reply.content, every_needle(world)) == []


@pytest.mark.parametrize("who", CALLERS, ids=str)
def test_download_gives_nothing_of_a_dossier_out_of_scope(world: World, who: Who) -> None:
    target = world.dossiers[who.target]
    raw, replies = download_all(world, who.login)
    assert leaked(raw, target.needles) == []
    for reply in replies:
        assert target.scope not in reply["cursors"]
        assert all(c["scope"] != target.scope for c in reply["changes"])
        assert all(c["record_id"] != str(target.case_id) for c in reply["changes"])


@pytest.mark.parametrize("who", CALLERS, ids=str)
def test_a_forged_cursor_gives_nothing_and_is_dropped(world: World, who: Who) -> None:
    target = world.dossiers[who.target]
    raw, replies = download_all(world, who.login, {"reference": 10**9, target.scope: 0})
    assert leaked(raw, target.needles) == []
    assert target.scope in replies[0]["dropped"]
    for reply in replies:
        assert all(c["scope"] != target.scope for c in reply["changes"])
        assert target.scope not in reply["cursors"]


# -- uploads of every caller -----------------------------------------------------------------

@pytest.mark.parametrize("who", CALLERS, ids=str)
def test_no_edit_of_a_dossier_out_of_scope(world: World, who: Who) -> None:
    target = world.dossiers[who.target]
    before = person_row(world, target)
    results = upload(world, who,
                     mutation("person", target.person_id, {"notes": [target.note, "effacé"]}),
                     mutation("person", target.person_id, {"deleted_at": [
                         None, "2026-03-02T10:00:00+00:00"]}, "delete"),
                     mutation("case_file", target.case_id, {"working_frame": ["", "pris"]}),
                     mutation("case_file", target.case_id,
                              {"agent_id": [str(target.agent_id), str(world.users[who.login])]}))
    for result in results:
        refused(result)
    assert person_row(world, target) == before


@pytest.mark.parametrize("who", CALLERS, ids=str)
def test_no_insert_into_a_dossier_out_of_scope(world: World, who: Who) -> None:
    target = world.dossiers[who.target]
    taken = {**new_person(target.case_id), "record_id": str(target.person_id)}  # an id there
    inserts = [new_person(target.case_id), new_person(target.case_id, "restore"), taken,
               mutation("contact_log", uuid.uuid4(), {"case_id": [None, str(target.case_id)]},
                        "insert")]
    for result, sent in zip(upload(world, who, *inserts), inserts, strict=True):
        if sent["operation"] == "restore":  # an agent's is kept aside, never applied
            refused(result, *AUTHORISATION_REFUSALS, Refused.HELD)
        else:
            refused(result)
        assert sent is taken or not exists(world, sent)
    assert person_row(world, target)["notes"] == target.note


@pytest.mark.parametrize("who", CALLERS, ids=str)
def test_a_restore_does_not_confirm_a_guess_of_a_dossier_out_of_scope(world: World,
                                                                     who: Who) -> None:
    """A record "given back" with the server's own values used to be answered "applied"
    before any authorisation, a wrong guess refused: a stranger who knew an id confirmed a
    name or a note by guessing. Both guesses now get the same refusal."""
    target = world.dossiers[who.target]
    right, wrong = (mutation("person", target.person_id, {"notes": [None, note]}, "restore")
                    for note in (target.note, target.note + " ?"))
    answers = upload(world, who, right, wrong)
    for answer in answers:
        refused(answer, *AUTHORISATION_REFUSALS, Refused.HELD)
    assert answers[0]["reason"] == answers[1]["reason"]
    assert person_row(world, target)["notes"] == target.note


@pytest.mark.parametrize("who", CALLERS, ids=str)
def test_no_dossier_opened_in_another_office_or_for_another_agent(world: World,
                                                                   who: Who) -> None:
    _role, office = PEOPLE[who.login]
    own_office = world.offices[office] if office else world.offices["sud-esch-sur-alzette"]
    other_office = next(o for o in world.offices.values() if o != own_office)
    me, colleague = world.users[who.login], world.users["agent.b" if who.login != "agent.b"
                                                         else "agent.a"]
    stranger = world.users["agent.c" if who.login != "agent.c" else "agent.a"]
    attempts = [new_case(world, other_office, me), new_case(world, own_office, colleague),
                new_case(world, own_office, stranger)]
    for result, sent in zip(upload(world, who, *attempts), attempts, strict=True):
        refused(result, Refused.OTHER_OFFICE, Refused.OTHER_AGENT,
                Refused.VALIDATOR_OPENS_NO_DOSSIER, Refused.VALIDATOR_VALIDATES_ONLY)
        assert not exists(world, sent)


@pytest.mark.parametrize("who", CALLERS, ids=str)
def test_offices_and_users_are_changed_by_administrators_only(world: World, who: Who) -> None:
    with world.server.sessions() as session:
        office = session.scalars(select(Office)).first()
        assert office is not None
        office_id, office_name = office.id, office.name
    me = world.users[who.login]
    attempts = [
        mutation("office", office_id, {"name": [office_name, "Bureau pris"]}),
        mutation("app_user", me, {"role": [PEOPLE[who.login][0].value, "validator"]}),
        mutation("app_user", world.users["agent.c"], {"office_id": [None, None]}),
        mutation("app_user", uuid.uuid4(), {
            "login": [None, f"pirate.{uuid.uuid4().hex[:6]}"], "display_name": [None, "P"],
            "role": [None, "validator"]}, "insert")]
    for result in upload(world, who, *attempts):
        refused(result, Refused.ADMIN_ONLY)
    with world.server.sessions() as session:
        user = session.get(User, me)
        office = session.get(Office, office_id)
        assert user is not None and user.role is PEOPLE[who.login][0]
        assert office is not None and office.name == office_name


@pytest.mark.parametrize("who", [w for w in CALLERS if w.own], ids=str)
def test_a_record_never_moves_into_another_dossier(world: World, who: Who) -> None:
    assert who.own is not None
    own, target = world.dossiers[who.own], world.dossiers[who.target]
    mine = new_person(own.case_id)
    [made] = upload(world, who, mine)
    assert made["status"] == "applied", made  # the caller may write their own dossier
    moves = [mutation("person", uuid.UUID(mine["record_id"]),
                      {"case_id": [str(own.case_id), str(target.case_id)]}),
             mutation("person", uuid.UUID(mine["record_id"]),
                      {"case_id": [str(own.case_id), str(target.case_id)]}, "restore"),
             mutation("person", target.person_id,
                      {"case_id": [str(target.case_id), str(own.case_id)]})]
    for result in upload(world, who, *moves):
        refused(result)
    with world.server.sessions() as session:
        moved = session.get(Person, uuid.UUID(mine["record_id"]))
        assert moved is not None and moved.case_id == own.case_id
    assert person_row(world, target)["case_id"] == target.case_id


@pytest.mark.parametrize("who", [w for w in CALLERS if w.own], ids=str)
def test_a_record_points_only_at_its_own_dossier(world: World, who: Who) -> None:
    assert who.own is not None
    own, target = world.dossiers[who.own], world.dossiers[who.target]

    def link(to_person: uuid.UUID) -> dict[str, Any]:
        return mutation("relationship", uuid.uuid4(), {
            "case_id": [None, str(own.case_id)], "from_person_id": [None, str(own.person_id)],
            "to_person_id": [None, str(to_person)], "kind": [None, "parent"]}, "insert")

    legit, foreign, unknown = link(own.person_id), link(target.person_id), link(uuid.uuid4())
    mine, elsewhere, nowhere = upload(world, who, legit, foreign, unknown)
    assert mine["status"] == "applied", mine
    refused(elsewhere, Refused.REFERENCE)
    # The same answer for an id of another dossier as for an id nobody has.
    assert {k: v for k, v in elsewhere.items() if k != "mutation_id"} == {
        k: v for k, v in nowhere.items() if k != "mutation_id"}
    repoint = mutation("relationship", uuid.UUID(legit["record_id"]), {
        "to_person_id": [str(own.person_id), str(target.person_id)]})
    refused(upload(world, who, repoint)[0], Refused.REFERENCE)
    assert not exists(world, foreign)


@pytest.mark.parametrize("who", CALLERS, ids=str)
def test_another_devices_mutation_id_is_not_replayed(world: World, who: Who) -> None:
    d1 = world.dossiers["d1"]
    with world.server.sessions() as session:
        stored = session.get(AppliedMutation, world.foreign_mutation)
        assert stored is not None
        answer_before = dict(stored.result)
    sent = mutation("person", d1.person_id, {"notes": [d1.note, "rejoué"]},
                    mutation_id=world.foreign_mutation)
    [result] = upload(world, who, sent)
    refused(result, Refused.REPLAY)
    with world.server.sessions() as session:
        stored = session.get(AppliedMutation, world.foreign_mutation)
        assert stored is not None and stored.result == answer_before
    assert person_row(world, d1)["notes"] == d1.note


# -- a validator while the dossier's plan awaits validation ----------------------------------

def test_a_validator_changes_nothing_but_the_validation(world: World) -> None:
    d2 = world.dossiers["d2"]
    assert d2.plan_id is not None
    who = Who("validator", "d1", None)
    attempts = [
        mutation("person", d2.person_id, {"notes": [d2.note, "revu par la validation"]}),
        mutation("case_file", d2.case_id, {"working_frame": ["", "cadre du validateur"]}),
        mutation("case_file", d2.case_id, {"agent_id": [str(d2.agent_id), None]}),
        mutation("case_file", d2.case_id, {"office_id": [str(d2.office_id),
                                                         str(world.offices["nord-diekirch"])]}),
        mutation("plan_version", d2.plan_id, {"prepared_on": [TODAY.isoformat(), "2020-01-01"]}),
        mutation("plan_version", d2.plan_id, {"deleted_at": [
            None, "2026-03-02T10:00:00+00:00"]}, "delete"),
        new_person(d2.case_id),
        mutation("plan_review", uuid.uuid4(), {
            "case_id": [None, str(d2.case_id)], "plan_version_id": [None, str(d2.plan_id)],
            "reviewed_on": [None, TODAY.isoformat()], "conclusion": [None, "revu"]}, "insert"),
    ]
    for result in upload(world, who, *attempts):
        refused(result, Refused.VALIDATOR_VALIDATES_ONLY)
    with world.server.sessions() as session:
        case = session.get(Case, d2.case_id)
        version = session.get(PlanVersion, d2.plan_id)
        assert case is not None and case.agent_id == d2.agent_id
        assert case.office_id == d2.office_id and case.working_frame == d2.needles[2]
        assert version is not None and version.prepared_on == TODAY
        assert version.deleted_at is None
    assert person_row(world, d2)["notes"] == d2.note


# -- a dossier transferred away --------------------------------------------------------------

def test_a_former_agent_cannot_backdate_edits_of_a_transferred_dossier(world: World) -> None:
    who = Who("agent.b", "d1", "d2")
    case = new_case(world, world.offices["sud-esch-sur-alzette"], world.users["agent.b"])
    case_id = uuid.UUID(case["record_id"])
    person = new_person(case_id)
    assert [r["status"] for r in upload(world, who, case, person)] == ["applied", "applied"]
    admin.transfer_case(world.server.sessions, case["changes"]["number"][1], "agent.a")
    person_id = uuid.UUID(person["record_id"])

    def edit(first_name: str, made_at: datetime) -> dict[str, Any]:
        sent = mutation("person", person_id, {"first_name": ["Intrus", first_name]})
        return {**sent, "created_at": made_at.isoformat()}

    offline = datetime.now(UTC) - timedelta(minutes=10)
    [kept] = upload(world, who, edit("Hors ligne", offline))  # made before, sent after
    assert kept["status"] in ("applied", "merged"), kept
    _raw, replies = download_all(world, who.login, {f"case:{case_id}": 0})
    assert f"case:{case_id}" in replies[0]["dropped"]
    late = [edit("Antidaté", offline), edit("Après", datetime.now(UTC))]
    for result in upload(world, who, *late):
        refused(result, Refused.NOT_ASSIGNED)
    with world.server.sessions() as session:
        found = session.get(Person, person_id)
        assert found is not None and found.first_name == "Hors ligne"


def test_a_former_agents_laptop_that_never_reads_again_is_cut_off_in_server_time(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """Edits dated before the transfer were taken until the laptop read the log again: one
    that never did kept writing under dates of its choosing. The server's clock bounds it."""
    who = Who("agent.b", "d1", "d2")
    case = new_case(world, world.offices["sud-esch-sur-alzette"], world.users["agent.b"])
    case_id = uuid.UUID(case["record_id"])
    person = new_person(case_id)
    assert [r["status"] for r in upload(world, who, case, person)] == ["applied", "applied"]
    admin.transfer_case(world.server.sessions, case["changes"]["number"][1], "agent.a")
    offline = datetime.now(UTC) - timedelta(minutes=10)
    sent = {**mutation("person", uuid.UUID(person["record_id"]),
                       {"first_name": ["Intrus", "Antidaté"]}), "created_at": offline.isoformat()}
    later = datetime.now(UTC) + scopes.TRANSFER_GRACE + timedelta(hours=1)
    monkeypatch.setattr(scopes, "utc_now", lambda: later)
    [answer] = upload(world, who, sent)
    refused(answer, Refused.NOT_ASSIGNED)
    with world.server.sessions() as session:
        found = session.get(Person, uuid.UUID(person["record_id"]))
        assert found is not None and found.first_name == "Intrus"


# -- last, for it ends d2's wait: the validation itself goes through -------------------------

def test_a_validators_laptop_validates_and_then_loses_the_dossier(
        world: World, tmp_path: Path) -> None:
    d2 = world.dossiers["d2"]
    assert d2.plan_id is not None
    laptop = Device.enrol(world.server, tmp_path / "validator", "validator")
    try:
        laptop.sync()
        assert validate_plan(laptop.ctx, d2.plan_id, TODAY) is PlanState.VALIDATED
        report = laptop.sync()
        assert report.uploaded >= 1 and report.rejected == 0, (
            report, sync_status(laptop.ctx).rejected)
        assert d2.case_id in report.purged  # no plan awaits validation any more
    finally:
        laptop.close()
    with world.server.sessions() as session:
        version = session.get(PlanVersion, d2.plan_id)
        assert version is not None and version.validated_on == TODAY
        assert version.validated_by == world.users["validator"]
    raw, _ = download_all(world, "validator", {d2.scope: 0})
    assert leaked(raw, d2.needles) == []
