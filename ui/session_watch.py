"""Lock the caseload when the operating system locks the session or goes to sleep.

An agent who locks the laptop (Super+L, closing the lid) expects the families' names to be gone
when it wakes, whoever opens it. Sources, each of which calls ``on_lock``:

* session bus: ``org.freedesktop.ScreenSaver`` and ``org.gnome.ScreenSaver`` ``ActiveChanged``
  with ``true`` (KDE, GNOME, Xfce, Cinnamon...);
* system bus: logind's ``PrepareForSleep(true)`` (suspend, hibernate) and the ``Lock`` signal of
  our own logind session (``loginctl lock-session``);
* Qt's application state turning ``ApplicationSuspended`` (mobile platforms, some compositors);
* on Windows, ``WM_WTSSESSION_CHANGE``/``WTS_SESSION_LOCK`` and ``WM_POWERBROADCAST``/
  ``PBT_APMSUSPEND`` through ``ui.windows_session`` (not exercised by the Linux test suite).

Signals are matched by interface whatever the sender: a forged signal can only lock early, which
is the safe direction. A missing bus (container, CI, Windows) is simply skipped, without a Qt
warning. Each watcher opens its own named bus connections so that a test can point
``DBUS_SESSION_BUS_ADDRESS`` at a private bus before creating one.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
from collections.abc import Callable

from ui.qt import (
    SLOT,
    QApplication,
    QDBusConnection,
    QDBusMessage,
    QGuiApplication,
    QObject,
    Qt,
    QWidget,
    Signal,
    Slot,
)
from ui.windows_session import WindowsSessionFilter, register_session_notifications

log = logging.getLogger(__name__)

SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOGIN_MANAGER = "org.freedesktop.login1.Manager"
LOGIN_SESSION = "org.freedesktop.login1.Session"
LOGIN_SESSION_PATH = "/org/freedesktop/login1/session/"
SYSTEM_BUS_SOCKET = "/run/dbus/system_bus_socket"

_serial = itertools.count(1)


class _BusRelay(QObject):
    """Receives every watched D-Bus signal and passes it on, in the GUI thread.

    QtDBus touches its receivers from its own thread, also after a bus connection is closed
    (PySide6 then looks up Python overrides on the receiver): a receiver that Python had
    already freed crashed the process. This one lives as long as the process.
    """

    received = Signal(object)

    @Slot(QDBusMessage)
    def deliver(self, message: QDBusMessage) -> None:
        self.received.emit(message)


_relay: _BusRelay | None = None


def _bus_relay() -> _BusRelay:
    global _relay
    if _relay is None:
        _relay = _BusRelay()
    return _relay


def logind_session_path(session_id: str) -> str:
    """The object path logind gives a session id (systemd's bus label escaping)."""
    escaped = "".join(
        char if char.isascii() and (char.isalpha() or (char.isdigit() and i > 0))
        else f"_{ord(char):02x}" for i, char in enumerate(session_id))
    return LOGIN_SESSION_PATH + (escaped or "_")


def bus_address(bus: QDBusConnection.BusType) -> str | None:
    """Where the bus listens, or None without one. Read here rather than by libdbus, which
    reads the environment once per process (tests start private buses) and, without an
    address, would launch a bus daemon of its own on X11."""
    if bus == QDBusConnection.BusType.SessionBus:
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        user_bus = os.path.join(runtime, "bus") if runtime else None  # systemd's user bus
        return os.environ.get("DBUS_SESSION_BUS_ADDRESS") or (
            f"unix:path={user_bus}" if user_bus and os.path.exists(user_bus) else None)
    return os.environ.get("DBUS_SYSTEM_BUS_ADDRESS") or (
        f"unix:path={SYSTEM_BUS_SOCKET}" if os.path.exists(SYSTEM_BUS_SOCKET) else None)


class SessionWatch(QObject):
    """Calls ``on_lock`` whenever the operating system locks the session or suspends."""

    def __init__(self, on_lock: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_lock = on_lock
        serial = next(_serial)
        self._names: list[str] = []
        self._stopped = False
        _bus_relay().received.connect(self._signalled)
        session_id = os.environ.get("XDG_SESSION_ID")
        self._own_session = logind_session_path(session_id) if session_id else None
        session = self._connect(QDBusConnection.BusType.SessionBus, f"cpi-session-{serial}")
        if session is not None:
            for interface in SCREENSAVERS:
                self._listen(session, interface, "ActiveChanged")
        system = self._connect(QDBusConnection.BusType.SystemBus, f"cpi-system-{serial}")
        if system is not None:
            self._listen(system, LOGIN_MANAGER, "PrepareForSleep")
            self._listen(system, LOGIN_SESSION, "Lock")
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self._windows_filter: WindowsSessionFilter | None = None
        self._windows: set[int] = set()
        if sys.platform == "win32" and app is not None:
            self._windows_filter = WindowsSessionFilter(on_lock)
            app.installNativeEventFilter(self._windows_filter)

    def _connect(self, bus: QDBusConnection.BusType, name: str) -> QDBusConnection | None:
        address = bus_address(bus)
        if address is None:
            log.info("no D-Bus %s: OS lock signals from it are not watched", bus.name)
            return None
        connection = QDBusConnection.connectToBus(address, name)
        self._names.append(name)
        if not connection.isConnected():
            log.info("no D-Bus %s: OS lock signals from it are not watched", bus.name)
            return None
        return connection

    def _listen(self, bus: QDBusConnection, interface: str, member: str) -> None:
        """Any sender, any path: ``_signalled`` sorts the messages out."""
        # PySide6 wants the SLOT() string here; its type stub says bytes (which it refuses).
        bus.connect("", "", interface, member, _bus_relay(),  # type: ignore[call-overload]
                    SLOT("deliver(QDBusMessage)"))

    def watch_window(self, window: QWidget) -> None:
        """Windows sends session changes to a window handle: register the main window's."""
        if sys.platform == "win32" and int(window.winId()) not in self._windows:
            self._windows.add(int(window.winId()))
            register_session_notifications(window)

    def stop(self) -> None:
        """Close the bus connections (tests create several applications in one process)."""
        if self._stopped:
            return
        self._stopped = True
        _bus_relay().received.disconnect(self._signalled)
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.disconnect(self._state_changed)
            if self._windows_filter is not None:
                app.removeNativeEventFilter(self._windows_filter)
        for name in self._names:
            QDBusConnection.disconnectFromBus(name)
        self._names.clear()

    def _signalled(self, message: QDBusMessage) -> None:
        interface, member, arguments = message.interface(), message.member(), message.arguments()
        if member in ("ActiveChanged", "PrepareForSleep"):
            if arguments and arguments[0] is True:
                self._lock(f"{interface}.{member}")
        elif member == "Lock" and interface == LOGIN_SESSION and (
                self._own_session is None or message.path() == self._own_session):
            self._lock(f"{interface}.{member}")

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._lock("application suspended")

    def _lock(self, reason: str) -> None:
        log.info("operating system lock (%s): locking the caseload", reason)
        self._on_lock()
