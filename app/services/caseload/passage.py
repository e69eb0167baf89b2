"""The passage a search result shows: where the typed words were found in what was written.

FTS5's ``snippet()`` tokenizes the whole written texts of every matched dossier to choose its
window: 16 ms a keystroke for 200 dossiers of about 1,500 characters, more than the search
itself (docs/performance.md). Here a regular expression finds the typed words in the texts the
index already returned, stopping at the record that holds most of them: a fraction of that.

A word is found as the index finds it (``app.store.search_index``: ``unicode61
remove_diacritics 2``): a word that starts with the typed prefix, whatever the case and the
accents ("goncal" finds "Gonçalves"). Each record of the texts is one line; the passage is
taken from one record, so that it reads as one note, one contact or one set of minutes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from app.services.caseload.listing import HIT_END, HIT_START

#: About this many words are shown around the hits.
PASSAGE_WORDS = 14
#: Words shown before the first hit, when the record starts earlier.
WORDS_BEFORE = 3
ELLIPSIS = "…"
_WORD = re.compile(r"\w+")


def _folded(char: str) -> str:
    """``char`` as the index compares it: lower case, without its accents."""
    decomposed = unicodedata.normalize("NFD", char.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _variants() -> dict[str, str]:
    """Every folded letter and the characters (Latin, with or without accents, either case)
    that fold to it."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    for code in range(0x20, 0x250):
        char = chr(code)
        folded = _folded(char)
        if len(folded) == 1:
            found[folded].add(char)
    return {folded: "".join(sorted(chars)) for folded, chars in found.items()}


_VARIANTS = _variants()


@lru_cache(maxsize=256)
def _word_start(prefix: str) -> re.Pattern[str]:
    """A word starting with ``prefix``, accents and case ignored."""
    parts = []
    for char in prefix:
        folded = _folded(char)
        chars = _VARIANTS.get(folded, folded) if len(folded) == 1 else folded
        parts.append(re.escape(chars) if len(chars) == 1 else f"[{re.escape(chars)}]")
    return re.compile(r"(?<!\w)" + "".join(parts) + r"\w*")


def typed_words(typed: str) -> list[str]:
    """The words of a search, as the index query takes them."""
    return _WORD.findall(typed)


def found_passage(texts: str, words: list[str]) -> str:
    """The passage of ``texts`` (one record a line) that shows the typed ``words``, each hit
    between ``HIT_START`` and ``HIT_END``; empty when none is in the texts (the dossier was
    found by its number or names)."""
    patterns = [_word_start(word) for word in words]
    # One scan of the whole texts per word (most dossiers hold one hit or none); then the
    # record holding most of the words among the records of each word's first hit.
    firsts = [found.start() for pattern in patterns if (found := pattern.search(texts))]
    if not firsts:
        return ""
    best_line, best_count = "", 0
    for at in sorted(firsts):
        line = texts[texts.rfind("\n", 0, at) + 1:_line_end(texts, at)]
        count = sum(1 for pattern in patterns if pattern.search(line))
        if count > best_count:
            best_line, best_count = line, count
    spans = sorted({match.span() for pattern in patterns for match in pattern.finditer(best_line)})
    tokens = list(_WORD.finditer(best_line))
    first_hit = next(index for index, token in enumerate(tokens) if token.start() >= spans[0][0])
    start = max(0, first_hit - WORDS_BEFORE)
    end = min(len(tokens), start + PASSAGE_WORDS)
    # A record whose first field is empty starts with the fields' separator (": what").
    begin_at = tokens[start].start() if start else len(best_line) - len(best_line.lstrip(": "))
    end_at = tokens[end - 1].end() if end < len(tokens) else len(best_line)
    shown = _marked(best_line, begin_at, end_at, spans)
    return (ELLIPSIS if start else "") + shown.strip() + (ELLIPSIS if end < len(tokens) else "")


def _line_end(texts: str, at: int) -> int:
    end = texts.find("\n", at)
    return len(texts) if end < 0 else end


def _marked(line: str, begin: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``line[begin:end]`` with every hit inside it marked."""
    out, at = [], begin
    for hit_start, hit_end in spans:
        if hit_start < at or hit_end > end:
            continue
        out += [line[at:hit_start], HIT_START, line[hit_start:hit_end], HIT_END]
        at = hit_end
    out.append(line[at:end])
    return "".join(out)
