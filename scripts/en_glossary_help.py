"""English for 帮助 → 使用说明 and the file dialogs' shared filter (see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON = {
    "所有文件 (*)": "All files (*)",
    "使用说明": "Guide",
    "第一周的使用说明，打开本页面的一节": (
        "The first-week guide, opened at the section for this page"
    ),
}
