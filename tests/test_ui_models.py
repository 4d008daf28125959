"""The table-model base: Qt's numbers it names, and what every derived list gets from it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from swdesk.ui import table_model as tm


def test_roles_and_alignments_are_qts_numbers() -> None:
    """The base names Qt's roles by number (no ``Qt.`` before the first paint)."""
    role = Qt.ItemDataRole
    assert (
        role.DisplayRole.value, role.EditRole.value, role.ToolTipRole.value,
    ) == (tm.DISPLAY_ROLE, tm.EDIT_ROLE, tm.TOOLTIP_ROLE)  # fmt: skip
    assert (
        role.FontRole.value, role.TextAlignmentRole.value, role.BackgroundRole.value,
        role.ForegroundRole.value,
    ) == (tm.FONT_ROLE, tm.ALIGNMENT_ROLE, tm.BACKGROUND_ROLE, tm.FOREGROUND_ROLE)  # fmt: skip
    assert role.UserRole.value == tm.USER_ROLE
    align = Qt.AlignmentFlag
    assert (align.AlignRight | align.AlignVCenter).value == tm.RIGHT
    assert align.AlignCenter.value == tm.CENTER
    assert (align.AlignLeft | align.AlignTop).value == tm.ALIGN_LEFT | tm.ALIGN_TOP


class Pairs(tm.TableModel[dict[str, Any], str]):
    right_aligned = frozenset({"n"})
    tooltip_columns = frozenset({"name"})

    def header(self, column: str) -> str:
        return column.upper()

    def text(self, row: dict[str, Any], column: str) -> str:
        return str(row[column])


def test_a_model_declares_columns_and_cells_only(qtmodeltester: Any) -> None:
    model = Pairs(["name", "n"])
    model.set_rows([{"id": "a", "name": "张三", "n": 3}, {"id": "b", "name": "李四", "n": 12}])
    qtmodeltester.check(model)
    cell = model.index(1, 1)
    assert cell.data() == "12" and cell.data(tm.ALIGNMENT_ROLE) == tm.RIGHT
    assert model.index(1, 0).data(tm.TOOLTIP_ROLE) == "李四" and cell.data(tm.TOOLTIP_ROLE) is None
    assert cell.data(tm.ID_ROLE) == "b" and cell.data(tm.ROW_ROLE)["n"] == 12
    assert model.headerData(1, Qt.Orientation.Horizontal) == "N"
    assert model.headerData(0, Qt.Orientation.Vertical) is None  # no row numbers unless asked
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable and not model.setData(cell, "1")
    assert model.index(2, 0).data() is None  # off the end
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom: changed.extend([top.row(), bottom.column()]))
    model.replace_row(0, {"id": "a", "name": "张三", "n": 4})
    assert changed == [0, 1] and model.index(0, 1).data() == "4"
