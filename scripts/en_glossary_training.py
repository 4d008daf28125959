"""English for the continuing-education (继续教育) screens: training page, attendance, ledger,
compliance list, notice bar, CE settings. Merged by ``scripts/en_glossary.py``.

Terms: 继续教育 "continuing education" (CE), 学时 "hours", 登记期 "registration period",
再登记 "re-registration", 签到 "attendance" / 签到表 "sign-in sheet", 学时证明 "CE transcript",
达标 "requirement met", 折算 "fixed credit".
"""

from __future__ import annotations

Translation = str | tuple[str, str]

ENUM: dict[str, Translation] = {
    # training modes (core.ce.MODES)
    "面授": "Classroom",
    "网络": "Online",
    "实务实训": "Practical Training",
    "督导": "Supervision",
    "学术交流": "Academic Exchange",
    "学历教育": "Degree Study",
    # standing states (core.ce.STATUS_LABELS)
    "已达标": "Met",
    "进行中": "On Track",
    "有风险": "At Risk",
    "未达标": "Overdue",
    "无要求": "Not Required",
    "未登记": "Not Registered",
    # units
    "学时": "hours",
    "天": "days",
}

# Words several CE screens share (kept per context so no other area's wording changes).
_SHARED: dict[str, Translation] = {
    "{start} 至 {end}": "{start} to {end}",
    "学时": "Hours",
    " 学时": " hours",
    "培训名称": "Training",
    "形式": "Mode",
    "主办单位": "Organizer",
    "登记期": "Registration Period",
    "证明文件": "Proof",
    "结束日期": "End Date",
    "开始日期：": "Start date:",
    "学时：": "Hours:",
    "形式：": "Mode:",
    "证明文件：": "Proof:",
}


def _with_shared(entries: dict[str, Translation]) -> dict[str, Translation]:
    return {**_SHARED, **entries}


BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "MainWindow": {
        "继续教育": "Continuing Education",
        "学时记录…": "CE Hours…",
        "查看、记录选中社工的继续教育学时，导出学时证明": (
            "View and record the selected worker's continuing-education hours; print a transcript"
        ),
        "提示": "Notice",
    },
    "SettingsDialog": {"常规": "General", "继续教育": "Continuing Education"},
    "TrainingPage": _with_shared(
        {
            # events list: year choice and search
            "只看这一年开始的培训": "Only the trainings that start in this year",
            "搜索培训名称、主办单位、地点（可用拼音首字母）": (
                "Search title, organizer or place (pinyin initials work too)"
            ),
            "年度：": "Year:",
            "全部年度": "All years",
            "共 {n} 次培训": "{n} trainings",
            "没有符合条件的培训。请换一个年度，或改一改搜索的字。": (
                "No training matches. Choose another year or change the search."
            ),
            "列表里现在没有人，没有可导出的内容。请放宽筛选条件后再导出。": (
                "The list is empty: there is nothing to export. Relax the filters and export again."
            ),
            "从 Excel 签到表（身份证号、姓名、学时）导入签到：记到选中的培训，或在导入时填写新培训的信息": (
                "Import attendance from an Excel sign-in sheet (ID number, name, hours): into the "
                "selected training, or into a new one whose details you give while importing"
            ),
            "选择要导入的签到表": "Choose the Sign-in Sheet to Import",
            "已新建培训《{title}》，并导入 {n} 人的签到。": (
                "Created the training “{title}” and imported attendance of {n} people."
            ),
            "新建培训…": "New Training…",
            "记录签到…": "Record Attendance…",
            "逐个输入或扫描身份证号，或按姓名多选，整份名单一起保存": (
                "Type or scan ID numbers one after another, or pick several by name; "
                "the whole list is saved at once"
            ),
            "导入签到表…": "Import Sign-in Sheet…",
            "从 Excel 签到表（身份证号、姓名、学时）导入选中培训的签到": (
                "Import attendance for the selected training from an Excel sign-in sheet "
                "(ID number, name, hours)"
            ),
            "还没有培训记录。点“新建培训…”登记一次培训，再记录签到。": (
                "No trainings yet. Click “New Training…” to enter one, then record attendance."
            ),
            "删除这条签到…": "Delete Attendance…",
            "学时记录…": "CE Hours…",
            "签到名单": "Attendance",
            "培训与签到": "Trainings and Attendance",
            "学时达标": "CE Compliance",
            "签到名单（先在上面选中一次培训）": "Attendance (select a training above first)",
            "《{title}》签到名单：{n} 人": "Attendance of “{title}”: {n}",
            "正在计算学时达标情况……": "Computing CE compliance…",
            "继续教育学时达标情况_{date}.xlsx": "CE_compliance_{date}.xlsx",
            "导出学时达标名单": "Export CE Compliance List",
            "正在导出……": "Exporting…",
            "已导出 {n} 人到：\n{path}": "Exported {n} people to:\n{path}",
            "打印学时证明": "Print CE Transcripts",
            "{village}没有持证的在岗社工，不用出具学时证明。": (
                "{village} has no certified worker in post: no transcript to print."
            ),
            "继续教育学时证明_{village}_{date}.pdf": "CE_transcripts_{village}_{date}.pdf",
            "确定删除培训《{title}》吗？": "Delete the training “{title}”?",
            "\n它的 {n} 条签到记录会一起删除，这些人的学时会相应减少。": (
                "\nIts {n} attendance records are deleted with it, and those people lose the hours."
            ),
            "删除培训": "Delete Training",
            "导入签到表": "Import Sign-in Sheet",
            "导入签到表到《{title}》": "Import Sign-in Sheet into “{title}”",
            "Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)": (
                "Excel Workbook (*.xlsx *.xlsm);;All Files (*)"
            ),
            "正在导入签到表……": "Importing the sign-in sheet…",
            "签到表没有导入": "Sign-in Sheet Not Imported",
            "{file} 有以下问题，整份签到表都没有导入（一条也没有保存）。请在 Excel 里改正后重新导入。": (
                "{file} has the problems below, so none of it was imported (nothing was saved). "
                "Correct them in Excel and import again."
            ),
            "已为《{title}》导入 {n} 人的签到。": "Imported attendance of {n} people for “{title}”.",
            "删除签到": "Delete Attendance",
            "确定删除 {name} 在《{title}》的签到（{hours} 学时）吗？": (
                "Delete the attendance of {name} at “{title}” ({hours} hours)?"
            ),
        }
    ),
    "EventModel": _with_shared(
        {"日期": "Date", "签到人数": "Attendees"},
    ),
    "EventEditor": _with_shared(
        {
            "编辑培训": "Edit Training",
            "新建培训": "New Training",
            "如：2025年儿童保护专题培训": "e.g. 2025 Child Protection Workshop",
            "如：区民政局、市社工协会": "e.g. District Civil Affairs Bureau, City Social Work Association",
            "培训名称：": "Training:",
            "主办单位：": "Organizer:",
            "结束日期：": "End date:",
            "培训形式：": "Mode:",
            "培训学时：": "Hours:",
            "地点：": "Place:",
            "学时计入结束日期所在的登记期。一天的培训，结束日期与开始日期相同。": (
                "Hours count in the registration period containing the end date. "
                "For a one-day training the end date equals the start date."
            ),
            "保存": "Save",
            "取消": "Cancel",
        }
    ),
    "EventForm": _with_shared(
        {
            "如：2025年儿童保护专题培训": "e.g. 2025 Child Protection Workshop",
            "如：区民政局、市社工协会": "e.g. District Civil Affairs Bureau, City Social Work Association",
            "培训名称：": "Training:",
            "主办单位：": "Organizer:",
            "开始日期：": "Start date:",
            "结束日期：": "End date:",
            "培训形式：": "Mode:",
            "培训学时：": "Hours:",
            "地点：": "Place:",
        }
    ),
    "SheetImportDialog": _with_shared(
        {
            "Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)": (
                "Excel Workbook (*.xlsx *.xlsm);;All Files (*)"
            ),
            "导入签到表": "Import Sign-in Sheet",
            "签到表：": "Sign-in sheet:",
            "表中要有“身份证号”列，通常还有“姓名”和“学时”列；不填学时的按培训学时记。": (
                "The sheet needs an ID number column, usually also name and hours; "
                "a row without hours gets the training's hours."
            ),
            "记到已有的培训：": "Into an existing training:",
            "{date} {title}（{hours} 学时，已签到 {n} 人）": (
                "{date} {title} ({hours} hours, {n} recorded)"
            ),
            "（还没有培训）": "(no trainings yet)",
            "新建一次培训（在下面填写培训信息）：": "A new training (give its details below):",
            "（还没有选择）": "(none chosen)",
            "选择文件…": "Choose File…",
            "选择签到表": "Choose the Sign-in Sheet",
            "导入": "Import",
            "取消": "Cancel",
            "正在导入签到表……": "Importing the sign-in sheet…",
            "{file} 有以下问题，整份签到表都没有导入（一条也没有保存）。请在 Excel 里改正后重新导入。": (
                "{file} has the problems below; none of the sign-in sheet was imported "
                "(nothing was saved). Correct them in Excel and import again."
            ),
            "新培训也没有建立，填好的培训信息还在。": (
                "The new training was not created either; the details you typed are kept."
            ),
            "签到表没有导入": "Sign-in Sheet Not Imported",
            "保存空白签到表…": "Save Blank Sheet…",
            "一份按导入格式排好的 Excel 签到表（身份证号列为文本），打印或填好后在这里导入": (
                "An Excel sign-in sheet laid out for import (ID numbers kept as text): "
                "print or fill it in, then import it here"
            ),
            "{title}签到表.xlsx": "{title} sign-in sheet.xlsx",
            "培训签到表.xlsx": "Training sign-in sheet.xlsx",
            "保存空白签到表": "Save Blank Sign-in Sheet",
            "已保存：\n{path}\n填好身份证号（必填）、姓名和学时后，在这里导入。": (
                "Saved:\n{path}\nFill in the ID numbers (required), names and hours, "
                "then import it here."
            ),
        }
    ),
    "AttendanceDialog": _with_shared(
        {
            "记录签到：{title}": "Record Attendance: {title}",
            "《{title}》 {dates}，{hours} 学时。已记录 {n} 人。": (
                "“{title}” {dates}, {hours} hours. {n} already recorded."
            ),
            "输入或扫描身份证号，按回车加入名单": "Type or scan an ID number, press Enter to add",
            "加入": "Add",
            "按姓名、拼音（如 zs）查找": "Find by name or pinyin (e.g. zs)",
            "全部村（社区）": "All villages/communities",
            "姓名": "Name",
            "身份证号": "ID Number",
            "村（社区）": "Village/Community",
            "加入所选 →": "Add Selected →",
            "按姓名查找（可多选）": "Find by Name (multiple selection)",
            "移出名单": "Remove from List",
            "本次签到名单": "Attendance List",
            "保存签到": "Save Attendance",
            "取消": "Cancel",
            "学时默认为培训学时，部分参加的可改少。保存时整份名单一起保存。": (
                "Hours default to the training's; lower them for partial attendance. "
                "The whole list is saved at once."
            ),
            "{name}（{id_number}）": "{name} ({id_number})",
            "{who} 的档案已删除，不能记学时。如需记录，请先在社工档案中恢复。": (
                "The file of {who} is deleted: no hours can be recorded. "
                "Restore it in Worker Files first if needed."
            ),
            "{who} 已经记过这次培训，不用重复记。": "{who} is already recorded for this training.",
            "{who} 已在名单第 {row} 行。": "{who} is already on the list (row {row}).",
            "身份证号“{text}”不对：{reason}": "ID number “{text}” is wrong: {reason}",
            "身份证号 {id_number} 没有档案。请核对号码，或先在社工档案中建档。": (
                "No worker file has ID number {id_number}. Check the number, "
                "or create the file in Worker Files first."
            ),
            "已加入：{who}。名单共 {n} 人。": "Added: {who}. {n} on the list.",
            "输入姓名或拼音查找，或选一个村（社区）列出其社工。": (
                "Type a name or pinyin, or choose a village/community to list its workers."
            ),
            "已经记过这次培训": "Already recorded for this training",
            "找到 {n} 人，只列出前 {limit} 人。请多输入几个字。": (
                "{n} found; only the first {limit} are listed. Type a little more."
            ),
            "没有找到。可以换个写法，或用身份证号加入。": (
                "Nobody found. Try another spelling, or add by ID number."
            ),
            "找到 {n} 人。可按住 Ctrl 或 Shift 多选，再点“加入所选”。": (
                "{n} found. Hold Ctrl or Shift to select several, then click “Add Selected”."
            ),
            "加入 {n} 人。未加入：{why}": "Added {n}. Not added: {why}",
            "已加入 {n} 人。名单共 {total} 人。": "Added {n}. {total} on the list.",
            "名单共 {n} 人": "{n} on the list",
            "签到没有保存": "Attendance Not Saved",
            "名单里有以下问题，整份名单都没有保存。改正后再点“保存签到”。": (
                "The list has the problems below, so none of it was saved. "
                "Correct them and click “Save Attendance” again."
            ),
            "放弃签到名单": "Discard Attendance List",
            "名单里有 {n} 人还没有保存，确定放弃吗？": "{n} people on the list are not saved. Discard them?",
        }
    ),
    "ProblemsDialog": {"关闭": "Close", "复制全部": "Copy All"},
    "ComplianceModel": _with_shared(
        {
            "姓名": "Name",
            "身份证号": "ID Number",
            "村（社区）": "Village/Community",
            "要求": "Required",
            "已获得": "Earned",
            "还差": "Missing",
            "剩余天数": "Days Left",
            "说明": "Note",
            "上一登记期还差 {n} {unit}": "Previous period short by {n} {unit}",
            "没有已登记的证书": "No registered certificate",
            "该等级无学时要求": "No requirement at this level",
            "已进入再登记期": "Re-registration window open",
            "已登记更高等级证书": "Higher certificate registered",
            "{column}（{unit}）": "{column} ({unit})",
        }
    ),
    "ComplianceView": {
        "搜索“{text}”": "search “{text}”",
        "搜索：姓名、拼音、身份证号": "Search: name, pinyin, ID number",
        "需要关注（未达标、有风险）": "Needs attention (overdue, at risk)",
        "全部村（社区）": "All villages/communities",
        "按这一天计算每人的登记期和学时": "Work out everyone's period and hours as of this date",
        "显示全部人员": "Show Everyone",
        "导出 Excel…": "Export to Excel…",
        "打印本村学时证明…": "Print Village Transcripts…",
        "先在上面选一个村（社区）": "Choose a village/community above first",
        "统计日期：": "As of:",
        "{state} {n} 人": "{state} {n}",
        "，": ", ",
        "显示 {shown} 人（共 {total} 人）：{parts}": "Showing {shown} of {total}: {parts}",
    },
    "LedgerDialog": _with_shared(
        {
            "导出学时证明": "Export CE Transcript",
            "PDF 文件 (*.pdf)": "PDF Files (*.pdf)",
            "正在生成学时证明……": "Writing the CE transcript…",
            "选择证明文件": "Choose a Proof File",
            "图片或 PDF (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.pdf);;所有文件 (*)": (
                "Images or PDF (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.pdf);;All Files (*)"
            ),
            "证明文件": "Proof",
            "无法读取 {path}：{error}": "Cannot read {path}: {error}",
            "继续教育学时：{name}": "Continuing Education Hours: {name}",
            "只看本登记期": "Current period only",
            "添加记录…": "Add Record…",
            "没有培训活动的学时：网络课程、学历、论文等": (
                "Hours without a training event: an online course, a degree, a paper…"
            ),
            "修改学时…": "Change Hours…",
            "删除记录…": "Delete Record…",
            "添加证明文件…": "Attach Proof…",
            "查看证明文件": "Open Proof",
            "导出学时证明 PDF…": "Export Transcript PDF…",
            "关闭": "Close",
            "{name}\u3000{id_number}\u3000{village}\u3000{level}": "{name}  {id_number}  {village}  {level}",
            "未登记：没有已登记的证书，暂无登记期，不要求学时。": (
                "Not registered: no registered certificate, so no period and no hours required."
            ),
            "本登记期：{start} 至 {end}，还剩 {days} 天。要求 {required} {unit}。": (
                "Current period: {start} to {end}, {days} days left. Required: {required} {unit}."
            ),
            "已获得 {earned} / 要求 {required} {unit}（{percent}%）": (
                "{earned} of {required} {unit} ({percent}%)"
            ),
            "已获得 {earned} {unit}，无学时要求": "{earned} {unit} earned, none required",
            "本登记期的学时已达到要求。": "The requirement of this period is met.",
            "还差 {missing} {unit}。": "{missing} {unit} missing.",
            "上一登记期（至 {end}）还差 {n} {unit}，未达标。": (
                "The previous period (to {end}) ended {n} {unit} short."
            ),
            "已进入再登记期，请尽快补足学时。": (
                "The re-registration window is open: make up the hours soon."
            ),
            "按目前的进度，登记期结束前学时不够。": (
                "At the pace so far the hours will not be enough by the end of the period."
            ),
            "登记前": "Before registration",
            "{first}{second}": "{first} {second}",
            "本期（{period}）": "Current ({period})",
            "{hours}（折算）": "{hours} (fixed credit)",
            "（单独记录）": "(single record)",
            "修改学时": "Change Hours",
            "折算项目的学时是固定的，不能修改。": "A fixed credit cannot be changed.",
            "《{title}》实际获得的学时：": "Hours actually earned at “{title}”:",
            "删除记录": "Delete Record",
            "确定删除《{title}》（{hours} 学时）这条记录吗？": (
                "Delete the record “{title}” ({hours} hours)?"
            ),
            "继续教育学时证明_{name}.pdf": "CE_transcript_{name}.pdf",
        }
    ),
    "RecordEditor": _with_shared(
        {
            "添加学时记录": "Add CE Record",
            "培训（按实际学时）": "Training (actual hours)",
            "{label}（折算 {hours} 学时）": "{label} (counts {hours} hours)",
            "如：网络课程《儿童保护实务》": "e.g. Online course “Child Protection in Practice”",
            "（无）": "(none)",
            "类型：": "Type:",
            "名称：": "Title:",
            "结束（取得）日期：": "End (obtained) date:",
            "保存": "Save",
            "取消": "Cancel",
        }
    ),
    "NoticeBar": {
        "查看名单": "Show List",
        "关闭提示": "Close notice",
        "本月有 {n} 人进入再登记期，其中 {m} 人学时不足。": (
            "{n} people enter their re-registration window this month; {m} of them lack hours."
        ),
        "本月进入再登记期的 {n} 人（其中 {m} 人学时不足）": (
            "The {n} people entering re-registration this month ({m} lacking hours)"
        ),
    },
    "CESettingsTab": {
        "自定义": "Custom",
        "天数计算：": "Count days:",
        "按学时折算（学时 ÷ 每天学时）": "From hours (hours ÷ hours per day)",
        "按培训日期（开始到结束日期的天数）": "From dates (days from start to end date)",
        "按培训日期：一天的培训无论几个学时都算 1 天；没有开始日期的记录和折算项仍按学时 ÷ 每天学时": (
            "From dates: a one-day training counts 1 day whatever its hours; records without a "
            "start date and conversions still count hours ÷ hours per day"
        ),
        "套用预设": "Apply Preset",
        " 学时": " hours",
        "不要求": "Not required",
        " 年": " years",
        " 个月": " months",
        " 天": " days",
        "登记期开始这么多天后，才按进度判断“有风险”（期初人人都是 0 学时）": (
            "Days into a period before the pace rule can mark someone “at risk” "
            "(everyone starts a period with 0 hours)"
        ),
        "类型代码": "Code",
        "名称": "Name",
        "折算学时": "Credit (hours)",
        "只算一次": "Once Only",
        "添加折算项": "Add Fixed Credit",
        "删除折算项": "Remove Fixed Credit",
        "规则预设：": "Rule preset:",
        "计量单位：": "Unit:",
        "每天折合：": "One day counts:",
        "{level}要求：": "{level} requirement:",
        "登记有效期：": "Registration period:",
        "再登记提前：": "Re-registration opens before end:",
        "进度检查起始：": "Pace check starts after:",
        "折算项：不按实际学时、按固定学时计算的项目，如取得社会工作专业学历（90 学时，只算一次）、发表论文。修改规则不会改动已经记入的学时。": (
            "Fixed credits count a set number of hours instead of real ones, e.g. a social-work "
            "degree (90 hours, once) or a published paper. Changing the rules never rewrites "
            "hours already credited."
        ),
        "折算项：": "Fixed credits:",
    },
}
