"""Data shipped with the application: reference data, translations."""
