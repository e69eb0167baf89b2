"""PouchDB's replication of the same day's work, for ``bench/sync.py`` (issue 18).

How our mutations map to PouchDB documents: one document per record (id ``entity:record
id``), holding the record's synchronised fields as the wire carries them; a record's first
mutation creates its document, each later one (an update, a tombstone) writes a new revision
of the whole document, in the order the agent made them. The node script
(``bench/pouchdb/replicate.js``) puts them into the agent's PouchDB, replicates it up to
express-pouchdb on loopback and down to the clerk's PouchDB (see its header).

Node and npm are needed; ``npm ci`` runs the first time (``bench/pouchdb/node_modules`` is not
committed). Without them the comparison is skipped with a line saying why.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.base.context import ServiceContext
from app.services.sync.local import outbox_batch

FOLDER = Path(__file__).resolve().parent / "pouchdb"


@dataclass(frozen=True)
class PouchRun:
    push_s: float
    pull_s: float
    push_trips: int
    pull_trips: int
    push_bytes: int
    pull_bytes: int
    documents: int


def unavailable() -> str | None:
    """Why the comparison cannot run here (None: it can); installs the packages once."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        return "node or npm not found"
    if not (FOLDER / "node_modules").is_dir():
        done = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=FOLDER,
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            return f"npm ci failed: {done.stderr.strip().splitlines()[-1:]}"
    return None


def documents(ctx: ServiceContext) -> list[tuple[str, dict[str, Any]]]:
    """The device's pending mutations as PouchDB writes: (document id, whole document)."""
    state: dict[str, dict[str, Any]] = {}
    writes = []
    for mutation in outbox_batch(ctx, 100_000):
        doc_id = f"{mutation.entity}:{mutation.record_id}"
        doc = state.setdefault(doc_id, {})
        doc.update((name, after) for name, (_before, after) in mutation.changes.items())
        writes.append((doc_id, dict(doc)))
    return writes


def replicate(writes: list[tuple[str, dict[str, Any]]], rounds: int) -> list[PouchRun]:
    """``rounds`` measured replications (after one that warms node up), each on a fresh
    server database and fresh devices."""
    with tempfile.TemporaryDirectory(prefix="cpi-bench-pouch-docs-") as scratch:
        source = Path(scratch) / "documents.json"
        source.write_text(json.dumps({"writes": writes}))
        done = subprocess.run(["node", str(FOLDER / "replicate.js"), str(source), str(rounds)],
                              cwd=FOLDER, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"PouchDB's replication failed: {done.stderr.strip()}")
    return [PouchRun(**run) for run in json.loads(done.stdout)["rounds"]]
