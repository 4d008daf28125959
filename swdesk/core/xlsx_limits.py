"""The range each spreadsheet reading limit (``formats.xlsx_guard.Limits``) may be set to.

A county with very large rosters raises the limits in the settings dialog; a limit below the
least value here would refuse ordinary rosters, one above the most would let a single file
take the computer's memory (the limits exist for that: ``formats.xlsx_guard``). The most rows and
columns are Excel's own (1 048 576 × 16 384): no sheet can hold more.
"""

from __future__ import annotations

from typing import NamedTuple

from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import msg


class Range(NamedTuple):
    label: str  # marked for translation (context "enum", as msg() shows a str value)
    least: int
    most: int


RANGES: dict[str, Range] = {
    "xlsx_max_rows": Range(_N("enum", "最多行数"), 1_000, 1_048_576),
    "xlsx_max_columns": Range(_N("enum", "最多列数"), 50, 16_384),
    "xlsx_max_uncompressed_mb": Range(_N("enum", "解压后最大（MB）"), 8, 2_048),
    "xlsx_max_ratio": Range(_N("enum", "最大压缩比"), 20, 2_000),
}


def check_limit(key: str, value: object) -> int:
    """``value`` as the setting ``key`` stores it; ``RuleError`` naming the range if outside."""
    rule = RANGES[key]
    try:
        number = int(str(value).strip())
    except ValueError:
        number = None
    if number is None or not rule.least <= number <= rule.most:
        raise RuleError(
            msg(
                "电子表格的{field}应是 {least} 到 {most} 之间的整数，现在是“{value}”。",
                field=rule.label,
                least=rule.least,
                most=rule.most,
                value=value,
            ),
            key,
        )
    return number
