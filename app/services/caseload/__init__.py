"""The agent's caseload: the list, the search, the week and the deadlines."""
