"""The frozen Linux bundle, built from this checkout, does an agent's first day on its own:
the bundle's ``cpi-server`` on a fresh SQLite database, the bundle's ``cpi-terrain
--self-test`` offscreen on a fresh profile, and the server then holds the dossier it made.

One build per run (``installer/build_bundle.py --freeze-only`` in a temporary folder, about
four minutes on two cores). Without PyInstaller or binutils the tests fail, never skip: the
bundle is what the ONE installs. The processes get a bare environment (no virtual
environment, no PYTHONPATH): only what the bundle carries can make them work.
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import Case, PlanState, PlanVersion
from sync.server.db import make_engine
from sync.server.models import Device
from tests.sync.harness import REGISTER
from tests.sync.server_process import running

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1800
RUN_TIMEOUT_S = 600
OFFICE = "essai-fumee"
LOGIN = "agent.essai"
PASSWORD = "fumee-sans-feu-2026"  # invented, for a throwaway server
STEPS = ("profil", "coffre", "enrôlement", "dossier", "fenêtre", "plan", "synchronisation")
#: The folder was 336 MB (PySide6 6.12; ``du -sh``: 322M); well beyond means the spec
#: pulled in something it should not (a test tool, a second Qt).
MAX_BUNDLE_MB = 500


@dataclass(frozen=True)
class Bundle:
    folder: Path
    size_mb: int

    @property
    def server(self) -> str:
        return str(self.folder / "cpi-server")

    @property
    def desktop(self) -> str:
        return str(self.folder / "cpi-terrain")


@dataclass(frozen=True)
class Server:
    url: str
    database: Path
    agent_id: uuid.UUID
    admin: list[str]  # the bundle's cpi-server on this database
    env: dict[str, str]
    folder: Path

    def code(self) -> str:
        """A one-time enrolment code for the agent, from the bundle's own command."""
        made = run([*self.admin, "enrolment-code", LOGIN], self.env, self.folder)
        assert made.returncode == 0, made.stderr
        return made.stdout.strip()


def test_the_build_tools_are_installed() -> None:
    """CI installs them (pyproject's dev extras, bootstrap.py's test packages)."""
    assert shutil.which("objdump"), "binutils missing: python3 bootstrap.py test installs it"
    importlib.import_module("PyInstaller")  # an ImportError fails the test: no skip


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory,
           pytestconfig: pytest.Config) -> Iterator[Bundle]:
    build = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build_bundle.py"), "--freeze-only",
         "--build-dir", str(build)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False)
    assert done.returncode == 0, f"build failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
    folder = build / "dist" / "cpi-terrain"
    reported = re.search(r"^bundle: (.+) \((\d+) MB\)$", done.stdout, re.MULTILINE)
    assert reported is not None, f"the build did not report the bundle's size:\n{done.stdout}"
    assert Path(reported[1]) == folder
    size = int(reported[2])
    say(pytestconfig, f"frozen bundle: {size} MB, built in {time.monotonic() - started:.0f} s")
    try:
        yield Bundle(folder, size)
    finally:
        shutil.rmtree(build, ignore_errors=True)  # a third of a gigabyte


def say(config: pytest.Config, line: str) -> None:
    """Shown in CI's log even when output is captured: the size and times are figures."""
    capture = config.pluginmanager.getplugin("capturemanager")
    if capture is None:
        print(line)
        return
    with capture.global_and_fixture_disabled():
        print(f"\n{line}")


