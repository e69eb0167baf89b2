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

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.store import keyfile
from app.store.passphrase import normalise
from app.store.paths import StorePaths
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


#: SQLCipher 4's page layout (``cipher_compatibility = 4``, the store's): each page's tail is
#: reserved for its IV and its HMAC-SHA512; page 1 starts with the file's salt.
PAGE_SIZE, IV_SIZE, RESERVE = 4096, 16, 80
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    body_start = 16 if first else 0
    body = page[body_start:PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + IV_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def store_database_key(directory: Path, passphrase: str) -> bytes:
    """The store's raw database key, unwrapped from its key file (no keyring in the tests)."""
    sealed = keyfile.read_key_file(StorePaths(directory).key_file)
    key = keyfile.unwrap(sealed, normalise(passphrase), b"")
    assert key is not None
    return key


def decrypted_store_bytes(directory: Path, key: bytes) -> bytes:
    """Every page of a store's SQLCipher file and every frame of its WAL, decrypted: free pages
    and older page versions too, what a thief holding the key would read beyond the tables."""
    return b"\n".join(page for _where, page in decrypted_store_pages(directory, key))


def decrypted_store_pages(directory: Path, key: bytes) -> list[tuple[str, bytes]]:
    """``decrypted_store_bytes`` page by page, each named ("file page 3", "WAL frame 2 of
    page 7")."""
    parts: list[tuple[str, bytes]] = []
    database = directory / "caseload.db"
    data = database.read_bytes() if database.exists() else b""
    for index in range(len(data) // PAGE_SIZE):
        parts.append((f"file page {index + 1}", _decrypt_page(
            data[index * PAGE_SIZE:(index + 1) * PAGE_SIZE], key, index == 0)))
    wal = directory / "caseload.db-wal"
    data = wal.read_bytes() if wal.exists() else b""
    at = WAL_HEADER
    while at + FRAME_HEADER + PAGE_SIZE <= len(data):
        number = int.from_bytes(data[at:at + 4], "big")
        page = data[at + FRAME_HEADER:at + FRAME_HEADER + PAGE_SIZE]
        parts.append((f"WAL frame {(at - WAL_HEADER) // (FRAME_HEADER + PAGE_SIZE) + 1} of "
                      f"page {number}", _decrypt_page(page, key, number == 1)))
        at += FRAME_HEADER + PAGE_SIZE
    return parts
