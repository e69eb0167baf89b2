"""The operators' docs show cpi-server reachable through TLS only (issue 18): every
``--host`` they give is the loopback address, behind nginx."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_docs_never_serve_plain_http_to_the_network() -> None:
    pages = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
    hosts = [(page.name, host) for page in pages
             for host in re.findall(r"--host[ =](\S+)", page.read_text(encoding="utf-8"))]
    assert len(hosts) >= 2  # server.md's two ways to run it, deployment.md's unit
    assert {host for _page, host in hosts} <= {"127.0.0.1", "[--host", "127.0.0.1]"}, hosts
    listening_everywhere = re.compile(r"(?<![\d.])0\.0\.0\.0(?![\d/])(?!`, the host)")
    assert not [page.name for page in pages
                if listening_everywhere.search(page.read_text(encoding="utf-8"))]
