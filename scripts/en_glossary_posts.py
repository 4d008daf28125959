"""English for the workforce data layer: roles, professional posts, stations and their checklist,
village reference figures (rule messages of core/workforce.py and the store modules).

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``).
"""

from __future__ import annotations

ENUM: dict[str, str] = {
    "定员干部": "Established Cadre",
    "村（社区）党组织书记": "Village/Community Party Secretary",
    "儿童主任": "Children's Director",
    "儿童督导员": "Children's Supervisor",
    "专职": "Full-time",
    "兼职": "Part-time",
    "社工站（乡镇）": "Township Station",
    "有场地": "Premises",
    "有设备": "Equipment",
    "有人员": "Staff",
    "有服务功能": "Service Functions",
    "有工作流程": "Work Procedures",
    "有规章制度": "Rules and Regulations",
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "MainWindow": {"岗位与社工站": "Posts and Station"},
    "PostAddDialog": {
        "新设专业岗位": "New Professional Post",
        "设岗": "Set Up",
        "所属单位(&U)：": "&Unit:",
        "岗位性质(&K)：": "&Kind:",
        "岗位等级(&G)：": "&Grade:",
        "可不填，如：助理社会工作师岗位": "Optional, e.g. social work assistant post",
        "设岗日期(&D)：": "Opened &on:",
        "取消": "Cancel",
    },
    "PostFillDialog": {
        "办理离岗": "Record Leaving",
        "确认离岗": "Record Leaving",
        "{name} 离开 {unit} 的{kind}岗位：从这一天起岗位空缺。": (
            "{name} leaves the {kind} post at {unit}: the post is vacant from this day."
        ),
        "安排到岗": "Fill Post",
        "安排到 {unit} 的{kind}岗位，从这一天起在岗。": (
            "Place someone in the {kind} post at {unit}, in post from this day."
        ),
        "到岗": "Fill",
        "社工(&P)：": "&Worker:",
        "日期(&D)：": "&Date:",
        "取消": "Cancel",
    },
    "PostsPage": {
        "单位": "Unit",
        "类型": "Type",
        "应设": "Required",
        "已设": "Posts",
        "已到岗": "Filled",
        "空缺": "Vacant",
        "还差岗位": "Posts Short",
        "性质": "Kind",
        "等级": "Grade",
        "在岗人员": "Holder",
        "证书等级": "Level",
        "到岗日期": "Since",
        "提醒": "Warning",
        "新设岗位…": "New Post…",
        "安排到岗…": "Fill Post…",
        "离岗…": "Record Leaving…",
        "“六有”": "Six Standards",
        "完成日期": "Done On",
        "说明": "Note",
        "说明，可不填": "Note (optional)",
        "记录完成": "Record as Done",
        "社会工作专业岗位": "Professional Social Work Posts",
        "乡镇（街道）社工站": "Township Social Work Station",
        "（空缺）": "(vacant)",
        "无证书": "No certificate",
        "兼职已超过2年": "Part-time over 2 years",
        "还没有登记社工站：记录“六有”中的第一项时自动登记。": (
            "No station registered yet: it is registered when the first of the six "
            "standards is recorded."
        ),
        "达标": "meets the standard",
        "尚未达标": "does not meet the standard yet",
        "{name}：“六有”完成 {done}/6，助理社会工作师及以上专职人员 {staff}/{need}，{verdict}": (
            "{name}: six standards {done}/6, full-time staff at assistant level or higher "
            "{staff}/{need}, {verdict}"
        ),
        "未完成": "Not done",
        "共 {n} 个岗位": "{n} posts",
    },
    "WorkerEditor": {
        "岗位类型之外担任的职务；勾选或取消的当天记入职务记录": (
            "Roles held besides the post type; ticking or clearing one records it that day"
        ),
    },
    "VillageFiguresBox": {
        "人口与老年人数（指标的分母）": "Population and elderly (indicator denominators)",
        "人数，不知道可不填": "People (empty if unknown)",
        "{label}：": "{label}:",
        "保存人口数据": "Save Figures",
        "从 Excel 导入…": "Import from Excel…",
        "表格第一行是表头：村（社区）代码，以及户籍人口、常住人口、老年人数、供养老人数中的任意几列": (
            "The first row is the header: 村（社区）代码 (village/community code) and any of "
            "户籍人口, 常住人口, 老年人数, 供养老人数"
        ),
        "导入人口数据": "Import Population Figures",
    },
    "FilterBar": {
        "按职务筛选（定员干部、儿童主任等）": "Filter by role (established cadre, children's director…)",
        "全部职务": "All roles",
    },
}

