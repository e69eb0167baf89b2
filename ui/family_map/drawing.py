"""What the genogram and the ecomap share: the view that fits the drawing, text, boxes, legend.

Drawings are plain QGraphicsScenes so that the screen, the printer and the in-memory PDF all
render the same items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ui.qt import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QPainter,
    QPainterPath,
    QPen,
    QPointF,
    QRectF,
    QResizeEvent,
    Qt,
    QWidget,
)

INK = QColor("#1f2933")
MUTED = QColor("#52606d")
MARGIN = 24.0


def font(points: float = 9.0, *, bold: bool = False, italic: bool = False) -> QFont:
    chosen = QFont()
    chosen.setPointSizeF(points)
    chosen.setBold(bold)
    chosen.setItalic(italic)
    return chosen


def elided(text: str, chosen: QFont, width: float) -> str:
    """The text cut with "…" to fit ``width`` (the full text goes in the tooltip)."""
    return QFontMetricsF(chosen).elidedText(text, Qt.TextElideMode.ElideRight, width)


def add_text(scene: QGraphicsScene, text: str, chosen: QFont, x: float, y: float,
             width: float | None = None, *, colour: QColor = INK, centred: bool = False,
             parent: QGraphicsItem | None = None) -> QGraphicsSimpleTextItem:
    """A line of text at (x, y) top-left, or centred on x; elided to ``width`` if given."""
    shown = elided(text, chosen, width) if width is not None else text
    item = QGraphicsSimpleTextItem(shown, parent)
    if parent is None:
        scene.addItem(item)
    item.setFont(chosen)
    item.setBrush(QBrush(colour))
    offset = item.boundingRect().width() / 2 if centred else 0.0
    item.setPos(x - offset, y)
    return item


def add_box(scene: QGraphicsScene, rect: QRectF, *, fill: QColor, pen: QPen,
            radius: float = 10.0) -> QGraphicsPathItem:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    item = scene.addPath(path, pen, QBrush(fill))
    return item


def add_badge(scene: QGraphicsScene, text: str, x: float, y: float, fill: QColor,
              tooltip: str) -> QGraphicsRectItem:
    """A small filled tag (parental authority, legal representative) at (x, y)."""
    chosen = font(7.5, bold=True)
    width = badge_width(text)
    badge = scene.addRect(QRectF(x, y, width, 15), QPen(Qt.PenStyle.NoPen), QBrush(fill))
    badge.setToolTip(tooltip)
    badge.setData(0, text)
    label = add_text(scene, text, chosen, width / 2, 1, colour=QColor("white"), centred=True,
                     parent=badge)
    label.setPos(label.pos() + QPointF(x, y))
    return badge


@dataclass(frozen=True)
class LegendEntry:
    text: str
    pen: QPen | None = None  # a line sample
    fill: QColor | None = None  # a box sample, or the badge's colour
    badge: str = ""  # a badge sample


def add_legend(scene: QGraphicsScene, title: str, entries: Sequence[LegendEntry],
               x: float, y: float) -> QRectF:
    """A framed legend whose top-left corner is at (x, y); returns its rectangle."""
    chosen = font(8.5)
    top = y + 8
    add_text(scene, title, font(9, bold=True), x + 10, top)
    top += 22
    widest = QFontMetricsF(font(9, bold=True)).horizontalAdvance(title)
    for entry in entries:
        middle = top + 8
        if entry.pen is not None:
            scene.addLine(x + 10, middle, x + 46, middle, entry.pen)
        elif entry.badge:
            add_badge(scene, entry.badge, x + 16, top + 1, entry.fill or INK, entry.text)
        elif entry.fill is not None:
            add_box(scene, QRectF(x + 14, top + 1, 28, 14), fill=entry.fill,
                    pen=QPen(INK, 1), radius=4)
        add_text(scene, entry.text, chosen, x + 54, top)
        widest = max(widest, 44 + QFontMetricsF(chosen).horizontalAdvance(entry.text))
        top += 20
    frame = QRectF(x, y, widest + 24, top - y + 6)
    border = scene.addRect(frame, QPen(QColor("#cbd2d9"), 1), QBrush(QColor("#fbfcfd")))
    border.setZValue(-10)
    return frame


def badge_width(text: str) -> float:
    return QFontMetricsF(font(7.5, bold=True)).horizontalAdvance(text) + 8


def line_pen(colour: str, width: float = 1.4,
             style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(colour), width, style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


class MapView(QGraphicsView):
    """Shows the whole drawing, scaled down to fit the tab, never blown up past 100 %."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.scene().setSceneRect(rect)
        self.resetTransform()
        view = self.viewport().rect()
        if rect.width() > 0 and rect.height() > 0 and view.width() > 0:
            scale = min(1.0, view.width() / rect.width(), view.height() / rect.height())
            self.scale(scale, scale)
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
