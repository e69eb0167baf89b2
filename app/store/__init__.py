"""The agent's encrypted local store: SQLCipher file, key wrapping, migrations, outbox capture."""
