"""English for swdesk's Chinese interface strings: the reviewable source of the English .ts.

``scripts/update_translations.py`` extracts every ``tr()`` / ``translate()`` /
``QT_TRANSLATE_NOOP()`` string into ``resources/translations/swdesk_en.ts`` and fills each one from
here: ``BY_CONTEXT[context][source]`` first, then ``COMMON[source]``. What this file does not
know keeps whatever the .ts already has (e.g. typed in Qt Linguist) and is listed as missing.

A value is a string, or for a ``%n`` (numerus) message a pair ``(singular, plural)``.
Keep ``%1``/``%n``/``{name}`` placeholders exactly as they appear in the source.

Derived forms need no entry of their own: a mnemonic label "手机号码(&P)" is "Mobile &Phone"
(the ``&`` moves to that letter of the English, or "(&P)" is appended), "姓名：" is "Name:",
"导入花名册…" is the English of "导入花名册" plus "…".

Terms follow the Ministry of Civil Affairs' English usage where it has one: 社会工作师 is
"Social Worker" (the intermediate national level), 助理社会工作师 "Social Work Assistant",
高级社会工作师 "Senior Social Worker"; 社工员 is a local (non-national) recognition.
"""

from __future__ import annotations

import re

Translation = str | tuple[str, str]

# Stored enumeration values (swdesk/core/enums.py), shown through QCoreApplication.translate("enum", v).
ENUM: dict[str, Translation] = {
    # genders
    "男": "Male",
    "女": "Female",
    # certificate levels, lowest first
    "社工员": "Community Social Work Aide",
    "助理社会工作师": "Social Work Assistant",
    "社会工作师": "Social Worker",
    "高级社会工作师": "Senior Social Worker",
    # post types
    "社区专职工作者": "Full-time Community Worker",
    "社工站驻站社工": "Station-based Social Worker",
    "村（社区）“两委”成员": "Village/Community Committee Member",
    "社工机构": "Social Work Agency",
    "其他": "Other",
    # service domains
    "老年": "Older People",
    "儿童/未成年人": "Children/Minors",
    "社会救助": "Social Assistance",
    "社区治理": "Community Governance",
    "残障": "Disability",
    "家庭": "Family",
    # statuses
    "在岗": "In Post",
    "离岗": "Left Post",
    "调出": "Transferred Out",
    # political status
    "中共党员": "CPC Member",
    "中共预备党员": "CPC Probationary Member",
    "共青团员": "Communist Youth League Member",
    "民主党派": "Democratic Party Member",
    "无党派人士": "Independent (Non-party)",
    "群众": "No Party Affiliation",
    # education
    "博士研究生": "Doctorate",
    "硕士研究生": "Master's Degree",
    "大学本科": "Bachelor's Degree",
    "大学专科": "Junior College Diploma",
    "中专": "Secondary Vocational School",
    "高中": "Senior High School",
    "初中及以下": "Junior High School or Below",
    # village kinds
    "社区": "Community",
    "村": "Village",
    # ethnic groups (used once enums.ETHNICITIES are marked with QT_TRANSLATE_NOOP)
    "汉族": "Han",
    "蒙古族": "Mongol",
    "回族": "Hui",
    "藏族": "Tibetan",
    "维吾尔族": "Uyghur",
    "苗族": "Miao",
    "彝族": "Yi",
    "壮族": "Zhuang",
    "布依族": "Bouyei",
    "朝鲜族": "Korean",
    "满族": "Manchu",
    "侗族": "Dong",
    "瑶族": "Yao",
    "白族": "Bai",
    "土家族": "Tujia",
    "哈尼族": "Hani",
    "哈萨克族": "Kazakh",
    "傣族": "Dai",
    "黎族": "Li",
    "傈僳族": "Lisu",
    "佤族": "Va",
    "畲族": "She",
    "高山族": "Gaoshan",
    "拉祜族": "Lahu",
    "水族": "Sui",
    "东乡族": "Dongxiang",
    "纳西族": "Naxi",
    "景颇族": "Jingpo",
    "柯尔克孜族": "Kyrgyz",
    "土族": "Tu",
    "达斡尔族": "Daur",
    "仫佬族": "Mulao",
    "羌族": "Qiang",
    "布朗族": "Blang",
    "撒拉族": "Salar",
    "毛南族": "Maonan",
    "仡佬族": "Gelao",
    "锡伯族": "Xibe",
    "阿昌族": "Achang",
    "普米族": "Pumi",
    "塔吉克族": "Tajik",
    "怒族": "Nu",
    "乌孜别克族": "Uzbek",
    "俄罗斯族": "Russian",
    "鄂温克族": "Evenki",
    "德昂族": "De'ang",
    "保安族": "Bonan",
    "裕固族": "Yugur",
    "京族": "Gin",
    "塔塔尔族": "Tatar",
    "独龙族": "Derung",
    "鄂伦春族": "Oroqen",
    "赫哲族": "Hezhen",
    "门巴族": "Monpa",
    "珞巴族": "Lhoba",
    "基诺族": "Jino",
}

