"""English for the start-up messages of swdesk.app (see scripts/en_glossary.py)."""

from __future__ import annotations

BY_CONTEXT = {
    "app": {
        "今天的自动备份没有成功：{error}。请检查磁盘空间，或用“备份…”手动备份。": (
            "Today's automatic backup failed: {error}. Check the free disk space, "
            "or make a backup with “Backup…”."
        ),
    },
}
