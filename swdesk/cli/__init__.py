"""The command line: the same services as the GUI, headless.

Exit codes: 0 done; 2 usage error; 3 input rejected (reason on stderr, nothing changed);
1 unexpected error (traceback in the log file).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from swdesk import __version__
from swdesk.cli import account
from swdesk.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    Area,
    Parser,
    actions,
    print_json,
    township_writes,
)
from swdesk.core import divisions, enums
from swdesk.core.divisions import check_unit_code, check_village_code
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.logsetup import setup_logging
from swdesk.paths import resolve_db_path
from swdesk.store import Store, open_store, villages, workers
from swdesk.store.backup import backup_store, check_backup_file
from swdesk.store.errors import fault_of
from swdesk.store.restore import restore_file
from swdesk.store.unit import initialize, require_initialized

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_REJECTED", "EXIT_USAGE", "main", "parse", "run"]
log = logging.getLogger("swdesk.cli")

# One module per command area (see ``swdesk.cli.common``); add new areas here. They are
# imported when a command needs them (``areas``): their imports (allowance rules, indicator
# definitions …) are half the start of a ``swdesk workers import`` process, which needs none.
AREA_MODULES: tuple[str, ...] = (
    "training",
    "exam",
    "appraisal",
    "registration",
    "allowance",
    "sync",
    "account",
    "export_log",
    "indicators",
    "posts",
    "stations",
)
# The commands this module runs itself (``COMMANDS``, and restore): parsing one needs no area.
OWN_COMMANDS = frozenset({"init", "villages", "demo", "workers", "backup", "restore"})
# The top-level options that take a value, as ``build_parser`` defines them.
_VALUED_OPTIONS = ("--db", "--lang", "--user")
_Parser = Parser


@functools.cache
def areas() -> tuple[Area, ...]:
    """Every command area's module, imported on first use."""
    return tuple(importlib.import_module(f"swdesk.cli.{name}") for name in AREA_MODULES)


def _area(command: str | None) -> Area | None:
    """The area that runs ``command``; None for this module's own commands (nothing imported)."""
    if command is None or command in OWN_COMMANDS:
        return None
    return {a.COMMAND: a for a in areas()}.get(command)


