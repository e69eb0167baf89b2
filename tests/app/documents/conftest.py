"""The services' fixtures (a prepared store and a signed-in agent) for the document tests."""

from __future__ import annotations

from tests.app.services.conftest import agent

__all__ = ["agent"]
