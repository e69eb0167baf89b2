"""The sync lane writes next to the store lane: two threads' transactions must both succeed
(SQLite's deferred BEGIN failed one of them at once with "database is locked")."""

from __future__ import annotations

import threading

from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store
from app.services.sync.local import record_outcome, sync_status
from app.store.store import Store


def test_two_threads_writing_at_once_both_succeed(store: Store) -> None:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for turn in range(150):
                record_outcome(ctx, "" if turn % 2 else "hors ligne")
        except BaseException as exc:  # collected for the assertion, not swallowed
            errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sync_status(ctx).last_success_at is not None
