"""Keyboard and screen-reader support shared by every window.

- ``install_accessibility``: once per application — placeholder text readable at 4.5:1 or
  more, a visible frame around the focused text area, table, list or tab bar, and the window
  role for the top-level ``QWidget`` windows that declare one (``setWindowRole``).
- ``announce``: show an error text and make screen readers say it (an alert and a name
  change on the label), the field concerned carrying it as its description.
- ``fit_to_screen``: a window's opening size, capped to the screen it opens on (150 % scaling
  on a 1366x768 laptop leaves 910x512 logical pixels).
- ``keep_tab_moving``: Tab leaves tables, lists and text areas instead of moving inside them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui import qt
from ui.qt import QApplication, QGuiApplication, QLabel, QObject, QWidget, is_alive

if TYPE_CHECKING:  # the rest loads on first use (ui.qt: the unlock dialog shows sooner)
    from ui.qt import (
        QAccessibleEvent,
        QAccessibleInterface,
        QColor,
        QFocusFrame,
        QPalette,
    )

#: WCAG 2.1 AA for normal text.
MINIMUM_CONTRAST = 4.5
#: Room left for a taskbar or a top panel below the available geometry the OS reports.
TASKBAR_ALLOWANCE = 48
#: The window manager's frame around a window, title bar included (logical pixels).
FRAME_WIDTH, FRAME_HEIGHT = 16, 32


def relative_luminance(color: QColor) -> float:
    """WCAG 2.1 relative luminance of an opaque colour."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(color.red()) + 0.7152 * channel(color.green())
            + 0.0722 * channel(color.blue()))


def over(color: QColor, background: QColor) -> QColor:
    """``color`` as painted over an opaque ``background`` (its alpha blended in)."""
    alpha = color.alphaF()
    return qt.QColor(*(round(alpha * a + (1 - alpha) * b) for a, b in (
        (color.red(), background.red()), (color.green(), background.green()),
        (color.blue(), background.blue()))))


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG contrast of ``foreground`` (alpha blended) painted on ``background``."""
    lighter, darker = sorted((relative_luminance(over(foreground, background)),
                              relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_placeholder(palette: QPalette) -> QColor:
    """The palette's placeholder colour, darkened (or lightened on a dark base) until it
    reads at ``MINIMUM_CONTRAST`` on the fields' background; still lighter than the text."""
    base = palette.color(qt.QPalette.ColorRole.Base)
    color = over(palette.color(qt.QPalette.ColorRole.PlaceholderText), base)
    dark_base = relative_luminance(base) < 0.5
    while contrast_ratio(color, base) < MINIMUM_CONTRAST + 0.1:
        step = 4 if dark_base else -4
        color = qt.QColor(*(max(0, min(255, v + step))
                         for v in (color.red(), color.green(), color.blue())))
    return color


class _FocusIndicator(QObject):
    """One frame that follows the focus to text areas, item views and tab bars, whose own
    focus indication (a thin highlight, the current cell only) is hard to see."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        frame = self._frame if self._frame is not None and is_alive(self._frame) else None
        framed = (qt.QAbstractItemView, qt.QPlainTextEdit, qt.QTextEdit)
        if new is None or not isinstance(new, framed) or new.parentWidget() is None:
            if frame is not None:
                frame.setWidget(None)  # type: ignore[arg-type]  # stops following
            return
        if frame is None:
            frame = qt.QFocusFrame()
            frame.setObjectName("focusFrame")
            self._frame = frame
        frame.setWidget(new)
        frame.show()


def _window_role_factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    """A top-level ``QWidget`` is exposed as a plain "client" area: the ones that say they are
    windows (``setWindowRole``) get the window role, as dialogs and main windows have."""
    if isinstance(obj, QWidget) and type(obj).__name__ == key and obj.isWindow() \
            and obj.windowRole():
        return qt.QAccessibleWidget(obj, qt.QAccessible.Role.Window)
    return None


_installed: list[QObject] = []


def install_accessibility(app: QApplication) -> None:
    """Once per application (again is harmless)."""
    palette = app.palette()
    palette.setColor(qt.QPalette.ColorRole.PlaceholderText, readable_placeholder(palette))
    app.setPalette(palette)
    if not _installed:
        _installed.append(_FocusIndicator(app))
        qt.QAccessible.installFactory(_window_role_factory)


def _update(event: QAccessibleEvent) -> None:
    qt.QAccessible.updateAccessibility(event)


def announce(label: QLabel, text: str, field: QWidget | None = None) -> None:
    """Show ``text`` in ``label`` (hidden when empty) and have screen readers say it; the
    ``field`` concerned describes itself with it while it stands."""
    label.setText(text)
    label.setVisible(bool(text))
    say(label, *(() if field is None else (field,)))


def say(label: QLabel, *fields: QWidget) -> None:
    """Tell screen readers that ``label`` shows a new text (an alert when there is one); the
    ``fields`` it is about carry it as their description."""
    text = label.text()
    label.setAccessibleDescription(text)
    for field in fields:
        field.setAccessibleDescription(text)
    if text:
        _update(qt.QAccessibleEvent(label, qt.QAccessible.Event.NameChanged))
        _update(qt.QAccessibleEvent(label, qt.QAccessible.Event.Alert))


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, no larger than the screen it opens on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME_WIDTH)
        height = min(height, room.height() - TASKBAR_ALLOWANCE - FRAME_HEIGHT)
    window.resize(width, height)


def name_overflow(toolbar: QWidget) -> None:
    """The » button of a tool bar too narrow for its commands says what it is."""
    more = toolbar.findChild(qt.QToolButton, "qt_toolbar_ext_button")
    if more is not None:
        more.setAccessibleName(QApplication.translate("Accessibility", "More commands"))
        more.setToolTip(more.accessibleName())


def keep_tab_moving(*widgets: QWidget) -> None:
    """Tab goes to the next control: out of a table or list (not to its next cell), out of a
    text area (no tab character typed)."""
    for widget in widgets:
        if isinstance(widget, qt.QAbstractItemView):
            widget.setTabKeyNavigation(False)
        elif isinstance(widget, qt.QPlainTextEdit | qt.QTextEdit):
            widget.setTabChangesFocus(True)
