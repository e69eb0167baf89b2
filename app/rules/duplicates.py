"""When a new person probably already exists in the store.

Same birth date and a close name. Names are compared after folding accents and case, turning
hyphens and apostrophes into spaces and dropping particles (da, dos, de, van, von...), as token
sets: "Ana Sofia da Silva Pereira" and "PEREIRA Ana-Sofia" match whatever the order, which
covers Portuguese compound surnames and the Luxembourgish habit of writing the surname first.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

PARTICLES = frozenset({
    "da", "das", "de", "del", "della", "des", "di", "do", "dos", "du", "e", "la", "le",
    "van", "von", "vom", "zu", "y",
})
#: token_set_ratio from 0 to 100; 88 tolerates one typo in a short name but not another name.
SIMILARITY_THRESHOLD = 88.0


def normalised_name(first_name: str, last_name: str) -> str:
    text = unicodedata.normalize("NFKD", f"{first_name} {last_name}")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    tokens = re.split(r"[\s\-'’.,]+", text)
    return " ".join(sorted(t for t in tokens if t and t not in PARTICLES))


def name_similarity(a: str, b: str) -> float:
    """Similarity of two normalised names, 0 to 100."""
    if not a or not b:
        return 0.0
    return float(fuzz.token_set_ratio(a, b))


def is_probable_duplicate(a: str, b: str) -> bool:
    return name_similarity(a, b) >= SIMILARITY_THRESHOLD
