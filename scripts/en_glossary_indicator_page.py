"""English for the 指标 page, its charts and drill-down, and the statistics report's refusals.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

COMMON: dict[str, str] = {
    "--year {year} 不对：应是 {first} 至 {now} 之间的年份。": (
        "--year {year} is not valid: give a year from {first} to {now}."
    ),
    "统计表只能导出为 .xlsx 或 .pdf 文件，“{name}”不是。请换一个文件名。": (
        "The statistics form can only be written as an .xlsx or .pdf file, and “{name}” is"
        " neither. Choose another file name."
    ),
    "{year} 年还没有到，不能出统计表。": (
        "{year} has not begun yet, so there is no statistics form for it."
    ),
}

_STATUS = {
    "达标": "Met",
    "未达目标": "Not met",
    "{verdict}（估算）": "{verdict} (estimate)",
    "估算": "Estimate",
    "未设目标": "No target set",
    "无数据": "No data",
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "MainWindow": {"指标": "Indicators"},
    "IndicatorModel": {
        **_STATUS,
        "指标": "Indicator",
        "类别": "Kind",
        "目标": "Target",
        "当前值": "Value",
        "差距": "Gap",
        "全县": "Whole county",
        "{name}（数据过期）": "{name} (out of date)",
        "{name}\n依据：{source}": "{name}\nSource: {source}",
        "{n} / {d}": "{n} / {d}",
        "该乡镇超过规定天数未同步，数字可能已过时。": (
            "This township has not synced for longer than the set number of days; its figures"
            " may be out of date."
        ),
    },
    "IndicatorPeopleDialog": {
        "{title}：共 {n} 人": "{title}: {n} people",
        "打开档案": "Open file",
    },
    "IndicatorsPage": {
        "今天": "Today",
        "去年年底": "End of last year",
        "全县": "Whole county",
        "导出统计表…": "Export statistics form…",
        "正在计算……": "Calculating…",
        "统计截至": "As of",
        "正在计算 {at} 的指标……": "Calculating the indicators as of {at}…",
        "以下乡镇超过 {days} 天未同步，其数字可能已过时：{names}": (
            "These townships have not synced for over {days} days, so their figures may be out"
            " of date: {names}"
        ),
        "指标计算失败：{error}": "The indicators could not be calculated: {error}",
        "各村（社区）持证社工": "Certified workers per village/community",
        "各等级人数（年末）": "People per level (year end)",
        "{n} 项指标，{missed} 项未达标": "Not met: {missed} of {n}",
        "{name} 的持证社工": "Certified workers of {name}",
        "导出统计表": "Export statistics form",
        "Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf)": "Excel workbook (*.xlsx);;PDF file (*.pdf)",
        "导出失败：{error}": "Export failed: {error}",
        "已导出：{path}": "Exported: {path}",
    },
    "UnitsChart": {
        "持证社工（达到目标）": "Certified workers (target met)",
        "持证社工（未达目标）": "Certified workers (below target)",
        "目标": "Target",
    },
}
