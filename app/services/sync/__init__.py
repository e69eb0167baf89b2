"""The device's side of the sync: the outbox sent, pages applied, restores."""
