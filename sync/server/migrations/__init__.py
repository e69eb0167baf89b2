"""Alembic migration scripts of the server's database, shipped as package data."""
