"""The agent's preferences: idle lock delay and language, kept with QSettings.

Only non-personal choices live here (an INI file in the user's configuration folder, readable
without the passphrase), never a name or a dossier. The file is an INI on every platform so that
tests can point it at a temporary folder with ``QSettings.setPath``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES
from ui.qt import QSettings

ORGANISATION = "ONE"
APPLICATION = "cpi-terrain"
SETTINGS_FORMAT = QSettings.Format.IniFormat
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES, DEFAULT_IDLE_MINUTES = 1, 60, 5


@dataclass(frozen=True)
class Preferences:
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    language: str = DEFAULT_LANGUAGE

    @property
    def idle_ms(self) -> int:
        return self.idle_minutes * 60 * 1000


def app_settings() -> QSettings:
    """The application's settings file (``ONE/cpi-terrain.ini``)."""
    return QSettings(SETTINGS_FORMAT, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def load_preferences(settings: QSettings) -> Preferences:
    """What was saved, with defaults for missing or hand-edited nonsense values."""
    try:
        minutes = int(str(settings.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)))
    except ValueError:
        minutes = DEFAULT_IDLE_MINUTES
    minutes = min(max(minutes, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)
    language = str(settings.value("ui/language", DEFAULT_LANGUAGE))
    if language not in SUPPORTED_LANGUAGES:
        language = DEFAULT_LANGUAGE
    return Preferences(idle_minutes=minutes, language=language)


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    settings.setValue("lock/idle_minutes", preferences.idle_minutes)
    settings.setValue("ui/language", preferences.language)
    settings.sync()


def configured_server_url(settings: QSettings) -> str:
    """The office server's address the ONE's IT set when installing (``[sync] server_url``
    in the system-wide ``ONE/cpi-terrain.ini``, which QSettings reads when the agent's own
    file has none): the first run then asks only for the login."""
    return str(settings.value("sync/server_url", "") or "").strip()


def configured_ca_file(settings: QSettings) -> Path | None:
    """The ONE's own certificate authority, when IT installed one (``[sync] ca_file`` in the
    system-wide file; the Windows installer's ``/CA=``): the office server's certificate is
    then checked against it instead of the public authorities the app carries."""
    value = str(settings.value("sync/ca_file", "") or "").strip()
    return Path(value) if value else None