# Strings with the same English in every context: field labels, buttons, common words.
COMMON: dict[str, Translation] = {
    # the product and its places
    "swdesk": "swdesk",
    "社工档案": "Social Worker Files",
    "人才档案": "Worker Files",
    "社工站": "Social Work Station",
    "乡镇（街道）": "Township (Subdistrict)",
    "乡镇": "Township",
    "街道": "Subdistrict",
    "县（区）": "County (District)",
    "村（社区）": "Village/Community",
    "乡镇社工站": "Township Social Work Station",
    "县（区）民政局": "County Civil Affairs Bureau",
    "单位代码": "Unit Code",
    "单位名称": "Unit Name",
    "区划代码": "Division Code",
    "代码": "Code",
    "名称": "Name",
    "类型": "Type",
    "城市社区": "Urban Community",
    "农村": "Rural",
    "城市": "Urban",
    # worker fields
    "姓名": "Name",
    "身份证号": "ID Number",
    "身份证号码": "ID Number",
    "居民身份证号": "Resident ID Number",
    "公民身份号码": "Citizen ID Number",
    "性别": "Gender",
    "出生日期": "Date of Birth",
    "年龄": "Age",
    "民族": "Ethnicity",
    "手机号码": "Mobile Phone",
    "手机号": "Mobile Phone",
    "联系电话": "Phone",
    "电话": "Phone",
    "政治面貌": "Political Status",
    "学历": "Education",
    "专业": "Major",
    "社会工作专业": "Social Work Major",
    "所学专业": "Major",
    "所在村（社区）": "Village/Community",
    "岗位类型": "Post Type",
    "岗位": "Post",
    "专业岗位": "Professional Social Work Post",
    "服务领域": "Service Domains",
    "状态": "Status",
    "在岗状态": "Employment Status",
    "状态日期": "Status Date",
    "变动日期": "Date of Change",
    "备注": "Notes",
    "身份证说明": "ID Number Note",
    # certificates
    "证书": "Certificates",
    "职业水平证书": "Professional Level Certificates",
    "证书记录": "Certificate History",
    "等级": "Level",
    "职业水平": "Professional Level",
    "职业水平等级": "Professional Level",
    "当前等级": "Current Level",
    "证书编号": "Certificate Number",
    "取得日期": "Date Obtained",
    "登记日期": "Registration Date",
    "无证书": "No Certificate",
    "添加证书": "Add Certificate",
    "删除证书": "Delete Certificate",
    # actions
    "保存": "Save",
    "取消": "Cancel",
    "确定": "OK",
    "关闭": "Close",
    "新增": "Add",
    "新建": "New",
    "添加": "Add",
    "编辑": "Edit",
    "修改": "Edit",
    "删除": "Delete",
    "恢复": "Restore",
    "刷新": "Refresh",
    "搜索": "Search",
    "查找": "Find",
    "筛选": "Filter",
    "清除筛选": "Clear Filters",
    "导入": "Import",
    "导出": "Export",
    "打印": "Print",
    "浏览…": "Browse…",
    "上一步": "Back",
    "下一步": "Next",
    "完成": "Finish",
    "退出": "Quit",
    "帮助": "Help",
    "关于": "About",
    "设置": "Settings",
    "文件": "File",
    "备份": "Backup",
    "从备份恢复": "Restore from Backup",
    # words
    "是": "Yes",
    "否": "No",
    "全部": "All",
    "无": "None",
    "未填": "Not Given",
    "错误": "Error",
    "警告": "Warning",
    "提示": "Notice",
    "请稍候…": "Please wait…",
    "修改记录": "Change History",
    "变更历史": "Change History",
    "历史记录": "History",
    "操作人": "Operator",
    "时间": "Time",
    "字段": "Field",
    "原值": "Old Value",
    "新值": "New Value",
    "行": "Row",
    "列": "Column",
    "值": "Value",
    "原因": "Reason",
    "演示数据": "Demo Data",
    "中文": "Chinese",
    "英文": "English",
    "界面语言": "Interface Language",
    "（未填）": "(not set)",
    "（空）": "(empty)",
    "身份证号说明": "ID number note",
    "社工专业": "Social work major",
    "调动日期": "Move date",
    "调动记录": "Moves",
}

