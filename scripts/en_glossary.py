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

import importlib.util
import re
from pathlib import Path

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
    "专业岗位": "Professional Post",
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
    # interface (main window, filter bar, first run, wizard, villages, settings, crash)
    "swdesk 出错了": "swdesk ran into an error",
    "swdesk 遇到了一个意外错误。已经保存的数据不受影响，但刚才的操作可能没有完成，请检查一下。": "swdesk hit an unexpected error. Data already saved is not affected, but the last action may not have finished: please check it.",
    "复制详情": "Copy details",
    "显示详情": "Show details",
    "隐藏详情": "Hide details",
    "继续使用": "Continue",
    "退出 swdesk": "Quit swdesk",
    "错误详情如下，请复制后发给技术支持。": "The error details are below; copy them and send them to technical support.",
    "错误详情已写入日志文件：\n{path}\n请把这个文件发给技术支持。": "The error details were written to the log file:\n{path}\nPlease send this file to technical support.",
    "全部岗位类型": "All post types",
    "全部服务领域": "All service domains",
    "全部村（社区）": "All villages/communities",
    "全部状态": "All statuses",
    "全部等级": "All levels",
    "按岗位类型筛选": "Filter by post type",
    "按服务领域筛选": "Filter by service domain",
    "按村（社区）筛选": "Filter by village/community",
    "按状态筛选": "Filter by status",
    "按证书等级筛选": "Filter by certificate level",
    "搜索：姓名、拼音（如 zs）、身份证号、手机号": "Search: name, pinyin (e.g. zs), ID number, mobile",
    "显示已删除": "Show deleted",
    "6位数字，如 510104": "6 digits, e.g. 510104",
    "9位数字，如 510104001": "9 digits, e.g. 510104001",
    "乡镇（街道）代码：县6位 + 乡镇3位。": "Township (subdistrict) code: 6 county digits + 3 township digits.",
    "乡镇（街道）社工站": "Township (subdistrict) social-work station",
    "单位名称不能为空。": "The unit name must not be empty.",
    "单位已经设置好，但演示数据没有填入：{reason}": "The unit is set up, but the demo data was not added: {reason}",
    "单位类型：": "Unit type:",
    "县（区）代码：6位。": "County (district) code: 6 digits.",
    "填入演示数据（{n} 名社工）": "Add demo data ({n} social workers)",
    "如：某某区民政局": "e.g. XX District Civil Affairs Bureau",
    "如：某某街道社工站": "e.g. XX Subdistrict Social-Work Station",
    "开始使用": "Start",
    "数据文件：{path}": "Data file: {path}",
    "欢迎使用 swdesk — 首次设置": "Welcome to swdesk — first-time setup",
    "正在填入演示数据……": "Adding demo data…",
    "用虚构的村（社区）和社工试用本程序；正式使用请不要勾选。": "Try the program with made-up villages and social workers; leave unticked for real use.",
    "这个数据文件还没有设置所属单位。请选择单位类型，填写区划代码和单位名称。设置后不能更改（县级汇总靠它识别数据来自哪里）。": "This data file has no unit yet. Choose the unit type and enter its division code and name. This cannot be changed later (the county uses it to know where data comes from).",
    "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
    "{stem}_错误报告.xlsx": "{stem}_errors.xlsx",
    "、": ", ",
    "，": ", ",
    "不能用错误报告覆盖花名册本身，请换一个文件名。": "The error report cannot overwrite the roster itself; choose another file name.",
    "保存错误报告": "Save error report",
    "全部行（{n}）": "All rows ({n})",
    "共 {n} 行：": "{n} rows: ",
    "只导入正确的行": "Import only the valid rows",
    "导入另一个文件…": "Import another file…",
    "导入完成：新增 {added} 人，更新 {updated} 人，无变化 {same} 人。": "Import finished: {added} added, {updated} updated, {same} unchanged.",
    "导入花名册": "Import roster",
    "将新增 {new} 人，更新 {upd} 人；无变化的 {same} 行不会改动。": "{new} will be added and {upd} updated; the {same} unchanged rows are left as they are.",
    "将跳过有错误的 {bad} 行，只导入正确的行：新增 {new} 人，更新 {upd} 人。": "The {bad} rows with errors will be skipped and only valid rows imported: {new} added, {upd} updated.",
    "所有 {n} 行都有错误，没有可以导入的行：请改正后重新选择文件。": "All {n} rows have errors, so nothing can be imported: correct the file and choose it again.",
    "把错误报告发给填表人，改正花名册中列出的格子后重新导入。": "Send the error report to whoever filled in the roster; correct the listed cells and import again.",
    "改正并保存 Excel 文件后，点这里重新检查": "After correcting and saving the Excel file, click here to check it again",
    "文件：{file}    工作表“{sheet}”，表头在第 {row} 行": 'File: {file}    sheet "{sheet}", header in row {row}',
    "显示：": "Show:",
    "有 {n} 行错误，整份不能导入：请改正后重新选择文件，或勾选“只导入正确的行”。": '{n} rows have errors, so the roster cannot be imported as a whole: correct it and choose it again, or tick "Import only the valid rows".',
    "有错误的 {n} 行没有导入：可以保存错误报告，改正后再导入同一份文件（已导入的行不会重复）。": "The {n} rows with errors were not imported: save the error report, correct them and import the same file again (rows already imported are not duplicated).",
    "未识别、不会导入的列：{columns}": "Columns not recognised (not imported): {columns}",
    "正在导入花名册……": "Importing the roster…",
    "正在读取和检查花名册……": "Reading and checking the roster…",
    "花名册与现有档案一致，没有需要导入的内容。": "The roster matches the existing files; there is nothing to import.",
    "表头可以在标题行下面；列名可以是“身份证号”“身份证号码”“公民身份号码”、“联系电话”“手机号码”等常见写法，认不出的列会被忽略。\n选择文件后先检查并预览，确认后才会写入档案。同一个人按身份证号对应：已有的档案只更新有变化的内容，重复导入同一份文件不会改动任何档案。\n也可以把文件拖到这个窗口里。": "The header may sit below title rows; columns may be named in the usual ways (身份证号, 身份证号码, 公民身份号码, 联系电话, 手机号码 …); unrecognised columns are ignored.\nThe file is checked and previewed first; nothing is written until you confirm. People are matched by ID number: existing files only get what changed, and importing the same file again changes nothing.\nYou can also drop the file onto this window.",
    "证书：新增 {a} 条，更新 {u} 条。": "Certificates: {a} added, {u} updated.",
    "识别出 {n} 列：{columns}": "{n} columns recognised: {columns}",
    "读取花名册": "Read roster",
    "这份花名册在表头下面没有数据行，没有可以导入的内容。": "This roster has no data rows below its header; there is nothing to import.",
    "选择其他文件…": "Choose another file…",
    "选择文件…": "Choose file…",
    "选择花名册": "Choose roster",
    "选择要导入的花名册（Excel .xlsx 文件）": "Choose the roster to import (Excel .xlsx file)",
    "重新读取": "Read again",
    "错误报告已保存到：\n{path}": "Error report saved to:\n{path}",
    "错误（{n}）": "Errors ({n})",
    "除了有错误的 {n} 行，其余各行与现有档案一致，没有需要导入的内容。": "Apart from the {n} rows with errors, every row matches the existing files; there is nothing to import.",
    "行号": "Row",
    "变化或错误": "Changes or errors",
    "新建档案": "New file",
    "新建档案，含证书：{level}": "New file, with certificate: {level}",
    "结果": "Result",
    "swdesk {version}\n乡镇社工站社会工作者人才档案管理（离线版）\n\n单位：{unit}（{code}）\n数据文件：{path}\n日志文件：{log}\n共 {n} 名社工，{v} 个村（社区）。": "swdesk {version}\nSocial-worker files for township social-work stations (offline)\n\nUnit: {unit} ({code})\nData file: {path}\nLog file: {log}\n{n} social workers, {v} villages/communities.",
    "swdesk — {unit}（{role}）": "swdesk — {unit} ({role})",
    "swdesk 数据文件 (*.db)": "swdesk data file (*.db)",
    "swdesk 数据文件 (*.db);;所有文件 (*)": "swdesk data file (*.db);;All files (*)",
    "{name} 的档案已删除，要先恢复它吗？": "The file of {name} was deleted. Restore it first?",
    "下载导入模板": "Download import template",
    "从 Excel 花名册导入社工档案": "Import worker files from an Excel roster",
    "修改历史": "Change history",
    "共 {total} 人，显示 {shown} 人": "{total} people, {shown} shown",
    "关于 swdesk": "About swdesk",
    "删除档案": "Delete file",
    "删除选中的档案（可以恢复）": "Delete the selected file (can be restored)",
    "备份数据文件": "Back up the data file",
    "导出花名册": "Export roster",
    "工具栏": "Toolbar",
    "已从备份恢复。恢复前的数据已另存为：\n{path}": "Restored from the backup. The data from before the restore was saved as:\n{path}",
    "已保存。": "Saved.",
    "已保存。这份档案不符合当前的筛选条件，所以没有显示在列表里。": "Saved. This file does not match the current filters, so it is not shown in the list.",
    "已删除 {name} 的档案。": "Deleted the file of {name}.",
    "已备份到：\n{path}": "Backed up to:\n{path}",
    "已导出 {n} 人到：\n{path}": "Exported {n} people to:\n{path}",
    "已恢复 {name} 的档案。": "Restored the file of {name}.",
    "已生成导入模板：\n{path}": "Import template created:\n{path}",
    "录入一名社工的档案": "Enter a social worker's file",
    "恢复档案": "Restore file",
    "恢复选中的已删除档案": "Restore the selected deleted file",
    "把全部社工档案导出为 Excel 花名册": "Export all worker files as an Excel roster",
    "把数据文件另存一份备份": "Save a backup copy of the data file",
    "新建档案…": "New file…",
    "查看选中档案的修改记录": "Show the change history of the selected file",
    "档案": "Files",
    "档案已删除": "File deleted",
    "正在备份……": "Backing up…",
    "正在导出花名册……": "Exporting the roster…",
    "生成一份空白的花名册导入模板": "Create a blank roster import template",
    "用一份备份替换当前数据": "Replace the current data with a backup",
    "用备份“{name}”中的数据替换当前的全部数据吗？\n当前数据会先另存为一份备份，恢复后仍可找回。": 'Replace all current data with the data in the backup "{name}"?\nThe current data is saved as a backup first, so it can still be recovered.',
    "确定删除 {name} 的档案吗？删除后可在“显示已删除”中恢复。": 'Delete the file of {name}? It can be restored later under "Show deleted".',
    "社工花名册_{date}.xlsx": "worker_roster_{date}.xlsx",
    "社工花名册导入模板.xlsx": "worker_roster_template.xlsx",
    "编辑选中的档案（也可双击或按回车键）": "Edit the selected file (or double-click it, or press Enter)",
    "设置已保存。": "Settings saved.",
    " 份": " copies",
    "如：张三（不填则用电脑登录名 {user}）": "e.g. Zhang San (empty: the computer login {user})",
    "操作员姓名会记入修改历史。界面语言在重新打开 swdesk 后生效。": "The operator's name is recorded in the change history. The interface language takes effect when swdesk is opened again.",
    "操作员姓名": "Operator name",
    "每日自动备份保留": "Daily backups to keep",
    "12位统计用区划代码": "12-digit statistical division code",
    "代码是12位统计用区划代码：县6位 + 乡镇3位 + 村（社区）3位。社区按城市社区统计，村按农村社区统计。": "The code is the 12-digit statistical division code: 6 county + 3 township + 3 village/community digits. 社区 counts as an urban community, 村 as a rural one.",
    "保存修改": "Save changes",
    "删除村（社区）": "Delete village/community",
    "如：和平社区、红星村": "e.g. 和平社区, 红星村",
    "村（社区）信息": "Village/community",
    "清空表单": "Clear form",
    "确定删除“{name}”（{code}）吗？": 'Delete "{name}" ({code})?',
    "社工人数": "Social workers",
    "证书等级": "Certificate Level",
    "没有符合条件的档案。可以换个关键词，或点“清除筛选”。": 'No file matches. Try other words, or click "Clear filters".',
    "还没有社工档案。点“新建档案”逐个录入，或用“导入花名册…”导入 Excel 花名册。": 'No worker files yet. Click "New file" to enter them one by one, or use "Import roster…" for an Excel roster.',
    "更新": "Update",
    "无变化": "Unchanged",
    "已取消。": "Cancelled.",
    "{name} 的档案已删除，可以恢复。": "The file of {name} was deleted; it can be restored.",
    "{status}（已删除）": "{status} (deleted)",
    "swdesk 已经打开": "swdesk is already open",
    "数据文件版本太新": "Data file too new",
    "无法打开数据文件": "Cannot open the data file",
}

