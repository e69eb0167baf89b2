"""The family as a genogram: one row per generation, a line per recorded relationship.

Who holds parental authority and who is the legal representative decide who signs the plan
(art. 4) and whom the agent must inform: both show on the person (badges, "AP" and "RL" in
French, listing over whom in the tooltip) and on the line (bold when it carries parental
authority). The Person model records no sex, so every person is the genogram's neutral
rounded box.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from app.domain import PersonRole, RelationshipKind
from app.services.caseload.listing import DossierView, PersonView, RelationshipView
from ui.family_map.drawing import (
    INK,
    MUTED,
    LegendEntry,
    add_badge,
    add_box,
    add_legend,
    add_text,
    badge_width,
    font,
    line_pen,
)
from ui.family_map.layout import Slot, slots
from ui.labels import label
from ui.plain import plain_tooltip
from ui.qt import (
    QColor,
    QFontMetricsF,
    QGraphicsPathItem,
    QGraphicsScene,
    QObject,
    QPainterPath,
    QPen,
    QPointF,
    QRectF,
    Qt,
)

NODE_W, NODE_H = 176.0, 62.0
STEP_X, STEP_Y = 204.0, 132.0
BRACKET = 14.0
BENEFICIARY = QColor("#e4effa")
RELATIVE = QColor("#f1f3f5")
PLAIN = QColor("white")
AUTHORITY = QColor("#1d3a8a")
REPRESENTATIVE = QColor("#0b6e4f")

_VERTICAL_STYLE: dict[RelationshipKind, tuple[str, Qt.PenStyle]] = {
    RelationshipKind.PARENT: ("#1f2933", Qt.PenStyle.SolidLine),
    RelationshipKind.STEP_PARENT: ("#1f2933", Qt.PenStyle.DashLine),
    RelationshipKind.FOSTER_PARENT: ("#7b4f9d", Qt.PenStyle.DashDotLine),
    RelationshipKind.GUARDIAN: ("#0e7c86", Qt.PenStyle.SolidLine),
    RelationshipKind.ADMINISTRATOR: ("#0e7c86", Qt.PenStyle.DashLine),
    RelationshipKind.GRANDPARENT: ("#7b8794", Qt.PenStyle.DotLine),
}
_SAME_ROW_STYLE: dict[RelationshipKind, tuple[str, Qt.PenStyle]] = {
    RelationshipKind.PARTNER: ("#1f2933", Qt.PenStyle.SolidLine),
    RelationshipKind.SIBLING: ("#7b8794", Qt.PenStyle.SolidLine),
    RelationshipKind.HALF_SIBLING: ("#7b8794", Qt.PenStyle.DashLine),
    RelationshipKind.OTHER: ("#9aa5b1", Qt.PenStyle.DotLine),
}


def edge_pen(relationship: RelationshipView) -> QPen:
    """Bold when the line carries parental authority; colour and dashes tell the kind."""
    colour, style = (_VERTICAL_STYLE.get(relationship.kind)
                     or _SAME_ROW_STYLE.get(relationship.kind, ("#9aa5b1", Qt.PenStyle.DotLine)))
    return line_pen(colour, 3.2 if relationship.holds_parental_authority else 1.3, style)


class GenogramScene(QGraphicsScene):
    """Draws a ``DossierView``; ``nodes``, ``badges`` ("authority", "representative") and
    ``edges`` let tests and tools read what was drawn."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nodes: dict[uuid.UUID, QRectF] = {}
        self.badges: dict[uuid.UUID, list[str]] = {}
        self.edges: list[tuple[RelationshipView, QGraphicsPathItem]] = []

    def draw(self, dossier: DossierView) -> None:
        self.clear()
        self.nodes, self.badges, self.edges = {}, {}, []
        # The family as it is: an ended tie (authority withdrawn, guardianship lifted) stays
        # in the constellation tab's history, not in the drawing.
        ties = tuple(r for r in dossier.relationships if r.current)
        placed = slots(dossier.persons, ties)
        persons = {p.person_id: p for p in dossier.persons}
        names = {p.person_id: f"{p.first_name} {p.last_name}".strip() for p in dossier.persons}
        for person_id, slot in placed.items():
            self.nodes[person_id] = _rect(slot)
        self._draw_edges(ties, placed)
        for person_id, person in persons.items():
            self._draw_person(person, self.nodes[person_id], ties, names)
        drawing = self.itemsBoundingRect()
        if not persons:
            add_text(self, self.tr("No person is recorded in this dossier yet."), font(10),
                     0, 0, colour=MUTED)
            drawing = self.itemsBoundingRect()
        title = self.tr("Genogram — dossier {number}").format(number=dossier.row.number)
        add_text(self, title, font(11, bold=True), drawing.left(), drawing.top() - 40)
        add_legend(self, self.tr("Legend"), self._legend(), drawing.right() + 40,
                   drawing.top())

    def _draw_person(self, person: PersonView, rect: QRectF,
                     relationships: tuple[RelationshipView, ...],
                     names: dict[uuid.UUID, str]) -> None:
        fill = (BENEFICIARY if person.role.is_beneficiary
                else RELATIVE if person.role == PersonRole.OTHER_RELATIVE else PLAIN)
        box = add_box(self, rect, fill=fill, pen=QPen(INK, 1.4))
        box.setZValue(1)
        name = f"{person.first_name} {person.last_name}".strip()
        details = label(person.role)
        if person.birth_date is not None:
            details = self.tr("b. {year} · {role}").format(year=person.birth_date.year,
                                                           role=details)
        box.setToolTip(plain_tooltip("\n".join(filter(None, (name, details, person.notes)))))
        box.setData(0, str(person.person_id))
        bold = font(9.5, bold=True)
        lines = [(name, bold, 10.0), (details, font(8.5), 32.0)]
        if (QFontMetricsF(bold).horizontalAdvance(name) > NODE_W - 16 and person.first_name
                and person.last_name):  # a long name takes two lines rather than an "…"
            lines = [(person.first_name, bold, 5.0), (person.last_name, bold, 21.0),
                     (details, font(8.5), 40.0)]
        for text, chosen, top in lines:
            item = add_text(self, text, chosen, rect.center().x(), rect.top() + top,
                            NODE_W - 16, centred=True)
            item.setZValue(2)
        mine = [r for r in relationships
                if r.from_person_id == person.person_id and r.to_person_id in names]
        authority = [names[r.to_person_id] for r in mine if r.holds_parental_authority]
        representing = [names[r.to_person_id] for r in mine if r.is_legal_representative]
        x = rect.right() - 6
        marks: list[str] = []
        for mark, over, text, colour, tip in (
                ("representative", representing, self.representative_badge(), REPRESENTATIVE,
                 self.tr("Legal representative of {names}")),
                ("authority", authority, self.authority_badge(), AUTHORITY,
                 self.tr("Holds parental authority over {names}"))):
            if over:
                x -= badge_width(text)
                badge = add_badge(self, text, x, rect.top() - 8, colour,
                                  tip.format(names=", ".join(over)))
                badge.setZValue(3)
                marks.append(mark)
                x -= 4
        self.badges[person.person_id] = sorted(marks)

    def _draw_edges(self, relationships: tuple[RelationshipView, ...],
                    placed: dict[uuid.UUID, Slot]) -> None:
        """Lines between rows leave the upper box's bottom and reach the lower box's top,
        their ends spread along the edge so that each line (and its boldness) stays
        readable; lines within a row are brackets under the boxes."""
        downward: dict[uuid.UUID, list[tuple[float, int]]] = defaultdict(list)
        upward: dict[uuid.UUID, list[tuple[float, int]]] = defaultdict(list)
        pairs: list[tuple[RelationshipView, uuid.UUID, uuid.UUID] | None] = []
        for index, r in enumerate(relationships):
            if r.from_person_id not in placed or r.to_person_id not in placed:
                pairs.append(None)
                continue
            a, b = placed[r.from_person_id], placed[r.to_person_id]
            upper, lower = ((r.from_person_id, r.to_person_id) if a.generation <= b.generation
                            else (r.to_person_id, r.from_person_id))
            pairs.append((r, upper, lower))
            if placed[upper].generation != placed[lower].generation:
                downward[upper].append((placed[lower].column, index))
                upward[lower].append((placed[upper].column, index))
        bottom = _spread(downward, self.nodes, low=True)
        top = _spread(upward, self.nodes, low=False)
        brackets = 0
        for index, pair in enumerate(pairs):
            if pair is None:
                continue
            r, upper, lower = pair
            path = QPainterPath()
            if index in bottom and index in top:
                start, end = bottom[index], top[index]
                path.moveTo(start)
                middle = (start.y() + end.y()) / 2
                path.cubicTo(QPointF(start.x(), middle), QPointF(end.x(), middle), end)
            else:
                path = _bracket(self.nodes[upper], self.nodes[lower], r.kind, brackets)
                brackets += 1
            item = self.addPath(path, edge_pen(r))
            item.setZValue(0)
            item.setToolTip(label(r.kind))
            self.edges.append((r, item))

    def authority_badge(self) -> str:
        """Initials of "parental authority" (French "AP", as in the Luxembourg code)."""
        return self.tr("PA")

    def representative_badge(self) -> str:
        """Initials of "legal representative" (French "RL")."""
        return self.tr("LR")

    def _legend(self) -> list[LegendEntry]:
        def pen(kind: RelationshipKind, authority: bool = False) -> QPen:
            return edge_pen(RelationshipView(uuid.UUID(int=0), uuid.UUID(int=0),
                                             uuid.UUID(int=0), kind, authority, False))

        return [
            LegendEntry(self.tr("holds parental authority"), badge=self.authority_badge(),
                        fill=AUTHORITY),
            LegendEntry(self.tr("legal representative"), badge=self.representative_badge(),
                        fill=REPRESENTATIVE),
            LegendEntry(self.tr("parent, with parental authority"),
                        pen=pen(RelationshipKind.PARENT, True)),
            LegendEntry(self.tr("parent, without parental authority"),
                        pen=pen(RelationshipKind.PARENT)),
            LegendEntry(self.tr("step-parent"), pen=pen(RelationshipKind.STEP_PARENT)),
            LegendEntry(self.tr("foster parent"), pen=pen(RelationshipKind.FOSTER_PARENT)),
            LegendEntry(self.tr("guardian, legal administrator"),
                        pen=pen(RelationshipKind.GUARDIAN)),
            LegendEntry(self.tr("grandparent"), pen=pen(RelationshipKind.GRANDPARENT)),
            LegendEntry(self.tr("couple"), pen=pen(RelationshipKind.PARTNER)),
            LegendEntry(self.tr("siblings (dashed: half-siblings)"),
                        pen=pen(RelationshipKind.SIBLING)),
            LegendEntry(self.tr("other tie"), pen=pen(RelationshipKind.OTHER)),
            LegendEntry(self.tr("child or young adult (beneficiary)"), fill=BENEFICIARY),
            LegendEntry(self.tr("other relative"), fill=RELATIVE),
        ]


