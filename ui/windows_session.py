"""Windows: session lock and suspend notifications, for ``ui.session_watch``.

Windows has no D-Bus: ``WTSRegisterSessionNotification`` makes it send ``WM_WTSSESSION_CHANGE``
to a window, and ``WM_POWERBROADCAST`` reaches every top-level window. A native event filter
sees both. Tested by the Windows layer (tests/windows/test_session_lock.py, under Wine: the
test posts the messages to the app's main window, as Wine never sends them); never installed
on Linux.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from ui.qt import QAbstractNativeEventFilter, QByteArray, QWidget

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Calls ``on_lock`` on a session lock or a suspend; never swallows the message."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, eventType: QByteArray | bytes | bytearray | memoryview,
                          message: int) -> object:
        if sys.platform == "win32" and bytes(eventType) == b"windows_generic_MSG":
            from ctypes import wintypes
            msg = wintypes.MSG.from_address(int(message))
            if ((msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK)
                    or (msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND)):
                self._on_lock()
        return False, 0


def register_session_notifications(window: QWidget) -> None:
    """Ask Windows to send this window the session changes (lock, unlock...)."""
    if sys.platform == "win32":
        ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()),
                                                               NOTIFY_FOR_THIS_SESSION)
