"""The desktop application (PySide6): windows and dialogs over ``app.services``."""
