"""The semester placement list on 1 April and 1 October (art. 6), for the ONE: who is placed in
an institution or a foster family on the reference day, office by office."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from app.documents.layout import (
    BODY,
    CELL,
    CELL_BOLD,
    build_pdf,
    letterhead,
    p,
    style,
    table,
)
from app.documents.texts import day, text
from app.services.base.context import ServiceContext
from app.services.one.duties import PlacedChild, SemesterList, semester_list

#: The footnote saying which measures the list counts, set apart from the table.
NOTE = style("semester_note", 8, spaceBefore=8)


def render_semester_list(ctx: ServiceContext, on: date, language: str = "fr") -> bytes:
    """The list on ``on`` (refused on any other day than 1 April or 1 October)."""
    text("title", language)  # refuses an unknown language first
    return render_list(semester_list(ctx, on), language)


def render_list(listed: SemesterList, language: str = "fr") -> bytes:
    """Lay out a semester list (a device's, or the server's for every office)."""
    return render_placed(list(listed.children), listed.on, language, listed.counted_codes)


def render_placed(children: list[PlacedChild], on: date, language: str = "fr",
                  counted: Sequence[str] = ()) -> bytes:
    """Lay out ``children``: a count, then one row per child, in the service's order, and
    which measures the list counts (``counted``: catalogue codes; the footnote says the art. 6
    reading, docs/design-workflow.md)."""
    def t(key: str, **params: object) -> str:
        return text(key, language, **params)

    abroad = sum(child.abroad for child in children)
    rows: list[list[Flowable]] = [[p(h, CELL_BOLD) for h in (
        t("office"), t("person"), t("birth"), t("placement"), t("provider"), t("since"))]]
    for child in children:
        provider = child.provider if not child.abroad else f"{child.provider} ({child.country})"
        rows.append([p(f"{child.office_code}\n{child.case_number}", CELL),
                     p(child.name, CELL_BOLD), p(day(child.birth_date, language)),
                     p(t("letter", code=child.measure_code) + "\n" + t(child.placement)
                       if child.placement else t("letter", code=child.measure_code)),
                     p(provider), p(day(child.since, language))])
    title = t("semester_title", date=day(on, language))
    story = [*letterhead([t("one")], title),
             p(t("semester_intro", date=day(on, language)), BODY),
             p(t("semester_count", total=len(children), home=len(children) - abroad,
                 abroad=abroad), BODY),
             table(rows, [36, 32, 22, 30, 32, 22]) if children else p(t("none"), BODY)]
    if counted:
        story.append(p(t("semester_counted", codes=", ".join(counted)), NOTE))
    return build_pdf(story, title, language)
