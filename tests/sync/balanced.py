"""Two ``cpi-server`` processes on one PostgreSQL database behind a real nginx, as
docs/deployment.md sets them up for load: the upstream and the proxying below are the
document's, with the test's ports; TLS and the password requests' rate limit are left out
(the laptops of the tests talk plain HTTP to loopback, and enrol many at once)."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from sync.server import directory
from sync.server.app import build_app
from sync.server.db import make_engine, prepare_database
from tests.sync.harness import REGISTER, Server
from tests.sync.server_process import ServerProcess, free_port, running, server_env

START_TIMEOUT_S = 30.0

#: docs/deployment.md, "nginx and TLS", with the test's ports and paths.
CONFIGURATION = """\
daemon off;
worker_processes 2;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 256; }}

http {{
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;

    upstream cpi_server {{
        least_conn;
{servers}
        keepalive 32;
        keepalive_timeout 4s;
    }}

    log_format cpi '$remote_addr [$time_iso8601] "$request" $status $body_bytes_sent '
                   'rt=$request_time urt=$upstream_response_time up=$upstream_addr';

    server {{
        listen 127.0.0.1:{port};
        access_log {folder}/access.log cpi;
        client_max_body_size 256m;
        client_body_buffer_size 1m;
        client_body_timeout 60s;

        location / {{
            proxy_pass http://cpi_server;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_connect_timeout 5s;
            proxy_send_timeout 60s;
            proxy_read_timeout 60s;
        }}
    }}
}}
"""
SERVER_LINE = "        server 127.0.0.1:{port};\n"
UPSTREAM = re.compile(r" up=(?:[\d.]+:(\d+), )*[\d.]+:(\d+)$")


def balancer_unavailable() -> str | None:
    return None if shutil.which("nginx") else "nginx is not installed (bootstrap installs it)"


@dataclass
class Balanced(Server):
    """A ``Server`` (its sessions on the same database) reached through nginx;
    ``processes``: the two ``cpi-server`` processes, each reachable directly too."""

    processes: tuple[ServerProcess, ...] = ()
    access_log: Path | None = None

    def served_by_each(self) -> Counter[int]:
        """Requests nginx passed to each process (by port), from its access log."""
        assert self.access_log is not None
        served: Counter[int] = Counter()
        for line in self.access_log.read_text().splitlines():
            found = UPSTREAM.search(line)
            if found:
                served[int(found.group(2))] += 1
        return served


@contextmanager
def balanced(database_url: str, folder: Path) -> Iterator[Balanced]:
    """The database prepared and the register imported once, two processes started on it,
    nginx in front; all stopped after."""
    sessions = prepare_database(make_engine(database_url))
    directory.import_register(sessions, REGISTER)
    with ExitStack() as stack:
        processes = []
        for name in ("p1", "p2"):
            home = folder / name
            home.mkdir(parents=True)
            processes.append(stack.enter_context(running(
                server_env(home / "data"), home, "--database", database_url)))
        port, work = free_port(), folder / "nginx"
        for temp in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (work / temp).mkdir(parents=True)
        config = work / "nginx.conf"
        config.write_text(CONFIGURATION.format(
            port=port, folder=work, servers="".join(
                SERVER_LINE.format(port=p.url.rsplit(":", 1)[1]) for p in processes)))
        log = (work / "nginx.out").open("wb")
        stack.callback(log.close)
        proxy = subprocess.Popen(["nginx", "-p", str(work), "-c", str(config)],
                                 stdout=log, stderr=subprocess.STDOUT)
        stack.callback(_stop, proxy)
        url = f"http://127.0.0.1:{port}"
        _wait_up(proxy, url, work / "error.log")
        yield Balanced(url=url, sessions=sessions, app=build_app(sessions),
                       processes=tuple(processes), access_log=work / "access.log")
    sessions.kw["bind"].dispose()


def _wait_up(proxy: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if proxy.poll() is not None:
            raise AssertionError(f"nginx exited with {proxy.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"nginx did not answer within {START_TIMEOUT_S} s:\n"
                                 f"{log.read_text()}")
        time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
