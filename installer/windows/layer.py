"""The Windows layer of the test suite: ``tests/windows`` run by the Windows Python under Wine.

The Linux side provides what a Windows laptop meets at the office: the ONE's ``cpi-server``
(this checkout's, on loopback, a fresh SQLite database with an office and an agent made by its
own commands) and a printer (a private CUPS spooler with the cups-pdf queue, which Wine's
spooler lists as a Windows printer). The tests get them through ``CPI_WINDOWS_*`` variables.
pytest runs under Xvfb (real Windows windows, through Wine's X11 driver) and prints its own
summary, after the Linux suite's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from installer.windows.wine import Prefix

ROOT = Path(__file__).resolve().parents[2]
OFFICE = "essai-windows"
LOGIN = "agent.windows"
PASSWORD = "fenetre-sur-cour-2026"  # invented, for a throwaway server
TEST_TIMEOUT_S = 1800


def say(message: str) -> None:
    print(f"[cpi-terrain windows] {message}", flush=True)


def _with_default_path(prefix: Prefix, args: list[str]) -> list[str]:
    """``tests/windows`` unless the arguments name tests (given as Linux paths)."""
    named = [a for a in args if a.startswith("tests")]
    if not named:
        return [*args, prefix.wine_path(ROOT / "tests" / "windows")]
    return [prefix.wine_path(ROOT / a.split("::")[0]) + "".join(
        "::" + part for part in a.split("::")[1:]) if a in named else a for a in args]


def run_layer(prefix: Prefix, pytest_args: list[str]) -> int:
    """Run the Windows tests; pytest's exit code."""
    from tests import cups_spooler
    from tests.sync.server_process import admin, running, server_env

    started = time.monotonic()
    with ExitStack() as stack:
        work = Path(tempfile.mkdtemp(prefix="cpi-windows-"))
        stack.callback(shutil.rmtree, work, True)
        env = server_env(work / "server-data")
        database = f"sqlite:///{work / 'server.sqlite'}"
        made = admin(env, "--database", database, "create-office", OFFICE, "Bureau Windows",
                     "Centre", "Luxembourg")
        if made.returncode != 0:
            raise RuntimeError(f"cpi-server create-office: {made.stderr}")
        made = admin(env, "--database", database, "create-user", LOGIN, "Agent Windows",
                     "agent", "--office", OFFICE, stdin=PASSWORD + "\n")
        if made.returncode != 0:
            raise RuntimeError(f"cpi-server create-user: {made.stderr}")
        agent_id = uuid.UUID(made.stdout.strip())
        from tests.sync.harness import REGISTER  # the ONE's providers, as every server has
        register = work / "registre.csv"
        register.write_bytes(REGISTER)
        made = admin(env, "--database", database, "import-providers", str(register))
        if made.returncode != 0:
            raise RuntimeError(f"cpi-server import-providers: {made.stderr}")
        served = stack.enter_context(running(env, work, "--database", database))
        extra = {
            # Real Windows windows (Qt's "windows" platform through Wine's X11 driver on Xvfb):
            # native window handles are what the session-lock watch registers. Wine drops
            # QT_* variables; WINEQT_* arrive without their prefix.
            "WINEQT_QPA_PLATFORM": "windows",
            "CPI_WINDOWS_SERVER": served.url,
            "CPI_WINDOWS_LOGIN": LOGIN,
            "CPI_WINDOWS_PASSWORD": PASSWORD,
            "CPI_WINDOWS_AGENT": str(agent_id),
            "CPI_WINDOWS_SERVER_DB": prefix.wine_path(work / "server.sqlite"),
        }
        reason = cups_spooler.unavailable_reason()
        if reason is None:
            printer = stack.enter_context(cups_spooler.pdf_printer())
            extra.update(CUPS_SERVER=str(printer.socket), CPI_WINDOWS_PRINTER=printer.name,
                         CPI_WINDOWS_PRINTED=prefix.wine_path(printer.output))
        else:
            extra["CPI_WINDOWS_NO_PRINTER"] = reason
        basetemp = work / "pytest"
        command = [prefix.python, "-m", "pytest", "-p", "no:cacheprovider", "-rs",
                   "--basetemp", prefix.wine_path(basetemp), "-c",
                   prefix.wine_path(ROOT / "tests" / "windows" / "pytest.ini"),
                   "--rootdir", prefix.wine_path(ROOT),
                   *_with_default_path(prefix, pytest_args)]
        with_display = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24"] \
            if shutil.which("xvfb-run") else []
        say("pytest sous Wine (pytest under Wine): tests/windows")
        done = subprocess.run([*with_display, "wine", *command], env=prefix.env(extra),
                              cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=TEST_TIMEOUT_S, check=False)
        sys.stdout.buffer.write(done.stdout)
        sys.stdout.flush()
        subprocess.run(["wineserver", "-k"], env=prefix.env(), check=False,
                       stdin=subprocess.DEVNULL, capture_output=True)
    say(f"couche Windows : {time.monotonic() - started:.0f} s (Windows layer), "
        f"code {done.returncode}")
    return done.returncode


if __name__ == "__main__":  # pragma: no cover - use wine.py test
    os.execv(sys.executable, [sys.executable, str(ROOT / "installer" / "windows" / "wine.py"),
                              "test", *sys.argv[1:]])
