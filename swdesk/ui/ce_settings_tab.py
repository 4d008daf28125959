"""The 继续教育 tab of the settings dialog: the locality's rules, starting from a preset.

Requirements differ by place (national 72/90 hours; Qijiang counts days), so they are data:
a preset fills the fields, anything can then be changed, and ``training.set_ce_settings``
checks and saves them (audited). Hours already credited are never rewritten by a change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from swdesk.core import ce, enums
from swdesk.core.errors import RuleError
from swdesk.store import Store, training
from swdesk.ui.enum_labels import code_label, label, select_data
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE, NEUTRAL_STYLE
from swdesk.ui.widgets import error_label

CUSTOM = "custom"


class CESettingsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.saved_settings = training.ce_settings(store)
        self.presets = training.presets()

        self.preset = QComboBox()
        for key, p in self.presets.items():
            self.preset.addItem(p.name, key)
        self.preset.addItem(self.tr("自定义"), CUSTOM)
        self.apply_button = QPushButton(self.tr("套用预设"))
        self.unit = QComboBox()
        for key, text in ce.UNIT_LABELS.items():
            self.unit.addItem(label(text), key)
        self.hours_per_day = QDoubleSpinBox()
        self.hours_per_day.setRange(1, 24)
        self.hours_per_day.setDecimals(1)
        self.hours_per_day.setSuffix(self.tr(" 学时"))
        self.day_count = QComboBox()
        self.day_count.addItem(self.tr("按学时折算（学时 ÷ 每天学时）"), ce.DAY_COUNT_HOURS)
        self.day_count.addItem(self.tr("按培训日期（开始到结束日期的天数）"), ce.DAY_COUNT_DATES)
        self.day_count.setToolTip(
            self.tr(
                "按培训日期：一天的培训无论几个学时都算 1 天；没有开始日期的记录和折算项"
                "仍按学时 ÷ 每天学时"
            )
        )
        self.required: dict[str, QDoubleSpinBox] = {}
        for level in enums.LEVELS:
            spin = QDoubleSpinBox()
            spin.setRange(0, 10000)
            spin.setDecimals(1)
            spin.setSpecialValueText(self.tr("不要求"))
            self.required[level] = spin
        self.period_years = QSpinBox()
        self.period_years.setRange(1, 10)
        self.period_years.setSuffix(self.tr(" 年"))
        self.window_months = QSpinBox()
        self.window_months.setRange(0, 24)
        self.window_months.setSuffix(self.tr(" 个月"))
        self.pace_after_days = QSpinBox()
        self.pace_after_days.setRange(0, 3650)
        self.pace_after_days.setSuffix(self.tr(" 天"))
        self.pace_after_days.setToolTip(
            self.tr("登记期开始这么多天后，才按进度判断“有风险”（期初人人都是 0 学时）")
        )
        self.conversions = QTableWidget(0, 4)
        self.conversions.setHorizontalHeaderLabels(
            [self.tr("类型代码"), self.tr("名称"), self.tr("折算学时"), self.tr("只算一次")]
        )
        self.conversions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conversions.verticalHeader().setVisible(False)
        ch = self.conversions.horizontalHeader()
        ch.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ch.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.conversions.setMinimumHeight(self.fontMetrics().height() * 7)
        self.add_conversion = QPushButton(self.tr("添加折算项"))
        self.remove_conversion = QPushButton(self.tr("删除折算项"))
        self.error = error_label(ERROR_STYLE)

        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset, 1)
        preset_row.addWidget(self.apply_button)
        form = QFormLayout()
        form.addRow(self.tr("规则预设："), preset_row)
        form.addRow(self.tr("计量单位："), self.unit)
        form.addRow(self.tr("天数计算："), self.day_count)
        form.addRow(self.tr("每天折合："), self.hours_per_day)
        for level, spin in self.required.items():
            form.addRow(self.tr("{level}要求：").format(level=label(level)), spin)
        form.addRow(self.tr("登记有效期："), self.period_years)
        form.addRow(self.tr("再登记提前："), self.window_months)
        form.addRow(self.tr("进度检查起始："), self.pace_after_days)
        conv_buttons = QHBoxLayout()
        conv_buttons.addWidget(self.add_conversion)
        conv_buttons.addWidget(self.remove_conversion)
        conv_buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "折算项：不按实际学时、按固定学时计算的项目，如取得社会工作专业学历（90 学时，只算一次）、"
                "发表论文。修改规则不会改动已经记入的学时。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(NEUTRAL_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("折算项：")))
        layout.addWidget(self.conversions, 1)
        layout.addLayout(conv_buttons)
        layout.addWidget(note)
        layout.addWidget(self.error)

        self.apply_button.clicked.connect(self.apply_preset)
        self.add_conversion.clicked.connect(lambda: self._add_conversion_row(None))
        self.remove_conversion.clicked.connect(self._remove_conversion_rows)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.load(self.saved_settings)

    # -- fields ---------------------------------------------------------------------------
    def load(self, s: ce.CESettings) -> None:
        if not select_data(self.preset, s.preset):
            select_data(self.preset, CUSTOM)
        select_data(self.unit, s.unit)
        self.hours_per_day.setValue(s.hours_per_day)
        select_data(self.day_count, s.day_count)
        for level, spin in self.required.items():
            spin.setValue(s.required_units(level))
        self.period_years.setValue(s.period_years)
        self.window_months.setValue(s.window_months)
        self.pace_after_days.setValue(s.pace_after_days)
        self.conversions.setRowCount(0)
        for c in s.conversions:
            self._add_conversion_row(c)
        self._unit_changed()

    def apply_preset(self) -> None:
        key = self.preset.currentData()
        if key in self.presets:
            self.load(self.presets[key])

    def _unit_changed(self) -> None:
        unit = code_label(ce.UNIT_LABELS, self.unit.currentData() or ce.UNIT_HOURS)
        for spin in self.required.values():
            spin.setSuffix(f" {unit}")
        self.hours_per_day.setEnabled(self.unit.currentData() == ce.UNIT_DAYS)
        self.day_count.setEnabled(self.unit.currentData() == ce.UNIT_DAYS)

    def _add_conversion_row(self, c: ce.Conversion | None) -> None:
        row = self.conversions.rowCount()
        self.conversions.insertRow(row)
        self.conversions.setItem(row, 0, QTableWidgetItem(c.activity if c else ""))
        self.conversions.setItem(row, 1, QTableWidgetItem(c.label if c else ""))
        hours = QDoubleSpinBox()
        hours.setRange(0.5, 1000)
        hours.setDecimals(1)
        hours.setValue(c.hours if c else 10)
        hours.setFrame(False)
        self.conversions.setCellWidget(row, 2, hours)
        once = QTableWidgetItem()
        once.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        once.setCheckState(Qt.CheckState.Checked if c and c.once else Qt.CheckState.Unchecked)
        self.conversions.setItem(row, 3, once)
        first = self.conversions.item(row, 0)
        if c is None and first is not None:
            self.conversions.editItem(first)

    def _remove_conversion_rows(self) -> None:
        rows = sorted({i.row() for i in self.conversions.selectionModel().selectedRows()})
        for r in reversed(rows):
            self.conversions.removeRow(r)

    def raw(self) -> dict[str, Any]:
        """The fields as settings; named after the preset only while they equal it."""
        conversions = []
        for r in range(self.conversions.rowCount()):
            code = self.conversions.item(r, 0)
            name = self.conversions.item(r, 1)
            hours = self.conversions.cellWidget(r, 2)
            once = self.conversions.item(r, 3)
            assert isinstance(hours, QDoubleSpinBox)
            conversions.append(
                {
                    "activity": code.text().strip() if code else "",
                    "label": name.text().strip() if name else "",
                    "hours": hours.value(),
                    "once": once is not None and once.checkState() == Qt.CheckState.Checked,
                }
            )
        body = {
            "unit": self.unit.currentData(),
            "hours_per_day": self.hours_per_day.value(),
            "day_count": self.day_count.currentData(),
            "required": {lv: s.value() for lv, s in self.required.items() if s.value() > 0},
            "period_years": self.period_years.value(),
            "window_months": self.window_months.value(),
            "pace_after_days": self.pace_after_days.value(),
            "conversions": conversions,
        }
        key = self.preset.currentData()
        base = self.presets.get(key)
        if base is not None and ce.settings_from_dict({**base.to_dict(), **body}) == base:
            return {**body, "preset": base.preset, "name": base.name}
        return {**body, "preset": CUSTOM, "name": "自定义"}  # stored data stays Chinese

    def save(self) -> bool:
        """Check and save if changed; on a rule error the reason shows in the tab."""
        self.error.setVisible(False)
        try:
            clean = ce.settings_from_dict(self.raw())
            if clean != self.saved_settings:
                training.set_ce_settings(self.store, clean)
                self.saved_settings = clean
        except RuleError as e:
            self.error.setText(shown(e.message))
            self.error.setVisible(True)
            return False
        return True
