"""Where a family's name could leak to disk in clear: files under the temp dir and the app's
data dir, changed since a test started, outside the encrypted store and the chosen places."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]  # the tests' own sources name the planted names


def files_with(needle: bytes, roots: list[Path], skip: list[Path],
               since: float = 0.0) -> list[Path]:
    """Files under ``roots`` (changed since ``since``) whose bytes contain ``needle``."""
    hits = []
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = Path(folder) / name
                if any(path.is_relative_to(s) for s in skip) or path.is_symlink():
                    continue
                try:
                    if path.stat().st_mtime >= since and needle in path.read_bytes():
                        hits.append(path)
                except OSError:
                    continue
    return hits


def spooled_documents(spool: Path) -> list[Path]:
    """The print jobs' documents a CUPS spool still holds (``d<job>-<n>`` files): each is a
    family's plan as it was sent to the printer."""
    return sorted(p for p in spool.rglob("d*") if p.is_file()) if spool.is_dir() else []


def leaked(name: str, since: float, skip: list[Path]) -> list[Path]:
    """The files written since ``since`` that hold ``name``, in the temp and data dirs."""
    data_dir = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return files_with(name.encode(), [Path(tempfile.gettempdir()), data_dir],
                      skip=[*skip, PROJECT], since=since)
