"""The end-to-end tests through the screens use the UI fixtures: French as the agents see it,
the store lane, preferences kept in the test's folder."""

from tests.ui.conftest import french, operations, settings_dir  # noqa: F401
