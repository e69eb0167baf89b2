"""The server's revisions: 0001 is the schema of the last cpi-server without migrations."""
