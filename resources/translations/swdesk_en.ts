<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../swdesk/core/idnumber.py" line="+39"/>
        <location line="+8"/>
        <source>由15位旧身份证号 {old} 升位为18位</source>
        <translation>Upgraded to 18 digits from the old 15-digit number {old}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>身份证号中的出生日期 {digits} 不是真实的日期，请核对号码。</source>
        <translation>The birth date {digits} in the ID number is not a real date; please check the number.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>身份证号不能为空。</source>
        <translation>The ID number must not be empty.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>身份证号被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新填写号码。</source>
        <translation>Excel stored the ID number as a number and its last digits are lost. Format the column as Text and enter the number again.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>身份证号“{number}”被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新填写号码。</source>
        <translation>Excel stored the ID number “{number}” as a number and its last digits are lost. Format the column as Text and enter the number again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>15位旧身份证号只能由数字组成。</source>
        <translation>An old 15-digit ID number may contain digits only.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>身份证号应为18位（旧号码为15位），现在是 {count} 位。</source>
        <translation>An ID number has 18 digits (old numbers 15); this one has {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>身份证号前17位必须是数字，最后一位是数字或 X。</source>
        <translation>The first 17 characters of an ID number must be digits and the last a digit or X.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号的地址码 {code} 不像行政区划代码，请核对号码。</source>
        <translation>The address code {code} of the ID number does not look like a division code; please check the number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>身份证号中的出生日期 {born} 不合理，请核对号码。</source>
        <translation>The birth date {born} in the ID number is not plausible; please check the number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>身份证号“{number}”末尾是000且校验位不对：很可能被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新填写号码。</source>
        <translation>The ID number “{number}” ends in 000 and its check digit is wrong: Excel most likely stored it as a number and its last digits are lost. Format the column as Text and enter the number again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>身份证号校验位不对（最后一位应为 {expected}），可能有数字录错，请核对号码。</source>
        <translation>The check digit of the ID number is wrong (the last character should be {expected}); a digit may be mistyped, please check the number.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/appraisals.py" line="+119"/>
        <source>没有名为“{name}”的考评表。可选：{choices}。</source>
        <translation>There is no appraisal template named “{name}”. Choose one of: {choices}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已有的考评表不能改变类别（社区社工 / 专业岗位），请另建一个。</source>
        <translation>An existing appraisal template cannot change its kind (community worker / professional post); create a new one.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{year} 年度还没有建立考评，请先建立（appraisal round --year {year}）。</source>
        <translation>No appraisal round exists for {year} yet; create it first (appraisal round --year {year}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年度“{year}”不对，请写四位数年份，例如 2024。</source>
        <translation>The year “{year}” is not valid; write a four-digit year, for example 2024.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年度 {year} 不对，请写四位数年份，例如 2024。</source>
        <translation>The year {year} is not valid; write a four-digit year, for example 2024.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>数据文件还没有设置单位，不能建立考评。</source>
        <translation>The data file has no unit set up yet, so no appraisal round can be created.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>所选考评表不是“{kind}”类别的。</source>
        <translation>The chosen template is not of the kind “{kind}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{year} 年度的考评已经建立过了，不能重复建立。后来入职或新符合条件的人员请用“加入新人员”添加。</source>
        <translation>The {year} appraisal round already exists and cannot be created again. For people hired or eligible since, use “Add Joiners”.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>要调整的人员不在岗、没有档案或已在本年度考评中，不能在这里调整。</source>
        <translation>A person to be changed is not in post, has no file or is already in this year&apos;s round; they cannot be changed here.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>没有“{kind}”类别的考评表，请先建立一个。</source>
        <translation>There is no template of the kind “{kind}”; please create one first.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+39"/>
        <source>这次考评已被删除。</source>
        <translation>This appraisal round has been deleted.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>删除一个年度的考评需要写明理由（会记入修改记录）。</source>
        <translation>Deleting a year&apos;s appraisal round needs a reason (it is kept in the change history).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{year} 年度的考评已有 {finalized} 份定稿、{signed} 份签字，不能删除。如确属建错，请先把它们逐份退回草稿（写明理由）。</source>
        <translation>The {year} appraisal round already has {finalized} finalized and {signed} signed sheets and cannot be deleted. If it really was created by mistake, reopen each of them as a draft first (giving the reason).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>这份考评表已被删除。</source>
        <translation>This appraisal sheet has been deleted.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{year} 年度的考评中没有身份证号 {number} 的人员。</source>
        <translation>The {year} appraisal round has nobody with the ID number {number}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>找到：{year} 年度 {name}（{number}，{template}），{state}。纸面与系统中的记录一致。</source>
        <translation>Found: {year}, {name} ({number}, {template}), {state}. The paper matches the record.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{year} 年度 {name}（{number}）的记录在这张纸打印后已改动：现在的校验码是 {code}，状态“{state}”。请以重新打印、签字的考评表为准。</source>
        <translation>The {year} record of {name} ({number}) changed after this paper was printed: its check code is now {code}, state “{state}”. Only a reprinted and signed sheet counts.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>没有找到校验码相同的考评记录。若打印后记录被改动过，校验码就对不上：请扫描页脚的二维码，或按姓名找到记录后重新打印核对。</source>
        <translation>No appraisal record has this check code. If the record changed after printing, the codes no longer match: scan the QR code in the footer, or find the record by name and print it again to compare.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>“{item}”的评语</source>
        <translation>Comment on “{item}”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>总体评语</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记考评表已签字</source>
        <translation>Registering a signed appraisal</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>只有已签字的考评表才能附上签字后的扫描件或照片。</source>
        <translation>Only a signed appraisal sheet can have the scan or photo of the signed paper attached.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/backup.py" line="+55"/>
        <source>备份写好后检查没有通过（{problem}），已丢弃这份备份，原数据没有改动。请检查磁盘或换一个位置后重试。</source>
        <translation>The backup failed its check after writing ({problem}) and was discarded; the data was not changed. Check the disk or choose another place, then try again.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>备份不能写到数据文件自己（{path}）上，请换一个文件名。</source>
        <translation>A backup cannot overwrite the data file itself ({path}); please choose another file name.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>找不到备份文件 {path}。</source>
        <translation>The backup file {path} was not found.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>文件 {path} 不是 swdesk 数据文件，或已经损坏，不能用来恢复。</source>
        <translation>The file {path} is not a swdesk data file, or it is damaged; it cannot be restored from.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备份文件 {path} 已损坏（{problem}），不能用来恢复。请换一份备份。</source>
        <translation>The backup file {path} is damaged ({problem}) and cannot be restored. Choose another backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件 {path} 不是 swdesk 数据文件，不能用来恢复。</source>
        <translation>The file {path} is not a swdesk data file; it cannot be restored from.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份文件 {path} 来自更新版本的 swdesk，请先升级本程序再恢复。</source>
        <translation>The backup file {path} comes from a newer swdesk; please upgrade swdesk before restoring it.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/blobs.py" line="+28"/>
        <source>{kind}“{name}”是空的。</source>
        <translation>{kind} “{name}” is empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}“{name}”有 {size:.1f} MB，太大（最多 {limit} MB），请压缩后再加。</source>
        <translation>{kind} “{name}” is {size:.1f} MB, too large (at most {limit} MB); please compress it and add it again.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/db.py" line="+99"/>
        <source>数据文件 {path} 是更新版本的 swdesk 写的（数据格式第 {version} 版，本程序只认识到第 {known} 版）。为保护数据，本程序不会打开它，请升级 swdesk。</source>
        <translation>The data file {path} was written by a newer swdesk (data format version {version}; this program knows up to version {known}). To protect the data it will not be opened: please upgrade swdesk.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/errors.py" line="+78"/>
        <source>文件 {path} 不是 swdesk 数据文件，或已经损坏。请从备份恢复。</source>
        <translation>The file {path} is not a swdesk data file, or it is damaged. Please restore it from a backup.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>磁盘已满。请清理磁盘后重试；本次改动没有保存，原有数据没有改动。</source>
        <translation>The disk is full. Free some space and try again; this change was not saved and the existing data was not changed.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>文件或所在的文件夹是只读的（或U盘有写保护）。请把数据文件放到可以写入的位置再打开；本次改动没有保存。</source>
        <translation>The file or its folder is read-only (or the USB stick is write-protected). Move the data file to a place that can be written and open it again; this change was not saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文件正被另一个程序使用（例如备份或杀毒软件）。请稍后重试；本次改动没有保存。</source>
        <translation>The file is in use by another program (a backup or antivirus program, for example). Try again later; this change was not saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>磁盘读写出错，U盘或网络盘可能已断开。请检查后重新打开 swdesk；本次改动没有保存。</source>
        <translation>The disk reported a read/write error; the USB stick or network drive may have been disconnected. Check it and open swdesk again; this change was not saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文件或所在的文件夹不存在，或没有权限。请检查U盘或网络盘是否已连接。</source>
        <translation>The file or its folder does not exist, or there is no permission. Check that the USB stick or network drive is connected.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+59"/>
        <source>无法使用数据文件 {path}：{reason}</source>
        <translation>Cannot use the data file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/db.py" line="+12"/>
        <source>文件 {path} 不是 swdesk 数据文件，本程序不会改动它。请选择正确的数据文件。</source>
        <translation>The file {path} is not a swdesk data file; swdesk will not change it. Please choose the right data file.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/opening.py" line="+78"/>
        <source>数据文件 {path} 已损坏，无法打开。请从最新的完好备份恢复：swdesk restore {backup}（损坏的文件会改名留在 backups 文件夹中，不会删除）。</source>
        <translation>The data file {path} is damaged and cannot be opened. Restore the newest good backup: swdesk restore {backup} (the damaged file is renamed and kept in the backups folder, never deleted).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>找不到数据文件 {path}。请检查 --db 的路径是否写对；要新建数据文件，请运行 swdesk init。本次没有创建任何文件。</source>
        <translation>The data file {path} does not exist. Check the --db path; to create a new data file, run swdesk init. No file was created.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>数据文件 {path} 是旧版本的，需要升级格式，但它是只读的。请把它复制到可以写入的位置再打开；本次没有做任何改动。</source>
        <translation>The data file {path} is from an older version and needs upgrading, but it is read-only. Copy it to a writable place and open it there; nothing was changed.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{path} 是一个文件夹。请给出数据文件的路径，例如 {example}。</source>
        <translation>{path} is a folder. Give the path of a data file, for example {example}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>今天的自动备份没有做：{reason}数据文件照常打开。</source>
        <translation>Today&apos;s automatic backup was not made: {reason} The data file was opened all the same.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/i18n.py" line="+79"/>
        <source>{first}；{rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{problems}……共 {count} 处</source>
        <translation>{problems} … ({count} problems in all)</translation>
    </message>
    <message>
        <location filename="../../swdesk/formats/exam_excel.py" line="+54"/>
        <source>成绩没有导入：{problems}</source>
        <translation>Scores not imported: {problems}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>在 {file} 前 {rows} 行里找不到表头：需要“身份证号”“科目”“成绩”三列，或“身份证号”加每个科目一列。</source>
        <translation>No header found in the first {rows} rows of {file}: it needs the columns “身份证号” (ID number), “科目” (subject) and “成绩” (score), or “身份证号” and one column per subject.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file} 的表头下面没有成绩。</source>
        <translation>{file} has no scores below its header.</translation>
    </message>
    <message>
        <location filename="../../swdesk/formats/excel_common.py" line="+44"/>
        <source>第{row}行：身份证号“{number}”不对：{reason}</source>
        <translation>Row {row}: ID number “{number}” is wrong: {reason}</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../swdesk/services/exam_import.py" line="+122"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../swdesk/services/exam_import.py" line="-41"/>
        <source>第{row}行：身份证号 {number} 没有档案。</source>
        <translation>Row {row}: there is no file with ID number {number}.</translation>
    </message>
    <message>
        <location filename="../../swdesk/formats/excel_common.py" line="+17"/>
        <source>第{row}行：身份证号 {number} 的档案是“{name}”，表里写的是“{written}”，请核对。</source>
        <translation>Row {row}: ID number {number} belongs to “{name}”, but the sheet says “{written}”; please check.</translation>
    </message>
    <message>
        <location filename="../../swdesk/services/exam_import.py" line="+9"/>
        <source>第{row}行：{name} 没有报名 {year} 年度的考试。</source>
        <translation>Row {row}: {name} is not registered for the {year} exam.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>第{row}行：{name} 没有报考“{subject}”，报考科目：{subjects}。</source>
        <translation>Row {row}: {name} did not register for “{subject}”; registered subjects: {subjects}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>第{row}行：{name} {reason}</source>
        <translation>Row {row}: {name}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>第{row}行：{name}“{subject}”的成绩在第{first}行已经有了。</source>
        <translation>Row {row}: the score of {name} in “{subject}” is already in row {first}.</translation>
    </message>
    <message>
        <location filename="../../swdesk/cli/common.py" line="+70"/>
        <location filename="../../swdesk/store/exams.py" line="+67"/>
        <source>{what}：{reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/exams.py" line="+11"/>
        <source>考试日期</source>
        <translation>Exam date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>考试日期 {date} 不在 {year} 年。</source>
        <translation>The exam date {date} is not in {year}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>报名开始</source>
        <translation>Registration opens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报名截止</source>
        <translation>Registration closes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成绩公布日期</source>
        <translation>Results published</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>报名截止日期早于报名开始日期，请核对。</source>
        <translation>Registration closes before it opens; please check the dates.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/exam.py" line="+177"/>
        <source>考试级别“{level}”不对，可选：{choices}。</source>
        <translation>The exam level “{level}” is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>科目“{subject}”不是考试科目，可选：{choices}。</source>
        <translation>“{subject}” is not an exam subject; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{field}应当是整数，现在是 {value}。</source>
        <translation>{field} must be a whole number; it is {value}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>考试级别“{level}”不对或重复，可选：{choices}。</source>
        <translation>The exam level “{level}” is wrong or repeated; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{level}对应的证书等级“{cert}”不对，可选：{choices}。</source>
        <translation>The certificate level “{cert}” for the {level} level is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{level}没有考试科目。</source>
        <translation>The {level} level has no subjects.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>科目“{subject}”重复出现。每个科目只能属于一个级别。</source>
        <translation>The subject “{subject}” appears more than once; each subject belongs to one level.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{level}的合格年限</source>
        <translation>{level} Pass Window (Years)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{level}成绩证明有效年限</source>
        <translation>{level} Results Certificate Validity (Years)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>考试规则里没有任何级别。</source>
        <translation>The exam rules have no levels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满分</source>
        <translation>Full Score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>费用项目不能为空或重复。</source>
        <translation>Fee items must not be empty or repeated.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>报考条件中的级别“{level}”不对，可选：{choices}。</source>
        <translation>The level “{level}” in the eligibility rules is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>报考条件中的学历“{education}”不对，可选：{choices}。</source>
        <translation>The education “{education}” in the eligibility rules is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>报考条件中的证书等级“{cert}”不对。</source>
        <translation>The certificate level “{cert}” in the eligibility rules is wrong.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>报考条件中的工作年限</source>
        <translation>Years of Experience in the Eligibility Rules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取得证书后年限</source>
        <translation>Years Since the Certificate</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../swdesk/store/exams.py" line="+2"/>
        <source>每科报名费</source>
        <translation>Fee per subject</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>报销规则应当是一组设置（who、items、payer）。</source>
        <translation>The reimbursement rule must be a set of settings (who, items, payer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>报销规则的报销对象“{value}”不对，可选：{choices}。</source>
        <translation>Who may be reimbursed, “{value}”, is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>报销规则的费用项目应当是一组费用项目。</source>
        <translation>The reimbursement rule&apos;s fee items must be a list of fee items.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>报销规则里的费用项目“{item}”不对，可选：{choices}。</source>
        <translation>The fee item “{item}” in the reimbursement rule is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>报销规则的报销单位名称太长（最多 30 字）。</source>
        <translation>The name of who pays is too long (at most 30 characters).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>考试年度</source>
        <translation>Exam Year</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{lines}里的科目“{subject}”不是考试科目。</source>
        <translation>{lines}: “{subject}” is not an exam subject.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{subject}”的{lines}</source>
        <translation>{lines} of “{subject}”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{subject}”的成绩</source>
        <translation>Score of “{subject}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{subject}”的成绩是空的。缺考请写“缺考”。</source>
        <translation>The score of “{subject}” is empty. For an absence write “缺考”.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>本级别没有设置报考条件</source>
        <translation>No eligibility rules are set for this level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>档案没有填学历</source>
        <translation>The file has no education</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>缺少从事社会工作起始时间或证书取得日期，无法判断</source>
        <translation>Cannot tell: the start of social work or the certificate date is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不符合{level}报考条件（学历{education}）</source>
        <translation>Does not meet the {level} eligibility rules (education: {education})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不符合{level}报考条件（学历{education}，截至{year}年12月31日从事社会工作满 {years} 年）</source>
        <translation>Does not meet the {level} eligibility rules (education: {education}; full years in social work by 31 December {year}: {years})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>社会工作专业{education}及以上</source>
        <translation>{education} or higher in social work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>其他专业{education}及以上</source>
        <translation>{education} or higher in another field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{education}及以上</source>
        <translation>{education} or higher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{condition}，从事社会工作满 {years} 年</source>
        <translation>{condition}, {years}+ years in social work</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{condition}，取得{level}证书满 {years} 年</source>
        <translation>{condition}, {level} certificate held {years}+ years</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{condition}，取得{level}证书</source>
        <translation>{condition}, holds a {level} certificate</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>报销规则只报销{items}，{item}不在其中。</source>
        <translation>The reimbursement rule covers only {items}; {item} is not among them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有参加考试（缺考或成绩未录入），按报销规则不予报销。</source>
        <translation>did not sit the exam (absent, or no score entered): the reimbursement rule does not allow it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>考试结果还没出来（按报销规则考试合格才报销）。</source>
        <translation>the result is not out yet (the reimbursement rule requires passing).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试未合格，按报销规则不予报销。</source>
        <translation>did not pass the exam: the reimbursement rule does not allow it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有通过考试取得证书，按报销规则不予报销。</source>
        <translation>has not obtained the certificate through the exam: the reimbursement rule does not allow it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试已合格，但证书还没有确认写入档案（按报销规则取得证书后才报销）。</source>
        <translation>passed, but the certificate is not yet accepted into the file (the reimbursement rule requires the certificate).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item}金额</source>
        <translation>{item} Amount</translation>
    </message>
    <message>
        <location line="-423"/>
        <location filename="../../swdesk/store/exams.py" line="+3"/>
        <source>合格线</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/exams.py" line="+4"/>
        <source>特殊地区合格线</source>
        <translation>Special-area pass mark</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>还没有建立 {year} 年度的考试。请先建立考试年度（swdesk exam year --year {year}）。</source>
        <translation>The {year} exam has not been set up yet. Set up the exam year first (swdesk exam year --year {year}).</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>这条报名已被删除。</source>
        <translation>This registration has been deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这条报名所属社工的档案已被删除（或已调出），请先恢复档案再修改。</source>
        <translation>The file of this registration&apos;s social worker has been deleted (or transferred out); restore the file before editing.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>报名没有保存：{problems}</source>
        <translation>The registration was not saved: {problems}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} 的档案已被删除，不能报名。</source>
        <translation>The file of {name} has been deleted; they cannot be registered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} 已经报名了 {year} 年度的考试。每人每年只能报一个级别。</source>
        <translation>{name} is already registered for the {year} exam. Each person can register for one level a year.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} 已经持有{certificate}或更高等级的证书，不需要再考{level}。</source>
        <translation>{name} already holds a {certificate} certificate or higher and need not sit the {level} exam.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} 的{level}科目在合格年限内都已通过，不需要再报名。</source>
        <translation>{name} has passed every {level} subject within the years a pass counts; no need to register.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+83"/>
        <source>报名状态“{state}”不对，可选：{choices}。</source>
        <translation>The registration status “{state}” is not valid; choose one of: {choices}.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>没有选择要报名的社工。</source>
        <translation>No social worker is selected for registration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同一名社工被选了两次。</source>
        <translation>The same social worker is selected twice.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>找不到档案 {id}</source>
        <translation>File {id} not found</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>准考证号</source>
        <translation>Admission ticket number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>考点</source>
        <translation>Exam site</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>报名信息里没有“{key}”这一项。</source>
        <translation>A registration has no item “{key}”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>评审结果“{result}”不对，可选：{choices}。</source>
        <translation>The review result “{result}” is not valid; choose one of: {choices}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>评审日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>只有高级考试有评审结果。</source>
        <translation>Only the senior exam has a review result.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} 已有考试成绩，不能标记为缺考。请先删除成绩。</source>
        <translation>{name} already has exam scores and cannot be marked absent. Delete the scores first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} 的证书已根据这次考试建立，不能删除这条报名。</source>
        <translation>{name}&apos;s certificate was added from this exam; this registration cannot be deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} 的费用已经报销，不能删除这条报名。</source>
        <translation>{name}&apos;s fees have been reimbursed; this registration cannot be deleted.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} 的{level}报名没有“{subject}”这一科，报考科目：{subjects}。</source>
        <translation>{name}&apos;s {level} registration has no subject “{subject}”; subjects registered: {subjects}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{subject}”的成绩是空的。缺考请标记缺考。</source>
        <translation>The score for “{subject}” is empty. Mark an absence as absent.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>报名 {id} 没有“{subject}”这一科。</source>
        <translation>Registration {id} has no subject “{subject}”.</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+40"/>
        <source>{name} 没有待确认的证书。</source>
        <translation>{name} has no certificate waiting for confirmation.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{name} 的档案里已经有{level}或更高等级的证书，不需要再建。请选择“不建证”。</source>
        <translation>{name}&apos;s file already has a {level} certificate or higher; no new one is needed. Choose “Declined”.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>费用项目“{item}”不对，可选：{choices}。</source>
        <translation>The fee item “{item}” is not valid; choose one of: {choices}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} 的{item}已经报销，不能再改金额。请先取消报销。</source>
        <translation>{name}&apos;s {item} has been reimbursed; the amount cannot be changed. Undo the reimbursement first.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>报销日期</source>
        <translation>Reimbursement date</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{name} 的{item}不能报销：{reason}</source>
        <translation>{name}&apos;s {item} cannot be reimbursed: {reason}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>从事社会工作起始时间</source>
        <translation>Start of social work</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>从事社会工作起始时间不能晚于今天。</source>
        <translation>The start of social work cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/lock.py" line="+47"/>
        <source>数据文件 {path} 已经在另一个 swdesk 中打开。请先关闭那个窗口，或使用另一个数据文件。</source>
        <translation>The data file {path} is already open in another swdesk. Close that window first, or use another data file.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/records.py" line="+98"/>
        <location line="+127"/>
        <source>找不到这条记录（{table} {id}），可能已被删除。</source>
        <translation>This record ({table} {id}) was not found; it may have been deleted.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>数据文件还没有设置单位，不能保存数据。请先完成首次设置（swdesk init）。</source>
        <translation>The data file has no unit set up yet, so nothing can be saved. Please finish the first-time setup (swdesk init) first.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/training.py" line="+66"/>
        <source>找不到编号为 {id} 的培训，请核对培训编号。</source>
        <translation>No training with the number {id} was found; please check the number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>培训“{title}”已被删除。</source>
        <translation>The training “{title}” has been deleted.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>已有人记了 {hours:g} 学时，培训学时不能改成少于 {hours:g}。请先修改这些签到记录。</source>
        <translation>Someone has already been credited {hours:g} hours, so the training&apos;s hours cannot be less than {hours:g}. Change those attendance records first.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>签到记录没有保存：{problems}</source>
        <translation>The attendance was not saved: {problems}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>签到名单是空的。</source>
        <translation>The attendance list is empty.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>第{line}行</source>
        <translation>Row {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}：{reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}（{number}）</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}：{who} 已经记过这次培训，同一培训不能重复记学时。</source>
        <translation>{where}: {who} is already recorded for this training; the same training cannot be credited twice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}：{who} 在名单里出现了两次（另见{other}）。</source>
        <translation>{where}: {who} is on the list twice (see also {other}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}：{who} {reason}</source>
        <translation>{where}: {who}: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>有人已经记过这次培训，同一培训不能重复记学时。</source>
        <translation>Someone is already recorded for this training; the same training cannot be credited twice.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>身份证号“{number}”不对：{reason}</source>
        <translation>The ID number “{number}” is not valid: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号 {number} 没有档案，请先建立档案。</source>
        <translation>ID number {number} has no file; please create the file first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>学时 {hours:g} 超过了培训本身的 {limit:g} 学时。</source>
        <translation>{hours:g} hours is more than the training&apos;s own {limit:g} hours.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} 的档案已被删除，不能记学时。</source>
        <translation>The file of {name} has been deleted; no hours can be recorded.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} 已经记过“{activity}”，这一项只能折算一次。</source>
        <translation>{name} already has “{activity}”; this fixed credit can be recorded only once.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>折算项目的学时是固定的，不能修改。</source>
        <translation>The hours of a fixed credit cannot be changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>这个人已经有这次培训的另一条记录，不能恢复。</source>
        <translation>This person already has another record of this training; this one cannot be restored.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>证明文件</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/unit.py" line="+22"/>
        <source>单位名称不能为空。</source>
        <translation>The unit name must not be empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>这个数据文件已经设置为 {name}（{code}），不能再次设置。如需另建单位，请使用新的数据文件（--db）。</source>
        <translation>This data file is already set up for {name} ({code}) and cannot be set up again. For another unit, use a new data file (--db).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>数据文件还没有设置单位。请先运行 swdesk init（或在程序中完成首次设置）。</source>
        <translation>The data file has no unit set up yet. Run swdesk init first (or finish the first-time setup in the program).</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/villages.py" line="+20"/>
        <source>村（社区）名称</source>
        <translation>Village (community) name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村（社区）名称不能为空。</source>
        <translation>The village/community name must not be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类型“{kind}”不对：社区填 urban，村填 rural。</source>
        <translation>The type “{kind}” is not valid: use urban for a community, rural for a village.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>代码 {code} 不属于本单位 {unit_name}（{unit}）：本单位的村（社区）代码以 {unit} 开头。</source>
        <translation>The code {code} does not belong to this unit, {unit_name} ({unit}): its village/community codes begin with {unit}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>代码 {code} 已经登记为“{name}”，不能重复添加。</source>
        <translation>The code {code} is already recorded as “{name}” and cannot be added twice.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{name}”还有 {count} 名社工的档案，请先把他们调到其他村（社区）。</source>
        <translation>“{name}” still has the files of {count} social workers; move them to another village/community first.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/workers.py" line="+87"/>
        <source>村（社区）代码 {code} 还没有登记，请先在“村（社区）”里添加。</source>
        <translation>The village/community code {code} is not recorded yet; add it under “Village/Community” first.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>身份证号 {number} 的档案（{name}）曾被删除，可以恢复它，而不是新建。</source>
        <translation>The file of ID number {number} ({name}) was deleted; you can restore it instead of creating a new one.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>身份证号 {number} 已经有档案（{name}），同一个人只能有一份档案。</source>
        <translation>ID number {number} already has a file ({name}); a person can have only one file.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>身份证号 {number} 在这批数据中出现了两次（{names}），同一个人只能有一份档案。</source>
        <translation>ID number {number} appears twice in this batch ({names}); a person can have only one file.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{name} 的档案已被删除，请先恢复再修改。</source>
        <translation>The file of {name} has been deleted; restore it before editing.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/appraisal.py" line="+114"/>
        <source>考评表“{sheet}”没有“{item}”这一项。可选：{choices}。</source>
        <translation>The template “{sheet}” has no item “{item}”. Its items: {choices}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{what}的分值 {value} 不对，应当大于 0、不超过 100。</source>
        <translation>{what}: the maximum score {value} is wrong; it must be above 0 and at most 100.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}没有填写分数。</source>
        <translation>{what}: no score entered.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>{what}的分数“{value}”不是数字。</source>
        <translation>{what}: the score “{value}” is not a number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}的分数 {value} 最多保留一位小数。</source>
        <translation>{what}: the score {value} may have at most one decimal place.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>考评表名称不能为空。</source>
        <translation>The template name must not be empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考评表类别“{kind}”不对，应为 community（社区社工）或 post（专业岗位）。</source>
        <translation>The template kind “{kind}” is wrong; it must be community (community social workers) or post (professional posts).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考评表“{sheet}”没有考评项目，请至少添加一项。</source>
        <translation>The template “{sheet}” has no items; add at least one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>考评表“{sheet}”的项目太多（最多 {limit} 项）。</source>
        <translation>The template “{sheet}” has too many items (at most {limit}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>第 {n} 项考评项目没有名称。</source>
        <translation>Item {n} has no name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>考评项目“{item}”重复了，每一项的名称要不同。</source>
        <translation>The item “{item}” appears twice; every item needs a name of its own.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>考评表“{sheet}”各项分值合计 {total:g} 分，应为 100 分，请调整。</source>
        <translation>The items of the template “{sheet}” add up to {total:g} points; they must add up to 100.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>等次名称不能为空。</source>
        <translation>A grade name must not be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等次“{grade}”</source>
        <translation>Grade “{grade}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>至少要有一个等次分数线。</source>
        <translation>At least one grade line is needed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>两个等次的分数线相同，请调整。</source>
        <translation>Two grades have the same line; please adjust them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等次分数线应在 0 到 100 之间。</source>
        <translation>Grade lines must be between 0 and 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请填写低于最低分数线时的等次名称（如“不合格”）。</source>
        <translation>Enter the grade given below the lowest line (e.g. “Fail”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>等次名称重复了。</source>
        <translation>A grade name appears twice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>处分“{value}”不对，可选：{choices}。</source>
        <translation>The disciplinary action “{value}” is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>处分“{discipline}”封顶的等次“{grade}”不在等次中：{grades}。</source>
        <translation>The grade cap “{grade}” for a “{discipline}” is not one of the grades: {grades}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>不由本单位考评的岗位类型应当是一组岗位类型（如“社工机构”），不是“{value}”。</source>
        <translation>The post types not appraised here must be a list of post types (such as “社工机构”), not “{value}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>不由本单位考评的岗位类型“{value}”不对，可选：{choices}。</source>
        <translation>The post type “{value}” not appraised here is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“{item}”满分 {max:g} 分，分数应在 0 到 {max:g} 之间。</source>
        <translation>“{item}” is scored out of {max:g}; the score must be between 0 and {max:g}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{what}太长（{count} 字，最多 {limit} 字）。</source>
        <translation>{what} is too long ({count} characters, at most {limit}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>处分“{value}”不对，可选：无、{choices}。</source>
        <translation>The disciplinary action “{value}” is wrong; choose from: none, {choices}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{post}岗位由购买服务方考评</source>
        <translation>A {post} post is appraised by the purchaser of the service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>持证社区专职工作者在专业岗位上，仅进行岗位绩效考评</source>
        <translation>Certified full-time community worker in a professional post: post appraisal only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作专业岗位人员</source>
        <translation>Holds a professional social-work post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>持证社区专职工作者</source>
        <translation>Certified full-time community worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>社区专职工作者，但没有职业水平证书</source>
        <translation>Full-time community worker without a certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是社区专职工作者，也不在专业岗位上</source>
        <translation>Neither a full-time community worker nor in a professional post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>考评类别“{kind}”不对。</source>
        <translation>The appraisal kind “{kind}” is wrong.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>改变某人参加哪一种考评（或不参加）需要写明理由。</source>
        <translation>Changing which appraisal someone gets (or leaving them out) needs a reason.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>考评表现在是“{old}”，不能改为“{new}”。</source>
        <translation>The appraisal is “{old}” and cannot become “{new}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>还有 {count} 项没有打分（{items}），不能定稿。</source>
        <translation>Items not scored yet: {count} ({items}); the appraisal cannot be finalized.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>退回“{state}”的考评表需要写明理由（会记入修改记录）。</source>
        <translation>Reopening a “{state}” appraisal needs a reason (it is kept in the change history).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}的考评表已签字，不能修改。确需更正，请先退回（reopen）并写明理由，再重新打印签字。</source>
        <translation>The appraisal of {name} is signed and cannot be changed. To correct it, reopen it with a reason, then print it and have it signed again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>考评表已签字，不能修改。确需更正，请先退回（reopen）并写明理由，再重新打印签字。</source>
        <translation>The appraisal is signed and cannot be changed. To correct it, reopen it with a reason, then print it and have it signed again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}的考评表已定稿，不能修改。如需修改，请先退回并写明理由。</source>
        <translation>The appraisal of {name} is finalized and cannot be changed. To change it, reopen it with a reason first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>考评表已定稿，不能修改。如需修改，请先退回并写明理由。</source>
        <translation>The appraisal is finalized and cannot be changed. To change it, reopen it with a reason first.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>二维码内容不完整，请重新扫描，或输入页脚的“记录校验码”。</source>
        <translation>The QR code is incomplete; scan it again, or type the record code (记录校验码) from the footer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{code}”不是记录校验码：应为页脚“记录校验码”后的 12 位，例如 FB97-97B7-B016。</source>
        <translation>“{code}” is not a record code: type the 12 characters after “记录校验码” in the footer, e.g. FB97-97B7-B016.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/ce.py" line="+127"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始日期</source>
        <translation>Start Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期</source>
        <translation>End Date</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+448"/>
        <source>{field}应当是数字。</source>
        <translation>{field} must be a number.</translation>
    </message>
    <message>
        <location line="-444"/>
        <location line="+449"/>
        <source>{field}“{value}”不是数字。</source>
        <translation>{field}: “{value}” is not a number.</translation>
    </message>
    <message>
        <location line="-445"/>
        <source>{field}应在 {minimum:g} 到 {maximum:g} 之间，现在是 {value}。</source>
        <translation>{field} must be between {minimum:g} and {maximum:g}; it is {value}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>继续教育计量单位“{unit}”不对，可选：学时（hours）、天（days）。</source>
        <translation>The continuing-education unit “{unit}” is wrong; choose hours or days.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>按天计算的方式“{value}”不对，可选：按学时折算（hours）、按培训日期（dates）。</source>
        <translation>The way of counting days “{value}” is wrong; choose hours (from hours) or dates (from the training dates).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>继续教育要求中的等级“{level}”不对，可选：{choices}。</source>
        <translation>The level “{level}” in the continuing-education requirements is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{level}的要求</source>
        <translation>Requirement for {level}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>折算规则的类型“{activity}”为空、重复或与普通培训重名。</source>
        <translation>The fixed-credit type “{activity}” is empty, repeated, or named like plain training.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>折算规则“{activity}”的学时</source>
        <translation>Hours of the Fixed Credit “{activity}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>每天折合学时</source>
        <translation>Hours per Day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记有效期（年）</source>
        <translation>Registration Period (Years)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>再登记提前（月）</source>
        <translation>Re-registration Window (Months)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>进度检查起始天数</source>
        <translation>Days Before the Pace Check</translation>
    </message>
    <message>
        <location line="+183"/>
        <location line="+289"/>
        <source>没有“{activity}”这种折算类型，请先在继续教育设置里添加。</source>
        <translation>There is no fixed-credit type “{activity}”; add it in the continuing-education settings first.</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+175"/>
        <source>请填写{field}。</source>
        <translation>Please fill in {field}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field}必须大于 0，现在是 {value}。</source>
        <translation>{field} must be greater than 0; it is {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} {value} 太大（最多 {limit:g}），请核对。</source>
        <translation>{field}: {value} is too large (at most {limit:g}); please check.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>培训形式“{mode}”不对，可选：{choices}。</source>
        <translation>The training mode “{mode}” is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../swdesk/core/worker.py" line="+264"/>
        <source>{field}：{reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>培训名称</source>
        <translation>Training title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请填写培训名称。</source>
        <translation>Please fill in the training name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>培训名称太长：{count} 个字，最多 {max} 个字。请写简短的名称，细节写在备注里。</source>
        <translation>The training name is too long: {count} characters, at most {max}. Give a short name and put the details in the note.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>请填写开始日期。</source>
        <translation>Please fill in the start date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>结束日期早于开始日期，请核对。</source>
        <translation>The end date is before the start date; please check.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>培训学时</source>
        <translation>Training Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训地点</source>
        <translation>Training place</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>请填写培训结束日期（学时计入结束日期所在的登记期）。</source>
        <translation>Please fill in the training&apos;s end date (its hours count in the registration period containing that date).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{names} 等 {count} 人</source>
        <translation>{names} and others ({count} people)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>结束日期 {day} 在今天（{today}）之后，培训还没有结束，请核对日期。</source>
        <translation>End date {day} is after today ({today}): the training has not ended yet. Please check the date.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>结束日期 {day} 早于 {names} 取得证书的日期，学时不计入任何登记期。</source>
        <translation>End date {day} is before {names} obtained a certificate: the hours count toward no registration period.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>结束日期 {day} 不在 {name} 的本期登记期（{first} 至 {last}）内，学时会计入别的登记期。</source>
        <translation>End date {day} is outside the current registration period of {name} ({first} to {last}): the hours will count toward another period.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>结束日期 {day} 不在 {names} 的本期登记期内，学时会计入别的登记期。</source>
        <translation>End date {day} is outside the current registration period of {names}: the hours will count toward another period.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/dates.py" line="+59"/>
        <source>日期“{value}”不在 {first} 到 {last} 之间，请核对年份（是不是多打或少打了一位）。</source>
        <translation>The date &quot;{value}&quot; is not between {first} and {last}. Check the year (a digit too many or too few?).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>日期“{value}”不对，请写成 YYYY-MM-DD（年-月-日），例如 2024-03-01。</source>
        <translation>The date &quot;{value}&quot; is not valid. Write it as YYYY-MM-DD (year-month-day), e.g. 2024-03-01.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>日期“{value}”不存在，请核对（写成 YYYY-MM-DD，例如 2024-03-01）。</source>
        <translation>The date &quot;{value}&quot; does not exist. Check it (written as YYYY-MM-DD, e.g. 2024-03-01).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>日期“{value}”看不懂，请写成 1985-03-01 或 1985年3月 的样子。</source>
        <translation>The date “{value}” cannot be read; write it like 1985-03-01 or 1985-03.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>日期“{value}”不存在，请核对。</source>
        <translation>The date “{value}” does not exist; please check it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>日期“{value}”看不懂，请写成 1985-03-01 的样子。</source>
        <translation>The date “{value}” cannot be read; write it like 1985-03-01.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>日期“{value}”分不清是{year}年1月还是10月（Excel 会把 {year}.10 存成 {year}.1）。请写成 {year}-01 或 {year}-10。</source>
        <translation>The date “{value}” could be January or October {year} (Excel stores {year}.10 as {year}.1). Write {year}-01 or {year}-10.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>日期“{year}”只有年份，请写出月份，例如 {year}-03 或 {year}年3月。</source>
        <translation>The date “{year}” has only a year; add the month, e.g. {year}-03 or {year}/3.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/divisions.py" line="+19"/>
        <source>村（社区）代码“{code}”应为12位数字的统计用区划代码。</source>
        <translation>The village/community code “{code}” must be a 12-digit statistical division code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>代码“{code}”末三位为000，是乡镇代码，不是村（社区）代码。</source>
        <translation>The code “{code}” ends in 000: it is a township code, not a village/community code.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>县（区）代码“{code}”应为6位数字。</source>
        <translation>The county code “{code}” must have 6 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>乡镇（街道）代码“{code}”应为9位数字（县6位 + 乡镇3位）。</source>
        <translation>The township code “{code}” must have 9 digits (6 for the county + 3 for the township).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>角色“{role}”不对，只能是 township（乡镇）或 county（县）。</source>
        <translation>The role “{role}” is wrong; it must be township or county.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/phone.py" line="+29"/>
        <source>手机号“{number}”不对：应为以1开头的11位数字。</source>
        <translation>The mobile number “{number}” is wrong: it must have 11 digits starting with 1.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/worker.py" line="-194"/>
        <source>{field}“{value}”不在可选范围内，可选：{choices}等。</source>
        <translation>{field} “{value}” is not one of the choices; they include {choices} and more.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+47"/>
        <source>{field}“{value}”不在可选范围内，可选：{choices}。</source>
        <translation>{field} “{value}” is not one of the choices: {choices}.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>职务</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务领域</source>
        <translation>Service Domain</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>姓名不能为空。</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名太长（最多{limit}个字）。</source>
        <translation>The name is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>性别“{given}”与身份证号不符（号码显示为{gender}）。</source>
        <translation>The gender “{given}” does not match the ID number (which shows {gender}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>出生日期 {given} 与身份证号不符（号码显示为 {born}）。</source>
        <translation>The birth date {given} does not match the ID number (which shows {born}).</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政治面貌</source>
        <translation>Political Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位类型</source>
        <translation>Post Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/ce.py" line="-117"/>
        <location line="+40"/>
        <location filename="../../swdesk/core/registration.py" line="+78"/>
        <location filename="../../swdesk/core/worker.py" line="+1"/>
        <location filename="../../swdesk/store/exams.py" line="-1060"/>
        <location line="+568"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/worker.py" line="+224"/>
        <source>证书等级“{value}”不对，可选：{choices}。</source>
        <translation>The certificate level “{value}” is wrong; choose from: {choices}.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>证书编号</source>
        <translation>Certificate Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取得日期</source>
        <translation>Date Obtained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记日期</source>
        <translation>Registration Date</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>登记日期早于取得日期，请核对。</source>
        <translation>The registration date is before the date obtained; please check.</translation>
    </message>
    <message>
        <location filename="../../swdesk/formats/appraisal_pdf.py" line="+404"/>
        <source>没有可打印的考评表。</source>
        <translation>There are no appraisal sheets to print.</translation>
    </message>
    <message>
        <location filename="../../swdesk/formats/xlsx_rows.py" line="+254"/>
        <location filename="../../swdesk/store/indicator_rules.py" line="+82"/>
        <location filename="../../swdesk/sync/envelope.py" line="+226"/>
        <source>找不到文件 {path}。</source>
        <translation>File not found: {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不支持旧的 .xls 格式。请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。</source>
        <translation>The old .xls format is not supported. Use “Save As” .xlsx in Excel or WPS, then import.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>无法读取 {file}：它不是有效的 .xlsx 文件（或已加密、已损坏）。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。</source>
        <translation>Cannot read {file}: it is not a valid .xlsx file (or it is encrypted or damaged). Open it in Excel or WPS, save it as .xlsx and import it again.</translation>
    </message>
    <message>
        <location filename="../../swdesk/formats/roster_read.py" line="+328"/>
        <source>在 {file} 前 {rows} 行里找不到表头：需要一行列名，其中至少有“身份证号”（或“身份证号码”“公民身份号码”）和“姓名”等列。</source>
        <translation>No header found in the first {rows} rows of {file}: it needs a row of column names with at least “身份证号” (ID number; or “身份证号码”, “公民身份号码”) and “姓名” (name).</translation>
    </message>
    <message>
        <location filename="../../swdesk/atomic.py" line="+45"/>
        <source>磁盘已满。请清理磁盘或换一个位置后重试；原有文件没有改动。</source>
        <translation>The disk is full. Free some space or choose another place, then try again; the existing file was not changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>磁盘是只读的。请换一个位置，或关闭U盘的写保护开关后重试。</source>
        <translation>The disk is read-only. Choose another place, or turn off the USB stick&apos;s write protection switch, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有写入权限，或文件正在 Excel / WPS 等程序中打开。请关闭该文件或换一个位置后重试。</source>
        <translation>No permission to write, or the file is open in Excel, WPS or another program. Close the file or choose another place, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>磁盘读写出错，U盘可能已拔出或损坏。请插好后重试；原有文件没有改动。</source>
        <translation>The disk reported a read/write error; the USB stick may have been pulled out or be faulty. Plug it in properly and try again; the existing file was not changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找不到所在的文件夹，U盘可能已拔出。请插好后重试。</source>
        <translation>The folder cannot be found; the USB stick may have been pulled out. Plug it in and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件正被其他程序占用。请关闭该程序后重试。</source>
        <translation>The file is in use by another program. Close that program and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>文件不存在，或U盘已拔出</source>
        <translation>the file does not exist, or the USB stick was pulled out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这是一个文件夹</source>
        <translation>this is a folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有读取权限，或文件正被其他程序独占打开</source>
        <translation>no permission to read it, or another program holds it open exclusively</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件正被其他程序占用</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>磁盘读写出错，U盘可能已拔出或损坏</source>
        <translation>the disk could not be read; the USB stick may have been pulled out or be damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>系统错误 {code}</source>
        <translation>system error {code}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>这是一个文件夹，请另选文件名。</source>
        <translation>This is a folder; choose another file name.</translation>
    </message>
    <message>
        <location filename="../../swdesk/formats/transcript.py" line="+53"/>
        <source>{name} 的档案已被删除，不能出具学时证明。</source>
        <translation>{name}&apos;s file has been deleted; no CE transcript can be issued.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>没有可出具学时证明的人员。</source>
        <translation>There is nobody to issue a CE transcript for.</translation>
    </message>
    <message>
        <location filename="../../swdesk/services/roster.py" line="+160"/>
        <source>第 {row} 行是表格下方的签字、合计等表尾，已跳过。</source>
        <translation>Row {row} is the footer under the table (signatures, totals) and was skipped.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 {first}–{last} 行是表格下方的签字、合计等表尾，已跳过。</source>
        <translation>Rows {first}–{last} are the footer under the table (signatures, totals) and were skipped.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>第 {row} 行 {column}：{reason}</source>
        <translation>Row {row} {column}: {reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>证书编号被 Excel 存成了数字，后几位可能已经丢失。请把该列设为“文本”格式后重新填写。</source>
        <translation>Excel stored the certificate number as a number and its last digits may be lost. Format the column as Text and enter the number again.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>村（社区）代码 {code} 不在本单位的村（社区）名单里。请先在“村（社区）”里添加，或核对代码。</source>
        <translation>Village/community code {code} is not in this unit&apos;s list of villages/communities. Add it under Village/Community first, or check the code.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>还没有登记任何村（社区），请先在“村（社区）”里添加后再导入。</source>
        <translation>No villages/communities are registered yet. Add them under Village/Community, then import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>村（社区）“{name}”不在本单位的村（社区）名单里。请先在“村（社区）”里添加，或核对名称。</source>
        <translation>Village/community “{name}” is not in this unit&apos;s list of villages/communities. Add it under Village/Community first, or check the name.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>填了登记类型、有效期至、登记状态或证书管理号，请同时填写登记日期。</source>
        <translation>The registration type, valid-until date, registration state or certificate management number is filled in: please also fill in the registration date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>填了证书登记，请同时填写证书等级。</source>
        <translation>A certificate registration is filled in: please also fill in the certificate level.</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>身份证号 {number} 的档案（{name}）已被删除。档案已删除，请先恢复后再导入。</source>
        <translation>The file with ID number {number} ({name}) has been deleted. Restore it first, then import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>身份证号与第 {row} 行重复，同一个人只能有一行。</source>
        <translation>Same ID number as row {row}; each person may have only one row.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>花名册有 {rows} 行共 {count} 处错误，整份都没有导入。请改正后重新导入，或选择只导入正确的行。</source>
        <translation>The roster has {count} errors in {rows} rows, so none of it was imported. Correct them and import again, or choose to import only the correct rows.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{reasons} 花名册没有导入，请重新预览后再导入。</source>
        <translation>{reasons} The roster was not imported; preview it again, then import.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>第 {row} 行对应的档案在预览之后有了变动（例如被删除），请重新预览后再导入。</source>
        <translation>The file of row {row} changed after the preview (it may have been deleted); preview again, then import.</translation>
    </message>
    <message>
        <location filename="../../swdesk/formats/training_excel.py" line="+71"/>
        <source>在 {file} 前 {rows} 行里找不到表头：需要“身份证号”列，通常还有“姓名”和“学时”列。</source>
        <translation>No header found in the first {rows} rows of {file}: it needs a “身份证号” (ID number) column, usually also “姓名” (name) and “学时” (hours).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file} 的表头下面没有数据。</source>
        <translation>{file} has no data below its header.</translation>
    </message>
    <message>
        <location filename="../../swdesk/sync/county.py" line="+91"/>
        <source>只能选择保留县里的（county）或乡镇的（township）。</source>
        <translation>Choose either to keep the county&apos;s value (county) or the township&apos;s (township).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>找不到待处理的冲突 {number}（可能已经处理过）。</source>
        <translation>Open conflict {number} not found (it may have been resolved already).</translation>
    </message>
    <message>
        <location filename="../../swdesk/sync/enroll.py" line="+37"/>
        <source>县（区）民政局</source>
        <translation>county (district) civil affairs bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>乡镇（街道）社工站</source>
        <translation>township (subdistrict) social work station</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这个操作只能在{what}的数据文件上进行（本文件是 {unit}）。</source>
        <translation>This can only be done in the data file of a {what} (this file is {unit}&apos;s).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>乡镇（街道）名称不能为空。</source>
        <translation>The township name must not be empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>乡镇（街道）代码 {code} 不属于本县（{county}）：前6位应为县代码。</source>
        <translation>Township code {code} does not belong to this county ({county}): its first 6 digits must be the county code.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>登记文件内容不完整或已损坏，请让县里重新生成。</source>
        <translation>The enrollment file is incomplete or damaged; ask the county to make a new one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记文件的签名不对：文件被改动过。请让县里重新生成。</source>
        <translation>The enrollment file&apos;s signature is wrong: the file was altered. Ask the county to make a new one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这份登记文件是发给 {name}（{code}）的，不是本单位（{own_name}，{own_code}）。</source>
        <translation>This enrollment file is for {name} ({code}), not for this unit ({own_name}, {own_code}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>登记文件来自 {county}，本乡镇不属于该县。</source>
        <translation>The enrollment file comes from {county}; this township does not belong to that county.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>本乡镇已加入 {name}（{code}），不能再加入另一个县。</source>
        <translation>This township has already joined {name} ({code}) and cannot join another county.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>本乡镇还没有加入县里的同步：请先用县里发的登记文件运行 swdesk sync join。</source>
        <translation>This township has not joined the county&apos;s sync yet: run swdesk sync join with the county&apos;s enrollment file first.</translation>
    </message>
    <message>
        <location filename="../../swdesk/sync/envelope.py" line="-170"/>
        <source>文件不完整（可能拷贝时中断或U盘被拔出），请让对方重新导出。</source>
        <translation>The file is incomplete (copying may have been interrupted or the USB stick pulled out). Ask the sender to export it again.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>这不是 swdesk 同步文件（文件开头不对）。请选择 .swsync 文件。</source>
        <translation>This is not a swdesk sync file (it starts wrongly). Choose a .swsync file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文件格式不对（文件头过长），文件可能已损坏或被改动。</source>
        <translation>Wrong file format (header too long); the file may be damaged or altered.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>文件末尾有多余的内容，文件可能被改动过，没有导入。</source>
        <translation>The file has extra content at its end and may have been altered; not imported.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>文件头无法读取，文件可能已损坏或被改动。</source>
        <translation>The file header cannot be read; the file may be damaged or altered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文件头缺少格式版本，文件可能已损坏或被改动。</source>
        <translation>The file header has no format version; the file may be damaged or altered.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>这个文件是更新版本的 swdesk 写的（同步格式第 {version} 版，本程序只认识到第 {known} 版）。请先升级本机的 swdesk 再导入。</source>
        <translation>This file was written by a newer swdesk (sync format version {version}; this program knows up to version {known}). Update swdesk on this computer, then import.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>数据包</source>
        <translation>a package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回执</source>
        <translation>a receipt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记文件</source>
        <translation>an enrollment file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知类型的文件</source>
        <translation>a file of unknown type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这是{got}，不是{wanted}。请选择正确的文件。</source>
        <translation>Wrong file: this is {got}, not {wanted}. Please choose the right file.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>文件声明的解压后大小不合理，为安全起见没有解压。</source>
        <translation>The file declares an implausible unpacked size; for safety it was not unpacked.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <source>文件内容无法解压，文件已损坏。</source>
        <translation>The file content cannot be unpacked; the file is damaged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文件解压后比声明的大（疑似压缩炸弹），为安全起见没有导入。</source>
        <translation>The file unpacks to more than it declares (possibly a zip bomb); for safety it was not imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件解压后大小与声明不符，文件已损坏。</source>
        <translation>The unpacked size does not match the declared size; the file is damaged.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>文件 {file} 太大（超过 1 GB），不是 swdesk 同步文件。</source>
        <translation>The file {file} is too large (over 1 GB) to be a swdesk sync file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} 是文件夹，请选择同步文件。</source>
        <translation>{path} is a folder; choose a sync file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法读取文件 {path}：{error}。</source>
        <translation>Cannot read the file {path}: {error}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>写入 {path} 后读回的内容不一致，U盘可能有问题。请换一个U盘再导出。</source>
        <translation>{path} read back differently from what was written; the USB stick may be faulty. Export again to another stick.</translation>
    </message>
    <message>
        <location filename="../../swdesk/sync/keys.py" line="+228"/>
        <source>本数据文件还没有同步密钥。县（区）请先运行 swdesk init --role county 或从密钥备份恢复；乡镇（街道）请先用县里发的登记文件加入（swdesk sync join）。</source>
        <translation>This data file has no sync keys yet. A county: run swdesk init --role county or restore the key backup; a township: join with the county&apos;s enrollment file (swdesk sync join).</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>口令太短：至少 {count} 个字符。请设一个不易猜到的口令并另行保管。</source>
        <translation>The passphrase is too short: at least {count} characters. Choose one that is hard to guess and keep it somewhere safe.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>县级密钥已用口令加密保存，还没有输入密钥口令。请设置环境变量 {env}，或在终端中运行命令并按提示输入密钥口令。</source>
        <translation>The county keys are kept encrypted under a passphrase, and it has not been entered. Set the environment variable {env}, or run the command in a terminal and type the key passphrase when asked.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>密钥口令不对，请重新输入（注意大小写和输入法）。</source>
        <translation>Wrong key passphrase. Enter it again (mind upper and lower case and the input method).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请先输入现在的密钥口令，再设新口令。</source>
        <translation>Enter the current key passphrase first, then set a new one.</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+20"/>
        <source>这不是 swdesk 县级密钥备份文件，或文件已损坏。</source>
        <translation>This is not a swdesk county key backup, or the file is damaged.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>这份密钥备份属于 {name}（{code}），不是本单位（{own}）的。</source>
        <translation>This key backup belongs to {name} ({code}), not to this unit ({own}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>口令不对，或备份文件被改动过，密钥没有恢复。</source>
        <translation>Wrong passphrase, or the backup file was altered; the keys were not restored.</translation>
    </message>
    <message>
        <location filename="../../swdesk/sync/merge.py" line="+112"/>
        <source>拒收 {file}：{reason}</source>
        <translation>Refused {file}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{township}（{code}）第 {seq} 号数据包</source>
        <translation>package no. {seq} of {township} ({code})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}：{package}已经导入过，这次没有任何改动。</source>
        <translation>{file}: {package} was imported before; nothing changed this time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}：{package} —— 新增 {new}，更新 {updated}，删除 {deleted}，未变 {unchanged}，冲突 {conflicts}</source>
        <translation>{file}: {package} — new {new}, updated {updated}, deleted {deleted}, unchanged {unchanged}, conflicts {conflicts}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{summary}；缺少第 {n} 号数据包</source>
        <translation>{summary}; package no. {n} is missing</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>数据包里“{table}”表的格式不对，文件可能已损坏，没有导入。</source>
        <translation>Table “{table}” in the package is malformed; the file may be damaged. Not imported.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>数据包里“{table}”表有本程序不认识的栏目（{columns}），发送方的 swdesk 版本更新。请先升级本机的 swdesk 再导入。</source>
        <translation>Table “{table}” in the package has fields this program does not know ({columns}): the sender&apos;s swdesk is newer. Update swdesk on this computer, then import.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>数据包里有不属于 {township} 的记录（来源单位 {origin}），没有导入。</source>
        <translation>The package holds records that do not belong to {township} (from unit {origin}); not imported.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>数据包里“{table}”的记录 {row} 在县里是另一种数据（{other}），文件可能已损坏或被伪造，没有导入。</source>
        <translation>Record {row} of “{table}” in the package is a different kind of data at the county ({other}); the file may be damaged or forged. Not imported.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>数据包里的记录 {row} 在县里登记为 {origin} 的记录，却出现在 {township} 的数据包里，没有导入。</source>
        <translation>Record {row} is registered at the county as {origin}&apos;s, but came in a package from {township}; not imported.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>数据包里有本程序不认识的数据（{tables}），发送方的 swdesk 版本更新。请先升级本机的 swdesk 再导入。</source>
        <translation>The package holds data this program does not know ({tables}): the sender&apos;s swdesk is newer. Update swdesk on this computer, then import.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>数据包里的附件与其校验值不符，文件已损坏，没有导入。</source>
        <translation>An attachment in the package does not match its checksum; the file is damaged. Not imported.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>数据包里“{table}”的记录指向县里没有的上级记录（{parent} {row}），文件不完整，没有导入。请让该乡镇做一次完整导出（--full）。</source>
        <translation>A record of “{table}” in the package refers to a record the county does not have ({parent} {row}); the package is incomplete and was not imported. Ask the township for a full export (--full).</translation>
    </message>
    <message>
        <location line="+365"/>
        <source>数据包里“{table}”表缺少“{column}”栏目，没有导入。</source>
        <translation>Table “{table}” in the package has no “{column}” field; not imported.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>数据包里“{table}”的记录缺少“{column}”，没有导入。</source>
        <translation>A record of “{table}” in the package has no “{column}”; not imported.</translation>
    </message>
    <message>
        <location line="+455"/>
        <source>数据包里的记录与县里已有的数据相抵触（{error}），整个数据包没有导入。请联系技术支持。</source>
        <translation>Records in the package conflict with the county&apos;s data ({error}); the whole package was not imported. Please contact technical support.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>数据包里有无法保存的数值，文件可能已损坏，整个数据包没有导入。</source>
        <translation>The package holds values that cannot be saved; the file may be damaged. The whole package was not imported.</translation>
    </message>
    <message>
        <location filename="../../swdesk/sync/package.py" line="+229"/>
        <source>写入 {path} 后校验签名失败，U盘可能有问题，请重新导出。</source>
        <translation>The signature check failed after writing {path}; the USB stick may be faulty. Export again.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>数据包内容格式不对（{what}），文件可能已损坏，没有导入。</source>
        <translation>The package content is malformed ({what}); the file may be damaged. Not imported.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>这个数据包是发给县（区）{code} 的，不是本县（{own_name}，{own_code}）。没有导入。</source>
        <translation>This package is for county {code}, not for this county ({own_name}, {own_code}). Not imported.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>这个数据包加密用的县级密钥与本机的不同（本机可能重装后生成了新密钥）。请从县级密钥备份恢复，或给该乡镇重新发登记文件后让它重新导出。</source>
        <translation>This package was encrypted with county keys other than this computer&apos;s (new keys may have been made after a reinstall). Restore the county key backup, or give the township a new enrollment file and have it export again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>乡镇（街道）{name}（{code}）没有在本县登记，不接收它的数据包。如需接收，请先为它生成登记文件（sync enroll）并让它加入。</source>
        <translation>Township {name} ({code}) is not enrolled with this county; its packages are not accepted. To accept them, make an enrollment file for it (sync enroll) and have it join.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>数据包的文件头不完整，文件可能已损坏或被改动。</source>
        <translation>The package header is incomplete; the file may be damaged or altered.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据包的签名密钥不是 {name} 登记的密钥：它可能不是该乡镇发出的，没有导入。如果该乡镇重装过软件，请重新为它生成登记文件。</source>
        <translation>The package is not signed with the key {name} enrolled with: it may not come from that township; not imported. If the township reinstalled the program, make a new enrollment file for it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>数据包没有 {name} 的有效登记凭证（可能用的是旧的登记文件，或不是该乡镇发出的），没有导入。</source>
        <translation>The package has no valid enrollment proof of {name} (an old enrollment file may have been used, or it does not come from that township); not imported.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>签名校验失败：数据包在路上被改动过或已损坏（声称来自 {name}），没有导入。请让该乡镇重新导出。</source>
        <translation>Signature check failed: the package (claiming to come from {name}) was altered on the way or is damaged; not imported. Ask the township to export again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>数据包无法解密（不是用本县密钥加密的，或已损坏），没有导入。</source>
        <translation>The package cannot be decrypted (it was not encrypted with this county&apos;s keys, or is damaged); not imported.</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+151"/>
        <source>结构</source>
        <translation>structure</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+58"/>
        <source>无法读取内容</source>
        <translation>content unreadable</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>清单与文件头不一致</source>
        <translation>manifest does not match the header</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>附件</source>
        <translation>attachments</translation>
    </message>
    <message>
        <location filename="../../swdesk/sync/receipt.py" line="+72"/>
        <source>乡镇（街道）{code} 没有在本县登记（先运行 sync enroll）。</source>
        <translation>Township {code} is not enrolled with this county (run sync enroll first).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>这份回执来自 {sender}，不是本乡镇所属的县。</source>
        <translation>This receipt comes from {sender}, not from this township&apos;s county.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回执的签名不对：不是县里发出的，或在路上被改动过。没有导入。</source>
        <translation>The receipt&apos;s signature is wrong: it was not sent by the county, or was altered on the way. Not imported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>这份回执是给乡镇 {code} 的，不是本乡镇。</source>
        <translation>This receipt is for township {code}, not for this township.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>回执内容格式不对，文件可能已损坏，没有导入。</source>
        <translation>The receipt&apos;s content is malformed; the file may be damaged. Not imported.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/allowance.py" line="+106"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{what}“{value}”看不懂，请写成 2026-03 的样子。</source>
        <translation>{what} “{value}” cannot be read; write it like 2026-03.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>津贴规则的“{key}”只能是 true 或 false。</source>
        <translation>The allowance rule&apos;s “{key}” must be true or false.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>津贴规则的“{key}”是“{value}”，只能是：{allowed}。</source>
        <translation>The allowance rule&apos;s “{key}” is “{value}”; it must be one of: {allowed}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>津贴规则的“{what}”应是“等级: 金额”的表。</source>
        <translation>The allowance rule&apos;s “{what}” must be a table of level: amount.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>津贴规则里的等级“{level}”不认识，应是：{levels}。</source>
        <translation>The level “{level}” in the allowance rule is unknown; it must be one of: {levels}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{level}的金额</source>
        <translation>Amount for {level}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{level}的金额不能是负数。</source>
        <translation>The amount for {level} must not be negative.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>津贴规则里的岗位类型“{post}”不认识，应是：{posts}。</source>
        <translation>The post type “{post}” in the allowance rule is unknown; it must be one of: {posts}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>起始月份</source>
        <translation>First Month</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>津贴规则至少要有一个版本（起始月份和各等级金额）。</source>
        <translation>An allowance rule needs at least one version (a first month and the amount per level).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>津贴规则有两个版本从同一个月开始，请合并。</source>
        <translation>Two versions of the allowance rule start in the same month; merge them.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>岗位“{post}”不在津贴发放范围。</source>
        <translation>The post “{post}” is not covered by the allowance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有职业水平证书。</source>
        <translation>No professional certificate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{level}不在津贴发放范围。</source>
        <translation>{level} is not covered by the allowance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证书没有填取得时间。</source>
        <translation>The certificate has no date obtained.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>证书 {obtained} 取得，{start} 起发放。</source>
        <translation>Certificate obtained on {obtained}; paid from {start}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>证书未登记。</source>
        <translation>The certificate is not registered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书登记不在有效期内或未通过审核。</source>
        <translation>The certificate&apos;s registration is not valid in this month or was not approved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本月不符合发放条件。</source>
        <translation>Not eligible this month.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{year} 年度考评不合格。</source>
        <translation>Appraisal for {year} failed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上一登记期继续教育学时未达标。</source>
        <translation>Continuing-education hours of the last registration period were not met.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{month} 还没有适用的津贴标准。</source>
        <translation>No allowance rate applies to {month} yet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>本月只有 {days} 天符合条件，按规则不足整月不发。</source>
        <translation>Eligible on only {days} days this month; the rule pays whole months only.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>一次发放可以包含 1 到 {most} 个月，现在是 {count}。</source>
        <translation>A payroll run covers 1 to {most} months; this one has {count}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>补发或扣回的金额不能是 0。</source>
        <translation>A back payment or deduction cannot be 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>扣回 {amount} 元超过了该月实际发放的 {paid} 元，请核对。</source>
        <translation>Deducting {amount} yuan exceeds the {paid} yuan actually paid for that month; please check.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>发放表状态“{state}”不认识。</source>
        <translation>Unknown payroll state “{state}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>发放表已{state}，不能再修改。更正请在以后月份的发放表里补发或扣回。</source>
        <translation>The payroll is {state} and can no longer change. Correct it with a back payment or deduction in a later month&apos;s payroll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>发放表现在是“{old}”，不能直接改为“{new}”。</source>
        <translation>The payroll is “{old}” and cannot go straight to “{new}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>账户类别“{kind}”不认识，应是：{kinds}。</source>
        <translation>Unknown account kind “{kind}”; use one of: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/money.py" line="+34"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>{what}“{value}”不是金额，请写数字，如 200 或 200.50。</source>
        <translation>{what} “{value}” is not an amount; write a number such as 200 or 200.50.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}“{value}”最多只能有两位小数（分）。</source>
        <translation>{what} “{value}” may have at most two decimals (fen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}“{value}”太大了，请核对。</source>
        <translation>{what} “{value}” is too large; please check it.</translation>
    </message>
    <message>
        <location filename="../../swdesk/cli/allowance.py" line="+91"/>
        <location filename="../../swdesk/store/allowances.py" line="+584"/>
        <source>补发或扣回需要写明理由（--reason）。</source>
        <translation>A back payment or deduction needs a reason (--reason).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../swdesk/services/allowance_statement.py" line="+110"/>
        <source>津贴明细只能输出为 PDF 文件（.pdf）：{path}</source>
        <translation>An allowance statement can only be written as a PDF file (.pdf): {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>读不了规则文件 {path}：{error}</source>
        <translation>Cannot read the rules file {path}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>规则文件 {path} 不是有效的 JSON。</source>
        <translation>The rules file {path} is not valid JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则文件 {path} 应是一个 JSON 对象。</source>
        <translation>The rules file {path} should hold one JSON object.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>allowance county 汇总各乡镇报来的发放表，只能在县里的数据文件上运行；乡镇（街道）请用 allowance list 或 allowance export 查看本乡镇的发放表。</source>
        <translation>allowance county sums the payrolls the townships sent and runs only on a county data file; a township sees its own payrolls with allowance list or allowance export.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+21"/>
        <location filename="../../swdesk/cli/allowance_accounts.py" line="+52"/>
        <location filename="../../swdesk/cli/posts.py" line="+80"/>
        <location filename="../../swdesk/cli/registration.py" line="+67"/>
        <source>找不到身份证号为 {id} 的社工。</source>
        <translation>No social worker has the ID number {id}.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>年份 {year} 不对，请写四位年份，如 2026。</source>
        <translation>The year {year} is not right: write a four-digit year, e.g. 2026.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/registration.py" line="-13"/>
        <source>请填写{what}。</source>
        <translation>Please fill in {what}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>证书管理号</source>
        <translation>Certificate management number</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>登记的等级“{level}”不认识，应是：{levels}。</source>
        <translation>Unknown registration level “{level}”; use one of: {levels}.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>登记类别“{kind}”不认识，应是：{kinds}。</source>
        <translation>Unknown registration kind “{kind}”; use one of: {kinds}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记状态“{state}”不认识，应是：{states}。</source>
        <translation>Unknown registration state “{state}”; use one of: {states}.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>登记有效期起</source>
        <translation>registration valid from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记有效期止</source>
        <translation>registration valid until</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>登记有效期止 {until} 早于有效期起 {start}。</source>
        <translation>The registration ends ({until}) before it starts ({start}).</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>申请日期</source>
        <translation>application date</translation>
    </message>
    <message>
        <location filename="../../swdesk/services/allowance.py" line="+85"/>
        <source>--sheet 只能是：{sheets}。</source>
        <translation>--sheet must be one of: {sheets}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>代发表只输出 Excel（.xlsx）。</source>
        <translation>The bank&apos;s sheet is written as Excel (.xlsx) only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出文件应以 .xlsx 或 .pdf 结尾：{path}</source>
        <translation>The export file should end in .xlsx or .pdf: {path}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>县级汇总只能导出为 .xlsx 文件。</source>
        <translation>The county summary can only be exported as an .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/allowances.py" line="-501"/>
        <source>没有名为“{key}”的津贴规则预设，可选：{keys}。</source>
        <translation>There is no allowance preset named “{key}”; choose one of: {keys}.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>没有 {month} 的发放表。先运行 swdesk allowance run --month {month} 生成草稿。</source>
        <translation>There is no payroll for {month}. First run swdesk allowance run --month {month} to make a draft.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{month} 的发放表已是“{state}”，不能重新计算或修改。更正请在以后月份的发放表里补发或扣回（swdesk allowance adjust）。</source>
        <translation>The payroll of {month} is already “{state}” and cannot be computed again or changed. Correct it with a back payment or deduction in a later month&apos;s payroll (swdesk allowance adjust).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{months} 中有月份已在 {other} 的发放表里，同一个月不能发两次。</source>
        <translation>Some months of {months} are already in the payroll of {other}; a month cannot be paid twice.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{level}证书 {obtained} 取得</source>
        <translation>{level} certificate obtained {obtained}</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>审核通过津贴发放表</source>
        <translation>Approving an allowance payroll</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>补发或扣回的理由</source>
        <translation>Reason for the back payment or deduction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{month} 还没有已审核的发放表，不能补发或扣回；请直接重新计算该月的草稿。</source>
        <translation>{month} has no approved payroll, so nothing can be paid back or deducted for it; compute that month&apos;s draft again instead.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>补发或扣回只能更正发放表之前的月份。</source>
        <translation>A back payment or deduction can only correct a month before the payroll&apos;s own.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/registrations.py" line="+56"/>
        <location line="+28"/>
        <source>{name} 没有{level}证书，不能登记。</source>
        <translation>{name} holds no {level} certificate, so it cannot be registered.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>这本{level}证书已有一条首次登记（{start} 起），不能再记一条。请修改那一条，或把这次记为再登记。</source>
        <translation>This {level} certificate already has a first registration (from {start}); it cannot have another. Change that one, or record this one as a re-registration.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>首次登记的有效期起 {start} 早于证书取得日期 {obtained}，请核对。</source>
        <translation>The first registration&apos;s start {start} is before the certificate was obtained ({obtained}). Please check.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/allowance_edit.py" line="+54"/>
        <source>{what}太长（最多 {n} 个字）。</source>
        <translation>{what} is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>至少要给一个等级填写每月金额。</source>
        <translation>Enter a monthly amount for at least one level.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>新版本的起始月份 {new} 不能早于或等于最近一个版本的 {last}：已有版本不能改写，调整标准请从 {free} 或以后的月份起新增一个版本。</source>
        <translation>The new version&apos;s first month {new} cannot be on or before the latest version&apos;s {last}: existing versions are never rewritten. To change the rates add a version starting {free} or later.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>规则名称</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>发放渠道</source>
        <translation>Funding channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>资金来源</source>
        <translation>Funded by</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/allowance_rules.py" line="+41"/>
        <source>本乡镇（街道）已加入县里的同步：津贴规则由县里制定，随回执下发，这里不能修改。需要调整请联系县（区）民政局。</source>
        <translation>This township has joined the county&apos;s sync: the allowance rule is set by the county and arrives with its receipts, so it cannot be changed here. Ask the county civil affairs bureau to change it.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/training_cost.py" line="+47"/>
        <source>报销状态“{state}”不对，只能是：{states}。</source>
        <translation>Reimbursement state “{state}” is not valid; it can be: {states}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>培训费用</source>
        <translation>Training cost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>培训费用应大于 0 元。</source>
        <translation>A training cost must be more than 0 yuan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报销单位太长（最多 {n} 个字）。</source>
        <translation>Who pays is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>只有“已报销”的费用才有报销日期。</source>
        <translation>Only a reimbursed cost has a reimbursement date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报销日期 {day} 还没到。</source>
        <translation>The reimbursement date {day} is in the future.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/training_costs.py" line="+35"/>
        <source>这个人没有参加培训“{title}”的学时记录，不能记培训费用。请先记录参加培训。</source>
        <translation>This person has no record of attending “{title}”, so no training cost can be recorded. Record the attendance first.</translation>
    </message>
    <message>
        <location filename="../../swdesk/cli/account.py" line="+69"/>
        <source>没有给出新密码：请在终端里运行（会提示输入两次），或用环境变量 {env} 给出。</source>
        <translation>No new password given: run this in a terminal (it asks twice) or set {env}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>两次输入的密码不一样，没有改动。</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>这个数据文件设有账户：请用 --user 账户名 指定账户，密码在提示时输入，或用环境变量 {env} 给出。</source>
        <translation>This data file has accounts: name yours with --user NAME and type the password when asked, or set {env}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>没有密码：请在终端里运行（会提示输入密码），或用环境变量 {env} 给出。</source>
        <translation>No password: run this in a terminal (it asks for the password) or set {env}.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/accounts.py" line="+233"/>
        <source>恢复备份会替换整个数据文件，需要用“管理”角色的账户登录。没有做任何改动。</source>
        <translation>Restoring a backup replaces the whole data file and needs a login with an Administrator account. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/accounts.py" line="+87"/>
        <source>角色“{role}”不对，只能是：{roles}。</source>
        <translation>Role “{role}” is not right; use one of: {roles}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>账户名不能为空。</source>
        <translation>The account name cannot be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>账户名最多 {n} 个字。</source>
        <translation>An account name has at most {n} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>账户名里不能有控制字符或特殊空白。</source>
        <translation>An account name cannot contain control characters or special spaces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>密码至少 {n} 位。</source>
        <translation>A password needs at least {n} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>密码最多 {n} 位。</source>
        <translation>A password has at most {n} characters.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{what}需要“审核”或“管理”角色的账户。请由审核人用自己的账户登录后再操作。</source>
        <translation>{what} needs a Reviewer or Administrator account. Ask the reviewer to log in with their own account and do it.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/accounts.py" line="-175"/>
        <source>管理账户需要用“管理”角色的账户登录。</source>
        <translation>Managing accounts needs a login with an Administrator account.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>第一个账户必须是“管理”角色：先建管理账户，再建录入、审核账户。</source>
        <translation>The first account must be an Administrator: create it first, then the Data Entry and Reviewer accounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已经有名为“{name}”的账户。</source>
        <translation>There is already an account named “{name}”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>没有名为“{name}”的账户。</source>
        <translation>There is no account named “{name}”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{name}”是最后一个可用的管理账户，不能停用或改为其他角色：否则就没有人能管理账户了。请先另建一个管理账户。</source>
        <translation>“{name}” is the last enabled Administrator account and cannot be disabled or given another role: nobody could manage accounts any more. Create another Administrator account first.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>账户名或密码不对。</source>
        <translation>Wrong account name or password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>账户“{name}”已停用。请找管理员。</source>
        <translation>Account “{name}” is disabled. Ask your administrator.</translation>
    </message>
    <message>
        <location filename="../../swdesk/services/removable_copy.py" line="+38"/>
        <source>没有找到插入的U盘。请插入U盘后重试，或用 --out 指定备份的位置。</source>
        <translation>No USB stick is plugged in. Plug one in and try again, or give the backup&apos;s place with --out.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>还没有把备份另存到U盘过。备份都在数据文件旁边，电脑硬盘坏了会一起丢失：请插入U盘，把备份另存一份。</source>
        <translation>No backup has been copied to a USB stick yet. All backups sit beside the data file and would be lost with the disk: plug in a USB stick and copy a backup onto it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已经 {days} 天没有把备份另存到U盘了。请插入U盘，把备份另存一份。</source>
        <translation>No backup has been copied to a USB stick for {days} days. Plug one in and copy a backup onto it.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/integrity.py" line="+71"/>
        <source>数据文件 {path} 已损坏，为免损坏扩散，现在只能查看和导出，不能修改，也不能备份（本次没有做任何改动）。请从最新的完好备份恢复：swdesk restore {backup}（或在窗口中点“从备份恢复…”）；恢复前可先导出社工名册保存仍能读出的数据。</source>
        <translation>The data file {path} is damaged. So that the damage does not spread, it can only be viewed and exported now, not changed or backed up (nothing was changed). Restore the newest good backup: swdesk restore {backup} (or “Restore from backup…” in the window); before that you may export the roster to keep what is still readable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>数据文件 {path} 已损坏，为免损坏扩散，现在只能查看和导出，不能修改，也不能备份（本次没有做任何改动）。没有找到完好的备份：请先导出社工名册保存仍能读出的数据，再联系技术支持。</source>
        <translation>The data file {path} is damaged. So that the damage does not spread, it can only be viewed and exported now, not changed or backed up (nothing was changed). No good backup was found: export the roster to keep what is still readable, then contact support.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>数据文件 {path} 是只读的（文件或所在的文件夹不能写入，或U盘有写保护），现在只能查看和导出，本次没有做任何改动。请把数据文件复制到可以写入的位置，或去掉只读属性后再试。</source>
        <translation>The data file {path} is read-only (the file or its folder cannot be written, or the USB stick is write-protected): it can only be viewed and exported; nothing was changed. Copy the data file to a writable place, or clear the read-only setting, and try again.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/restore.py" line="+108"/>
        <source>不能用数据文件自己来恢复它。请选择 backups 文件夹中的一份备份。</source>
        <translation>A data file cannot be restored from itself. Choose a backup in the backups folder.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>恢复后的数据文件 {path} 检查没有通过（{problem}），磁盘可能有问题。请把数据文件放到另一个磁盘上，再恢复一次。</source>
        <translation>The restored data file {path} failed its check ({problem}); the disk may be faulty. Put the data file on another disk and restore again.</translation>
    </message>
    <message>
        <location filename="../../swdesk/services/allowance_statement.py" line="-52"/>
        <source>{year} 年还没有任何发放表，没有津贴明细可打印。请先在津贴发放页或用 swdesk allowance run 生成该年的发放表。</source>
        <translation>There is no payroll run in {year} yet, so there is no statement to print. Make the year&apos;s runs first on the Allowances page or with swdesk allowance run.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/text.py" line="+39"/>
        <source>制表符</source>
        <translation>a tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>换行</source>
        <translation>a line break</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{field}里有看不见的控制字符（{what}），可能是两个单元格的内容粘在了一起。请删除后重新填写。</source>
        <translation>{field} holds an invisible control character ({what}); two cells may have run together. Delete it and enter the value again.</translation>
    </message>
    <message>
        <location filename="../../swdesk/formats/xlsx_guard.py" line="+90"/>
        <source>不读取 {file}：{why}这超出了本程序读取表格的上限，可能是文件损坏或不是正常的名单。请在 Excel 或 WPS 中只把需要的数据复制到一个新表格，另存为 .xlsx 后再导入。</source>
        <translation>{file} was not read: {why} This is past what this program reads from a spreadsheet; the file may be damaged or not an ordinary list. In Excel or WPS, copy only the data you need into a new workbook, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>文件已损坏，无法读取 {file}：其中的表格数据不完整或格式错误。请在 Excel 或 WPS 中打开它，另存为新的 .xlsx 文件后再导入。</source>
        <translation>The file is damaged; {file} cannot be read: its sheet data is incomplete or malformed. Open it in Excel or WPS, save it as a new .xlsx file and import that.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>其中的 {part} 解压后是压缩时的 {ratio} 倍（上限 {limit} 倍）。</source>
        <translation>its part {part} grows {ratio} times when unpacked (the limit is {limit} times).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>解压后共 {size} MB（上限 {limit} MB）。</source>
        <translation>it unpacks to {size} MB (the limit is {limit} MB).</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>表格声明有 {rows} 行（上限 {limit} 行）。</source>
        <translation>the sheet declares {rows} rows (the limit is {limit}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>表格声明有 {columns} 列（上限 {limit} 列）。</source>
        <translation>the sheet declares {columns} columns (the limit is {limit}).</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+155"/>
        <source>表格超过 {limit} 行。</source>
        <translation>the sheet has more than {limit} rows.</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+156"/>
        <source>第 {row} 行超过 {limit} 列。</source>
        <translation>row {row} has more than {limit} columns.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/allowance_steps.py" line="+31"/>
        <source>发放日期 {day} 还没到（今天是 {today}）：请在发放之后登记实际发放的日期。</source>
        <translation>The paid date {day} has not come yet (today is {today}): record the day the money actually went out, after it went out.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>发放日期 {day} 早于发放表的审核日期 {approved}：审核通过后才能发放，请核对日期。</source>
        <translation>The paid date {day} is before the payroll was approved ({approved}): money is paid after approval; please check the date.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/payee.py" line="+51"/>
        <source>请填写账号。</source>
        <translation>Please fill in the account number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>账号“{account}”里有数字以外的字符：账号只能是数字。</source>
        <translation>The account “{account}” has characters other than digits: use digits only.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>银行卡号应是 {low} 到 {high} 位数字，“{account}”是 {count} 位，请对照卡面核对。</source>
        <translation>A bank card number has {low} to {high} digits; “{account}” has {count}. Please check it against the card.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>账号应是 {low} 到 {high} 位数字，“{account}”是 {count} 位，请核对。</source>
        <translation>An account number has {low} to {high} digits; “{account}” has {count}. Please check it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>银行卡号“{account}”的校验位不对，多半是抄错了一位或两位颠倒了，请对照卡面核对。少数老卡没有校验位：对照卡面确认无误的，可以选择不核对校验位再保存。</source>
        <translation>The check digit of bank card number “{account}” is wrong: most likely a digit was mistyped or two were swapped. Please check it against the card. A few old cards have no check digit: once checked against the card, save it without the check-digit test.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/payee_accounts.py" line="+47"/>
        <source>{name} 没有登记收款账号，不用删除。</source>
        <translation>{name} has no payee account to remove.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/xlsx_limits.py" line="+42"/>
        <source>电子表格的{field}应是 {least} 到 {most} 之间的整数，现在是“{value}”。</source>
        <translation>The spreadsheet limit “{field}” must be a whole number from {least} to {most}; it is “{value}”.</translation>
    </message>
    <message>
        <location filename="../../swdesk/cli/indicators.py" line="+55"/>
        <source>--target 应写成 指标=数值，如 total=300：“{item}”不对。</source>
        <translation>Write --target as KEY=NUMBER, such as total=300: “{item}” is not.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--preset 和 --load 只能选一个。</source>
        <translation>Use either --preset or --load, not both.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/indicators/definitions.py" line="+100"/>
        <source>{what}缺少“{key}”（文字）。</source>
        <translation>{what} lacks “{key}” (text).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}的筛选条件应是文字列表。</source>
        <translation>The filters of {what} should be a list of names.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what}应是一个对象，如 {{&quot;workers&quot;: [&quot;certified_in_post&quot;]}}。</source>
        <translation>{what} should be an object, such as {{&quot;workers&quot;: [&quot;certified_in_post&quot;]}}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what}：不能合计“{figure}”，可用：{names}。</source>
        <translation>{what}: “{figure}” cannot be summed; use one of: {names}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what}应只统计一种对象：{names}。</source>
        <translation>{what} should count exactly one of: {names}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{what}的目标值应是不小于 0 的数，或 null（未设目标）。</source>
        <translation>The target of {what} should be a number of at least 0, or null (no target).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>每个指标应是一个对象。</source>
        <translation>Each indicator should be an object.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标</source>
        <translation>An indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>指标“{key}”</source>
        <translation>Indicator “{key}”</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>{what}的 scope 应是 {names} 之一。</source>
        <translation>The scope of {what} should be one of {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}的 kind 应是 约束性 或 预期性。</source>
        <translation>The kind of {what} should be 约束性 or 预期性.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}的 op 应是 &gt;= 或 &lt;=。</source>
        <translation>The op of {what} should be &gt;= or &lt;=.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}有分母，单位应是 {names} 之一。</source>
        <translation>{what} has a denominator, so its unit should be one of {names}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what}是每个村（社区）的目标：应统计 workers 或 posts，且没有分母。</source>
        <translation>{what} is a target for each village or community: it should count workers or posts, with no denominator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}是每个村（社区）的目标，需要目标值。</source>
        <translation>{what} is a target for each village or community and needs a target value.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{what}没有指标（indicators 应是非空列表）。</source>
        <translation>{what} has no indicators (indicators should be a non-empty list).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>指标“{key}”出现了两次。</source>
        <translation>Indicator “{key}” appears twice.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>targets 应是“指标 → 目标值”的对象。</source>
        <translation>targets should be an object of indicator → target.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有指标“{key}”，不能设目标值。</source>
        <translation>There is no indicator “{key}” to set a target for.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>指标规则应是一个对象。</source>
        <translation>The indicator rules should be an object.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>指标规则缺少生效日期 valid_from（YYYY-MM-DD）。</source>
        <translation>The indicator rules lack the day they take effect, valid_from (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标规则</source>
        <translation>The indicator rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标规则“{name}”</source>
        <translation>Indicator rules “{name}”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>指标规则应有至少一个版本（versions）。</source>
        <translation>The indicator rules should have at least one version (versions).</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/indicators/engine.py" line="+382"/>
        <source>{what}：{counter} 没有筛选条件“{name}”，可用：{names}。</source>
        <translation>{what}: {counter} has no filter “{name}”; use one of: {names}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what}：筛选条件“{name}”需要写成“{name}:值”。</source>
        <translation>{what}: write the filter “{name}” as “{name}:value”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}：staffed 后应是人数，如 staffed:2（不写则按设置）。</source>
        <translation>{what}: staffed takes a number of people, such as staffed:2 (without one, the setting applies).</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>达到“每个 {target} {unit}”的村（社区）占比</source>
        <translation>Share of villages and communities with {target} {unit} each</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/indicators/results.py" line="+73"/>
        <source>还差 {n} 个专业岗位</source>
        <translation>{n} professional post(s) short</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还差 {n} 名持证社工</source>
        <translation>{n} certified social worker(s) short</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/indicator_rules.py" line="-39"/>
        <source>没有名为“{key}”的指标预设。</source>
        <translation>There is no indicator preset named “{key}”.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>本乡镇（街道）已加入县里的同步：指标规则由县里制定，随回执下发，这里不能修改。需要调整请联系县（区）民政局。</source>
        <translation>This township has joined the county&apos;s sync: the county sets the indicator rules and sends them with every receipt, so they cannot be changed here. Ask the county civil affairs bureau to change them.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>读不了文件 {path}：{why}</source>
        <translation>Cannot read {path}: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} 不是有效的 JSON（第 {line} 行）：{why}</source>
        <translation>{path} is not valid JSON (line {line}): {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} 应是一个对象，含 name 和 indicators。</source>
        <translation>{path} should be an object with name and indicators.</translation>
    </message>
    <message>
        <location filename="../../swdesk/cli/indicator_report.py" line="+37"/>
        <source>--year {year} 不对：应是 {first} 至 {now} 之间的年份。</source>
        <translation>--year {year} is not valid: give a year from {first} to {now}.</translation>
    </message>
    <message>
        <location filename="../../swdesk/services/indicator_report.py" line="+25"/>
        <source>统计表只能导出为 .xlsx 或 .pdf 文件，“{name}”不是。请换一个文件名。</source>
        <translation>The statistics form can only be written as an .xlsx or .pdf file, and “{name}” is neither. Choose another file name.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{year} 年还没有到，不能出统计表。</source>
        <translation>{year} has not begun yet, so there is no statistics form for it.</translation>
    </message>
    <message>
        <location filename="../../swdesk/cli/posts.py" line="-34"/>
        <source>请用 --unit 指定村（社区）或社工站，或用 --agency 指定机构，二者选一。</source>
        <translation>Give either --unit (a village, community or the station) or --agency (an agency), not both.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../swdesk/cli/stations.py" line="+52"/>
        <location filename="../../swdesk/store/posts.py" line="+37"/>
        <source>县级数据文件只能查看岗位和社工站，由各乡镇登记后同步上来；请在乡镇的数据文件里修改。</source>
        <translation>A county data file can only view posts and stations: the townships record them and sync brings them here. Make changes in the township&apos;s data file.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/workforce.py" line="+95"/>
        <source>户籍人口</source>
        <translation>Registered Population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>常住人口</source>
        <translation>Resident Population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>老年人数</source>
        <translation>Elderly Population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>供养老人数</source>
        <translation>Supported Elderly</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what}“{value}”不是日期，请按 2024-01-31 的格式填写。</source>
        <translation>{what} “{value}” is not a date. Write it as 2024-01-31.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>岗位性质“{kind}”不对，只能填 专职 或 兼职。</source>
        <translation>Post kind “{kind}” is not valid: use 专职 (full-time) or 兼职 (part-time).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>职务“{role}”不在可选范围内：{roles}。</source>
        <translation>Role “{role}” is not one of: {roles}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{item}”不是“六有”中的一项，请填：{items}。</source>
        <translation>“{item}” is not one of the six station standards. Use one of: {items}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{label}要填人数（整数）。</source>
        <translation>{label} must be a number of people (a whole number).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label}“{value}”不是整数，请填人数，例如 1200。</source>
        <translation>{label} “{value}” is not a whole number. Enter a number of people, e.g. 1200.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}不能是负数（填的是 {value}）。</source>
        <translation>{label} cannot be negative (you entered {value}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>设置“{what}”应是按起始日期排列的版本列表。</source>
        <translation>The setting “{what}” must be a list of versions, each with its start date.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>岗位数下限要填 0 或正整数（{kind}：{n}）。</source>
        <translation>The least number of posts must be 0 or a positive whole number ({kind}: {n}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>社工站专职人员下限要填 0 或正整数（{n}）。</source>
        <translation>The least number of full-time station staff must be 0 or a positive whole number ({n}).</translation>
    </message>
    <message>
        <location filename="../../swdesk/formats/village_figures_excel.py" line="+54"/>
        <source>表格里有代码列，但没有户籍人口、常住人口、老年人数、供养老人数中的任何一列。</source>
        <translation>The sheet has a code column but none of 户籍人口, 常住人口, 老年人数 or 供养老人数 (registered, resident, elderly, supported elderly).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>找不到“村（社区）代码”列：第一行（表头）里要有一列叫“村（社区）代码”或“区划代码”。</source>
        <translation>No village/community code column: the header row needs a column named “村（社区）代码” or “区划代码”.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/posts.py" line="+16"/>
        <source>单位代码“{code}”既不是本乡镇的代码（{unit}，即社工站），也不是已登记的村（社区）代码。</source>
        <translation>Unit code “{code}” is neither this township&apos;s code ({unit}, the station) nor a registered village or community code.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>机构名称</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>机构名称不能为空：请写上岗位所在机构的全称。</source>
        <translation>The agency name is empty: write the full name of the agency the post is at.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>找不到编号为“{id}”的岗位，请用 posts list 查看岗位编号。</source>
        <translation>No post has the id “{id}”. Run posts list to see the post ids.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>这个岗位已于 {day} 撤销。</source>
        <translation>This post was closed on {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这个岗位还有人在岗，请先办理离岗（腾空岗位）再撤销。</source>
        <translation>This post still has a holder. Record their leaving (vacate the post) before closing it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>撤销日期 {day} 早于设岗日期 {opened}。</source>
        <translation>The closing date {day} is before the post was opened ({opened}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>这个岗位已于 {day} 撤销，不能再安排人员。</source>
        <translation>This post was closed on {day}; nobody can be placed in it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>到岗日期 {day} 早于设岗日期 {opened}。</source>
        <translation>The start date {day} is before the post was opened ({opened}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>找不到这名社工的档案（可能已被删除），不能安排到岗位。</source>
        <translation>This worker&apos;s file cannot be found (it may have been deleted), so they cannot be placed in the post.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>这个岗位现在由 {holder} 担任（{since} 起），请先办理离岗。</source>
        <translation>{holder} holds this post (since {since}). Record their leaving first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} 已在 {unit} 的专业岗位上（{since} 起），一人只能担任一个专业岗位；请先办理离岗。</source>
        <translation>{name} already holds a professional post at {unit} (since {since}); a person holds one professional post at a time. Record their leaving first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>到岗日期 {day} 早于上一任的离岗日期 {end}，两段任职不能重叠。</source>
        <translation>The start date {day} is before the previous holder left ({end}); the two terms cannot overlap.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>这个岗位现在空缺，没有人可以离岗。</source>
        <translation>This post is vacant; there is nobody to leave it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>离岗日期 {day} 早于到岗日期 {since}。</source>
        <translation>The leaving date {day} is before the start date {since}.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/stations.py" line="+45"/>
        <source>乡镇代码“{code}”不是本数据文件的单位（{unit}）。</source>
        <translation>Township code “{code}” is not this data file&apos;s unit ({unit}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{unit}社会工作服务站</source>
        <translation>{unit} Social Work Station</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>社工站名称</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>社工站名称不能为空。</source>
        <translation>The station name cannot be empty.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>找不到站点所属的社工站。</source>
        <translation>The station this site belongs to cannot be found.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>村（社区）代码 {code} 还没有登记。</source>
        <translation>Village/community code {code} is not registered yet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>启用日期 {day} 在今天之后，请填已经启用的日期。</source>
        <translation>The opening date {day} is after today: enter the date the site opened.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>找不到这个社工站。</source>
        <translation>This station cannot be found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>完成日期 {day} 在今天之后，请填已经完成的日期。</source>
        <translation>The completion date {day} is after today. Enter the date it was done.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/village_figures.py" line="+54"/>
        <source>第 {n} 行：村（社区）代码“{code}”还没有登记。</source>
        <translation>Row {n}: village/community code “{code}” is not registered yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>第 {n} 行：{reason}</source>
        <translation>Row {n}: {reason}</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/worker_roles.py" line="+60"/>
        <source>这名社工已经担任“{role}”。</source>
        <translation>This worker already holds the role “{role}”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>这项职务已于 {day} 结束。</source>
        <translation>This role already ended on {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结束日期 {day} 早于担任日期 {since}。</source>
        <translation>The end date {day} is before the start date {since}.</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/indicators/staleness.py" line="+28"/>
        <source>乡镇数据过期天数应是 {least} 到 {most} 之间的整数，现在是“{value}”。</source>
        <translation>Days before a township&apos;s figures are stale should be a whole number from {least} to {most}, not “{value}”.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/disk_full.py" line="+45"/>
        <source>磁盘已满：数据文件 {path} 所在的磁盘空间不足，现在只能查看，不能保存（本次没有做任何改动）。请清理磁盘空间（删除不用的文件或清空回收站）后重新打开 swdesk。</source>
        <translation>The disk is full: the disk holding the data file {path} is out of space, so you can only look, not save (nothing was changed). Free some disk space (delete files you do not need or empty the recycle bin), then open swdesk again.</translation>
    </message>
    <message>
        <location filename="../../swdesk/cli/training.py" line="+110"/>
        <source>县里的数据文件汇总各乡镇报来的培训、签到和培训费用，不在县里登记这些记录。请在乡镇（街道）的数据文件里登记，再导出数据包报县；县里可用 training status 查看学时达标情况。</source>
        <translation>A county data file gathers the trainings, attendance and training costs the townships report; they are not entered at the county. Record them in the township&apos;s data file and send its package to the county; at the county, training status shows who meets the hours.</translation>
    </message>
    <message>
        <location filename="../../swdesk/store/departures.py" line="+45"/>
        <source>已同时腾出岗位：{posts}。</source>
        <translation> Post(s) vacated as well: {posts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已同时结束职务：{roles}。</source>
        <translation> Role(s) ended as well: {roles}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first}{rest}</source>
        <translation>{first}{rest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first}、{rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{name} 在 {unit} 的专业岗位是 {since} 到岗的，离岗或调动日期 {day} 不能早于它：请核对日期。</source>
        <translation>{name} took up the professional post at {unit} on {since}; the date of leaving or moving, {day}, cannot be earlier: please check the date.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} 的职务“{role}”是 {since} 开始担任的，离岗或调动日期 {day} 不能早于它：请核对日期。</source>
        <translation>{name} has held the role “{role}” since {since}; the date of leaving or moving, {day}, cannot be earlier: please check the date.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{unit}的{kind}岗位</source>
        <translation>the {kind} post at {unit}</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../swdesk/ui/accounts_tab.py" line="+113"/>
        <source>新建账户</source>
        <translation>New Account</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>改密码</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>两次输入的密码不一样。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="+8"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>账户名：</source>
        <translation>Account name:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>再输一次：</source>
        <translation>Repeat:</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../swdesk/ui/accounts_tab.py" line="-90"/>
        <source>账户名</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>可用</source>
        <translation>Enabled</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location line="+153"/>
        <location line="+10"/>
        <source>改角色</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{name} 的新角色：</source>
        <translation>New role of {name}:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>启用账户</source>
        <translation>Enable Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用账户</source>
        <translation>Disable Account</translation>
    </message>
    <message>
        <location filename="../../forms/accounts_tab.ui" line="+8"/>
        <source>设了账户后，打开 swdesk 和每条命令都要登录。第一个账户必须是“管理”角色。录入：录入数据；审核：还能审核通过发放表、登记考评表签字；管理：还能管理账户。</source>
        <translation>Once there are accounts, opening swdesk and every command needs a login. The first account must be an Administrator. Data Entry enters data; Reviewer may also approve payrolls and register signed appraisals; Administrator may also manage accounts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>新建账户…</source>
        <translation>New Account…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>改密码…</source>
        <translation>Change Password…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>改角色…</source>
        <translation>Change Role…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>停用/启用</source>
        <translation>Disable/Enable</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>无操作自动锁定：</source>
        <translation>Lock when idle for:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>导出和打印时显示完整身份证号的文件（其余只显示前 6 位和后 4 位；公示名单总是隐去）</source>
        <translation>Files that print whole ID numbers (the others show the first 6 and last 4 characters; the public notice list always hides them)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出记录（最近的在前）：</source>
        <translation>Export log (newest first):</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../swdesk/ui/allowance_dialogs.py" line="+69"/>
        <source>补发或扣回（记入 {month} 的发放表）</source>
        <translation>Back pay or deduction (in the payroll of {month})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>记入发放表</source>
        <translation>Add to payroll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>先在上面的名单里选中一个人。</source>
        <translation>Select a person in the list above first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{month} 已审核发放 {paid} 元</source>
        <translation>{month}: {paid} yuan paid by approved payrolls</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>，此前已补发或扣回 {adjusted} 元</source>
        <translation>, {adjusted} yuan corrected before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请先在名单里选中要补发或扣回的人。</source>
        <translation>Select the person to pay back or deduct from in the list first.</translation>
    </message>
    <message>
        <location filename="../../forms/allowance_adjust_dialog.ui" line="+17"/>
        <source>补发或扣回已审核月份的津贴，记入这张草稿发放表；已审核的发放表不改动。扣回写负数，最多扣回该月实际发放的金额。</source>
        <translation>Back pay or a deduction for an approved month, paid in this draft payroll; the approved payroll is not changed. A deduction is negative and takes back at most what was paid for that month.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>查找社工(&amp;F)：</source>
        <translation>&amp;Find worker:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>姓名、拼音或身份证号</source>
        <translation>Name, pinyin or ID number</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>更正的月份(&amp;M)：</source>
        <translation>&amp;Month corrected:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>金额(&amp;A)：</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>补发写正数，扣回写负数（如 -100）</source>
        <translation>Positive for back pay, negative for a deduction (e.g. -100)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>如：标准调整补差、离岗后多发</source>
        <translation>e.g. rate raised, difference paid; overpaid after leaving the post</translation>
    </message>
</context>
<context>
    <name>AllowanceHistory</name>
    <message>
        <location filename="../../swdesk/ui/allowance_history.py" line="+50"/>
        <source>奖励</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>补发</source>
        <translation>Back pay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>扣回</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>津贴</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标准（元/月）</source>
        <translation>Rate (yuan/month)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发放表状态</source>
        <translation>Run state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明（未发的原因）</source>
        <translation>Note (why nothing was paid)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（{days}）</source>
        <translation> ({days})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>发放表：{month}</source>
        <translation>Payroll run: {month}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>合计和打印的年份</source>
        <translation>The year to total and print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印津贴明细…</source>
        <translation>Print Statement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这一年每月的金额或未发原因、奖励和更正、合计（含大写）的 PDF，身份证号隐去中间位</source>
        <translation>A PDF of the year: each month&apos;s amount or why nothing, rewards and corrections, and the total in figures and words; the ID number masked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>保存档案后，这里列出此人每次发放表里的津贴、奖励和更正。</source>
        <translation>Once the file is saved, this lists the person&apos;s allowances, rewards and corrections on every payroll run.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>此人还没有进入任何发放表。</source>
        <translation>This person is not on any payroll run yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{year} 年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>待发奖励：{level} {amount} 元（下一次生成发放表草稿时计入）</source>
        <translation>Reward owed: {level} {amount} yuan (paid by the next draft run)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{year} 年合计 {amount} 元（已审核、已发放）</source>
        <translation>{year} total {amount} yuan (approved and paid runs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>；另有未审核 {amount} 元</source>
        <translation>; {amount} yuan more not yet approved</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>打印津贴明细</source>
        <translation>Print Statement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} {year} 年津贴明细.pdf</source>
        <translation>{name} allowance statement {year}.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已保存 {name} 的 {year} 年津贴明细：
{path}</source>
        <translation>Saved the {year} allowance statement of {name}:
{path}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>津贴记录(&amp;J)</source>
        <translation>Allowance &amp;Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（{n}）</source>
        <translation> ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · 待发奖励</source>
        <translation> · reward owed</translation>
    </message>
</context>
<context>
    <name>AllowanceModel</name>
    <message>
        <location filename="../../swdesk/ui/allowance_model.py" line="+36"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号（隐去中间位）</source>
        <translation>ID number (middle digits hidden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等级/项目</source>
        <translation>Level / item</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>标准（元/月）</source>
        <translation>Rate (yuan/month)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>说明（未发的原因）</source>
        <translation>Note (why nothing is paid)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>补发</source>
        <translation>Back pay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>扣回</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>奖励：{level}</source>
        <translation>Reward: {level}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{month}：{reason}</source>
        <translation>{month}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>第一个月</source>
        <translation>First month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发放日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已审核，已锁定：只能查看，更正在以后月份的发放表里补发或扣回</source>
        <translation>Approved and locked: read only; corrections go into a later payroll as back pay or deductions</translation>
    </message>
</context>
<context>
    <name>AllowancePage</name>
    <message>
        <location filename="../../swdesk/ui/allowance_page.py" line="+81"/>
        <source>这次一起发放的月数：按月发放为 1，按季度发放为 3</source>
        <translation>How many months this payroll pays: 1 when paid monthly, 3 when paid quarterly</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+220"/>
        <source>计算(&amp;C)</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>第一个月：</source>
        <translation>First month:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发放月数：</source>
        <translation>Months paid:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>每一张发放表；选中一张，下面显示它的每一行</source>
        <translation>Every payroll; select one to see its lines below</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>生成发放表草稿</source>
        <translation>Make the draft payroll</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>补发/扣回(&amp;J)…</source>
        <translation>Ad&amp;justment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收款账号(&amp;K)…</source>
        <translation>Pay&amp;ee account…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>公示(&amp;P)…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <source>输出公示名单 PDF（身份证号隐去中间位，不含账号），张贴公示</source>
        <translation>Write the public notice list as a PDF (ID numbers masked, no accounts) to post</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>审核通过(&amp;A)…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+174"/>
        <source>公示无异议后审核：发放表从此锁定</source>
        <translation>Approve once the notice period raised no objection: the payroll is then locked</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>登记已发放(&amp;D)…</source>
        <translation>Recor&amp;d as paid…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出发放表 Excel…</source>
        <translation>Export payroll Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出签领表 PDF…</source>
        <translation>Export signing sheet PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出银行代发表…</source>
        <translation>Export bank payment sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+186"/>
        <source>银行或社保卡代发用的 Excel 表，含完整身份证号和账号</source>
        <translation>The Excel sheet for payment by the bank or social security card, with full ID numbers and accounts</translation>
    </message>
    <message numerus="yes">
        <location line="-145"/>
        <source> 个月</source>
        <comment>suffix of a count of months</comment>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>还没有 {month} 起的发放表。选好第一个月和发放月数（按季度发放选 3 个月），点“生成发放表草稿”：按津贴规则、证书、登记、在岗和考评结果算出每人的金额，不发的写明原因。草稿可以反复重新计算，公示、审核后锁定。</source>
        <translation>No payroll starting {month} yet. Choose the first month and the number of months (3 when paid quarterly) and click “Make the draft payroll”: each person&apos;s amount is computed from the allowance rules, certificates, registrations, time in post and appraisal results, with the reason wherever nothing is paid. A draft can be recomputed as often as needed; it is locked once published and approved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>状态：尚未生成</source>
        <translation>State: not made yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>状态：{state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period}：{people}，合计 {amount} 元（{lines}）</source>
        <translation>{period}: {people}, {amount} yuan in total ({lines})</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>{month} 起的发放表草稿：{people}，合计 {amount} 元（{lines}）。</source>
        <translation>Draft payroll from {month}: {people}, {amount} yuan in total ({lines}).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>审核通过 {period} 的发放表（{people}，合计 {amount} 元）？

审核后发放表锁定：不能再重新计算或修改。以后发现的错误，只能在以后月份的发放表里补发或扣回。</source>
        <translation>Approve the payroll for {period} ({people}, {amount} yuan in total)?

Once approved the payroll is locked: it can no longer be recomputed or changed. Errors found later can only be corrected by a back payment or deduction in a later month&apos;s payroll.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>核对津贴标准…</source>
        <translation>Check allowance standards…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还没有保存过本地的津贴标准：先核对标准，再生成发放表</source>
        <translation>No local allowance standards saved yet: check them before making a payroll</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>打印签领表…</source>
        <translation>Print Signing Sheet…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>本站还没有保存过津贴标准（现用默认标准），请先点“核对津贴标准…”。</source>
        <translation> This station has not saved its allowance standards (the default ones are in use): click “Check allowance standards…” first.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{month} 起还没有发放表</source>
        <translation>No payroll from {month} yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period}：{people}，合计 {amount} 元</source>
        <translation>{period}: {people}, total {amount} yuan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>重新计算(&amp;C)</source>
        <translation>Re&amp;compute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>这张发放表已{state}，已锁定：不能重新计算或修改。更正请在以后月份的草稿发放表里补发或扣回。</source>
        <translation>This payroll is {state} and locked: it cannot be computed again or changed. Correct it with back pay or a deduction in a later month&apos;s draft payroll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有这个月起的发放表：先计算生成草稿</source>
        <translation>No payroll starts in this month yet: compute a draft first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有草稿发放表能记入补发或扣回；请选中或生成以后月份的草稿</source>
        <translation>Back pay and deductions go into a draft payroll only; select or make a later month&apos;s draft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按津贴规则计算这张发放表的草稿；草稿可以反复重新计算</source>
        <translation>Compute this payroll&apos;s draft by the allowance rules; a draft can be computed again as often as needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已公示的发放表不再重新计算</source>
        <translation>A published payroll is not computed again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已审核的发放表不用再公示</source>
        <translation>An approved payroll needs no further notice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>先公示，公示无异议后才能审核</source>
        <translation>Publish first; approve once the notice period passed without objection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这张发放表已审核</source>
        <translation>This payroll is approved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记实际发放的日期（不早于审核日，不晚于今天）</source>
        <translation>Record the day the money went out (not before the approval, not after today)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已登记发放：{day}</source>
        <translation>Recorded as paid on {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>审核通过以后才能登记发放</source>
        <translation>A payroll can be recorded as paid once it is approved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>发放表 Excel：身份证号为文本，合计为公式，可直接打印</source>
        <translation>The payroll in Excel: ID numbers as text, totals as formulas, ready to print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 签领表 PDF：每人一行，留签名栏，合计含大写金额</source>
        <translation>The A4 signing sheet as a PDF: a line and a signature box per person, totals also in Chinese capital numerals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先看到签领表的每一页，再打印或保存为 PDF</source>
        <translation>See every page of the signing sheet, then print it or save it as a PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>给已审核月份补发（正数）或扣回（负数），记入这张草稿发放表</source>
        <translation>Back pay (positive) or a deduction (negative) for an approved month, paid in this draft payroll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>登记或更换选中这一行的人的收款账号（社保卡或银行卡）</source>
        <translation>Set or change the payee account (social security card or bank card) of the person on the selected line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先在发放表里选中一个人</source>
        <translation>Select a person in the payroll first</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>津贴发放</source>
        <translation>Allowance payroll</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>计算发放表</source>
        <translation>Computing the payroll</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>保存公示名单</source>
        <translation>Save the public notice list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month} 津贴公示名单.pdf</source>
        <translation>{month} allowance notice.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+161"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>已公示 {month} 的发放表。公示名单（身份证号隐去中间位）保存在：
{path}

可以点页面下方的“打开”查看并打印。</source>
        <translation>The payroll of {month} is published. The notice list (ID numbers masked) was saved to:
{path}

Click “Open” at the bottom of the page to view and print it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>审核通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>已审核：{month} 的发放表已锁定。</source>
        <translation>Approved: the {month} payroll is locked.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已登记发放：{month}，{day}。</source>
        <translation>Recorded as paid: {month}, on {day}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>补发</source>
        <translation>back pay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>扣回</source>
        <translation>deduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已记入 {month} 的发放表：{who}{month_for} {word} {amount} 元。</source>
        <translation>Added to the payroll of {month}: {who}, {month_for} {word} {amount} yuan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>用系统的 PDF 阅读器打开：{path}</source>
        <translation>Open in the system&apos;s PDF reader: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>找不到 {path}：文件可能已被移动或删除。</source>
        <translation>{path} cannot be found: the file may have been moved or deleted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>没能打开 {path}：这台电脑可能没有装 PDF 阅读器。文件在这个位置。</source>
        <translation>Could not open {path}: this computer may have no PDF reader. The file is there.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>发放表</source>
        <translation>payroll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>银行代发表</source>
        <translation>bank payment sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>签领表</source>
        <translation>signing sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印{what}</source>
        <translation>Print {what}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>导出{what}</source>
        <translation>Export {what}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已导出{what}：
{path}</source>
        <translation>Exported the {what}:
{path}</translation>
    </message>
</context>
<context>
    <name>AllowanceRulesTab</name>
    <message>
        <location filename="../../swdesk/ui/allowance_rules_tab.py" line="+222"/>
        <source>尚未选定本地规则，暂按默认预设“{name}”计算；保存后以填写的内容为第一个版本。</source>
        <translation>No local rule chosen yet: the default preset “{name}” is used for now. Saving makes what you entered the first version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不限岗位</source>
        <translation>Any post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记有效</source>
        <translation>Registration valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>上年考评不合格不发</source>
        <translation>Not paid after a failed appraisal last year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续教育达标</source>
        <translation>Continuing education met</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>填写有误，暂不能预览。</source>
        <translation>Something entered is wrong; no preview yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在计算 {month} 的变化……</source>
        <translation>Working out the change for {month}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{month}：按已保存的规则 {people0} 人、{amount0} 元；按修改后的规则 {people1} 人、{amount1} 元；变化 {dp:+d} 人、{da} 元。</source>
        <translation>{month}: saved rule {people0} people, {amount0} yuan; edited rule {people1} people, {amount1} yuan; change {dp:+d} people, {da} yuan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>预览没有算出来：{reason}</source>
        <translation>The preview could not be worked out: {reason}</translation>
    </message>
    <message>
        <location filename="../../forms/allowance_rules_tab.ui" line="+8"/>
        <source>本乡镇（街道）已加入县里的同步：津贴规则由县里制定，随回执下发，这里只能查看。</source>
        <translation>This township has joined the county&apos;s sync: the allowance rule is set by the county and arrives with its receipts; here it can only be viewed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>规则预设：</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>载入预设</source>
        <translation>Load Preset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用预设的金额和条件填写下面各项（保存前不会改动已保存的规则）</source>
        <translation>Fill the fields below from the preset (the saved rule changes only when you save)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>规则名称：</source>
        <translation>Rule name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>发放渠道：</source>
        <translation>Funding channel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>印在发放表上，如：参照村（社区）干部误工补贴发放</source>
        <translation>Printed on the payroll, e.g. paid like the village cadres&apos; allowance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>资金来源：</source>
        <translation>Funded by:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>如：街镇财力解决</source>
        <translation>e.g. the township&apos;s own budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本版本起始月份：</source>
        <translation>This version from:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>从这个月起按本版本计算；更早的月份仍按原来的版本，不会被改写</source>
        <translation>Months from this one are paid by this version; earlier months keep their version and are never rewritten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>从何时起发：</source>
        <translation>Paid from:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>不足整月：</source>
        <translation>Part months:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>各等级金额（元，空着表示该等级不发；奖励为首次取得该等级时的一次性奖励，空着表示不设）：</source>
        <translation>Amounts per level (yuan; empty: the level is not paid. The reward is paid once when a level is first obtained; empty: none):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每月金额（元）</source>
        <translation>Monthly (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一次性奖励（元）</source>
        <translation>One-off reward (yuan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>发放对象（只发在岗人员，持有上表中有金额的等级证书）</source>
        <translation>Who is paid (people in post holding a level with an amount above)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>岗位类型（都不勾选表示不限岗位）：</source>
        <translation>Post types (none ticked: any post):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>当月证书登记有效</source>
        <translation>Certificate registered in the month</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>上一年度考评不合格的不发</source>
        <translation>Not paid after a failed appraisal the year before</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>上一个已结束登记期的继续教育学时达标</source>
        <translation>Continuing education met in the last completed registration period</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>考试费用报销</source>
        <translation>Exam Fee Reimbursement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报销范围：</source>
        <translation>Who is reimbursed:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>由谁报销：</source>
        <translation>Paid by:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>如：所在村（社区）或用人单位</source>
        <translation>e.g. the village (community) or the employer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已保存的版本（保存时新增一个版本，已有版本不会被改写）：</source>
        <translation>Saved versions (saving adds a version; existing ones are never rewritten):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>起始月份</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每月金额</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一次性奖励</source>
        <translation>One-off reward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>保存为新版本</source>
        <translation>Save as New Version</translation>
    </message>
</context>
<context>
    <name>AppraisalGridModel</name>
    <message>
        <location filename="../../swdesk/ui/appraisal_model.py" line="+46"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <location filename="../../swdesk/ui/appraisal_page.py" line="+65"/>
        <source>新建考评(&amp;N)…</source>
        <translation>&amp;New Round…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>加入新人员(&amp;J)…</source>
        <translation>Add &amp;Joiners…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把建立考评后入职或新符合条件的人员加入本年度考评，已有的考评表不会改动</source>
        <translation>Add people hired or newly eligible since the round was made; existing sheets are not changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除本年度考评…</source>
        <translation>Delete This Round…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>建错了年度或考评表时删除整个年度的考评（只在全部还是草稿时）</source>
        <translation>Delete the whole round when it was made for the wrong year or with the wrong templates (only while every sheet is a draft)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查对校验码…</source>
        <translation>Check a Paper…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>输入打印件页脚的记录校验码（或用扫码枪扫二维码），找到对应记录并核对是否改动过</source>
        <translation>Type the record code from a printed sheet&apos;s footer (or scan its QR code) to find the record and see whether it changed since printing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>考评表模板…</source>
        <translation>Appraisal Templates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等次规则…</source>
        <translation>Grade Rules…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>考评表：</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>定稿(&amp;F)</source>
        <translation>&amp;Finalize</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+442"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>全部定稿</source>
        <translation>Finalize All</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>登记签字(&amp;S)…</source>
        <translation>Record &amp;Signature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附扫描件…</source>
        <translation>Attach Scan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+496"/>
        <source>查看扫描件</source>
        <translation>View Scan</translation>
    </message>
    <message>
        <location line="-495"/>
        <source>退回(&amp;R)…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印本人(&amp;P)…</source>
        <translation>&amp;Print This Sheet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预览并打印选中的人的考评表</source>
        <translation>Preview and print the selected person&apos;s sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印全部…</source>
        <translation>Print All Sheets…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预览并打印上方所选考评表的全部人员</source>
        <translation>Preview and print everyone on the template selected above</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本人的考评表…</source>
        <translation>This person&apos;s sheet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所选考评表的全部人员…</source>
        <translation>Everyone on the selected template…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+153"/>
        <source>本项评语：</source>
        <translation>Comment on this item:</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存评语(&amp;C)</source>
        <translation>Save &amp;Comments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>评语</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>总体评语：</source>
        <translation>Overall comment:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当年处分：</source>
        <translation>Disciplinary action this year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>考评人：</source>
        <translation>Appraiser:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>还没有考评。请先点“新建考评…”，选年度，按人员类别建立考评表；然后在表格里逐人打分，定稿后打印签字。</source>
        <translation>No appraisal yet. First click “New appraisal…”, pick the year and create the sheets for each kind of worker; then score each person in the grid, finalize, print and sign.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>新建考评…</source>
        <translation>New appraisal…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{year} 年度</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}（{n} 人）</source>
        <translation>{name} ({n} people)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>共 {n} 人：草稿 {d}，已定稿 {f}，已签字 {s}</source>
        <translation>{n} people: {d} draft, {f} finalized, {s} signed</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>还没有考评</source>
        <translation>No appraisal yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{year} 年度：{todo}待考评，共 {n} 人</source>
        <translation>{year}: {todo} to appraise, {n} in all</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“{item}”评语：</source>
        <translation>Comment on “{item}”:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}：已得 {partial} 分，还有 {n} 项未打分</source>
        <translation>{name}: {partial} points so far, {n} items not scored yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}：总分 {total}，等次 {grade}（{state}）</source>
        <translation>{name}: total {total}, grade {grade} ({state})</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>保存评语</source>
        <translation>Save Comments</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>评语已保存。</source>
        <translation>Comments saved.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>已加入 {n} 人。</source>
        <translation>{n} added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有需要加入的人员，已有考评表未改动。</source>
        <translation>Nobody to add; existing sheets unchanged.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>删除本年度考评</source>
        <translation>Delete This Round</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>删除 {year} 年度的全部考评（已打的分和评语一并删除）。请写明理由：</source>
        <translation>Delete the whole {year} round (scores and comments entered go with it). Reason:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已删除 {year} 年度考评（{n} 份草稿），理由已记入修改记录。</source>
        <translation>The {year} round ({n} drafts) was deleted; the reason is in the change history.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>查对校验码</source>
        <translation>Check a Paper</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打印件页脚的记录校验码（如 FB97-97B7-B016），或扫描二维码：</source>
        <translation>Record code from the sheet&apos;s footer (e.g. FB97-97B7-B016), or scan the QR code:</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+8"/>
        <source>定稿</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>定稿后 {name} 的考评表不能再改分数和评语，只能打印签字或退回。要定稿吗？</source>
        <translation>Once finalized, the scores and comments of {name}&apos;s sheet can no longer be changed; it can only be printed and signed, or returned. Finalize it?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已定稿，可以打印签字。</source>
        <translation>Finalized: ready to print and sign.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{year} 年度所有打完分的草稿都将定稿（所有考评表，不只是上方所选的），定稿后不能再改分数和评语。要全部定稿吗？</source>
        <translation>Every fully scored draft of {year} will be finalized (on every template, not only the one selected above); their scores and comments can then no longer be changed. Finalize them all?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已定稿 {n} 份。</source>
        <translation>{n} sheets finalized.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还有 {n} 人没有打完分：{names}</source>
        <translation> {n} people are not fully scored yet: {names}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>扫描件或照片 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</source>
        <translation>Scans or photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>附扫描件</source>
        <translation>Attach Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择签字后考评表的扫描件或照片</source>
        <translation>Choose a scan or photo of the signed sheet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>扫描件已附上。</source>
        <translation>Scan attached.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>这份考评表没有附扫描件。</source>
        <translation>No scan is attached to this sheet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>登记签字</source>
        <translation>Record Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择签字后考评表的扫描件或照片（可不选）</source>
        <translation>Choose a scan or photo of the signed sheet (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不附扫描件，直接登记为已签字吗？以后仍可补上扫描件。</source>
        <translation>Record as signed without a scan? You can attach the scan later.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已登记签字，考评表已锁定。</source>
        <translation>Signature recorded; the appraisal is now locked.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>退回考评表</source>
        <translation>Reopen Appraisal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>退回 {name} 的考评表（{state}）的理由：</source>
        <translation>Reason for reopening {name}&apos;s appraisal ({state}):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已退回草稿，理由已记入修改记录。修改后需重新定稿、打印、签字。</source>
        <translation>Reopened as a draft; the reason is in the change history. After editing, finalize, print and sign it again.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>全部</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打印考评表</source>
        <translation>Print Appraisal Sheets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{year}年度绩效考评表 — {who}</source>
        <translation>{year} performance appraisal sheets — {who}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>保存考评表 PDF</source>
        <translation>Save appraisal sheets as PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year}年度绩效考评表_{who}.pdf</source>
        <translation>appraisal-sheets-{year}_{who}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>正在生成考评表……</source>
        <translation>Creating the appraisal sheets…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>有 {n} 份还是草稿，每页都印有“草稿 — 不能签字”，请定稿后再打印签字。</source>
        <translation>{n} sheets are still drafts; every page of them is marked “draft — do not sign”. Finalize them before printing them for signature.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>导出考评结果</source>
        <translation>Export Appraisal Results</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{year}年度绩效考评结果.xlsx</source>
        <translation>appraisal-results-{year}.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导出 {n} 份考评结果到：
{path}</source>
        <translation>Exported {n} appraisal results to:
{path}</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../swdesk/ui/attendance_dialog.py" line="+66"/>
        <source>记录签到：{title}</source>
        <translation>Record Attendance: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>《{title}》 {dates}，{hours} 学时。已记录 {n} 人。</source>
        <translation>“{title}” {dates}, {hours} hours. {n} already recorded.</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="+39"/>
        <source>输入或扫描身份证号，按回车加入名单</source>
        <translation>Type or scan an ID number, press Enter to add</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>加入</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>身份证号：</source>
        <translation>ID Number:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>按姓名、拼音（如 zs）查找</source>
        <translation>Find by name or pinyin (e.g. zs)</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/attendance_dialog.py" line="+19"/>
        <source>全部村（社区）</source>
        <translation>All villages/communities</translation>
    </message>
    <message>
        <location filename="../../forms/attendance_dialog.ui" line="+19"/>
        <location line="+51"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+51"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+51"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>加入所选 →</source>
        <translation>Add Selected →</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>按姓名查找（可多选）</source>
        <translation>Find by Name (multiple selection)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>移出名单</source>
        <translation>Remove from List</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>本次签到名单</source>
        <translation>Attendance List</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>保存签到</source>
        <translation>Save Attendance</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>学时默认为培训学时，部分参加的可改少。保存时整份名单一起保存。</source>
        <translation>Hours default to the training&apos;s; lower them for partial attendance. The whole list is saved at once.</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/attendance_dialog.py" line="+72"/>
        <source>{name}（{id_number}）</source>
        <translation>{name} ({id_number})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{who} 的档案已删除，不能记学时。如需记录，请先在社工档案中恢复。</source>
        <translation>The file of {who} is deleted: no hours can be recorded. Restore it in Worker Files first if needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} 已经记过这次培训，不用重复记。</source>
        <translation>{who} is already recorded for this training.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} 已在名单第 {row} 行。</source>
        <translation>{who} is already on the list (row {row}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>身份证号“{text}”不对：{reason}</source>
        <translation>ID number “{text}” is wrong: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>身份证号 {id_number} 没有档案。请核对号码，或先在社工档案中建档。</source>
        <translation>No worker file has ID number {id_number}. Check the number, or create the file in Worker Files first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已加入：{who}。名单共 {n} 人。</source>
        <translation>Added: {who}. {n} on the list.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>输入姓名或拼音查找，或选一个村（社区）列出其社工。</source>
        <translation>Type a name or pinyin, or choose a village/community to list its workers.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已经记过这次培训</source>
        <translation>Already recorded for this training</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>找到 {n} 人，只列出前 {limit} 人。请多输入几个字。</source>
        <translation>{n} found; only the first {limit} are listed. Type a little more.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有找到。可以换个写法，或用身份证号加入。</source>
        <translation>Nobody found. Try another spelling, or add by ID number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>找到 {n} 人。可按住 Ctrl 或 Shift 多选，再点“加入所选”。</source>
        <translation>{n} found. Hold Ctrl or Shift to select several, then click “Add Selected”.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>加入 {n} 人。未加入：{why}</source>
        <translation>Added {n}. Not added: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已加入 {n} 人。名单共 {total} 人。</source>
        <translation>Added {n}. {total} on the list.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> 学时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>名单共 {n} 人</source>
        <translation>{n} on the list</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+6"/>
        <source>签到没有保存</source>
        <translation>Attendance Not Saved</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>名单里有以下问题，整份名单都没有保存。改正后再点“保存签到”。</source>
        <translation>The list has the problems below, so none of it was saved. Correct them and click “Save Attendance” again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>放弃签到名单</source>
        <translation>Discard Attendance List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名单里有 {n} 人还没有保存，确定放弃吗？</source>
        <translation>{n} people on the list are not saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>CESettingsTab</name>
    <message>
        <location filename="../../swdesk/ui/ce_settings_tab.py" line="+50"/>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>套用预设</source>
        <translation>Apply Preset</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> 学时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按学时折算（学时 ÷ 每天学时）</source>
        <translation>From hours (hours ÷ hours per day)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按培训日期（开始到结束日期的天数）</source>
        <translation>From dates (days from start to end date)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按培训日期：一天的培训无论几个学时都算 1 天；没有开始日期的记录和折算项仍按学时 ÷ 每天学时</source>
        <translation>From dates: a one-day training counts 1 day whatever its hours; records without a start date and conversions still count hours ÷ hours per day</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>不要求</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记期开始这么多天后，才按进度判断“有风险”（期初人人都是 0 学时）</source>
        <translation>Days into a period before the pace rule can mark someone “at risk” (everyone starts a period with 0 hours)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>类型代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>折算学时</source>
        <translation>Credit (hours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>只算一次</source>
        <translation>Once Only</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>添加折算项</source>
        <translation>Add Fixed Credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除折算项</source>
        <translation>Remove Fixed Credit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>规则预设：</source>
        <translation>Rule preset:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计量单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>天数计算：</source>
        <translation>Count days:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每天折合：</source>
        <translation>One day counts:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{level}要求：</source>
        <translation>{level} requirement:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记有效期：</source>
        <translation>Registration period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再登记提前：</source>
        <translation>Re-registration opens before end:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进度检查起始：</source>
        <translation>Pace check starts after:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>折算项：不按实际学时、按固定学时计算的项目，如取得社会工作专业学历（90 学时，只算一次）、发表论文。修改规则不会改动已经记入的学时。</source>
        <translation>Fixed credits count a set number of hours instead of real ones, e.g. a social-work degree (90 hours, once) or a published paper. Changing the rules never rewrites hours already credited.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>折算项：</source>
        <translation>Fixed credits:</translation>
    </message>
</context>
<context>
    <name>CEStatus</name>
    <message>
        <location filename="../../swdesk/ui/ce_labels.py" line="+53"/>
        <location filename="../../swdesk/ui/compliance_view.py" line="+343"/>
        <source>上期{status}</source>
        <translation>{status} (last period)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本期{status}</source>
        <translation>{status} (this period)</translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <location filename="../../swdesk/ui/exam_candidates.py" line="+33"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可报级别</source>
        <translation>Next Level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>判断</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>符合</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待核实</source>
        <translation>To Check</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>从事社会工作起始</source>
        <translation>Social Work Since</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+56"/>
        <source>给所选的人报名</source>
        <translation>Register Selected</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>只显示确定符合的</source>
        <translation>Only Clearly Eligible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>在岗、按报考条件看起来符合、但本年度还没有报名的社工。工作年限计算到考试当年12月31日；“待核实”的人请补填学历或从事社会工作起始时间（双击修改）。</source>
        <translation>Workers in post who look eligible but have not registered this year. Experience counts to 31 December of the exam year; for those marked To Check, fill in the education or the start of social work (double-click to edit).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>符合条件未报名</source>
        <translation>Eligible, Not Registered</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>请先在列表里选择要报名的人。</source>
        <translation>Select the people to register in the list first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{level} {n} 人</source>
        <translation>{level}: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>给所选的 {n} 人报名 {year} 年考试（{levels}）吗？</source>
        <translation>Register the {n} selected people for the {year} exam ({levels})?</translation>
    </message>
</context>
<context>
    <name>CertificatesEditor</name>
    <message>
        <location filename="../../swdesk/ui/certificates_table.py" line="+73"/>
        <source>未填</source>
        <translation>Not Given</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按 Delete 键清空日期</source>
        <translation>Press Delete to clear the date</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>证书上的编号</source>
        <translation>Number on the certificate</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>当前等级：%1</source>
        <translation>Current level: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>当前等级：无证书</source>
        <translation>Current level: no certificate</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>第 %1 行：</source>
        <translation>Row %1: </translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../swdesk/ui/compliance_view.py" line="-280"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书等级</source>
        <translation>Certificate Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记期</source>
        <translation>Registration Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已获得</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还差</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期进度</source>
        <translation>This period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上期欠缺</source>
        <translation>Owed from last period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>剩余天数</source>
        <translation>Days Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇（街道）</source>
        <translation>Township (Subdistrict)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>上一登记期还差 {n} {unit}</source>
        <translation>Previous period short by {n} {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有已登记的证书</source>
        <translation>No registered certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>该等级无学时要求</source>
        <translation>No requirement at this level</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已进入再登记期</source>
        <translation>Re-registration window open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已登记更高等级证书</source>
        <translation>Higher certificate registered</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{column}（{unit}）</source>
        <translation>{column} ({unit})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+146"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+147"/>
        <source>差 {n}</source>
        <translation>{n} short</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <location line="-92"/>
        <source>搜索：姓名、拼音、身份证号</source>
        <translation>Search: name, pinyin, ID number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>需要关注（未达标、有风险）</source>
        <translation>Needs attention (overdue, at risk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按乡镇（街道）筛选</source>
        <translation>Filter by township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部乡镇（街道）</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>按这一天计算每人的登记期和学时</source>
        <translation>Work out everyone&apos;s period and hours as of this date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>显示全部人员</source>
        <translation>Show Everyone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印本村学时证明…</source>
        <translation>Print Village Transcripts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先在上面选一个村（社区）</source>
        <translation>Choose a village/community above first</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>统计日期：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>全部村（社区）</source>
        <translation>All villages/communities</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{state} {n} 人</source>
        <translation>{state} {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>显示 {shown} 人（共 {total} 人）：{parts}</source>
        <translation>Showing {shown} of {total}: {parts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>搜索“{text}”</source>
        <translation>search “{text}”</translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <location filename="../../swdesk/ui/training_costs_dialog.py" line="+33"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>费用（元）</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>由谁报销</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报销状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报销日期</source>
        <translation>Reimbursed on</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../swdesk/ui/counts.py" line="+19"/>
        <source>{n} 人</source>
        <comment>count of people</comment>
        <translation>
            <numerusform>{n} person</numerusform>
            <numerusform>{n} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{n} 天</source>
        <comment>count of days</comment>
        <translation>
            <numerusform>{n} day</numerusform>
            <numerusform>{n} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{n} 行</source>
        <comment>count of lines</comment>
        <translation>
            <numerusform>{n} line</numerusform>
            <numerusform>{n} lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountyRecordsPage</name>
    <message>
        <location filename="../../swdesk/ui/county_records_page.py" line="+52"/>
        <source>县里查看各乡镇报来的数据（只读）。需要更正时，请乡镇修改后重新导出数据包。</source>
        <translation>What the townships sent, read-only. To correct something, the township changes it and exports a new package.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇（街道）：</source>
        <translation>Township:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{year} 年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>还没有收到任何乡镇的数据。乡镇导出数据包、在“数据同步”页导入后会显示在这里。</source>
        <translation>Nothing received from any township yet. Once a township exports a package and it is imported on the Sync page, it shows here.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待定</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{total:g} 元（已报销 {paid:g}）</source>
        <translation>{total:g} yuan ({paid:g} reimbursed)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+76"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+77"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+79"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+83"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>成绩</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>费用</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{towns} 个乡镇，报名 {n} 人：合格 {passed}，不合格 {failed}，待定 {open}；费用合计 {total:g} 元</source>
        <translation>{towns} townships, {n} registered: {passed} passed, {failed} failed, {open} pending; fees {total:g} yuan in all</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>考评表</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>签字扫描件</source>
        <translation>Signed scan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{towns} 个乡镇，考评 {n} 人：草稿 {draft}，已定稿 {final}，已签字 {signed}</source>
        <translation>{towns} townships, {n} appraised: {draft} draft, {final} finalized, {signed} signed</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>选中一行查看各项得分和评语。</source>
        <translation>Select a row to see the item scores and comments.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>总体评语：{text}</source>
        <translation>Overall comment: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>当年处分：{text}</source>
        <translation>Disciplinary record this year: {text}</translation>
    </message>
</context>
<context>
    <name>CountySyncPage</name>
    <message>
        <location filename="../../swdesk/ui/sync_county.py" line="+69"/>
        <location line="+27"/>
        <source>导入数据包…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+25"/>
        <source>为乡镇生成登记文件…</source>
        <translation>Enrollment file for a township…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>给选中的乡镇生成回执…</source>
        <translation>Receipt for the selected township…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份县级密钥…</source>
        <translation>Back up the county keys…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从备份恢复县级密钥…</source>
        <translation>Restore the county keys from a backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>解锁县级密钥…</source>
        <translation>Unlock County Keys…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>忘记已保存的口令</source>
        <translation>Forget Saved Passphrase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>也可以把数据包文件直接拖到这里。合并后的社工名单在“社工档案”里查看和搜索。</source>
        <translation>You can also drop package files here. The merged list of workers is on the Worker files page, with the same search.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>还没有乡镇的数据。第一步：点“为乡镇生成登记文件…”，把登记文件交给乡镇；乡镇加入后导出数据包，再点“导入数据包…”把它导入。</source>
        <translation>No township data yet. First click “Enrollment file for a township…” and give the file to the township; once it has joined and exported a package, click “Import packages…” to import it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>最近序号</source>
        <translation>Last no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近导入</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待处理冲突</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>冲突（县里和乡镇都改过的记录，或两个乡镇都报了同一个人）</source>
        <translation>Conflicts (records changed both here and by a township, or one person reported by two townships)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数据包</source>
        <translation>Package</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>栏目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>县里现在的</source>
        <translation>County&apos;s value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>乡镇送来的</source>
        <translation>Township&apos;s value</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>保留县里的</source>
        <translation>Keep the county&apos;s</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+125"/>
        <source>采用乡镇的</source>
        <translation>Take the township&apos;s</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>设置县级密钥口令…</source>
        <translation>Set County Key Passphrase…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>县级密钥还没有解锁：导入数据包、生成回执和备份密钥都要用它。请点“解锁县级密钥…”并输入密钥口令。</source>
        <translation>The county keys are not unlocked yet: importing packages, writing receipts and backing up the keys all need them. Click “Unlock County Keys…” and enter the key passphrase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>县级密钥还没有用口令加密保存。请点“设置县级密钥口令…”设一个口令。</source>
        <translation>The county keys are not yet kept encrypted under a passphrase. Click “Set County Key Passphrase…” to set one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>县级密钥还没有备份：电脑损坏或重装后将无法解开乡镇的数据包。请点“备份县级密钥…”。</source>
        <translation>The county keys are not backed up: if this computer fails or is reinstalled, townships&apos; packages can no longer be opened. Click “Back up the county keys…”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>一致</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不一致</source>
        <translation>Differs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>两个乡镇都报了此人</source>
        <translation>Reported by two townships</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>第 {n} 号</source>
        <translation>No. {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{towns} 个乡镇，{missing} 个数据包待导入，{open} 条冲突待处理</source>
        <translation>{towns} townships, {missing} packages to import, {open} conflicts to resolve</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>此人仍归原乡镇</source>
        <translation>Stays with the original township</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确认此人已调到该乡镇</source>
        <translation>Confirm the move to this township</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>冲突已处理。</source>
        <translation>Conflict resolved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>处理冲突</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已忘记保存在本机的县级密钥口令。下次启动时会再询问口令。</source>
        <translation>The county key passphrase saved on this computer is forgotten. It will be asked at the next start.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>县级密钥已打开，可以导入数据包和生成回执了。</source>
        <translation>The county keys are unlocked: packages can be imported and receipts written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>选择乡镇的数据包（可多选）</source>
        <translation>Choose townships&apos; packages (several allowed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>同步文件 ({pattern})</source>
        <translation>Sync files ({pattern})</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>正在检查数据包</source>
        <translation>Checking the packages</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在导入数据包</source>
        <translation>Importing the packages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入完成：{ok} 个接收，{bad} 个拒收。</source>
        <translation>Import finished: {ok} accepted, {bad} refused.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>保存登记文件</source>
        <translation>Save enrollment file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成登记文件</source>
        <translation>Enrollment file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已生成 {name} 的登记文件：{path}</source>
        <translation>Enrollment file for {name} written: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>请先在表中选中一个乡镇（街道）。</source>
        <translation>Select a township in the table first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存回执</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>生成回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已生成回执：{path}</source>
        <translation>Receipt written: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+25"/>
        <source>备份县级密钥</source>
        <translation>Back up the county keys</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>设置备份口令（至少8个字符，请另行妥善保管）：</source>
        <translation>Backup passphrase (at least 8 characters; keep it somewhere safe, apart from the file):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>再输一次口令：</source>
        <translation>Passphrase again:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>两次输入的口令不一致，没有备份。</source>
        <translation>The passphrases differ; nothing was backed up.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存密钥备份</source>
        <translation>Save key backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>密钥备份 (*.json)</source>
        <translation>Key backup (*.json)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>县级密钥已备份到 {path}。备份和口令请分开保管。</source>
        <translation>County keys backed up to {path}. Keep the backup and the passphrase apart.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>选择县级密钥备份</source>
        <translation>Choose the county key backup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>从备份恢复县级密钥</source>
        <translation>Restore the county keys from a backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>读不了文件 {path}：{error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份口令：</source>
        <translation>Backup passphrase:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>备份里的密钥与本机现在的相同，不需要恢复。</source>
        <translation>The backup holds the same keys as this computer: nothing to restore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用 {name}（{code}）{at} 备份的县级密钥替换本机的密钥？</source>
        <translation>Replace this computer&apos;s county keys with the backup of {name} ({code}) made {at}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>注意：本机现在的县级密钥与备份不同。恢复后，用现在的密钥登记的乡镇发来的数据包将无法导入，这些乡镇需要重新登记。</source>
        <translation>Note: this computer&apos;s county keys differ from the backup. After the restore, packages from townships enrolled with the current keys cannot be imported; those townships must enroll again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>没有恢复密钥。</source>
        <translation>Keys not restored.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>县级密钥已从备份恢复，并用备份的口令加密保存：以后启动时输入这个口令。</source>
        <translation>The county keys were restored from the backup and are kept encrypted under the backup&apos;s passphrase: enter that passphrase from now on when the program starts.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="+8"/>
        <source>swdesk 出错了</source>
        <translation>swdesk ran into an error</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/crash_dialog.py" line="+30"/>
        <source>swdesk 遇到了一个意外错误。已经保存的数据不受影响，但刚才的操作可能没有完成，请检查一下。</source>
        <translation>swdesk hit an unexpected error. Data already saved is not affected, but the last action may not have finished: please check it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>错误详情已写入日志文件：
{path}
请把这个文件发给技术支持。</source>
        <translation>The error details were written to the log file:
{path}
Please send this file to technical support.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>错误详情如下，请复制后发给技术支持。</source>
        <translation>The error details are below; copy them and send them to technical support.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../forms/crash_dialog.ui" line="+28"/>
        <source>显示详情</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../forms/crash_dialog.ui" line="+5"/>
        <source>复制详情</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>退出 swdesk</source>
        <translation>Quit swdesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>继续使用</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/crash_dialog.py" line="+0"/>
        <source>隐藏详情</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../swdesk/ui/date_input.py" line="+194"/>
        <source>{field} {day} 不在 {year} 年内，请核对年份。</source>
        <translation>{field} {day} is not in {year}; please check the year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} {day} 不在 {first} 至 {last} 之内，请核对年份。</source>
        <translation>{field} {day} is not between {first} and {last}; please check the year.</translation>
    </message>
</context>
<context>
    <name>DomainsChart</name>
    <message>
        <location filename="../../swdesk/ui/indicator_charts.py" line="+185"/>
        <source>{label} {n}（{share}%）</source>
        <translation>{label} {n} ({share}%)</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../forms/sync_enroll_dialog.ui" line="+6"/>
        <source>为乡镇生成登记文件</source>
        <translation>Enrollment file for a township</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>9位乡镇（街道）代码</source>
        <translation>9-digit township code</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>乡镇（街道）代码：</source>
        <translation>Township code:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>登记文件请当面或用U盘交给乡镇，不要用电子邮件发送。</source>
        <translation>Hand the enrollment file to the township in person or on a USB stick; do not send it by e-mail.</translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <location filename="../../swdesk/ui/import_wizard.py" line="+235"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../swdesk/ui/event_editor.py" line="+149"/>
        <source>编辑培训</source>
        <translation>Edit Training</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建培训</source>
        <translation>New Training</translation>
    </message>
    <message>
        <location filename="../../forms/event_editor.ui" line="+18"/>
        <source>学时计入结束日期所在的登记期。一天的培训，结束日期与开始日期相同。</source>
        <translation>Hours count in the registration period containing the end date. For a one-day training the end date equals the start date.</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/event_editor.py" line="+15"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../forms/event_form.ui" line="+36"/>
        <source>如：2025年儿童保护专题培训</source>
        <translation>e.g. 2025 Child Protection Workshop</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>如：区民政局、市社工协会</source>
        <translation>e.g. District Civil Affairs Bureau, City Social Work Association</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>未填</source>
        <translation>Not Given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 学时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>培训名称：</source>
        <translation>Training:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>主办单位：</source>
        <translation>Organizer:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>开始日期：</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>结束日期：</source>
        <translation>End date:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>培训形式：</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>培训学时：</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>地点：</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <location filename="../../swdesk/ui/training_page.py" line="+60"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训名称</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>形式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主办单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签到人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+41"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../swdesk/ui/exam_history.py" line="+26"/>
        <source>成绩未出齐</source>
        <translation>results incomplete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未通过：{subjects}</source>
        <translation>not passed: {subjects}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部科目合格</source>
        <translation>all subjects passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评审通过</source>
        <translation>review passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评审未通过</source>
        <translation>review not passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成绩证明已于 {date} 过期，评审未通过</source>
        <translation>results certificate expired on {date} without a passed review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>考试合格，待评审（成绩证明有效至 {date}）</source>
        <translation>exam passed, awaiting review (results certificate valid until {date})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待定</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{result}（{reason}）</source>
        <translation>{result} ({reason})</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/exam_page.py" line="+62"/>
        <source>新建年度…</source>
        <translation>New Year…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度设置…</source>
        <translation>Year Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试规则…</source>
        <translation>Exam Rules…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入成绩…</source>
        <translation>Import Results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出报名名单…</source>
        <translation>Export Registration List…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出报销表…</source>
        <translation>Export Reimbursement Sheet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>考试年度：</source>
        <translation>Exam year:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{year} 年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>还没有考试年度。请先点“新建年度…”。</source>
        <translation>No exam year yet. Click “New Year…” first.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{year} 年报名 {n} 人</source>
        <translation>{n} registered for {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>，未开始</source>
        <translation>, not yet open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，已截止</source>
        <translation>, closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（报名 {start} 至 {end}{state}）</source>
        <translation> (registration {start} to {end}{state})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考试日期：{dates}&#x3000;报名 {registered} 人&#x3000;已缴费 {paid}&#x3000;参考 {sat}&#x3000;缺考 {absent}&#x3000;合格 {passed}&#x3000;不合格 {failed}&#x3000;待定 {pending}&#x3000;待确认证书 {proposals}&#x3000;符合条件未报名 {candidates}</source>
        <translation>Exam dates: {dates}   Registered {registered}   Paid {paid}   Sat {sat}   Absent {absent}   Passed {passed}   Failed {failed}   Pending {pending}   Certificates to confirm {proposals}   Eligible, not registered {candidates}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>已导出 {n} 人到：
{path}</source>
        <translation>Exported {n} people to:
{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出报名名单</source>
        <translation>Export Registration List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}年考试报名名单.xlsx</source>
        <translation>Exam registrations {year}.xlsx</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导出报销表</source>
        <translation>Export Reimbursement Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}年考试费用报销表.xlsx</source>
        <translation>Exam fee reimbursement {year}.xlsx</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导入成绩</source>
        <translation>Import Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx *.xlsm)</source>
        <translation>Excel workbook (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已导入 {n} 条成绩。</source>
        <translation>Imported {n} results.</translation>
    </message>
</context>
<context>
    <name>ExportLogModel</name>
    <message>
        <location filename="../../swdesk/ui/accounts_tab.py" line="-155"/>
        <source>时间（UTC）</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存位置</source>
        <translation>Saved to</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>完整</source>
        <translation>Whole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>隐去中间位</source>
        <translation>Masked</translation>
    </message>
</context>
<context>
    <name>FeesTab</name>
    <message>
        <location filename="../../swdesk/ui/exam_fees.py" line="+27"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>报销</source>
        <translation>Reimbursement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>标记所选为已报销</source>
        <translation>Mark Selected as Reimbursed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消报销</source>
        <translation>Undo Reimbursement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>报销规则：{who}；报销单位：{payer}（在“考试规则”里设置）</source>
        <translation>Reimbursement rule: {who}; paid by: {payer} (set in the exam rules)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>报销日期：</source>
        <translation>Reimbursed on:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>双击报名费、书本费、差旅费可以填写或修改金额；选中多行后点“标记所选为已报销”。</source>
        <translation>Double-click the exam, book or travel fee to enter or change it; select rows and click “Mark Selected Reimbursed”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>费用报销</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>合计 {total:.2f} 元（{items}）&#x3000;已报销 {done:.2f} 元&#x3000;未报销 {todo:.2f} 元</source>
        <translation>Total {total:.2f} yuan ({items})   Reimbursed {done:.2f} yuan   Outstanding {todo:.2f} yuan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已报销（{dates}）</source>
        <translation>Reimbursed ({dates})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未报销</source>
        <translation>Not reimbursed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>部分报销</source>
        <translation>Partly reimbursed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请先在列表里选择要报销的人。</source>
        <translation>Select the people to reimburse in the list first.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../swdesk/ui/filter_bar.py" line="+38"/>
        <source>搜索：姓名、拼音（如 zs）、身份证号、手机号</source>
        <translation>Search: name, pinyin (e.g. zs), ID number, mobile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>按乡镇（街道）筛选</source>
        <translation>Filter by township</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>全部乡镇（街道）</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>按村（社区）筛选</source>
        <translation>Filter by village/community</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按证书等级筛选</source>
        <translation>Filter by certificate level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部等级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无证书</source>
        <translation>No Certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按岗位类型筛选</source>
        <translation>Filter by post type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部岗位类型</source>
        <translation>All post types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按服务领域筛选</source>
        <translation>Filter by service domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部服务领域</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按职务筛选（定员干部、儿童主任等）</source>
        <translation>Filter by role (established cadre, children&apos;s director…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部职务</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示已删除</source>
        <translation>Show deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清除筛选</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>全部村（社区）</source>
        <translation>All villages</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../forms/first_run.ui" line="+8"/>
        <source>欢迎使用 swdesk — 首次设置</source>
        <translation>Welcome to swdesk — first-time setup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>这个数据文件还没有设置所属单位。请选择单位类型，填写区划代码和单位名称。设置后不能更改（县级汇总靠它识别数据来自哪里）。</source>
        <translation>This data file has no unit yet. Choose the unit type and enter its division code and name. This cannot be changed later (the county uses it to know where data comes from).</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/first_run.py" line="+38"/>
        <source>数据文件：{path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="+20"/>
        <source>乡镇（街道）社工站</source>
        <translation>Township (subdistrict) social-work station</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>县（区）民政局</source>
        <translation>County Civil Affairs Bureau</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/first_run.py" line="+13"/>
        <source>填入演示数据（{n} 名社工）</source>
        <translation>Add demo data ({n} social workers)</translation>
    </message>
    <message>
        <location filename="../../forms/first_run.ui" line="+47"/>
        <source>用虚构的村（社区）和社工试用本程序；正式使用请不要勾选。</source>
        <translation>Try the program with made-up villages and social workers; leave unticked for real use.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>单位类型：</source>
        <translation>Unit type:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>区划代码：</source>
        <translation>Division Code:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>单位名称：</source>
        <translation>Unit Name:</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/first_run.py" line="+4"/>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>9位数字，如 510104001</source>
        <translation>9 digits, e.g. 510104001</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6位数字，如 510104</source>
        <translation>6 digits, e.g. 510104</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>乡镇（街道）代码：县6位 + 乡镇3位。</source>
        <translation>Township (subdistrict) code: 6 county digits + 3 township digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>县（区）代码：6位。</source>
        <translation>County (district) code: 6 digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>如：某某街道社工站</source>
        <translation>e.g. XX Subdistrict Social-Work Station</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如：某某区民政局</source>
        <translation>e.g. XX District Civil Affairs Bureau</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>单位名称不能为空。</source>
        <translation>The unit name must not be empty.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>正在填入演示数据……</source>
        <translation>Adding demo data…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>演示数据</source>
        <translation>Demo Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位已经设置好，但演示数据没有填入：{reason}</source>
        <translation>The unit is set up, but the demo data was not added: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthBar</name>
    <message>
        <location filename="../../swdesk/ui/file_health.py" line="+80"/>
        <source>关闭提示</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../swdesk/ui/help_dialog.py" line="+91"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../forms/help_dialog.ui" line="+8"/>
        <source>使用说明</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../swdesk/ui/history_dialog.py" line="+112"/>
        <location line="+15"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>证书（%1）</source>
        <translation>Certificate (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>修改记录 — %1</source>
        <translation>Change history — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1（%2）的档案共有 %3 条修改记录，最新的在最上面。</source>
        <translation>The file of %1 (%2) has %3 recorded changes, newest first.</translation>
    </message>
    <message>
        <location filename="../../forms/history_dialog.ui" line="+37"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>原值 → 新值</source>
        <translation>Old → new value</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/history_dialog.py" line="+33"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../swdesk/ui/import_wizard.py" line="-141"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+465"/>
        <location filename="../../forms/import_wizard.ui" line="+14"/>
        <source>导入花名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="+410"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/import_wizard.py" line="-236"/>
        <location filename="../../forms/import_wizard.ui" line="+10"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="-407"/>
        <source>选择要导入的花名册（Excel .xlsx 文件）</source>
        <translation>Choose the roster to import (Excel .xlsx file)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>表头可以在标题行下面；列名可以是“身份证号”“身份证号码”“公民身份号码”、“联系电话”“手机号码”等常见写法，认不出的列会被忽略。
选择文件后先检查并预览，确认后才会写入档案。同一个人按身份证号对应：已有的档案只更新有变化的内容，重复导入同一份文件不会改动任何档案。
也可以把文件拖到这个窗口里。</source>
        <translation>The header may sit below title rows; columns may be named in the usual ways (身份证号, 身份证号码, 公民身份号码, 联系电话, 手机号码 …); unrecognised columns are ignored.
The file is checked and previewed first; nothing is written until you confirm. People are matched by ID number: existing files only get what changed, and importing the same file again changes nothing.
You can also drop the file onto this window.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>重新读取</source>
        <translation>Read again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>改正并保存 Excel 文件后，点这里重新检查</source>
        <translation>After correcting and saving the Excel file, click here to check it again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选择其他文件…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/import_wizard.py" line="-40"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="+48"/>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+65"/>
        <source>保存错误报告…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>把错误报告发给填表人，改正花名册中列出的格子后重新导入。</source>
        <translation>Send the error report to whoever filled in the roster; correct the listed cells and import again.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>只导入正确的行</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>导入另一个文件…</source>
        <translation>Import another file…</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/import_wizard.py" line="+40"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>选择花名册</source>
        <translation>Choose roster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>正在读取和检查花名册……</source>
        <translation>Reading and checking the roster…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>读取花名册</source>
        <translation>Read roster</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>文件：{file}    工作表“{sheet}”，表头在第 {row} 行</source>
        <translation>File: {file}    sheet &quot;{sheet}&quot;, header in row {row}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>识别出 {n} 列：{columns}</source>
        <translation>{n} columns recognised: {columns}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未识别、不会导入的列：{columns}</source>
        <translation>Columns not recognised (not imported): {columns}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>全部行（{n}）</source>
        <translation>All rows ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>错误（{n}）</source>
        <translation>Errors ({n})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>共 {n} 行：</source>
        <translation>{n} rows: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>这份花名册在表头下面没有数据行，没有可以导入的内容。</source>
        <translation>This roster has no data rows below its header; there is nothing to import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所有 {n} 行都有错误，没有可以导入的行：请改正后重新选择文件。</source>
        <translation>All {n} rows have errors, so nothing can be imported: correct the file and choose it again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>有 {n} 行错误，整份不能导入：请改正后重新选择文件，或勾选“只导入正确的行”。</source>
        <translation>{n} rows have errors, so the roster cannot be imported as a whole: correct it and choose it again, or tick &quot;Import only the valid rows&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>除了有错误的 {n} 行，其余各行与现有档案一致，没有需要导入的内容。</source>
        <translation>Apart from the {n} rows with errors, every row matches the existing files; there is nothing to import.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>花名册与现有档案一致，没有需要导入的内容。</source>
        <translation>The roster matches the existing files; there is nothing to import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>将跳过有错误的 {bad} 行，只导入正确的行：新增 {new} 人，更新 {upd} 人。</source>
        <translation>The {bad} rows with errors will be skipped and only valid rows imported: {new} added, {upd} updated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>将新增 {new} 人，更新 {upd} 人；无变化的 {same} 行不会改动。</source>
        <translation>{new} will be added and {upd} updated; the {same} unchanged rows are left as they are.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>正在导入花名册……</source>
        <translation>Importing the roster…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>导入完成：新增 {added} 人，更新 {updated} 人，无变化 {same} 人。</source>
        <translation>Import finished: {added} added, {updated} updated, {same} unchanged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>证书：新增 {a} 条，更新 {u} 条。</source>
        <translation>Certificates: {a} added, {u} updated.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>有错误的 {n} 行没有导入：可以保存错误报告，改正后再导入同一份文件（已导入的行不会重复）。</source>
        <translation>The {n} rows with errors were not imported: save the error report, correct them and import the same file again (rows already imported are not duplicated).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{stem}_错误报告.xlsx</source>
        <translation>{stem}_errors.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>不能用错误报告覆盖花名册本身，请换一个文件名。</source>
        <translation>The error report cannot overwrite the roster itself; choose another file name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>错误报告已保存到：
{path}</source>
        <translation>Error report saved to:
{path}</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../swdesk/ui/indicators_page.py" line="+96"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差距</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未达目标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{verdict}（估算）</source>
        <translation>{verdict} (estimate)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>估算</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未设目标</source>
        <translation>No target set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}（数据过期）</source>
        <translation>{name} (out of date)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name}
依据：{source}</source>
        <translation>{name}
Source: {source}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} / {d}</source>
        <translation>{n} / {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>该乡镇超过规定天数未同步，数字可能已过时。</source>
        <translation>This township has not synced for longer than the set number of days; its figures may be out of date.</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <location filename="../../swdesk/core/indicators/names.py" line="+19"/>
        <source>各村（社区）持证社工配备</source>
        <translation>Certified social workers in each village and community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个城市社区持证社工不少于 2 名</source>
        <translation>At least 2 certified social workers in each urban community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个村持证社工不少于 1 名</source>
        <translation>At least 1 certified social worker in each village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>攀枝花“十四五”主要指标</source>
        <translation>Panzhihua 14th Five-Year Plan main indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作专业队伍总量</source>
        <translation>Professional social workers in total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作专业人才占户籍总人口数</source>
        <translation>Professional social workers per registered population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通过社会工作者职业水平考试人数</source>
        <translation>People who passed the social worker qualification exam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区专职工作者中取得社会工作者职业水平证书比例</source>
        <translation>Share of full-time community workers holding a social worker certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>城市社区平均社会工作专业人才</source>
        <translation>Professional social workers per urban community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>农村社区平均社会工作专业人才</source>
        <translation>Professional social workers per rural community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>老年社会工作专业人才</source>
        <translation>Professional social workers serving older people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未成年人关爱保护社会工作专业人才</source>
        <translation>Professional social workers in the care and protection of minors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作服务机构党建覆盖率</source>
        <translation>Party-building coverage of social work agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇（街道）社会工作服务覆盖率</source>
        <translation>Social work service coverage of townships (subdistricts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>綦江数量目标</source>
        <translation>Qijiang number targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>持有社会工作者职业水平证书的社会工作专业人才</source>
        <translation>Professional social workers holding a social worker certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从事专业社会服务的区级党政群机关、事业单位、各街镇干部职工中通过考试的比例</source>
        <translation>Share who passed the exam among staff of district Party, government and mass organisations, public institutions, subdistricts and towns doing professional social services</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>其他区级党政群机关、事业单位干部职工中通过考试的比例</source>
        <translation>Share who passed the exam among other staff of district Party, government and mass organisations and public institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从事专业社会服务的事业单位专业技术岗位中社会工作专业岗位比例</source>
        <translation>Share of social work posts among the professional posts of public institutions doing professional social services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各村定员干部至少有 1 名持证社工</source>
        <translation>At least 1 certified social worker among each village&apos;s staffed cadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各社区定员干部至少有 2 名持证社工</source>
        <translation>At least 2 certified social workers among each community&apos;s staffed cadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>吉林社区社会工作人才比例</source>
        <translation>Jilin community social work talent ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>城市社区社会工作专业人才占社区工作者比例</source>
        <translation>Share of professional social workers among urban community workers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成都社会工作专业岗位设置</source>
        <translation>Chengdu professional social work posts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个社区至少设置 2 个社会工作专业岗位（配备专职社会工作专业人才）</source>
        <translation>At least 2 social work posts in each community (held by full-time professional social workers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个建制村至少设置 1 个社会工作专业岗位（配备专职社会工作专业人才）</source>
        <translation>At least 1 social work post in each administrative village (held by a full-time professional social worker)</translation>
    </message>
</context>
<context>
    <name>IndicatorPeopleDialog</name>
    <message>
        <location filename="../../swdesk/ui/indicator_people.py" line="+57"/>
        <source>{title}：共 {n} 人</source>
        <translation>{title}: {n} people</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开档案</source>
        <translation>Open file</translation>
    </message>
</context>
<context>
    <name>IndicatorSettingsTab</name>
    <message>
        <location filename="../../swdesk/ui/indicator_settings_tab.py" line="+34"/>
        <source>可设 {least} 到 {most} 天。</source>
        <translation>From {least} to {most} days.</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_settings_tab.ui" line="+8"/>
        <source>“指标”页上，超过下面天数没有同步的乡镇会被标出，它的数字可能已经过时。按各乡镇报送数据的节奏设置。</source>
        <translation>On the Indicators page, a township that has not synced for more than this many days is flagged: its figures may be out of date. Set it to how often your townships send their data.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>乡镇数据过期天数(&amp;S)：</source>
        <translation>Days before a township is &amp;stale:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>IndicatorUnits</name>
    <message>
        <location filename="../../swdesk/core/indicators/names.py" line="+5"/>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个</source>
        <translation>posts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名/社区</source>
        <translation>per community</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../swdesk/ui/indicators_page.py" line="+38"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去年年底</source>
        <translation>End of last year</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>导出统计表…</source>
        <translation>Export statistics form…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在计算……</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>统计截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>正在计算 {at} 的指标……</source>
        <translation>Calculating the indicators as of {at}…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>以下乡镇超过 {days} 天未同步，其数字可能已过时：{names}</source>
        <translation>These townships have not synced for over {days} days, so their figures may be out of date: {names}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>指标计算失败：{error}</source>
        <translation>The indicators could not be calculated: {error}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>各村（社区）持证社工</source>
        <translation>Certified workers per village/community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各等级人数（年末）</source>
        <translation>People per level (year end)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务领域</source>
        <translation>Service Domains</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} 项指标，{missed} 项未达标</source>
        <translation>Not met: {missed} of {n}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} 的持证社工</source>
        <translation>Certified workers of {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>服务{domain}领域的持证社工</source>
        <translation>Certified social workers serving {domain}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>导出统计表</source>
        <translation>Export statistics form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf)</source>
        <translation>Excel workbook (*.xlsx);;PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导出失败：{error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>KeyPassphraseDialog</name>
    <message>
        <location filename="../../swdesk/ui/key_passphrase.py" line="+54"/>
        <source>设置县级密钥口令</source>
        <translation>Set the county key passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>县级密钥将用口令加密保存：数据文件或它的备份被人拷走，没有口令也解不开乡镇的数据包。请设一个至少 8 个字符的口令，另行妥善保管；以后每次启动都要输入。</source>
        <translation>The county keys will be kept encrypted under a passphrase: whoever copies the data file or a backup cannot open the townships&apos; packages without it. Choose a passphrase of at least 8 characters and keep it safe separately; it is asked each time the program starts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>县级密钥已用口令加密保存。请输入密钥口令（导入数据包、生成回执时要用）。</source>
        <translation>The county keys are kept encrypted. Enter the key passphrase (needed to import packages and make receipts).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>两次输入的口令不一致，请重新输入。</source>
        <translation>The two passphrases differ. Enter them again.</translation>
    </message>
    <message>
        <location filename="../../forms/key_passphrase_dialog.ui" line="+12"/>
        <source>县级密钥口令</source>
        <translation>County key passphrase</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>口令：</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>再输一次：</source>
        <translation>Again:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>在本机记住口令（保存在本 Windows 账户的受保护存储中，以后启动不再询问）</source>
        <translation>Remember the passphrase on this computer (kept in this Windows account&apos;s protected storage; not asked at later starts)</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <location filename="../../swdesk/ui/ledger_dialog.py" line="+61"/>
        <source>导出学时证明</source>
        <translation>Export CE Transcript</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF Files (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>打印学时证明</source>
        <translation>Print CE Transcripts</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>正在生成学时证明……</source>
        <translation>Writing the CE transcript…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择证明文件</source>
        <translation>Choose a Proof File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>图片或 PDF (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.pdf);;所有文件 (*)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.pdf);;All Files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+404"/>
        <location filename="../../forms/ledger_dialog.ui" line="+99"/>
        <source>证明文件</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>无法读取 {path}：{error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_dialog.ui" line="-30"/>
        <source>结束日期</source>
        <translation>End Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>培训名称</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>形式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>主办单位</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记期</source>
        <translation>Registration Period</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/ledger_dialog.py" line="+118"/>
        <source>继续教育学时：{name}</source>
        <translation>Continuing Education Hours: {name}</translation>
    </message>
    <message>
        <location filename="../../forms/ledger_dialog.ui" line="-39"/>
        <source>只看本登记期</source>
        <translation>Current period only</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>添加记录…</source>
        <translation>Add Record…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有培训活动的学时：网络课程、学历、论文等</source>
        <translation>Hours without a training event: an online course, a degree, a paper…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>修改学时…</source>
        <translation>Change Hours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>删除记录…</source>
        <translation>Delete Record…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>添加证明文件…</source>
        <translation>Attach Proof…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>查看证明文件</source>
        <translation>Open Proof</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>打印学时证明…</source>
        <translation>Print Transcript…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>先看到每一页，再打印或保存为 PDF</source>
        <translation>See every page, then print it or save it as a PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出学时证明 PDF…</source>
        <translation>Export Transcript PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/ledger_dialog.py" line="+59"/>
        <source>{name}&#x3000;{id_number}&#x3000;{village}&#x3000;{level}</source>
        <translation>{name}  {id_number}  {village}  {level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无证书</source>
        <translation>No Certificate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未登记：没有已登记的证书，暂无登记期，不要求学时。</source>
        <translation>Not registered: no registered certificate, so no period and no hours required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本登记期：{start} 至 {end}，还剩 {days} 天。要求 {required} {unit}。</source>
        <translation>Current period: {start} to {end}, {days} days left. Required: {required} {unit}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已获得 {earned} / 要求 {required} {unit}（{percent}%）</source>
        <translation>{earned} of {required} {unit} ({percent}%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已获得 {earned} {unit}，无学时要求</source>
        <translation>{earned} {unit} earned, none required</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本登记期的学时已达到要求。</source>
        <translation>The requirement of this period is met.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还差 {missing} {unit}。</source>
        <translation>{missing} {unit} missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>上一登记期（至 {end}）还差 {n} {unit}，未达标。</source>
        <translation>The previous period (to {end}) ended {n} {unit} short.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已进入再登记期，请尽快补足学时。</source>
        <translation>The re-registration window is open: make up the hours soon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按目前的进度，登记期结束前学时不够。</source>
        <translation>At the pace so far the hours will not be enough by the end of the period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first}{second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记前</source>
        <translation>Before registration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本期（{period}）</source>
        <translation>Current ({period})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours}（折算）</source>
        <translation>{hours} (fixed credit)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（单独记录）</source>
        <translation>(single record)</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>修改学时</source>
        <translation>Change Hours</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>折算项目的学时是固定的，不能修改。</source>
        <translation>A fixed credit cannot be changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>《{title}》实际获得的学时：</source>
        <translation>Hours actually earned at “{title}”:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>删除记录</source>
        <translation>Delete Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除《{title}》（{hours} 学时）这条记录吗？</source>
        <translation>Delete the record “{title}” ({hours} hours)?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>继续教育学时证明_{name}.pdf</source>
        <translation>CE_transcript_{name}.pdf</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../swdesk/ui/login_dialog.py" line="+48"/>
        <source>长时间没有操作，swdesk 已锁定。请重新输入密码（也可换一个账户登录）。</source>
        <translation>swdesk was locked after a while without use. Enter the password again (or log in with another account).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复备份会替换整个数据文件：请用“管理”角色的账户登录。</source>
        <translation>Restoring a backup replaces the whole data file: log in with an Administrator account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登录</source>
        <translation>Log In</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="+8"/>
        <source>swdesk — 登录</source>
        <translation>swdesk — Log In</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>这个数据文件设有账户。请输入账户名和密码。</source>
        <translation>This data file has accounts. Enter your account name and password.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>账户名：</source>
        <translation>Account name:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../swdesk/ui/main_window.py" line="+92"/>
        <source>社工档案</source>
        <translation>Social Worker Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>继续教育</source>
        <translation>Continuing Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试报名</source>
        <translation>Exam Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>绩效考评</source>
        <translation>Appraisals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>津贴发放</source>
        <translation>Allowance Payroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位与社工站</source>
        <translation>Posts and Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>数据文件：{path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>导入数据包…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>新建档案…</source>
        <translation>New file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>录入一名社工的档案</source>
        <translation>Enter a social worker&apos;s file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编辑选中的档案（也可双击或按回车键）</source>
        <translation>Edit the selected file (or double-click it, or press Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除选中的档案（可以恢复）</source>
        <translation>Delete the selected file (can be restored)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>恢复选中的已删除档案</source>
        <translation>Restore the selected deleted file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>修改历史…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查看选中档案的修改记录</source>
        <translation>Show the change history of the selected file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入花名册…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>从 Excel 花名册导入社工档案</source>
        <translation>Import worker files from an Excel roster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出花名册…</source>
        <translation>Export roster…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>把全部社工档案导出为 Excel 花名册</source>
        <translation>Export all worker files as an Excel roster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成一份空白的花名册导入模板</source>
        <translation>Create a blank roster import template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份…</source>
        <translation>Backup…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把数据文件另存一份备份</source>
        <translation>Save a backup copy of the data file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>用一份备份替换当前数据</source>
        <translation>Replace the current data with a backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+623"/>
        <source>关于 swdesk</source>
        <translation>About swdesk</translation>
    </message>
    <message>
        <location line="-621"/>
        <source>使用说明</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第一周的使用说明，打开本页面的一节</source>
        <translation>The first-week guide, opened at the section for this page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>学时记录…</source>
        <translation>CE Hours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查看、记录选中社工的继续教育学时，导出学时证明</source>
        <translation>View and record the selected worker&apos;s continuing-education hours; print a transcript</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>查看…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看选中的档案（只读：档案由乡镇维护）</source>
        <translation>View the selected file (read-only: the township keeps the file)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>档案(&amp;W)</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>乡镇社工站</source>
        <translation>Township Social Work Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>县（区）民政局</source>
        <translation>County Civil Affairs Bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>swdesk — {unit}（{role}）</source>
        <translation>swdesk — {unit} ({role})</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>档案由乡镇维护，请乡镇修改后重新报送</source>
        <translation>the township keeps this file; ask the township to correct it and send it again</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已保存。这份档案不符合当前的搜索或筛选条件，所以没有显示在列表里。</source>
        <translation>Saved. This file does not match the current search or filters, so the list does not show it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>已导出 {n} 人到：{path}</source>
        <translation>Exported {n} people to: {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已生成导入模板：{path}</source>
        <translation>Import template created: {path}</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>档案已删除</source>
        <translation>File deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} 的档案已删除，要先恢复它吗？</source>
        <translation>The file of {name} was deleted. Restore it first?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>删除档案</source>
        <translation>Delete file</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>确定删除 {name} 的档案吗？删除后可在“显示已删除”中恢复。</source>
        <translation>Delete the file of {name}? It can be restored later under &quot;Show deleted&quot;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已删除 {name} 的档案。</source>
        <translation>Deleted the file of {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>恢复档案</source>
        <translation>Restore file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已恢复 {name} 的档案。</source>
        <translation>Restored the file of {name}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>导出花名册</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>社工花名册_{date}.xlsx</source>
        <translation>worker_roster_{date}.xlsx</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在导出花名册……</source>
        <translation>Exporting the roster…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>社工花名册导入模板.xlsx</source>
        <translation>worker_roster_template.xlsx</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>备份数据文件</source>
        <translation>Back up the data file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>swdesk 数据文件 (*.db)</source>
        <translation>swdesk data file (*.db)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已备份到：
{path}</source>
        <translation>Backed up to:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>swdesk 数据文件 (*.db);;所有文件 (*)</source>
        <translation>swdesk data file (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>用备份“{name}”中的数据替换当前的全部数据吗？
当前数据会先另存为一份备份，恢复后仍可找回。</source>
        <translation>Replace all current data with the data in the backup &quot;{name}&quot;?
The current data is saved as a backup first, so it can still be recovered.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已从备份恢复。恢复前的数据已另存为：
{path}</source>
        <translation>Restored from the backup. The data from before the restore was saved as:
{path}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>swdesk {version}
乡镇社工站社会工作者人才档案管理（离线版）

单位：{unit}（{code}）
数据文件：{path}
日志文件：{log}
共 {n} 名社工，{v} 个村（社区）。</source>
        <translation>swdesk {version}
Social-worker files for township social-work stations (offline)

Unit: {unit} ({code})
Data file: {path}
Log file: {log}
{n} social workers, {v} villages/communities.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../swdesk/ui/message_bar.py" line="+66"/>
        <source>关闭提示</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../../forms/new_round_dialog.ui" line="+19"/>
        <source>考评年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>社区社会工作者考评表(&amp;C)：</source>
        <translation>&amp;Community worker template:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>专业岗位考评表(&amp;P)：</source>
        <translation>&amp;Professional post template:</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/appraisal_dialogs.py" line="+64"/>
        <location line="+79"/>
        <source>{name}（第 {version} 版）</source>
        <translation>{name} (version {version})</translation>
    </message>
    <message>
        <location filename="../../forms/new_round_dialog.ui" line="+32"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考评</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>调整理由</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/appraisal_dialogs.py" line="-63"/>
        <source>社区社会工作者</source>
        <translation>Community social worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业岗位</source>
        <translation>Professional post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不参加</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>加入考评</source>
        <translation>Add to Round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>建立考评</source>
        <translation>Create Round</translation>
    </message>
    <message>
        <location filename="../../forms/new_round_dialog.ui" line="-32"/>
        <source>持证社区专职工作者参加社区社会工作者考评；专业岗位人员参加岗位考评，在专业岗位上的持证社区专职工作者仅参加岗位考评。改变某人的考评需写明理由。</source>
        <translation>Certified full-time community workers get the community social worker appraisal; professional post holders get the post appraisal, and a certified full-time community worker in a professional post gets only the post appraisal. Changing someone&apos;s appraisal needs a reason.</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/appraisal_dialogs.py" line="+8"/>
        <source>这里只列出还不在本年度考评中的在岗人员（后来入职或新符合条件的）；已有的考评表不会改动。</source>
        <translation> Only active people not yet in this year&apos;s round are listed (hired or eligible since); existing sheets are not changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>加入新符合条件的人员</source>
        <translation>Add Newly Eligible People</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建年度考评</source>
        <translation>New Appraisal Round</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>社区社会工作者 {c} 人，专业岗位 {p} 人，不参加 {n} 人。</source>
        <translation>Community social workers: {c}; professional posts: {p}; not appraised: {n}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>改变了 {name} 的考评，请在“调整理由”一栏写明理由。</source>
        <translation>You changed {name}&apos;s appraisal: please give the reason in the “Reason for change” column.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../swdesk/ui/ce_notice.py" line="+54"/>
        <source>查看名单</source>
        <translation>Show List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭提示</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>本月有 {n} 人进入再登记期，其中 {m} 人学时不足。</source>
        <translation>{n} people enter their re-registration window this month; {m} of them lack hours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本月进入再登记期的 {n} 人（其中 {m} 人学时不足）</source>
        <translation>The {n} people entering re-registration this month ({m} lacking hours)</translation>
    </message>
</context>
<context>
    <name>PaidDialog</name>
    <message>
        <location filename="../../swdesk/ui/allowance_dialogs.py" line="+17"/>
        <source>登记已发放</source>
        <translation>Record as Paid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{month} 的发放表实际发放（打卡或代发到账）的日期。</source>
        <translation>The day the payroll of {month} was actually paid (money in the accounts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>可选 {approved}（审核日）到今天。</source>
        <translation>From {approved} (approval) to today.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/allowance_paid_dialog.ui" line="+26"/>
        <source>发放日期(&amp;D)：</source>
        <translation>Paid on (&amp;D):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>PayeeAccountDialog</name>
    <message>
        <location filename="../../swdesk/ui/allowance_dialogs.py" line="+22"/>
        <source>收款账号：{name}</source>
        <translation>Payee Account: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../forms/payee_account_dialog.ui" line="+104"/>
        <source>删除账号</source>
        <translation>Remove Account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} 还没有登记收款账号。</source>
        <translation>{name} has no payee account yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} 现在的收款账号：{kind} {account}</source>
        <translation>{name}&apos;s payee account: {kind} {account}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/payee_account_dialog.ui" line="-78"/>
        <source>账户类别(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>账号(&amp;N)：</source>
        <translation>Account &amp;number:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>只填数字，可以带空格</source>
        <translation>Digits only; spaces are fine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>开户银行(&amp;B)：</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已对照卡面核对无误，不核对校验位（少数老卡没有校验位）</source>
        <translation>Checked against the card: skip the check-digit test (a few old cards have none)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>账号只在银行代发表里完整显示，其他地方只显示后 4 位。银行卡号会核对校验位。</source>
        <translation>The full number shows only on the bank&apos;s payment sheet; elsewhere only its last 4 digits. A bank card number&apos;s check digit is verified.</translation>
    </message>
</context>
<context>
    <name>PendingRewardsLabel</name>
    <message>
        <location filename="../../swdesk/ui/reward_notice.py" line="+69"/>
        <source>待发奖励：{people}，合计 {amount} 元（下一次生成草稿时计入）</source>
        <translation>Rewards owed: {people}, {amount} yuan (paid by the next draft run)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}&#x3000;{level}（{obtained} 取得）&#x3000;{amount} 元</source>
        <translation>{name}  {level} (obtained {obtained})  {amount} yuan</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../swdesk/ui/indicator_people.py" line="-36"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无证书</source>
        <translation>No Certificate</translation>
    </message>
</context>
<context>
    <name>PostAddDialog</name>
    <message>
        <location filename="../../swdesk/ui/post_dialogs.py" line="+72"/>
        <location filename="../../forms/post_add_dialog.ui" line="+14"/>
        <source>新设专业岗位</source>
        <translation>New Professional Post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>社会工作服务机构等（填写机构名称）</source>
        <translation>A social work agency or other (type its name)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>设岗</source>
        <translation>Set Up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/post_add_dialog.ui" line="+8"/>
        <source>所属单位(&amp;U)：</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>机构名称(&amp;A)：</source>
        <translation>&amp;Agency name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>岗位所在机构的全称，如：阳光社会工作服务中心</source>
        <translation>Full name, such as Sunshine Social Work Centre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>岗位性质(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>岗位等级(&amp;G)：</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>可不填，如：助理社会工作师岗位</source>
        <translation>Optional, e.g. social work assistant post</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>设岗日期(&amp;D)：</source>
        <translation>Opened &amp;on:</translation>
    </message>
</context>
<context>
    <name>PostFillDialog</name>
    <message>
        <location filename="../../swdesk/ui/post_dialogs.py" line="+46"/>
        <source>办理离岗</source>
        <translation>Record Leaving</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} 离开 {unit} 的{kind}岗位：从这一天起岗位空缺。</source>
        <translation>{name} leaves the {kind} post at {unit}: the post is vacant from this day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确认离岗</source>
        <translation>Record Leaving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>安排到岗</source>
        <translation>Fill Post</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>安排到 {unit} 的{kind}岗位，从这一天起在岗。</source>
        <translation>Place someone in the {kind} post at {unit}, in post from this day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>到岗</source>
        <translation>Fill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/post_fill_dialog.ui" line="+26"/>
        <source>社工(&amp;P)：</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <location filename="../../swdesk/ui/posts_page.py" line="+90"/>
        <location line="+11"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应设</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已设</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已到岗</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>空缺</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还差岗位</source>
        <translation>Posts Short</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>性质</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在岗人员</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到岗日期</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新设岗位…</source>
        <translation>New Post…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>安排到岗…</source>
        <translation>Fill Post…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离岗…</source>
        <translation>Record Leaving…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“六有”</source>
        <translation>Six Standards</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>完成日期</source>
        <translation>Done On</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>说明，可不填</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录完成</source>
        <translation>Record as Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新增站点…</source>
        <translation>Add a site…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>社会工作专业岗位</source>
        <translation>Professional Social Work Posts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇（街道）社工站</source>
        <translation>Township Social Work Station</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>（空缺）</source>
        <translation>(vacant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无证书</source>
        <translation>No certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>兼职已超过2年</source>
        <translation>Part-time over 2 years</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>还没有登记社工站：记录“六有”中的第一项时自动登记。</source>
        <translation>No station registered yet: it is registered when the first of the six standards is recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>达标</source>
        <translation>meets the standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>尚未达标</source>
        <translation>does not meet the standard yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}：“六有”完成 {done}/6，助理社会工作师及以上专职人员 {staff}/{need}，{verdict}</source>
        <translation>{name}: six standards {done}/6, full-time staff at assistant level or higher {staff}/{need}, {verdict}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{site}（{village}）</source>
        <translation>{site} ({village})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站点 {n} 个：{names}</source>
        <translation>Sites ({n}): {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>共 {n} 个岗位</source>
        <translation>{n} posts</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../forms/sync_preview_dialog.ui" line="+14"/>
        <source>导入预览</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/sync_page.py" line="+116"/>
        <source>共 {n} 个文件：可以导入 {ok} 个，拒收 {bad} 个。确认后才会写入。</source>
        <translation>{n} files: {ok} can be imported, {bad} refused. Nothing is written until you confirm.</translation>
    </message>
    <message>
        <location filename="../../forms/sync_preview_dialog.ui" line="+16"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/sync_page.py" line="+22"/>
        <source>拒收：{reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已导入过，不会有改动</source>
        <translation>Already imported; nothing will change</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>缺少第 {n} 号数据包</source>
        <translation>Package no. {n} is missing</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../swdesk/ui/problems_dialog.py" line="+32"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制全部</source>
        <translation>Copy All</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../swdesk/ui/exam_proposals.py" line="+30"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新证书</source>
        <translation>New Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取得日期</source>
        <translation>Date Obtained</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证书编号</source>
        <translation>Certificate Number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>确认，写入档案</source>
        <translation>Confirm and Add to File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不建证</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>考试合格后生成的新证书，确认后才写入档案。证书登记日期请在登记后到档案里补填，继续教育登记期从登记日期开始计算。</source>
        <translation>Certificates proposed by passes; they are added to the worker&apos;s file only when confirmed. Enter the registration date in the file once the certificate is registered: the continuing-education period starts from it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>待确认证书</source>
        <translation>Certificates to Confirm</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>请先选择要确认的证书。</source>
        <translation>Select the certificates to confirm first.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyView</name>
    <message>
        <location filename="../../swdesk/ui/read_only_view.py" line="+39"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{title}（只读：{note}）</source>
        <translation>{title} (read-only: {note})</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../forms/record_editor.ui" line="+12"/>
        <source>添加学时记录</source>
        <translation>Add CE Record</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/ledger_dialog.py" line="-404"/>
        <source>培训（按实际学时）</source>
        <translation>Training (actual hours)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}（折算 {hours} 学时）</source>
        <translation>{label} (counts {hours} hours)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>结束日期</source>
        <translation>End Date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>学时会计入别的登记期。如果确实如此，再点一次“保存”。</source>
        <translation>The hours will count toward another registration period. If that is right, click “Save” again.</translation>
    </message>
    <message>
        <location filename="../../forms/record_editor.ui" line="+31"/>
        <source>如：网络课程《儿童保护实务》</source>
        <translation>e.g. Online course “Child Protection in Practice”</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>未填</source>
        <translation>Not Given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 学时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>类型：</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>名称：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>形式：</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>开始日期：</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>结束（取得）日期：</source>
        <translation>End (obtained) date:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>学时：</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>证明文件：</source>
        <translation>Proof:</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/ledger_dialog.py" line="-39"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../swdesk/ui/exam_dialogs.py" line="+273"/>
        <source>今天（{today}）还没到 {year} 年度的报名时间（{start} 起）。报名会记下，请在报名开始后到全国报名系统报名。</source>
        <translation>Today ({today}) is before the {year} registration period (opens {start}). The registration is kept; sign up in the national system once registration opens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>今天（{today}）已过 {year} 年度的报名截止日期（{end}）。报名会作为补记保存，请确认本人在报名时间内已在全国报名系统报过名。</source>
        <translation>Today ({today}) is after the {year} registration deadline ({end}). The registration is saved as a late record; make sure the person signed up in the national system in time.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{year} 年度考试报名</source>
        <translation>Exam Registration {year}</translation>
    </message>
    <message>
        <location filename="../../forms/exam_register_dialog.ui" line="+24"/>
        <source>搜索：姓名、拼音（如 zs）、身份证号</source>
        <translation>Search: name, pinyin (e.g. zs), ID number</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>勾选显示的全部</source>
        <translation>Check All Shown</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>报名</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>报考级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>报名状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/exam_dialogs.py" line="+34"/>
        <source>本年度还没有设置每科报名费，报名费会记为 0 元（可在“年度设置”里按本省标准填写）。</source>
        <translation>No fee per subject is set for this year, so exam fees are recorded as 0 yuan (set the provincial fee in Year Settings).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}&#x3000;{id_number}&#x3000;{village}&#x3000;{level}</source>
        <translation>{name}   {id_number}   {village}   {level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无证书</source>
        <translation>No Certificate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>符合</source>
        <translation>eligible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不符合</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待核实</source>
        <translation>to check</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{person}&#x3000;【{mark}】</source>
        <translation>{person}   [{mark}]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>已选 {n} 人</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>没有报名，请先处理以下问题（或取消勾选这些人）：
{problems}</source>
        <translation>Nobody was registered. Resolve these first (or uncheck these people):
{problems}</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../swdesk/ui/registrations_section.py" line="+68"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加登记</source>
        <translation>Add Registration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>修改登记</source>
        <translation>Edit Registration</translation>
    </message>
    <message>
        <location filename="../../forms/registration_dialog.ui" line="+14"/>
        <source>证书登记</source>
        <translation>Certificate Registration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>证书等级(&amp;L)：</source>
        <translation>Certificate &amp;level:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>登记类型(&amp;K)：</source>
        <translation>Registration &amp;kind:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>登记状态(&amp;S)：</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>有效期起(&amp;F)：</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>有效期至(&amp;U)：</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>不填按有效期起 3 年</source>
        <translation>Left empty: 3 years from the start</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>申请日期(&amp;P)：</source>
        <translation>A&amp;pplied on:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>证书管理号(&amp;N)：</source>
        <translation>Management &amp;number:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>备注(&amp;R)：</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>按全国社会工作信息系统里显示的填写。只有终审通过、已完成、已出证的登记计入继续教育登记期和津贴。</source>
        <translation>Fill in what the national social-work information system shows. Only registrations that passed the final review, are completed or have their certificate issued count for continuing-education periods and allowances.</translation>
    </message>
</context>
<context>
    <name>RegistrationsSection</name>
    <message>
        <location filename="../../swdesk/ui/registrations_section.py" line="+81"/>
        <source>这个状态的登记不计入继续教育登记期和津贴</source>
        <translation>A registration in this state does not count for continuing-education periods and allowances</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记由乡镇（街道）记录，随同步数据包报来。</source>
        <translation>Registrations are recorded by the townships and arrive in their sync packages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还没有登记记录。</source>
        <translation>No registrations recorded yet.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../forms/registrations_section.ui" line="+97"/>
        <source>删除登记</source>
        <translation>Delete Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除 {start} 起的这条{kind}记录吗？</source>
        <translation>Delete the {kind} from {start}?</translation>
    </message>
    <message>
        <location filename="../../forms/registrations_section.ui" line="-91"/>
        <source>登记记录</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>有效期起</source>
        <translation>Valid From</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>有效期至</source>
        <translation>Valid Until</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>证书管理号</source>
        <translation>Management Number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>添加登记</source>
        <translation>Add Registration</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>修改登记</source>
        <translation>Edit Registration</translation>
    </message>
</context>
<context>
    <name>RegistrationsTab</name>
    <message>
        <location filename="../../swdesk/ui/exam_registrations.py" line="+30"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报考科目</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>准考证号</source>
        <translation>Admission Ticket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考点</source>
        <translation>Exam Site</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>评审</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>评审日期</source>
        <translation>Review Date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>报名…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>删除报名</source>
        <translation>Delete Registration</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>双击“状态”“准考证号”“考点”可以直接修改。</source>
        <translation>Double-click Status, Admission Ticket or Exam Site to change it in place.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>报名名单</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>确定删除 {names} 的报名吗？成绩和费用记录一并删除。</source>
        <translation>Delete the registration of {names}? Its results and fees are deleted with it.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../swdesk/ui/exam_results.py" line="+37"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>准考证号</source>
        <translation>Admission Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>科目</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合格线</source>
        <translation>Pass Mark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>本科目</source>
        <translation>This Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>本次考试</source>
        <translation>This Exam</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>在“成绩”列直接输入分数，按回车保存并跳到下一行；缺考输入 q 或“缺考”；按 Delete 键清除成绩。</source>
        <translation>Type a score in the Score column and press Enter to save it and move to the next row; type q for absent; press Delete to clear a score.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>成绩录入</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>RewardNotice</name>
    <message>
        <location filename="../../swdesk/ui/reward_notice.py" line="-43"/>
        <source>{name} 取得{level}证书（{obtained}），按津贴规则可获一次性奖励 {amount} 元，下一次生成发放表草稿时计入。</source>
        <translation>{name} obtained the {level} certificate ({obtained}): under the allowance rule a one-off reward of {amount} yuan is owed, paid by the next draft run.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>待发奖励</source>
        <translation>Reward Owed</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../swdesk/ui/import_wizard.py" line="-484"/>
        <location line="+7"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{column}：{reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{field}：{old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新建档案，含证书：{level}</source>
        <translation>New file, with certificate: {level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新建档案</source>
        <translation>New file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变化或错误</source>
        <translation>Changes or errors</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../swdesk/ui/exam_dialogs.py" line="+23"/>
        <source>不限专业</source>
        <translation>Any major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作专业</source>
        <translation>Social Work Major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他专业</source>
        <translation>Other major</translation>
    </message>
    <message>
        <location filename="../../forms/exam_rules_dialog.ui" line="+14"/>
        <source>考试规则与报考条件</source>
        <translation>Exam Rules and Eligibility</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>全部科目须在几个连续年度内合格</source>
        <translation>All subjects passed within (consecutive exam years)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>成绩证明有效年限</source>
        <translation>Results certificate valid (years)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>学历（及以上）</source>
        <translation>Education (or higher)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>专业</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>工作年限</source>
        <translation>Years of Experience</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>须持证书</source>
        <translation>Certificate Required</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>取得证书后年限</source>
        <translation>Years Since Certificate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>添加一行</source>
        <translation>Add Row</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>删除所选行</source>
        <translation>Delete Selected Rows</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>恢复全国规定</source>
        <translation>Restore National Rules</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>符合任意一行即可报考。工作年限计算到考试当年12月31日。默认值按全国规定整理，请以当年考试公告为准。</source>
        <translation>Meeting any one row makes a worker eligible. Experience counts to 31 December of the exam year. The defaults follow the national rules; check each year&apos;s exam notice.</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/exam_dialogs.py" line="+85"/>
        <source>不需要</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../swdesk/ui/appraisal_dialogs.py" line="+196"/>
        <location filename="../../forms/appraisal_rules_editor.ui" line="+6"/>
        <source>等次与处分规则</source>
        <translation>Grade and Disciplinary Rules</translation>
    </message>
    <message>
        <location filename="../../forms/appraisal_rules_editor.ui" line="+7"/>
        <source>等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>最低分（含）</source>
        <translation>Minimum score (inclusive)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>低于最低分数线的等次(&amp;F)：</source>
        <translation>Grade below the lowest line (&amp;F):</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/appraisal_dialogs.py" line="-41"/>
        <source>不封顶</source>
        <translation>No cap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>当年受{d}处分，等次最高为：</source>
        <translation>Highest grade after a {d} this year:</translation>
    </message>
    <message>
        <location filename="../../forms/appraisal_rules_editor.ui" line="-31"/>
        <source>添加等次(&amp;A)</source>
        <translation>&amp;Add Grade</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>删除等次(&amp;D)</source>
        <translation>&amp;Delete Grade</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>已经建立的考评保留建立时的规则；新建的考评使用这里保存的规则。</source>
        <translation>Rounds already created keep the rules they were created with; new rounds use the rules saved here.</translation>
    </message>
</context>
<context>
    <name>SavingPdfPreview</name>
    <message>
        <location filename="../../swdesk/ui/pdf_preview_save.py" line="+39"/>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把这些页保存为 PDF 文件</source>
        <translation>Save these pages as a PDF file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="+8"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/settings_dialog.py" line="+46"/>
        <source>如：张三（不填则用电脑登录名 {user}）</source>
        <translation>e.g. Zhang San (empty: the computer login {user})</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="+28"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>操作员姓名：</source>
        <translation>Operator name:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>每日自动备份保留：</source>
        <translation>Daily backups to keep:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>每周备份保留：</source>
        <translation>Weekly backups kept:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 周</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>每月备份保留：</source>
        <translation>Monthly backups kept:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>U盘备份提醒：</source>
        <translation>USB backup reminder:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 天没另存就提醒</source>
        <translation> days without a copy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>界面语言：</source>
        <translation>Interface Language:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>操作员姓名会记入修改历史。每日备份之外，每周、每月各留最新的一份，慢慢损坏的文件也总有完好的旧备份。界面语言在重新打开 swdesk 后生效。</source>
        <translation>The operator&apos;s name goes into the change history. Besides the daily backups, the newest of each week and month is kept, so a file that decays slowly always has a good older backup. The interface language applies when swdesk is opened again.</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/settings_dialog.py" line="+24"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>电子表格</source>
        <translation>Spreadsheets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>津贴规则</source>
        <translation>Allowance Rules</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>账户与隐私</source>
        <translation>Accounts and Privacy</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="-80"/>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/settings_dialog.py" line="-16"/>
        <source>继续教育</source>
        <translation>Continuing Education</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../swdesk/ui/sheet_import_dialog.py" line="+36"/>
        <source>Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)</source>
        <translation>Excel Workbook (*.xlsx *.xlsm);;All Files (*)</translation>
    </message>
    <message>
        <location line="+151"/>
        <location filename="../../forms/sheet_import_dialog.ui" line="+12"/>
        <source>导入签到表</source>
        <translation>Import Sign-in Sheet</translation>
    </message>
    <message>
        <location filename="../../forms/sheet_import_dialog.ui" line="+22"/>
        <source>选择文件…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>签到表：</source>
        <translation>Sign-in sheet:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>保存空白签到表…</source>
        <translation>Save Blank Sheet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>表中要有“身份证号”列，通常还有“姓名”和“学时”列；不填学时的按培训学时记。</source>
        <translation>The sheet needs an ID number column, usually also name and hours; a row without hours gets the training&apos;s hours.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>记到已有的培训：</source>
        <translation>Into an existing training:</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/sheet_import_dialog.py" line="-119"/>
        <source>{date} {title}（{hours} 学时，已签到 {n} 人）</source>
        <translation>{date} {title} ({hours} hours, {n} recorded)</translation>
    </message>
    <message>
        <location filename="../../forms/sheet_import_dialog.ui" line="+18"/>
        <source>（还没有培训）</source>
        <translation>(no trainings yet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>新建一次培训（在下面填写培训信息）：</source>
        <translation>A new training (give its details below):</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>一份按导入格式排好的 Excel 签到表（身份证号列为文本），打印或填好后在这里导入</source>
        <translation>An Excel sign-in sheet laid out for import (ID numbers kept as text): print or fill it in, then import it here</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/sheet_import_dialog.py" line="+19"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>（还没有选择）</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>选择签到表</source>
        <translation>Choose the Sign-in Sheet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{title}签到表.xlsx</source>
        <translation>{title} sign-in sheet.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>培训签到表.xlsx</source>
        <translation>Training sign-in sheet.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>保存空白签到表</source>
        <translation>Save Blank Sign-in Sheet</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已保存：
{path}
填好身份证号（必填）、姓名和学时后，在这里导入。</source>
        <translation>Saved:
{path}
Fill in the ID numbers (required), names and hours, then import it here.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>正在导入签到表……</source>
        <translation>Importing the sign-in sheet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} 有以下问题，整份签到表都没有导入（一条也没有保存）。请在 Excel 里改正后重新导入。</source>
        <translation>{file} has the problems below; none of the sign-in sheet was imported (nothing was saved). Correct them in Excel and import again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新培训也没有建立，填好的培训信息还在。</source>
        <translation>The new training was not created either; the details you typed are kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>签到表没有导入</source>
        <translation>Sign-in Sheet Not Imported</translation>
    </message>
</context>
<context>
    <name>StationSiteDialog</name>
    <message>
        <location filename="../../swdesk/ui/post_dialogs.py" line="+28"/>
        <location filename="../../forms/station_site_dialog.ui" line="+14"/>
        <source>新增社工站站点</source>
        <translation>Add a station site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>站点属于 {station}。</source>
        <translation>The site belongs to {station}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本乡镇还没有登记社工站：新增站点时一并登记。</source>
        <translation>This township has no station registered yet: it is registered with the site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（不指定）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记站点</source>
        <translation>Add site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/station_site_dialog.ui" line="+15"/>
        <source>站点名称(&amp;N)：</source>
        <translation>Site &amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>如：红星村社会工作服务点</source>
        <translation>Such as Hongxing Village service point</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>所在村（社区）(&amp;V)：</source>
        <translation>&amp;Village/Community:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>启用日期(&amp;D)：</source>
        <translation>Opened on (&amp;D):</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../swdesk/ui/sync_page.py" line="+49"/>
        <source>同步文件 ({pattern})</source>
        <translation>Sync files ({pattern})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>县级密钥已用口令加密保存，还没有输入密钥口令。请在“数据同步”页点击“解锁县级密钥…”输入密钥口令，不用重新启动程序。</source>
        <translation>The county keys are kept encrypted under a passphrase, and it has not been entered. On the Sync page, click “Unlock County Keys…” and enter the key passphrase; there is no need to restart the program.</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location line="-214"/>
        <source>村（社区）</source>
        <translation>Villages/Communities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工档案</source>
        <translation>Worker files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调动与状态记录</source>
        <translation>Moves and status changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训</source>
        <translation>Training events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学时记录</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试年度设置</source>
        <translation>Exam year settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试报名</source>
        <translation>Exam registrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试成绩</source>
        <translation>Exam results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试费用</source>
        <translation>Exam fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从事社会工作起始时间</source>
        <translation>Social-work start dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考评表模板</source>
        <translation>Appraisal forms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度考评</source>
        <translation>Appraisal rounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考评表</source>
        <translation>Appraisals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书登记</source>
        <translation>Certificate registrations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>津贴发放表</source>
        <translation>Allowance payrolls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>津贴发放明细</source>
        <translation>Allowance payroll lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>津贴收款账户</source>
        <translation>Allowance payee accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训费用</source>
        <translation>Training costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员职务</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业岗位</source>
        <translation>Professional posts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位任职</source>
        <translation>Post holders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工站</source>
        <translation>Social work stations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工站“六有”</source>
        <translation>Station checklists</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../swdesk/ui/appraisal_dialogs.py" line="-50"/>
        <location line="+11"/>
        <location filename="../../forms/template_editor.ui" line="+14"/>
        <source>考评表模板</source>
        <translation>Appraisal Templates</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+79"/>
        <source>{name}（第 {version} 版）</source>
        <translation>{name} (version {version})</translation>
    </message>
    <message>
        <location filename="../../forms/template_editor.ui" line="+24"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>考评项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>内容及要求</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>分值</source>
        <translation>Max. score</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>添加项目(&amp;A)</source>
        <translation>&amp;Add Item</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>删除项目(&amp;D)</source>
        <translation>&amp;Delete Item</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>模板(&amp;T)：</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>保存后成为新版本；已经建立的考评仍使用建立时的版本。各项分值合计应为 100 分。</source>
        <translation>Saving creates a new version; rounds already created keep the version they were created with. Maximum scores must total 100.</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/appraisal_dialogs.py" line="-17"/>
        <source>合计 {total} 分</source>
        <translation>Total {total} points</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已保存为第 {version} 版。新建的考评将使用这一版。</source>
        <translation>Saved as version {version}. New rounds will use this version.</translation>
    </message>
</context>
<context>
    <name>TownshipColumn</name>
    <message>
        <location filename="../../swdesk/ui/township_column.py" line="+42"/>
        <source>按乡镇（街道）筛选</source>
        <translation>Filter by township</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>全部乡镇（街道）</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>乡镇（街道）：</source>
        <translation>Township:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
</context>
<context>
    <name>TownshipSyncPage</name>
    <message>
        <location filename="../../swdesk/ui/sync_township.py" line="+39"/>
        <source>加入县里的同步（登记文件）…</source>
        <translation>Join the county&apos;s sync (enrollment file)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出数据包到U盘或文件夹…</source>
        <translation>Export a package to a USB stick or folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完整导出（县里数据出错时用）</source>
        <translation>Full export (when the county&apos;s copy is wrong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入县里的回执…</source>
        <translation>Import the county&apos;s receipt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还没有加入县里的数据同步。请先向县里要本站的登记文件（.swsync），点“加入县里的同步（登记文件）…”选中它；之后就可以导出数据包交给县里。</source>
        <translation>Not yet joined the county&apos;s sync. Ask the county for this station&apos;s enrollment file (.swsync) and choose it with “Join the county&apos;s sync (enrollment file)…”; after that you can export packages for the county.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本站有</source>
        <translation>This station holds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>县里有（据最近回执）</source>
        <translation>County holds (last receipt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>上报单位：{name}（{code}）</source>
        <translation>Reports to: {name} ({code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还没有加入县里的数据同步：请用县里发的登记文件加入。</source>
        <translation>Not yet joined to the county&apos;s sync: join with the enrollment file from the county.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最近导出：第 {seq} 号，{at}，{file}；之后又有 {n} 条改动待导出。</source>
        <translation>Last export: no. {seq}, {at}, {file}; {n} changes since then wait to be exported.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>还没有导出过数据包；待导出的改动 {n} 条。</source>
        <translation>No package exported yet; {n} changes wait to be exported.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>最近回执：{at}，县里已收到 {n} 个数据包。</source>
        <translation>Last receipt: {at}; the county has received {n} packages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还没有收到县里的回执。</source>
        <translation>No receipt from the county yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>县里还没有收到第 {seqs} 号数据包。下次导出会自动把这些改动一并带上。</source>
        <translation>The county has not received package no. {seqs}. The next export will carry those changes again.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>未加入县里的同步</source>
        <translation>Not joined to the county&apos;s sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} 条改动待导出</source>
        <translation>{n} changes to export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择县里发的登记文件</source>
        <translation>Choose the county&apos;s enrollment file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>加入同步</source>
        <translation>Join sync</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已加入 {name} 的数据同步。</source>
        <translation>Joined the sync of {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择U盘或文件夹</source>
        <translation>Choose a USB stick or folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在导出数据包</source>
        <translation>Exporting the package</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已导出第 {seq} 号数据包（{rows} 条记录，{kb} KB），已读回校验无误：
{path}</source>
        <translation>Exported package no. {seq} ({rows} records, {kb} KB), read back and verified:
{path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>选择县里的回执</source>
        <translation>Choose the county&apos;s receipt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已导入回执：县里已收到 {n} 个数据包，更新设置 {s} 项，新增村（社区）{v} 个。</source>
        <translation>Receipt imported: the county has {n} packages; {s} settings updated, {v} villages/communities added.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导入回执</source>
        <translation>Import receipt</translation>
    </message>
</context>
<context>
    <name>TrainingCostsDialog</name>
    <message>
        <location filename="../../swdesk/ui/training_costs_dialog.py" line="+47"/>
        <source>《{title}》 {date}：每人这次培训的费用、由谁报销（不填为所在单位）和报销状态。</source>
        <translation>“{title}” {date}: each person&apos;s cost of this training, who pays it back (empty: their unit) and whether it was reimbursed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} 人参加，{m} 人已记费用；</source>
        <translation>{n} attended, {m} with a cost recorded; </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{state} {amount} 元</source>
        <translation>{state} {amount} yuan</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>删除培训费用</source>
        <translation>Training cost deleted</translation>
    </message>
    <message>
        <location filename="../../forms/training_costs_dialog.ui" line="+8"/>
        <source>培训费用</source>
        <translation>Training Costs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>所选人员的培训费用</source>
        <translation>Training cost of the selected person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>金额（元）：</source>
        <translation>Amount (yuan):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>如：380 或 380.50</source>
        <translation>e.g. 380 or 380.50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>由谁报销：</source>
        <translation>Paid by:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>报销状态：</source>
        <translation>State:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>报销日期（只有“已报销”才有）</source>
        <translation>Reimbursement date (reimbursed costs only)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>删除费用</source>
        <translation>Delete Cost</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存费用</source>
        <translation>Save Cost</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../swdesk/ui/training_page.py" line="+14"/>
        <location line="+42"/>
        <source>新建培训…</source>
        <translation>New Training…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录签到…</source>
        <translation>Record Attendance…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>逐个输入或扫描身份证号，或按姓名多选，整份名单一起保存</source>
        <translation>Type or scan ID numbers one after another, or pick several by name; the whole list is saved at once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入签到表…</source>
        <translation>Import Sign-in Sheet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>从 Excel 签到表（身份证号、姓名、学时）导入签到：记到选中的培训，或在导入时填写新培训的信息</source>
        <translation>Import attendance from an Excel sign-in sheet (ID number, name, hours): into the selected training, or into a new one whose details you give while importing</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>只看这一年开始的培训</source>
        <translation>Only the trainings that start in this year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>搜索培训名称、主办单位、地点（可用拼音首字母）</source>
        <translation>Search title, organizer or place (pinyin initials work too)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按乡镇（街道）筛选</source>
        <translation>Filter by township</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>还没有培训记录。点“新建培训…”登记一次培训，再记录签到。</source>
        <translation>No trainings yet. Click “New Training…” to enter one, then record attendance.</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>显示全部培训</source>
        <translation>Show all training</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>删除这条签到…</source>
        <translation>Delete Attendance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学时记录…</source>
        <translation>CE Hours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训费用…</source>
        <translation>Training Costs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这次培训每人的费用、由谁报销和报销状态</source>
        <translation>Each person&apos;s cost of this training, who pays it back and whether it was reimbursed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签到名单</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>培训与签到</source>
        <translation>Trainings and Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+200"/>
        <source>学时达标</source>
        <translation>CE Compliance</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>列出 {n} 次培训</source>
        <translation>{n} training events listed</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>全部乡镇（街道）</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>没有符合条件的培训。请换一个年度，或改一改搜索的字。</source>
        <translation>No training matches. Choose another year or change the search.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>还没有培训记录。培训和签到由各乡镇（街道）登记，随数据包报到县里。</source>
        <translation>No trainings yet. The townships record trainings and attendance, and they reach the county in their packages.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>共 {n} 次培训</source>
        <translation>{n} trainings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>签到名单（先在上面选中一次培训）</source>
        <translation>Attendance (select a training above first)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>《{title}》签到名单：{n} 人</source>
        <translation>Attendance of “{title}”: {n}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>正在计算学时达标情况……</source>
        <translation>Computing CE compliance…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+6"/>
        <source>导出学时达标名单</source>
        <translation>Export CE Compliance List</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>列表里现在没有人，没有可导出的内容。请放宽筛选条件后再导出。</source>
        <translation>The list is empty: there is nothing to export. Relax the filters and export again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>继续教育学时达标情况_{date}.xlsx</source>
        <translation>CE_compliance_{date}.xlsx</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已导出 {n} 人到：
{path}</source>
        <translation>Exported {n} people to:
{path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>打印学时证明</source>
        <translation>Print CE Transcripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{village}没有持证的在岗社工，不用出具学时证明。</source>
        <translation>{village} has no certified worker in post: no transcript to print.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>继续教育学时证明_{village}_{date}.pdf</source>
        <translation>CE_transcripts_{village}_{date}.pdf</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>确定删除培训《{title}》吗？</source>
        <translation>Delete the training “{title}”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
它的 {n} 条签到记录会一起删除，这些人的学时会相应减少。</source>
        <translation>
Its {n} attendance records are deleted with it, and those people lose the hours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除培训</source>
        <translation>Delete Training</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>选择要导入的签到表</source>
        <translation>Choose the Sign-in Sheet to Import</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已新建培训《{title}》，并导入 {n} 人的签到。</source>
        <translation>Created the training “{title}” and imported attendance of {n} people.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已为《{title}》导入 {n} 人的签到。</source>
        <translation>Imported attendance of {n} people for “{title}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入签到表</source>
        <translation>Import Sign-in Sheet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>删除签到</source>
        <translation>Delete Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除 {name} 在《{title}》的签到（{hours} 学时）吗？</source>
        <translation>Delete the attendance of {name} at “{title}” ({hours} hours)?</translation>
    </message>
</context>
<context>
    <name>UnitsChart</name>
    <message>
        <location filename="../../swdesk/ui/indicator_charts.py" line="-100"/>
        <source>持证社工（达到目标）</source>
        <translation>Certified workers (target met)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>持证社工（未达目标）</source>
        <translation>Certified workers (below target)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>VillageFiguresBox</name>
    <message>
        <location filename="../../swdesk/ui/village_figures_box.py" line="+43"/>
        <source>人口与老年人数（指标的分母）</source>
        <translation>Population and elderly (indicator denominators)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>人数，不知道可不填</source>
        <translation>People (empty if unknown)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}：</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>保存人口数据</source>
        <translation>Save Figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>表格第一行是表头：村（社区）代码，以及户籍人口、常住人口、老年人数、供养老人数中的任意几列</source>
        <translation>The first row is the header: 村（社区）代码 (village/community code) and any of 户籍人口, 常住人口, 老年人数, 供养老人数</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>导入人口数据</source>
        <translation>Import Population Figures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../../swdesk/ui/villages_page.py" line="+59"/>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>档案数</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>持证在岗</source>
        <translation>Certified in post</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本村（社区）全部档案（未删除），含离岗、调出和未持证的人</source>
        <translation>Every file of the village or community (not deleted), including people who left, moved away or hold no certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天在岗、持助理社会工作师及以上证书的人，与队伍建设指标的统计口径相同</source>
        <translation>People in post today holding 助理社会工作师 or higher, counted as the workforce indicators count them</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>12位统计用区划代码</source>
        <translation>12-digit statistical division code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>如：和平社区、红星村</source>
        <translation>e.g. 和平社区, 红星村</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清空表单</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>代码：</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型：</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>村（社区）信息</source>
        <translation>Village/community</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>代码是12位统计用区划代码：县6位 + 乡镇3位 + 村（社区）3位。社区按城市社区统计，村按农村社区统计。</source>
        <translation>The code is the 12-digit statistical division code: 6 county + 3 township + 3 village/community digits. 社区 counts as an urban community, 村 as a rural one.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>还没有村（社区）。在下面填写12位代码和名称，选好类型，点“添加”。</source>
        <translation>No villages (communities) yet. Fill in the 12-digit code and the name below, choose the type and click “Add”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写第一个村（社区）</source>
        <translation>Enter the first village</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>共 {n} 个村（社区）</source>
        <translation>{n} villages (communities) in all</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>删除村（社区）</source>
        <translation>Delete village/community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除“{name}”（{code}）吗？</source>
        <translation>Delete &quot;{name}&quot; ({code})?</translation>
    </message>
</context>
<context>
    <name>WorkerEditor</name>
    <message>
        <location filename="../../swdesk/ui/worker_editor.py" line="+213"/>
        <location line="+98"/>
        <location line="+139"/>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>如：汉族（可输入查找）</source>
        <translation>e.g. Han (type to search)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+630"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-585"/>
        <source>请先保存档案，再记录登记。</source>
        <translation>Save the file first, then record registrations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证书有未保存的修改，请先保存档案，再修改登记。</source>
        <translation>The certificates have unsaved changes: save the file first, then change registrations.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1（已删除）</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>新建社工档案</source>
        <translation>New worker file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>社工档案 — %1</source>
        <translation>Worker file — %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1  %2 → %3</source>
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1  状态：%2 → %3</source>
        <translation>%1  status: %2 → %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>没有调动</source>
        <translation>No moves</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>没有考试报名</source>
        <translation>No exam registrations</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>起始日期不能晚于今天。</source>
        <translation>The start date cannot be after today.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>截至 %1 年 12 月 31 日从事社会工作满 %2 年</source>
        <translation>%2 full years of social work by 31 Dec %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>身份证号不能为空。</source>
        <translation>The ID number must not be empty.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已输入 %1 位，共 18 位</source>
        <translation>%1 of 18 characters typed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>15位旧号码，保存时升位为18位：%1</source>
        <translation>Old 15-digit number; saved as the 18-digit %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已经有这个身份证号的档案（%1，已删除），保存时可以恢复它。</source>
        <translation>A file with this ID number exists (%1, deleted); you can restore it when saving.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已经有这个身份证号的档案（%1），保存时可以打开它。</source>
        <translation>A file with this ID number exists (%1); you can open it when saving.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>这个村（社区）已经删除，请选择现有的村（社区）。</source>
        <translation>This village/community was deleted; choose an existing one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>从事社会工作起始时间不能晚于今天。</source>
        <translation>The start of social work cannot be after today.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>要恢复这份档案并打开它吗？本窗口里填写的内容不会保存。</source>
        <translation>Restore that file and open it? What you entered in this window will not be saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>恢复并打开</source>
        <translation>Restore and open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>要打开已有档案吗？本窗口里填写的内容不会保存。</source>
        <translation>Open the existing file? What you entered in this window will not be saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开已有档案</source>
        <translation>Open existing file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>身份证号重复</source>
        <translation>Duplicate ID number</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>档案有未保存的修改，要放弃这些修改吗？</source>
        <translation>The file has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../forms/worker_editor.ui" line="+14"/>
        <source>社工档案</source>
        <translation>Worker file</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>基本信息</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>如：张三</source>
        <translation>e.g. Zhang San</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>身份证号(&amp;I)</source>
        <translation>&amp;ID Number</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>18位居民身份证号（15位旧号码会自动升位）</source>
        <translation>18-character resident ID (old 15-digit numbers are upgraded)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <source>由身份证号得出，不能直接修改</source>
        <translation>Derived from the ID number; cannot be edited</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>出生日期</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>民族(&amp;E)</source>
        <translation>&amp;Ethnicity</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>手机号码(&amp;P)</source>
        <translation>Mobile &amp;Phone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>11位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>政治面貌</source>
        <translation>Political Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>专业</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>所学专业，如：社会工作</source>
        <translation>Field of study, e.g. social work</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>社工专业</source>
        <translation>Social work major</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>所学专业属于社会工作专业</source>
        <translation>Studied social work</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>从事社会工作起始(&amp;W)</source>
        <translation>In Social Work Since(&amp;W)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>开始从事社会工作的日期；考试报考条件的工作年限从这一天算到考试当年12月31日</source>
        <translation>When the person started social work; exam eligibility counts years from this day to 31 December of the exam year</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>工作信息</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>村（社区）(&amp;V)</source>
        <translation>&amp;Village/Community</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>调动日期</source>
        <translation>Move date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>调到新的村（社区）的日期，记入调动记录</source>
        <translation>Date of the move to the new village/community, kept in the moves list</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>岗位类型</source>
        <translation>Post Type</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>专业岗位</source>
        <translation>Professional Post</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>在社会工作专业岗位上</source>
        <translation>Holds a professional social-work post</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>服务领域</source>
        <translation>Service Domains</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>职务</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>岗位类型之外担任的职务；勾选或取消的当天记入职务记录</source>
        <translation>Roles held besides the post type; ticking or clearing one records it that day</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>状态(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>状态日期</source>
        <translation>Status Date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>离岗、调出或重新在岗的日期</source>
        <translation>Date of leaving, transfer out or return to duty</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>备注(&amp;R)</source>
        <translation>&amp;Remarks</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>其他需要记下的情况（Ctrl+Enter 保存）</source>
        <translation>Anything else to note (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>调动记录</source>
        <translation>Moves</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>考试记录</source>
        <translation>Exam Record</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>历年考试报名、科目成绩和结果（在“考试报名”页面修改）</source>
        <translation>Exam registrations, scores and results by year (edit them on the Exam Registration page)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>当前等级：无</source>
        <translation>Current level: none</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>证书编号</source>
        <translation>Certificate Number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>取得日期</source>
        <translation>Date Obtained</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记日期</source>
        <translation>Registration Date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>添加证书(&amp;A)</source>
        <translation>&amp;Add certificate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>删除光标所在的那一行证书</source>
        <translation>Delete the certificate in the row with the cursor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除证书(&amp;D)</source>
        <translation>&amp;Delete certificate</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>修改记录(&amp;H)…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/exam_history.py" line="+9"/>
        <source>未录入</source>
        <translation>no score</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{year}年 {level} {state}：{scores} — {outcome}</source>
        <translation>{year} {level} {state}: {scores} — {outcome}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无科目</source>
        <translation>no subjects</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} {amount:.2f} 元（{done}）</source>
        <translation>{item} {amount:.2f} yuan ({done})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已报销 {date}</source>
        <translation>reimbursed {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未报销</source>
        <translation>not reimbursed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>准考证号：{ticket}&#x3000;考点：{site}
费用：{fees}</source>
        <translation>Admission ticket: {ticket}   Site: {site}
Fees: {fees}</translation>
    </message>
</context>
<context>
    <name>WorkerModel</name>
    <message>
        <location filename="../../swdesk/ui/worker_model.py" line="+53"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号码</source>
        <translation>Mobile Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书等级</source>
        <translation>Certificate Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位类型</source>
        <translation>Post Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业岗位</source>
        <translation>Professional Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>{name} 的档案已删除，可以恢复。</source>
        <translation>The file of {name} was deleted; it can be restored.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{status}（已删除）</source>
        <translation>{status} (deleted)</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../swdesk/ui/workers_page.py" line="+295"/>
        <source>共 {total} 人，显示 {shown} 人</source>
        <translation>{total} people, {shown} shown</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>清除筛选</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>还没有乡镇报来的社工档案。点“导入数据包…”，导入乡镇送来的数据包；合并后的名单就显示在这里。</source>
        <translation>No records from the townships yet. Click “Import packages…” to import the packages the townships sent; the merged list appears here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>还没有社工档案。点“新建档案”逐个录入，或用“导入花名册…”导入 Excel 花名册。</source>
        <translation>No worker files yet. Click &quot;New file&quot; to enter them one by one, or use &quot;Import roster…&quot; for an Excel roster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>没有符合条件的档案。可以换个关键词，或点“清除筛选”。</source>
        <translation>No file matches. Try other words, or click &quot;Clear filters&quot;.</translation>
    </message>
</context>
<context>
    <name>XlsxLimitsTab</name>
    <message>
        <location filename="../../swdesk/ui/xlsx_limits_tab.py" line="+36"/>
        <source>可设 {least} 到 {most}。</source>
        <translation>From {least} to {most}.</translation>
    </message>
    <message>
        <location filename="../../forms/xlsx_limits_tab.ui" line="+8"/>
        <source>导入电子表格前先看它有多大，超过下面的限度就不读，以免一个文件占满这台电脑的内存。花名册很大的县（区）可以调高。只对这台电脑有效。</source>
        <translation>Before a spreadsheet is imported its size is looked at; one over these limits is not read, so a single file cannot fill this computer&apos;s memory. A county with very large rosters can raise them. They apply to this computer only.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>最多行数：</source>
        <translation>Most rows:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 行</source>
        <translation> rows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>最多列数：</source>
        <translation>Most columns:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 列</source>
        <translation> columns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>解压后最大：</source>
        <translation>Largest unpacked size:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>最大压缩比：</source>
        <translation>Highest compression ratio:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 倍</source>
        <translation> ×</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <location filename="../../swdesk/ui/exam_dialogs.py" line="-442"/>
        <source>考试年度设置</source>
        <translation>Exam Year Settings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建考试年度</source>
        <translation>New Exam Year</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>如果确实如此，再点一次“保存”。</source>
        <translation>If that is right, click “Save” again.</translation>
    </message>
    <message>
        <location filename="../../forms/exam_year_dialog.ui" line="+117"/>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>报名费由各省每年公布，按科目收取（客观题、主观题、高级科目标准可能不同）。请按本省当年考务通知填写；科目标准不同时填常用的一档，个别人的报名费可在报名里改。</source>
        <translation>Each province publishes its fee per subject every year (objective, subjective and senior subjects may differ). Enter your province&apos;s fee from this year&apos;s exam notice; where subjects differ use the usual one and change individual fees in the registration.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>本地执行特殊地区合格线</source>
        <translation>Special-area pass marks apply here</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>科目</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>合格线</source>
        <translation>Pass Mark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>特殊地区合格线</source>
        <translation>Special-Area Pass Mark</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>考试年度：</source>
        <translation>Exam year:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>考试日期（第一天）：</source>
        <translation>Exam date (day 1):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>考试日期（第二天）：</source>
        <translation>Exam date (day 2):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>报名开始：</source>
        <translation>Registration opens:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>报名截止：</source>
        <translation>Registration closes:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>成绩公布：</source>
        <translation>Results published:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>每科报名费（本省标准）：</source>
        <translation>Fee per subject (provincial):</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>合格线（特殊地区合格线留空表示与合格线相同）：</source>
        <translation>Pass marks (leave the special-area mark empty to use the normal one):</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/exam_dialogs.py" line="-12"/>
        <source>每科报名费还没有填写，报名时报名费会记为 0 元。请按本省考务通知填写；如果本地确实不收报名费，再点一次“保存”。</source>
        <translation>The fee per subject is not filled in, so exam fees would be recorded as 0 yuan. Enter your province&apos;s fee; if there really is no fee here, click Save again.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../swdesk/app.py" line="+98"/>
        <source>swdesk 已经打开</source>
        <translation>swdesk is already open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据文件版本太新</source>
        <translation>Data file too new</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+49"/>
        <source>无法打开数据文件</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>无法打开数据文件 {path}。</source>
        <translation>Cannot open the data file {path}.</translation>
    </message>
    <message>
        <location filename="../../swdesk/ui/file_health.py" line="+82"/>
        <source>今天的自动备份没有成功：{error}。请检查磁盘空间，或用“备份…”手动备份。</source>
        <translation>Today&apos;s automatic backup failed: {error}. Check the free disk space, or make a backup with “Backup…”.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../swdesk/ui/crash.py" line="+84"/>
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../../swdesk/core/enums.py" line="+29"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>社工员</source>
        <translation>Community Social Work Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>助理社会工作师</source>
        <translation>Social Work Assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作师</source>
        <translation>Social Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高级社会工作师</source>
        <translation>Senior Social Worker</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>社区专职工作者</source>
        <translation>Full-time Community Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工站驻站社工</source>
        <translation>Station-based Social Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）“两委”成员</source>
        <translation>Village/Community Committee Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工机构</source>
        <translation>Social Work Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>老年</source>
        <translation>Older People</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>儿童/未成年人</source>
        <translation>Children/Minors</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>社会救助</source>
        <translation>Social Assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区治理</source>
        <translation>Community Governance</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>残障</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>家庭</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>在岗</source>
        <translation>In Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离岗</source>
        <translation>Left Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调出</source>
        <translation>Transferred Out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>中共党员</source>
        <translation>CPC Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中共预备党员</source>
        <translation>CPC Probationary Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共青团员</source>
        <translation>Communist Youth League Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民主党派</source>
        <translation>Democratic Party Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无党派人士</source>
        <translation>Independent (Non-party)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群众</source>
        <translation>No Party Affiliation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>博士研究生</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>硕士研究生</source>
        <translation>Master&apos;s Degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大学本科</source>
        <translation>Bachelor&apos;s Degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大学专科</source>
        <translation>Junior College Diploma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中专</source>
        <translation>Secondary Vocational School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高中</source>
        <translation>Senior High School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初中及以下</source>
        <translation>Junior High School or Below</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>汉族</source>
        <translation>Han</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>蒙古族</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回族</source>
        <translation>Hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>藏族</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>维吾尔族</source>
        <translation>Uyghur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>苗族</source>
        <translation>Miao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>彝族</source>
        <translation>Yi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>壮族</source>
        <translation>Zhuang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>布依族</source>
        <translation>Bouyei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>朝鲜族</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满族</source>
        <translation>Manchu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>侗族</source>
        <translation>Dong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>瑶族</source>
        <translation>Yao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>白族</source>
        <translation>Bai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>土家族</source>
        <translation>Tujia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>哈尼族</source>
        <translation>Hani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>哈萨克族</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>傣族</source>
        <translation>Dai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黎族</source>
        <translation>Li</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>傈僳族</source>
        <translation>Lisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>佤族</source>
        <translation>Va</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>畲族</source>
        <translation>She</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高山族</source>
        <translation>Gaoshan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拉祜族</source>
        <translation>Lahu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>水族</source>
        <translation>Sui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>东乡族</source>
        <translation>Dongxiang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纳西族</source>
        <translation>Naxi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>景颇族</source>
        <translation>Jingpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>柯尔克孜族</source>
        <translation>Kyrgyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>土族</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>达斡尔族</source>
        <translation>Daur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仫佬族</source>
        <translation>Mulao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>羌族</source>
        <translation>Qiang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>布朗族</source>
        <translation>Blang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撒拉族</source>
        <translation>Salar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>毛南族</source>
        <translation>Maonan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仡佬族</source>
        <translation>Gelao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>锡伯族</source>
        <translation>Xibe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阿昌族</source>
        <translation>Achang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>普米族</source>
        <translation>Pumi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>塔吉克族</source>
        <translation>Tajik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>怒族</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乌孜别克族</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>俄罗斯族</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>鄂温克族</source>
        <translation>Evenki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>德昂族</source>
        <translation>De&apos;ang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保安族</source>
        <translation>Bonan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>裕固族</source>
        <translation>Yugur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>京族</source>
        <translation>Gin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>塔塔尔族</source>
        <translation>Tatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>独龙族</source>
        <translation>Derung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>鄂伦春族</source>
        <translation>Oroqen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>赫哲族</source>
        <translation>Hezhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>门巴族</source>
        <translation>Monpa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>珞巴族</source>
        <translation>Lhoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基诺族</source>
        <translation>Jino</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/exam.py" line="-295"/>
        <source>初级</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中级</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高级</source>
        <translation>Senior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>拟报名</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已报名</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已缴费</source>
        <translation>Fee Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已参考</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺考</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未通过</source>
        <translation>Not Passed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>待确认</source>
        <translation>To Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已建证</source>
        <translation>Certificate Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不建证</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>报名即可报销</source>
        <translation>Anyone registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参加考试（非缺考）才报销</source>
        <translation>Only those who sat the exam (not absent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试合格才报销</source>
        <translation>Only those who passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试合格并取得证书才报销</source>
        <translation>Only those who passed and obtained the certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>社会工作综合能力（初级）</source>
        <translation>Social Work Comprehensive Competence (Primary)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作实务（初级）</source>
        <translation>Social Work Practice (Primary)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作综合能力（中级）</source>
        <translation>Social Work Comprehensive Competence (Intermediate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作实务（中级）</source>
        <translation>Social Work Practice (Intermediate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作法规与政策</source>
        <translation>Social Work Laws, Regulations and Policies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社会工作实务（高级）</source>
        <translation>Social Work Practice (Senior)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>报名费</source>
        <translation>Exam Fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>书本费</source>
        <translation>Books</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>差旅费</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/ce.py" line="-737"/>
        <source>面授</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实务实训</source>
        <translation>Practical Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>督导</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学术交流</source>
        <translation>Academic Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学历教育</source>
        <translation>Degree Study</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>已达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>进行中</source>
        <translation>On Track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有风险</source>
        <translation>At Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未达标</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无要求</source>
        <translation>Not Required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未登记</source>
        <translation>Not Registered</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>学时</source>
        <translation>hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/appraisal.py" line="-486"/>
        <source>社区社会工作者</source>
        <translation>Community Social Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区社工专业岗位</source>
        <translation>Community Social-Work Professional Post</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/registration.py" line="-50"/>
        <source>首次登记</source>
        <translation>First Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再登记</source>
        <translation>Re-registration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>待审核</source>
        <translation>Pending Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初审通过</source>
        <translation>First Review Passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初审未通过</source>
        <translation>First Review Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终审通过</source>
        <translation>Final Review Passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终审未通过</source>
        <translation>Final Review Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已出证</source>
        <translation>Certificate Issued</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/appraisal.py" line="+7"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/allowance.py" line="-629"/>
        <source>公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已发放</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>社保卡</source>
        <translation>Social Security Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>银行卡</source>
        <translation>Bank Card</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/appraisal.py" line="+1"/>
        <source>已定稿</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记过</source>
        <translation>Demerit</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/audit.py" line="+31"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/allowance_edit.py" line="-70"/>
        <source>取得证书的次月起发</source>
        <translation>From the month after the certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取得证书的当月起发</source>
        <translation>From the month of the certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按整月发</source>
        <translation>Pay the whole month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不发</source>
        <translation>Pay nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按天数折算</source>
        <translation>Pay by days</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/training_cost.py" line="-58"/>
        <source>未报销</source>
        <translation>Not Reimbursed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已报销</source>
        <translation>Reimbursed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予报销</source>
        <translation>Not Reimbursable</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/accounts.py" line="-122"/>
        <source>录入</source>
        <translation>Data Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审核</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/documents.py" line="+49"/>
        <source>社工花名册</source>
        <translation>Worker Roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>银行代发表</source>
        <translation>Bank Payment Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>津贴发放表</source>
        <translation>Allowance Payroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签领表</source>
        <translation>Signing Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公示名单</source>
        <translation>Public Notice List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考评结果表</source>
        <translation>Appraisal Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试报名名单</source>
        <translation>Exam Registration List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>考试费用报销表</source>
        <translation>Exam Fee Reimbursement Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度津贴明细</source>
        <translation>Annual Allowance Statement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学时证明</source>
        <translation>CE Transcript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>绩效考评表</source>
        <translation>Performance Appraisal Sheets</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/xlsx_limits.py" line="-17"/>
        <source>最多行数</source>
        <translation>most rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最多列数</source>
        <translation>most columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解压后最大（MB）</source>
        <translation>largest unpacked size (MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最大压缩比</source>
        <translation>highest compression ratio</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/workforce.py" line="-197"/>
        <source>定员干部</source>
        <translation>Established Cadre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）党组织书记</source>
        <translation>Village/Community Party Secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>儿童主任</source>
        <translation>Children&apos;s Director</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>儿童督导员</source>
        <translation>Children&apos;s Supervisor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>专职</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兼职</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>社工站（乡镇）</source>
        <translation>Township Station</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>有场地</source>
        <translation>Premises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有服务功能</source>
        <translation>Service Functions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有工作流程</source>
        <translation>Work Procedures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有规章制度</source>
        <translation>Rules and Regulations</translation>
    </message>
    <message>
        <location filename="../../swdesk/core/indicators/definitions.py" line="-279"/>
        <source>约束性</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预期性</source>
        <translation>Expected</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../swdesk/ui/history_dialog.py" line="-222"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号说明</source>
        <translation>ID number note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机号码</source>
        <translation>Mobile Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政治面貌</source>
        <translation>Political Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社工专业</source>
        <translation>Social work major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village/Community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位类型</source>
        <translation>Post Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专业岗位</source>
        <translation>Professional Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务领域</source>
        <translation>Service Domains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态日期</source>
        <translation>Status Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书编号</source>
        <translation>Certificate Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取得日期</source>
        <translation>Date Obtained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记日期</source>
        <translation>Registration Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从事社会工作起始</source>
        <translation>In social work since</translation>
    </message>
</context>
<context>
    <name>file_dirs</name>
    <message>
        <location filename="../../swdesk/ui/file_dirs.py" line="+33"/>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>file_health</name>
    <message>
        <location filename="../../swdesk/ui/file_health.py" line="-72"/>
        <source>导出社工名册</source>
        <translation>Export the roster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>从最新的完好备份恢复</source>
        <translation>Restore the newest good backup</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>发现U盘 {drive}。要把数据文件另存一份备份到U盘上吗？</source>
        <translation>USB stick {drive} found. Copy a backup of the data file onto it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>备份到U盘</source>
        <translation>Back up to USB stick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在备份到U盘……</source>
        <translation>Backing up to the USB stick…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已备份到U盘：
{path}</source>
        <translation>Backed up to the USB stick:
{path}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>数据文件已损坏</source>
        <translation>Data file damaged</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem}

现在用最新的完好备份“{name}”恢复吗？损坏的文件会改名留在 backups 文件夹中，不会删除。</source>
        <translation>{problem}

Restore the newest good backup “{name}” now? The damaged file is renamed and kept in the backups folder, never deleted.</translation>
    </message>
</context>
<context>
    <name>print_preview</name>
    <message>
        <location filename="../../swdesk/ui/print_preview.py" line="+85"/>
        <source>已保存到：
{path}</source>
        <translation>Saved to:
{path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>打开所在文件夹</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../swdesk/ui/tasks.py" line="+102"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>无法读写文件 {file}。
请检查文件是否存在、U盘是否插好；如果它正在 Excel 或其他程序中打开，请先关闭再试。</source>
        <translation>Cannot read or write the file {file}.
Check that it exists and that the USB stick is plugged in; if it is open in Excel or another program, close it and try again.</translation>
    </message>
</context>
</TS>
