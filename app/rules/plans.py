"""Step 4, the versions of the intervention plan (art. 4): one prepared at a time, frozen once
printed for signature, signed by those the law names, validated or returned by the ONE."""

from __future__ import annotations

from datetime import date

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def pending_version_unmet(pending_number: int | None) -> list[Unmet]:
    """A new version is prepared once the one in preparation is finished or discarded."""
    if pending_number is None:
        return []
    return [Unmet("plan.version_pending", QT_TRANSLATE_NOOP(
        "Plans", "Version {number} is already being prepared: finish or discard it "
                 "first.").format(number=pending_number))]


def discard_unmet(in_preparation: bool) -> list[Unmet]:
    if in_preparation:
        return []
    return [Unmet("plan.discard_not_preparing", QT_TRANSLATE_NOOP(
        "Plans", "Only a version in preparation can be discarded."))]


def draft_unmet(number: int, is_draft: bool) -> list[Unmet]:
    """A frozen version is never edited: each change is a new version."""
    if is_draft:
        return []
    return [Unmet("plan.frozen", QT_TRANSLATE_NOOP(
        "Plans", "Version {number} is frozen: it is never edited. Prepare a new version to "
                 "change the plan.").format(number=number))]


def discernment_reason_unmet(reason: str) -> list[Unmet]:
    if reason.strip():
        return []
    return [Unmet("discernment.reason_missing", QT_TRANSLATE_NOOP(
        "Plans", "Give the reason for your judgement on the child's discernment."))]


def discernment_person_unmet(is_child_beneficiary: bool) -> list[Unmet]:
    if is_child_beneficiary:
        return []
    return [Unmet("discernment.not_a_child", QT_TRANSLATE_NOOP(
        "Plans", "Discernment is judged for a child (under 18) of the dossier."))]


def awaiting_signatures_unmet(number: int, awaiting: bool) -> list[Unmet]:
    if awaiting:
        return []
    return [Unmet("plan.not_awaiting_signatures", QT_TRANSLATE_NOOP(
        "Plans", "Version {number} is not awaiting signatures.").format(number=number))]


def signature_unmet(number: int, awaiting: bool, signatory_name: str | None,
                    already_signed: bool, signed_on: date, frozen_on: date | None,
                    today: date) -> list[Unmet]:
    """Every reason the signature cannot be recorded (empty: it can). ``signatory_name``: the
    person as listed among the version's signatories, None if they are not."""
    unmet = awaiting_signatures_unmet(number, awaiting)
    if unmet:
        return unmet
    if signatory_name is None:
        unmet.append(Unmet("art4.not_a_signatory", QT_TRANSLATE_NOOP(
            "Plans", "This person is not among those who sign version {number} (art. 4)."
        ).format(number=number), article="art. 4"))
    elif already_signed:
        unmet.append(Unmet("plan.already_signed", QT_TRANSLATE_NOOP(
            "Plans", "{name} has already signed version {number}.").format(
                name=signatory_name, number=number)))
    if (frozen_on and signed_on < frozen_on) or signed_on > today:
        unmet.append(Unmet("plan.signature_date", QT_TRANSLATE_NOOP(
            "Plans", "The signature date {date} must fall between the printing of the "
                     "version and today.").format(date=_day(signed_on))))
    return unmet


def validator_unmet(is_validator: bool) -> list[Unmet]:
    if is_validator:
        return []
    return [Unmet("plan.not_a_validator", QT_TRANSLATE_NOOP(
        "Plans", "Only a validator of the ONE can validate or return a plan."))]


def awaiting_validation_unmet(number: int, returned: bool, awaiting: bool) -> list[Unmet]:
    if returned:
        return [Unmet("plan.returned", QT_TRANSLATE_NOOP(
            "Plans", "Version {number} was returned to the agent: it can no longer be "
                     "validated. The agent prepares a new version.").format(number=number))]
    if not awaiting:
        return [Unmet("plan.not_awaiting_validation", QT_TRANSLATE_NOOP(
            "Plans", "Version {number} is not awaiting validation.").format(number=number))]
    return []


def validation_date_unmet(frozen_on: date | None, validated_on: date) -> list[Unmet]:
    if frozen_on and validated_on < frozen_on:
        return [Unmet("plan.validation_date", QT_TRANSLATE_NOOP(
            "Plans", "The validation date is before the version was prepared."))]
    return []


def return_comment_unmet(comment: str) -> list[Unmet]:
    if comment.strip():
        return []
    return [Unmet("plan.return_comment_missing", QT_TRANSLATE_NOOP(
        "Plans", "Say why the plan is returned: the agent reads your comment to prepare "
                 "the next version."))]