# Where one context needs different English for the same Chinese (context -> source -> English).
BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "enum": ENUM,
    "FilterBar": {
        # the filter combos are only ~12 characters wide (filter_bar.py): short forms stay readable
        "全部村（社区）": "All villages",
        "全部服务领域": "All domains",
    },
    "MainWindow": {
        # the menu keeps the Chinese mnemonic W: "Files (&W)" would read badly
        "档案(&W)": "&Workers",
    },
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
        # the form keeps the Chinese mnemonic R: "Notes (&R)" would read badly
        "备注(&R)": "&Remarks",
    },
}


def _merge_area_glossaries() -> None:
    """Fold in ``scripts/en_glossary_<area>.py`` (one per feature area: training, exam, …).

    Each may define ``ENUM``, ``COMMON`` and ``BY_CONTEXT`` of the same shapes as above; areas
    keep their English in their own file so work on one area never edits another's.
    """
    here = Path(__file__).resolve().parent
    for path in sorted(here.glob("en_glossary_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ENUM.update(getattr(module, "ENUM", {}))
        COMMON.update(getattr(module, "COMMON", {}))
        for context, entries in getattr(module, "BY_CONTEXT", {}).items():
            BY_CONTEXT.setdefault(context, {}).update(entries)


_merge_area_glossaries()

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
