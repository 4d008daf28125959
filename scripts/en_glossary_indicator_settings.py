"""English for the 指标 tab of the settings dialog (the county's stale-days setting).

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

COMMON: dict[str, str] = {
    # core/indicators/staleness.py
    "乡镇数据过期天数应是 {least} 到 {most} 之间的整数，现在是“{value}”。": (
        "Days before a township's figures are stale should be a whole number from {least} "
        "to {most}, not “{value}”."
    ),
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "SettingsDialog": {"指标": "Indicators"},
    "IndicatorSettingsTab": {
        "可设 {least} 到 {most} 天。": "From {least} to {most} days.",
        "“指标”页上，超过下面天数没有同步的乡镇会被标出，它的数字可能已经过时。按各乡镇报送数据的节奏设置。": (
            "On the Indicators page, a township that has not synced for more than this many "
            "days is flagged: its figures may be out of date. Set it to how often your "
            "townships send their data."
        ),
        "乡镇数据过期天数(&S)：": "Days before a township is &stale:",
        " 天": " days",
    },
}
