"""A cell editor for keyboard entry: Enter checks the typed text before anything is saved.

The appraisal score grid and the exam results grid both take scores typed row after row; a
value the rules refuse must keep the editor open (text selected, so the next keys replace it)
instead of being saved or silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

ModelIndex = QModelIndex | QPersistentModelIndex
Check = Callable[[ModelIndex, str], str | None]

_INDEX = "checked_index"  # the editor's cell, kept on the editor itself


class CheckedLineDelegate(QStyledItemDelegate):
    """``check(index, text)`` says why the text is refused, or None; on Enter a refused text
    keeps the editor open (``refused`` hears why), an accepted one goes to ``accepted``."""

    def __init__(self, check: Check, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setProperty(_INDEX, QPersistentModelIndex(index))
        return editor

    def refused(self, reason: str) -> None:
        """A typed value was refused for ``reason`` (the editor stays open)."""

    def accepted(self, editor: QLineEdit, index: QPersistentModelIndex) -> None:
        """Save the value and open the next cell for editing."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            isinstance(obj, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            index = obj.property(_INDEX)
            if isinstance(index, QPersistentModelIndex) and index.isValid():
                reason = self._check(index, obj.text())
                if reason is not None:
                    self.refused(reason)
                    obj.selectAll()
                    return True
                self.accepted(obj, index)
                return True
        return super().eventFilter(obj, event)
