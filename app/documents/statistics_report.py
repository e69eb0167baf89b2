"""The anonymised statistics extract (art. 7) as a report with bar charts, for the ONE.

Built only from ``statistics_extract``: codes, counts and durations, so no name, birth date or
free text can reach the paper. Chart labels use the embedded DejaVu font: ReportLab's graphics
default to an unembedded Helvetica.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from app.documents.fonts import REGULAR
from app.documents.layout import BODY, CELL_BOLD, WIDTH, build_pdf, heading, letterhead, p, table
from app.documents.texts import day, text
from app.services.base.context import ServiceContext
from app.services.one.statistics import StatisticsExtract, statistics_extract

_AGE_KEYS = {"child": "child_person", "young_adult": "young_adult"}
BAR = colors.Color(0.1, 0.25, 0.5)


def render_statistics_report(ctx: ServiceContext, today: date, language: str = "fr") -> bytes:
    """The PDF report of the extract of ``today`` in ``language``."""
    text("title", language)  # refuses an unknown language first
    return render_extract(statistics_extract(ctx, today), today, language)


def render_extract(extract: StatisticsExtract, today: date, language: str = "fr",
                   since: date | None = None) -> bytes:
    """Lay out ``extract``; with ``since``, the extract of the period from ``since`` to
    ``today`` (``statistics_in``), which the report states under its introduction."""
    def t(key: str, **params: object) -> str:
        return text(key, language, **params)

    caseload = extract.tables["caseload"]
    measures = extract.tables["measures"]
    durations = extract.tables["durations"]
    by_step = Counter[int]()
    for row in caseload:
        by_step[int(row["step"])] += int(row["cases"])
    ages = Counter(_age_label(str(row["age_group"]), language) for row in durations)
    story: list[Flowable] = [
        *letterhead([t("one")], t("stats_title")), p(t("stats_intro", date=day(today, language)),
                                                    BODY),
        *([p(t("stats_period", start=day(since, language), end=day(today, language)), BODY)]
          if since is not None else []),
        _charted(t("stats_caseload"), bar_chart([t("stats_step", step=s) for s in range(1, 9)],
                                                [by_step.get(s, 0) for s in range(1, 9)])),
        _rows([t("col_office"), t("col_state"), t("col_step"), t("col_cases")],
              [[r["office_code"], t(r["state"]), r["step"], r["cases"]] for r in caseload],
              [70, 40, 30, 34], language),
        _charted(t("stats_measures"), bar_chart([str(r["measure_code"]) for r in measures],
                                                [int(r["measures"]) for r in measures])),
        _rows([t("col_code"), t("col_unit"), t("col_measures"), t("col_quantity"),
               t("col_beneficiaries")],
              [[r["measure_code"], t(r["unit"]) if r["unit"] else "", r["measures"],
                _number(r["quantity"]), r["beneficiaries"]] for r in measures],
              [30, 36, 34, 40, 34], language),
        *heading(t("stats_durations")),
        _rows([t("col_office"), t("col_cases"), t("col_days"), t("col_versions")],
              _per_office(durations), [60, 24, 45, 45], language),
        _charted(t("stats_ages"), bar_chart(list(ages), list(ages.values())))]
    return build_pdf(story, t("stats_title"), language)


def bar_chart(labels: Sequence[str], values: Sequence[int], height: float = 55 * mm) -> Drawing:
    """A vertical bar chart whose every label is in the embedded font."""
    drawing = Drawing(WIDTH, height)
    drawing.initialFontName = REGULAR  # the renderer's first state, else Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    # Narrow bars for few categories: at most 22 mm per category.
    chart.width = min(WIDTH - 20 * mm, 22 * mm * max(len(labels), 1))
    chart.height = height - 18 * mm
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -3
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = max(values, default=0)
    chart.valueAxis.valueMax = max(top + 1, 4)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.bars[0].fillColor = BAR
    chart.barLabelFormat = lambda value: f"{value:.0f}" if value else ""  # no row of zeros
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _charted(title: str, chart: Drawing) -> Flowable:
    """A section title kept on the same page as its chart."""
    return KeepTogether([*heading(title), chart])


def _rows(header: list[str], rows: list[list[Any]], widths: list[float],
          language: str) -> Flowable:
    if not rows:
        return p(text("none", language), BODY)
    return table([[p(h, CELL_BOLD) for h in header], *([p(v) for v in row] for row in rows)],
                 widths)


def _per_office(durations: list[dict[str, Any]]) -> list[list[Any]]:
    """Per office: cases, mean days open and mean plan versions (one decimal)."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in durations:
        grouped[str(row["office_code"])].append(row)
    return [[office, len(rows),
             _number(f"{sum(int(r['days_open']) for r in rows) / len(rows):.1f}"),
             _number(f"{sum(int(r['plan_versions']) for r in rows) / len(rows):.1f}")]
            for office, rows in sorted(grouped.items())]


def _number(value: object) -> str:
    """12.50 -> 12,5 and 365.00 -> 365: both languages write a decimal comma."""
    number = f"{float(str(value)):.2f}".rstrip("0").rstrip(".")
    return number.replace(".", ",")


def _age_label(group: str, language: str) -> str:
    return " + ".join(text(_AGE_KEYS[g], language) if g in _AGE_KEYS else g
                      for g in group.split("+"))
