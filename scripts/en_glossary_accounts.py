"""English for local accounts, roles, the idle lock, masked ID numbers and the export log.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

ENUM: dict[str, str] = {
    # roles (core/accounts.py)
    "录入": "Data Entry",
    "审核": "Reviewer",
    "管理": "Administrator",
    # documents (core/documents.py)
    "社工花名册": "Worker Roster",
    "银行代发表": "Bank Payment Sheet",
    "津贴发放表": "Allowance Payroll",
    "签领表": "Signing Sheet",
    "公示名单": "Public Notice List",
    "考评结果表": "Appraisal Results",
    "考试报名名单": "Exam Registration List",
    "考试费用报销表": "Exam Fee Reimbursement Sheet",
    "学时证明": "CE Transcript",
    "绩效考评表": "Performance Appraisal Sheets",
}

COMMON: dict[str, str] = {
    "新建账户": "New Account",
    "改密码": "Change Password",
    "两次输入的密码不一样。": "The two passwords differ.",
    "账户": "Account",
    "账户名：": "Account name:",
    "角色：": "Role:",
    "密码：": "Password:",
    "再输一次：": "Repeat:",
    "账户名": "Account name",
    "角色": "Role",
    "已停用": "Disabled",
    "可用": "Enabled",
    "改角色": "Change Role",
    "{name} 的新角色：": "New role of {name}:",
    "启用账户": "Enable Account",
    "停用账户": "Disable Account",
    "设了账户后，打开 swdesk 和每条命令都要登录。第一个账户必须是“管理”角色。"
    "录入：录入数据；审核：还能审核通过发放表、登记考评表签字；管理：还能管理账户。": (
        "Once there are accounts, opening swdesk and every command needs a login. The first "
        "account must be an Administrator. Data Entry enters data; Reviewer may also approve "
        "payrolls and register signed appraisals; Administrator may also manage accounts."
    ),
    "新建账户…": "New Account…",
    "改密码…": "Change Password…",
    "改角色…": "Change Role…",
    "停用/启用": "Disable/Enable",
    "无操作自动锁定：": "Lock when idle for:",
    " 分钟": " min",
    "不锁定": "Never",
    "导出和打印时显示完整身份证号的文件（其余只显示前 6 位和后 4 位；公示名单总是隐去）": (
        "Files that print whole ID numbers (the others show the first 6 and last 4 characters; "
        "the public notice list always hides them)"
    ),
    "导出记录（最近的在前）：": "Export log (newest first):",
    "时间（UTC）": "Time (UTC)",
    "行数": "Rows",
    "保存位置": "Saved to",
    "完整": "Whole",
    "隐去中间位": "Masked",
    "长时间没有操作，swdesk 已锁定。请重新输入密码（也可换一个账户登录）。": (
        "swdesk was locked after a while without use. Enter the password again (or log in "
        "with another account)."
    ),
    "登录": "Log In",
    "swdesk — 登录": "swdesk — Log In",
    "这个数据文件设有账户。请输入账户名和密码。": (
        "This data file has accounts. Enter your account name and password."
    ),
    "账户与隐私": "Accounts and Privacy",
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "LoginDialog": {
        "恢复备份会替换整个数据文件：请用“管理”角色的账户登录。": (
            "Restoring a backup replaces the whole data file: log in with an Administrator account."
        ),
    },
    "": {
        "登记考评表已签字": "Registering a signed appraisal",
        "审核通过津贴发放表": "Approving an allowance payroll",
        "没有给出新密码：请在终端里运行（会提示输入两次），或用环境变量 {env} 给出。": (
            "No new password given: run this in a terminal (it asks twice) or set {env}."
        ),
        "两次输入的密码不一样，没有改动。": "The two passwords differ; nothing was changed.",
        "这个数据文件设有账户：请用 --user 账户名 指定账户，密码在提示时输入，"
        "或用环境变量 {env} 给出。": (
            "This data file has accounts: name yours with --user NAME and type the password "
            "when asked, or set {env}."
        ),
        "没有密码：请在终端里运行（会提示输入密码），或用环境变量 {env} 给出。": (
            "No password: run this in a terminal (it asks for the password) or set {env}."
        ),
        "角色“{role}”不对，只能是：{roles}。": "Role “{role}” is not right; use one of: {roles}.",
        "账户名不能为空。": "The account name cannot be empty.",
        "账户名最多 {n} 个字。": "An account name has at most {n} characters.",
        "账户名里不能有控制字符或特殊空白。": (
            "An account name cannot contain control characters or special spaces."
        ),
        "密码至少 {n} 位。": "A password needs at least {n} characters.",
        "密码最多 {n} 位。": "A password has at most {n} characters.",
        "{what}需要“审核”或“管理”角色的账户。请由审核人用自己的账户登录后再操作。": (
            "{what} needs a Reviewer or Administrator account. Ask the reviewer to log in "
            "with their own account and do it."
        ),
        "管理账户需要用“管理”角色的账户登录。": (
            "Managing accounts needs a login with an Administrator account."
        ),
        "第一个账户必须是“管理”角色：先建管理账户，再建录入、审核账户。": (
            "The first account must be an Administrator: create it first, then the Data Entry "
            "and Reviewer accounts."
        ),
        "已经有名为“{name}”的账户。": "There is already an account named “{name}”.",
        "没有名为“{name}”的账户。": "There is no account named “{name}”.",
        "“{name}”是最后一个可用的管理账户，不能停用或改为其他角色：否则就没有人能管理账户了。"
        "请先另建一个管理账户。": (
            "“{name}” is the last enabled Administrator account and cannot be disabled or given "
            "another role: nobody could manage accounts any more. Create another Administrator "
            "account first."
        ),
        "恢复备份会替换整个数据文件，需要用“管理”角色的账户登录。没有做任何改动。": (
            "Restoring a backup replaces the whole data file and needs a login with an "
            "Administrator account. Nothing was changed."
        ),
        "账户名或密码不对。": "Wrong account name or password.",
        "账户“{name}”已停用。请找管理员。": (
            "Account “{name}” is disabled. Ask your administrator."
        ),
    },
}
