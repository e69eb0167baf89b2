"""The dossier window's pages (its overview first)."""
