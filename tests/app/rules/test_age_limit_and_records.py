"""Art. 3's limit after freezing (signature, validation, a measure's start) at the exact
birthdays, and who may consult the dossier (art. 7), as plain rules."""

from __future__ import annotations

from datetime import date

import pytest

from app.rules.ages import AgeLimitAt, age_limit_unmet
from app.rules.records import consultation_unmet

CODES = {AgeLimitAt.SIGNATURE: "art3.too_old_at_signature",
         AgeLimitAt.VALIDATION: "art3.too_old_at_validation",
         AgeLimitAt.MEASURE_START: "art3.too_old_at_measure_start"}


@pytest.mark.parametrize("at", list(AgeLimitAt))
@pytest.mark.parametrize(("born", "eve", "birthday"), [
    (date(2000, 3, 3), date(2027, 3, 2), date(2027, 3, 3)),
    (date(2000, 2, 29), date(2027, 2, 28), date(2027, 3, 1)),  # 27 on 1 March in 2027
    (date(1996, 2, 29), date(2023, 2, 28), date(2023, 3, 1)),
])
def test_the_day_before_the_27th_birthday_passes_the_birthday_is_refused(
    at: AgeLimitAt, born: date, eve: date, birthday: date,
) -> None:
    assert age_limit_unmet(at, "Amir", born, eve) == []
    refused = age_limit_unmet(at, "Amir", born, birthday)
    assert [(u.code, u.article) for u in refused] == [(CODES[at], "art. 3")]
    text = refused[0].text.render("fr")
    assert "Amir" in text and "(art. 3)" in text and birthday.strftime("%d/%m/%Y") in text
    assert age_limit_unmet(at, "Amir", born, date(birthday.year + 5, 1, 1))[0].code == CODES[at]


def test_an_unknown_birth_date_is_left_to_the_freezing() -> None:
    assert age_limit_unmet(AgeLimitAt.SIGNATURE, "Amir", None, date(2027, 3, 3)) == []


@pytest.mark.parametrize(("parent", "stands_for", "beneficiary", "able", "adult", "allowed"), [
    (True, False, False, None, True, True),  # a parent without parental authority
    (False, True, False, None, True, True),  # a guardian, a legal representative
    (False, False, True, True, False, True),  # the child able to judge
    (False, False, True, False, False, False),  # the child judged not able
    (False, False, True, None, False, False),  # ... or not judged yet
    (False, False, True, None, True, True),  # the beneficiary of age
    (False, False, False, None, True, False),  # a step-parent, a grandparent, an aunt
])
def test_who_may_consult_the_dossier(parent: bool, stands_for: bool, beneficiary: bool,
                                     able: bool | None, adult: bool, allowed: bool) -> None:
    refused = consultation_unmet("Rosa", parent, stands_for, beneficiary, able, adult)
    assert (refused == []) is allowed
    if not allowed:
        assert [(u.code, u.article) for u in refused] == [("art7.consultation", "art. 7")]
