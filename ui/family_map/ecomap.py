"""The family and the professionals around it, as an ecomap.

Step 1 agrees who does what (art. 2): the ecomap shows every stakeholder of the dossier and
every provider of a planned measure, each with the role agreed for them, on an ellipse around
the family. The order is fixed (by kind, then name) so the drawing never moves between reloads.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.domain import StakeholderKind
from app.services.dossier.detail import DossierDetail
from ui.family_map.drawing import (
    INK,
    MUTED,
    LegendEntry,
    add_box,
    add_legend,
    add_text,
    font,
    line_pen,
)
from ui.labels import label
from ui.plain import plain_tooltip
from ui.qt import (
    QColor,
    QFont,
    QFontMetricsF,
    QGraphicsScene,
    QObject,
    QPen,
    QPointF,
    QRectF,
    Qt,
)

NODE_W, NODE_H = 232.0, 84.0
FAMILY_R = 92.0

_KIND_STYLE: dict[StakeholderKind, tuple[str, float, Qt.PenStyle]] = {
    StakeholderKind.SCHOOL: ("#1d5fa8", 1.8, Qt.PenStyle.SolidLine),
    StakeholderKind.DOCTOR: ("#2f8f46", 1.8, Qt.PenStyle.DashLine),
    StakeholderKind.PSYCHOLOGIST: ("#2f8f46", 1.8, Qt.PenStyle.DotLine),
    StakeholderKind.SOCIAL_SERVICE: ("#c26a00", 1.8, Qt.PenStyle.SolidLine),
    StakeholderKind.YOUTH_COURT: ("#b00020", 3.0, Qt.PenStyle.SolidLine),
    StakeholderKind.PROVIDER: ("#7b4f9d", 2.2, Qt.PenStyle.DashDotLine),
    StakeholderKind.OTHER: ("#7b8794", 1.4, Qt.PenStyle.DotLine),
}


def kind_pen(kind: StakeholderKind) -> QPen:
    colour, width, style = _KIND_STYLE[kind]
    return line_pen(colour, width, style)


@dataclass(frozen=True)
class Satellite:
    """One professional around the family, as the ecomap shows it."""

    kind: StakeholderKind
    name: str
    organisation: str
    role: str
    contact: str = ""


def satellites(detail: DossierDetail) -> list[Satellite]:
    """The dossier's stakeholders, then the providers of its measures that no stakeholder
    already stands for."""
    involved = [s for s in detail.stakeholders if s.ended_on is None]
    found = [Satellite(s.kind, s.name, s.organisation or s.provider, s.role, s.contact)
             for s in involved]
    covered = {s.provider for s in involved} | {s.organisation for s in involved}
    measures: dict[str, list[str]] = {}
    for measure in detail.measures:
        if measure.provider and measure.provider not in covered:
            measures.setdefault(measure.provider, []).append(
                f"{measure.code}) {measure.beneficiary}".strip())
    found += [Satellite(StakeholderKind.PROVIDER, provider, "", "; ".join(items))
              for provider, items in sorted(measures.items())]
    return found


class EcomapScene(QGraphicsScene):
    """Draws a ``DossierDetail``; ``names`` lists who sits around the family, in drawing order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []

    def draw(self, detail: DossierDetail) -> None:
        self.clear()
        around = satellites(detail)
        self.names = [s.name for s in around]
        summary = detail.summary
        family = QRectF(-FAMILY_R, -FAMILY_R, 2 * FAMILY_R, 2 * FAMILY_R)
        circle = self.addEllipse(family, QPen(INK, 2), QColor("#e4effa"))
        circle.setZValue(1)
        members = [p.first_name or p.last_name for p in summary.persons]
        circle.setToolTip(plain_tooltip("\n".join(f"{p.first_name} {p.last_name}".strip()
                                                  for p in summary.persons)))
        surnames = summary.row.family_name.split(" / ") if summary.row.family_name else [
            self.tr("The family")]
        lines = [(surname, font(10, bold=True)) for surname in surnames[:3]]
        lines += [(", ".join(members[i:i + 2]), font(8.5)) for i in range(0, len(members), 2)]
        lines = lines[:6]
        y = -len(lines) * 17 / 2
        for text, chosen in lines:
            add_text(self, text, chosen, 0, y, 2 * FAMILY_R - 30, centred=True).setZValue(2)
            y += 17
        rx = max(330.0, 60.0 * len(around))
        ry = max(215.0, 24.0 * len(around))
        for index, satellite in enumerate(around):
            angle = -math.pi / 2 + 2 * math.pi * index / max(len(around), 1)
            centre = QPointF(rx * math.cos(angle), ry * math.sin(angle))
            self._draw_satellite(satellite, centre)
        if not around:
            add_text(self, self.tr("No stakeholder is recorded in this dossier yet."),
                     font(10), 0, FAMILY_R + 30, colour=MUTED, centred=True)
        drawing = self.itemsBoundingRect()
        add_text(self, self.tr("Ecomap — dossier {number}").format(number=summary.row.number),
                 font(11, bold=True), drawing.left(), drawing.top() - 40)
        add_legend(self, self.tr("Legend"),
                   [LegendEntry(label(kind), pen=kind_pen(kind)) for kind in StakeholderKind],
                   drawing.right() + 40, drawing.top())

    def _draw_satellite(self, satellite: Satellite, centre: QPointF) -> None:
        rect = QRectF(centre.x() - NODE_W / 2, centre.y() - NODE_H / 2, NODE_W, NODE_H)
        direction = QPointF(centre.x(), centre.y())
        length = math.hypot(direction.x(), direction.y()) or 1.0
        start = direction * (FAMILY_R / length)
        reach = min(NODE_W / 2 / max(abs(direction.x()), 1e-6),
                    NODE_H / 2 / max(abs(direction.y()), 1e-6))
        end = direction * max(0.0, 1 - reach)
        line = self.addLine(start.x(), start.y(), end.x(), end.y(), kind_pen(satellite.kind))
        line.setZValue(0)
        box = add_box(self, rect, fill=QColor("white"), pen=QPen(_colour(satellite.kind), 1.6))
        box.setZValue(1)
        kind = label(satellite.kind)
        lines = [(satellite.name, font(9.5, bold=True), INK),
                 (kind, font(8, bold=True), _colour(satellite.kind)),
                 (satellite.organisation, font(8.5), INK),
                 (satellite.role, font(8.5, italic=True), MUTED)]
        if not satellite.organisation:  # a long provider name takes the organisation's line
            first, rest = _split(satellite.name, font(9.5, bold=True), NODE_W - 16)
            lines[:3] = [(first, font(9.5, bold=True), INK), (rest, font(9.5, bold=True), INK),
                         (kind, font(8, bold=True), _colour(satellite.kind))]
        for (text, chosen, colour), top in zip(lines, (6.0, 25.0, 43.0, 61.0), strict=True):
            add_text(self, text, chosen, rect.center().x(), rect.top() + top, NODE_W - 16,
                     centred=True, colour=colour).setZValue(2)


def _split(text: str, chosen: QFont, width: float) -> tuple[str, str]:
    """The words that fit on a first line, and the rest."""
    metrics = QFontMetricsF(chosen)
    words = text.split()
    for cut in range(len(words), 0, -1):
        if metrics.horizontalAdvance(" ".join(words[:cut])) <= width:
            return " ".join(words[:cut]), " ".join(words[cut:])
    return text, ""


def _colour(kind: StakeholderKind) -> QColor:
    return QColor(_KIND_STYLE[kind][0])
