"""The files people take away from swdesk that hold ID numbers, and how each shows them.

A printed or exported list shows an ID number masked (first 6 and last 4 characters, as the
notice board does) unless the document needs the whole number: the bank cannot pay without
it, and the roster export is read back in as the file's own data. Which documents print the
whole number is a setting (``id_full_documents``), one choice per document; the 公示 list is
always masked and is not a choice.

The same kinds name what the export log records (who exported what, when, how many rows).
"""

from __future__ import annotations

from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.idnumber import mask_id_number

# Document kinds, stored as codes in the export log and in the setting.
DOC_ROSTER = "roster"  # 花名册 export (re-imports unchanged)
DOC_BANK = "bank"  # the bank's 代发 sheet
DOC_PAYROLL = "payroll"  # the 发放表 (Excel)
DOC_SIGNING = "signing"  # the 签领表 (PDF)
DOC_NOTICE = "notice"  # the 公示 list: always masked
DOC_APPRAISALS = "appraisals"  # a round's results (Excel), sent to the county
DOC_EXAM_LIST = "exam_list"  # a year's exam registration list (Excel)
DOC_EXAM_FEES = "exam_fees"  # a year's exam fee reimbursement sheet (Excel)
DOC_STATEMENT = "statement"  # one person's 年度津贴明细 (PDF): always masked
# 继续教育学时证明 (PDF), one page a person: whole numbers by default. It is a proof about one
# person, handed to that person to attach to the 再登记 application, where the registration
# office matches it to the certificate holder by ID number (a masked number proves nothing).
DOC_TRANSCRIPT = "transcript"
# 绩效考评表 (PDF): the sheets print no ID number at all (name, gender, unit, post, level; the
# QR code holds the round's and worker's internal ids), because they pass through reviewers'
# hands and are filed in the station's folder; so there is nothing to choose, only to log.
DOC_APPRAISAL_SHEETS = "appraisal_sheets"
DOCUMENTS: tuple[str, ...] = (
    DOC_ROSTER,
    DOC_BANK,
    DOC_PAYROLL,
    DOC_SIGNING,
    DOC_NOTICE,
    DOC_APPRAISALS,
    DOC_EXAM_LIST,
    DOC_EXAM_FEES,
    DOC_STATEMENT,
    DOC_TRANSCRIPT,
    DOC_APPRAISAL_SHEETS,
)
DOCUMENT_LABELS: dict[str, str] = {
    DOC_ROSTER: _N("enum", "社工花名册"),
    DOC_BANK: _N("enum", "银行代发表"),
    DOC_PAYROLL: _N("enum", "津贴发放表"),
    DOC_SIGNING: _N("enum", "签领表"),
    DOC_NOTICE: _N("enum", "公示名单"),
    DOC_APPRAISALS: _N("enum", "考评结果表"),
    DOC_EXAM_LIST: _N("enum", "考试报名名单"),
    DOC_EXAM_FEES: _N("enum", "考试费用报销表"),
    DOC_STATEMENT: _N("enum", "年度津贴明细"),
    DOC_TRANSCRIPT: _N("enum", "学时证明"),
    DOC_APPRAISAL_SHEETS: _N("enum", "绩效考评表"),
}
# Documents whose ID-number column is a choice (the 公示 list and the statement, handed over
# the counter, are not; the appraisal sheets print none).
MASK_CHOICES: tuple[str, ...] = (
    DOC_ROSTER,
    DOC_BANK,
    DOC_PAYROLL,
    DOC_SIGNING,
    DOC_APPRAISALS,
    DOC_EXAM_LIST,
    DOC_EXAM_FEES,
    DOC_TRANSCRIPT,
)
SETTING_FULL = "id_full_documents"


def full_numbers(document: str, full_documents: object) -> bool:
    """Whether ``document`` prints whole ID numbers, given the setting's value (a list)."""
    if document not in MASK_CHOICES:
        return False
    return isinstance(full_documents, list) and document in full_documents


def shown_id(id_number: str, full: bool) -> str:
    """The ID number as the document prints it."""
    return id_number if full else mask_id_number(id_number)
