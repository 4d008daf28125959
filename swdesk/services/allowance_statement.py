"""A person's 年度津贴明细: the history read from the store, printed as one page, written whole.

Shared by ``swdesk allowance statement`` and the worker file's 津贴记录 button, so both print
the same page and refuse the same things (a year no run covers has nothing to state).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from swdesk import atomic
from swdesk.core import allowance as al
from swdesk.core import allowance_history as ah
from swdesk.core import documents
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.worker import current_level
from swdesk.formats.allowance_statement import (
    Statement,
    StatementMonth,
    StatementOneOff,
    statement_pdf,
)
from swdesk.store import Store, accounts, villages, workers
from swdesk.store.allowance_history import runs_in_year, worker_lines

# What a month says when no line of the person pays it (the run's reason is its own text).
NO_RUN_NOTE = "尚无该月发放表"
NOT_LISTED_NOTE = "不在该月发放名单（未在岗）"


def one_off_item(line: ah.HistoryLine) -> str:
    """A reward or a correction as the statement names it."""
    if line.kind == al.KIND_REWARD:
        return f"奖励（{line.level or ''}）"
    return "补发" if line.amount >= 0 else "扣回"


def _state(code: str | None) -> str:
    return str(al.RUN_STATE_LABELS[code]) if code else ""


def _month_note(e: ah.MonthEntry) -> str:
    if e.status == ah.PAID:
        return f"按 {e.days} 天" if e.days is not None else ""
    if e.status == ah.REASON:
        return e.reason or ""
    return NOT_LISTED_NOTE if e.status == ah.NOT_LISTED else NO_RUN_NOTE


def statement_of(store: Store, worker_id: str, year: int, today: date | None = None) -> Statement:
    """The statement of ``worker_id`` for ``year``; refused when no run covers the year."""
    runs = runs_in_year(store, year, worker_id)
    if not runs:
        raise RuleError(
            msg(
                "{year} 年还没有任何发放表，没有津贴明细可打印。"
                "请先在津贴发放页或用 swdesk allowance run 生成该年的发放表。",
                year=year,
            )
        )
    person = workers.get(store, worker_id)
    lines = worker_lines(store, worker_id)
    entries = ah.runs_not_listed(runs, ah.year_months(lines, year))
    one_offs = ah.year_one_offs(lines, year)
    totals = ah.year_totals(entries, one_offs)
    village_code = person.get("village_code")
    village = villages.names_by_code(store).get(village_code or "", village_code or "")
    return Statement(
        unit=store.unit_name,
        year=year,
        name=person["name"],
        id_number=al.mask_id_number(person["id_number"]),
        village=village,
        level=current_level(person["certificates"]) or "",
        months=tuple(
            StatementMonth(
                al.month_label(e.month),
                e.level or "",
                e.rate,
                e.amount,
                _state(e.state),
                _month_note(e),
            )
            for e in entries
        ),
        one_offs=tuple(
            StatementOneOff(
                al.month_label(x.counted_month),
                one_off_item(x),
                al.month_label(x.run_first),
                x.amount,
                _state(x.state),
                x.note or "",
            )
            for x in one_offs
        ),
        total=totals.counted,
        pending=totals.pending,
        printed_on=(today or date.today()).isoformat(),
    )


def write_statement(store: Store, worker_id: str, year: int, out: Path) -> Statement:
    """Write the statement as a PDF (all or nothing), ID number masked whatever the file's
    ID-number setting (the statement is not one of its choices); the export log records it.
    Refused for a path not ending in .pdf."""
    if out.suffix.lower() != ".pdf":
        raise RuleError(msg("津贴明细只能输出为 PDF 文件（.pdf）：{path}", path=out))
    s = statement_of(store, worker_id, year)
    atomic.write_atomic(out, statement_pdf(s))
    accounts.log_export(store, documents.DOC_STATEMENT, str(out), 1, False)
    return s
