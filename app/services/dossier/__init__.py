"""A dossier as a whole: opening it, correcting what was typed, closing, reopening, cancelling,
its overview, chronology, detail and records.
"""
