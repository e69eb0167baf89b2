"""The one module that imports Qt: every other ui module imports from here.

Keeping Qt behind one door makes the binding replaceable and the GUI-free core checkable.
"""

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "QAbstractItemView", "QAbstractTableModel", "QAction", "QApplication", "QCloseEvent",
    "QCoreApplication", "QDate", "QDialog", "QDialogButtonBox", "QEvent", "QFont", "QFormLayout",
    "QFrame", "QGuiApplication", "QHBoxLayout", "QHeaderView", "QImage", "QKeySequence", "QLabel",
    "QLibraryInfo", "QLineEdit", "QLocale", "QMainWindow", "QMessageBox", "QModelIndex",
    "QObject", "QPersistentModelIndex", "QProgressBar", "QPushButton", "QRunnable",
    "QSortFilterProxyModel", "QStatusBar", "QTableView", "QThreadPool", "QTimer", "QToolBar",
    "QTranslator", "QVBoxLayout", "QWidget", "Qt", "Signal", "Slot",
]
