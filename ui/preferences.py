"""The Preferences dialog (Ctrl+,): how soon the caseload locks itself, and the language.

The dialog only edits a ``Preferences`` value; the ``Application`` saves it and applies it at
once (idle timer, translators), so nothing here needs a restart or touches the store.
"""

from __future__ import annotations

from ui.plain import PlainLabel
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.settings import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, Preferences


class PreferencesDialog(QDialog):
    #: The agent asked to enrol this computer with the ONE server (the application opens it).
    enrol_requested = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(preferences.idle_minutes)
        self.idle_minutes.setAccessibleName(self.tr("Lock after this many idle minutes"))
        idle_label = PlainLabel(self.tr("&Lock after"))
        idle_label.setBuddy(self.idle_minutes)
        form.addRow(idle_label, self.idle_minutes)
        idle_hint = PlainLabel(self.tr("Without keyboard or mouse for this long, the caseload "
                                   "closes and asks for the passphrase again."))
        idle_hint.setWordWrap(True)
        form.addRow("", idle_hint)

        self.language = QComboBox()
        self.language.setObjectName("language")
        # Each language in its own name, so that an agent lost in a foreign one finds theirs.
        self.language.addItem("Français", "fr")
        self.language.addItem("Deutsch", "de")
        self.language.addItem(self.tr("English (for developers)"), "en")
        self.language.setCurrentIndex(max(self.language.findData(preferences.language), 0))
        self.language.setAccessibleName(self.tr("Language"))
        language_label = PlainLabel(self.tr("L&anguage"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        layout.addLayout(form)

        self.enrol_button = QPushButton(self.tr("Enrol this computer with the ONE server…"))
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.setAccessibleName(self.tr("Enrol this computer for sync"))
        self.enrol_button.clicked.connect(self.enrol_requested)
        layout.addWidget(self.enrol_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.idle_minutes.setFocus()

    def chosen(self) -> Preferences:
        """The preferences as edited (meaningful once the dialog is accepted)."""
        return Preferences(idle_minutes=self.idle_minutes.value(),
                           language=str(self.language.currentData()))
