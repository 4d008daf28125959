"""English for training costs (培训费用): per attendance, who pays it back, its state.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

ENUM: dict[str, str] = {
    "未报销": "Not Reimbursed",
    "已报销": "Reimbursed",
    "不予报销": "Not Reimbursable",
}

COMMON: dict[str, str] = {
    "报销状态“{state}”不对，只能是：{states}。": (
        "Reimbursement state “{state}” is not valid; it can be: {states}."
    ),
    "培训费用": "Training cost",
    "培训费用应大于 0 元。": "A training cost must be more than 0 yuan.",
    "报销单位太长（最多 {n} 个字）。": "Who pays is too long (at most {n} characters).",
    "只有“已报销”的费用才有报销日期。": "Only a reimbursed cost has a reimbursement date.",
    "报销日期 {day} 还没到。": "The reimbursement date {day} is in the future.",
    "这个人没有参加培训“{title}”的学时记录，不能记培训费用。请先记录参加培训。": (
        "This person has no record of attending “{title}”, so no training cost can be "
        "recorded. Record the attendance first."
    ),
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "CostModel": {
        "费用（元）": "Cost (yuan)",
        "由谁报销": "Paid by",
        "报销状态": "State",
        "报销日期": "Reimbursed on",
    },
    "SyncTables": {"培训费用": "Training costs"},
    "TrainingCostsDialog": {
        "《{title}》 {date}：每人这次培训的费用、由谁报销（不填为所在单位）和报销状态。": (
            "“{title}” {date}: each person's cost of this training, who pays it back (empty: "
            "their unit) and whether it was reimbursed."
        ),
        "{n} 人参加，{m} 人已记费用；": "{n} attended, {m} with a cost recorded; ",
        "{state} {amount} 元": "{state} {amount} yuan",
        "删除培训费用": "Training cost deleted",
        "培训费用": "Training Costs",
        "所选人员的培训费用": "Training cost of the selected person",
        "金额（元）：": "Amount (yuan):",
        "如：380 或 380.50": "e.g. 380 or 380.50",
        "由谁报销：": "Paid by:",
        "报销状态：": "State:",
        "yyyy-MM-dd": "yyyy-MM-dd",
        "报销日期（只有“已报销”才有）": "Reimbursement date (reimbursed costs only)",
        "删除费用": "Delete Cost",
        "保存费用": "Save Cost",
    },
    "TrainingPage": {
        "培训费用…": "Training Costs…",
        "这次培训每人的费用、由谁报销和报销状态": (
            "Each person's cost of this training, who pays it back and whether it was reimbursed"
        ),
    },
}
