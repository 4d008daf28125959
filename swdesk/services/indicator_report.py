"""The 年度社会工作专业人才统计表 file: Excel or PDF by the name's ending, from one dashboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.formats.indicators_excel import write_indicators_excel
from swdesk.formats.indicators_pdf import write_indicators_pdf
from swdesk.services.indicator_dashboard import Dashboard, dashboard

if TYPE_CHECKING:
    from swdesk.store.db import Store

SUFFIXES = (".xlsx", ".pdf")


def check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise RuleError(
            msg(
                "统计表只能导出为 .xlsx 或 .pdf 文件，“{name}”不是。请换一个文件名。",
                name=path.name,
            )
        )


def write_report(board: Dashboard, path: Path) -> None:
    """Write the form for ``board`` to ``path`` (.xlsx or .pdf), all or nothing."""
    path = Path(path)
    check_suffix(path)
    report = board.report
    certified = {i for u in report.units for i in u.people}  # the name list: who is counted
    people = board.lines(tuple(certified))
    if path.suffix.lower() == ".pdf":
        write_indicators_pdf(path, report, people, board.names())
    else:
        write_indicators_excel(path, report, people, board.names())


def year_report(store: Store, year: int, path: Path, today: date | None = None) -> Dashboard:
    """The form of ``year``: as of 31 December, or as of today for the year still running."""
    check_suffix(Path(path))
    now = today or date.today()
    if year > now.year:
        raise RuleError(msg("{year} 年还没有到，不能出统计表。", year=year))
    at = date(year, 12, 31) if year < now.year else now
    board = dashboard(store, at, now)
    write_report(board, Path(path))
    return board
