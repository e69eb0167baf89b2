"""Synchronisation with the ONE's central server: protocol, client engine, server."""
