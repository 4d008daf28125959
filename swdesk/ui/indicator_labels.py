"""The indicator presets' names and units in the interface language.

The shipped presets' words are marked in ``core.indicators.names``; anything else (a preset a
county loaded from its own file) has no translation and is shown as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from swdesk.core.indicators.names import NAMES_CONTEXT, UNITS_CONTEXT
from swdesk.formats.indicator_tables import number_text


def name(text: str) -> str:
    """An indicator's or a preset's name as the interface shows it."""
    return QCoreApplication.translate(NAMES_CONTEXT, text) if text else text


def unit(text: str) -> str:
    """A unit as the interface shows it ("人" → "people"; "%" stays)."""
    return QCoreApplication.translate(UNITS_CONTEXT, text) if text else text


def figure(value: float | None, unit_text: str = "") -> str:
    """A figure with its unit: "2名" in Chinese, "2 people" in English, "35%" in both."""
    shown = unit(unit_text)
    if shown == unit_text:  # Chinese, or a sign such as % that every language writes after
        return number_text(value, unit_text)
    return f"{number_text(value)} {shown}" if value is not None else "—"