# Where one context needs different English for the same Chinese (context -> source -> English).
BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "enum": ENUM,
    "CertificatesEditor": {
        "按 Delete 键清空日期": "Press Delete to clear the date",
        "证书上的编号": "Number on the certificate",
        "当前等级：%1": "Current level: %1",
        "当前等级：无证书": "Current level: no certificate",
        "第 %1 行：": "Row %1: ",
    },
    "HistoryDialog": {
        "证书（%1）": "Certificate (%1)",
        "证书": "Certificate",
        "原因：%1": "Reason: %1",
        "修改记录 — %1": "Change history — %1",
        "%1（%2）的档案共有 %3 条修改记录，最新的在最上面。": "The file of %1 (%2) has %3 recorded changes, newest first.",
        "时间": "Time",
        "操作员": "Operator",
        "操作": "Action",
        "字段": "Field",
        "原值 → 新值": "Old → new value",
    },
    "WorkerEditor": {
        "如：汉族（可输入查找）": "e.g. Han (type to search)",
        "%1（已删除）": "%1 (deleted)",
        "新建社工档案": "New worker file",
        "社工档案 — %1": "Worker file — %1",
        "社工档案": "Worker file",
        "%1  %2 → %3": "%1  %2 → %3",
        "%1  状态：%2 → %3": "%1  status: %2 → %3",
        "没有调动": "No moves",
        "身份证号不能为空。": "The ID number must not be empty.",
        "已输入 %1 位，共 18 位": "%1 of 18 characters typed",
        "15位旧号码，保存时升位为18位：%1": "Old 15-digit number; saved as the 18-digit %1",
        "已经有这个身份证号的档案（%1，已删除），保存时可以恢复它。": "A file with this ID number exists (%1, deleted); you can restore it when saving.",
        "已经有这个身份证号的档案（%1），保存时可以打开它。": "A file with this ID number exists (%1); you can open it when saving.",
        "这个村（社区）已经删除，请选择现有的村（社区）。": "This village/community was deleted; choose an existing one.",
        "要恢复这份档案并打开它吗？本窗口里填写的内容不会保存。": "Restore that file and open it? What you entered in this window will not be saved.",
        "恢复并打开": "Restore and open",
        "要打开已有档案吗？本窗口里填写的内容不会保存。": "Open the existing file? What you entered in this window will not be saved.",
        "打开已有档案": "Open existing file",
        "身份证号重复": "Duplicate ID number",
        "放弃修改": "Discard changes",
        "档案有未保存的修改，要放弃这些修改吗？": "The file has unsaved changes. Discard them?",
        "继续编辑": "Keep editing",
        "基本信息": "Personal details",
        "如：张三": "e.g. Zhang San",
        "18位居民身份证号（15位旧号码会自动升位）": "18-character resident ID (old 15-digit numbers are upgraded)",
        "由身份证号得出，不能直接修改": "Derived from the ID number; cannot be edited",
        "11位手机号码": "11-digit mobile number",
        "所学专业，如：社会工作": "Field of study, e.g. social work",
        "所学专业属于社会工作专业": "Studied social work",
        "工作信息": "Work",
        "调到新的村（社区）的日期，记入调动记录": "Date of the move to the new village/community, kept in the moves list",
        "在社会工作专业岗位上": "Holds a professional social-work post",
        "离岗、调出或重新在岗的日期": "Date of leaving, transfer out or return to duty",
        "其他需要记下的情况（Ctrl+Enter 保存）": "Anything else to note (Ctrl+Enter saves)",
        "当前等级：无": "Current level: none",
        "删除光标所在的那一行证书": "Delete the certificate in the row with the cursor",
        "添加证书(&A)": "&Add certificate",
        "删除证书(&D)": "&Delete certificate",
        "修改记录(&H)…": "Change &history…",
    },
}


_MNEMONIC = re.compile(r"^(?P<base>.+?)\s*\(&(?P<key>[A-Za-z0-9])\)$")
_SUFFIXES = (("：", ":"), (":", ":"), ("…", "…"), ("...", "..."))


def _with_mnemonic(text: str, key: str) -> str:
    at = text.lower().find(key.lower())
    return f"{text[:at]}&{text[at:]}" if at >= 0 else f"{text} (&{key.upper()})"


def lookup(context: str, source: str) -> Translation | None:
    """The English for ``source`` in ``context``, or None when the glossary lacks it."""
    found = BY_CONTEXT.get(context, {}).get(source)
    if found is None:
        found = COMMON.get(source)
    if found is not None:
        return found
    mnemonic = _MNEMONIC.match(source)
    if mnemonic:
        base = lookup(context, mnemonic["base"])
        return _with_mnemonic(base, mnemonic["key"]) if isinstance(base, str) else None
    for chinese, english in _SUFFIXES:
        if source.endswith(chinese) and len(source) > len(chinese):
            base = lookup(context, source[: -len(chinese)])
            return base + english if isinstance(base, str) else None
    return None
