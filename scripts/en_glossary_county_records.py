"""English for the county's read-only 考试报名 / 绩效考评 pages (county_records_page.py)."""

from __future__ import annotations

Translation = str | tuple[str, str]

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "CountySyncPage": {
        "从备份恢复县级密钥…": "Restore the county keys from a backup…",
        "选择县级密钥备份": "Choose the county key backup",
        "从备份恢复县级密钥": "Restore the county keys from a backup",
        "读不了文件 {path}：{error}": "Cannot read {path}: {error}",
        "备份口令：": "Backup passphrase:",
        "备份里的密钥与本机现在的相同，不需要恢复。": (
            "The backup holds the same keys as this computer: nothing to restore."
        ),
        "用 {name}（{code}）{at} 备份的县级密钥替换本机的密钥？": (
            "Replace this computer's county keys with the backup of {name} ({code}) made {at}?"
        ),
        "注意：本机现在的县级密钥与备份不同。恢复后，用现在的密钥登记的乡镇发来的数据包"
        "将无法导入，这些乡镇需要重新登记。": (
            "Note: this computer's county keys differ from the backup. After the restore, "
            "packages from townships enrolled with the current keys cannot be imported; those "
            "townships must enroll again."
        ),
        "没有恢复密钥。": "Keys not restored.",
        "县级密钥已从备份恢复。": "County keys restored from the backup.",
    },
    "SyncTables": {
        "考试年度设置": "Exam year settings",
        "考试报名": "Exam registrations",
        "考试成绩": "Exam results",
        "考试费用": "Exam fees",
        "从事社会工作起始时间": "Social-work start dates",
        "考评表模板": "Appraisal forms",
        "年度考评": "Appraisal rounds",
        "考评表": "Appraisals",
    },
    "CountyRecordsPage": {
        "{total:g} 元（已报销 {paid:g}）": "{total:g} yuan ({paid:g} reimbursed)",
        "{year} 年": "{year}",
        "不合格": "Failed",
        "乡镇（街道）": "Township",
        "乡镇（街道）：": "Township:",
        "全部乡镇": "All townships",
        "县里查看各乡镇报来的数据（只读）。需要更正时，请乡镇修改后重新导出数据包。": (
            "What the townships sent, read-only. To correct something, the township changes "
            "it and exports a new package."
        ),
        "合格": "Passed",
        "姓名": "Name",
        "已定稿": "Finalized",
        "已签字": "Signed",
        "年度：": "Year:",
        "当年处分：{text}": "Disciplinary record this year: {text}",
        "待定": "Pending",
        "总体评语：{text}": "Overall comment: {text}",
        "总分": "Total",
        "成绩": "Scores",
        "村（社区）": "Village/Community",
        "状态": "State",
        "等次": "Grade",
        "签字扫描件": "Signed scan",
        "级别": "Level",
        "结果": "Result",
        "缺考": "Absent",
        "考评表": "Form",
        "草稿": "Draft",
        "费用": "Fees",
        "身份证号": "ID number",
        "还没有收到任何乡镇的数据。乡镇导出数据包、在“数据同步”页导入后会显示在这里。": (
            "Nothing received from any township yet. Once a township exports a package and it "
            "is imported on the Sync page, it shows here."
        ),
        "选中一行查看各项得分和评语。": "Select a row to see the item scores and comments.",
        "{towns} 个乡镇，报名 {n} 人：合格 {passed}，不合格 {failed}，待定 {open}；费用合计 {total:g} 元": (
            "{towns} townships, {n} registered: {passed} passed, {failed} failed, {open} "
            "pending; fees {total:g} yuan in all"
        ),
        "{towns} 个乡镇，考评 {n} 人：草稿 {draft}，已定稿 {final}，已签字 {signed}": (
            "{towns} townships, {n} appraised: {draft} draft, {final} finalized, {signed} signed"
        ),
    },
}
