"""``swdesk export-log``: which files with people's data left this PC, by whom, when."""

from __future__ import annotations

import argparse
from typing import Any

from swdesk.cli.common import EXIT_OK, print_json
from swdesk.core.documents import DOCUMENT_LABELS
from swdesk.store import Store
from swdesk.store import accounts as store_accounts

COMMAND = "export-log"


def add_parser(sub: Any) -> None:
    e = sub.add_parser(COMMAND, help="导出记录：谁在何时导出了哪种文件、多少行")
    e.add_argument("--json", action="store_true")


def precheck(args: argparse.Namespace) -> None:
    return None


def run(store: Store, args: argparse.Namespace) -> int:
    rows = store_accounts.export_log(store)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for r in rows:
        ids = "完整身份证号" if r["full_ids"] else "身份证号已隐去中间位"
        print(
            f"{r['at']}\t{r['account']}\t{DOCUMENT_LABELS[r['kind']]}\t{r['rows']} 行\t{ids}\t"
            f"{r['file']}"
        )
    return EXIT_OK
