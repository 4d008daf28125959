"""English for the start-up messages of swdesk.app (see scripts/en_glossary.py)."""

from __future__ import annotations

BY_CONTEXT = {
    "app": {
        "无法打开数据文件 {path}。": "Cannot open the data file {path}.",
        "今天的自动备份没有成功：{error}。请检查磁盘空间，或用“备份…”手动备份。": (
            "Today's automatic backup failed: {error}. Check the free disk space, "
            "or make a backup with “Backup…”."
        ),
    },
    "crash": {
        "无法完成": "Could not finish",
    },
    "tasks": {
        "无法读写文件 {file}。\n请检查文件是否存在、U盘是否插好；如果它正在 Excel 或其他程序中打开，请先关闭再试。": (
            "Cannot read or write the file {file}.\nCheck that it exists and that the USB stick "
            "is plugged in; if it is open in Excel or another program, close it and try again."
        ),
    },
}
