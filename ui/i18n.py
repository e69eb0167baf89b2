"""Load the application's and Qt's own translations (French by default, German complete)."""

from __future__ import annotations

from importlib.resources import as_file, files

from app import i18n as core_i18n
from ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str) -> None:
    """Route both Qt's texts (QWizard buttons...) and ours through ``language``."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    core_i18n.set_language(language)
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            _installed.append(qt_translator)
        own = QTranslator(app)
        with as_file(files("resources") / "translations" / f"cpi_{language}.qm") as qm:
            if own.load(str(qm)):
                _installed.append(own)
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    core_i18n.set_translator(QCoreApplication.translate)
