"""Text shown as typed (issue 18): a family named ``<h1 style="color:red">X</h1>`` must not
restyle a heading. Qt's labels and message boxes guess rich text (``Qt.AutoText``) from the
text itself, so every label of the application is a ``PlainLabel``
(tests/test_code_quality.py refuses a bare ``QLabel(``); the few that style their text opt in
with ``rich`` and escape every value they put in it."""

from __future__ import annotations

from html import escape
from typing import Any

from ui import qt
from ui.qt import QLabel

_FORMATS: dict[str, Any] = {}


def _text_format(label: QLabel | qt.QMessageBox, name: str) -> Any:
    """``Qt.TextFormat.<name>``, read from the label's own enum: the ``Qt`` namespace loads on
    first use only (ui.qt), and the unlock dialog's labels come before."""
    if name not in _FORMATS:
        _FORMATS[name] = getattr(type(label.textFormat()), name)
    return _FORMATS[name]


class PlainLabel(QLabel):
    """A label whose text is never read as markup."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(_text_format(self, "PlainText"))


def rich(label: QLabel, template: str, **values: object) -> QLabel:
    """Show ``template`` (markup written by us) with ``values`` escaped into it."""
    label.setTextFormat(_text_format(label, "RichText"))
    label.setText(template.format(**{k: escape(str(v)) for k, v in values.items()}))
    return label


def plain_message(box: qt.QMessageBox) -> qt.QMessageBox:
    """A message box whose text (a refusal naming a person, say) is shown as typed."""
    box.setTextFormat(_text_format(box, "PlainText"))
    return box


def plain_tooltip(text: str) -> str:
    """A tooltip's text shown as typed (a tooltip guesses rich text like a label does)."""
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>" if text else ""


def caption(text: str, buddy: qt.QWidget) -> PlainLabel:
    """A form row's label for ``buddy`` whose text may carry a person's name: what
    ``QFormLayout.addRow(str, field)`` makes, as plain text."""
    label = PlainLabel(text)
    label.setBuddy(buddy)
    return label
