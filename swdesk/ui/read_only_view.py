"""A dialog turned into a view: every field shown, nothing that writes.

A county opens a township's worker file to read it: the townships keep the files and sync
brings them, so a change made at the county would only come back as a sync conflict. Rather
than a second, read-only copy of the worker dialog, the same dialog is shown with its inputs
read-only or disabled, its save button and shortcuts gone, and 取消 renamed 关闭.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def view_only(
    dialog: QDialog, buttons: QDialogButtonBox, note: str, readers: tuple[QWidget, ...] = ()
) -> None:
    """Make ``dialog`` show without writing; ``buttons`` keeps only a 关闭 button, ``readers``
    (buttons that only show more, such as 修改历史) stay enabled, and the title says ``note``
    (why it is read-only)."""
    close = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    for button in buttons.buttons():
        if button is not close:
            button.setVisible(False)
            button.setEnabled(False)
    if close is not None:
        close.setText(QCoreApplication.translate("ReadOnlyView", "关闭"))
        close.setDefault(True)
    keep = {*buttons.buttons(), *readers}
    for w in dialog.findChildren(QWidget):
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            w.setReadOnly(True)
        elif isinstance(w, QAbstractSpinBox):  # date edits
            w.setReadOnly(True)
            w.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        elif isinstance(w, QAbstractItemView):
            w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(w, QComboBox | QAbstractButton) and w not in keep:
            w.setEnabled(False)
    for shortcut in dialog.findChildren(QShortcut):
        shortcut.setEnabled(False)
    dialog.setWindowTitle(
        QCoreApplication.translate("ReadOnlyView", "{title}（只读：{note}）").format(
            title=dialog.windowTitle(), note=note
        )
    )
