"""A store with the shipped reference data and a signed-in agent of the Esch office."""

from __future__ import annotations

import pytest

from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.store import Store
from tests.app.services.family import OFFICE


@pytest.fixture
def agent(store: Store) -> ServiceContext:
    ctx = ServiceContext(store)
    prepare_store(ctx)
    return sign_in_local_agent(ctx, "cpi.test", "Agent de test", OFFICE)
