"""English for a person's allowance history: the worker file's 津贴记录 tab, the year statement
(年度津贴明细) and the one-off rewards owed (待发奖励).

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

ENUM: dict[str, str] = {
    "年度津贴明细": "Annual Allowance Statement",  # a document kind of the export log
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "": {
        "津贴明细只能输出为 PDF 文件（.pdf）：{path}": (
            "An allowance statement can only be written as a PDF file (.pdf): {path}"
        ),
        "年份 {year} 不对，请写四位年份，如 2026。": (
            "The year {year} is not right: write a four-digit year, e.g. 2026."
        ),
        "{level}证书 {obtained} 取得": "{level} certificate obtained {obtained}",
        "{year} 年还没有任何发放表，没有津贴明细可打印。"
        "请先在津贴发放页或用 swdesk allowance run 生成该年的发放表。": (
            "There is no payroll run in {year} yet, so there is no statement to print. "
            "Make the year's runs first on the Allowances page or with swdesk allowance run."
        ),
    },
    "AllowanceHistory": {
        "奖励": "Reward",
        "补发": "Back pay",
        "扣回": "Deduction",
        "津贴": "Allowance",
        "月份": "Month",
        "类别": "Kind",
        "标准（元/月）": "Rate (yuan/month)",
        "金额（元）": "Amount (yuan)",
        "发放表状态": "Run state",
        "说明（未发的原因）": "Note (why nothing was paid)",
        "{first} 至 {last}": "{first} to {last}",
        "（{days}）": " ({days})",
        "发放表：{month}": "Payroll run: {month}",
        "合计和打印的年份": "The year to total and print",
        "打印津贴明细…": "Print Statement…",
        "这一年每月的金额或未发原因、奖励和更正、合计（含大写）的 PDF，身份证号隐去中间位": (
            "A PDF of the year: each month's amount or why nothing, rewards and corrections, "
            "and the total in figures and words; the ID number masked"
        ),
        "年份：": "Year:",
        "保存档案后，这里列出此人每次发放表里的津贴、奖励和更正。": (
            "Once the file is saved, this lists the person's allowances, rewards and "
            "corrections on every payroll run."
        ),
        "此人还没有进入任何发放表。": "This person is not on any payroll run yet.",
        "{year} 年": "{year}",
        "待发奖励：{level} {amount} 元（下一次生成发放表草稿时计入）": (
            "Reward owed: {level} {amount} yuan (paid by the next draft run)"
        ),
        "{year} 年合计 {amount} 元（已审核、已发放）": (
            "{year} total {amount} yuan (approved and paid runs)"
        ),
        "；另有未审核 {amount} 元": "; {amount} yuan more not yet approved",
        "打印津贴明细": "Print Statement",
        "{name} {year} 年津贴明细.pdf": "{name} allowance statement {year}.pdf",
        "PDF 文件 (*.pdf)": "PDF files (*.pdf)",
        "已保存 {name} 的 {year} 年津贴明细：\n{path}": (
            "Saved the {year} allowance statement of {name}:\n{path}"
        ),
        "津贴记录(&J)": "Allowance &Journal",
        "（{n}）": " ({n})",
        " · 待发奖励": " · reward owed",
    },
    "PendingRewardsLabel": {
        "待发奖励：{people}，合计 {amount} 元（下一次生成草稿时计入）": (
            "Rewards owed: {people}, {amount} yuan (paid by the next draft run)"
        ),
        "{name}\u3000{level}（{obtained} 取得）\u3000{amount} 元": (
            "{name}  {level} (obtained {obtained})  {amount} yuan"
        ),
    },
    "RewardNotice": {
        "{name} 取得{level}证书（{obtained}），按津贴规则可获一次性奖励 {amount} 元，"
        "下一次生成发放表草稿时计入。": (
            "{name} obtained the {level} certificate ({obtained}): under the allowance rule "
            "a one-off reward of {amount} yuan is owed, paid by the next draft run."
        ),
        "待发奖励": "Reward Owed",
    },
}
