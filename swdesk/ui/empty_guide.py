"""What a page with nothing in it says to do first, with the buttons that do it.

A new clerk opening an empty page saw a blank grid and a row of mostly disabled buttons, and
had to guess where to start. Each page shows this guide in place of its empty list: one
sentence in the notice colours and the button (or two) for the first step. The guide is a
plain widget the page shows or hides; the buttons are the page's own, or mirror one of the
window's actions (``action_button``), so a click does exactly what the toolbar would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from swdesk.ui.flow_layout import FlowLayout
from swdesk.ui.styles import NOTICE_STYLE

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


class EmptyGuide(QWidget):
    """``hint`` (a wrapped notice) over a row of ``buttons``; ``say`` changes the sentence and
    which of the buttons are offered."""

    def __init__(self, text: str = "", *buttons: QPushButton, name: str = "") -> None:
        super().__init__()
        self.hint = QLabel(text)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(NOTICE_STYLE)
        if name:
            self.setObjectName(name)
            self.hint.setObjectName(f"{name}_hint")
        self.buttons: list[QPushButton] = []
        self._row = FlowLayout()  # from the left, wrapping on a narrow screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(self._row)
        layout.addStretch(1)
        for b in buttons:
            self.add_button(b)

    def add_button(self, b: QPushButton) -> QPushButton:
        """Offer ``b`` after the buttons already there."""
        self._row.addWidget(b)
        self.buttons.append(b)
        return b

    def say(self, text: str, *offered: QPushButton) -> None:
        """Show ``text`` and only the ``offered`` buttons (none: the sentence alone)."""
        self.hint.setText(text)
        for b in self.buttons:
            b.setVisible(b in offered)


def action_button(action: QAction) -> QPushButton:
    """A push button that triggers ``action``, with its text (without the keyboard accelerator
    marks, which belong to the menu) and tooltip."""
    b = QPushButton(action.text().replace("&", ""))
    if action.toolTip():
        b.setToolTip(action.toolTip())
    b.clicked.connect(lambda _checked=False: action.trigger())
    return b
