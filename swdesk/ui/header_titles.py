"""Column titles of a form's table that may be longer than their column (English, a narrow
screen): elided "Minimum sc…" with the whole title in the tooltip.

Qt's header leaves a title too long for its section uncut by default (``ElideNone``) and
draws it centred, so both ends disappear ("mum score (inclu") and nothing tells the reader
what was lost. The 社工档案 list does the same for its own header (``workers_page``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget


def elide_titles(table: QTableWidget) -> None:
    """Elide ``table``'s column titles on the right, each whole in its tooltip. Call after
    the titles are set (a form's ``retranslateUi``)."""
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    for col in range(table.columnCount()):
        item = table.horizontalHeaderItem(col)
        if item is not None and item.text():
            item.setToolTip(item.text())
