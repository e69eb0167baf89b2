"""Use cases called by the UI, the CLI and sync: one function per user intention.

Each function runs in exactly one transaction of the store (``Store.transaction``), named after
the intention for the audit trail, and returns plain frozen dataclasses rather than ORM objects,
so callers on other threads never touch a session.
"""
