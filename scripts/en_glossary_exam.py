"""English for the exam area (考试报名): the exam page, its dialogs and the exam terms.

Merged into ``scripts/en_glossary.py`` (see ``_merge_area_glossaries``). Exam levels follow the
Ministry's usage: 初级 "Primary", 中级 "Intermediate", 高级 "Senior"; subject names follow the
official English titles of the national exam's papers.
"""

from __future__ import annotations

ENUM: dict[str, str] = {
    "初级": "Primary",
    "中级": "Intermediate",
    "高级": "Senior",
    "拟报名": "Planned",
    "已报名": "Registered",
    "已缴费": "Fee Paid",
    "已参考": "Sat",
    "缺考": "Absent",
    "通过": "Passed",
    "未通过": "Not Passed",
    "待确认": "To Confirm",
    "已建证": "Certificate Added",
    "不建证": "Declined",
    "社会工作综合能力（初级）": "Social Work Comprehensive Competence (Primary)",
    "社会工作实务（初级）": "Social Work Practice (Primary)",
    "社会工作综合能力（中级）": "Social Work Comprehensive Competence (Intermediate)",
    "社会工作实务（中级）": "Social Work Practice (Intermediate)",
    "社会工作法规与政策": "Social Work Laws, Regulations and Policies",
    "社会工作实务（高级）": "Social Work Practice (Senior)",
    "报名费": "Exam Fee",
    "书本费": "Books",
    "差旅费": "Travel",
    "报名即可报销": "Anyone registered",
    "参加考试（非缺考）才报销": "Only those who sat the exam (not absent)",
    "考试合格才报销": "Only those who passed",
    "考试合格并取得证书才报销": "Only those who passed and obtained the certificate",
}

