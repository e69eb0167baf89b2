"""The pages of the dossier window."""
