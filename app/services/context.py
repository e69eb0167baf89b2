"""Who is acting on which store: passed to every service function."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.store.store import Store


@dataclass(frozen=True)
class ServiceContext:
    store: Store
    actor_id: uuid.UUID | None = None

    @contextmanager
    def transaction(self, action: str) -> Iterator[Session]:
        with self.store.transaction(action, self.actor_id) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.store.reading() as session:
            yield session
