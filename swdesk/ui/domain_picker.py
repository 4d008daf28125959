"""Service domains (服务领域), and roles (职务), as a grid of check boxes.

Why a widget of its own: a worker may serve several domains, and the list of domains is a
policy enumeration (``core.enums.DOMAINS``), so the boxes are built from it at run time rather
than drawn one by one in Designer. The editor's ``.ui`` file places it as a promoted widget.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QSizePolicy, QWidget

from swdesk.core import enums, workforce
from swdesk.ui.enum_labels import label


class DomainPicker(QWidget):
    """Check boxes for ``enums.DOMAINS``; ``values()`` keeps the enumeration's order."""

    changed = Signal()

    COLUMNS = 3
    CHOICES: tuple[str, ...] = enums.DOMAINS
    NAME = "domain"  # object names (domain_0 …) and the property holding each box's value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Keep the boxes together when the form has height to spare.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self._boxes: dict[str, QCheckBox] = {}
        for i, domain in enumerate(self.CHOICES):
            box = QCheckBox(label(domain), self)
            box.setObjectName(f"{self.NAME}_{i}")
            box.setProperty(self.NAME, domain)
            box.toggled.connect(self.changed)
            grid.addWidget(box, i // self.COLUMNS, i % self.COLUMNS)
            self._boxes[domain] = box

    def boxes(self) -> list[QCheckBox]:
        return list(self._boxes.values())

    def box(self, domain: str) -> QCheckBox:
        return self._boxes[domain]

    def values(self) -> list[str]:
        return [d for d, box in self._boxes.items() if box.isChecked()]

    def set_values(self, values: Iterable[str]) -> None:
        wanted = set(values)
        self.blockSignals(True)
        try:
            for domain, box in self._boxes.items():
                box.setChecked(domain in wanted)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def retranslate(self) -> None:
        """Refresh the labels after the interface language changed."""
        for domain, box in self._boxes.items():
            box.setText(label(domain))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RolePicker(DomainPicker):
    """Check boxes for the roles a worker holds besides the post type (``workforce.ROLES``)."""

    COLUMNS = 2
    CHOICES = workforce.ROLES
    NAME = "role"