_SHARED: dict[str, str] = {
    "科目": "Subject",
    "合格线": "Pass Mark",
    "考试年度：": "Exam year:",
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "MainWindow": {"考试报名": "Exam Registration"},
    "ExamPage": {
        **_SHARED,
        "新建年度…": "New Year…",
        "只显示确定符合的": "Only Clearly Eligible",
        "（报名 {start} 至 {end}）": " (registration {start} to {end})",
        "考试规则…": "Exam Rules…",
        "年度设置…": "Year Settings…",
        "导入成绩…": "Import Results…",
        "导出报名名单…": "Export Registration List…",
        "导出报销表…": "Export Reimbursement Sheet…",
        "级别": "Level",
        "报考科目": "Subjects",
        "准考证号": "Admission Ticket",
        "考点": "Exam Site",
        "评审": "Review",
        "评审日期": "Review Date",
        "报名…": "Register…",
        "删除报名": "Delete Registration",
        "报名名单": "Registrations",
        "双击“状态”“准考证号”“考点”可以直接修改。": (
            "Double-click Status, Admission Ticket or Exam Site to change it in place."
        ),
        "合格": "Pass",
        "成绩未出齐": "results incomplete",
        "未通过：{subjects}": "not passed: {subjects}",
        "全部科目合格": "all subjects passed",
        "评审通过": "review passed",
        "评审未通过": "review not passed",
        "成绩证明已于 {date} 过期，评审未通过": (
            "results certificate expired on {date} without a passed review"
        ),
        "考试合格，待评审（成绩证明有效至 {date}）": (
            "exam passed, awaiting review (results certificate valid until {date})"
        ),
        "{result}（{reason}）": "{result} ({reason})",
        "不合格": "Fail",
        "待定": "Pending",
        "成绩": "Score",
        "本科目": "This Subject",
        "本次考试": "This Exam",
        "成绩录入": "Results",
        "在“成绩”列直接输入分数，按回车保存并跳到下一行；缺考输入 q 或“缺考”；按 Delete 键清除成绩。": (
            "Type a score in the Score column and press Enter to save it and move to the next "
            "row; type q for absent; press Delete to clear a score."
        ),
        "缺考": "Absent",
        "合计": "Total",
        "报销": "Reimbursement",
        "标记所选为已报销": "Mark Selected as Reimbursed",
        "取消报销": "Undo Reimbursement",
        "费用报销": "Fees",
        "报销日期：": "Reimbursed on:",
        "已报销（{dates}）": "Reimbursed ({dates})",
        "未报销": "Not reimbursed",
        "部分报销": "Partly reimbursed",
        "可报级别": "Next Level",
        "判断": "Assessment",
        "符合": "Eligible",
        "待核实": "To Check",
        "从事社会工作起始": "Social Work Since",
        "说明": "Notes",
        "给所选的人报名": "Register Selected",
        "符合条件未报名": "Eligible, Not Registered",
        "在岗、按报考条件看起来符合、但本年度还没有报名的社工。工作年限计算到考试当年12月31日；“待核实”的人请补填学历或从事社会工作起始时间（双击修改）。": (
            "Workers in post who look eligible but have not registered this year. Experience "
            "counts to 31 December of the exam year; for those marked To Check, fill in the "
            "education or the start of social work (double-click to edit)."
        ),
        "新证书": "New Certificate",
        "确认，写入档案": "Confirm and Add to File",
        "不建证": "Decline",
        "待确认证书": "Certificates to Confirm",
        "考试合格后生成的新证书，确认后才写入档案。证书登记日期请在登记后到档案里补填，继续教育登记期从登记日期开始计算。": (
            "Certificates proposed by passes; they are added to the worker's file only when "
            "confirmed. Enter the registration date in the file once the certificate is "
            "registered: the continuing-education period starts from it."
        ),
        "{year} 年": "{year}",
        "还没有考试年度。请先点“新建年度…”。": "No exam year yet. Click “New Year…” first.",
        "未定": "not set",
        "考试日期：{dates}\u3000报名 {registered} 人\u3000已缴费 {paid}\u3000参考 {sat}\u3000缺考 {absent}\u3000合格 {passed}\u3000不合格 {failed}\u3000待定 {pending}\u3000待确认证书 {proposals}\u3000符合条件未报名 {candidates}": (
            "Exam dates: {dates}   Registered {registered}   Paid {paid}   Sat {sat}   "
            "Absent {absent}   Passed {passed}   Failed {failed}   Pending {pending}   "
            "Certificates to confirm {proposals}   Eligible, not registered {candidates}"
        ),
        "合计 {total:.2f} 元（{items}）\u3000已报销 {done:.2f} 元\u3000未报销 {todo:.2f} 元": (
            "Total {total:.2f} yuan ({items})   Reimbursed {done:.2f} yuan   "
            "Outstanding {todo:.2f} yuan"
        ),
        "确定删除 {names} 的报名吗？成绩和费用记录一并删除。": (
            "Delete the registration of {names}? Its results and fees are deleted with it."
        ),
        "请先在列表里选择要报名的人。": "Select the people to register in the list first.",
        "请先在列表里选择要报销的人。": "Select the people to reimburse in the list first.",
        "请先选择要确认的证书。": "Select the certificates to confirm first.",
        "导出报名名单": "Export Registration List",
        "{year}年考试报名名单.xlsx": "Exam registrations {year}.xlsx",
        "导出报销表": "Export Reimbursement Sheet",
        "{year}年考试费用报销表.xlsx": "Exam fee reimbursement {year}.xlsx",
        "导入成绩": "Import Results",
        "Excel 工作簿 (*.xlsx *.xlsm)": "Excel workbook (*.xlsx *.xlsm)",
        "已导入 {n} 条成绩。": "Imported {n} results.",
        "已导出 {n} 人到：\n{path}": "Exported {n} people to:\n{path}",
        "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
        "姓名": "Name",
        "身份证号": "ID Number",
        "村（社区）": "Village/Community",
        "状态": "Status",
        "结果": "Result",
        "取得日期": "Date Obtained",
    },
    "RegisterDialog": {
        "{year} 年度考试报名": "Exam Registration {year}",
        "搜索：姓名、拼音（如 zs）、身份证号": "Search: name, pinyin (e.g. zs), ID number",
        "勾选显示的全部": "Check All Shown",
        "符合": "eligible",
        "不符合": "not eligible",
        "待核实": "to check",
        "{person}\u3000【{mark}】": "{person}   [{mark}]",
        "报名": "Register",
        "报考级别：": "Level:",
        "报名状态：": "Status:",
        "{name}\u3000{id_number}\u3000{village}\u3000{level}": "{name}   {id_number}   {village}   {level}",
        "已选 {n} 人": "{n} selected",
        "没有报名，请先处理以下问题（或取消勾选这些人）：\n{problems}": (
            "Nobody was registered. Resolve these first (or uncheck these people):\n{problems}"
        ),
        "取消": "Cancel",
    },
    "YearDialog": {
        **_SHARED,
        "考试年度设置": "Exam Year Settings",
        "新建考试年度": "New Exam Year",
        " 元": " yuan",
        "本地执行特殊地区合格线": "Special-area pass marks apply here",
        "特殊地区合格线": "Special-Area Pass Mark",
        "考试日期（第一天）：": "Exam date (day 1):",
        "考试日期（第二天）：": "Exam date (day 2):",
        "报名开始：": "Registration opens:",
        "报名截止：": "Registration closes:",
        "成绩公布：": "Results published:",
        "每科报名费：": "Fee per subject:",
        "合格线（特殊地区合格线留空表示与合格线相同）：": (
            "Pass marks (leave the special-area mark empty to use the normal one):"
        ),
    },
    "RulesDialog": {
        "不限专业": "Any major",
        "其他专业": "Other major",
        "考试规则与报考条件": "Exam Rules and Eligibility",
        "级别": "Level",
        "全部科目须在几个连续年度内合格": "All subjects passed within (consecutive exam years)",
        "成绩证明有效年限": "Results certificate valid (years)",
        "学历（及以上）": "Education (or higher)",
        "工作年限": "Years of Experience",
        "须持证书": "Certificate Required",
        "取得证书后年限": "Years Since Certificate",
        "添加一行": "Add Row",
        "删除所选行": "Delete Selected Rows",
        "恢复全国规定": "Restore National Rules",
        "符合任意一行即可报考。工作年限计算到考试当年12月31日。默认值按全国规定整理，请以当年考试公告为准。": (
            "Meeting any one row makes a worker eligible. Experience counts to 31 December of "
            "the exam year. The defaults follow the national rules; check each year's exam notice."
        ),
        "不需要": "None",
    },
}

