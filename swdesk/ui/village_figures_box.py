"""The reference figures of the selected village or community (户籍人口, 常住人口, 老年人数,
供养老人数) under the 村（社区）page's form: edit one village's, or import every village's
from an Excel sheet (a code column and a column per figure).

A box of its own so the page keeps its one job (the list and the name/kind form); on a county
file the figures are shown and not edited (the townships keep them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from swdesk.core import divisions
from swdesk.core import workforce as wf
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.formats.village_figures_excel import read_figures
from swdesk.store import Store, village_figures
from swdesk.ui.code_fields import digits_only
from swdesk.ui.file_dirs import ask_open
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.widgets import button_row, error_label


class VillageFiguresBox(QGroupBox):
    """Emits ``changed`` after figures were saved or imported."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("人口与老年人数（指标的分母）"))
        self.store = store
        self._row: dict[str, Any] | None = None
        self.edits: dict[str, QLineEdit] = {}
        # Two figures a line: under the village form, four lines left the list five rows at
        # 1024×700.
        form = QGridLayout()
        for n, field in enumerate(wf.POPULATION_FIELDS):
            edit = QLineEdit()
            edit.setObjectName(field)
            edit.setPlaceholderText(self.tr("人数，不知道可不填"))
            edit.setMaxLength(9)
            digits_only(edit)
            edit.textEdited.connect(self._hide_error)
            self.edits[field] = edit
            caption = QLabel(self.tr("{label}：").format(label=shown(wf.population_label(field))))
            caption.setBuddy(edit)
            form.addWidget(caption, n // 2, (n % 2) * 2)
            form.addWidget(edit, n // 2, (n % 2) * 2 + 1)
        self.error = error_label(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("保存人口数据"))
        self.import_button = QPushButton(self.tr("从 Excel 导入…"))
        self.import_button.setToolTip(
            self.tr(
                "表格第一行是表头：村（社区）代码，以及户籍人口、常住人口、老年人数、供养老人数中的任意几列"
            )
        )
        self.save_button.clicked.connect(self.save)
        self.import_button.clicked.connect(self._choose_file)
        layout = QFormLayout(self)
        layout.addRow(form)
        layout.addRow(self.error)
        layout.addRow(button_row(self.save_button, self.import_button))
        self.read_only = store.role == divisions.ROLE_COUNTY
        self.import_button.setEnabled(not self.read_only)
        self.show_row(None)

    def show_row(self, row: dict[str, Any] | None) -> None:
        """Show the figures of ``row`` (a village as listed), or nothing to edit."""
        self._row = row
        self._hide_error()
        for field, edit in self.edits.items():
            value = row.get(field) if row else None
            edit.setText("" if value is None else str(value))
            edit.setReadOnly(row is None or self.read_only)
        self.save_button.setEnabled(row is not None and not self.read_only)

    def values(self) -> dict[str, str]:
        return {field: edit.text() for field, edit in self.edits.items()}

    def save(self) -> bool:
        if self._row is None or self.read_only:
            return False
        try:
            village_figures.set_figures(self.store, self._row["id"], self.values())
        except FieldErrors as e:
            self._show_error("\n".join(shown(m) for m in e.errors.values()))
            return False
        except RuleError as e:
            self._show_error(shown(e.message))
            return False
        self.changed.emit()
        return True

    def import_file(self, path: Path) -> int | None:
        """Import every village's figures from ``path``; the number of villages changed, or
        None when refused (the reason shown, nothing changed)."""
        try:
            count = village_figures.set_by_code(self.store, read_figures(path))
        except RuleError as e:
            self._show_error(shown(e.message))
            return None
        self.changed.emit()
        return count

    def _choose_file(self) -> None:
        path = ask_open(self, self.tr("导入人口数据"), self.tr("Excel 工作簿 (*.xlsx)"))
        if path is not None:
            self.import_file(path)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _hide_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
