"""The one module that imports Qt: every other ui module imports from here.

Keeping Qt behind one door makes the binding replaceable and the GUI-free core checkable.
"""

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QElapsedTimer,
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
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid as _is_valid

__all__ = [
    "QAbstractItemView",
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QCheckBox",
    "QCloseEvent",
    "QComboBox",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDialog",
    "QDialogButtonBox",
    "QDockWidget",
    "QElapsedTimer",
    "QEvent",
    "QFont",
    "QFormLayout",
    "QFrame",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QImage",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPersistentModelIndex",
    "QPlainTextEdit",
    "QProgressBar",
    "QPushButton",
    "QRunnable",
    "QSortFilterProxyModel",
    "QStatusBar",
    "QTabWidget",
    "QTableView",
    "QTableWidget",
    "QTableWidgetItem",
    "QThreadPool",
    "QTimer",
    "QToolBar",
    "QTranslator",
    "QVBoxLayout",
    "QWidget",
    "QWizard",
    "QWizardPage",
    "Qt",
    "Signal",
    "Slot",
]

# The step wizards' layouts (kept apart from the list above to ease concurrent edits).
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QGroupBox, QScrollArea

__all__ += ["QAbstractButton", "QGridLayout", "QGroupBox", "QScrollArea"]


def is_alive(qt_object: object) -> bool:
    """False once Qt deleted the object: a result arriving from the store lane after its
    window was closed and deleted (a lock, the end of a session) must not touch it."""
    return bool(_is_valid(qt_object))


__all__ += ["is_alive"]
