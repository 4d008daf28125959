"""English for the workforce register: roles, professional posts, 社工站 and their checklist.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

COMMON: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "SyncTables": {
        "人员职务": "Roles",
        "专业岗位": "Professional posts",
        "岗位任职": "Post holders",
        "社工站": "Social work stations",
        "社工站“六有”": "Station checklists",
    },
}
