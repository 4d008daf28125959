"""A worker's exam record in words: one line per year, and the outcome as the exam page says it.

Why a module of its own: the 考试报名 page and the worker file both show outcomes, and a
reason must read the same in both (and in English); the words keep the page's translation
context ("ExamPage") so they are translated once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from swdesk.core import exam
from swdesk.store import exams
from swdesk.store.db import Store
from swdesk.ui import i18n
from swdesk.ui.enum_labels import label, labels
from swdesk.ui.rule_text import shown


def outcome_text(v: exams.RegistrationView) -> str:
    """The outcome in the interface language: the core's kind and dates, worded here."""
    o = v.outcome
    until = o.valid_until.isoformat() if o.valid_until else ""
    reasons = {
        "absent": label(exam.STATE_ABSENT),
        "pending": QCoreApplication.translate("ExamPage", "成绩未出齐"),
        "failed": QCoreApplication.translate("ExamPage", "未通过：{subjects}").format(
            subjects=labels(o.missing)
        ),
        "passed": QCoreApplication.translate("ExamPage", "全部科目合格"),
        "review_passed": QCoreApplication.translate("ExamPage", "评审通过"),
        "review_failed": QCoreApplication.translate("ExamPage", "评审未通过"),
        "expired": QCoreApplication.translate(
            "ExamPage", "成绩证明已于 {date} 过期，评审未通过"
        ).format(date=until),
        "awaiting_review": QCoreApplication.translate(
            "ExamPage", "考试合格，待评审（成绩证明有效至 {date}）"
        ).format(date=until),
    }
    results = {
        True: QCoreApplication.translate("ExamPage", "合格"),
        False: QCoreApplication.translate("ExamPage", "不合格"),
        None: QCoreApplication.translate("ExamPage", "待定"),
    }
    reason = reasons.get(o.kind) or shown(o.reason)
    return QCoreApplication.translate("ExamPage", "{result}（{reason}）").format(
        result=results[o.passed], reason=reason
    )


def score_text(s: exams.SubjectView) -> str:
    if s.absent:
        return label(exam.STATE_ABSENT)
    if s.score is None:
        return QCoreApplication.translate("WorkerEditor", "未录入")
    return f"{s.score:g}"


def history_lines(store: Store, worker_id: str) -> list[tuple[str, str]]:
    """(line, tooltip) per registration, newest year first, for the worker file."""
    out: list[tuple[str, str]] = []
    for v in exams.worker_registrations(store, worker_id):
        sep = "、" if i18n.current_language() == i18n.DEFAULT else "; "
        scores = sep.join(f"{label(s.name)} {score_text(s)}" for s in v.subjects)
        line = QCoreApplication.translate(
            "WorkerEditor", "{year}年 {level} {state}：{scores} — {outcome}"
        ).format(
            year=v.year,
            level=label(v.level),
            state=label(v.state),
            scores=scores or QCoreApplication.translate("WorkerEditor", "无科目"),
            outcome=outcome_text(v),
        )
        fees = "　".join(
            QCoreApplication.translate("WorkerEditor", "{item} {amount:.2f} 元（{done}）").format(
                item=label(f.item),
                amount=f.amount,
                done=QCoreApplication.translate("WorkerEditor", "已报销 {date}").format(
                    date=f.reimbursed_date
                )
                if f.reimbursed
                else QCoreApplication.translate("WorkerEditor", "未报销"),
            )
            for f in v.fees
        )
        tip = QCoreApplication.translate(
            "WorkerEditor", "准考证号：{ticket}　考点：{site}\n费用：{fees}"
        ).format(ticket=v.ticket_no or "—", site=v.site or "—", fees=fees or "—")
        out.append((line, tip))
    return out
