"""Reading village reference figures (户籍人口, 常住人口, 老年人数, 供养老人数) from a sheet.

The statistics office and the civil-affairs ledger give these per village as a table: a code
column and one column per figure, headed in words that vary a little between offices. The
header row is the first row naming a code column; rows without a code are skipped (totals,
notes). Values are checked by the store (``store.village_figures``), not here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.formats.excel_common import cell_value, first_sheet_rows
from swdesk.formats.xlsx_guard import Limits

CODE_HEADERS = ("村（社区）代码", "村(社区)代码", "区划代码", "统计用区划代码", "代码")
FIGURE_HEADERS: dict[str, tuple[str, ...]] = {
    "registered_population": ("户籍人口", "户籍人口数", "户籍人数"),
    "resident_population": ("常住人口", "常住人口数", "常住人数"),
    "elderly_population": ("老年人数", "老年人口", "老年人口数", "60岁以上老年人口", "老年人"),
    "supported_elderly": ("供养老人数", "供养老人", "特困供养老人", "特困供养人员"),
}


def _norm(value: object) -> str:
    return str(value or "").replace(" ", "").replace("\u3000", "").replace("*", "").strip()


def _code(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() if value is not None else ""


def read_figures(path: Path, limits: Limits | None = None) -> list[tuple[str, dict[str, Any]]]:
    """(code, {field: value as typed}) for every row with a code, in sheet order."""
    rows = first_sheet_rows(Path(path), limits)
    for at, row in enumerate(rows):
        headers = [_norm(v) for v in row]
        code_col = next((i for i, h in enumerate(headers) if h in CODE_HEADERS), None)
        if code_col is None:
            continue
        columns = {
            field: i
            for field, names in FIGURE_HEADERS.items()
            for i, h in enumerate(headers)
            if h in names
        }
        if not columns:
            raise RuleError(
                msg("表格里有代码列，但没有户籍人口、常住人口、老年人数、供养老人数中的任何一列。")
            )
        out = []
        for data in rows[at + 1 :]:
            code = _code(cell_value(data, code_col))
            if not code:
                continue
            out.append((code, {f: cell_value(data, i) for f, i in columns.items()}))
        return out
    raise RuleError(
        msg("找不到“村（社区）代码”列：第一行（表头）里要有一列叫“村（社区）代码”或“区划代码”。")
    )
