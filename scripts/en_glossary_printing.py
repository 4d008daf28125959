"""English for printing through the preview, saving PDFs, the empty appraisal page and the
confirmations before finalizing or registering many (see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON = {
    "预览并打印选中的人的考评表": "Preview and print the selected person's sheet",
    "预览并打印上方所选考评表的全部人员": (
        "Preview and print everyone on the template selected above"
    ),
    "保存 PDF…": "Save PDF…",
    "本人的考评表…": "This person's sheet…",
    "所选考评表的全部人员…": "Everyone on the selected template…",
    "还没有考评。请先点“新建考评…”，选年度，按人员类别建立考评表；"
    "然后在表格里逐人打分，定稿后打印签字。": (
        "No appraisal yet. First click “New appraisal…”, pick the year and create the sheets "
        "for each kind of worker; then score each person in the grid, finalize, print and sign."
    ),
    "新建考评…": "New appraisal…",
    "定稿后 {name} 的考评表不能再改分数和评语，只能打印签字或退回。要定稿吗？": (
        "Once finalized, the scores and comments of {name}'s sheet can no longer be changed; "
        "it can only be printed and signed, or returned. Finalize it?"
    ),
    "{year} 年度所有打完分的草稿都将定稿（所有考评表，不只是上方所选的），"
    "定稿后不能再改分数和评语。要全部定稿吗？": (
        "Every fully scored draft of {year} will be finalized (on every template, not only the "
        "one selected above); their scores and comments can then no longer be changed. "
        "Finalize them all?"
    ),
    "{year}年度绩效考评表 — {who}": "{year} performance appraisal sheets — {who}",
    "保存考评表 PDF": "Save appraisal sheets as PDF",
    "有 {n} 份还是草稿，每页都印有“草稿 — 不能签字”，请定稿后再打印签字。": (
        "{n} sheets are still drafts; every page of them is marked “draft — do not sign”. "
        "Finalize them before printing them for signature."
    ),
    "{level} {n} 人": "{level}: {n}",
    "给所选的 {n} 人报名 {year} 年考试（{levels}）吗？": (
        "Register the {n} selected people for the {year} exam ({levels})?"
    ),
    "已保存到：\n{path}": "Saved to:\n{path}",
    "打开所在文件夹": "Open containing folder",
}
