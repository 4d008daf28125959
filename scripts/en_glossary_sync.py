"""English for the 数据同步 (sync to the county) page and its dialogs."""

from __future__ import annotations

Translation = str | tuple[str, str]

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "MainWindow": {
        "数据同步": "Sync",
    },
    "SyncTables": {
        "村（社区）": "Villages/Communities",
        "社工档案": "Worker files",
        "证书": "Certificates",
        "调动与状态记录": "Moves and status changes",
        "培训": "Training events",
        "学时记录": "Training hours",
    },
    "EnrollDialog": {
        "为乡镇生成登记文件": "Enrollment file for a township",
        "9位乡镇（街道）代码": "9-digit township code",
        "乡镇（街道）代码：": "Township code:",
        "名称：": "Name:",
        "登记文件请当面或用U盘交给乡镇，不要用电子邮件发送。": (
            "Hand the enrollment file to the township in person or on a USB stick; "
            "do not send it by e-mail."
        ),
    },
    "PreviewDialog": {
        "导入预览": "Import preview",
        "共 {n} 个文件：可以导入 {ok} 个，拒收 {bad} 个。确认后才会写入。": (
            "{n} files: {ok} can be imported, {bad} refused. Nothing is written until you confirm."
        ),
        "文件": "File",
        "乡镇（街道）": "Township",
        "序号": "No.",
        "数据": "Data",
        "新增": "New",
        "更新": "Updated",
        "删除": "Deleted",
        "未变": "Unchanged",
        "冲突": "Conflicts",
        "说明": "Notes",
        "拒收：{reason}": "Refused: {reason}",
        "已导入过，不会有改动": "Already imported; nothing will change",
        "缺少第 {n} 号数据包": "Package no. {n} is missing",
        "导入": "Import",
        "取消": "Cancel",
    },
    "SyncPage": {
        "加入县里的同步（登记文件）…": "Join the county's sync (enrollment file)…",
        "导出数据包到U盘或文件夹…": "Export a package to a USB stick or folder…",
        "完整导出（县里数据出错时用）": "Full export (when the county's copy is wrong)",
        "导入县里的回执…": "Import the county's receipt…",
        "数据": "Data",
        "本站有": "This station holds",
        "县里有（据最近回执）": "County holds (last receipt)",
        "上报单位：{name}（{code}）": "Reports to: {name} ({code})",
        "还没有加入县里的数据同步：请用县里发的登记文件加入。": (
            "Not yet joined to the county's sync: join with the enrollment file from the county."
        ),
        "最近导出：第 {seq} 号，{at}，{file}；之后又有 {n} 条改动待导出。": (
            "Last export: no. {seq}, {at}, {file}; {n} changes since then wait to be exported."
        ),
        "还没有导出过数据包；待导出的改动 {n} 条。": (
            "No package exported yet; {n} changes wait to be exported."
        ),
        "最近回执：{at}，县里已收到 {n} 个数据包。": (
            "Last receipt: {at}; the county has received {n} packages."
        ),
        "还没有收到县里的回执。": "No receipt from the county yet.",
        "县里还没有收到第 {seqs} 号数据包。下次导出会自动把这些改动一并带上。": (
            "The county has not received package no. {seqs}. "
            "The next export will carry those changes again."
        ),
        "选择县里发的登记文件": "Choose the county's enrollment file",
        "同步文件 ({pattern})": "Sync files ({pattern})",
        "加入同步": "Join sync",
        "已加入 {name} 的数据同步。": "Joined the sync of {name}.",
        "选择U盘或文件夹": "Choose a USB stick or folder",
        "正在导出数据包": "Exporting the package",
        "已导出第 {seq} 号数据包（{rows} 条记录，{kb} KB），已读回校验无误：\n{path}": (
            "Exported package no. {seq} ({rows} records, {kb} KB), read back and verified:\n{path}"
        ),
        "选择县里的回执": "Choose the county's receipt",
        "已导入回执：县里已收到 {n} 个数据包，更新设置 {s} 项，新增村（社区）{v} 个。": (
            "Receipt imported: the county has {n} packages; {s} settings updated, "
            "{v} villages/communities added."
        ),
        "导入回执": "Import receipt",
        "导入数据包…": "Import packages…",
        "为乡镇生成登记文件…": "Enrollment file for a township…",
        "给选中的乡镇生成回执…": "Receipt for the selected township…",
        "备份县级密钥…": "Back up the county keys…",
        "也可以把数据包文件直接拖到这里。合并后的社工名单在“社工档案”里查看和搜索。": (
            "You can also drop package files here. The merged list of workers is on the "
            "Worker files page, with the same search."
        ),
        "代码": "Code",
        "乡镇（街道）": "Township",
        "最近序号": "Last no.",
        "缺少": "Missing",
        "最近导入": "Last import",
        "核对": "Check",
        "待处理冲突": "Open conflicts",
        "冲突（县里和乡镇都改过的记录）": "Conflicts (records changed both at the county and the township)",
        "记录": "Record",
        "数据包": "Package",
        "栏目": "Field",
        "县里现在的": "County's value",
        "乡镇送来的": "Township's value",
        "保留县里的": "Keep the county's",
        "采用乡镇的": "Take the township's",
        "县级密钥还没有备份：电脑损坏或重装后将无法解开乡镇的数据包。请点“备份县级密钥…”。": (
            "The county keys are not backed up: if this computer fails or is reinstalled, "
            "townships' packages can no longer be opened. Click “Back up the county keys…”."
        ),
        "一致": "Matches",
        "不一致": "Differs",
        "无": "None",
        "第 {n} 号": "No. {n}",
        "处理冲突": "Resolve conflict",
        "冲突已处理。": "Conflict resolved.",
        "选择乡镇的数据包（可多选）": "Choose townships' packages (several allowed)",
        "正在检查数据包": "Checking the packages",
        "正在导入数据包": "Importing the packages",
        "导入完成：{ok} 个接收，{bad} 个拒收。": "Import finished: {ok} accepted, {bad} refused.",
        "保存登记文件": "Save enrollment file",
        "生成登记文件": "Enrollment file",
        "已生成 {name} 的登记文件：{path}": "Enrollment file for {name} written: {path}",
        "请先在表中选中一个乡镇（街道）。": "Select a township in the table first.",
        "保存回执": "Save receipt",
        "生成回执": "Receipt",
        "已生成回执：{path}": "Receipt written: {path}",
        "备份县级密钥": "Back up the county keys",
        "设置备份口令（至少8个字符，请另行妥善保管）：": (
            "Backup passphrase (at least 8 characters; keep it somewhere safe, apart from the file):"
        ),
        "再输一次口令：": "Passphrase again:",
        "两次输入的口令不一致，没有备份。": "The passphrases differ; nothing was backed up.",
        "保存密钥备份": "Save key backup",
        "密钥备份 (*.json)": "Key backup (*.json)",
        "县级密钥已备份到 {path}。备份和口令请分开保管。": (
            "County keys backed up to {path}. Keep the backup and the passphrase apart."
        ),
    },
}
# The township's and the county's pages say what the one page said before they were split.
BY_CONTEXT["TownshipSyncPage"] = BY_CONTEXT["CountySyncPage"] = BY_CONTEXT["SyncPage"]
