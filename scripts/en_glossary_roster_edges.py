"""English for the edges of an imported 花名册: footer lines skipped, one style of report
line (see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON = {
    "第 {row} 行是表格下方的签字、合计等表尾，已跳过。": (
        "Row {row} is the footer under the table (signatures, totals) and was skipped."
    ),
    "第 {first}–{last} 行是表格下方的签字、合计等表尾，已跳过。": (
        "Rows {first}–{last} are the footer under the table (signatures, totals) and were skipped."
    ),
    "第 {row} 行 {column}：{reason}": "Row {row} {column}: {reason}",
}
