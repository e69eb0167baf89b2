"""Who is acting on which store: passed to every service function.

A finished form's draft ends in the same commit as the records it became: ``finishing_draft``
marks the draft, and the next write transaction of this thread deletes it before committing.
Deleted in a second transaction, a crash between the two brought the draft back and finishing
it again recorded append-only entries twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.domain import NO_CASE, WizardDraft
from app.store.store import Store

#: The draft (form, key) the next write transaction of this thread also deletes.
_FINISHING: ContextVar[tuple[str, uuid.UUID] | None] = ContextVar("finishing_draft",
                                                                  default=None)


@dataclass(frozen=True)
class ServiceContext:
    store: Store
    actor_id: uuid.UUID | None = None

    @contextmanager
    def transaction(self, action: str) -> Iterator[Session]:
        with self.store.transaction(action, self.actor_id) as session:
            yield session
            finished = _FINISHING.get()
            if finished is not None:
                _forget(session, *finished)
                _FINISHING.set(None)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.store.reading() as session:
            yield session


@contextmanager
def finishing_draft(ctx: ServiceContext, form: str, key: uuid.UUID | None) -> Iterator[None]:
    """Within the block, the form's records and the end of its draft commit together; a
    block that wrote nothing forgets the draft on its own. On an error the draft stays."""
    token = _FINISHING.set((form, key or NO_CASE))
    try:
        yield
        if _FINISHING.get() is not None:  # nothing was written: forget it now
            with ctx.store.transaction("discard_draft", ctx.actor_id) as session:
                _forget(session, form, key or NO_CASE)
    finally:
        _FINISHING.reset(token)


def _forget(session: Session, form: str, key: uuid.UUID) -> None:
    session.execute(delete(WizardDraft).where(WizardDraft.wizard == form,
                                              WizardDraft.case_id == key))
