"""Where the app keeps things on Windows, as the ONE's IT expects them: the encrypted caseload
and the log in the agent's %LOCALAPPDATA% (not roaming: a caseload never travels with a
roaming profile), the preferences in %APPDATA%\\ONE, IT's server address in %PROGRAMDATA%\\ONE
(written by the installer's /SERVER=)."""

from __future__ import annotations

import json
import ntpath
import os
import subprocess
import sys

_PATHS = """
import json, platformdirs, sys
from ui.qt import QApplication, QSettings
from ui.main import APP_NAME
from ui.settings import app_settings, APPLICATION, ORGANISATION, SETTINGS_FORMAT
app = QApplication(["paths"])
system = QSettings(SETTINGS_FORMAT, QSettings.Scope.SystemScope, ORGANISATION, APPLICATION)
print(json.dumps({
    "data": platformdirs.user_data_dir(APP_NAME, appauthor=False),
    "logs": platformdirs.user_log_dir(APP_NAME, appauthor=False),
    "settings": app_settings().fileName(),
    "system": system.fileName(),
}))
"""


def _same(path: str, expected: str) -> bool:
    return ntpath.normcase(ntpath.normpath(path)) == ntpath.normcase(ntpath.normpath(expected))


def test_the_caseload_logs_and_settings_are_where_windows_users_and_it_expect() -> None:
    """In a fresh process with the real environment (no test's overrides)."""
    env = {name: value for name, value in os.environ.items()
           if not name.startswith("WIN_PD_OVERRIDE_")}
    done = subprocess.run([sys.executable, "-c", _PATHS], capture_output=True, text=True,
                          env=env, timeout=120, check=False, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    paths = json.loads(done.stdout.strip().splitlines()[-1])
    local, roaming = os.environ["LOCALAPPDATA"], os.environ["APPDATA"]
    program_data = os.environ.get("PROGRAMDATA") or os.environ["ALLUSERSPROFILE"]
    assert _same(paths["data"], ntpath.join(local, "cpi-terrain")), paths
    assert _same(paths["logs"], ntpath.join(local, "cpi-terrain", "Logs")), paths
    assert _same(paths["settings"], ntpath.join(roaming, "ONE", "cpi-terrain.ini")), paths
    # Where cpi-terrain.iss's [INI] section writes IT's server address.
    assert _same(paths["system"], ntpath.join(program_data, "ONE", "cpi-terrain.ini")), paths
