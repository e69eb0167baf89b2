from __future__ import annotations

import pytest

from app.store.errors import PassphraseMismatch, WeakPassphrase
from app.store.passphrase import check_new_passphrase


def test_strong_passphrase_is_accepted_and_normalised() -> None:
    decomposed = "fe\u0301vrier Moselle quetsch 77"
    assert check_new_passphrase(decomposed, "février Moselle quetsch 77") == (
        "février Moselle quetsch 77")


@pytest.mark.parametrize("weak", ["court", "password1234", "azertyuiopqsdf", "123456789012"])
def test_weak_passphrases_are_refused_with_a_french_reason(weak: str) -> None:
    with pytest.raises(WeakPassphrase) as raised:
        check_new_passphrase(weak, weak)
    message = raised.value.message("fr")
    assert "phrase secrète" in message.lower()


def test_confirmation_must_match() -> None:
    with pytest.raises(PassphraseMismatch) as raised:
        check_new_passphrase("mirabelle quetsch Kachkéis", "mirabelle quetsch Kachkeis")
    assert "identiques" in raised.value.message("fr") or "deux fois" in raised.value.message("fr")
