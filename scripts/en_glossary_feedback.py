"""English for the message bar on top of the page and the page's own count in the status bar
(see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON: dict[str, str] = {
    "已导出 {n} 人到：{path}": "Exported {n} people to: {path}",
    "已生成导入模板：{path}": "Import template created: {path}",
    "共 {n} 个村（社区）": "{n} villages (communities) in all",
    "{year} 年报名 {n} 人": "{n} registered for {year}",
    "列出 {n} 次培训": "{n} training events listed",
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "MainWindow": {
        "已保存。这份档案不符合当前的搜索或筛选条件，所以没有显示在列表里。": (
            "Saved. This file does not match the current search or filters, so the list "
            "does not show it."
        ),
        "显示": "Show",
    },
    "MessageBar": {
        "关闭提示": "Close message",
    },
}
