"""Maintain the Qt Linguist files: ``update`` collects texts, ``release`` builds ``.qm``.

Run from the project root with the project's environment:
    python installer/translations.py update    # pyside6-lupdate over app/, ui/, sync/
    python installer/translations.py fill LANG FILE.json   # merge {source: translation}
    python installer/translations.py release   # pyside6-lrelease -> resources/translations/*.qm
French is the language users see by default; German must be complete; English is the source.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "de")
SOURCE_DIRS = ("app", "ui", "sync")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"cpi_{language}.ts"


def sources() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT)) for folder in SOURCE_DIRS
        for path in (ROOT / folder).rglob("*.py") if "migrations" not in path.parts
    )


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def update(target_dir: Path = TRANSLATIONS) -> None:
    for language in LANGUAGES:
        target = target_dir / f"cpi_{language}.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
             "-target-language", language, "-ts", str(target)],
            cwd=ROOT, check=True, capture_output=True,
        )


def release() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts_path(language)), "-qm",
             str(TRANSLATIONS / f"cpi_{language}.qm")], check=True, capture_output=True,
        )


def fill(language: str, mapping_file: Path) -> None:
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = ET.parse(ts_path(language))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in mapping and translation is not None:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
    tree.write(ts_path(language), encoding="utf-8", xml_declaration=True)


def unfinished(path: Path) -> list[str]:
    """Sources without a finished translation in one ``.ts`` file."""
    missing = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or not translation.text or translation.get("type"):
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["release"]:
        release()
    elif argv[:1] == ["fill"] and len(argv) == 3:
        fill(argv[1], Path(argv[2]))
    elif argv[:1] == ["check"]:
        bad = {lang: unfinished(ts_path(lang)) for lang in LANGUAGES}
        for lang, missing in bad.items():
            for source in missing:
                print(f"{lang}: {source}")
        return 1 if any(bad.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
