"""English for the allowance area (职业津贴): payroll rules, runs, amounts and their refusals.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

ENUM: dict[str, str] = {
    # registration states of the national social-work information system
    "终审通过": "Final Review Passed",
    "已出证": "Certificate Issued",
    "已完成": "Completed",
    # payroll run states
    "公示": "Published",
    "已审核": "Approved",
    "已发放": "Paid",
    # registrations (core/registration.py)
    "首次登记": "First Registration",
    "再登记": "Re-registration",
    "待审核": "Pending Review",
    "初审通过": "First Review Passed",
    "初审未通过": "First Review Failed",
    "终审未通过": "Final Review Failed",
    # payee accounts
    "社保卡": "Social Security Card",
    "银行卡": "Bank Card",
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "": {
        # payee accounts (core/allowance.py)
        "账户类别“{kind}”不认识，应是：{kinds}。": "Unknown account kind “{kind}”; use one of: {kinds}.",
        "账号“{account}”不对：应是 8 到 32 位数字。": (
            "Account “{account}” is not right: it should be 8 to 32 digits."
        ),
        # county summary (cli/allowance.py, services/allowance.py)
        "allowance county 汇总各乡镇报来的发放表，只能在县里的数据文件上运行；"
        "乡镇（街道）请用 allowance list 或 allowance export 查看本乡镇的发放表。": (
            "allowance county sums the payrolls the townships sent and runs only on a county "
            "data file; a township sees its own payrolls with allowance list or allowance export."
        ),
        "县级汇总只能导出为 .xlsx 文件。": "The county summary can only be exported as an .xlsx file.",
        # core/registration.py
        "请填写{what}。": "Please fill in {what}.",
        "登记的等级“{level}”不认识，应是：{levels}。": (
            "Unknown registration level “{level}”; use one of: {levels}."
        ),
        "登记类别“{kind}”不认识，应是：{kinds}。": (
            "Unknown registration kind “{kind}”; use one of: {kinds}."
        ),
        "登记状态“{state}”不认识，应是：{states}。": (
            "Unknown registration state “{state}”; use one of: {states}."
        ),
        "登记有效期起": "registration valid from",
        "登记有效期止": "registration valid until",
        "登记有效期止 {until} 早于有效期起 {start}。": (
            "The registration ends ({until}) before it starts ({start})."
        ),
        "申请日期": "application date",
        # store/registrations.py
        "{name} 没有{level}证书，不能登记。": (
            "{name} holds no {level} certificate, so it cannot be registered."
        ),
        # store/allowances.py
        "没有名为“{key}”的津贴规则预设，可选：{keys}。": (
            "There is no allowance preset named “{key}”; choose one of: {keys}."
        ),
        "没有 {month} 的发放表。先运行 swdesk allowance run --month {month} 生成草稿。": (
            "There is no payroll for {month}. First run swdesk allowance run --month {month} "
            "to make a draft."
        ),
        "{month} 的发放表已是“{state}”，不能重新计算或修改。更正请在以后月份的发放表里补发或扣回（swdesk allowance adjust）。": (
            "The payroll of {month} is already “{state}” and cannot be computed again or "
            "changed. Correct it with a back payment or deduction in a later month's payroll "
            "(swdesk allowance adjust)."
        ),
        "{months} 中有月份已在 {other} 的发放表里，同一个月不能发两次。": (
            "Some months of {months} are already in the payroll of {other}; a month cannot be "
            "paid twice."
        ),
        "{month} 还没有已审核的发放表，不能补发或扣回；请直接重新计算该月的草稿。": (
            "{month} has no approved payroll, so nothing can be paid back or deducted for it; "
            "compute that month's draft again instead."
        ),
        "补发或扣回只能更正发放表之前的月份。": (
            "A back payment or deduction can only correct a month before the payroll's own."
        ),
        "补发或扣回需要写明理由（--reason）。": (
            "A back payment or deduction needs a reason (--reason)."
        ),
        # services/allowance.py
        "--sheet 只能是：{sheets}。": "--sheet must be one of: {sheets}.",
        "代发表只输出 Excel（.xlsx）。": "The bank's sheet is written as Excel (.xlsx) only.",
        "导出文件应以 .xlsx 或 .pdf 结尾：{path}": "The export file should end in .xlsx or .pdf: {path}",
        # cli/allowance.py, cli/registration.py
        "读不了规则文件 {path}：{error}": "Cannot read the rules file {path}: {error}",
        "规则文件 {path} 不是有效的 JSON。": "The rules file {path} is not valid JSON.",
        "规则文件 {path} 应是一个 JSON 对象。": "The rules file {path} should hold one JSON object.",
        "找不到身份证号为 {id} 的社工。": "No social worker has the ID number {id}.",
        # core/money.py
        "金额": "Amount",
        "{what}“{value}”不是金额，请写数字，如 200 或 200.50。": (
            "{what} “{value}” is not an amount; write a number such as 200 or 200.50."
        ),
        "{what}“{value}”最多只能有两位小数（分）。": (
            "{what} “{value}” may have at most two decimals (fen)."
        ),
        "{what}“{value}”太大了，请核对。": "{what} “{value}” is too large; please check it.",
        # core/allowance.py: months and rules
        "月份": "Month",
        "起始月份": "First Month",
        "{what}“{value}”看不懂，请写成 2026-03 的样子。": (
            "{what} “{value}” cannot be read; write it like 2026-03."
        ),
        "津贴规则的“{key}”只能是 true 或 false。": (
            "The allowance rule's “{key}” must be true or false."
        ),
        "津贴规则的“{key}”是“{value}”，只能是：{allowed}。": (
            "The allowance rule's “{key}” is “{value}”; it must be one of: {allowed}."
        ),
        "津贴规则的“{what}”应是“等级: 金额”的表。": (
            "The allowance rule's “{what}” must be a table of level: amount."
        ),
        "津贴规则里的等级“{level}”不认识，应是：{levels}。": (
            "The level “{level}” in the allowance rule is unknown; it must be one of: {levels}."
        ),
        "{level}的金额": "Amount for {level}",
        "{level}的金额不能是负数。": "The amount for {level} must not be negative.",
        "津贴规则里的岗位类型“{post}”不认识，应是：{posts}。": (
            "The post type “{post}” in the allowance rule is unknown; it must be one of: {posts}."
        ),
        "津贴规则至少要有一个版本（起始月份和各等级金额）。": (
            "An allowance rule needs at least one version (a first month and the amount per level)."
        ),
        "津贴规则有两个版本从同一个月开始，请合并。": (
            "Two versions of the allowance rule start in the same month; merge them."
        ),
        # core/allowance.py: why a month is not paid
        "岗位“{post}”不在津贴发放范围。": "The post “{post}” is not covered by the allowance.",
        "没有职业水平证书。": "No professional certificate.",
        "{level}不在津贴发放范围。": "{level} is not covered by the allowance.",
        "证书没有填取得时间。": "The certificate has no date obtained.",
        "证书 {obtained} 取得，{start} 起发放。": (
            "Certificate obtained on {obtained}; paid from {start}."
        ),
        "证书未登记。": "The certificate is not registered.",
        "证书登记不在有效期内或未通过审核。": (
            "The certificate's registration is not valid in this month or was not approved."
        ),
        "本月不符合发放条件。": "Not eligible this month.",
        "{year} 年度考评不合格。": "Appraisal for {year} failed.",
        "上一登记期继续教育学时未达标。": (
            "Continuing-education hours of the last registration period were not met."
        ),
        "{month} 还没有适用的津贴标准。": "No allowance rate applies to {month} yet.",
        "本月只有 {days} 天符合条件，按规则不足整月不发。": (
            "Eligible on only {days} days this month; the rule pays whole months only."
        ),
        # core/allowance.py: runs and corrections
        "一次发放可以包含 1 到 {most} 个月，现在是 {count}。": (
            "A payroll run covers 1 to {most} months; this one has {count}."
        ),
        "补发或扣回的金额不能是 0。": "A back payment or deduction cannot be 0.",
        "扣回 {amount} 元超过了该月实际发放的 {paid} 元，请核对。": (
            "Deducting {amount} yuan exceeds the {paid} yuan actually paid for that month; please check."
        ),
        "发放表状态“{state}”不认识。": "Unknown payroll state “{state}”.",
        "发放表已{state}，不能再修改。更正请在以后月份的发放表里补发或扣回。": (
            "The payroll is {state} and can no longer change. Correct it with a back payment or "
            "deduction in a later month's payroll."
        ),
        "发放表现在是“{old}”，不能直接改为“{new}”。": (
            "The payroll is “{old}” and cannot go straight to “{new}”."
        ),
    },
    "AllowanceModel": {
        "身份证号（隐去中间位）": "ID number (middle digits hidden)",
        "等级/项目": "Level / item",
        "月数": "Months",
        "标准（元/月）": "Rate (yuan/month)",
        "金额（元）": "Amount (yuan)",
        "说明（未发的原因）": "Note (why nothing is paid)",
        "补发": "Back pay",
        "扣回": "Deduction",
        "奖励：{level}": "Reward: {level}",
    },
    "AllowancePage": {
        "这次一起发放的月数：按月发放为 1，按季度发放为 3": (
            "How many months this payroll pays: 1 when paid monthly, 3 when paid quarterly"
        ),
        "计算(&C)": "&Compute",
        "重新计算(&C)": "Re&compute",
        "第一个月：": "First month:",
        "发放月数：": "Months paid:",
        "生成发放表草稿": "Make the draft payroll",
        "公示(&P)…": "&Publish…",
        "输出公示名单 PDF（身份证号隐去中间位，不含账号），张贴公示": (
            "Write the public notice list as a PDF (ID numbers masked, no accounts) to post"
        ),
        "审核通过(&A)…": "&Approve…",
        "公示无异议后审核：发放表从此锁定": (
            "Approve once the notice period raised no objection: the payroll is then locked"
        ),
        "登记已发放(&D)…": "Recor&d as paid…",
        "导出发放表 Excel…": "Export payroll Excel…",
        "导出签领表 PDF…": "Export signing sheet PDF…",
        "导出银行代发表…": "Export bank payment sheet…",
        "银行或社保卡代发用的 Excel 表，含完整身份证号和账号": (
            "The Excel sheet for payment by the bank or social security card, with full ID "
            "numbers and accounts"
        ),
        "还没有 {month} 起的发放表。选好第一个月和发放月数（按季度发放选 3 个月），"
        "点“生成发放表草稿”：按津贴规则、证书、登记、在岗和考评结果算出每人的金额，"
        "不发的写明原因。草稿可以反复重新计算，公示、审核后锁定。": (
            "No payroll starting {month} yet. Choose the first month and the number of months "
            "(3 when paid quarterly) and click “Make the draft payroll”: each person's amount is "
            "computed from the allowance rules, certificates, registrations, time in post and "
            "appraisal results, with the reason wherever nothing is paid. A draft can be "
            "recomputed as often as needed; it is locked once published and approved."
        ),
        "状态：尚未生成": "State: not made yet",
        "状态：{state}": "State: {state}",
        "{period}：{people}，合计 {amount} 元（{lines}）": (
            "{period}: {people}, {amount} yuan in total ({lines})"
        ),
        "{first} 至 {last}": "{first} to {last}",
        "津贴发放": "Allowance payroll",
        "计算发放表": "Computing the payroll",
        "{month} 起的发放表草稿：{people}，合计 {amount} 元（{lines}）。": (
            "Draft payroll from {month}: {people}, {amount} yuan in total ({lines})."
        ),
        "保存公示名单": "Save the public notice list",
        "{month} 津贴公示名单.pdf": "{month} allowance notice.pdf",
        "PDF 文件 (*.pdf)": "PDF files (*.pdf)",
        "已公示 {month} 的发放表。公示名单（身份证号隐去中间位）保存在：\n{path}": (
            "The {month} payroll is published. The notice list (ID numbers masked) is saved "
            "in:\n{path}"
        ),
        "审核通过": "Approve",
        "审核通过 {period} 的发放表（{people}，合计 {amount} 元）？\n\n"
        "审核后发放表锁定：不能再重新计算或修改。"
        "以后发现的错误，只能在以后月份的发放表里补发或扣回。": (
            "Approve the payroll for {period} ({people}, {amount} yuan in total)?\n\n"
            "Once approved the payroll is locked: it can no longer be recomputed or changed. "
            "Errors found later can only be corrected by a back payment or deduction in a "
            "later month's payroll."
        ),
        "已审核：{month} 的发放表已锁定。": "Approved: the {month} payroll is locked.",
        "登记已发放": "Record as paid",
        "发放日期（年-月-日）：": "Paid on (year-month-day):",
        "“{raw}”不是日期，请写成 2026-03-31 这样。": "“{raw}” is not a date; write it like 2026-03-31.",
        "已登记发放：{month}，{day}。": "Recorded as paid: {month}, on {day}.",
        "发放表": "payroll",
        "银行代发表": "bank payment sheet",
        "签领表": "signing sheet",
        "导出{what}": "Export {what}",
        "已导出{what}：\n{path}": "Exported the {what}:\n{path}",
    },
    "MainWindow": {"津贴发放": "Allowance Payroll"},
    "SyncTables": {
        "证书登记": "Certificate registrations",
        "津贴发放表": "Allowance payrolls",
        "津贴发放明细": "Allowance payroll lines",
        "津贴收款账户": "Allowance payee accounts",
    },
}
