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
    label.setMinimumHeight(label.sizeHint().height())
    label.setText(text)
    return label


def keeps_place(widget: QWidget) -> bool:
    return widget.sizePolicy().retainSizeWhenHidden()
