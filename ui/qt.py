"""The one module that imports Qt: every other ui module imports from here.

Keeping Qt behind one door makes the binding replaceable and the GUI-free core checkable. What
the unlock dialog needs is imported at once; the rest (printing, D-Bus, graphics, the
caseload's and the wizards' widgets) on first use: each PySide6 name costs its type's set-up,
and importing them all made the unlock dialog 1.8 times slower to appear than a bare window.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QRunnable,
    QSettings,
    QThreadPool,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QInputEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid as _is_valid

if TYPE_CHECKING:
    from PySide6.QtCore import (
        SLOT,
        QAbstractNativeEventFilter,
        QAbstractTableModel,
        QBuffer,
        QByteArray,
        QDate,
        QElapsedTimer,
        QEventLoop,
        QIODevice,
        QMarginsF,
        QModelIndex,
        QPersistentModelIndex,
        QPoint,
        QPointF,
        QRectF,
        QSortFilterProxyModel,
        Qt,
    )
    from PySide6.QtDBus import (
        QDBusConnection,
        QDBusMessage,
    )
    from PySide6.QtGui import (
        QAccessible,
        QAccessibleEvent,
        QAccessibleInterface,
        QAction,
        QBrush,
        QCloseEvent,
        QColor,
        QDragEnterEvent,
        QDropEvent,
        QFontMetricsF,
        QImage,
        QKeySequence,
        QPageLayout,
        QPageSize,
        QPainter,
        QPainterPath,
        QPalette,
        QPdfWriter,
        QPen,
        QPixmap,
        QResizeEvent,
        QShowEvent,
    )
    from PySide6.QtPrintSupport import (
        QPrintDialog,
        QPrinter,
        QPrinterInfo,
    )
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAccessibleWidget,
        QCheckBox,
        QComboBox,
        QDateEdit,
        QDialogButtonBox,
        QDockWidget,
        QFileDialog,
        QFocusFrame,
        QFrame,
        QGraphicsEllipseItem,
        QGraphicsItem,
        QGraphicsPathItem,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsView,
        QGridLayout,
        QGroupBox,
        QHeaderView,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QMenu,
        QMenuBar,
        QMessageBox,
        QPlainTextEdit,
        QScrollArea,
        QSizePolicy,
        QSpinBox,
        QStatusBar,
        QTabBar,
        QTableView,
        QTableWidget,
        QTableWidgetItem,
        QTabWidget,
        QTextEdit,
        QToolBar,
        QToolButton,
        QWizard,
        QWizardPage,
    )

#: Imported on first use, from the module that has them.
_LAZY: dict[str, str] = {
    "QAccessible": "PySide6.QtGui",
    "QAccessibleEvent": "PySide6.QtGui",
    "QAccessibleInterface": "PySide6.QtGui",
    "QPalette": "PySide6.QtGui",
    "QAccessibleWidget": "PySide6.QtWidgets",
    "QFocusFrame": "PySide6.QtWidgets",
    "QMenuBar": "PySide6.QtWidgets",
    "QTabBar": "PySide6.QtWidgets",
    "QTextEdit": "PySide6.QtWidgets",
    "QFrame": "PySide6.QtWidgets",
    "QDialogButtonBox": "PySide6.QtWidgets",
    "QCheckBox": "PySide6.QtWidgets",
    "QKeySequence": "PySide6.QtGui",
    "QCloseEvent": "PySide6.QtGui",
    "QDragEnterEvent": "PySide6.QtGui",
    "QDropEvent": "PySide6.QtGui",
    "QAction": "PySide6.QtGui",
    "Qt": "PySide6.QtCore",
    "QElapsedTimer": "PySide6.QtCore",
    "QAbstractButton": "PySide6.QtWidgets",
    "QAbstractItemView": "PySide6.QtWidgets",
    "QAbstractNativeEventFilter": "PySide6.QtCore",
    "QAbstractTableModel": "PySide6.QtCore",
    "QBrush": "PySide6.QtGui",
    "QBuffer": "PySide6.QtCore",
    "QByteArray": "PySide6.QtCore",
    "QColor": "PySide6.QtGui",
    "QComboBox": "PySide6.QtWidgets",
    "QDBusConnection": "PySide6.QtDBus",
    "QDBusMessage": "PySide6.QtDBus",
    "QDate": "PySide6.QtCore",
    "QDateEdit": "PySide6.QtWidgets",
    "QDockWidget": "PySide6.QtWidgets",
    "QEventLoop": "PySide6.QtCore",
    "QFileDialog": "PySide6.QtWidgets",
    "QFontMetricsF": "PySide6.QtGui",
    "QGraphicsEllipseItem": "PySide6.QtWidgets",
    "QGraphicsItem": "PySide6.QtWidgets",
    "QGraphicsPathItem": "PySide6.QtWidgets",
    "QGraphicsRectItem": "PySide6.QtWidgets",
    "QGraphicsScene": "PySide6.QtWidgets",
    "QGraphicsSimpleTextItem": "PySide6.QtWidgets",
    "QGraphicsView": "PySide6.QtWidgets",
    "QGridLayout": "PySide6.QtWidgets",
    "QGroupBox": "PySide6.QtWidgets",
    "QHeaderView": "PySide6.QtWidgets",
    "QIODevice": "PySide6.QtCore",
    "QImage": "PySide6.QtGui",
    "QListWidget": "PySide6.QtWidgets",
    "QListWidgetItem": "PySide6.QtWidgets",
    "QMainWindow": "PySide6.QtWidgets",
    "QMenu": "PySide6.QtWidgets",
    "QMessageBox": "PySide6.QtWidgets",
    "QToolButton": "PySide6.QtWidgets",
    "QModelIndex": "PySide6.QtCore",
    "QPageLayout": "PySide6.QtGui",
    "QPageSize": "PySide6.QtGui",
    "QPainter": "PySide6.QtGui",
    "QPainterPath": "PySide6.QtGui",
    "QPdfWriter": "PySide6.QtGui",
    "QPixmap": "PySide6.QtGui",
    "QPen": "PySide6.QtGui",
    "QPersistentModelIndex": "PySide6.QtCore",
    "QPlainTextEdit": "PySide6.QtWidgets",
    "QMarginsF": "PySide6.QtCore",
    "QPoint": "PySide6.QtCore",
    "QPointF": "PySide6.QtCore",
    "QPrintDialog": "PySide6.QtPrintSupport",
    "QPrinterInfo": "PySide6.QtPrintSupport",
    "QPrinter": "PySide6.QtPrintSupport",
    "QRectF": "PySide6.QtCore",
    "QResizeEvent": "PySide6.QtGui",
    "QScrollArea": "PySide6.QtWidgets",
    "QSizePolicy": "PySide6.QtWidgets",
    "QShowEvent": "PySide6.QtGui",
    "QSortFilterProxyModel": "PySide6.QtCore",
    "QSpinBox": "PySide6.QtWidgets",
    "QStatusBar": "PySide6.QtWidgets",
    "QTabWidget": "PySide6.QtWidgets",
    "QTableView": "PySide6.QtWidgets",
    "QTableWidget": "PySide6.QtWidgets",
    "QTableWidgetItem": "PySide6.QtWidgets",
    "QToolBar": "PySide6.QtWidgets",
    "QWizard": "PySide6.QtWidgets",
    "QWizardPage": "PySide6.QtWidgets",
    "SLOT": "PySide6.QtCore",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: later lookups are plain module attributes
    return value


#: The QObject classes that PySide6 6.12 made all at once at its first type discovery (see
#: ``type_steps``), by module; with ``_LAZY``'s they are made a few at a time instead.
_DISCOVERED: dict[str, tuple[str, ...]] = {
    "PySide6.QtCore": (
        "QAbstractAnimation", "QAbstractEventDispatcher", "QAbstractListModel", "QAnimationGroup",
        "QConcatenateTablesProxyModel", "QEventLoop", "QFile", "QFileDevice", "QFileSelector",
        "QFileSystemWatcher", "QIOPipe", "QIdentityProxyModel", "QItemSelectionModel", "QLibrary",
        "QMimeData", "QParallelAnimationGroup", "QPauseAnimation", "QPluginLoader", "QProcess",
        "QPropertyAnimation", "QRangeModel", "QSaveFile", "QSequentialAnimationGroup",
        "QSharedMemory", "QSignalMapper", "QSocketNotifier", "QStringListModel", "QTemporaryFile",
        "QThread", "QTimeLine", "QTransposeProxyModel", "QVariantAnimation",
    ),
    "PySide6.QtGui": (
        "QAbstractTextDocumentLayout", "QAccessibilityHints", "QActionGroup", "QClipboard",
        "QDoubleValidator", "QDrag", "QInputDevice", "QInputMethod", "QIntValidator", "QMovie",
        "QOffscreenSurface", "QOpenGLContext", "QOpenGLContextGroup", "QPaintDeviceWindow",
        "QPointingDevice", "QPyTextObject", "QRasterWindow", "QRegularExpressionValidator",
        "QScreen", "QSessionManager", "QShortcut", "QStandardItemModel", "QStyleHints", "QSurface",
        "QSyntaxHighlighter", "QTextBlockGroup", "QTextDocument", "QTextFrame", "QTextList",
        "QTextObject", "QTextObjectInterface", "QTextTable", "QUndoGroup", "QUndoStack",
        "QValidator", "QWindow",
    ),
    "PySide6.QtWidgets": (
        "QAbstractItemDelegate", "QAbstractSlider", "QButtonGroup", "QCalendarWidget",
        "QColorDialog", "QColumnView", "QCommandLinkButton", "QCommonStyle", "QCompleter",
        "QDataWidgetMapper", "QDial", "QDoubleSpinBox", "QErrorMessage", "QFileSystemModel",
        "QFocusFrame", "QFontComboBox", "QFontDialog", "QGesture", "QGraphicsAnchor",
        "QGraphicsBlurEffect", "QGraphicsColorizeEffect", "QGraphicsDropShadowEffect",
        "QGraphicsEffect", "QGraphicsItemAnimation", "QGraphicsLayoutItem", "QGraphicsObject",
        "QGraphicsOpacityEffect", "QGraphicsProxyWidget", "QGraphicsRotation", "QGraphicsScale",
        "QGraphicsTextItem", "QGraphicsTransform", "QGraphicsWidget", "QInputDialog",
        "QItemDelegate", "QKeySequenceEdit", "QLCDNumber", "QMdiArea", "QMdiSubWindow", "QMenuBar",
        "QPanGesture", "QPinchGesture", "QPlainTextDocumentLayout", "QProgressDialog",
        "QProxyStyle", "QRadioButton", "QRhiWidget", "QRubberBand", "QScrollBar", "QScroller",
        "QSizeGrip", "QSlider", "QSpinBox", "QSplashScreen", "QSplitter", "QSplitterHandle",
        "QStackedLayout", "QStackedWidget", "QStatusBar", "QStyle", "QStyledItemDelegate",
        "QSwipeGesture", "QSystemTrayIcon", "QTabBar", "QTapAndHoldGesture", "QTapGesture",
        "QTextBrowser", "QTextEdit", "QTimeEdit", "QToolBox", "QTreeView", "QTreeWidget",
        "QUndoView", "QWidgetAction",
    ),
    "PySide6.QtDBus": (
        "QDBusAbstractAdaptor", "QDBusAbstractInterface", "QDBusAbstractInterfaceBase",
        "QDBusConnectionInterface", "QDBusInterface", "QDBusPendingCall",
        "QDBusPendingCallWatcher", "QDBusServer", "QDBusServiceWatcher", "QDBusVirtualObject",
    ),
    "PySide6.QtPrintSupport": (
        "QPageSetupDialog", "QPrintPreviewDialog", "QPrintPreviewWidget",
    ),
}


def type_steps(per_step: int = 6) -> list[Callable[[], None]]:
    """Steps that make the Python types of the classes the application uses, a few at a time
    (each step a few ms), on the GUI thread, before the store lane loads the main window's
    modules. Run one per turn of the event loop while the unlock dialog waits.

    PySide6 makes a class's type on first use. When a QObject of a class unknown to it all
    the way up to QObject reaches Python (a line edit's ``QWidgetLineControl``, the animation
    driver: every event passes through the application-wide event filters with its receiver),
    its type discovery makes every QObject class of the loaded modules at once, and again once
    more Qt modules are loaded: a 30-40 ms stall of the GUI thread while the passphrase was
    typed, at a moment nobody chose. Made here first, the discovery finds nothing left to make
    (the last step), and the lane's imports find every type made: no type is made on the lane
    while the GUI thread converts objects (``tests/ui/test_qt_types.py``).
    """
    names = [(module, name) for name, module in _LAZY.items() if name != "Qt"]
    names += [(module, name) for module, group in _DISCOVERED.items() for name in group]
    names.sort()
    steps: list[Callable[[], None]] = [partial(_make_types, [("PySide6.QtCore", "Qt")])]
    steps += [partial(_make_types, names[i:i + per_step]) for i in range(0, len(names), per_step)]
    steps.append(_discover)
    return steps


def _make_types(names: list[tuple[str, str]]) -> None:
    for module, name in names:
        value = getattr(importlib.import_module(module), name, None)
        if value is not None and name in _LAZY:
            globals()[name] = value


def _discover() -> None:
    """Show PySide6 a Qt-private QObject (a file watcher's engine): its discovery runs now."""
    from PySide6.QtCore import QFileSystemWatcher
    watcher = QFileSystemWatcher()
    watcher.children()


def in_turns(steps: Sequence[Callable[[], None]], step_ms: int) -> None:
    """Run the first step now and each next one ``step_ms`` later, one per turn of the event
    loop, so that input and paints go between them."""
    if steps:
        steps[0]()
        rest = steps[1:]
        QTimer.singleShot(step_ms, lambda: in_turns(rest, step_ms))


def is_alive(qt_object: object) -> bool:
    """False once Qt deleted the object: a result arriving from the store lane after its
    window was closed and deleted (a lock, the end of a session) must not touch it."""
    return bool(_is_valid(qt_object))


__all__ = [
    "SLOT",
    "QAbstractButton",
    "QAbstractItemView",
    "QAbstractNativeEventFilter",
    "QAbstractTableModel",
    "QAccessible",
    "QAccessibleEvent",
    "QAccessibleInterface",
    "QAccessibleWidget",
    "QAction",
    "QApplication",
    "QBrush",
    "QBuffer",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDBusConnection",
    "QDBusMessage",
    "QDate",
    "QDateEdit",
    "QDialog",
    "QDialogButtonBox",
    "QDockWidget",
    "QDragEnterEvent",
    "QDropEvent",
    "QElapsedTimer",
    "QEvent",
    "QEventLoop",
    "QFileDialog",
    "QFocusFrame",
    "QFont",
    "QFontMetricsF",
    "QFormLayout",
    "QFrame",
    "QGraphicsEllipseItem",
    "QGraphicsItem",
    "QGraphicsPathItem",
    "QGraphicsRectItem",
    "QGraphicsScene",
    "QGraphicsSimpleTextItem",
    "QGraphicsView",
    "QGridLayout",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QIODevice",
    "QImage",
    "QInputEvent",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMarginsF",
    "QMenu",
    "QMenuBar",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPageLayout",
    "QPageSize",
    "QPainter",
    "QPainterPath",
    "QPalette",
    "QPdfWriter",
    "QPen",
    "QPersistentModelIndex",
    "QPixmap",
    "QPlainTextEdit",
    "QPoint",
    "QPointF",
    "QPrintDialog",
    "QPrinter",
    "QPrinterInfo",
    "QProgressBar",
    "QPushButton",
    "QRectF",
    "QResizeEvent",
    "QRunnable",
    "QScrollArea",
    "QSettings",
    "QShowEvent",
    "QSizePolicy",
    "QSortFilterProxyModel",
    "QSpinBox",
    "QStatusBar",
    "QTabBar",
    "QTabWidget",
    "QTableView",
    "QTableWidget",
    "QTableWidgetItem",
    "QTextEdit",
    "QThreadPool",
    "QTimer",
    "QToolBar",
    "QToolButton",
    "QTranslator",
    "QVBoxLayout",
    "QWidget",
    "QWizard",
    "QWizardPage",
    "Qt",
    "Signal",
    "Slot",
    "in_turns",
    "is_alive",
    "type_steps",
]
