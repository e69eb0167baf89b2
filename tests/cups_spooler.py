"""A real CUPS spooler for tests: a private cupsd on a socket in a temporary folder, with the
cups-pdf virtual printer writing the printed jobs as PDF files there.

cupsd drops its privileges to the `lp` user and the cups-pdf backend reads its settings from
/etc/cups, so this needs root (as CI runs); elsewhere the printing tests are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
PRINTER = "CPI-PDF"
#: What installer/linux/install.sh writes in the computer's cupsd.conf: a printed job's
#: document is removed once printed (CUPS keeps it a day by default).
INSTALLED_SETTING = "PreserveJobFiles No"


@dataclass(frozen=True)
class PdfPrinter:
    name: str
    socket: Path
    output: Path
    #: cupsd's RequestRoot: the jobs' control files (c*) and documents (d*).
    spool: Path

    def printed(self, timeout_s: float = 30) -> list[Path]:
        """Wait for the virtual printer to finish writing at least one PDF (its end marker
        written, its size steady), and return them."""
        deadline = time.monotonic() + timeout_s
        sizes: dict[Path, int] = {}
        while time.monotonic() < deadline:
            files = sorted(self.output.glob("*.pdf"))
            now = {f: f.stat().st_size for f in files}
            if files and now == sizes and all(b"%%EOF" in f.read_bytes()[-1024:] for f in files):
                return files
            sizes = now
            time.sleep(0.3)
        return []


def unavailable_reason() -> str | None:
    if os.geteuid() != 0:
        return "a private CUPS spooler needs root (CI runs as root)"
    for needed in (Path(CUPSD), CUPS_PDF_BACKEND, CUPS_PDF_PPD):
        if not needed.exists():
            return f"{needed} is missing (bootstrap.py installs cups and printer-driver-cups-pdf)"
    if shutil.which("lp") is None or shutil.which("lpadmin") is None:
        return "the CUPS client tools are missing"
    return None


@contextmanager
def pdf_printer() -> Iterator[PdfPrinter]:
    """Start cupsd with a cups-pdf printer writing into a folder of its own; stop it and
    remove the folder afterwards. The folder is not under pytest's (root-only) temporary
    directory: the filters run as `lp` and must reach it."""
    folder = Path(tempfile.mkdtemp(prefix="cpi-cups-"))
    folder.chmod(0o755)
    root, spool, temp, run, log, out = (folder / name for name in (
        "root", "spool", "temp", "run", "log", "out"))
    for directory in (root, spool, temp, run, log, out):
        directory.mkdir(parents=True, exist_ok=True)
    temp.chmod(0o1777)
    out.chmod(0o777)
    socket = run / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"Listen {socket}\nLogLevel warn\nWebInterface No\n{INSTALLED_SETTING}\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n")
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {spool}\nCacheDir {run}\nStateDir {run}\n"
        f"TempDir {temp}\nErrorLog {log}/error_log\nAccessLog {log}/access_log\n"
        f"PageLog {log}/page_log\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
        "Sandboxing Relaxed\nUser lp\nGroup lp\n")
    profile = f"cpitest{os.getpid()}"
    settings = Path(f"/etc/cups/cups-pdf-{profile}.conf")
    settings.write_text(f"Out {out}\nAnonDirName {out}\nLabel 0\nGrp root\n")
    daemon = subprocess.Popen([CUPSD, "-f", "-c", str(root / "cupsd.conf"),
                               "-s", str(root / "cups-files.conf")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "CUPS_SERVER": str(socket)}
    try:
        deadline = time.monotonic() + 15
        while not socket.exists():
            if time.monotonic() > deadline or daemon.poll() is not None:
                raise RuntimeError("cupsd did not start")
            time.sleep(0.1)
        subprocess.run(["lpadmin", "-p", PRINTER, "-v", f"cups-pdf:/{profile}",
                        "-P", str(CUPS_PDF_PPD), "-E"], env=env, check=True,
                       capture_output=True, timeout=30)
        yield PdfPrinter(PRINTER, socket, out, spool)
    finally:
        daemon.terminate()
        daemon.wait(timeout=15)
        settings.unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