def _own_command(argv: list[str]) -> bool:
    """Whether ``argv`` plainly names one of ``OWN_COMMANDS``: only the top-level options
    written out whole come before it. Anything else (an abbreviated option, --help) is
    parsed with every area, as it always was."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in _VALUED_OPTIONS:
            i += 2
        elif word.startswith(tuple(f"{o}=" for o in _VALUED_OPTIONS)):
            i += 1
        else:
            return word in OWN_COMMANDS
    return False


def build_parser(with_areas: bool = True) -> argparse.ArgumentParser:
    p = _Parser(prog="swdesk", description="乡镇社工站社会工作者管理（离线版）")
    p.add_argument("--db", help="数据文件路径（默认在用户数据目录；也可用环境变量 SWDESK_DB）")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    p.add_argument(
        "--user", help="账户名（数据文件设有账户时必填；密码在提示时输入或用 SWDESK_PASSWORD）"
    )
    p.add_argument("--version", action="version", version=f"swdesk {__version__}")
    p.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    s = sub.add_parser("init", help="设置本数据文件所属单位")
    s.add_argument("--role", required=True, choices=list(divisions.ROLES))
    s.add_argument("--unit-code", required=True)
    s.add_argument("--unit-name", required=True)

    v = actions(sub, "villages", "村（社区）")
    va = v.add_parser("add")
    va.add_argument("--code", required=True)
    va.add_argument("--name", required=True)
    va.add_argument("--kind", required=True, choices=list(enums.VILLAGE_KINDS))
    vl = v.add_parser("list")
    vl.add_argument("--json", action="store_true")

    d = sub.add_parser("demo", help="填入演示数据")
    d.add_argument("--workers", type=int, default=200)
    d.add_argument("--seed", type=int, default=1)

    w = actions(sub, "workers", "社工档案")
    wi = w.add_parser("import")
    wi.add_argument("file")
    wi.add_argument("--dry-run", action="store_true")
    wi.add_argument("--accept-valid", action="store_true")
    wi.add_argument("--report")
    we = w.add_parser("export")
    we.add_argument("file")
    wt = w.add_parser("template")
    wt.add_argument("file")
    wl = w.add_parser("list")
    wl.add_argument("--json", action="store_true")
    wl.add_argument("--search", default="")

    for area in areas() if with_areas else ():
        area.add_parser(sub)

    b = sub.add_parser("backup", help="备份数据文件")
    b.add_argument("--out")
    b.add_argument("--removable", action="store_true", help="备份到插入的U盘")
    r = sub.add_parser("restore", help="从备份恢复")
    r.add_argument("file")
    return p


def parse(argv: list[str]) -> argparse.Namespace | int:
    try:
        return build_parser(with_areas=not _own_command(argv)).parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)


# Commands that may create a missing data file; any other is refused on a mistyped --db.
CREATING = frozenset({"init", "demo"})


def _open(args: argparse.Namespace) -> Store:
    """The data file, checked (``quick_check``) before the command's first write. A damaged
    file is opened for reading only, with a warning: what is readable can still be listed and
    exported, and a write says how to restore."""
    path = resolve_db_path(args.db)
    try:
        store = open_store(
            path,
            create=args.command in CREATING,
            warn=lambda text: print(f"提示：{text}", file=sys.stderr),
            alone=True,
        )
    except OSError as e:  # the folder or its lock file cannot be written
        from swdesk.atomic import raise_sorted

        raise_sorted(e, Path(e.filename or path))
    store.check_before_write = True
    if store.refusal is not None and store.damage is not None:
        print(f"警告：{store.refusal}", file=sys.stderr)
    return store


# -- commands ---------------------------------------------------------------------------------
def cmd_init(store: Store, args: argparse.Namespace) -> int:
    passphrase = None
    if args.role == divisions.ROLE_COUNTY:  # asked before anything is written
        from swdesk.cli.sync import new_county_passphrase

        passphrase = new_county_passphrase()
    initialize(store, args.role, args.unit_code, args.unit_name)
    print(f"已设置：{store.unit_name}（{store.unit_code}），数据文件 {store.path}")
    if passphrase is not None:
        from swdesk.sync.keys import create_county_keys

        create_county_keys(store, passphrase)
        print("已生成县级同步密钥，用口令加密保存。")
        print("请尽快备份：swdesk sync key-backup --out 文件（口令保护）。")
    return EXIT_OK


def cmd_villages(store: Store, args: argparse.Namespace) -> int:
    require_initialized(store)
    if args.action == "add":
        villages.add(store, args.code, args.name, args.kind)
        print(f"已添加：{args.name}（{args.code}）")
        return EXIT_OK
    rows = villages.list_all(store)
    if args.json:
        print_json([{"code": r["code"], "name": r["name"], "kind": r["kind"]} for r in rows])
    else:
        for r in rows:
            print(f"{r['code']}  {r['name']}  {enums.VILLAGE_KIND_LABELS[r['kind']]}")
    return EXIT_OK


# A county file holds the worker files its townships send: it enters none itself.
COUNTY_WORKER_REFUSAL = (
    "县里的数据文件汇总各乡镇报来的社工档案，不在县里录入或导入档案。"
    "请在乡镇（街道）的数据文件里导入花名册，再导出数据包报县；县里可用 workers list 查看。"
)


def cmd_demo(store: Store, args: argparse.Namespace) -> int:
    from swdesk.services import demo

    if store.is_initialized:  # an uninitialized file gets demo's own message
        township_writes(store, "demo", frozenset({"demo"}), COUNTY_WORKER_REFUSAL)

    if args.workers < 1:
        raise RuleError("--workers 至少为 1。")
    n = demo.fill(store, args.workers, args.seed)
    print(f"已添加演示数据：{n} 名社工。")
    return EXIT_OK


def cmd_workers(store: Store, args: argparse.Namespace) -> int:
    township_writes(store, args.action, frozenset({"import"}), COUNTY_WORKER_REFUSAL)
    if args.action == "list":
        rows = workers.list_public(store, args.search)
        towns: dict[str, str] | None = None
        if store.role == divisions.ROLE_COUNTY:  # many townships: say whose each person is
            from swdesk.store import county_views

            towns = county_views.township_names(store)
        if args.json:
            if towns is not None:
                rows = [{**r, "township_name": towns.get(r["township"], "")} for r in rows]
            print_json(rows)
        else:
            for r in rows:
                town = "" if towns is None else f"{towns.get(r['township'], r['township'])}\t"
                print(
                    f"{town}{r['name']}\t{r['id_number']}\t{r['level'] or '无证书'}\t{r['status']}"
                )
        return EXIT_OK
    # Imported here, not above: listing must not depend on the Excel code (or openpyxl).
    from swdesk.services import roster

    if args.action == "export":
        n = roster.export_roster(store, Path(args.file))
        print(f"已导出 {n} 人到 {args.file}")
        return EXIT_OK
    if args.action == "template":
        roster.write_template(Path(args.file), store)
        print(f"已生成导入模板 {args.file}")
        return EXIT_OK
    return _workers_import(store, args, roster)


def _workers_import(store: Store, args: argparse.Namespace, roster: Any) -> int:
    source = Path(args.file)
    plan = roster.plan_import(store, source)
    print(plan.summary())
    if plan.footer_rows:
        print(plan.footer_note())
    if plan.errors:
        report = (
            Path(args.report) if args.report else source.with_name(source.stem + "_错误报告.xlsx")
        )
        roster.write_error_report(plan, report)
        for err in plan.errors[:20]:
            print(f"  {roster.error_line(err)}", file=sys.stderr)
        if len(plan.errors) > 20:
            print(f"  ……共 {len(plan.errors)} 处错误", file=sys.stderr)
        print(f"错误报告：{report}", file=sys.stderr)
    if args.dry_run:
        print("预览（--dry-run），没有写入任何数据。")
        return EXIT_REJECTED if plan.errors and not args.accept_valid else EXIT_OK
    if plan.errors and not args.accept_valid:
        print(
            "有错误，整份花名册都没有导入。改正后重新导入，或加 --accept-valid 只导入正确的行。",
            file=sys.stderr,
        )
        return EXIT_REJECTED
    result = roster.apply_import(store, plan, accept_valid=args.accept_valid)
    print(result.summary())
    return EXIT_OK


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    from swdesk.services import removable_copy

    if args.removable:
        out = removable_copy.copy_to_first_drive(store)
    else:
        out = backup_store(store, tag="manual", out=Path(args.out) if args.out else None)
    print(f"已备份到 {out}")
    reminder = removable_copy.reminder(store)
    if reminder is not None:
        print(f"提示：{reminder}（swdesk backup --removable）", file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Never opens the data file (it may be damaged past opening): see ``store.restore``."""
    account.restore_login(args, resolve_db_path(args.db), Path(args.file))
    done = restore_file(resolve_db_path(args.db), Path(args.file))
    print(f"已从 {args.file} 恢复，恢复后的数据文件检查完好。")
    if done.aside is not None:
        print(f"恢复前的数据文件已改名另存为 {done.aside}（没有删除）。")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], int]] = {
    "init": cmd_init,
    "villages": cmd_villages,
    "demo": cmd_demo,
    "workers": cmd_workers,
    "backup": cmd_backup,
}