def bare_env(home: Path) -> dict[str, str]:
    """A fresh profile: its own HOME and XDG folders, offscreen Qt, nothing of the venv."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home / "home"),
           "QT_QPA_PLATFORM": "offscreen"}
    for name in ("LANG", "LC_ALL", "TMPDIR"):
        if name in os.environ:
            env[name] = os.environ[name]
    for name, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                         ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
                         ("XDG_RUNTIME_DIR", "run")):
        env[name] = str(home / folder)
    for folder in ("home", "run"):
        (home / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def run(command: list[str], env: dict[str, str], cwd: Path,
        stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, input=stdin, capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=RUN_TIMEOUT_S, check=False)


@pytest.fixture(scope="module")
def server(bundle: Bundle, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The bundle's ``cpi-server`` on a temporary SQLite file, with an office and an agent
    made by its own commands, served on a free loopback port."""
    folder = tmp_path_factory.mktemp("server")
    env = bare_env(folder)
    database = folder / "server.sqlite"
    admin = [bundle.server, "--database", f"sqlite:///{database}"]
    made = run([*admin, "create-office", OFFICE, "Bureau d'essai", "Centre", "Luxembourg"],
               env, folder)
    assert made.returncode == 0, made.stderr
    made = run([*admin, "create-user", LOGIN, "Agent d'essai", "agent", "--office", OFFICE],
               env, folder, stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    agent_id = uuid.UUID(made.stdout.strip())
    register = folder / "registre.csv"  # the ONE's providers, which the self-test plans with
    register.write_bytes(REGISTER)
    made = run([*admin, "import-providers", str(register)], env, folder)
    assert made.returncode == 0, made.stderr
    with running(env, folder, "--database", f"sqlite:///{database}",
                 program=[bundle.server]) as served:
        yield Server(served.url, database, agent_id, admin, env, folder)


def self_test(bundle: Bundle, server: Server, profile: Path,
              password: str) -> subprocess.CompletedProcess[str]:
    return run([bundle.desktop, "--self-test", server.url], bare_env(profile), profile,
               stdin=f"{LOGIN}\n{password}\n{server.code()}\n")


def test_the_bundle_is_of_the_expected_size(bundle: Bundle) -> None:
    assert 50 < bundle.size_mb < MAX_BUNDLE_MB, (
        f"{bundle.size_mb} MB: trim installer/cpi-terrain.spec or update README.md")


def test_a_refused_login_fails_the_self_test_with_its_reason(
        bundle: Bundle, server: Server, tmp_path: Path) -> None:
    done = self_test(bundle, server, tmp_path, "not-the-password")
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(r"^self-test \[3/7\] enrôlement : ÉCHEC — .*refusé", done.stdout,
                     re.MULTILINE), done.stdout
    assert "Traceback" not in done.stderr, done.stderr
    assert not list((tmp_path / "data").rglob("self-test-*")), "the caseload was left behind"


def test_the_frozen_app_does_an_agents_first_day(bundle: Bundle, server: Server,
                                                 tmp_path: Path,
                                                 pytestconfig: pytest.Config) -> None:
    started = time.monotonic()
    done = self_test(bundle, server, tmp_path, PASSWORD)
    elapsed = time.monotonic() - started
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    for number, step in enumerate(STEPS, start=1):
        assert re.search(rf"^self-test \[{number}/7\] {step} : ok — ", done.stdout,
                         re.MULTILINE), output
    assert done.stdout.rstrip().splitlines()[-1].startswith("self-test : réussi"), output
    assert "langue fr" in done.stdout  # the French translations travelled with the bundle
    pdf = re.search(r"PDF de (\d+) octets, (\d+) page", done.stdout)
    assert pdf is not None and int(pdf[1]) > 10_000 and int(pdf[2]) >= 1, output
    synced = re.search(r"(\d+) modifications envoyées, (\d+) appliquées", done.stdout)
    assert synced is not None and synced[1] == synced[2] and int(synced[1]) > 0, output
    dossier = re.search(r"dossier (\S+) créé", done.stdout)
    assert dossier is not None, output
    say(pytestconfig, f"frozen self-test: {elapsed:.1f} s")

    # The ONE's server now holds the dossier, its plan awaiting signatures, from this device.
    engine = make_engine(f"sqlite:///{server.database}")
    try:
        with Session(engine) as session:
            case = session.scalars(select(Case).where(Case.number == dossier[1])).one()
            assert case.agent_id == server.agent_id
            states = session.scalars(select(PlanVersion.state).where(
                PlanVersion.case_id == case.id)).all()
            assert states == [PlanState.READY_TO_SIGN]
            devices = session.scalars(select(Device).where(
                Device.user_id == server.agent_id)).all()
            assert [(d.name, d.revoked_at) for d in devices] == [("poste d'essai (self-test)",
                                                                  None)]
    finally:
        engine.dispose()
    # Nothing of the family stayed in the profile: the caseload folder is gone, no PDF.
    assert not list((tmp_path / "data").rglob("self-test-*")), "the caseload was left behind"
    assert not [p for p in tmp_path.rglob("*") if p.suffix.lower() == ".pdf"]
