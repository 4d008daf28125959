"""English for the 津贴发放 page's runs list, its dialogs (补发/扣回, paid date, payee account),
the payee-account and paid-date refusals, and the counts that need a singular.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``); loaded after
``en_glossary_allowance.py``, so an entry here replaces one there.
"""

from __future__ import annotations

Translation = str | tuple[str, str]

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "": {
        # core/allowance_steps.py
        "发放日期 {day} 还没到（今天是 {today}）：请在发放之后登记实际发放的日期。": (
            "The paid date {day} has not come yet (today is {today}): record the day the money "
            "actually went out, after it went out."
        ),
        "发放日期 {day} 早于发放表的审核日期 {approved}：审核通过后才能发放，请核对日期。": (
            "The paid date {day} is before the payroll was approved ({approved}): money is paid "
            "after approval; please check the date."
        ),
        # core/payee.py
        "请填写账号。": "Please fill in the account number.",
        "账号“{account}”里有数字以外的字符：账号只能是数字。": (
            "The account “{account}” has characters other than digits: use digits only."
        ),
        "银行卡号应是 {low} 到 {high} 位数字，“{account}”是 {count} 位，请对照卡面核对。": (
            "A bank card number has {low} to {high} digits; “{account}” has {count}. "
            "Please check it against the card."
        ),
        "账号应是 {low} 到 {high} 位数字，“{account}”是 {count} 位，请核对。": (
            "An account number has {low} to {high} digits; “{account}” has {count}. Please check it."
        ),
        "银行卡号“{account}”的校验位不对，多半是抄错了一位或两位颠倒了，请对照卡面核对。"
        "少数老卡没有校验位：对照卡面确认无误的，可以选择不核对校验位再保存。": (
            "The check digit of bank card number “{account}” is wrong: most likely a digit was "
            "mistyped or two were swapped. Please check it against the card. A few old cards have "
            "no check digit: once checked against the card, save it without the check-digit test."
        ),
        # store/payee_accounts.py
        "{name} 没有登记收款账号，不用删除。": "{name} has no payee account to remove.",
    },
    "AllowanceModel": {
        "{month}：{reason}": "{month}: {reason}",
        "；": "; ",
        "第一个月": "First month",
        "人数": "People",
        "发放日期": "Paid on",
        "已审核，已锁定：只能查看，更正在以后月份的发放表里补发或扣回": (
            "Approved and locked: read only; corrections go into a later payroll as back pay or "
            "deductions"
        ),
    },
    # swdesk/ui/counts.py: a count with its singular
    "Counts": {
        "{n} 人": ("{n} person", "{n} people"),
        "{n} 天": ("{n} day", "{n} days"),
        "{n} 行": ("{n} line", "{n} lines"),
    },
    "AllowancePage": {
        " 个月": (" month", " months"),
        "每一张发放表；选中一张，下面显示它的每一行": (
            "Every payroll; select one to see its lines below"
        ),
        "打开(&O)": "&Open",
        "补发/扣回(&J)…": "Ad&justment…",
        "收款账号(&K)…": "Pay&ee account…",
        "这张发放表已{state}，已锁定：不能重新计算或修改。更正请在以后月份的草稿发放表里补发或扣回。": (
            "This payroll is {state} and locked: it cannot be computed again or changed. "
            "Correct it with back pay or a deduction in a later month's draft payroll."
        ),
        "还没有这个月起的发放表：先计算生成草稿": (
            "No payroll starts in this month yet: compute a draft first"
        ),
        "只有草稿发放表能记入补发或扣回；请选中或生成以后月份的草稿": (
            "Back pay and deductions go into a draft payroll only; select or make a later "
            "month's draft"
        ),
        "按津贴规则计算这张发放表的草稿；草稿可以反复重新计算": (
            "Compute this payroll's draft by the allowance rules; a draft can be computed again "
            "as often as needed"
        ),
        "已公示的发放表不再重新计算": "A published payroll is not computed again",
        "已审核的发放表不用再公示": "An approved payroll needs no further notice",
        "先公示，公示无异议后才能审核": (
            "Publish first; approve once the notice period passed without objection"
        ),
        "这张发放表已审核": "This payroll is approved",
        "登记实际发放的日期（不早于审核日，不晚于今天）": (
            "Record the day the money went out (not before the approval, not after today)"
        ),
        "已登记发放：{day}": "Recorded as paid on {day}",
        "审核通过以后才能登记发放": "A payroll can be recorded as paid once it is approved",
        "给已审核月份补发（正数）或扣回（负数），记入这张草稿发放表": (
            "Back pay (positive) or a deduction (negative) for an approved month, paid in this "
            "draft payroll"
        ),
        "登记或更换选中这一行的人的收款账号（社保卡或银行卡）": (
            "Set or change the payee account (social security card or bank card) of the person "
            "on the selected line"
        ),
        "先在发放表里选中一个人": "Select a person in the payroll first",
        "已公示 {month} 的发放表。公示名单（身份证号隐去中间位）保存在：\n{path}\n\n"
        "可以点页面下方的“打开”查看并打印。": (
            "The payroll of {month} is published. The notice list (ID numbers masked) was saved "
            "to:\n{path}\n\nClick “Open” at the bottom of the page to view and print it."
        ),
        "补发": "back pay",
        "扣回": "deduction",
        "已记入 {month} 的发放表：{who}{month_for} {word} {amount} 元。": (
            "Added to the payroll of {month}: {who}, {month_for} {word} {amount} yuan."
        ),
        "发放表 Excel：身份证号为文本，合计为公式，可直接打印": (
            "The payroll in Excel: ID numbers as text, totals as formulas, ready to print"
        ),
        "A4 签领表 PDF：每人一行，留签名栏，合计含大写金额": (
            "The A4 signing sheet as a PDF: a line and a signature box per person, totals also "
            "in Chinese capital numerals"
        ),
        "已保存：{path}": "Saved: {path}",
        "用系统的 PDF 阅读器打开：{path}": "Open in the system's PDF reader: {path}",
        "打开": "Open",
        "找不到 {path}：文件可能已被移动或删除。": (
            "{path} cannot be found: the file may have been moved or deleted."
        ),
        "没能打开 {path}：这台电脑可能没有装 PDF 阅读器。文件在这个位置。": (
            "Could not open {path}: this computer may have no PDF reader. The file is there."
        ),
    },
    "AdjustDialog": {
        "补发或扣回（记入 {month} 的发放表）": (
            "Back pay or deduction (in the payroll of {month})"
        ),
        "记入发放表": "Add to payroll",
        "先在上面的名单里选中一个人。": "Select a person in the list above first.",
        "{month} 已审核发放 {paid} 元": "{month}: {paid} yuan paid by approved payrolls",
        "，此前已补发或扣回 {adjusted} 元": ", {adjusted} yuan corrected before",
        "。": ".",
        "请先在名单里选中要补发或扣回的人。": (
            "Select the person to pay back or deduct from in the list first."
        ),
        "补发或扣回已审核月份的津贴，记入这张草稿发放表；已审核的发放表不改动。"
        "扣回写负数，最多扣回该月实际发放的金额。": (
            "Back pay or a deduction for an approved month, paid in this draft payroll; the "
            "approved payroll is not changed. A deduction is negative and takes back at most "
            "what was paid for that month."
        ),
        "查找社工(&F)：": "&Find worker:",
        "姓名、拼音或身份证号": "Name, pinyin or ID number",
        "更正的月份(&M)：": "&Month corrected:",
        "yyyy-MM": "yyyy-MM",
        "金额(&A)：": "&Amount:",
        "补发写正数，扣回写负数（如 -100）": (
            "Positive for back pay, negative for a deduction (e.g. -100)"
        ),
        " 元": " yuan",
        "理由(&R)：": "&Reason:",
        "如：标准调整补差、离岗后多发": (
            "e.g. rate raised, difference paid; overpaid after leaving the post"
        ),
    },
    "PaidDialog": {
        "登记已发放": "Record as Paid",
        "{month} 的发放表实际发放（打卡或代发到账）的日期。": (
            "The day the payroll of {month} was actually paid (money in the accounts)."
        ),
        "可选 {approved}（审核日）到今天。": "From {approved} (approval) to today.",
        "登记": "Record",
        "发放日期(&D)：": "Paid on (&D):",
        "yyyy-MM-dd": "yyyy-MM-dd",
    },
    "PayeeAccountDialog": {
        "收款账号：{name}": "Payee Account: {name}",
        "删除账号": "Remove Account",
        "{name} 还没有登记收款账号。": "{name} has no payee account yet.",
        "{name} 现在的收款账号：{kind} {account}": "{name}'s payee account: {kind} {account}",
        "账户类别(&K)：": "&Kind:",
        "账号(&N)：": "Account &number:",
        "只填数字，可以带空格": "Digits only; spaces are fine",
        "开户银行(&B)：": "&Bank:",
        "可不填": "Optional",
        "已对照卡面核对无误，不核对校验位（少数老卡没有校验位）": (
            "Checked against the card: skip the check-digit test (a few old cards have none)"
        ),
        "账号只在银行代发表里完整显示，其他地方只显示后 4 位。银行卡号会核对校验位。": (
            "The full number shows only on the bank's payment sheet; elsewhere only its last 4 "
            "digits. A bank card number's check digit is verified."
        ),
    },
}
