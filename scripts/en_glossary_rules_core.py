"""English for the rule messages of swdesk/core (built with ``msg``; context "", see core/i18n.py).

Keep every ``{name}`` placeholder of the Chinese template; values are filled in at display time.
Names of values put into a sentence ("学时", "开始日期", "合格线") are in Title Case, like the
field labels of the forms: they are the ``{field}`` of "{field} must be a number." and the like.
"""

from __future__ import annotations

# Names and states of core/appraisal.py, stored in Chinese and shown through the "enum" context.
ENUM: dict[str, str] = {
    "社区社会工作者": "Community Social Worker",
    "社区社工专业岗位": "Community Social-Work Professional Post",
    "草稿": "Draft",
    "已定稿": "Finalized",
    "已签字": "Signed",
    # disciplinary actions (处分)
    "警告": "Warning",
    "记过": "Demerit",
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "": {
        # core/i18n.py: joined() and listed()
        "{first}；{rest}": "{first}; {rest}",
        "{problems}……共 {count} 处": "{problems} … ({count} problems in all)",
        # core/idnumber.py
        "由15位旧身份证号 {old} 升位为18位": "Upgraded to 18 digits from the old 15-digit number {old}",
        "身份证号中的出生日期 {digits} 不是真实的日期，请核对号码。": (
            "The birth date {digits} in the ID number is not a real date; please check the number."
        ),
        "身份证号不能为空。": "The ID number must not be empty.",
        "身份证号被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新填写号码。": (
            "Excel stored the ID number as a number and its last digits are lost. Format the column "
            "as Text and enter the number again."
        ),
        "身份证号“{number}”被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新填写号码。": (
            "Excel stored the ID number “{number}” as a number and its last digits are lost. Format "
            "the column as Text and enter the number again."
        ),
        "15位旧身份证号只能由数字组成。": "An old 15-digit ID number may contain digits only.",
        "身份证号应为18位（旧号码为15位），现在是 {count} 位。": (
            "An ID number has 18 digits (old numbers 15); this one has {count}."
        ),
        "身份证号前17位必须是数字，最后一位是数字或 X。": (
            "The first 17 characters of an ID number must be digits and the last a digit or X."
        ),
        "身份证号的地址码 {code} 不像行政区划代码，请核对号码。": (
            "The address code {code} of the ID number does not look like a division code; please "
            "check the number."
        ),
        "身份证号中的出生日期 {born} 不合理，请核对号码。": (
            "The birth date {born} in the ID number is not plausible; please check the number."
        ),
        "身份证号“{number}”末尾是000且校验位不对：很可能被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新填写号码。": (
            "The ID number “{number}” ends in 000 and its check digit is wrong: Excel most likely "
            "stored it as a number and its last digits are lost. Format the column as Text and "
            "enter the number again."
        ),
        "身份证号校验位不对（最后一位应为 {expected}），可能有数字录错，请核对号码。": (
            "The check digit of the ID number is wrong (the last character should be {expected}); "
            "a digit may be mistyped, please check the number."
        ),
        # shared: a field's name put in front of a reason
        "{field}：{reason}": "{field}: {reason}",
        # core/dates.py
        "日期“{value}”看不懂，请写成 1985-03-01 或 1985年3月 的样子。": (
            "The date “{value}” cannot be read; write it like 1985-03-01 or 1985-03."
        ),
        "日期“{value}”不存在，请核对。": "The date “{value}” does not exist; please check it.",
        "日期“{value}”看不懂，请写成 1985-03-01 的样子。": (
            "The date “{value}” cannot be read; write it like 1985-03-01."
        ),
        "日期“{value}”分不清是{year}年1月还是10月（Excel 会把 {year}.10 存成 {year}.1）。请写成 {year}-01 或 {year}-10。": (
            "The date “{value}” could be January or October {year} (Excel stores {year}.10 as "
            "{year}.1). Write {year}-01 or {year}-10."
        ),
        "日期“{year}”只有年份，请写出月份，例如 {year}-03 或 {year}年3月。": (
            "The date “{year}” has only a year; add the month, e.g. {year}-03 or {year}/3."
        ),
        # core/divisions.py
        "村（社区）代码“{code}”应为12位数字的统计用区划代码。": (
            "The village/community code “{code}” must be a 12-digit statistical division code."
        ),
        "代码“{code}”末三位为000，是乡镇代码，不是村（社区）代码。": (
            "The code “{code}” ends in 000: it is a township code, not a village/community code."
        ),
        "县（区）代码“{code}”应为6位数字。": "The county code “{code}” must have 6 digits.",
        "乡镇（街道）代码“{code}”应为9位数字（县6位 + 乡镇3位）。": (
            "The township code “{code}” must have 9 digits (6 for the county + 3 for the township)."
        ),
        "角色“{role}”不对，只能是 township（乡镇）或 county（县）。": (
            "The role “{role}” is wrong; it must be township or county."
        ),
        # core/phone.py
        "手机号“{number}”不对：应为以1开头的11位数字。": (
            "The mobile number “{number}” is wrong: it must have 11 digits starting with 1."
        ),
        # core/worker.py
        "{field}“{value}”不在可选范围内，可选：{choices}等。": (
            "{field} “{value}” is not one of the choices; they include {choices} and more."
        ),
        "{field}“{value}”不在可选范围内，可选：{choices}。": (
            "{field} “{value}” is not one of the choices: {choices}."
        ),
        "民族": "Ethnicity",
        "政治面貌": "Political Status",
        "学历": "Education",
        "岗位类型": "Post Type",
        "服务领域": "Service Domain",
        "状态": "Status",
        "取得日期": "Date Obtained",
        "登记日期": "Registration Date",
        "姓名不能为空。": "The name must not be empty.",
        "姓名太长（最多{limit}个字）。": "The name is too long (at most {limit} characters).",
        "性别“{given}”与身份证号不符（号码显示为{gender}）。": (
            "The gender “{given}” does not match the ID number (which shows {gender})."
        ),
        "出生日期 {given} 与身份证号不符（号码显示为 {born}）。": (
            "The birth date {given} does not match the ID number (which shows {born})."
        ),
        "证书等级“{value}”不对，可选：{choices}。": (
            "The certificate level “{value}” is wrong; choose from: {choices}."
        ),
        "登记日期早于取得日期，请核对。": (
            "The registration date is before the date obtained; please check."
        ),
        # core/appraisal.py: templates ("考评表" being edited), scores, comments
        "考评表“{sheet}”没有“{item}”这一项。可选：{choices}。": (
            "The template “{sheet}” has no item “{item}”. Its items: {choices}."
        ),
        "{what}的分值 {value} 不对，应当大于 0、不超过 100。": (
            "{what}: the maximum score {value} is wrong; it must be above 0 and at most 100."
        ),
        "{what}没有填写分数。": "{what}: no score entered.",
        "{what}的分数“{value}”不是数字。": "{what}: the score “{value}” is not a number.",
        "{what}的分数 {value} 最多保留一位小数。": (
            "{what}: the score {value} may have at most one decimal place."
        ),
        "考评表名称不能为空。": "The template name must not be empty.",
        "考评表类别“{kind}”不对，应为 community（社区社工）或 post（专业岗位）。": (
            "The template kind “{kind}” is wrong; it must be community (community social "
            "workers) or post (professional posts)."
        ),
        "考评表“{sheet}”没有考评项目，请至少添加一项。": (
            "The template “{sheet}” has no items; add at least one."
        ),
        "考评表“{sheet}”的项目太多（最多 {limit} 项）。": (
            "The template “{sheet}” has too many items (at most {limit})."
        ),
        "第 {n} 项考评项目没有名称。": "Item {n} has no name.",
        "考评项目“{item}”重复了，每一项的名称要不同。": (
            "The item “{item}” appears twice; every item needs a name of its own."
        ),
        "考评表“{sheet}”各项分值合计 {total:g} 分，应为 100 分，请调整。": (
            "The items of the template “{sheet}” add up to {total:g} points; they must add up "
            "to 100."
        ),
        "“{item}”满分 {max:g} 分，分数应在 0 到 {max:g} 之间。": (
            "“{item}” is scored out of {max:g}; the score must be between 0 and {max:g}."
        ),
        "{what}太长（{count} 字，最多 {limit} 字）。": (
            "{what} is too long ({count} characters, at most {limit})."
        ),
        # core/appraisal.py: grade rules and disciplinary actions
        "等次名称不能为空。": "A grade name must not be empty.",
        "等次“{grade}”": "Grade “{grade}”",
        "至少要有一个等次分数线。": "At least one grade line is needed.",
        "两个等次的分数线相同，请调整。": "Two grades have the same line; please adjust them.",
        "等次分数线应在 0 到 100 之间。": "Grade lines must be between 0 and 100.",
        "请填写低于最低分数线时的等次名称（如“不合格”）。": (
            "Enter the grade given below the lowest line (e.g. “Fail”)."
        ),
        "等次名称重复了。": "A grade name appears twice.",
        "处分“{value}”不对，可选：{choices}。": (
            "The disciplinary action “{value}” is wrong; choose from: {choices}."
        ),
        "处分“{discipline}”封顶的等次“{grade}”不在等次中：{grades}。": (
            "The grade cap “{grade}” for a “{discipline}” is not one of the grades: {grades}."
        ),
        "处分“{value}”不对，可选：无、{choices}。": (
            "The disciplinary action “{value}” is wrong; choose from: none, {choices}."
        ),
        # core/appraisal.py: who gets which appraisal (the new-round dialog's "why" column)
        "持证社区专职工作者在专业岗位上，仅进行岗位绩效考评": (
            "Certified full-time community worker in a professional post: post appraisal only"
        ),
        "社会工作专业岗位人员": "Holds a professional social-work post",
        "{post}岗位由购买服务方考评": (
            "A {post} post is appraised by the purchaser of the service"
        ),
        "不由本单位考评的岗位类型应当是一组岗位类型（如“社工机构”），不是“{value}”。": (
            "The post types not appraised here must be a list of post types "
            "(such as “社工机构”), not “{value}”."
        ),
        "不由本单位考评的岗位类型“{value}”不对，可选：{choices}。": (
            "The post type “{value}” not appraised here is wrong; choose from: {choices}."
        ),
        "持证社区专职工作者": "Certified full-time community worker",
        "社区专职工作者，但没有职业水平证书": "Full-time community worker without a certificate",
        "不是社区专职工作者，也不在专业岗位上": (
            "Neither a full-time community worker nor in a professional post"
        ),
        "考评类别“{kind}”不对。": "The appraisal kind “{kind}” is wrong.",
        "改变某人参加哪一种考评（或不参加）需要写明理由。": (
            "Changing which appraisal someone gets (or leaving them out) needs a reason."
        ),
        # core/appraisal.py: states of a person's appraisal
        "考评表现在是“{old}”，不能改为“{new}”。": (
            "The appraisal is “{old}” and cannot become “{new}”."
        ),
        "还有 {count} 项没有打分（{items}），不能定稿。": (
            "Items not scored yet: {count} ({items}); the appraisal cannot be finalized."
        ),
        "退回“{state}”的考评表需要写明理由（会记入修改记录）。": (
            "Reopening a “{state}” appraisal needs a reason (it is kept in the change history)."
        ),
        "{name}的考评表已签字，不能修改。确需更正，请先退回（reopen）并写明理由，再重新打印签字。": (
            "The appraisal of {name} is signed and cannot be changed. To correct it, reopen it "
            "with a reason, then print it and have it signed again."
        ),
        "考评表已签字，不能修改。确需更正，请先退回（reopen）并写明理由，再重新打印签字。": (
            "The appraisal is signed and cannot be changed. To correct it, reopen it with a "
            "reason, then print it and have it signed again."
        ),
        "{name}的考评表已定稿，不能修改。如需修改，请先退回并写明理由。": (
            "The appraisal of {name} is finalized and cannot be changed. To change it, reopen it "
            "with a reason first."
        ),
        "考评表已定稿，不能修改。如需修改，请先退回并写明理由。": (
            "The appraisal is finalized and cannot be changed. To change it, reopen it with a "
            "reason first."
        ),
        # core/appraisal.py: the record code of a printed sheet (the sheet itself stays Chinese)
        "二维码内容不完整，请重新扫描，或输入页脚的“记录校验码”。": (
            "The QR code is incomplete; scan it again, or type the record code (记录校验码) "
            "from the footer."
        ),
        "“{code}”不是记录校验码：应为页脚“记录校验码”后的 12 位，例如 FB97-97B7-B016。": (
            "“{code}” is not a record code: type the 12 characters after “记录校验码” in the "
            "footer, e.g. FB97-97B7-B016."
        ),
        # core/ce.py: names of values
        "学时": "Hours",
        "培训学时": "Training Hours",
        "开始日期": "Start Date",
        "结束日期": "End Date",
        "{level}的要求": "Requirement for {level}",
        "折算规则“{activity}”的学时": "Hours of the Fixed Credit “{activity}”",
        "每天折合学时": "Hours per Day",
        "登记有效期（年）": "Registration Period (Years)",
        "再登记提前（月）": "Re-registration Window (Months)",
        "进度检查起始天数": "Days Before the Pace Check",
        # core/ce.py (the number messages are shared with core/exam.py)
        "{field}应当是数字。": "{field} must be a number.",
        "{field}“{value}”不是数字。": "{field}: “{value}” is not a number.",
        "{field}应在 {minimum:g} 到 {maximum:g} 之间，现在是 {value}。": (
            "{field} must be between {minimum:g} and {maximum:g}; it is {value}."
        ),
        "请填写{field}。": "Please fill in {field}.",
        "{field}必须大于 0，现在是 {value}。": "{field} must be greater than 0; it is {value}.",
        "{field} {value} 太大（最多 {limit:g}），请核对。": (
            "{field}: {value} is too large (at most {limit:g}); please check."
        ),
        "按天计算的方式“{value}”不对，可选：按学时折算（hours）、按培训日期（dates）。": (
            "The way of counting days “{value}” is wrong; choose hours (from hours) or dates "
            "(from the training dates)."
        ),
        "继续教育计量单位“{unit}”不对，可选：学时（hours）、天（days）。": (
            "The continuing-education unit “{unit}” is wrong; choose hours or days."
        ),
        "继续教育要求中的等级“{level}”不对，可选：{choices}。": (
            "The level “{level}” in the continuing-education requirements is wrong; choose "
            "from: {choices}."
        ),
        "折算规则的类型“{activity}”为空、重复或与普通培训重名。": (
            "The fixed-credit type “{activity}” is empty, repeated, or named like plain training."
        ),
        "没有“{activity}”这种折算类型，请先在继续教育设置里添加。": (
            "There is no fixed-credit type “{activity}”; add it in the continuing-education "
            "settings first."
        ),
        "培训形式“{mode}”不对，可选：{choices}。": (
            "The training mode “{mode}” is wrong; choose from: {choices}."
        ),
        "请填写培训名称。": "Please fill in the training name.",
        "请填写开始日期。": "Please fill in the start date.",
        "结束日期早于开始日期，请核对。": "The end date is before the start date; please check.",
        "请填写培训结束日期（学时计入结束日期所在的登记期）。": (
            "Please fill in the training's end date (its hours count in the registration period "
            "containing that date)."
        ),
        # core/exam.py: names of values
        "满分": "Full Score",
        "合格线": "Pass Mark",
        "每科报名费": "Fee per Subject",
        "考试年度": "Exam Year",
        "报考条件中的工作年限": "Years of Experience in the Eligibility Rules",
        "取得证书后年限": "Years Since the Certificate",
        "{level}的合格年限": "{level} Pass Window (Years)",
        "{level}成绩证明有效年限": "{level} Results Certificate Validity (Years)",
        "“{subject}”的{lines}": "{lines} of “{subject}”",
        "“{subject}”的成绩": "Score of “{subject}”",
        "{item}金额": "{item} Amount",
        # core/exam.py: rules and scores
        "{field}应当是整数，现在是 {value}。": "{field} must be a whole number; it is {value}.",
        "考试级别“{level}”不对，可选：{choices}。": (
            "The exam level “{level}” is wrong; choose from: {choices}."
        ),
        "考试级别“{level}”不对或重复，可选：{choices}。": (
            "The exam level “{level}” is wrong or repeated; choose from: {choices}."
        ),
        "科目“{subject}”不是考试科目，可选：{choices}。": (
            "“{subject}” is not an exam subject; choose from: {choices}."
        ),
        "{level}对应的证书等级“{cert}”不对，可选：{choices}。": (
            "The certificate level “{cert}” for the {level} level is wrong; choose from: {choices}."
        ),
        "{level}没有考试科目。": "The {level} level has no subjects.",
        "科目“{subject}”重复出现。每个科目只能属于一个级别。": (
            "The subject “{subject}” appears more than once; each subject belongs to one level."
        ),
        "考试规则里没有任何级别。": "The exam rules have no levels.",
        "费用项目不能为空或重复。": "Fee items must not be empty or repeated.",
        # core/exam.py: the reimbursement rule and its refusals
        "报销规则应当是一组设置（who、items、payer）。": (
            "The reimbursement rule must be a set of settings (who, items, payer)."
        ),
        "报销规则的报销对象“{value}”不对，可选：{choices}。": (
            "Who may be reimbursed, “{value}”, is wrong; choose from: {choices}."
        ),
        "报销规则的费用项目应当是一组费用项目。": (
            "The reimbursement rule's fee items must be a list of fee items."
        ),
        "报销规则里的费用项目“{item}”不对，可选：{choices}。": (
            "The fee item “{item}” in the reimbursement rule is wrong; choose from: {choices}."
        ),
        "报销规则的报销单位名称太长（最多 30 字）。": (
            "The name of who pays is too long (at most 30 characters)."
        ),
        "报销规则只报销{items}，{item}不在其中。": (
            "The reimbursement rule covers only {items}; {item} is not among them."
        ),
        "没有参加考试（缺考或成绩未录入），按报销规则不予报销。": (
            "did not sit the exam (absent, or no score entered): the reimbursement rule does "
            "not allow it."
        ),
        "考试结果还没出来（按报销规则考试合格才报销）。": (
            "the result is not out yet (the reimbursement rule requires passing)."
        ),
        "考试未合格，按报销规则不予报销。": (
            "did not pass the exam: the reimbursement rule does not allow it."
        ),
        "没有通过考试取得证书，按报销规则不予报销。": (
            "has not obtained the certificate through the exam: the reimbursement rule does "
            "not allow it."
        ),
        "考试已合格，但证书还没有确认写入档案（按报销规则取得证书后才报销）。": (
            "passed, but the certificate is not yet accepted into the file (the reimbursement "
            "rule requires the certificate)."
        ),
        "报考条件中的级别“{level}”不对，可选：{choices}。": (
            "The level “{level}” in the eligibility rules is wrong; choose from: {choices}."
        ),
        "报考条件中的学历“{education}”不对，可选：{choices}。": (
            "The education “{education}” in the eligibility rules is wrong; choose from: {choices}."
        ),
        "报考条件中的证书等级“{cert}”不对。": (
            "The certificate level “{cert}” in the eligibility rules is wrong."
        ),
        "{lines}里的科目“{subject}”不是考试科目。": "{lines}: “{subject}” is not an exam subject.",
        "“{subject}”的成绩是空的。缺考请写“缺考”。": (
            "The score of “{subject}” is empty. For an absence write “缺考”."
        ),
        # core/exam.py: eligibility (the candidates list and the register dialog show it)
        "本级别没有设置报考条件": "No eligibility rules are set for this level",
        "档案没有填学历": "The file has no education",
        "缺少从事社会工作起始时间或证书取得日期，无法判断": (
            "Cannot tell: the start of social work or the certificate date is missing"
        ),
        "不符合{level}报考条件（学历{education}）": (
            "Does not meet the {level} eligibility rules (education: {education})"
        ),
        "不符合{level}报考条件（学历{education}，截至{year}年12月31日从事社会工作满 {years} 年）": (
            "Does not meet the {level} eligibility rules (education: {education}; full years in "
            "social work by 31 December {year}: {years})"
        ),
        "社会工作专业{education}及以上": "{education} or higher in social work",
        "其他专业{education}及以上": "{education} or higher in another field",
        "{education}及以上": "{education} or higher",
        "{condition}，从事社会工作满 {years} 年": "{condition}, {years}+ years in social work",
        "{condition}，取得{level}证书满 {years} 年": (
            "{condition}, {level} certificate held {years}+ years"
        ),
        "{condition}，取得{level}证书": "{condition}, holds a {level} certificate",
    },
}
