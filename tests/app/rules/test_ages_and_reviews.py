"""Edges of the time rules: 18th and 27th birthdays, 29 February, the 12-month review."""

from __future__ import annotations

from datetime import date

import pytest

from app.rules.ages import AgeGroup, age_group, age_limit_alert_from, beneficiary_unmet, birthday
from app.rules.placements import latest_birth_date_excluded
from app.rules.reviews import ReviewStatus, review_due_on, review_status


@pytest.mark.parametrize(("born", "on", "group"), [
    (date(2008, 11, 23), date(2026, 11, 22), AgeGroup.CHILD),  # eve of the 18th birthday
    (date(2008, 11, 23), date(2026, 11, 23), AgeGroup.YOUNG_ADULT),  # the 18th birthday
    (date(1999, 11, 23), date(2026, 11, 22), AgeGroup.YOUNG_ADULT),  # eve of the 27th
    (date(1999, 11, 23), date(2026, 11, 23), AgeGroup.TOO_OLD),  # the 27th birthday
    (date(2008, 2, 29), date(2026, 2, 28), AgeGroup.CHILD),  # 29 Feb: not yet 18 on 28 Feb
    (date(2008, 2, 29), date(2026, 3, 1), AgeGroup.YOUNG_ADULT),  # ... 18 on 1 March
    (date(2008, 2, 29), date(2024, 2, 29), AgeGroup.CHILD),
    (date(2000, 2, 29), date(2027, 2, 28), AgeGroup.YOUNG_ADULT),
    (date(2000, 2, 29), date(2027, 3, 1), AgeGroup.TOO_OLD),
])
def test_age_groups_at_the_birthday_edges(born: date, on: date, group: AgeGroup) -> None:
    assert age_group(born, on) is group


def test_birthday_of_someone_born_on_29_february() -> None:
    assert birthday(date(2008, 2, 29), 18) == date(2026, 3, 1)
    assert birthday(date(2008, 2, 29), 20) == date(2028, 2, 29)


def test_the_turning_27_alert_starts_three_months_before() -> None:
    assert age_limit_alert_from(date(2000, 5, 31)) == date(2027, 2, 28)
    assert age_limit_alert_from(date(2000, 2, 29)) == date(2026, 12, 1)


def test_a_young_adult_is_a_beneficiary_only_on_their_own_request() -> None:
    on = date(2026, 11, 23)
    assert [u.code for u in beneficiary_unmet("Amir", date(2005, 1, 1), on, False)] == [
        "art1.young_adult_request"]
    assert beneficiary_unmet("Amir", date(2005, 1, 1), on, True) == []
    assert beneficiary_unmet("Léa", date(2015, 1, 1), on, False) == []
    assert [u.code for u in beneficiary_unmet("Old", date(1999, 11, 23), on, True)] == [
        "art3.too_old"]
    text = beneficiary_unmet("Amir", date(2005, 1, 1), on, False)[0].text.render("fr")
    assert "Amir" in text and "(art. 1)" in text


def test_the_review_falls_due_twelve_months_after_validation_on_its_exact_day() -> None:
    due = review_due_on(date(2025, 11, 23))
    assert due == date(2026, 11, 23)
    assert review_status(due, date(2026, 10, 24)) is ReviewStatus.DUE_SOON  # 30 days ahead
    assert review_status(due, date(2026, 10, 23)) is ReviewStatus.ON_TRACK  # 31 days ahead
    assert review_status(due, due) is ReviewStatus.DUE_SOON  # the exact day: due, not late
    assert review_status(due, date(2026, 11, 24)) is ReviewStatus.OVERDUE
    assert review_status(due, date(2026, 12, 23)) is ReviewStatus.OVERDUE
    assert review_status(due, date(2026, 12, 24)) is ReviewStatus.ESCALATED
    assert review_due_on(date(2028, 2, 29)) == date(2029, 2, 28)  # never later than 12 months


def test_children_on_the_semester_list_are_under_18_on_the_reference_day() -> None:
    cutoff = latest_birth_date_excluded(date(2026, 4, 1))
    assert cutoff == date(2008, 4, 1)  # born that day: 18 on 1 April, not on the list
    assert latest_birth_date_excluded(date(2028, 2, 29)) == date(2010, 2, 28)
