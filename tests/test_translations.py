"""Every text a user reads is translated: French complete, German complete, .qm up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from installer import translations

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_text_of_the_code_is_translated(language: str, tmp_path: Path) -> None:
    target = tmp_path / f"cpi_{language}.ts"
    shutil.copy(translations.ts_path(language), target)
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lupdate"), *translations.sources(),
         "-no-obsolete", "-locations", "none", "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )
    assert translations.unfinished(target) == []


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_shipped_qm_matches_the_ts(language: str, tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"),
         str(translations.ts_path(language)), "-qm", str(built)],
        check=True, capture_output=True,
    )
    shipped = translations.TRANSLATIONS / f"cpi_{language}.qm"
    assert shipped.read_bytes() == built.read_bytes(), "run installer/translations.py release"


def test_german_says_akte_for_a_dossier() -> None:
    """One word for one thing: the German texts call a dossier "Akte" (the word most of them
    used), never "Dossier" (placeholders such as {dossier} aside)."""
    mixed = []
    for message in ET.parse(translations.ts_path("de")).getroot().iter("message"):
        source = message.findtext("source") or ""
        text = re.sub(r"\{[^}]*\}", "", message.findtext("translation") or "")
        if "dossier" in source.casefold() and "dossier" in text.casefold():
            mixed.append(source)
    assert mixed == []
