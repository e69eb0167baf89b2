"""The process itself leaves no copy of its memory behind (issue 18): no core dump, and on
Linux not dumpable at all (no core, no ptrace by another process of the same user, /proc/<pid>/mem
closed to them). Memory holds the database key and decrypted pages: a crash must not write
them to disk in clear (``/var/crash``, ``core`` in the working folder, systemd-coredump).

Called first thing by the desktop app (``ui.main``) and the server (``sync.server.main``).
On Windows neither exists (Windows Error Reporting keeps no full dump unless an administrator
asks it to): nothing to do.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def forbid_core_dumps() -> bool:
    """No core file, and not dumpable; True when both hold (False where the OS has neither)."""
    if sys.platform == "win32":
        return False
    import resource
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform != "linux":
        return True
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        return False
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
