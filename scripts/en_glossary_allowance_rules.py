"""English for the 津贴规则 settings tab: a rule edited as a new version, with a preview.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

ENUM: dict[str, str] = {
    "取得证书的次月起发": "From the month after the certificate",
    "取得证书的当月起发": "From the month of the certificate",
    "按整月发": "Pay the whole month",
    "不发": "Pay nothing",
    "按天数折算": "Pay by days",
}

COMMON: dict[str, str] = {
    "{what}太长（最多 {n} 个字）。": "{what} is too long (at most {n} characters).",
    "至少要给一个等级填写每月金额。": "Enter a monthly amount for at least one level.",
    "新版本的起始月份 {new} 不能早于或等于最近一个版本的 {last}：已有版本不能改写，"
    "调整标准请从 {free} 或以后的月份起新增一个版本。": (
        "The new version's first month {new} cannot be on or before the latest version's "
        "{last}: existing versions are never rewritten. To change the rates add a version "
        "starting {free} or later."
    ),
    "规则名称": "Rule name",
    "发放渠道": "Funding channel",
    "资金来源": "Funded by",
    "本乡镇（街道）已加入县里的同步：津贴规则由县里制定，随回执下发，这里不能修改。"
    "需要调整请联系县（区）民政局。": (
        "This township has joined the county's sync: the allowance rule is set by the county "
        "and arrives with its receipts, so it cannot be changed here. Ask the county civil "
        "affairs bureau to change it."
    ),
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "AllowanceRulesTab": {
        "尚未选定本地规则，暂按默认预设“{name}”计算；保存后以填写的内容为第一个版本。": (
            "No local rule chosen yet: the default preset “{name}” is used for now. Saving "
            "makes what you entered the first version."
        ),
        "不限岗位": "Any post",
        "登记有效": "Registration valid",
        "上年考评不合格不发": "Not paid after a failed appraisal last year",
        "继续教育达标": "Continuing education met",
        "填写有误，暂不能预览。": "Something entered is wrong; no preview yet.",
        "正在计算 {month} 的变化……": "Working out the change for {month}…",
        "{month}：按已保存的规则 {people0} 人、{amount0} 元；按修改后的规则 {people1} 人、"
        "{amount1} 元；变化 {dp:+d} 人、{da} 元。": (
            "{month}: saved rule {people0} people, {amount0} yuan; edited rule {people1} "
            "people, {amount1} yuan; change {dp:+d} people, {da} yuan."
        ),
        "预览没有算出来：{reason}": "The preview could not be worked out: {reason}",
        "本乡镇（街道）已加入县里的同步：津贴规则由县里制定，随回执下发，这里只能查看。": (
            "This township has joined the county's sync: the allowance rule is set by the "
            "county and arrives with its receipts; here it can only be viewed."
        ),
        "规则预设：": "Preset:",
        "载入预设": "Load Preset",
        "用预设的金额和条件填写下面各项（保存前不会改动已保存的规则）": (
            "Fill the fields below from the preset (the saved rule changes only when you save)"
        ),
        "规则名称：": "Rule name:",
        "发放渠道：": "Funding channel:",
        "印在发放表上，如：参照村（社区）干部误工补贴发放": (
            "Printed on the payroll, e.g. paid like the village cadres' allowance"
        ),
        "资金来源：": "Funded by:",
        "如：街镇财力解决": "e.g. the township's own budget",
        "本版本起始月份：": "This version from:",
        "yyyy-MM": "yyyy-MM",
        "从这个月起按本版本计算；更早的月份仍按原来的版本，不会被改写": (
            "Months from this one are paid by this version; earlier months keep their "
            "version and are never rewritten"
        ),
        "从何时起发：": "Paid from:",
        "不足整月：": "Part months:",
        "各等级金额（元，空着表示该等级不发；奖励为首次取得该等级时的一次性奖励，空着表示不设）：": (
            "Amounts per level (yuan; empty: the level is not paid. The reward is paid once "
            "when a level is first obtained; empty: none):"
        ),
        "每月金额（元）": "Monthly (yuan)",
        "一次性奖励（元）": "One-off reward (yuan)",
        "发放对象（只发在岗人员，持有上表中有金额的等级证书）": (
            "Who is paid (people in post holding a level with an amount above)"
        ),
        "岗位类型（都不勾选表示不限岗位）：": "Post types (none ticked: any post):",
        "当月证书登记有效": "Certificate registered in the month",
        "上一年度考评不合格的不发": "Not paid after a failed appraisal the year before",
        "上一个已结束登记期的继续教育学时达标": (
            "Continuing education met in the last completed registration period"
        ),
        "考试费用报销": "Exam Fee Reimbursement",
        "报销范围：": "Who is reimbursed:",
        "由谁报销：": "Paid by:",
        "如：所在村（社区）或用人单位": "e.g. the village (community) or the employer",
        "已保存的版本（保存时新增一个版本，已有版本不会被改写）：": (
            "Saved versions (saving adds a version; existing ones are never rewritten):"
        ),
        "起始月份": "From",
        "每月金额": "Monthly",
        "一次性奖励": "One-off reward",
        "条件": "Conditions",
        "保存为新版本": "Save as New Version",
    },
    "SettingsDialog": {"津贴规则": "Allowance Rules"},
}
