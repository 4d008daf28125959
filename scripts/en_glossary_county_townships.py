"""English for a county's township dimension: the 乡镇 column and filter of its lists."""

from __future__ import annotations

Translation = str | tuple[str, str]

COMMON: dict[str, Translation] = {
    "按乡镇（街道）筛选": "Filter by township",
    "全部乡镇（街道）": "All townships",
}

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "MainWindow": {
        "查看…": "View…",
        "查看选中的档案（只读：档案由乡镇维护）": (
            "View the selected file (read-only: the township keeps the file)"
        ),
        "档案由乡镇维护，请乡镇修改后重新报送": (
            "the township keeps this file; ask the township to correct it and send it again"
        ),
    },
    "ReadOnlyView": {
        "{title}（只读：{note}）": "{title} (read-only: {note})",
        "关闭": "Close",
    },
    "TownshipColumn": {
        "乡镇（街道）": "Township",
        "乡镇（街道）：": "Township:",
    },
    "EventModel": {
        "乡镇（街道）": "Township",
    },
    "WorkerModel": {
        "乡镇（街道）": "Township",
    },
    "WorkersPage": {
        "还没有收到乡镇的社工档案。乡镇导出数据包、在“数据同步”页导入后会显示在这里。": (
            "No worker files from the townships yet. They appear here once a township exports "
            "a package and it is imported on the Sync page."
        ),
    },
}
