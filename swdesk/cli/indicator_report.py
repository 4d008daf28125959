"""``swdesk indicators report --year Y --out FILE.xlsx|FILE.pdf``: the 年度社会工作专业人才统计表.

A past year is reported as of its 31 December; the year still running as of today. The file's
ending chooses the format; a wrong ending or a year not yet begun is refused before the data
file is opened (exit 3, nothing written).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from swdesk.cli.common import EXIT_OK
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import Store

ACTION = "report"
FIRST_YEAR = 2000  # no file holds certificates from before the national exam began (2008)


def add_parser(acts: Any) -> None:
    r = acts.add_parser(ACTION, help="导出年度社会工作专业人才统计表（Excel 或 PDF）")
    r.add_argument("--year", type=int, required=True, help="统计年度，如 2025")
    r.add_argument("--out", required=True, help="输出文件 .xlsx 或 .pdf")


def precheck(args: argparse.Namespace) -> None:
    from swdesk.services.indicator_report import check_suffix

    check_suffix(Path(args.out))
    if not FIRST_YEAR <= args.year <= date.today().year:
        raise RuleError(
            msg(
                "--year {year} 不对：应是 {first} 至 {now} 之间的年份。",
                year=args.year,
                first=FIRST_YEAR,
                now=date.today().year,
            )
        )


def run(store: Store, args: argparse.Namespace) -> int:
    from swdesk.services.indicator_report import year_report

    out = Path(args.out)
    board = year_report(store, args.year, out)
    print(
        f"已导出 {board.report.unit_name} {args.year} 年社会工作专业人才统计表"
        f"（截至 {board.report.at.isoformat()}）：{out}"
    )
    return EXIT_OK
