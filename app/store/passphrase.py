"""The minimum strength of the passphrase that protects a caseload.

A caseload holds sensitive data about children; a stolen laptop must not open to a guessable
passphrase. zxcvbn estimates how guessable it is (dictionaries, keyboard patterns, dates).
"""

from __future__ import annotations

import unicodedata

from zxcvbn import zxcvbn

from app.i18n import QT_TRANSLATE_NOOP
from app.store.errors import PassphraseMismatch, WeakPassphrase

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable", ~10^8 guesses or more

# zxcvbn's dictionaries are English; these are the guesses an attacker would try first here.
LOCAL_GUESSES = (
    "motdepasse", "azerty", "azertyuiop", "qsdfghjklm", "wxcvbn", "bonjour", "soleil", "jetaime",
    "doudou", "chouchou", "loulou", "marseille", "luxembourg", "letzebuerg", "moien", "passwuert",
    "passwort", "kennwort", "senha", "onelux", "enfance", "office", "cpi", "coordinateur",
    "projet", "intervention", "dossier", "famille", "esch", "diekirch", "grevenmacher",
    "differdange", "rollingergrund",
)


def normalise(passphrase: str) -> str:
    """NFC form, so "é" typed as one or two code points opens the same store."""
    return unicodedata.normalize("NFC", passphrase)


def check_new_passphrase(passphrase: str, confirmation: str) -> str:
    """Return the normalised passphrase, or raise with what to change."""
    phrase = normalise(passphrase)
    if phrase != normalise(confirmation):
        raise PassphraseMismatch()
    if len(phrase) < MIN_LENGTH:
        raise WeakPassphrase(QT_TRANSLATE_NOOP(
            "Passphrase",
            "The passphrase is too short: {length} characters, at least {minimum} are needed. "
            "Several unrelated words make a long passphrase that is easy to remember.",
        ).format(length=len(phrase), minimum=MIN_LENGTH))
    if zxcvbn(phrase[:100], user_inputs=list(LOCAL_GUESSES))["score"] < MIN_SCORE:
        raise WeakPassphrase(QT_TRANSLATE_NOOP(
            "Passphrase",
            "The passphrase is too easy to guess (common words, names, dates or keyboard "
            "patterns). Add unusual words or mix them with digits and signs.",
        ))
    return phrase
