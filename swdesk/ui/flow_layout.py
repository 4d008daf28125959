"""A row of widgets that wraps onto further lines when the window is too narrow for it.

Why: a row of filters or buttons laid out side by side is as wide as all of them together, and
that sum became the main window's minimum width (over 1150 px, wider than a 1024 px screen).
Wrapping keeps every control full size and readable; only the row's height grows. Widgets that
expand sideways (a search box) take the row's spare width, as in a QHBoxLayout; where none does,
a stretch (``addStretch``) takes it, so buttons after a stretch stay at the right, also on the
line they wrapped onto.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget

# Policies of widgets that take a row's spare width. (Checked on the policy rather than through
# Qt's namespace, which the start-up path does not build before the first paint.)
_GROWING = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


class FlowLayout(QLayout):
    """Items left to right, wrapping; empty items (``addStretch``) take no room."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        # Height for a width, until something changes (``invalidate``): Qt asks for the same
        # width many times while it lays a window out, and each answer walks every item.
        self._heights: dict[int, int] = {}
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item bookkeeping ---------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()

    def addWidget(self, widget: QWidget, _stretch: int = 0) -> None:
        """Like QBoxLayout's; a widget that expands sideways takes the spare room."""
        super().addWidget(widget)

    def addStretch(self, _stretch: int = 0) -> None:
        """An empty item that takes a line's spare width, as in a QHBoxLayout: what follows it
        is pushed to the right."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes --------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item: the others wrap below it."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _stretches_before(self) -> tuple[list[int], int]:
        """For each shown item, how many stretches come before it; and how many there are."""
        before: list[int] = []
        n = 0
        for item in self._items:
            spacer = item.spacerItem()
            if spacer is not None and spacer.sizePolicy().horizontalPolicy() in _GROWING:
                n += 1
            elif not item.isEmpty():
                before.append(n)
        return before, n

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``); the height they need."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = min(item.sizeHint().width(), area.width())
            if rows[-1] and used + self._gap + w > area.width():
                rows.append([])
                used = 0
            used += (self._gap if rows[-1] else 0) + w
            rows[-1].append(item)
        stretches, total = self._stretches_before()
        y = area.y()
        first = 0  # the index, among the shown items, of the row's first item
        for row in rows:
            if not row:
                continue
            # The spare room goes where a stretch is: between two items of this line, after its
            # last, or before its first item when that comes after a stretch (a line of pushed-
            # right buttons stays at the right once wrapped).
            segs = stretches[first : first + len(row)]
            after = stretches[first + len(row)] if first + len(row) < len(stretches) else total
            gaps = [segs[0] > 0] + [b > a for a, b in pairwise(segs)] + [after > segs[-1]]
            first += len(row)
            widths = [
                max(min(i.sizeHint().width(), area.width()), i.minimumSize().width()) for i in row
            ]
            spare = area.width() - sum(widths) - self._gap * (len(row) - 1)
            growers = [
                n
                for n, i in enumerate(row)
                if (widget := i.widget()) is not None
                and widget.sizePolicy().horizontalPolicy() in _GROWING
            ]
            for n in growers:
                widths[n] += max(spare, 0) // len(growers)
            pushes = [0] * (len(row) + 1)  # room left before item n (the last: after the line)
            if not growers and spare > 0 and any(gaps):
                for n, gap in enumerate(gaps):
                    pushes[n] = spare // sum(gaps) if gap else 0
            height = max(i.sizeHint().height() for i in row)
            x = area.x()
            for n, (item, w) in enumerate(zip(row, widths, strict=True)):
                x += pushes[n]
                if move:
                    h = item.sizeHint().height()
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + self._gap
            y += height + self._gap
        return max(y - self._gap - area.y(), 0) + m.top() + m.bottom()
