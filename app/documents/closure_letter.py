"""The letter to the family when the dossier is closed (step 8): when, why in plain words, the
final evaluation, and what the family may still do (ask again, read its dossier, art. 7)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select

from app.documents.dossier import DossierHead, dossier_head
from app.documents.layout import BODY, CELL_BOLD, build_pdf, bullet, heading, letterhead, p
from app.documents.texts import day, text
from app.domain import CaseClosure, ClosureReason, Person, PersonRole
from app.services.base.context import ServiceContext
from app.services.caseload.listing import ContactDetails

#: ``other`` is also a stakeholder kind in the catalogue, hence its own key here.
_REASON_KEYS = {reason: reason.value for reason in ClosureReason} | {
    ClosureReason.OTHER: "other_reason"}


@dataclass(frozen=True)
class Addressee:
    """The persons living at one postal address, and that address (empty when unknown)."""

    names: tuple[str, ...]
    address: tuple[str, ...]


@dataclass(frozen=True)
class Closure:
    head: DossierHead
    closed_on: date
    reason: ClosureReason
    final_evaluation: str
    #: The adults, then the young adults, grouped by postal address as the letter is sent.
    addressees: list[Addressee]


def addressees_of(persons: list[Person]) -> list[Addressee]:
    """One block per address, in the order the persons come; those without an address last."""
    blocks: dict[tuple[str, ...], list[str]] = {}
    for person in persons:
        lines = ContactDetails.of(person).postal_lines
        blocks.setdefault(lines, []).append(person.full_name)
    known = [Addressee(tuple(names), lines) for lines, names in blocks.items() if lines]
    return known + [Addressee(tuple(names), ()) for lines, names in blocks.items() if not lines]


def read_closure(ctx: ServiceContext, case_id: uuid.UUID) -> Closure:
    """The latest closure of ``case_id`` (a reopened, closed again dossier has several)."""
    with ctx.reading() as session:
        closure = session.scalars(select(CaseClosure).where(
            CaseClosure.case_id == case_id, CaseClosure.deleted_at.is_(None)).order_by(
                CaseClosure.closed_on.desc(), CaseClosure.created_at.desc())).first()
        if closure is None:
            raise LookupError("the dossier is not closed")
        persons = session.scalars(select(Person).where(
            Person.case_id == case_id, Person.deleted_at.is_(None),
            Person.role.in_((PersonRole.PARENT, PersonRole.OTHER_RELATIVE,
                             PersonRole.YOUNG_ADULT)))).all()
        return Closure(dossier_head(session, case_id), closure.closed_on, closure.reason,
                       closure.final_evaluation,
                       addressees_of(list(persons)))


def render_closure_letter(ctx: ServiceContext, case_id: uuid.UUID,
                          language: str = "fr") -> bytes:
    """The PDF of the closure letter in ``language``."""
    return render_closure(read_closure(ctx, case_id), language)


def render_closure(closure: Closure, language: str = "fr") -> bytes:
    def t(key: str, **params: object) -> str:
        return text(key, language, **params)

    title = t("closure_title")
    story: list[Flowable] = [
        *letterhead([t("one"), closure.head.office], title),
        p(day(closure.closed_on, language), BODY), Spacer(1, 3 * mm),
        p(t("closure_to"), CELL_BOLD),
        *(p(line, BODY) for block in closure.addressees for line in (*block.names,
                                                                     *block.address)),
        Spacer(1, 5 * mm), p(t("closure_dear"), BODY),
        p(t("closure_intro", date=day(closure.closed_on, language),
            number=closure.head.number), BODY),
        *heading(t("closure_why")), p(t(_REASON_KEYS[closure.reason]), BODY),
        *heading(t("closure_evaluation")), p(closure.final_evaluation, BODY),
        *heading(t("closure_next")),
        *(bullet(t(key)) for key in ("next_again", "next_consult", "next_correct")),
        Spacer(1, 6 * mm), p(t("closure_thanks"), BODY), Spacer(1, 12 * mm),
        p(t("cpi"), CELL_BOLD)]
    return build_pdf(story, title, language)
