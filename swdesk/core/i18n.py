"""Marks user-facing strings of the core for Qt's translation tools without importing Qt.

``pyside6-lupdate`` collects ``QT_TRANSLATE_NOOP(context, text)`` calls; the UI layer then
translates the returned Chinese text with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
