"""Setting up a store: reference data, the local agent, the demo caseload."""
