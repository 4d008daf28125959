"""English for the appraisal (绩效考评) screens: page, scoring grid, new-round and template dialogs.

Folded into ``en_glossary`` by ``scripts/update_translations.py`` (see its ``_fold_areas``).
"考评" is "appraisal"; 定稿 "finalize"; 签字 "sign"; 退回 "reopen"; 等次 "grade".
"""

from __future__ import annotations

Translation = str | tuple[str, str]

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "MainWindow": {
        "绩效考评": "Appraisals",
    },
    "AppraisalGridModel": {
        "草稿": "Draft",
        "已定稿": "Finalized",
        "已签字": "Signed",
        "姓名": "Name",
        "总分": "Total",
        "等次": "Grade",
        "状态": "State",
    },
    "AppraisalPage": {
        "查对校验码…": "Check a Paper…",
        "查对校验码": "Check a Paper",
        "输入打印件页脚的记录校验码（或用扫码枪扫二维码），找到对应记录并核对是否改动过": (
            "Type the record code from a printed sheet's footer (or scan its QR code) to find "
            "the record and see whether it changed since printing"
        ),
        "打印件页脚的记录校验码（如 FB97-97B7-B016），或扫描二维码：": (
            "Record code from the sheet's footer (e.g. FB97-97B7-B016), or scan the QR code:"
        ),
        "查看扫描件": "View Scan",
        "这份考评表没有附扫描件。": "No scan is attached to this sheet.",
        "删除本年度考评…": "Delete This Round…",
        "删除本年度考评": "Delete This Round",
        "建错了年度或考评表时删除整个年度的考评（只在全部还是草稿时）": (
            "Delete the whole round when it was made for the wrong year or with the wrong "
            "templates (only while every sheet is a draft)"
        ),
        "删除 {year} 年度的全部考评（已打的分和评语一并删除）。请写明理由：": (
            "Delete the whole {year} round (scores and comments entered go with it). Reason:"
        ),
        "已删除 {year} 年度考评（{n} 份草稿），理由已记入修改记录。": (
            "The {year} round ({n} drafts) was deleted; the reason is in the change history."
        ),
        "加入新人员(&J)…": "Add &Joiners…",
        "把建立考评后入职或新符合条件的人员加入本年度考评，已有的考评表不会改动": (
            "Add people hired or newly eligible since the round was made; existing sheets "
            "are not changed"
        ),
        "已加入 {n} 人。": "{n} added.",
        "没有需要加入的人员，已有考评表未改动。": "Nobody to add; existing sheets unchanged.",
        "新建考评(&N)…": "&New Round…",
        "考评表模板…": "Appraisal Templates…",
        "年度：": "Year:",
        "考评表：": "Template:",
        "定稿(&F)": "&Finalize",
        "全部定稿": "Finalize All",
        "登记签字(&S)…": "Record &Signature…",
        "退回(&R)…": "&Reopen…",
        "打印本人(&P)…": "&Print This Sheet…",
        "打印全部…": "Print All Sheets…",
        "导出 Excel…": "Export to Excel…",
        "等次规则…": "Grade Rules…",
        "附扫描件…": "Attach Scan…",
        "附扫描件": "Attach Scan",
        "选择签字后考评表的扫描件或照片": "Choose a scan or photo of the signed sheet",
        "扫描件已附上。": "Scan attached.",
        "本项评语：": "Comment on this item:",
        "保存评语(&C)": "Save &Comments",
        "评语": "Comments",
        "总体评语：": "Overall comment:",
        "当年处分：": "Disciplinary action this year:",
        "考评人：": "Appraiser:",
        "无": "None",
        "{year} 年度": "Year {year}",
        "{name}（{n} 人）": "{name} ({n} people)",
        "共 {n} 人：草稿 {d}，已定稿 {f}，已签字 {s}": "{n} people: {d} draft, {f} finalized, {s} signed",
        "“{item}”评语：": "Comment on “{item}”:",
        "{name}：已得 {partial} 分，还有 {n} 项未打分": "{name}: {partial} points so far, {n} items not scored yet",
        "{name}：总分 {total}，等次 {grade}（{state}）": "{name}: total {total}, grade {grade} ({state})",
        "保存评语": "Save Comments",
        "评语已保存。": "Comments saved.",
        "定稿": "Finalize",
        "已定稿，可以打印签字。": "Finalized: ready to print and sign.",
        "已定稿 {n} 份。": "{n} sheets finalized.",
        "还有 {n} 人没有打完分：{names}": " {n} people are not fully scored yet: {names}",
        "登记签字": "Record Signature",
        "选择签字后考评表的扫描件或照片（可不选）": "Choose a scan or photo of the signed sheet (optional)",
        "扫描件或照片 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)": "Scans or photos (*.pdf *.jpg *.jpeg *.png);;All files (*)",
        "不附扫描件，直接登记为已签字吗？以后仍可补上扫描件。": "Record as signed without a scan? You can attach the scan later.",
        "已登记签字，考评表已锁定。": "Signature recorded; the appraisal is now locked.",
        "退回考评表": "Reopen Appraisal",
        "退回 {name} 的考评表（{state}）的理由：": "Reason for reopening {name}'s appraisal ({state}):",
        "已退回草稿，理由已记入修改记录。修改后需重新定稿、打印、签字。": "Reopened as a draft; the reason is in the change history. After editing, finalize, print and sign it again.",
        "打印考评表": "Print Appraisal Sheets",
        "全部": "all",
        "{year}年度绩效考评表_{who}.pdf": "appraisal-sheets-{year}_{who}.pdf",
        "PDF 文件 (*.pdf)": "PDF files (*.pdf)",
        "正在生成考评表……": "Creating the appraisal sheets…",
        "有 {n} 份还是草稿，打印件上标有“草稿”，请定稿后再打印签字。": "{n} sheets are still drafts and are marked as such on paper; finalize them before printing for signature.",
        "导出考评结果": "Export Appraisal Results",
        "{year}年度绩效考评结果.xlsx": "appraisal-results-{year}.xlsx",
        "正在导出……": "Exporting…",
        "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
        "已导出 {n} 份考评结果到：\n{path}": "Exported {n} appraisal results to:\n{path}",
    },
    "NewRoundDialog": {
        "新建年度考评": "New Appraisal Round",
        "加入新符合条件的人员": "Add Newly Eligible People",
        "加入考评": "Add to Round",
        "这里只列出还不在本年度考评中的在岗人员（后来入职或新符合条件的）；已有的考评表不会改动。": (
            " Only active people not yet in this year's round are listed (hired or eligible "
            "since); existing sheets are not changed."
        ),
        "考评年度(&Y)：": "&Year:",
        "社区社会工作者考评表(&C)：": "&Community worker template:",
        "专业岗位考评表(&P)：": "&Professional post template:",
        "{name}（第 {version} 版）": "{name} (version {version})",
        "姓名": "Name",
        "依据": "Basis",
        "考评": "Appraisal",
        "调整理由": "Reason for change",
        "社区社会工作者": "Community social worker",
        "专业岗位": "Professional post",
        "不参加": "Not appraised",
        "建立考评": "Create Round",
        "持证社区专职工作者参加社区社会工作者考评；专业岗位人员参加岗位考评，在专业岗位上的持证社区专职工作者仅参加岗位考评。改变某人的考评需写明理由。": (
            "Certified full-time community workers get the community social worker appraisal; "
            "professional post holders get the post appraisal, and a certified full-time "
            "community worker in a professional post gets only the post appraisal. Changing "
            "someone's appraisal needs a reason."
        ),
        "社区社会工作者 {c} 人，专业岗位 {p} 人，不参加 {n} 人。": "Community social workers: {c}; professional posts: {p}; not appraised: {n}.",
        "改变了 {name} 的考评，请在“调整理由”一栏写明理由。": "You changed {name}'s appraisal: please give the reason in the “Reason for change” column.",
    },
    "RulesEditor": {
        "等次与处分规则": "Grade and Disciplinary Rules",
        "等次": "Grade",
        "最低分（含）": "Minimum score (inclusive)",
        "低于最低分数线的等次(&F)：": "Grade below the lowest line (&F):",
        "不封顶": "No cap",
        "当年受{d}处分，等次最高为：": "Highest grade after a {d} this year:",
        "添加等次(&A)": "&Add Grade",
        "删除等次(&D)": "&Delete Grade",
        "已经建立的考评保留建立时的规则；新建的考评使用这里保存的规则。": "Rounds already created keep the rules they were created with; new rounds use the rules saved here.",
    },
    "TemplateEditor": {
        "考评表模板": "Appraisal Templates",
        "{name}（第 {version} 版）": "{name} (version {version})",
        "类别": "Category",
        "考评项目": "Item",
        "内容及要求": "Description",
        "分值": "Max. score",
        "添加项目(&A)": "&Add Item",
        "删除项目(&D)": "&Delete Item",
        "模板(&T)：": "&Template:",
        "保存后成为新版本；已经建立的考评仍使用建立时的版本。各项分值合计应为 100 分。": "Saving creates a new version; rounds already created keep the version they were created with. Maximum scores must total 100.",
        "合计 {total} 分": "Total {total} points",
        "已保存为第 {version} 版。新建的考评将使用这一版。": "Saved as version {version}. New rounds will use this version.",
    },
}
