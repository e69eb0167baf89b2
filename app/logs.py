"""Where the application writes its log, and the rule for what goes in it.

Logs help IT support, so they are plain files; therefore they carry record ids, counts and
error types only, never names, notes or any other personal data (those live only in the
encrypted store).
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "cpi-terrain.log"


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the application's log to a rotating file in ``log_dir``; return its path."""
    import logging.handlers  # 8 ms: not on the way to the unlock dialog (ui.main)
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for existing in root.handlers:
        if getattr(existing, "baseFilename", None) == str(path.resolve()):
            return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