def _rect(slot: Slot) -> QRectF:
    x = slot.column * STEP_X - NODE_W / 2
    return QRectF(x, slot.generation * STEP_Y, NODE_W, NODE_H)


def _spread(ends: dict[uuid.UUID, list[tuple[float, int]]], nodes: dict[uuid.UUID, QRectF],
            *, low: bool) -> dict[int, QPointF]:
    """Line ends along a box's bottom (``low``) or top, ordered by where the other end is."""
    points: dict[int, QPointF] = {}
    for person_id, items in ends.items():
        rect = nodes[person_id]
        items.sort()
        usable = rect.width() * 0.6
        for rank, (_column, index) in enumerate(items):
            share = 0.5 if len(items) == 1 else rank / (len(items) - 1)
            x = rect.center().x() - usable / 2 + usable * share
            points[index] = QPointF(x, rect.bottom() if low else rect.top())
    return points


def _bracket(a: QRectF, b: QRectF, kind: RelationshipKind, rank: int) -> QPainterPath:
    """A same-row tie: a straight line between neighbours, else a bracket under the row."""
    left, right = (a, b) if a.center().x() <= b.center().x() else (b, a)
    path = QPainterPath()
    if kind == RelationshipKind.PARTNER and right.left() - left.right() < NODE_W:
        y = left.center().y() + 6
        path.moveTo(left.right(), y)
        path.lineTo(right.left(), y)
        return path
    depth = BRACKET + 5 * (rank % 4)
    shift = 8 * (rank % 4)
    start = QPointF(left.center().x() - shift, left.bottom())
    end = QPointF(right.center().x() - shift, right.bottom())
    path.moveTo(start)
    path.lineTo(start.x(), start.y() + depth)
    path.lineTo(end.x(), end.y() + depth)
    path.lineTo(end)
    return path
