"""Plant-and-search over whole folders: every file, every byte, in every spelling a planted
string could take on disk (UTF-8, UTF-16 both ways, upper case, JSON and SQLite escapes,
percent-encoding, base64), so that a name cannot slip through as another encoding."""

from __future__ import annotations

import contextlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from tests.sync import leaks


def forms(needle: str) -> list[bytes]:
    """The spellings of ``needle`` searched for, ``tests/sync/leaks.forms`` plus UTF-16 and
    the upper-case and ASCII-escaped variants documents and JSON writers produce."""
    assert len(needle) >= 12, "a short needle's base64 fragments match random bytes"
    spelled: set[bytes] = set()
    for text in {needle, needle.upper(), unicodedata.normalize("NFD", needle)}:
        spelled.update(leaks.forms(text))
        escaped = json.dumps(text)[1:-1].encode()  # \u00e9, as ensure_ascii writes it
        spelled.update((escaped, re.sub(rb"\\u[0-9a-f]{4}", lambda m: m[0].upper()
                                        .replace(b"\\U", b"\\u"), escaped)))
        for codec in ("utf-16-le", "utf-16-be", "latin-1"):
            with contextlib.suppress(UnicodeEncodeError):
                spelled.add(text.encode(codec))
    return sorted(spelled)


@dataclass
class Scan:
    files: int = 0
    bytes: int = 0
    hits: list[tuple[Path, str]] = field(default_factory=list)


def scan(roots: list[Path], needles: list[str], since: float = 0.0,
         skip: Path | None = None) -> Scan:
    """Every regular file under ``roots`` (by default: no date filter, nothing skipped) searched
    for each needle in each of its forms."""
    spellings = {needle: forms(needle) for needle in needles}
    found = Scan()
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                if skip and path.is_relative_to(skip):
                    continue
                try:
                    if path.is_symlink() or not path.is_file() or path.stat().st_mtime < since:
                        continue
                    data = path.read_bytes()
                except OSError:  # gone meanwhile: another program's temporary file
                    continue
                found.files += 1
                found.bytes += len(data)
                found.hits += [(path, needle) for needle, spelled in spellings.items()
                               if any(form in data for form in spelled)]
    return found
