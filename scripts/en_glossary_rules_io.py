"""English for the rule messages of swdesk/services, swdesk/sync and swdesk/formats (built with
``msg``; context "", see core/i18n.py), and for the interface strings that show them.

Keep every ``{name}`` placeholder of the Chinese template; values are filled in at display time.
Terms as elsewhere: 花名册 roster, 档案 (worker) file, 村（社区） village/community, 签到表
sign-in sheet, 学时证明 CE transcript, 考评表 appraisal sheet, 数据包 package, 回执 receipt,
登记文件 enrollment file, 口令 passphrase, 县级密钥 county keys.
"""

from __future__ import annotations

Translation = str | tuple[str, str]

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "": {
        # sync/merge.py: ImportResult.summary()
        "拒收 {file}：{reason}": "Refused {file}: {reason}",
        "{township}（{code}）第 {seq} 号数据包": "package no. {seq} of {township} ({code})",
        "{file}：{package}已经导入过，这次没有任何改动。": (
            "{file}: {package} was imported before; nothing changed this time."
        ),
        "{file}：{package} —— 新增 {new}，更新 {updated}，删除 {deleted}，未变 {unchanged}，冲突 {conflicts}": (
            "{file}: {package} — new {new}, updated {updated}, deleted {deleted}, unchanged "
            "{unchanged}, conflicts {conflicts}"
        ),
        "{summary}；缺少第 {n} 号数据包": "{summary}; package no. {n} is missing",
        # -- shared pieces ------------------------------------------------------------------
        "（空）": "(empty)",
        "找不到文件 {path}。": "File not found: {path}.",
        # -- swdesk/atomic.py: writing a file failed because of the machine -------------------
        "这是一个文件夹，请另选文件名。": "This is a folder; choose another file name.",
        "磁盘已满。请清理磁盘或换一个位置后重试；原有文件没有改动。": (
            "The disk is full. Free some space or choose another place, then try again; the "
            "existing file was not changed."
        ),
        "磁盘是只读的。请换一个位置，或关闭U盘的写保护开关后重试。": (
            "The disk is read-only. Choose another place, or turn off the USB stick's write "
            "protection switch, then try again."
        ),
        "没有写入权限，或文件正在 Excel / WPS 等程序中打开。请关闭该文件或换一个位置后重试。": (
            "No permission to write, or the file is open in Excel, WPS or another program. Close "
            "the file or choose another place, then try again."
        ),
        "磁盘读写出错，U盘可能已拔出或损坏。请插好后重试；原有文件没有改动。": (
            "The disk reported a read/write error; the USB stick may have been pulled out or be "
            "faulty. Plug it in properly and try again; the existing file was not changed."
        ),
        "找不到所在的文件夹，U盘可能已拔出。请插好后重试。": (
            "The folder cannot be found; the USB stick may have been pulled out. Plug it in and "
            "try again."
        ),
        "文件正被其他程序占用。请关闭该程序后重试。": (
            "The file is in use by another program. Close that program and try again."
        ),
        # -- formats: Excel files ---------------------------------------------------------------
        # -- services/roster.py ---------------------------------------------------------------
        "证书编号被 Excel 存成了数字，后几位可能已经丢失。请把该列设为“文本”格式后重新填写。": (
            "Excel stored the certificate number as a number and its last digits may be lost. "
            "Format the column as Text and enter the number again."
        ),
        "村（社区）代码 {code} 不在本单位的村（社区）名单里。请先在“村（社区）”里添加，或核对代码。": (
            "Village/community code {code} is not in this unit's list of villages/communities. "
            "Add it under Village/Community first, or check the code."
        ),
        "还没有登记任何村（社区），请先在“村（社区）”里添加后再导入。": (
            "No villages/communities are registered yet. Add them under Village/Community, "
            "then import."
        ),
        "村（社区）“{name}”不在本单位的村（社区）名单里。请先在“村（社区）”里添加，或核对名称。": (
            "Village/community “{name}” is not in this unit's list of villages/communities. "
            "Add it under Village/Community first, or check the name."
        ),
        "身份证号 {number} 的档案（{name}）已被删除。档案已删除，请先恢复后再导入。": (
            "The file with ID number {number} ({name}) has been deleted. Restore it first, "
            "then import."
        ),
        "身份证号与第 {row} 行重复，同一个人只能有一行。": (
            "Same ID number as row {row}; each person may have only one row."
        ),
        "花名册有 {rows} 行共 {count} 处错误，整份都没有导入。请改正后重新导入，或选择只导入正确的行。": (
            "The roster has {count} errors in {rows} rows, so none of it was imported. Correct "
            "them and import again, or choose to import only the correct rows."
        ),
        "{reasons} 花名册没有导入，请重新预览后再导入。": (
            "{reasons} The roster was not imported; preview it again, then import."
        ),
        "第 {row} 行对应的档案在预览之后有了变动（例如被删除），请重新预览后再导入。": (
            "The file of row {row} changed after the preview (it may have been deleted); "
            "preview again, then import."
        ),
        # -- formats/training_excel.py and exam_excel.py: sheets read ------------------------
        "在 {file} 前 {rows} 行里找不到表头：需要“身份证号”列，通常还有“姓名”和“学时”列。": (
            "No header found in the first {rows} rows of {file}: it needs a “身份证号” (ID "
            "number) column, usually also “姓名” (name) and “学时” (hours)."
        ),
        "{file} 的表头下面没有数据。": "{file} has no data below its header.",
        "第{row}行：身份证号“{number}”不对：{reason}": (
            "Row {row}: ID number “{number}” is wrong: {reason}"
        ),
        "第{row}行：身份证号 {number} 的档案是“{name}”，表里写的是“{written}”，请核对。": (
            "Row {row}: ID number {number} belongs to “{name}”, but the sheet says “{written}”; "
            "please check."
        ),
        "成绩没有导入：{problems}": "Scores not imported: {problems}",
        "在 {file} 前 {rows} 行里找不到表头：需要“身份证号”“科目”“成绩”三列，或“身份证号”加每个科目一列。": (
            "No header found in the first {rows} rows of {file}: it needs the columns “身份证号” "
            "(ID number), “科目” (subject) and “成绩” (score), or “身份证号” and one column per "
            "subject."
        ),
        "{file} 的表头下面没有成绩。": "{file} has no scores below its header.",
        "第{row}行：身份证号 {number} 没有档案。": "Row {row}: there is no file with ID number {number}.",
        "第{row}行：{name} 没有报名 {year} 年度的考试。": (
            "Row {row}: {name} is not registered for the {year} exam."
        ),
        "第{row}行：{name} 没有报考“{subject}”，报考科目：{subjects}。": (
            "Row {row}: {name} did not register for “{subject}”; registered subjects: {subjects}."
        ),
        "第{row}行：{name} {reason}": "Row {row}: {name}: {reason}",
        "第{row}行：{name}“{subject}”的成绩在第{first}行已经有了。": (
            "Row {row}: the score of {name} in “{subject}” is already in row {first}."
        ),
        # -- formats/roster_read.py and roster_write.py ---------------------------------------
        "不支持旧的 .xls 格式。请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。": (
            "The old .xls format is not supported. Use “Save As” .xlsx in Excel or WPS, then "
            "import."
        ),
        "无法读取 {file}：它不是有效的 .xlsx 文件（或已加密、已损坏）。（{error}）": (
            "Cannot read {file}: it is not a valid .xlsx file (or it is encrypted or damaged). "
            "({error})"
        ),
        "在 {file} 前 {rows} 行里找不到表头：需要一行列名，其中至少有“身份证号”（或“身份证号码”“公民身份号码”）和“姓名”等列。": (
            "No header found in the first {rows} rows of {file}: it needs a row of column names "
            "with at least “身份证号” (ID number; or “身份证号码”, “公民身份号码”) and “姓名” "
            "(name)."
        ),
        "无法写入 {path}：{reason}": "Cannot write {path}: {reason}",
        # -- formats/transcript.py and appraisal_pdf.py ---------------------------------------
        "{name} 的档案已被删除，不能出具学时证明。": (
            "{name}'s file has been deleted; no CE transcript can be issued."
        ),
        "没有可出具学时证明的人员。": "There is nobody to issue a CE transcript for.",
        "没有可打印的考评表。": "There are no appraisal sheets to print.",
        # -- sync/keys.py ---------------------------------------------------------------------
        "本数据文件还没有同步密钥。县（区）请先运行 swdesk init --role county 或从密钥备份恢复；乡镇（街道）请先用县里发的登记文件加入（swdesk sync join）。": (
            "This data file has no sync keys yet. A county: run swdesk init --role county or "
            "restore the key backup; a township: join with the county's enrollment file (swdesk "
            "sync join)."
        ),
        "口令太短：至少 {count} 个字符。请设一个不易猜到的口令并另行保管。": (
            "The passphrase is too short: at least {count} characters. Choose one that is hard "
            "to guess and keep it somewhere safe."
        ),
        "这不是 swdesk 县级密钥备份文件，或文件已损坏。": (
            "This is not a swdesk county key backup, or the file is damaged."
        ),
        "这份密钥备份属于 {name}（{code}），不是本单位（{own}）的。": (
            "This key backup belongs to {name} ({code}), not to this unit ({own})."
        ),
        "口令不对，或备份文件被改动过，密钥没有恢复。": (
            "Wrong passphrase, or the backup file was altered; the keys were not restored."
        ),
        # -- sync/envelope.py -----------------------------------------------------------------
        "文件不完整（可能拷贝时中断或U盘被拔出），请让对方重新导出。": (
            "The file is incomplete (copying may have been interrupted or the USB stick pulled "
            "out). Ask the sender to export it again."
        ),
        "这不是 swdesk 同步文件（文件开头不对）。请选择 .swsync 文件。": (
            "This is not a swdesk sync file (it starts wrongly). Choose a .swsync file."
        ),
        "文件格式不对（文件头过长），文件可能已损坏或被改动。": (
            "Wrong file format (header too long); the file may be damaged or altered."
        ),
        "文件末尾有多余的内容，文件可能被改动过，没有导入。": (
            "The file has extra content at its end and may have been altered; not imported."
        ),
        "文件头无法读取，文件可能已损坏或被改动。": (
            "The file header cannot be read; the file may be damaged or altered."
        ),
        "文件头缺少格式版本，文件可能已损坏或被改动。": (
            "The file header has no format version; the file may be damaged or altered."
        ),
        "这个文件是更新版本的 swdesk 写的（同步格式第 {version} 版，本程序只认识到第 {known} 版）。请先升级本机的 swdesk 再导入。": (
            "This file was written by a newer swdesk (sync format version {version}; this "
            "program knows up to version {known}). Update swdesk on this computer, then import."
        ),
        "数据包": "a package",
        "回执": "a receipt",
        "登记文件": "an enrollment file",
        "未知类型的文件": "a file of unknown type",
        "这是{got}，不是{wanted}。请选择正确的文件。": (
            "Wrong file: this is {got}, not {wanted}. Please choose the right file."
        ),
        "文件声明的解压后大小不合理，为安全起见没有解压。": (
            "The file declares an implausible unpacked size; for safety it was not unpacked."
        ),
        "文件内容无法解压，文件已损坏。": "The file content cannot be unpacked; the file is damaged.",
        "文件解压后比声明的大（疑似压缩炸弹），为安全起见没有导入。": (
            "The file unpacks to more than it declares (possibly a zip bomb); for safety it was "
            "not imported."
        ),
        "文件解压后大小与声明不符，文件已损坏。": (
            "The unpacked size does not match the declared size; the file is damaged."
        ),
        "文件 {file} 太大（超过 1 GB），不是 swdesk 同步文件。": (
            "The file {file} is too large (over 1 GB) to be a swdesk sync file."
        ),
        "{path} 是文件夹，请选择同步文件。": "{path} is a folder; choose a sync file.",
        "无法读取文件 {path}：{error}。": "Cannot read the file {path}: {error}.",
        "写入 {path} 后读回的内容不一致，U盘可能有问题。请换一个U盘再导出。": (
            "{path} read back differently from what was written; the USB stick may be faulty. "
            "Export again to another stick."
        ),
        # -- sync/enroll.py -------------------------------------------------------------------
        "县（区）民政局": "county (district) civil affairs bureau",
        "乡镇（街道）社工站": "township (subdistrict) social work station",
        "这个操作只能在{what}的数据文件上进行（本文件是 {unit}）。": (
            "This can only be done in the data file of a {what} (this file is {unit}'s)."
        ),
        "乡镇（街道）名称不能为空。": "The township name must not be empty.",
        "乡镇（街道）代码 {code} 不属于本县（{county}）：前6位应为县代码。": (
            "Township code {code} does not belong to this county ({county}): its first 6 digits "
            "must be the county code."
        ),
        "登记文件内容不完整或已损坏，请让县里重新生成。": (
            "The enrollment file is incomplete or damaged; ask the county to make a new one."
        ),
        "登记文件的签名不对：文件被改动过。请让县里重新生成。": (
            "The enrollment file's signature is wrong: the file was altered. Ask the county to "
            "make a new one."
        ),
        "这份登记文件是发给 {name}（{code}）的，不是本单位（{own_name}，{own_code}）。": (
            "This enrollment file is for {name} ({code}), not for this unit ({own_name}, "
            "{own_code})."
        ),
        "登记文件来自 {county}，本乡镇不属于该县。": (
            "The enrollment file comes from {county}; this township does not belong to that county."
        ),
        "本乡镇已加入 {name}（{code}），不能再加入另一个县。": (
            "This township has already joined {name} ({code}) and cannot join another county."
        ),
        "本乡镇还没有加入县里的同步：请先用县里发的登记文件运行 swdesk sync join。": (
            "This township has not joined the county's sync yet: run swdesk sync join with the "
            "county's enrollment file first."
        ),
        # -- sync/county.py and receipt.py ----------------------------------------------------
        "只能选择保留县里的（county）或乡镇的（township）。": (
            "Choose either to keep the county's value (county) or the township's (township)."
        ),
        "找不到待处理的冲突 {number}（可能已经处理过）。": (
            "Open conflict {number} not found (it may have been resolved already)."
        ),
        "乡镇（街道）{code} 没有在本县登记（先运行 sync enroll）。": (
            "Township {code} is not enrolled with this county (run sync enroll first)."
        ),
        "这份回执来自 {sender}，不是本乡镇所属的县。": (
            "This receipt comes from {sender}, not from this township's county."
        ),
        "回执的签名不对：不是县里发出的，或在路上被改动过。没有导入。": (
            "The receipt's signature is wrong: it was not sent by the county, or was altered on "
            "the way. Not imported."
        ),
        "这份回执是给乡镇 {code} 的，不是本乡镇。": (
            "This receipt is for township {code}, not for this township."
        ),
        "回执内容格式不对，文件可能已损坏，没有导入。": (
            "The receipt's content is malformed; the file may be damaged. Not imported."
        ),
        # -- sync/package.py ------------------------------------------------------------------
        "写入 {path} 后校验签名失败，U盘可能有问题，请重新导出。": (
            "The signature check failed after writing {path}; the USB stick may be faulty. "
            "Export again."
        ),
        "数据包内容格式不对（{what}），文件可能已损坏，没有导入。": (
            "The package content is malformed ({what}); the file may be damaged. Not imported."
        ),
        "结构": "structure",
        "无法读取内容": "content unreadable",
        "清单与文件头不一致": "manifest does not match the header",
        "附件": "attachments",
        "这个数据包是发给县（区）{code} 的，不是本县（{own_name}，{own_code}）。没有导入。": (
            "This package is for county {code}, not for this county ({own_name}, {own_code}). "
            "Not imported."
        ),
        "这个数据包加密用的县级密钥与本机的不同（本机可能重装后生成了新密钥）。请从县级密钥备份恢复，或给该乡镇重新发登记文件后让它重新导出。": (
            "This package was encrypted with county keys other than this computer's (new keys "
            "may have been made after a reinstall). Restore the county key backup, or give the "
            "township a new enrollment file and have it export again."
        ),
        "乡镇（街道）{name}（{code}）没有在本县登记，不接收它的数据包。如需接收，请先为它生成登记文件（sync enroll）并让它加入。": (
            "Township {name} ({code}) is not enrolled with this county; its packages are not "
            "accepted. To accept them, make an enrollment file for it (sync enroll) and have it "
            "join."
        ),
        "数据包的文件头不完整，文件可能已损坏或被改动。": (
            "The package header is incomplete; the file may be damaged or altered."
        ),
        "数据包的签名密钥不是 {name} 登记的密钥：它可能不是该乡镇发出的，没有导入。如果该乡镇重装过软件，请重新为它生成登记文件。": (
            "The package is not signed with the key {name} enrolled with: it may not come from "
            "that township; not imported. If the township reinstalled the program, make a new "
            "enrollment file for it."
        ),
        "数据包没有 {name} 的有效登记凭证（可能用的是旧的登记文件，或不是该乡镇发出的），没有导入。": (
            "The package has no valid enrollment proof of {name} (an old enrollment file may "
            "have been used, or it does not come from that township); not imported."
        ),
        "签名校验失败：数据包在路上被改动过或已损坏（声称来自 {name}），没有导入。请让该乡镇重新导出。": (
            "Signature check failed: the package (claiming to come from {name}) was altered on "
            "the way or is damaged; not imported. Ask the township to export again."
        ),
        "数据包无法解密（不是用本县密钥加密的，或已损坏），没有导入。": (
            "The package cannot be decrypted (it was not encrypted with this county's keys, or "
            "is damaged); not imported."
        ),
        # -- sync/merge.py --------------------------------------------------------------------
        "数据包里“{table}”表的格式不对，文件可能已损坏，没有导入。": (
            "Table “{table}” in the package is malformed; the file may be damaged. Not imported."
        ),
        "数据包里“{table}”表有本程序不认识的栏目（{columns}），发送方的 swdesk 版本更新。请先升级本机的 swdesk 再导入。": (
            "Table “{table}” in the package has fields this program does not know ({columns}): "
            "the sender's swdesk is newer. Update swdesk on this computer, then import."
        ),
        "数据包里有不属于 {township} 的记录（来源单位 {origin}），没有导入。": (
            "The package holds records that do not belong to {township} (from unit {origin}); "
            "not imported."
        ),
        "数据包里“{table}”的记录 {row} 在县里是另一种数据（{other}），文件可能已损坏或被伪造，没有导入。": (
            "Record {row} of “{table}” in the package is a different kind of data at the county "
            "({other}); the file may be damaged or forged. Not imported."
        ),
        "数据包里的记录 {row} 在县里登记为 {origin} 的记录，却出现在 {township} 的数据包里，没有导入。": (
            "Record {row} is registered at the county as {origin}'s, but came in a package from "
            "{township}; not imported."
        ),
        "数据包里有本程序不认识的数据（{tables}），发送方的 swdesk 版本更新。请先升级本机的 swdesk 再导入。": (
            "The package holds data this program does not know ({tables}): the sender's swdesk "
            "is newer. Update swdesk on this computer, then import."
        ),
        "数据包里的附件与其校验值不符，文件已损坏，没有导入。": (
            "An attachment in the package does not match its checksum; the file is damaged. "
            "Not imported."
        ),
        "数据包里“{table}”的记录指向县里没有的上级记录（{parent} {row}），文件不完整，没有导入。请让该乡镇做一次完整导出（--full）。": (
            "A record of “{table}” in the package refers to a record the county does not have "
            "({parent} {row}); the package is incomplete and was not imported. Ask the township "
            "for a full export (--full)."
        ),
        "数据包里“{table}”表缺少“{column}”栏目，没有导入。": (
            "Table “{table}” in the package has no “{column}” field; not imported."
        ),
        "数据包里“{table}”的记录缺少“{column}”，没有导入。": (
            "A record of “{table}” in the package has no “{column}”; not imported."
        ),
        "数据包里的记录与县里已有的数据相抵触（{error}），整个数据包没有导入。请联系技术支持。": (
            "Records in the package conflict with the county's data ({error}); the whole package "
            "was not imported. Please contact technical support."
        ),
        "数据包里有无法保存的数值，文件可能已损坏，整个数据包没有导入。": (
            "The package holds values that cannot be saved; the file may be damaged. The whole "
            "package was not imported."
        ),
    },
    # The interface's side: a roster row's reasons and changes.
    "RowsModel": {
        "；": "; ",
        "{column}：{reason}": "{column}: {reason}",
        "{field}：{old} → {new}": "{field}: {old} → {new}",
    },
}
