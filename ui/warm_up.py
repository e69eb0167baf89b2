"""Prepare, invisibly and in small steps, the kinds of widgets a window is made of.

The first table, graphics view, rich-text label and button of a session each cost about 10 ms
more than later ones (styles, fonts, glyph caches); together they made opening the first
dossier of the day a 60-80 ms jerk. Once the caseload is on screen, one of them at a time is
built offscreen and thrown away, each in its own turn of the event loop. The main window is
prepared the same way while the passphrase is typed (``ui.main``): its first toolbar alone
cost 10-15 ms more than later ones.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.plain import PlainLabel, rich
from ui.qt import (
    QAction,
    QComboBox,
    QDockWidget,
    QKeySequence,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    Qt,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
    in_turns,
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
    from ui.family_map.drawing import MapView  # loaded with the main window already
    from ui.family_map.genogram import GenogramScene
    scene = GenogramScene(None)
    view = MapView(scene)
    view.destroyed.connect(scene.deleteLater)
    _shown_offscreen(view)


def _texts() -> None:
    tabs = QTabWidget()
    tabs.addTab(rich(PlainLabel(), "<b>Dossier</b> — {name}", name="É"), "Famille (2)")
    tabs.addTab(QPushButton("Imprimer…"), "Génogramme")
    _shown_offscreen(tabs)


def _overview() -> None:
    """The dossier window's first page and bar: a scroll area of titled boxes with wrapped
    plain text, a bold button, a menu bar."""
    from ui.qt import QGroupBox, QMenuBar, QScrollArea, QVBoxLayout
    page = QScrollArea()
    body = QWidget()
    layout = QVBoxLayout(body)
    box = QGroupBox("Prochaine action")
    inner = QVBoxLayout(box)
    label = PlainLabel("Le réexamen du projet est dû : l’ONE réexamine le projet (art. 6).")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    button = QPushButton("Enregistrer le réexamen…")
    font = button.font()
    font.setBold(True)
    button.setFont(font)
    inner.addWidget(label)
    inner.addWidget(button)
    layout.addWidget(box)
    bar = QMenuBar(body)
    bar.addMenu(QMenu("Dossier", bar))
    page.setWidgetResizable(True)
    page.setWidget(body)
    _shown_offscreen(page)


def _lazy_enums() -> None:
    """PySide6 makes a Python enum of a Qt enum when it is first used, some of them large
    (``QIcon.ThemeIcon``, ``QGradient.Preset``: 3-4 ms together); the first dossier window
    met these through overloads (actions, brushes), found by watching ``enum.EnumType``."""
    from PySide6.QtGui import QGradient, QIcon
    for owner, names in ((QIcon, ("Mode", "State", "ThemeIcon")),
                         (QGradient, ("Type", "Spread", "CoordinateMode", "InterpolationMode",
                                      "Preset"))):
        for name in names:
            getattr(owner, name)


STEPS: tuple[Callable[[], None], ...] = (_lazy_enums, _table, _drawing, _texts, _overview)


def main_window_toolbar() -> None:
    """A toolbar with an action, its shortcut and a menu button, in a main window: the first
    of a session cost 10-15 ms more than the caseload window's own (style, icons, shortcuts)."""
    window = QMainWindow()
    bar = QToolBar("Dossiers")
    action = QAction("Actualiser", window)
    action.setShortcut(QKeySequence("Ctrl+L"))
    bar.addAction(action)
    button = QToolButton()
    button.setMenu(QMenu(button))
    bar.addWidget(button)
    window.addToolBar(bar)
    window.deleteLater()


def main_window_parts() -> None:
    """The caseload window's other kinds: a table, a combo box, a dock with a list."""
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    combo = QComboBox(window)
    combo.addItem("Toutes les étapes")
    dock = QDockWidget("Cette semaine", window)
    dock.setWidget(QListWidget())
    window.statusBar()
    window.deleteLater()


def warm_dossier_widgets(steps: tuple[Callable[[], None], ...] = STEPS) -> None:
    """Run one step now and schedule the rest, one per event-loop turn."""
    in_turns(steps, STEP_MS)