# Follow-up: fee as a province setting, registration window, the worker file's exam parts.
_FOLLOW_UP: dict[str, dict[str, str]] = {
    "ExamPage": {
        "双击报名费、书本费、差旅费可以填写或修改金额；选中多行后点“标记所选为已报销”。": (
            "Double-click the exam, book or travel fee to enter or change it; select rows and "
            "click “Mark Selected Reimbursed”."
        ),
        "，未开始": ", not yet open",
        "，已截止": ", closed",
        "（报名 {start} 至 {end}{state}）": " (registration {start} to {end}{state})",
    },
    "RegisterDialog": {
        "今天（{today}）还没到 {year} 年度的报名时间（{start} 起）。报名会记下，请在报名开始后到全国报名系统报名。": (
            "Today ({today}) is before the {year} registration period (opens {start}). The "
            "registration is kept; sign up in the national system once registration opens."
        ),
        "今天（{today}）已过 {year} 年度的报名截止日期（{end}）。报名会作为补记保存，请确认本人在报名时间内已在全国报名系统报过名。": (
            "Today ({today}) is after the {year} registration deadline ({end}). The registration "
            "is saved as a late record; make sure the person signed up in the national system "
            "in time."
        ),
        "本年度还没有设置每科报名费，报名费会记为 0 元（可在“年度设置”里按本省标准填写）。": (
            "No fee per subject is set for this year, so exam fees are recorded as 0 yuan (set "
            "the provincial fee in Year Settings)."
        ),
    },
    "WorkerEditor": {
        "没有考试报名": "No exam registrations",
        "起始日期不能晚于今天。": "The start date cannot be after today.",
        "截至 %1 年 12 月 31 日从事社会工作满 %2 年": "%2 full years of social work by 31 Dec %1",
        "从事社会工作起始时间不能晚于今天。": "The start of social work cannot be after today.",
        "从事社会工作起始(&W)": "In Social Work Since(&W)",
        "开始从事社会工作的日期；考试报考条件的工作年限从这一天算到考试当年12月31日": (
            "When the person started social work; exam eligibility counts years from this day "
            "to 31 December of the exam year"
        ),
        "考试记录": "Exam Record",
        "历年考试报名、科目成绩和结果（在“考试报名”页面修改）": (
            "Exam registrations, scores and results by year (edit them on the Exam "
            "Registration page)"
        ),
        "缺考": "absent",
        "未录入": "no score",
        "{year}年 {level} {state}：{scores} — {outcome}": "{year} {level} {state}: {scores} — {outcome}",
        "无科目": "no subjects",
        "{item} {amount:.2f} 元（{done}）": "{item} {amount:.2f} yuan ({done})",
        "已报销 {date}": "reimbursed {date}",
        "未报销": "not reimbursed",
        "准考证号：{ticket}\u3000考点：{site}\n费用：{fees}": (
            "Admission ticket: {ticket}   Site: {site}\nFees: {fees}"
        ),
    },
    "fields": {"从事社会工作起始": "In social work since"},
    "YearDialog": {
        "未设置": "Not set",
        "报名费由各省每年公布，按科目收取（客观题、主观题、高级科目标准可能不同）。请按本省当年考务通知填写；科目标准不同时填常用的一档，个别人的报名费可在报名里改。": (
            "Each province publishes its fee per subject every year (objective, subjective and "
            "senior subjects may differ). Enter your province's fee from this year's exam "
            "notice; where subjects differ use the usual one and change individual fees in the "
            "registration."
        ),
        "每科报名费（本省标准）：": "Fee per subject (provincial):",
        "每科报名费还没有填写，报名时报名费会记为 0 元。请按本省考务通知填写；如果本地确实不收报名费，再点一次“保存”。": (
            "The fee per subject is not filled in, so exam fees would be recorded as 0 yuan. "
            "Enter your province's fee; if there really is no fee here, click Save again."
        ),
    },
}
for _context, _entries in _FOLLOW_UP.items():
    BY_CONTEXT.setdefault(_context, {}).update(_entries)
# The page's five tabs became classes of their own; they say what the page said.
for _tab in ("RegistrationsTab", "ResultsTab", "FeesTab", "CandidatesTab", "ProposalsTab"):
    BY_CONTEXT[_tab] = BY_CONTEXT["ExamPage"]
BY_CONTEXT["FeesTab"] = {
    **BY_CONTEXT["ExamPage"],
    "报销规则：{who}；报销单位：{payer}（在“考试规则”里设置）": (
        "Reimbursement rule: {who}; paid by: {payer} (set in the exam rules)"
    ),
    "未设置": "not set",
}
