"""An allowance run as the files people receive: the Excel 发放表, the bank's 代发 sheet, the
PDF 签领表 and the masked 公示 list, built from the store's run and written all or nothing."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from swdesk import atomic
from swdesk.core import allowance as al
from swdesk.core import documents
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.formats.excel_common import save_workbook
from swdesk.formats.payroll import Payroll, PayrollLine, bank_workbook, masked, payroll_workbook
from swdesk.formats.payroll_county import NOT_SENT, CountyRow, county_workbook
from swdesk.formats.payroll_pdf import notice_pdf, signing_sheet_pdf
from swdesk.store import Store, accounts
from swdesk.store import allowances as store_al
from swdesk.store.county_payrolls import PayrollMonth

SHEET_PAYROLL = al.SHEET_PAYROLL
SHEET_BANK = al.SHEET_BANK
SHEETS = al.EXPORT_SHEETS


def _line(row: dict[str, Any]) -> PayrollLine:
    kind = row["kind"]
    if kind == al.KIND_ADJUSTMENT:
        months = ""
        note = f"{row['for_month']} {row['note'] or ''}".strip()
    elif kind == al.KIND_REWARD:
        months = ""
        note = row["note"] or ""
    else:
        months = f"{row['days']} 天" if row["days"] is not None else str(row["months"] or "")
        note = row["reason"] or row["note"] or ""
    return PayrollLine(
        village=row["village"] or row["village_code"] or "",
        name=row["name"],
        id_number=row["id_number"],
        level=row["level"] or "",
        months=months,
        rate=int(row["rate_fen"]) if kind == al.KIND_ALLOWANCE else 0,
        amount=int(row["amount_fen"]),
        kind=kind,
        note=note,
        account=row["account"] or "",
    )


def payroll_of(store: Store, run: dict[str, Any]) -> Payroll:
    """The run as its documents show it."""
    months = store_al.run_months(run)
    period = al.month_label(months[0])
    if len(months) > 1:
        period += f" 至 {al.month_label(months[-1])}"
    snapshot = json.loads(run["rules"])
    return Payroll(
        unit=store.unit_name,
        period=period,
        state=al.RUN_STATE_LABELS[run["state"]],
        channel=snapshot.get("channel") or "",
        funder=snapshot.get("funder") or "",
        lines=tuple(_line(r) for r in store_al.run_lines(store, run["id"])),
        preparer=store.setting("operator") or "",
        locked=run["state"] in al.LOCKED_STATES,
    )


def write_notice(store: Store, run: dict[str, Any], out: Path) -> None:
    """The 公示 list (ID numbers masked, no accounts) as a PDF; recorded in the export log."""
    p = masked(payroll_of(store, run))
    atomic.write_atomic(out, notice_pdf(p))
    accounts.log_export(store, documents.DOC_NOTICE, str(out), len(p.paid_lines), False)


def write_export(store: Store, run: dict[str, Any], out: Path, sheet: str = SHEET_PAYROLL) -> None:
    """``.xlsx``: the 发放表 (or the bank's 代发 sheet); ``.pdf``: the 签领表. ID numbers are
    whole or masked as the file's setting says for that document; the export log records it."""
    suffix = out.suffix.lower()
    if sheet not in SHEETS:
        raise RuleError(msg("--sheet 只能是：{sheets}。", sheets=list(SHEETS)))
    if suffix == ".pdf":
        if sheet != SHEET_PAYROLL:
            raise RuleError(msg("代发表只输出 Excel（.xlsx）。"))
        document = documents.DOC_SIGNING
    elif suffix == ".xlsx":
        document = documents.DOC_BANK if sheet == SHEET_BANK else documents.DOC_PAYROLL
    else:
        raise RuleError(msg("导出文件应以 .xlsx 或 .pdf 结尾：{path}", path=out))
    full = accounts.full_ids(store, document)
    p = replace(payroll_of(store, run), full_ids=full)
    if document == documents.DOC_SIGNING:
        atomic.write_atomic(out, signing_sheet_pdf(p, full))
    else:
        save_workbook(
            bank_workbook(p) if document == documents.DOC_BANK else payroll_workbook(p), out
        )
    rows = (
        len({line.id_number for line in p.paid_lines})
        if document == documents.DOC_BANK
        else len(p.lines)
    )
    accounts.log_export(store, document, str(out), rows, full)


def county_rows(rows: list[PayrollMonth]) -> list[CountyRow]:
    """The county summary's rows as the sheet prints them (names and labels, no codes)."""
    out = []
    for r in rows:
        run = ""
        if r.run_month:
            run = r.run_month
            if r.run_months > 1:
                last = al.months_of(al.parse_month(r.run_month), r.run_months)[-1]
                run += f" 至 {al.month_label(last)}"
        state = al.RUN_STATE_LABELS[r.state] if r.state else NOT_SENT
        out.append(
            CountyRow(
                r.month, r.township_name or r.township, r.township, run, state, r.people, r.amount
            )
        )
    return out


def write_county(store: Store, rows: list[PayrollMonth], period: str, out: Path) -> None:
    """The county summary as ``.xlsx`` (all or nothing)."""
    if out.suffix.lower() != ".xlsx":
        raise RuleError(msg("县级汇总只能导出为 .xlsx 文件。"))
    save_workbook(county_workbook(store.unit_name, period, county_rows(rows)), out)
