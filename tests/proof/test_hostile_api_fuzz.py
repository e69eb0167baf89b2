"""The server API fuzzed from its own OpenAPI description (schemathesis), as each kind of
caller with a real device token: no answer is ever a 5xx, every answer honours the documented
schema, and none carries a byte of a dossier the caller may not read (synthetic words planted
in another agent's and another office's dossiers, searched in every spelling)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.core.result import Ok
from schemathesis.generation.case import Case
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    positive_data_acceptance,
)

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, TOKEN_HEADER
from sync.server.app import ServerOptions
from tests.proof.budget import LONG, record, scale
from tests.proof.hostile_servers import DATABASES, database_url
from tests.sync.authz_world import World, build_world
from tests.sync.harness import Server
from tests.sync.leaks import leaked

#: login -> the dossier (of authz_world) that caller may not read.
CALLERS = {"agent.a": "d3", "agent.b": "d1", "clerk.nord": "d1", "clerk.sud": "d3",
           "validator": "d1"}
#: Examples per operation and caller; 9 operations.
EXAMPLES = scale(2, 60)


@dataclass
class Tally:
    cases: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    server_errors: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    accepted_invalid: list[str] = field(default_factory=list)


@pytest.fixture(scope="module", params=DATABASES)
def world(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("fuzz")
    # The description served (off by default: ``cpi-server serve --docs``), for the fuzzer.
    with database_url(request.param, folder) as url, \
            Server.running(url, ServerOptions(describe=True)) as server, \
            build_world(server, folder) as built:
        yield built


def _aim(case: Case[Any], world: World, target: str) -> None:
    """Point some generated requests at the forbidden dossier: its scope in the cursors,
    its records in mutations, so that the leak check has something to bite on."""
    dossier = world.dossiers[target]
    body: Any = case.body
    if isinstance(body, dict) and isinstance(body.get("cursors"), dict):
        body["cursors"][dossier.scope] = 0
    if isinstance(body, dict) and isinstance(body.get("mutations"), list):
        for mutation in body["mutations"]:
            if isinstance(mutation, dict):
                mutation["record_id"] = str(dossier.person_id)
                mutation["entity"] = "person"


def _fuzz(world: World, login: str, tally: Tally) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", world.server.app)
    token = world.tokens[login]
    needles = world.dossiers[CALLERS[login]].needles
    headers = {TOKEN_HEADER: token, PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result  # the description is readable throughout
        operation = result.ok()

        # Valid requests aimed at the forbidden dossier, and invalid ones (the protocol header
        # left to the fuzzer there): both with the caller's real token.
        valid = operation.as_strategy(headers=headers).map(lambda case: (case, True))
        invalid = operation.as_strategy(GenerationMode.NEGATIVE, headers={TOKEN_HEADER: token})
        cases = valid | invalid.map(lambda case: (case, False))

        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=not LONG,
                  suppress_health_check=list(HealthCheck))
        @given(drawn=cases)
        def probe(drawn: tuple[Case[Any], bool]) -> None:
            case, positive = drawn
            if positive:
                _aim(case, world, CALLERS[login])
            response = case.call()
            tally.cases += 1
            tally.statuses[response.status_code] = tally.statuses.get(response.status_code,
                                                                      0) + 1
            where = f"{login} {case.method} {case.formatted_path} -> {response.status_code}"
            if response.status_code >= 500:
                tally.server_errors.append(where)
            found = leaked(response.content, needles)
            if found:
                tally.leaks.append(f"{where}: {found}")
            if not positive and not 400 <= response.status_code < 500:
                tally.accepted_invalid.append(
                    f"{where}: {case.headers} {str(case.body)[:400]} {case.meta}"[:2000])
            # A well-formed request may still be refused for what it means (a chunk whose hash
            # is not its content's, 422); an invalid one with any 4xx (426 for a protocol
            # header out of range too): checked above, not by schemathesis's lists of codes.
            case.validate_response(response, excluded_checks=[
                positive_data_acceptance, negative_data_rejection])

        probe()


def test_the_fuzzed_api_never_fails_nor_leaks(world: World) -> None:
    started = time.perf_counter()
    tally = Tally()
    for login in CALLERS:
        _fuzz(world, login, tally)
    assert tally.server_errors == [], tally.server_errors
    assert tally.leaks == [], tally.leaks
    assert tally.accepted_invalid == [], tally.accepted_invalid
    assert tally.cases >= len(CALLERS) * 9 * EXAMPLES // 2, tally
    dialect = world.server.sessions.kw["bind"].dialect.name
    record(f"hostile_api_fuzz_{dialect}", {
        "fuzz_cases": tally.cases, "server_errors": 0, "leaks": 0, "callers": len(CALLERS),
        "statuses": tally.statuses, "seconds": round(time.perf_counter() - started, 1)})


def test_the_leak_check_sees_a_dossier_its_reader_may_read(world: World) -> None:
    """The test's own eyes: the same search finds the planted words where they belong."""
    reply = world.post("/api/sync/download", {"cursors": {}}, world.tokens["agent.c"])
    needles = world.dossiers["d3"].needles
    assert leaked(reply.content, needles) == list(needles)
