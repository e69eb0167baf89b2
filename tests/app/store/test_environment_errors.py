"""A full disk is the machine's problem, not a bug: clear message, nothing lost."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from app.domain import Office
from app.store.errors import StoreEnvironmentError
from app.store.store import Store


def test_disk_full_is_an_environment_error_and_keeps_earlier_data(store: Store) -> None:
    with store.transaction("setup") as session:
        session.add(Office(code="kept", name="Bureau", region="est", locality="Grevenmacher"))
    with store.engine.connect() as connection:
        pages = int(connection.execute(text("PRAGMA page_count")).scalar_one())

    @event.listens_for(store.engine, "connect")
    def _tiny_disk(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    store.engine.dispose()  # new connections get the limit
    with pytest.raises(StoreEnvironmentError) as full, store.transaction("fill") as session:
        for number in range(5_000):
            session.add(Office(code=f"office-{number}", name="x" * 200, region="sud",
                               locality="Esch-sur-Alzette"))
    assert "disque" in full.value.message("fr")
    assert "Rien n’est perdu" in full.value.message("fr")

    with store.reading() as session:
        assert session.scalars(select(Office.code)).all() == ["kept"]
        assert session.scalar(select(func.count()).select_from(Office)) == 1
