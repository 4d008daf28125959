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

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from swdesk.ui.styles import MESSAGE_BAR_STYLE

# The kinds of message, each with its colours in ``styles.MESSAGE_BAR_STYLE``.
SUCCESS, INFO, ERROR = "success", "info", "error"
KINDS = (SUCCESS, INFO, ERROR)

OBJECT_NAME = "messageBar"


def close_button(tooltip: str) -> QToolButton:
    """The flat "×" that closes a bar across the window (this one, the CE notice, the
    data-file bars)."""
    button = QToolButton()
    button.setText("×")
    button.setAutoRaise(True)
    button.setToolTip(tooltip)
    return button


class MessageBar(QFrame):
    """One line of feedback with an optional action button (such as 显示) and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setProperty("kind", INFO)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.setVisible(False)
        self.close_button = close_button(self.tr("关闭提示"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._on_action: Callable[[], object] | None = None
        self.action_button.clicked.connect(self._run_action)
        self.close_button.clicked.connect(self.clear)
        self.setVisible(False)

    def kind(self) -> str:
        return str(self.property("kind"))

    def show_message(
        self, text: str, kind: str = SUCCESS, action: tuple[str, Callable[[], object]] | None = None
    ) -> None:
        """Show ``text`` in the colours of ``kind``, replacing what was there; ``action`` is a
        button (label, what it does) that clears the bar when pressed."""
        if kind not in KINDS:
            raise ValueError(f"unknown message kind {kind!r}")
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
