"""``cpi-server serve`` with one more route, for ``bench/sync_server_cpu.py``: ``POST
/api/bench/constant`` answers a constant through the same stack (uvicorn, the app's
middlewares), the baseline a sync's server CPU is compared with. Only the bench adds it.

    python bench/server_launcher.py --database URL --port N
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import uvicorn

from sync.server.app import build_app
from sync.server.db import make_engine, prepare_database

CONSTANT = {"status": "ok"}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    api = build_app(prepare_database(make_engine(args.database)))

    @api.post("/api/bench/constant")
    def constant() -> dict[str, str]:
        return CONSTANT

    uvicorn.run(api, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
