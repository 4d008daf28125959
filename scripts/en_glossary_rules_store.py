"""English for the rule messages of swdesk/store (built with ``msg``; context "", see core/i18n.py).

Keep every ``{name}`` placeholder of the Chinese template, with its format (``{hours:g}``); values
are filled in at display time. Terms: 档案 "file", 考评 "appraisal", 考评表 "appraisal sheet",
校验码 "check code", 报名 "registration", 签到 "attendance", 学时 "hours", 折算 "fixed credit".
"""

from __future__ import annotations

BY_CONTEXT: dict[str, dict[str, str]] = {
    "": {
        # store/errors.py: a batch's problems in one sentence
        # store/errors.py: SQLite failed because of the machine
        "无法使用数据文件 {path}：{reason}": "Cannot use the data file {path}: {reason}",
        "磁盘已满。请清理磁盘后重试；本次改动没有保存，原有数据没有改动。": (
            "The disk is full. Free some space and try again; this change was not saved and the "
            "existing data was not changed."
        ),
        "文件或所在的文件夹是只读的（或U盘有写保护）。请把数据文件放到可以写入的位置再打开；本次改动没有保存。": (
            "The file or its folder is read-only (or the USB stick is write-protected). Move the "
            "data file to a place that can be written and open it again; this change was not "
            "saved."
        ),
        "文件正被另一个程序使用（例如备份或杀毒软件）。请稍后重试；本次改动没有保存。": (
            "The file is in use by another program (a backup or antivirus program, for example). "
            "Try again later; this change was not saved."
        ),
        "磁盘读写出错，U盘或网络盘可能已断开。请检查后重新打开 swdesk；本次改动没有保存。": (
            "The disk reported a read/write error; the USB stick or network drive may have been "
            "disconnected. Check it and open swdesk again; this change was not saved."
        ),
        "文件或所在的文件夹不存在，或没有权限。请检查U盘或网络盘是否已连接。": (
            "The file or its folder does not exist, or there is no permission. Check that the USB "
            "stick or network drive is connected."
        ),
        # store/lock.py, store/db.py: opening a data file
        "数据文件 {path} 已经在另一个 swdesk 中打开。请先关闭那个窗口，或使用另一个数据文件。": (
            "The data file {path} is already open in another swdesk. Close that window first, or "
            "use another data file."
        ),
        "数据文件 {path} 是更新版本的 swdesk 写的（数据格式第 {version} 版，本程序只认识到第 {known} 版）。为保护数据，本程序不会打开它，请升级 swdesk。": (
            "The data file {path} was written by a newer swdesk (data format version {version}; "
            "this program knows up to version {known}). To protect the data it will not be "
            "opened: please upgrade swdesk."
        ),
        "文件 {path} 不是 swdesk 数据文件，或已经损坏。请从备份恢复。": (
            "The file {path} is not a swdesk data file, or it is damaged. Please restore it from "
            "a backup."
        ),
        "文件 {path} 不是 swdesk 数据文件，本程序不会改动它。请选择正确的数据文件。": (
            "The file {path} is not a swdesk data file; swdesk will not change it. Please choose "
            "the right data file."
        ),
        "{path} 是一个文件夹。请给出数据文件的路径，例如 {example}。": (
            "{path} is a folder. Give the path of a data file, for example {example}."
        ),
        # store/backup.py
        "备份不能写到数据文件自己（{path}）上，请换一个文件名。": (
            "A backup cannot overwrite the data file itself ({path}); please choose another file "
            "name."
        ),
        "找不到备份文件 {path}。": "The backup file {path} was not found.",
        "文件 {path} 不是 swdesk 数据文件，或已经损坏，不能用来恢复。": (
            "The file {path} is not a swdesk data file, or it is damaged; it cannot be restored "
            "from."
        ),
        "备份文件 {path} 已损坏（{problem}），不能用来恢复。": (
            "The backup file {path} is damaged ({problem}); it cannot be restored from."
        ),
        "文件 {path} 不是 swdesk 数据文件，不能用来恢复。": (
            "The file {path} is not a swdesk data file; it cannot be restored from."
        ),
        "备份文件 {path} 来自更新版本的 swdesk，请先升级本程序再恢复。": (
            "The backup file {path} comes from a newer swdesk; please upgrade swdesk before "
            "restoring it."
        ),
        # store/records.py, store/unit.py
        "找不到这条记录（{table} {id}），可能已被删除。": (
            "This record ({table} {id}) was not found; it may have been deleted."
        ),
        "数据文件还没有设置单位，不能保存数据。请先完成首次设置（swdesk init）。": (
            "The data file has no unit set up yet, so nothing can be saved. Please finish the "
            "first-time setup (swdesk init) first."
        ),
        "单位名称不能为空。": "The unit name must not be empty.",
        "这个数据文件已经设置为 {name}（{code}），不能再次设置。如需另建单位，请使用新的数据文件（--db）。": (
            "This data file is already set up for {name} ({code}) and cannot be set up again. "
            "For another unit, use a new data file (--db)."
        ),
        "数据文件还没有设置单位。请先运行 swdesk init（或在程序中完成首次设置）。": (
            "The data file has no unit set up yet. Run swdesk init first (or finish the "
            "first-time setup in the program)."
        ),
        # store/blobs.py (kind: 证明文件 / 扫描件)
        "{kind}“{name}”是空的。": "{kind} “{name}” is empty.",
        "{kind}“{name}”有 {size:.1f} MB，太大（最多 {limit} MB），请压缩后再加。": (
            "{kind} “{name}” is {size:.1f} MB, too large (at most {limit} MB); please compress "
            "it and add it again."
        ),
        "证明文件": "Proof",
        "扫描件": "Scan",
        # store/villages.py
        "村（社区）名称不能为空。": "The village/community name must not be empty.",
        "类型“{kind}”不对：社区填 urban，村填 rural。": (
            "The type “{kind}” is not valid: use urban for a community, rural for a village."
        ),
        "代码 {code} 不属于本单位 {unit_name}（{unit}）：本单位的村（社区）代码以 {unit} 开头。": (
            "The code {code} does not belong to this unit, {unit_name} ({unit}): its "
            "village/community codes begin with {unit}."
        ),
        "代码 {code} 已经登记为“{name}”，不能重复添加。": (
            "The code {code} is already recorded as “{name}” and cannot be added twice."
        ),
        "“{name}”还有 {count} 名社工的档案，请先把他们调到其他村（社区）。": (
            "“{name}” still has the files of {count} social workers; move them to another "
            "village/community first."
        ),
        # store/workers.py
        "村（社区）代码 {code} 还没有登记，请先在“村（社区）”里添加。": (
            "The village/community code {code} is not recorded yet; add it under "
            "“Village/Community” first."
        ),
        "身份证号 {number} 的档案（{name}）曾被删除，可以恢复它，而不是新建。": (
            "The file of ID number {number} ({name}) was deleted; you can restore it instead of "
            "creating a new one."
        ),
        "身份证号 {number} 已经有档案（{name}），同一个人只能有一份档案。": (
            "ID number {number} already has a file ({name}); a person can have only one file."
        ),
        "身份证号 {number} 在这批数据中出现了两次（{names}），同一个人只能有一份档案。": (
            "ID number {number} appears twice in this batch ({names}); a person can have only "
            "one file."
        ),
        "{name} 的档案已被删除，请先恢复再修改。": (
            "The file of {name} has been deleted; restore it before editing."
        ),
        # store/training.py
        "找不到编号为 {id} 的培训，请核对培训编号。": (
            "No training with the number {id} was found; please check the number."
        ),
        "培训“{title}”已被删除。": "The training “{title}” has been deleted.",
        "已有人记了 {hours:g} 学时，培训学时不能改成少于 {hours:g}。请先修改这些签到记录。": (
            "Someone has already been credited {hours:g} hours, so the training's hours cannot "
            "be less than {hours:g}. Change those attendance records first."
        ),
        "签到记录没有保存：{problems}": "The attendance was not saved: {problems}",
        "签到名单是空的。": "The attendance list is empty.",
        "第{line}行": "Row {line}",
        "{name}（{number}）": "{name} ({number})",
        "{where}：{reason}": "{where}: {reason}",
        "{where}：{who} 已经记过这次培训，同一培训不能重复记学时。": (
            "{where}: {who} is already recorded for this training; the same training cannot be "
            "credited twice."
        ),
        "{where}：{who} 在名单里出现了两次（另见{other}）。": (
            "{where}: {who} is on the list twice (see also {other})."
        ),
        "{where}：{who} {reason}": "{where}: {who}: {reason}",
        "有人已经记过这次培训，同一培训不能重复记学时。": (
            "Someone is already recorded for this training; the same training cannot be "
            "credited twice."
        ),
        "身份证号“{number}”不对：{reason}": "The ID number “{number}” is not valid: {reason}",
        "身份证号 {number} 没有档案，请先建立档案。": (
            "ID number {number} has no file; please create the file first."
        ),
        "学时 {hours:g} 超过了培训本身的 {limit:g} 学时。": (
            "{hours:g} hours is more than the training's own {limit:g} hours."
        ),
        "{name} 的档案已被删除，不能记学时。": (
            "The file of {name} has been deleted; no hours can be recorded."
        ),
        "{name} 已经记过“{activity}”，这一项只能折算一次。": (
            "{name} already has “{activity}”; this fixed credit can be recorded only once."
        ),
        "折算项目的学时是固定的，不能修改。": "The hours of a fixed credit cannot be changed.",
        "这个人已经有这次培训的另一条记录，不能恢复。": (
            "This person already has another record of this training; this one cannot be restored."
        ),
        # store/exams.py: labels put into other messages
        "考试日期": "Exam date",
        "报名开始": "Registration opens",
        "报名截止": "Registration closes",
        "成绩公布日期": "Results published",
        "评审日期": "Review date",
        "报销日期": "Reimbursement date",
        "从事社会工作起始时间": "Start of social work",
        "每科报名费": "Fee per subject",
        "合格线": "Pass mark",
        "特殊地区合格线": "Special-area pass mark",
        "{what}：{reason}": "{what}: {reason}",
        # store/exams.py
        "考试日期 {date} 不在 {year} 年。": "The exam date {date} is not in {year}.",
        "报名截止日期早于报名开始日期，请核对。": (
            "Registration closes before it opens; please check the dates."
        ),
        "还没有建立 {year} 年度的考试。请先建立考试年度（swdesk exam year --year {year}）。": (
            "The {year} exam has not been set up yet. Set up the exam year first (swdesk exam "
            "year --year {year})."
        ),
        "这条报名已被删除。": "This registration has been deleted.",
        "这条报名所属社工的档案已被删除（或已调出），请先恢复档案再修改。": (
            "The file of this registration's social worker has been deleted (or transferred "
            "out); restore the file before editing."
        ),
        "报名没有保存：{problems}": "The registration was not saved: {problems}",
        "{name} 的档案已被删除，不能报名。": (
            "The file of {name} has been deleted; they cannot be registered."
        ),
        "{name} 已经报名了 {year} 年度的考试。每人每年只能报一个级别。": (
            "{name} is already registered for the {year} exam. Each person can register for "
            "one level a year."
        ),
        "{name} 已经持有{certificate}或更高等级的证书，不需要再考{level}。": (
            "{name} already holds a {certificate} certificate or higher and need not sit the "
            "{level} exam."
        ),
        "{name} 的{level}科目在合格年限内都已通过，不需要再报名。": (
            "{name} has passed every {level} subject within the years a pass counts; no need "
            "to register."
        ),
        "报名状态“{state}”不对，可选：{choices}。": (
            "The registration status “{state}” is not valid; choose one of: {choices}."
        ),
        "没有选择要报名的社工。": "No social worker is selected for registration.",
        "同一名社工被选了两次。": "The same social worker is selected twice.",
        "找不到档案 {id}": "File {id} not found",
        "报名信息里没有“{key}”这一项。": "A registration has no item “{key}”.",
        "评审结果“{result}”不对，可选：{choices}。": (
            "The review result “{result}” is not valid; choose one of: {choices}."
        ),
        "只有高级考试有评审结果。": "Only the senior exam has a review result.",
        "{name} 已有考试成绩，不能标记为缺考。请先删除成绩。": (
            "{name} already has exam scores and cannot be marked absent. Delete the scores first."
        ),
        "{name} 的证书已根据这次考试建立，不能删除这条报名。": (
            "{name}'s certificate was added from this exam; this registration cannot be deleted."
        ),
        "{name} 的费用已经报销，不能删除这条报名。": (
            "{name}'s fees have been reimbursed; this registration cannot be deleted."
        ),
        "{name} 的{level}报名没有“{subject}”这一科，报考科目：{subjects}。": (
            "{name}'s {level} registration has no subject “{subject}”; subjects registered: "
            "{subjects}."
        ),
        "“{subject}”的成绩是空的。缺考请标记缺考。": (
            "The score for “{subject}” is empty. Mark an absence as absent."
        ),
        "报名 {id} 没有“{subject}”这一科。": "Registration {id} has no subject “{subject}”.",
        "{name} 没有待确认的证书。": "{name} has no certificate waiting for confirmation.",
        "{name} 的档案里已经有{level}或更高等级的证书，不需要再建。请选择“不建证”。": (
            "{name}'s file already has a {level} certificate or higher; no new one is needed. "
            "Choose “Declined”."
        ),
        "费用项目“{item}”不对，可选：{choices}。": (
            "The fee item “{item}” is not valid; choose one of: {choices}."
        ),
        "{name} 的{item}不能报销：{reason}": "{name}'s {item} cannot be reimbursed: {reason}",
        "{name} 的{item}已经报销，不能再改金额。请先取消报销。": (
            "{name}'s {item} has been reimbursed; the amount cannot be changed. Undo the "
            "reimbursement first."
        ),
        "从事社会工作起始时间不能晚于今天。": "The start of social work cannot be after today.",
        # store/appraisals.py
        "没有名为“{name}”的考评表。可选：{choices}。": (
            "There is no appraisal template named “{name}”. Choose one of: {choices}."
        ),
        "已有的考评表不能改变类别（社区社工 / 专业岗位），请另建一个。": (
            "An existing appraisal template cannot change its kind (community worker / "
            "professional post); create a new one."
        ),
        "{year} 年度还没有建立考评，请先建立（appraisal round --year {year}）。": (
            "No appraisal round exists for {year} yet; create it first (appraisal round --year "
            "{year})."
        ),
        "年度“{year}”不对，请写四位数年份，例如 2024。": (
            "The year “{year}” is not valid; write a four-digit year, for example 2024."
        ),
        "年度 {year} 不对，请写四位数年份，例如 2024。": (
            "The year {year} is not valid; write a four-digit year, for example 2024."
        ),
        "数据文件还没有设置单位，不能建立考评。": (
            "The data file has no unit set up yet, so no appraisal round can be created."
        ),
        "所选考评表不是“{kind}”类别的。": "The chosen template is not of the kind “{kind}”.",
        "{year} 年度的考评已经建立过了，不能重复建立。后来入职或新符合条件的人员请用“加入新人员”添加。": (
            "The {year} appraisal round already exists and cannot be created again. For people "
            "hired or eligible since, use “Add Joiners”."
        ),
        "要调整的人员不在岗、没有档案或已在本年度考评中，不能在这里调整。": (
            "A person to be changed is not in post, has no file or is already in this year's "
            "round; they cannot be changed here."
        ),
        "没有“{kind}”类别的考评表，请先建立一个。": (
            "There is no template of the kind “{kind}”; please create one first."
        ),
        "这次考评已被删除。": "This appraisal round has been deleted.",
        "删除一个年度的考评需要写明理由（会记入修改记录）。": (
            "Deleting a year's appraisal round needs a reason (it is kept in the change history)."
        ),
        "{year} 年度的考评已有 {finalized} 份定稿、{signed} 份签字，不能删除。如确属建错，请先把它们逐份退回草稿（写明理由）。": (
            "The {year} appraisal round already has {finalized} finalized and {signed} signed "
            "sheets and cannot be deleted. If it really was created by mistake, reopen each of "
            "them as a draft first (giving the reason)."
        ),
        "这份考评表已被删除。": "This appraisal sheet has been deleted.",
        "{year} 年度的考评中没有身份证号 {number} 的人员。": (
            "The {year} appraisal round has nobody with the ID number {number}."
        ),
        "找到：{year} 年度 {name}（{number}，{template}），{state}。纸面与系统中的记录一致。": (
            "Found: {year}, {name} ({number}, {template}), {state}. The paper matches the record."
        ),
        "{year} 年度 {name}（{number}）的记录在这张纸打印后已改动：现在的校验码是 {code}，状态“{state}”。请以重新打印、签字的考评表为准。": (
            "The {year} record of {name} ({number}) changed after this paper was printed: its "
            "check code is now {code}, state “{state}”. Only a reprinted and signed sheet counts."
        ),
        "没有找到校验码相同的考评记录。若打印后记录被改动过，校验码就对不上：请扫描页脚的二维码，或按姓名找到记录后重新打印核对。": (
            "No appraisal record has this check code. If the record changed after printing, the "
            "codes no longer match: scan the QR code in the footer, or find the record by name "
            "and print it again to compare."
        ),
        "“{item}”的评语": "Comment on “{item}”",
        "总体评语": "Overall comment",
        "只有已签字的考评表才能附上签字后的扫描件或照片。": (
            "Only a signed appraisal sheet can have the scan or photo of the signed paper attached."
        ),
    },
}
