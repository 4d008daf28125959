"""English for the field names that a refused control character names (core/text.py's
``clean_text`` applied to every typed or imported text field).

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

BY_CONTEXT: dict[str, dict[str, str]] = {
    "": {
        "准考证号": "Admission ticket number",
        "考点": "Exam site",
        "村（社区）名称": "Village (community) name",
        "理由": "Reason",
        "培训名称": "Training title",
        "主办单位": "Organiser",
        "培训地点": "Training place",
        "证书管理号": "Certificate management number",
        "补发或扣回的理由": "Reason for the back payment or deduction",
    },
}
