"""Entry point of ``cpi-server``.

The central server arrives with the sync issue; until then the command exists so that
installers and scripts can rely on its name, and it says plainly that it does nothing yet.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("cpi-server: le serveur central n'est pas encore disponible dans cette version "
          "(the central server is not part of this version yet).", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
