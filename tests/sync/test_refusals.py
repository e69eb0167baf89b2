"""The server's refusals: one code each, its French text written once, and on the wire the
very text devices of earlier protocol versions have always shown (the answer has no code)."""

from __future__ import annotations

from sync.protocol import MutationResult
from sync.server.refusals import TEXTS, Refused


def test_every_refusal_has_one_text_and_no_two_share_it() -> None:
    assert set(TEXTS) == set(Refused)
    assert len(set(TEXTS.values())) == len(TEXTS)


def test_the_wire_carries_the_text_devices_always_read() -> None:
    assert Refused.NOT_ASSIGNED.text() == (
        "Ce dossier ne vous est pas attribué : la modification n'est pas acceptée.")
    assert Refused.FROZEN_PLAN.text() == (
        "Une version figée du projet ne se modifie pas : préparez une nouvelle version.")
    assert Refused.UNKNOWN_FIELDS.text(fields="a, b") == "Champs inconnus : a, b."
    # No field for a code: a device of protocol 3 refuses an answer with a field it lacks.
    assert "code" not in MutationResult.model_fields
