"""English for what leaving or moving gives up (posts vacated, roles ended) and for a county's
read-only training records.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

COMMON: dict[str, str] = {
    "已同时腾出岗位：{posts}。": " Post(s) vacated as well: {posts}.",
    "已同时结束职务：{roles}。": " Role(s) ended as well: {roles}.",
    "{first}{rest}": "{first}{rest}",
    "{first}、{rest}": "{first}, {rest}",
    "{unit}的{kind}岗位": "the {kind} post at {unit}",
    "{name} 在 {unit} 的专业岗位是 {since} 到岗的，离岗或调动日期 {day} 不能早于它：请核对日期。": (
        "{name} took up the professional post at {unit} on {since}; the date of leaving or "
        "moving, {day}, cannot be earlier: please check the date."
    ),
    "{name} 的职务“{role}”是 {since} 开始担任的，离岗或调动日期 {day} 不能早于它：请核对日期。": (
        "{name} has held the role “{role}” since {since}; the date of leaving or moving, "
        "{day}, cannot be earlier: please check the date."
    ),
    "县里的数据文件汇总各乡镇报来的培训、签到和培训费用，不在县里登记这些记录。请在乡镇（街道）的数据文件里登记，再导出数据包报县；县里可用 training status 查看学时达标情况。": (
        "A county data file gathers the trainings, attendance and training costs the "
        "townships report; they are not entered at the county. Record them in the "
        "township's data file and send its package to the county; at the county, "
        "training status shows who meets the hours."
    ),
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "TrainingPage": {
        "还没有培训记录。培训和签到由各乡镇（街道）登记，随数据包报到县里。": (
            "No trainings yet. The townships record trainings and attendance, and they "
            "reach the county in their packages."
        ),
    },
}
