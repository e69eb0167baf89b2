"""What a form field holds, as a draft keeps it (plain JSON values), and back.

The wizards and the dialogs keep what the agent types as drafts in the encrypted store; both
read and restore their fields through these two functions.
"""

from __future__ import annotations

from typing import Any

from ui.qt import QCheckBox, QComboBox, QDate, QDateEdit, QLineEdit, QPlainTextEdit

Field = QLineEdit | QPlainTextEdit | QComboBox | QCheckBox | QDateEdit


def field_value(widget: Field) -> Any:
    """The field's value: text, the combo's item data, a bool, or an ISO date."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return widget.date().toString("yyyy-MM-dd")


def set_field_value(widget: Field, value: Any) -> None:
    """Put a value read by ``field_value`` back (an unknown combo value is left alone)."""
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        widget.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))


def changed_signal_of(widget: Field) -> Any:
    """The signal a field emits when the agent changes it."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    return widget.dateChanged
