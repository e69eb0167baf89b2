"""Finding a dossier's bytes in a raw HTTP answer: planted synthetic words, searched as sent
(UTF-8), JSON-escaped, percent-encoded and base64 at each of the three byte alignments."""

from __future__ import annotations

import base64
import json
from urllib.parse import quote


def forms(needle: str) -> list[bytes]:
    """Every spelling of ``needle`` an answer could carry it in."""
    raw = needle.encode()
    spelled = {raw, json.dumps(needle)[1:-1].encode(), quote(needle).encode()}
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + raw)
        spelled.add(encoded[4:-4])  # the part that depends on the needle's bytes only
    return sorted(spelled)


def leaked(body: bytes, needles: tuple[str, ...]) -> list[str]:
    """The needles found in ``body`` (empty: nothing of them)."""
    return [needle for needle in needles if any(form in body for form in forms(needle))]
