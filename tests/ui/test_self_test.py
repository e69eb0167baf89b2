"""``cpi-terrain --self-test`` from the source tree, against a server in a thread: the same
steps the frozen smoke test runs (tests/installer), in seconds instead of a build."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain import Case, UserRole
from sync.server import admin, directory
from sync.server.app import build_app
from sync.server.db import make_engine, prepare_database
from sync.server.threaded import serve_in_thread
from tests.sync.harness import REGISTER
from ui.self_test import STEPS, SelfTestFailed, read_credentials, run_self_test

PASSWORD = "fumee-sans-feu-2026"  # invented, for a throwaway server


@pytest.fixture
def server_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The server's URL; its agent's enrolment code in ``tmp_path / "code"``."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the fresh profile
    sessions = prepare_database(make_engine(f"sqlite:///{tmp_path / 'server.sqlite'}"))
    admin.create_office(sessions, "essai-fumee", "Bureau d'essai", "Centre", "Luxembourg")
    admin.create_user(sessions, "agent.essai", "Agent d'essai", UserRole.AGENT, "essai-fumee",
                      PASSWORD)
    (tmp_path / "code").write_text(admin.enrolment_code(sessions, "agent.essai"))
    directory.import_register(sessions, REGISTER)  # the ONE's providers (art. 13)
    running = serve_in_thread(build_app(sessions), name="self-test-server")
    try:
        yield running.url
    finally:
        running.stop()


@pytest.mark.usefixtures("french")
def test_every_step_passes_and_the_dossier_reaches_the_server(
        server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    enrolment_code = (tmp_path / "code").read_text()
    code = run_self_test(server_url, io.StringIO(f"agent.essai\n{PASSWORD}\n"
                                                 f"{enrolment_code}\n"))
    out = capsys.readouterr().out
    assert code == 0, out
    for number, step in enumerate(STEPS, start=1):
        assert re.search(rf"^self-test \[{number}/7\] {step} : ok — ", out, re.MULTILINE), out
    dossier = re.search(r"dossier (\S+) créé", out)
    assert dossier is not None
    engine = make_engine(f"sqlite:///{tmp_path / 'server.sqlite'}")
    try:
        with engine.connect() as connection:
            assert connection.scalar(select(Case.id).where(Case.number == dossier[1]))
    finally:
        engine.dispose()
    assert not list((tmp_path / "data").rglob("self-test-*")), "the caseload was left behind"


@pytest.mark.usefixtures("french")
def test_an_unreachable_server_fails_at_enrolment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code = run_self_test("http://127.0.0.1:9", io.StringIO(f"agent.essai\n{PASSWORD}\nCODE\n"))
    out = capsys.readouterr().out
    assert code == 1
    assert re.search(r"^self-test \[3/7\] enrôlement : ÉCHEC — \S", out, re.MULTILINE), out
    assert "réussi" not in out


@pytest.mark.parametrize("given", ["", "agent.essai\n", "\nmot-de-passe\nCODE\n",
                                   "agent.essai\nmot-de-passe\n"])
def test_credentials_are_three_lines_of_stdin(given: str) -> None:
    with pytest.raises(SelfTestFailed, match="entrée standard"):
        read_credentials(io.StringIO(given))
    assert read_credentials(io.StringIO("agent.essai\n mot de passe \n ABCD-EFGH \n")) == (
        "agent.essai", " mot de passe ", "ABCD-EFGH")


@pytest.mark.usefixtures("french")
def test_the_windowed_program_takes_the_login_from_its_environment_and_writes_a_report(
        server_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """On Windows the desktop program has no console (no stdin, no stdout): IT gives the login
    in the environment and reads the lines in the --report file and the exit code."""
    monkeypatch.setattr("sys.stdin", None)
    monkeypatch.setenv("CPI_SELF_TEST_LOGIN", "agent.essai")
    monkeypatch.setenv("CPI_SELF_TEST_PASSWORD", PASSWORD)
    monkeypatch.setenv("CPI_SELF_TEST_CODE", (tmp_path / "code").read_text())
    report = tmp_path / "self-test.txt"
    report.write_text("an older run's lines\n", encoding="utf-8")
    assert run_self_test(server_url, report=report) == 0
    lines = report.read_text(encoding="utf-8")
    assert lines == capsys.readouterr().out  # the same lines, the older ones replaced
    assert lines.rstrip().splitlines()[-1].startswith("self-test : réussi")
    assert len(lines.splitlines()) == len(STEPS) + 1


@pytest.mark.usefixtures("french")
def test_a_failed_windowed_self_test_says_why_in_its_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr("sys.stdin", None)
    monkeypatch.delenv("CPI_SELF_TEST_LOGIN", raising=False)
    report = tmp_path / "self-test.txt"
    assert run_self_test("http://127.0.0.1:9", report=report) == 1
    assert "ÉCHEC" in report.read_text(encoding="utf-8")
