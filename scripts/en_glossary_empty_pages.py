"""English for what empty pages say to do first and the counts the 绩效考评, 津贴发放 and
数据同步 pages put in the status bar (see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON: dict[str, str] = {
    "核对津贴标准…": "Check allowance standards…",
    "还没有保存过本地的津贴标准：先核对标准，再生成发放表": (
        "No local allowance standards saved yet: check them before making a payroll"
    ),
    "本站还没有保存过津贴标准（现用默认标准），请先点“核对津贴标准…”。": (
        " This station has not saved its allowance standards (the default ones are in use): "
        "click “Check allowance standards…” first."
    ),
    "{month} 起还没有发放表": "No payroll from {month} yet",
    "{period}：{people}，合计 {amount} 元": "{period}: {people}, total {amount} yuan",
    "还没有考评": "No appraisal yet",
    "{year} 年度：{todo}待考评，共 {n} 人": "{year}: {todo} to appraise, {n} in all",
    "还没有乡镇的数据。第一步：点“为乡镇生成登记文件…”，把登记文件交给乡镇；"
    "乡镇加入后导出数据包，再点“导入数据包…”把它导入。": (
        "No township data yet. First click “Enrollment file for a township…” and give "
        "the file to the township; once it has joined and exported a package, click "
        "“Import packages…” to import it."
    ),
    "{towns} 个乡镇，{missing} 个数据包待导入，{open} 条冲突待处理": (
        "{towns} townships, {missing} packages to import, {open} conflicts to resolve"
    ),
    "导入数据包…": "Import packages…",
    "还没有加入县里的数据同步。请先向县里要本站的登记文件（.swsync），"
    "点“加入县里的同步（登记文件）…”选中它；之后就可以导出数据包交给县里。": (
        "Not yet joined the county's sync. Ask the county for this station's enrollment file "
        "(.swsync) and choose it with “Join the county's sync (enrollment file)…”; after "
        "that you can export packages for the county."
    ),
    "未加入县里的同步": "Not joined to the county's sync",
    "{n} 条改动待导出": "{n} changes to export",
    "显示全部培训": "Show all training",
    "还没有村（社区）。在下面填写12位代码和名称，选好类型，点“添加”。": (
        "No villages (communities) yet. Fill in the 12-digit code and the name below, choose "
        "the type and click “Add”."
    ),
    "填写第一个村（社区）": "Enter the first village",
    "还没有乡镇报来的社工档案。点“导入数据包…”，导入乡镇送来的数据包；合并后的名单就显示在这里。": (
        "No records from the townships yet. Click “Import packages…” to import the packages "
        "the townships sent; the merged list appears here."
    ),
}

BY_CONTEXT: dict[str, dict[str, str]] = {}
