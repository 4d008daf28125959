"""Stored enumeration values (Chinese policy terms) shown in the interface language.

The core marks every value with ``QT_TRANSLATE_NOOP("enum", …)`` once, where it defines it (see
``core.enums``); the stored value never changes, only what the user sees does. This is the one
way the interface shows a stored value: no page keeps its own copy of the words. Combo boxes
keep the stored value as item data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from swdesk.ui import i18n


def label(value: str | None, empty: str = "") -> str:
    """The translated label of a stored value; ``empty`` for None/""."""
    if not value:
        return empty
    return QCoreApplication.translate("enum", value)


def code_label(labels_by_code: Mapping[str, str], code: str | None, empty: str = "") -> str:
    """The translated label of a value stored as a code (``appraisal.STATE_LABELS``, "draft");
    an unknown code is shown as it is."""
    if not code:
        return empty
    return label(labels_by_code[code]) if code in labels_by_code else code


def labels(values: Iterable[str]) -> str:
    """Several values (e.g. service domains) on one line: "老年、儿童" or "Elderly, Children"."""
    sep = "、" if i18n.current_language() == i18n.DEFAULT else ", "
    return sep.join(label(v) for v in values)


def fill_combo(
    combo: QComboBox,
    values: Iterable[str],
    first: tuple[str, object] | None = None,
) -> None:
    """Replace a combo's items: optional ``first`` (text, data), then each value as data."""
    combo.blockSignals(True)
    try:
        combo.clear()
        if first is not None:
            combo.addItem(first[0], first[1])
        for value in values:
            combo.addItem(label(value), value)
    finally:
        combo.blockSignals(False)


def select_data(combo: QComboBox, data: object) -> bool:
    """Select the item whose data equals ``data``; False if there is none."""
    for i in range(combo.count()):
        if combo.itemData(i) == data:
            combo.setCurrentIndex(i)
            return True
    return False
