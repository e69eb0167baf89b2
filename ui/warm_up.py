"""Prepare, invisibly and in small steps, the kinds of widgets a dossier window is made of.

The first table, graphics view, rich-text label and button of a session each cost about 10 ms
more than later ones (styles, fonts, glyph caches); together they made opening the first
dossier of the day a 60-80 ms jerk. Once the caseload is on screen, one of them at a time is
built offscreen and thrown away, each in its own turn of the event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.family_map.drawing import MapView
from ui.family_map.genogram import GenogramScene
from ui.qt import (
    QLabel,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimer,
    QWidget,
)

STEP_MS = 40


def _shown_offscreen(widget: QWidget) -> None:
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(320, 240)
    widget.show()
    widget.repaint()
    widget.close()
    widget.deleteLater()


def _table() -> None:
    table = QTableWidget(2, 2)
    table.setHorizontalHeaderLabels(["Personne", "Rôle"])
    table.setItem(0, 0, QTableWidgetItem("Évaluation"))
    _shown_offscreen(table)


def _drawing() -> None:
    scene = GenogramScene(None)
    view = MapView(scene)
    view.destroyed.connect(scene.deleteLater)
    _shown_offscreen(view)


def _texts() -> None:
    tabs = QTabWidget()
    tabs.addTab(QLabel("<b>Dossier</b> — É"), "Famille (2)")
    tabs.addTab(QPushButton("Imprimer…"), "Génogramme")
    _shown_offscreen(tabs)


STEPS: tuple[Callable[[], None], ...] = (_table, _drawing, _texts)


def warm_dossier_widgets(steps: tuple[Callable[[], None], ...] = STEPS) -> None:
    """Run one step now and schedule the rest, one per event-loop turn."""
    if steps:
        steps[0]()
        QTimer.singleShot(STEP_MS, lambda: warm_dossier_widgets(steps[1:]))
