"""What every command area of the CLI shares: exit codes, the parser class, argument parsing.

An area (``training``, ``exam``, …) is a module in this package with ``add_parser(sub)``,
``precheck(args)`` (judge arguments before the data file is opened) and ``run(store, args)``;
it is listed once in ``swdesk.cli.AREAS``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any, NoReturn, Protocol

from swdesk.core import divisions
from swdesk.core.dates import parse_iso_date
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.idnumber import parse_id_number
from swdesk.store import Store
from swdesk.store.unit import require_initialized

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"用法错误：{message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


class Area(Protocol):
    COMMAND: str

    def add_parser(self, sub: Any) -> None: ...

    def precheck(self, args: argparse.Namespace) -> None: ...

    def run(self, store: Store, args: argparse.Namespace) -> int: ...


def actions(sub: Any, command: str, help: str) -> Any:
    """The subcommands of ``command`` (``swdesk exam year …``), the one chosen in ``action``."""
    return sub.add_parser(command, help=help).add_subparsers(
        dest="action", required=True, parser_class=Parser
    )


def township_writes(store: Store, action: str, writes: frozenset[str], refusal: str) -> None:
    """An initialized data file, and none of ``writes`` in a county's: the townships keep
    those records and sync brings them to the county, which ``refusal`` tells the user."""
    require_initialized(store)
    if store.role == divisions.ROLE_COUNTY and action in writes:
        raise RuleError(refusal)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def iso_date(raw: str | None, what: str) -> date:
    """A ``YYYY-MM-DD`` argument; today when omitted."""
    if not raw:
        return date.today()
    try:
        return parse_iso_date(raw)
    except RuleError as e:
        raise RuleError(msg("{what}：{reason}", what=what, reason=e.message)) from None


def id_number(raw: str) -> str:
    """The canonical 18-character ID number, or a ``RuleError`` saying what is wrong."""
    return parse_id_number(raw).value
