"""Code fields (统计用区划代码 of a unit or a village) that take digits only.

A letter typed into a code field was accepted and refused only on saving, far from where it
was typed. The validator here refuses it at the keystroke. Pasted codes keep working: spaces
and separators a spreadsheet or a document adds (``510104 001``, ``510104-001``) are dropped,
and full-width digits become ASCII, before the text is judged.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

_SEPARATORS = frozenset(" -_\u3000\t")


class DigitsValidator(QValidator):
    """Accepts ASCII digits only, after dropping separators and folding full-width digits."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        before = text[:pos]
        clean = self.clean(text)
        if not clean.isdigit() and clean:
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, clean, len(self.clean(before))

    @staticmethod
    def clean(text: str) -> str:
        folded = unicodedata.normalize("NFKC", text)
        return "".join(ch for ch in folded if ch not in _SEPARATORS)


def digits_only(edit: QLineEdit) -> None:
    """Make ``edit`` a code field: digits only, typed or pasted."""
    edit.setValidator(DigitsValidator(edit))
