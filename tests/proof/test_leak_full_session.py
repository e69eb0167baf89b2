"""Issue 7, item 3: after a full session of the real application nothing planted is left in
clear on the laptop: every file under the data, config, cache and state dirs, HOME and the temp
dir (the log included), searched in every spelling. The server's database is the ONE's, not
the laptop's: it lives outside the scanned folders and is not scanned."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.leaks import spooled_documents
from tests.proof.budget import record
from tests.proof.laptop import Planted, laptop
from tests.proof.scan import Scan, forms, scan
from tests.proof.session import run_session
from tests.sync.harness import Server
from ui.qt import QApplication

LOGIN = "agent.fuite"


def test_a_full_session_leaves_no_planted_string_in_clear(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    planted = Planted.new()
    started = time.time() - 1
    with laptop(tmp_path / "laptop", monkeypatch) as roots, \
            Server.running(f"sqlite:///{tmp_path / 'server.sqlite'}") as server:
        server.user(LOGIN, name="Agent Fuite")
        during: list[Scan] = []
        previewed = run_session(qtbot, qapp, server.url, LOGIN, planted,
                                lambda: during.append(scan(roots, planted.needles)),
                                server.code(LOGIN))
        found = scan(roots, planted.needles)
        # The ONE's side holds the family in clear: the planted words did travel.
        on_server = scan([tmp_path], planted.needles, skip=tmp_path / "laptop").hits
    # Nothing escaped the isolation either: the machine's own temp dirs and print spool
    # (a printed plan's document stays there unless PreserveJobFiles No: tests/ui/
    # test_spooler.py prints one), since the start.
    spool = Path("/var/spool/cups")
    escaped = scan([Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"), spool], planted.needles,
                   since=started, skip=tmp_path)
    spooled = [p for p in spooled_documents(spool) if p.stat().st_mtime >= started]
    assert on_server and all(p.name.startswith("server.sqlite") for p, _n in on_server)
    scanned = {p.name for root in roots for p in root.rglob("*") if p.is_file()}
    assert {"caseload.db", "caseload.key.json", "cpi-terrain.log"} <= scanned
    assert previewed >= 4
    record("leak_scan", {"files_scanned": found.files, "files_scanned_midway": during[0].files,
                         "hits_midway": len(during[0].hits), "bytes_scanned": found.bytes,
                         "hits": len(found.hits), "machine_temp_files_scanned": escaped.files,
                         "machine_temp_hits": len(escaped.hits), "documents_previewed": previewed,
                         "forms_per_string": len(forms(planted.surname))})
    assert found.hits == [] and during[0].hits == [] and escaped.hits == []
    assert spooled == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "json", "upper"])
def test_the_scan_finds_a_string_planted_in_clear(tmp_path: Path, encoding: str) -> None:
    """The scan can fail: a planted string written in clear, in any of the spellings."""
    planted = Planted.new()
    text = f'{{"nom": "{planted.surname}"}}'
    data = (text.encode("ascii", "backslashreplace").replace(b"\\x", b"\\u00")
            if encoding == "json" else text.upper().encode() if encoding == "upper"
            else text.encode(encoding))
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "clear.bin").write_bytes(b"\0" * 100 + data)
    (tmp_path / "other.bin").write_bytes(b"nothing here")
    found = scan([tmp_path], planted.needles)
    assert found.files == 2
    assert [(p.name, n) for p, n in found.hits] == [("clear.bin", planted.surname)]
