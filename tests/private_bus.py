"""A private D-Bus session bus for tests, without service activation.

Without activation no client call can start a second daemon behind the test's back: the
standard session bus would launch gnome-keyring from its service files when a client asks for
the Secret Service before the test's own (unlocked) daemon has taken the name, and that
second daemon's keyring is locked.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={directory}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextmanager
def private_bus(directory: Path, env: Mapping[str, str]) -> Iterator[str]:
    """Start a bus listening in `directory` and yield its address."""
    directory.mkdir(parents=True, exist_ok=True)
    config = directory / "bus.conf"
    config.write_text(_CONFIG.format(directory=directory), encoding="utf-8")
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1",
         "--nopidfile"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=dict(env),
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    try:
        if not address:
            raise RuntimeError("dbus-daemon did not start (see its configuration in " +
                               str(config) + ")")
        yield address
    finally:
        bus.terminate()
        bus.wait(5)
