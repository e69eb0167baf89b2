"""cpi-terrain core: domain, rules of the law, encrypted store and services.

This package runs without Qt and without network code, so that the desktop app, the server and
the tests share one core (ruff's banned-import rule in ``app/.ruff.toml`` keeps it so).
"""
