"""Read a PDF back with poppler from stdin: the family's document is never written to disk."""

from __future__ import annotations

import os
import subprocess

from app.documents.texts import NBSP


def poppler(tool: str, pdf: bytes, *args: str) -> str:
    return subprocess.run([tool, *args, "-", *(["-"] if tool == "pdftotext" else [])],
                          input=pdf, capture_output=True, check=True).stdout.decode("utf-8")


def words(pdf: bytes) -> str:
    """The text with every run of white space (line ends in table cells too) as one space."""
    return " ".join(poppler("pdftotext", pdf).replace(NBSP, " ").split())


def pages(pdf: bytes) -> list[str]:
    return poppler("pdftotext", pdf).split("\f")[:-1]


def assert_fonts_embedded(pdf: bytes) -> None:
    """Every font is an embedded DejaVu face: never Helvetica nor another base font."""
    rows = [line.split() for line in poppler("pdffonts", pdf).splitlines()[2:]]
    assert rows
    for row in rows:
        assert "DejaVuSans" in row[0] and row[-5] == "yes", row


def screenshot(pdf: bytes, name: str, last_page: int = 4) -> None:
    """With ``DOCUMENT_SCREENSHOTS=<dir>``, the pages (up to ``last_page``) as
    ``<dir>/<name>.png``, or ``<name>-1.png``, ``<name>-2.png``... (60 dpi), to refresh
    docs/screenshots/documents from the synthetic families."""
    folder = os.environ.get("DOCUMENT_SCREENSHOTS")
    if not folder:
        return
    count = len(pages(pdf))
    single = ["-singlefile"] if count == 1 else []
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", str(last_page), *single,
                    "-", os.path.join(folder, name)], input=pdf, check=True)
