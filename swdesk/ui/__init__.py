"""Qt widgets, models and dialogs. The only package (with swdesk.app) that imports PySide6."""
