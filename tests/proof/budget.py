"""How much the proofs do: a bounded share in CI (the whole suite stays under 15 minutes), the
long version with ``CPI_PROOF=long`` (``python3 bootstrap.py proof``), which also writes each
proof's figures for ``docs/reliability.md``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

LONG = os.environ.get("CPI_PROOF") == "long"
#: Where the long run writes its figures (one JSON file per proof); unset: nowhere.
FIGURES = os.environ.get("CPI_PROOF_FIGURES")


def scale(short: int, long: int) -> int:
    """``short`` in CI, ``long`` in the long run."""
    return long if LONG else short


def record(proof: str, figures: dict[str, Any]) -> None:
    """Keep a proof's figures (counts of scenarios, operations, faults, hits...) for the
    report; also printed, so that ``pytest -s`` shows them."""
    print(f"\n{proof}: {json.dumps(figures, sort_keys=True)}")
    if FIGURES:
        folder = Path(FIGURES)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{proof}.json").write_text(json.dumps(figures, indent=2, sort_keys=True)
                                              + "\n")
