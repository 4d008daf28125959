"""Error labels that keep their place: showing a reason under a field moves nothing.

A label that appeared under a field pushed every field below it down, so a click aimed at the
next field landed in the wrong one. A label made with ``keep_place`` holds at least one line
of height while it is hidden (Qt's *retain size when hidden*, which box and grid layouts
honour; a form layout does not, so the worker editor keeps such rows shown and empties them),
and showing and hiding it changes only its text. A reason longer than one line still wraps
and takes the extra lines it needs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def keep_place(label: QLabel) -> QLabel:
    """Reserve ``label``'s line in its layout whether it is shown or not (call it after
    setting the label's style sheet: the line is measured in it)."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    text = label.text()
    label.setText("汉Ag")  # one line in the label's font, its Chinese fallback and style sheet
    label.ensurePolished()
    label.setProperty(_LINE, label.sizeHint().height())
    label.setMinimumHeight(label.sizeHint().height())
    label.setText(text)
    return label


_LINE = "swdeskLineHeight"


def hold_error(label: QLabel, style: str) -> QLabel:
    """Make ``label`` (often one from a Designer form) a red reason that keeps its place:
    ``style``, wrapped, its line reserved, hidden until a reason is shown."""
    label.setStyleSheet(style)
    label.setWordWrap(True)
    keep_place(label)
    label.setVisible(False)
    return label


def fit_text(label: QLabel) -> None:
    """Give a kept-place label the height its text needs at its current width.

    A form layout sizes a wrapped label by its size hint, measured at a narrower width than the
    label really has, and gave a one-line reason two lines; this asks for the height at the
    real width instead (never less than the reserved line).
    """
    line = int(label.property(_LINE) or 0)
    need = label.heightForWidth(label.width()) if label.text() and label.width() > 0 else line
    label.setFixedHeight(max(line, need))


def keeps_place(widget: QWidget) -> bool:
    return widget.sizePolicy().retainSizeWhenHidden()