def precheck(args: argparse.Namespace) -> None:
    """Refuse bad arguments before the data file is opened: opening creates a missing file and
    takes the day's backup, and a rejected command must change nothing."""
    if args.command == "init":
        check_unit_code(args.unit_code, args.role)
        if not args.unit_name.strip():
            raise RuleError("单位名称不能为空。", "unit_name")
    elif args.command == "villages" and args.action == "add":
        check_village_code(args.code)
    elif args.command == "demo" and args.workers < 1:
        raise RuleError("--workers 至少为 1。")
    elif args.command == "restore":
        check_backup_file(Path(args.file))
    elif args.command == "backup" and args.removable and args.out:
        raise RuleError("--removable 和 --out 只能选一个。")
    elif (area := _area(args.command)) is not None:
        area.precheck(args)


def run(args: argparse.Namespace) -> int:
    setup_logging()
    try:
        precheck(args)
        if args.command == "restore":
            return cmd_restore(args)
        with _open(args) as store:
            account.login(store, args)
            if (area := _area(args.command)) is not None:
                code = area.run(store, args)
            else:
                code = COMMANDS[args.command](store, args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit flush
        return code
    except FieldErrors as e:
        for msg in e.errors.values():
            print(f"错误：{msg}", file=sys.stderr)
        return EXIT_REJECTED
    except RuleError as e:
        print(f"错误：{e.message}", file=sys.stderr)
        return EXIT_REJECTED
    except BrokenPipeError:
        # The reader went away (``swdesk workers list | head``): not a fault of ours, so no
        # "unexpected error"; stdout is pointed at devnull so the exit flush cannot fail again.
        _stdout_to_devnull()
        return EXIT_ERROR
    except Exception as e:
        fault = fault_of(e, resolve_db_path(args.db))
        if fault is not None:  # SQLite met a damaged page while reading rows
            log.warning("command %s: %s", args.command, e)
            print(f"错误：{fault.message}", file=sys.stderr)
            return EXIT_REJECTED
        log.exception("unexpected error in command %s", args.command)
        print("发生了意外错误，详情已写入日志文件。请把日志发给技术支持。", file=sys.stderr)
        return EXIT_ERROR


def _stdout_to_devnull() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def main(argv: list[str] | None = None) -> int:
    parsed = parse(sys.argv[1:] if argv is None else argv)
    if isinstance(parsed, int):
        return parsed
    if parsed.command is None:
        print("请指定命令，或不带命令运行 swdesk 打开图形界面。", file=sys.stderr)
        return EXIT_USAGE
    return run(parsed)
