"""The dossier for the family (art. 7): every step's data in plain sections a parent can read,
rather than the JSON of ``export_dossier``. The consultation is checked and recorded first."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph
from sqlalchemy import select

from app.documents.dossier import dossier_head
from app.documents.layout import (
    BODY,
    CELL,
    CELL_BOLD,
    NAME,
    build_pdf,
    heading,
    letterhead,
    p,
    para,
)
from app.documents.layout import table as grid
from app.documents.texts import day, text
from app.domain import MeasureTypeRef
from app.services.base.context import ServiceContext
from app.services.dossier.detail import DossierDetail, load_dossier_detail
from app.services.one.duties import record_dossier_consultation

_PERSON_ROLES = {"child": "child_person", "young_adult": "young_adult",
                 "parent": "parent_person", "other_relative": "other_relative"}
_CHANNELS = {"letter": "letter_channel"}  # "letter" is the measure's article letter


def render_family_export(ctx: ServiceContext, case_id: uuid.UUID, requested_by_id: uuid.UUID,
                         on: date, language: str = "fr") -> bytes:
    """The PDF for ``requested_by_id`` (a parent, or the child able to judge), in ``language``,
    once art. 7 allows it; the consultation is recorded."""
    text("title", language)  # refuses an unknown language before recording anything
    record_dossier_consultation(ctx, case_id, requested_by_id, on)
    return layout_family_export(ctx, case_id, requested_by_id, on, language)


def layout_family_export(ctx: ServiceContext, case_id: uuid.UUID, reader_id: uuid.UUID,
                         on: date, language: str = "fr") -> bytes:
    """The same PDF, for a consultation already recorded: the preview shows it again in the
    other language without recording a second consultation."""
    detail = load_dossier_detail(ctx, case_id, overview=False)
    with ctx.reading() as session:
        labels = {m.code: m.label_de if language == "de" else m.label_fr
                  for m in session.scalars(select(MeasureTypeRef))}
        office = dossier_head(session, case_id).office
    reader = next((f"{x.first_name} {x.last_name}" for x in detail.summary.persons
                   if x.person_id == reader_id), "")
    story = _Export(detail, labels, language).flowables(
        office, reader, on)
    return build_pdf(story, text("export_title", language), language)


class _Export:
    """The sections of one dossier in one language, in the order of the steps."""

    def __init__(self, detail: DossierDetail, labels: dict[str, str], language: str) -> None:
        self.d, self.labels, self.lang = detail, labels, language

    def t(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def colon(self, key: str) -> str:
        """A label followed by a colon, with French typography's no-break space."""
        return self.t(key) + ("\u00a0:" if self.lang == "fr" else ":")

    def day(self, value: date | None) -> str:
        return day(value, self.lang)

    def flowables(self, office: str, reader: str, on: date) -> list[Flowable]:
        row = self.d.summary.row
        out = [*letterhead([self.t("one"), office], self.t("export_title")),
               p(self.t("export_intro", number=row.number, date=self.day(on), name=reader),
                 BODY),
               p(self.t("opened", date=self.day(row.opened_on)), BODY)]
        sections: list[Callable[[], list[Flowable]]] = [
            self._persons, self._requests, self._frame, self._assessments, self._objectives,
            self._measures, self._plans, self._conferences, self._contacts, self._evaluations,
            self._stakeholders]
        for section in sections:
            out += section()
        return out

    def _section(self, key: str, body: list[Flowable]) -> list[Flowable]:
        return [*heading(self.t(key)), *(body or [p(self.t("none"), BODY)])]

    def _persons(self) -> list[Flowable]:
        rows = [[p(f"{x.first_name} {x.last_name}", CELL_BOLD),
                 p(self.t(_PERSON_ROLES.get(x.role.value, "other"))),
                 p(self.t("born", date=self.day(x.birth_date)) if x.birth_date else "")]
                for x in self.d.summary.persons]
        return self._section("persons", [grid(rows, [70, 50, 54], header=False)] if rows else [])

    def _requests(self) -> list[Flowable]:
        return self._section("requests", [p(f"{self.day(r.received_on)} – {r.what}", BODY)
                                          for r in self.d.summary.requests])

    def _frame(self) -> list[Flowable]:
        frame = self.d.summary.working_frame
        return self._section("working_frame", [p(frame, BODY)] if frame else [])

    def _assessments(self) -> list[Flowable]:
        out: list[Flowable] = []
        for a in self.d.assessments:
            out.append(p(a.person, NAME))
            for key, value in (("resources", a.resources), ("difficulties", a.difficulties),
                               ("needs", a.needs), ("own_view", a.own_view)):
                if value:
                    out.append(_labelled(self.t(key), value))
        return self._section("summary", out)

    def _objectives(self) -> list[Flowable]:
        rows: list[list[Flowable]] = [[p(h, CELL_BOLD) for h in (
            self.t("objective"), self.t("horizon"), self.t("status"))]]
        rows += [[_wording(o.wording, self.t("indicator"), o.indicator),
                  p(f"{self.t(o.horizon)}\n{self.day(o.due_on)}"), p(self.t(o.status))]
                 for o in self.d.objectives]
        return self._section("objectives", [grid(rows, [120, 30, 24])] if len(rows) > 1 else [])

    def _measures(self) -> list[Flowable]:
        rows: list[list[Flowable]] = [[p(h, CELL_BOLD) for h in (
            self.t("measure"), self.t("for"), self.t("provider"), self.t("dates"))]]
        for m in self.d.measures:
            dates = self.t("planned", start=self.day(m.starts_on), end=self.day(m.ends_on))
            if m.actual_start_on:
                dates += "\n" + self.t("actual", start=self.day(m.actual_start_on),
                                       end=self.day(m.actual_end_on) or "…")
            rows.append([_coded(self.t("letter", code=m.code), self.labels.get(m.code, "")),
                         p(m.beneficiary), p(m.provider), p(dates)])
        return self._section("measures", [grid(rows, [62, 30, 38, 44])] if len(rows) > 1 else [])

    def _plans(self) -> list[Flowable]:
        out: list[Flowable] = []
        for v in self.d.plan_versions:
            out.append(p(self.t("plan_line", number=v.number, state=self.t(v.state)), NAME))
            for s in v.signatures:
                out.append(p(self.t("signed_on", name=s.name, date=self.day(s.signed_on))
                             if s.signed_on else self.t("unsigned", name=s.name), BODY))
            if v.review_due_on:
                out.append(p(self.t("review_on", date=self.day(v.review_due_on)), BODY))
        return self._section("plans", out)

    def _conferences(self) -> list[Flowable]:
        out: list[Flowable] = []
        for c in self.d.conferences:
            out.append(p(self.t("held", date=self.day(c.held_on), place=c.place), NAME))
            out.append(_labelled(self.colon("participants"), c.participants))
            for key, value in (("minutes", c.minutes), ("decisions", c.decisions)):
                if value:
                    out.append(_labelled(self.colon(key), value))
        return self._section("conferences", out)

    def _contacts(self) -> list[Flowable]:
        rows = [[p(f"{self.day(c.contact_at.date())}\n{c.with_whom}", CELL_BOLD),
                 p(self.t(_CHANNELS.get(c.channel, c.channel))), p(c.summary)]
                for c in self.d.contacts]
        return self._section("contacts", [grid(rows, [44, 34, 96], header=False)] if rows else [])

    def _evaluations(self) -> list[Flowable]:
        out: list[Flowable] = []
        for e in self.d.evaluations:
            out.append(p(f"{self.day(e.evaluated_on)} – {self.t(e.outcome)}", NAME))
            if e.proposals:
                out.append(p(e.proposals, BODY))
        return self._section("evaluations", out)

    def _stakeholders(self) -> list[Flowable]:
        rows = [[p(f"{s.name}\n{s.organisation}".strip(), CELL_BOLD),
                 p(self.t("provider") if s.kind.value == "provider" else self.t(s.kind.value)),
                 p(s.role)] for s in self.d.stakeholders]
        return self._section("stakeholders",
                             [grid(rows, [60, 30, 84], header=False)] if rows else [])


def _labelled(label: str, value: str) -> Paragraph:
    """``label`` in bold, then ``value``: both escaped, line ends kept."""
    return para(f"<b>{_esc(label)}</b> {_esc(value)}", BODY)


def _wording(wording: str, label: str, value: str) -> Paragraph:
    """An objective's wording over its italic indicator."""
    return para(f"{_esc(wording)}<br/><i>{_esc(label)}</i> {_esc(value)}", CELL)


def _coded(code: str, label: str) -> Paragraph:
    """A measure's article letter in bold over its name."""
    return para(f"<b>{_esc(code)}</b><br/>{_esc(label)}", CELL)


def _esc(value: str) -> str:
    return escape(value).replace("\n", "<br/>")
