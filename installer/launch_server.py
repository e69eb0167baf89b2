"""Entry point of the frozen ``cpi-server`` (the ONE's server and its administrative
commands), shipped beside the desktop app for a local server and for the smoke test."""

from sync.server.main import main

raise SystemExit(main())
