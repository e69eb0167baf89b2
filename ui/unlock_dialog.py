"""The first thing an agent sees: create the encrypted caseload, or unlock it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import CpiError
from app.store.errors import UnlockThrottled, WrongPassphrase
from app.store.paths import StorePaths
from ui.accessibility import announce
from ui.operations import StoreOperations
from ui.plain import PlainLabel, rich
from ui.qt import (
    QDialog,
    QEvent,
    QFont,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

WARNING_STYLE = "background:#fff4e5; color:#663c00; padding:8px; border-radius:4px;"
ERROR_STYLE = "color:#b00020;"
DEMO_STYLE = "background:#e8f0fe; color:#0b3d91; padding:8px; border-radius:4px;"

if TYPE_CHECKING:  # the store and its libraries load on the store lane, after the dialog shows
    from keyring.backend import KeyringBackend

    from app.store.keyfile import KdfParams
    from app.store.migrate import MigrationProgress
    from app.store.store import Store

#: Look the system keyring up on the store lane (importing keyring costs 0.1 s at start-up).
SYSTEM_KEYRING = "system"


class UnlockDialog(QDialog):
    """Asks for the passphrase (twice when creating); the store work runs off the GUI thread."""

    #: Emitted from the worker while migrations run; queued to the GUI thread.
    migration_progress = Signal(object)

    def __init__(
        self,
        store_dir: Path,
        operations: StoreOperations,
        *,
        keyring_backend: KeyringBackend | str | None,
        kdf: KdfParams | None = None,
        demo_passphrase: str | None = None,
        after_open: Callable[[Store], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store_dir = store_dir
        self._operations = operations
        self._keyring = keyring_backend
        self._kdf = kdf
        self._after_open = after_open
        self._demo_passphrase = demo_passphrase
        self.store: Store | None = None
        self._creating = not StorePaths(store_dir).exists()
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = PlainLabel()
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setObjectName("title")
        layout.addWidget(title)

        explanation = PlainLabel()
        explanation.setWordWrap(True)
        explanation.setObjectName("explanation")
        layout.addWidget(explanation)

        if demo_passphrase:
            from ui.qt import Qt  # its namespace costs 15 ms: made later, but for the demo
            demo = PlainLabel()
            demo.setObjectName("demoBanner")
            demo.setWordWrap(True)
            demo.setStyleSheet(DEMO_STYLE)
            demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(demo)

        self.keyring_warning = self._warning()
        self.keyring_warning.setVisible(self._creating and keyring_backend is None)
        layout.addWidget(self.keyring_warning)
        if self._creating and keyring_backend == SYSTEM_KEYRING:
            operations.run(self._resolve_keyring, self._keyring_known, self._failed)

        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self._caption(self.passphrase), self.passphrase)
        self.confirmation = QLineEdit()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        if self._creating:
            form.addRow(self._caption(self.confirmation), self.confirmation)
        layout.addLayout(form)

        self.message = PlainLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.migration_progress.connect(self._show_migration)

        self.submit = QPushButton()
        self.submit.setObjectName("submit")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._submit)
        buttons = QHBoxLayout()  # on the right, without Qt's namespace (15 ms at start-up)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout.addLayout(buttons)
        self.passphrase.setFocus()
        self._set_texts()

    @property
    def creating(self) -> bool:
        return self._creating

    @staticmethod
    def _caption(field: QWidget) -> QLabel:
        """A form row's label (its text in ``_set_texts``), naming ``field``."""
        caption = PlainLabel()
        caption.setBuddy(field)
        return caption

    def _warning(self) -> QLabel:
        label = PlainLabel()
        label.setObjectName("keyringWarning")
        label.setWordWrap(True)
        label.setStyleSheet(WARNING_STYLE)
        return label

    def _resolve_keyring(self) -> KeyringBackend | None:
        """On the store lane: the system keyring, looked up once."""
        if self._keyring == SYSTEM_KEYRING:
            from app.store import device_secret
            self._keyring = device_secret.system_keyring()
        return None if isinstance(self._keyring, str) else self._keyring

    def _keyring_known(self, backend: KeyringBackend | None) -> None:
        self.keyring_warning.setVisible(self._creating and backend is None)

    def _submit(self) -> None:
        passphrase, confirmation = self.passphrase.text(), self.confirmation.text()
        self._set_busy(True)
        self._operations.run(lambda: self._open(passphrase, confirmation), self._succeeded,
                             self._failed)

    def _open(self, passphrase: str, confirmation: str) -> Store:
        """On the store lane: create or unlock (the store modules load here the first time)."""
        from app.store.keyfile import DEFAULT_KDF
        from app.store.store import create_store, unlock_store
        keyring_backend = self._resolve_keyring()
        if self._creating:
            return self._opened(create_store(
                self._store_dir, passphrase, confirmation, keyring_backend=keyring_backend,
                kdf=self._kdf or DEFAULT_KDF, progress=self.migration_progress.emit))
        return self._opened(unlock_store(
            self._store_dir, passphrase, keyring_backend=keyring_backend,
            progress=self.migration_progress.emit))

    def _opened(self, store: Store) -> Store:
        """Still on the worker: let the caller prepare the store before the window shows."""
        if self._after_open is not None:
            try:
                self._after_open(store)
            except BaseException:
                store.lock()
                raise
        return store

    def _show_migration(self, step: MigrationProgress) -> None:
        self.progress.setRange(0, step.total)
        self.progress.setValue(step.done)
        self.progress.setFormat(self.tr("Updating the caseload format: %v / %m"))

    def _succeeded(self, store: Store) -> None:
        self._set_busy(False)
        self.store = store
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, CpiError):
            raise exc
        announce(self.message, exc.message(), self.passphrase)
        if isinstance(exc, WrongPassphrase | UnlockThrottled):
            # Keep what was typed (selected, so retyping replaces it) and wait if throttled.
            self.passphrase.selectAll()
            wait = (exc.next_delay_seconds if isinstance(exc, WrongPassphrase)
                    else exc.remaining_seconds)
            self._start_countdown(round(wait))
        self.passphrase.setFocus()

    def _start_countdown(self, seconds: int) -> None:
        if seconds <= 0:
            return
        self._wait_left = seconds
        self.submit.setEnabled(False)
        self._countdown.start()
        self._tick_label()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.submit.setEnabled(True)
            self.submit.setText(self.tr("Unlock"))
            return
        self._tick_label()

    def _tick_label(self) -> None:
        self.submit.setText(self.tr("Wait {seconds} s").format(seconds=self._wait_left))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.submit.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.confirmation.setEnabled(not busy)
        if busy:
            self.message.hide()

    # --- Live language switch (see MainWindow.retranslate) --------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        super().changeEvent(event)

    def _set_texts(self) -> None:
        """Every text of the dialog, written once: when it is built and at each language
        change."""
        self.setWindowTitle(self.tr("cpi-terrain — Caseload"))
        title = self.findChild(QLabel, "title")
        if title is not None:
            title.setText(self.tr("Create your encrypted caseload") if self._creating
                          else self.tr("Unlock your caseload"))
        explanation = self.findChild(QLabel, "explanation")
        if explanation is not None:
            explanation.setText(
                self.tr("Choose a passphrase of several words. It protects the families' data "
                        "on this computer; nobody can recover it for you.") if self._creating
                else self.tr("Type your passphrase to open the dossiers stored on this "
                             "computer."))
        demo = self.findChild(QLabel, "demoBanner")
        if demo is not None and self._demo_passphrase:
            rich(demo, self.tr("Demo caseload with invented families. Its passphrase is: "
                               "<b>{passphrase}</b>"), passphrase=self._demo_passphrase)
        self.keyring_warning.setText(self.tr(
            "No system keyring is available: the caseload will be protected by the "
            "passphrase alone. Choose a particularly long passphrase."))
        form = self.findChild(QFormLayout)
        if form is not None:
            for field, text in ((self.passphrase, self.tr("Passphrase")),
                                (self.confirmation, self.tr("Passphrase again"))):
                label = form.labelForField(field)
                if isinstance(label, QLabel):
                    label.setText(text)
        if self._countdown.isActive():
            self._tick_label()
        else:
            self.submit.setText(self.tr("Create") if self._creating else self.tr("Unlock"))
