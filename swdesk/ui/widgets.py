"""Small widget set-ups that many pages and dialogs repeat.

A read-only list where the cadre picks one row, and a hidden red sentence under a form that
says what is wrong: written once so every page behaves (and looks) the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLabel


def pick_one_row(view: QAbstractItemView) -> None:
    """Read-only, whole rows, one at a time, striped."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)


def error_label(style: str) -> QLabel:
    """A wrapped, initially hidden label in ``style`` for the reason a form was refused."""
    label = QLabel()
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setVisible(False)
    return label