COMMON: dict[str, str] = {
    "表格里有代码列，但没有户籍人口、常住人口、老年人数、供养老人数中的任何一列。": (
        "The sheet has a code column but none of 户籍人口, 常住人口, 老年人数 or 供养老人数 "
        "(registered, resident, elderly, supported elderly)."
    ),
    "找不到“村（社区）代码”列：第一行（表头）里要有一列叫“村（社区）代码”或“区划代码”。": (
        "No village/community code column: the header row needs a column named "
        "“村（社区）代码” or “区划代码”."
    ),
    "职务": "Roles",
    "户籍人口": "Registered Population",
    "常住人口": "Resident Population",
    "老年人数": "Elderly Population",
    "供养老人数": "Supported Elderly",
    "{what}“{value}”不是日期，请按 2024-01-31 的格式填写。": (
        "{what} “{value}” is not a date. Write it as 2024-01-31."
    ),
    "岗位性质“{kind}”不对，只能填 专职 或 兼职。": (
        "Post kind “{kind}” is not valid: use 专职 (full-time) or 兼职 (part-time)."
    ),
    "职务“{role}”不在可选范围内：{roles}。": "Role “{role}” is not one of: {roles}.",
    "“{item}”不是“六有”中的一项，请填：{items}。": (
        "“{item}” is not one of the six station standards. Use one of: {items}."
    ),
    "{label}要填人数（整数）。": "{label} must be a number of people (a whole number).",
    "{label}“{value}”不是整数，请填人数，例如 1200。": (
        "{label} “{value}” is not a whole number. Enter a number of people, e.g. 1200."
    ),
    "{label}不能是负数（填的是 {value}）。": "{label} cannot be negative (you entered {value}).",
    "设置“{what}”应是按起始日期排列的版本列表。": (
        "The setting “{what}” must be a list of versions, each with its start date."
    ),
    "起始日期": "Start date",
    "岗位数下限要填 0 或正整数（{kind}：{n}）。": (
        "The least number of posts must be 0 or a positive whole number ({kind}: {n})."
    ),
    "社工站专职人员下限要填 0 或正整数（{n}）。": (
        "The least number of full-time station staff must be 0 or a positive whole number ({n})."
    ),
    "县级数据文件只能查看岗位和社工站，由各乡镇登记后同步上来；请在乡镇的数据文件里修改。": (
        "A county data file can only view posts and stations: the townships record them and "
        "sync brings them here. Make changes in the township's data file."
    ),
    "单位代码“{code}”既不是本乡镇的代码（{unit}，即社工站），也不是已登记的村（社区）代码。": (
        "Unit code “{code}” is neither this township's code ({unit}, the station) nor a "
        "registered village or community code."
    ),
    "找不到编号为“{id}”的岗位，请用 posts list 查看岗位编号。": (
        "No post has the id “{id}”. Run posts list to see the post ids."
    ),
    "这个岗位已于 {day} 撤销。": "This post was closed on {day}.",
    "这个岗位还有人在岗，请先办理离岗（腾空岗位）再撤销。": (
        "This post still has a holder. Record their leaving (vacate the post) before closing it."
    ),
    "撤销日期 {day} 早于设岗日期 {opened}。": (
        "The closing date {day} is before the post was opened ({opened})."
    ),
    "这个岗位已于 {day} 撤销，不能再安排人员。": (
        "This post was closed on {day}; nobody can be placed in it."
    ),
    "到岗日期 {day} 早于设岗日期 {opened}。": (
        "The start date {day} is before the post was opened ({opened})."
    ),
    "找不到这名社工的档案（可能已被删除），不能安排到岗位。": (
        "This worker's file cannot be found (it may have been deleted), so they cannot be "
        "placed in the post."
    ),
    "这个岗位现在由 {holder} 担任（{since} 起），请先办理离岗。": (
        "{holder} holds this post (since {since}). Record their leaving first."
    ),
    "{name} 已在 {unit} 的专业岗位上（{since} 起），一人只能担任一个专业岗位；请先办理离岗。": (
        "{name} already holds a professional post at {unit} (since {since}); a person holds "
        "one professional post at a time. Record their leaving first."
    ),
    "到岗日期 {day} 早于上一任的离岗日期 {end}，两段任职不能重叠。": (
        "The start date {day} is before the previous holder left ({end}); the two terms "
        "cannot overlap."
    ),
    "这个岗位现在空缺，没有人可以离岗。": "This post is vacant; there is nobody to leave it.",
    "离岗日期 {day} 早于到岗日期 {since}。": (
        "The leaving date {day} is before the start date {since}."
    ),
    "乡镇代码“{code}”不是本数据文件的单位（{unit}）。": (
        "Township code “{code}” is not this data file's unit ({unit})."
    ),
    "{unit}社会工作服务站": "{unit} Social Work Station",
    "社工站名称": "Station name",
    "社工站名称不能为空。": "The station name cannot be empty.",
    "找不到站点所属的社工站。": "The station this site belongs to cannot be found.",
    "村（社区）代码 {code} 还没有登记。": "Village/community code {code} is not registered yet.",
    "找不到这个社工站。": "This station cannot be found.",
    "完成日期 {day} 在今天之后，请填已经完成的日期。": (
        "The completion date {day} is after today. Enter the date it was done."
    ),
    "第 {n} 行：村（社区）代码“{code}”还没有登记。": (
        "Row {n}: village/community code “{code}” is not registered yet."
    ),
    "第 {n} 行：{reason}": "Row {n}: {reason}",
    "这名社工已经担任“{role}”。": "This worker already holds the role “{role}”.",
    "这项职务已于 {day} 结束。": "This role already ended on {day}.",
    "结束日期 {day} 早于担任日期 {since}。": "The end date {day} is before the start date {since}.",
}
