"""Sending a document to a printer through the operating system's print spooler.

The agent prints the plan at the family's table on a local or office printer, offline: the
PDF bytes go to the spooler on standard input (`lp`, CUPS on Linux and macOS), never through a
file of ours. The job's title names the document and its version, never the family: spooler
queues are visible to other users of the machine. Where there is no `lp` (Windows), the pages
are painted on Qt's printer instead (``ui.printer_painting``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from app.errors import UserInputError
from app.i18n import QT_TRANSLATE_NOOP
from ui.printer_painting import paint_on_printer

LP_TIMEOUT_S = 30


def send_to_printer(pdf: bytes, printer: str, title: str) -> str:
    """Queue ``pdf`` on ``printer``; returns the spooler's job id ("" when unknown)."""
    lp = None if sys.platform == "win32" else shutil.which("lp")
    if lp is None:
        paint_on_printer(pdf, printer, title)
        return ""
    try:
        done = subprocess.run([lp, "-d", printer, "-t", title], input=pdf,
                              capture_output=True, timeout=LP_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Printing", "The printer {printer} did not answer. Check that it is on and "
                        "connected, then print again.").format(printer=printer)) from exc
    if done.returncode != 0:
        raise UserInputError(QT_TRANSLATE_NOOP(
            "Printing", "The print system refused the job for {printer}: {reason}").format(
                printer=printer, reason=done.stderr.decode(errors="replace").strip()))
    found = re.search(rb"request id is (\S+)", done.stdout)
    return found.group(1).decode() if found else ""
