"""User-facing texts of the core, translated without Qt.

The core must explain itself in French (German complete) but cannot import Qt. Texts are marked
with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` collects them into the same ``.ts`` files
as the UI's; at run time the core reads those ``.ts`` files with the standard XML parser, and the
UI may install Qt's own translator instead (``set_translator``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib.resources import files

DEFAULT_LANGUAGE = "fr"
SUPPORTED_LANGUAGES = ("fr", "de", "en")

Translator = Callable[[str, str], str]


@dataclass(frozen=True)
class Text:
    """A translatable text: an English source, its Qt context and named ``{placeholders}``."""

    context: str
    source: str
    params: Mapping[str, object] = field(default_factory=dict)

    def format(self, **params: object) -> Text:
        """Return the same text with values for its placeholders."""
        return Text(self.context, self.source, {**self.params, **params})

    def render(self, language: str | None = None) -> str:
        """The text in ``language`` (default: the current one), placeholders filled."""
        translated = _translate(self.context, self.source, language)
        return translated.format(**self.params) if self.params else translated

    def __str__(self) -> str:
        return self.render()


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark a text for translation; lupdate extracts the literal arguments."""
    return Text(context, source)


_state: dict[str, object] = {"language": DEFAULT_LANGUAGE, "translator": None}


def set_language(language: str) -> None:
    """Choose the language the core renders texts in (``fr``, ``de`` or ``en``)."""
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _state["language"] = language


def current_language() -> str:
    return str(_state["language"])


def set_translator(translator: Translator | None) -> None:
    """Let the UI route texts through Qt's translator (None restores the ``.ts`` reader)."""
    _state["translator"] = translator


def _translate(context: str, source: str, language: str | None) -> str:
    translator = _state["translator"]
    if language is None and callable(translator):
        return str(translator(context, source))
    lang = language or current_language()
    if lang == "en":
        return source
    return _catalogue(lang).get((context, source)) or source


@functools.cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    """Finished translations of one language, read from the shipped ``.ts`` file."""
    import xml.etree.ElementTree as ET  # only without Qt's translator: not at start-up
    resource = files("resources") / "translations" / f"cpi_{language}.ts"
    if not resource.is_file():
        return {}
    root = ET.fromstring(resource.read_bytes())
    catalogue: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            catalogue[(name, source)] = translation.text
    return catalogue
