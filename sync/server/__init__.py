"""The central ONE server (ASGI); its store is PostgreSQL in production, SQLite by default."""
