"""Windows sized to the screen they open on.

Why: township PCs often have 1366×768 screens (about 728 px high once the taskbar is counted)
and some 1024×700. A window opened at a fixed size, or restored at a size saved on a bigger
screen, hangs off the edge with its status bar and buttons out of reach.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayoutItem, QScrollArea, QVBoxLayout, QWidget

# The size the main window would like on a large screen.
PREFERRED = QSize(1280, 800)
# Room for the window manager's title bar and borders, unknown until the window is shown.
FRAME = QSize(16, 40)


def first_rect(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The preferred size, but no larger than ``available``; centred in it."""
    size = preferred.boundedTo(available.size())
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect


def fitted_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` shrunk to fit ``available`` and moved (as little as needed) to lie inside it."""
    fitted = QRect(rect.topLeft(), rect.size().boundedTo(available.size()))
    if fitted.right() > available.right():
        fitted.moveRight(available.right())
    if fitted.bottom() > available.bottom():
        fitted.moveBottom(available.bottom())
    if fitted.left() < available.left():
        fitted.moveLeft(available.left())
    if fitted.top() < available.top():
        fitted.moveTop(available.top())
    return fitted


def available_for(widget: QWidget) -> QRect | None:
    """The free part (without taskbars) of the screen ``widget`` is on, or the primary one."""
    screen = widget.screen()
    if screen is None:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def place_on_screen(window: QWidget, saved: object | None) -> None:
    """First start: ``first_rect``; later starts: the saved geometry, put back on the screen."""
    available = available_for(window)
    if available is not None:
        available = available.adjusted(0, 0, -FRAME.width(), -FRAME.height())
    if saved is not None and window.restoreGeometry(saved):  # type: ignore[arg-type]
        if available is not None and not window.isMaximized():
            window.setGeometry(fitted_rect(window.geometry(), available))
        return
    if available is None:
        window.resize(PREFERRED)
        return
    window.setGeometry(first_rect(available))


def fit_dialog(dialog: QWidget) -> None:
    """Shrink a window whose size (drawn in Designer) exceeds the available screen."""
    available = available_for(dialog)
    if available is None:
        return
    room = available.size() - FRAME
    size = dialog.size()
    if size.width() > room.width() or size.height() > room.height():
        dialog.resize(size.boundedTo(room))


def _move(item: QLayoutItem, into: QBoxLayout) -> None:
    """Put a taken layout item (a widget, a nested layout, a spacer) into ``into``."""
    if (child := item.layout()) is not None:
        child.setParent(None)
        into.addLayout(child)
    elif (widget := item.widget()) is not None:
        into.addWidget(widget)
    else:
        into.addItem(item)


def _focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets the Tab key stops at in ``window``, in order (not the parts of a compound
    widget such as a date edit's line edit: Qt keeps those with their owner)."""
    chain: list[QWidget] = []
    w = window.nextInFocusChain()
    while w is not None and w is not window and w not in chain:
        owner = w.parentWidget()
        inner = owner is not None and owner is not window and owner.focusProxy() is w
        if w.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus and not inner:
            chain.append(w)
        w = w.nextInFocusChain()
    return chain


def scroll_body(dialog: QWidget, keep: int) -> QScrollArea:
    """Put all but the last ``keep`` items of ``dialog``'s top layout (its buttons, its error
    line) into a scroll area: a form taller or wider than a small screen scrolls, while the
    buttons stay in view."""
    outer = dialog.layout()
    assert isinstance(outer, QBoxLayout), "a dialog laid out top to bottom"
    chain = _focus_chain(dialog)  # moving widgets to a new parent reorders the Tab key's path
    items = [item for _ in range(outer.count()) if (item := outer.takeAt(0)) is not None]
    body = QWidget()
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    for item in items[: len(items) - keep]:
        _move(item, inner)
    area = QScrollArea()
    area.setObjectName("scrollBody")
    area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # Tab goes through the form, not the frame
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(body)
    outer.addWidget(area, 1)
    for item in items[len(items) - keep :]:
        _move(item, outer)
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)
    outer.activate()  # the dialog's minimum size now comes from the scroll area
    fit_dialog(dialog)
    _widen(dialog, area)
    # Again when shown: what the dialog loads after this (a person's combos, lists and a
    # translation's longer labels) can make the form wider than it was measured here.
    dialog.installEventFilter(_WidenOnShow(area))
    return area


def _widen(dialog: QWidget, area: QScrollArea) -> None:
    """As wide as the scrolled form wants (a translation can make it wider than drawn) where
    the screen has the room: a sideways scroll only where it has not."""
    body = area.widget()
    layout = dialog.layout()
    if body is None or layout is None:
        return
    margins = layout.contentsMargins()
    wanted = (
        max(body.sizeHint().width(), body.minimumSizeHint().width())
        + area.verticalScrollBar().sizeHint().width()
        + 2 * area.frameWidth()
        + margins.left()
        + margins.right()
    )
    available = available_for(dialog)
    if available is not None and wanted > dialog.width():
        dialog.resize(min(wanted, available.width() - FRAME.width()), dialog.height())


class _WidenOnShow(QObject):
    """Widens its dialog to the scrolled form each time the dialog is shown."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            _widen(watched, self.area)
        return False
