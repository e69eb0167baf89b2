"""A field's maximum length in the forms (``app.domain.text_limits``, issue 18).

- A text area gets a counter under it, "123 / 2 000", that turns to a warning past the limit
  (red, the text saying how many characters to remove, a screen reader told as it changes);
  the service refuses the text on saving anyway (``text.too_long``), so nothing is cut
  without the agent's say.
- A one-line field holds at most its limit (``setMaxLength``): a name or an address line
  never comes near it when typed, and a paste is cut where the field ends, as everywhere.
"""

from __future__ import annotations

from app.domain.text_limits import text_limit
from app.rules.lengths import grouped
from ui import qt
from ui.plain import PlainLabel
from ui.qt import QFormLayout, QLabel, QLineEdit, QWidget

#: The colour of error texts (ui.unlock_dialog.ERROR_STYLE): 4.5:1 or more on white.
WARNING_STYLE = "color:#b00020; font-weight:bold;"
#: Below this share of the limit the counter stays quiet (shown, greyed).
QUIET_SHARE = 0.8


class LimitCounter(PlainLabel):
    """The count of characters of ``editor`` against ``limit``, kept up to date."""

    def __init__(self, editor: qt.QPlainTextEdit, limit: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.limit = editor, limit
        self.setAlignment(qt.Qt.AlignmentFlag.AlignRight)
        self.setObjectName(f"{editor.objectName() or 'text'}Counter")
        self._over: bool | None = None
        editor.textChanged.connect(self.refresh)
        self.refresh()

    @property
    def length(self) -> int:
        return len(self.editor.toPlainText())

    @property
    def over(self) -> bool:
        return self.length > self.limit

    def refresh(self) -> None:
        length, over = self.length, self.over
        self.setText(f"{grouped(length)} / {grouped(self.limit)}")
        if over:
            spoken = self.tr("{length} characters of {limit} at most: remove {extra}.").format(
                length=grouped(length), limit=grouped(self.limit),
                extra=grouped(length - self.limit))
        else:
            spoken = self.tr("{length} characters of {limit} at most.").format(
                length=grouped(length), limit=grouped(self.limit))
        self.setToolTip(spoken)
        self.setAccessibleName(spoken)
        self.editor.setAccessibleDescription(spoken if over else "")
        if over != self._over:
            self._over = over
            self.setStyleSheet(WARNING_STYLE if over else "color:palette(placeholder-text);")
            if over:
                announce_change(self)

    def isOver(self) -> bool:
        return self.over


def announce_change(label: QLabel) -> None:
    """Tell a screen reader the counter turned to a warning (an alert event on the label)."""
    event = qt.QAccessibleEvent(label, qt.QAccessible.Event.Alert)
    qt.QAccessible.updateAccessibility(event)


def add_counter(form: QFormLayout, editor: qt.QPlainTextEdit, entity: str,
                field: str) -> LimitCounter | None:
    """Put the counter of ``entity.field`` on the row under ``editor`` in ``form`` (right
    after the editor's own row); None when the field has no limit."""
    limit = text_limit(entity, field)
    if limit is None:
        return None
    counter = LimitCounter(editor, limit)
    form.addRow("", counter)
    return counter


def limit_line(editor: QLineEdit, entity: str, field: str) -> QLineEdit:
    """``editor`` holding at most the field's limit; returned for chaining."""
    limit = text_limit(entity, field)
    if limit is not None:
        editor.setMaxLength(limit)
    return editor


def counter_of(editor: qt.QPlainTextEdit) -> LimitCounter | None:
    """The counter ``add_counter`` put under ``editor`` (tests, and forms that check it)."""
    window = editor.window()
    for counter in window.findChildren(LimitCounter):
        if counter.editor is editor:
            return counter
    return None
