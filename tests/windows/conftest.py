"""The Windows layer: these tests run in the Windows Python under Wine only (``python3
bootstrap.py test`` runs them after the Linux suite, through installer/windows/wine.py), with
real Windows windows under Xvfb, Wine's Credential Manager and spooler, and the Linux side's
``cpi-server`` and CUPS queue (``CPI_WINDOWS_*``, installer/windows/layer.py)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import store, store_dir
from tests.ui.conftest import french, operations
from ui.qt import QSettings
from ui.settings import SETTINGS_FORMAT

__all__ = ["french", "operations", "store", "store_dir"]

if sys.platform != "win32":  # pragma: no cover - the Linux suite ignores this folder
    raise RuntimeError("tests/windows runs in the Windows Python (installer/windows/wine.py)")


@dataclass(frozen=True)
class OfficeServer:
    url: str
    login: str
    password: str
    agent_id: str
    database: Path

    def enrolment_code(self) -> str:
        """A one-time enrolment code for the agent, as IT's ``cpi-server enrolment-code``
        gives it (written in the server's SQLite file, as the command does)."""
        from sqlalchemy.orm import sessionmaker

        from sync.server import admin
        from sync.server.db import make_engine

        engine = make_engine(f"sqlite:///{self.database}")
        try:
            return admin.enrolment_code(sessionmaker(engine), self.login)
        finally:
            engine.dispose()


@pytest.fixture(scope="session")
def office_server() -> OfficeServer:
    """The Linux side's cpi-server on loopback, with an office and an agent."""
    url = os.environ.get("CPI_WINDOWS_SERVER")
    assert url, "CPI_WINDOWS_SERVER missing: run through installer/windows/wine.py test"
    return OfficeServer(url, os.environ["CPI_WINDOWS_LOGIN"], os.environ["CPI_WINDOWS_PASSWORD"],
                        os.environ["CPI_WINDOWS_AGENT"],
                        Path(os.environ["CPI_WINDOWS_SERVER_DB"]))


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh Windows profile in the test's folder: platformdirs' folders (its
    ``WIN_PD_OVERRIDE_*`` variables) and QSettings' (user and system scope)."""
    folders = {}
    for name, folder in (("APPDATA", "Roaming"), ("LOCAL_APPDATA", "Local"),
                         ("COMMON_APPDATA", "ProgramData")):
        path = tmp_path / "profile" / folder
        path.mkdir(parents=True)
        monkeypatch.setenv(f"WIN_PD_OVERRIDE_{name}", str(path))
        folders[name] = path
    QSettings.setPath(SETTINGS_FORMAT, QSettings.Scope.UserScope, str(folders["APPDATA"]))
    QSettings.setPath(SETTINGS_FORMAT, QSettings.Scope.SystemScope,
                      str(folders["COMMON_APPDATA"]))
    return tmp_path / "profile"
