"""A real Secret Service for tests: a private D-Bus session bus with gnome-keyring on it.

The store's keyring mode must be proven against the real thing, not a mock; each test session
starts its own bus so the developer's own keyring is never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from keyring.backend import KeyringBackend

from tests.private_bus import private_bus


def available() -> bool:
    return bool(shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon"))


@contextmanager
def secret_service(home: Path) -> Iterator[KeyringBackend]:
    """Start dbus-daemon + gnome-keyring (unlocked, empty login keyring) and yield a backend."""
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_RUNTIME_DIR": str(home / "run")}
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    with private_bus(home / "bus", env) as address:
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        yield from _keyring_on(address, env)


def _keyring_on(address: str, env: dict[str, str]) -> Iterator[KeyringBackend]:
    keyring_daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        text=True,
    )
    assert keyring_daemon.stdin is not None
    keyring_daemon.stdin.write("test-keyring-password\n")
    keyring_daemon.stdin.close()
    saved = {key: os.environ.get(key) for key in ("DBUS_SESSION_BUS_ADDRESS",)}
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    try:
        from keyring.backends.SecretService import Keyring

        backend = Keyring()
        deadline = time.monotonic() + 10
        while True:
            try:
                backend.get_password("cpi-terrain", "probe")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield backend
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        keyring_daemon.terminate()
        keyring_daemon.wait(5)
