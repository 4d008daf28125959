"""The message bar at the top of the page area: what was just saved, imported or exported, or
why it failed, where the eye is.

Why not the status bar: on a small screen (1366×768 with a taskbar) the status bar can sit off
the screen, and a worker saved while a search filter is active then vanished from the list
without a visible word. The bar is not modal (nothing to click away before working on); it
stays until the next action, a new message or its close button.

Pages reach it through :func:`tell`, which finds the bar of the window they sit in, so a page
needs no reference to the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from swdesk.ui.styles import MESSAGE_BAR_STYLE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QToolButton

# The kinds of message, each with its colours in ``styles.MESSAGE_BAR_STYLE``.
SUCCESS, INFO, ERROR = "success", "info", "error"
KINDS = (SUCCESS, INFO, ERROR)

OBJECT_NAME = "messageBar"


def close_button(tooltip: str) -> QToolButton:
    """The flat "×" that closes a bar across the window (this one, the CE notice, the
    data-file bars)."""
    # Through the module: importing the class by name would make it (and its enum) on the way
    # to the window's first paint, where the window's bar has no button yet (MessageBar).
    button = QtWidgets.QToolButton()
    button.setText("×")
    button.setAutoRaise(True)
    button.setToolTip(tooltip)
    return button


class MessageBar(QFrame):
    """One line of feedback with an optional action button (such as 显示) and a close button.

    Its label and buttons are made at the first message (or when asked for): the window builds
    its bar, hidden, on the way to its first paint, and most starts show no message for a while.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setProperty("kind", INFO)
        self._parts: tuple[QLabel, QPushButton, QToolButton] | None = None
        self._on_action: Callable[[], object] | None = None
        self.setVisible(False)

    def _made(self) -> tuple[QLabel, QPushButton, QToolButton]:
        if self._parts is None:
            text = QLabel()
            text.setWordWrap(True)
            action_button = QPushButton()
            action_button.setVisible(False)
            close = close_button(self.tr("关闭提示"))
            layout = QHBoxLayout(self)
            layout.setContentsMargins(8, 3, 4, 3)
            layout.addWidget(text, 1)
            layout.addWidget(action_button)
            layout.addWidget(close)
            action_button.clicked.connect(self._run_action)
            close.clicked.connect(self.clear)
            self._parts = (text, action_button, close)
        return self._parts

    @property
    def text(self) -> QLabel:
        return self._made()[0]

    @property
    def action_button(self) -> QPushButton:
        return self._made()[1]

    @property
    def close_button(self) -> QToolButton:
        return self._made()[2]

    def kind(self) -> str:
        return str(self.property("kind"))

    def show_message(
        self, text: str, kind: str = SUCCESS, action: tuple[str, Callable[[], object]] | None = None
    ) -> None:
        """Show ``text`` in the colours of ``kind``, replacing what was there; ``action`` is a
        button (label, what it does) that clears the bar when pressed."""
        if kind not in KINDS:
            raise ValueError(f"unknown message kind {kind!r}")
        self._made()  # its label takes the kind's colours below
        self.setProperty("kind", kind)
        if not self.styleSheet():
            # Set at the first message, not when built: the window builds its bar at start-up
            # and a style sheet puts the bar under Qt's (slower) style-sheet style.
            self.setStyleSheet(MESSAGE_BAR_STYLE)
        # A dynamic property picked by the style sheet applies only after a re-polish.
        self.style().unpolish(self)
        self.style().polish(self)
        for label in self.findChildren(QLabel):
            self.style().unpolish(label)
            self.style().polish(label)
        self.text.setText(text)
        self._on_action = action[1] if action is not None else None
        self.action_button.setText(action[0] if action is not None else "")
        self.action_button.setVisible(action is not None)
        self.setVisible(True)

    def clear(self) -> None:
        """Hide the bar (the next action has begun, or the user closed it)."""
        self._on_action = None
        if self._parts is not None:  # nothing shown yet: nothing to clear
            self.action_button.setVisible(False)
            self.text.clear()
        self.setVisible(False)

    def _run_action(self) -> None:
        on_action = self._on_action
        self.clear()
        if on_action is not None:
            on_action()


def tell(
    widget: QWidget,
    text: str,
    kind: str = SUCCESS,
    action: tuple[str, Callable[[], object]] | None = None,
) -> bool:
    """Show ``text`` in the message bar of the window ``widget`` is in; False when that window
    has none (a page shown on its own, as in a test), so the caller can say it another way."""
    bar = widget.window().findChild(MessageBar, OBJECT_NAME)
    if bar is None:
        return False
    bar.show_message(text, kind, action)
    return True
