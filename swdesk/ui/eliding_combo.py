"""A combo box that elides its current text ("Junior College Dip…") when the box is narrower
than the text, with the whole text in its tooltip.

Qt's combo box clips the text at the box's edge ("Junior College Diplc"), so a table of
combo boxes in a narrow dialog (the exam rules in English at 1024 px) shows words that look
misspelt, and nothing says what was cut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

# The label is drawn a little inside the edit field (QCommonStyle's CE_ComboBoxLabel).
_LABEL_MARGIN = 4


class ElidingCombo(QComboBox):
    """``QComboBox`` whose shown text is ``shown_text()``; its tooltip is the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def shown_text(self) -> str:
        """The current text as painted: whole when it fits, else cut short with "…"."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, field.width() - _LABEL_MARGIN
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        opt.currentText = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)
