"""The intervention plan printed for signature (art. 4): the frozen version, and nothing else.

Reads the version once, then lays it out with ReportLab platypus into memory: the family's plan
never touches the disk here. French by default, German on request, whatever the UI language.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.documents.fingerprint import fingerprint, plan_qr
from app.documents.fonts import BOLD, REGULAR, register_fonts
from app.documents.layout import (
    BODY,
    CELL,
    CELL_BOLD,
    H1,
    MARGIN,
    WIDTH,
    para,
)
from app.documents.layout import heading as _heading
from app.documents.layout import p as _p
from app.documents.layout import style as _style
from app.documents.layout import table as _table
from app.documents.pages import FOOTER_HEIGHT, Footer, paged_canvas
from app.documents.texts import day, text
from app.domain import PlanVersion
from app.domain.snapshot import PlanSnapshot, SignatoryEntry, SnapshotMeasure
from app.rules import require
from app.rules.plans import awaiting_signatures_unmet
from app.services.base.context import ServiceContext
from app.services.base.guards import live


@dataclass(frozen=True)
class FrozenPlan:
    """What goes on paper: the frozen fields of one version, read in one go."""

    number: int
    snapshot: PlanSnapshot
    signatories: list[SignatoryEntry]
    frozen_on: date | None
    review_due_on: date | None
    fingerprint: str


def read_frozen_plan(ctx: ServiceContext, version_id: uuid.UUID) -> FrozenPlan:
    """The frozen version to print; a draft cannot be printed for signature."""
    with ctx.reading() as session:
        version = live(session, PlanVersion, version_id)
        require(awaiting_signatures_unmet(version.number, version.state.is_frozen))
        return FrozenPlan(version.number, version.snapshot.copy(), list(version.signatories),
                          version.frozen_on, version.review_due_on, fingerprint(version))


def render_plan(ctx: ServiceContext, version_id: uuid.UUID, language: str = "fr") -> bytes:
    """The PDF of a frozen version in ``language`` (``fr`` or ``de``)."""
    return render_frozen_plan(read_frozen_plan(ctx, version_id), language)


def render_frozen_plan(plan: FrozenPlan, language: str = "fr") -> bytes:
    """Lay out ``plan``: ONE header, content sections, signature blocks, stamped pages."""
    text("title", language)  # refuses an unknown language before any work
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=15 * mm,
        bottomMargin=FOOTER_HEIGHT + 8 * mm, title=text("title", language),
        author=text("one", language), invariant=True)
    footer = Footer(
        page=lambda page, pages: text("page", language, page=page, pages=pages),
        version=text("version", language, version=plan.number, fingerprint=plan.fingerprint),
        initials=text("initials", language), boxes=len(plan.signatories) + 1,
        qr_value=lambda page, pages: plan_qr(plan.number, plan.fingerprint, page, pages))
    doc.build(_Story(plan, language).flowables(), canvasmaker=paged_canvas(footer))
    return buffer.getvalue()


class _Story:
    """The flowables of one plan in one language."""

    def __init__(self, plan: FrozenPlan, language: str) -> None:
        self.plan, self.lang, self.snap = plan, language, plan.snapshot
        self.names = {b["id"]: b["name"] for b in self.snap.get("beneficiaries", [])}
        self.names.update({a["person_id"]: a["name"] for a in self.snap.get("assessments", [])})
        self.names.update({s["person_id"]: s["name"] for s in plan.signatories})
        self.objective_no = {o["id"]: f"{self._t('objective')[0]}{n}"
                             for n, o in enumerate(self.snap.get("objectives", []), start=1)}

    def _t(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def flowables(self) -> list[Flowable]:
        return [*self._header(), *self._persons(), *self._requests(), *self._summary(),
                *self._objectives(), *self._measures(), *self._stakeholders(), *self._review(),
                *self._signatures()]

    def _header(self) -> list[Flowable]:
        office = self.snap.get("office") or {}
        left = [_p(self._t("one"), CELL_BOLD),
                _p(office.get("name", "") if office.get("locality", "") in office.get("name", "")
                   else f"{office.get('name', '')}, {office['locality']}")]
        head = Table([[left, _p(self._t("title"), H1)]], colWidths=[WIDTH * 0.5, WIDTH * 0.5])
        head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                  ("LINEBELOW", (0, 0), (-1, 0), 1, colors.Color(0.1, 0.25, 0.5)),
                                  ("LEFTPADDING", (0, 0), (0, 0), 0)]))
        dossier = self._t("dossier", number=self.snap.get("case_number", ""),
                          version=self.plan.number, date=day(self.plan.frozen_on, self.lang))
        return [head, Spacer(1, 3 * mm), _p(dossier, BODY)]

    def _persons(self) -> list[Flowable]:
        rows: list[list[Flowable]] = []
        for person in self.snap.get("beneficiaries", []):
            role = self._t("beneficiary")
            if person.get("birth_date"):  # unknown for some young adults arriving alone
                role += ", " + self._t("born", date=day(person["birth_date"], self.lang))
            rows.append([_p(person["name"], CELL_BOLD), _p(role)])
        for signatory in self.plan.signatories:
            if signatory["person_id"] not in {b["id"] for b in self.snap.get("beneficiaries", [])}:
                rows.append([_p(signatory["name"], CELL_BOLD), _p(self._t(signatory["capacity"]))])
        if not rows:
            return [*_heading(self._t("persons")), _p(self._t("none"), BODY)]
        return [*_heading(self._t("persons")), _table(rows, [70, 104], header=False)]

    def _requests(self) -> list[Flowable]:
        requests = self.snap.get("requests", [])
        items: list[Flowable] = [
            _p(f"{day(r['received_on'], self.lang)} – {r['what']}", BODY) for r in requests]
        return [*_heading(self._t("requests")), *(items or [_p(self._t("none"), BODY)])]

    def _summary(self) -> list[Flowable]:
        out: list[Flowable] = _heading(self._t("summary"))
        for item in self.snap.get("assessments", []):
            out.append(_p(item["name"], _style("name", 9.5, BOLD, spaceBefore=3)))
            for key, value in (("resources", item.get("resources", "")),
                               ("difficulties", item.get("difficulties", ""))):
                if value:
                    out.append(para(f"<b>{escape(self._t(key))}</b> {escape(value)}", BODY))
        return out if len(out) > 2 else [*out, _p(self._t("none"), BODY)]

    def _objectives(self) -> list[Flowable]:
        rows: list[list[Flowable]] = [[_p(h, CELL_BOLD) for h in (
            "", self._t("objective"), self._t("for"), self._t("horizon"))]]
        for objective in self.snap.get("objectives", []):
            indicator = escape(self._t("indicator"))
            wording = para(f"{escape(objective['wording'])}<br/><i>{indicator}</i> "
                                f"{escape(objective['indicator'])}", CELL)
            horizon = f"{self._t(objective['horizon'])}<br/>{day(objective['due_on'], self.lang)}"
            rows.append([_p(self.objective_no[objective["id"]], CELL_BOLD), wording,
                         _p(objective.get("person")
                            or self.names.get(objective.get("person_id") or "", "")),
                         para(horizon, CELL)])
        return [*_heading(self._t("objectives")), _table(rows, [10, 104, 32, 28])]

    def _measures(self) -> list[Flowable]:
        rows: list[list[Flowable]] = [[_p(h, CELL_BOLD) for h in (
            self._t("measure"), self._t("for"), self._t("provider"), self._t("quantity"),
            self._t("dates"), self._t("serves"))]]
        for measure in self.snap.get("measures", []):
            label = (measure.get("label_de") if self.lang == "de" else None) \
                or measure.get("label_fr", "")
            letter = self._t("letter", code=measure["code"])
            rows.append([
                para(f"<b>{escape(letter)}</b><br/>{escape(label)}", CELL),
                _p(measure.get("beneficiary", "")), _p(measure.get("provider", "")),
                _p(self._volume(measure)),
                _p(f"{day(measure['starts_on'], self.lang)}\n{day(measure['ends_on'], self.lang)}"),
                _p(", ".join(self.objective_no.get(o, "") for o in measure["objective_ids"]))])
        return [*_heading(self._t("measures")), _table(rows, [43, 26, 30, 28, 24, 23])]

    def _volume(self, measure: SnapshotMeasure) -> str:
        quantity, unit = measure.get("quantity"), measure.get("unit")
        if quantity is None:
            amount = ""
        else:
            number = format(Decimal(quantity).normalize(), "f")  # 120.00 -> 120
            number = number.replace(".", ",")  # both languages write 2,5
            amount = f"{number}\u00a0{self._t(unit)}" if unit else number
        return "\n".join(v for v in (amount, measure.get("volume_note", "")) if v)

    def _stakeholders(self) -> list[Flowable]:
        stakeholders = self.snap.get("stakeholders", [])
        if not stakeholders:
            return [*_heading(self._t("stakeholders")), _p(self._t("none"), BODY)]
        rows = [[_p(f"{s['name']}\n{s.get('organisation', '')}".strip(), CELL_BOLD),
                 _p(self._t(s["kind"]) if s["kind"] != "provider" else self._t("provider")),
                 _p(s.get("role", ""))] for s in stakeholders]
        return [*_heading(self._t("stakeholders")), _table(rows, [60, 30, 84], header=False)]

    def _review(self) -> list[Flowable]:
        due = self.plan.review_due_on
        wording = (self._t("review_on", date=day(due, self.lang)) if due
                   else self._t("review_rule"))
        return [*_heading(self._t("review")), _p(wording, BODY)]

    def _signatures(self) -> list[Flowable]:
        out: list[Flowable] = [*_heading(self._t("signatures")),
                               _p(self._t("signatures_rule"), BODY), Spacer(1, 2 * mm)]
        for signatory in self.plan.signatories:
            out.append(self._signature_block(signatory["name"], self._t(signatory["capacity"])))
        cpi = (self.snap.get("cpi") or {}).get("name", "")  # versions frozen before: blank
        out.append(self._signature_block(cpi, self._t("cpi")))
        out.append(self._signature_block("", self._t("validation"), read=False))
        return out

    def _signature_block(self, name: str, role: str, *, read: bool = True) -> Table:
        who = [_p(name, CELL_BOLD) if name else _p(f"{self._t('name')} ____________________"),
               _p(role)]
        if read:
            who.append(_p(self._t("read")))
        who.append(_p(self._t("place_date")))
        block = Table([[who, _p(self._t("signature"))]], colWidths=[108 * mm, 66 * mm],
                      rowHeights=[24 * mm])
        block.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BOX", (1, 0), (1, 0), 0.5, colors.grey)]))
        block.spaceAfter = 3 * mm
        return block
