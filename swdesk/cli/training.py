"""``swdesk training …``: continuing-education events, attendance, standing, transcripts."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from swdesk.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    Parser,
    id_number,
    iso_date,
    print_json,
)
from swdesk.core.errors import RuleError
from swdesk.store import Store, workers
from swdesk.store.unit import require_initialized

COMMAND = "training"


def add_parser(sub: Any) -> None:
    t = sub.add_parser("training", help="继续教育学时").add_subparsers(
        dest="action", required=True, parser_class=Parser
    )
    ta = t.add_parser("add-event", help="登记一次培训（输出培训编号）")
    ta.add_argument("--title", required=True)
    ta.add_argument("--start", required=True, help="开始日期 YYYY-MM-DD")
    ta.add_argument("--end", help="结束日期（默认同开始日期）")
    ta.add_argument("--hours", required=True)
    ta.add_argument("--mode", default="面授")
    ta.add_argument("--organizer")
    tt = t.add_parser("attend", help="给一人记一次培训的学时")
    tt.add_argument("--event", required=True)
    tt.add_argument("--id-number", required=True)
    tt.add_argument("--hours", help="实际学时（默认为培训学时，可以少于培训学时）")
    ti = t.add_parser("import", help="从 Excel 签到表导入一次培训的学时")
    ti.add_argument("file")
    ti.add_argument("--event", required=True)
    ts = t.add_parser("status", help="每人本登记期的学时达标情况")
    ts.add_argument("--json", action="store_true")
    ts.add_argument("--at", help="统计日期 YYYY-MM-DD（默认今天）")
    tr = t.add_parser("transcript", help="输出继续教育学时证明 PDF")
    tr.add_argument("--id-number", required=True)
    tr.add_argument("--out", required=True)


def _event_raw(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "title": args.title,
        "start_date": iso_date(args.start, "--start"),
        "end_date": iso_date(args.end, "--end") if args.end else None,
        "hours": args.hours,
        "mode": args.mode,
        "organizer": args.organizer,
    }


def run(store: Store, args: argparse.Namespace) -> int:
    from swdesk.store import training

    require_initialized(store)
    if args.action == "add-event":
        print(training.add_event(store, _event_raw(args)))
        return EXIT_OK
    if args.action == "attend":
        person = workers.find_by_id_number(store, id_number(args.id_number))
        if person is None or person["deleted"]:
            raise RuleError(f"身份证号 {args.id_number} 没有档案，请先建立档案。")
        training.attend(store, args.event, [training.Attendee(person["id"], args.hours)])
        event = training.get_event(store, args.event)
        hours = args.hours if args.hours is not None else event["hours"]
        print(f"已记录：{person['name']}《{event['title']}》{float(hours):g} 学时")
        return EXIT_OK
    if args.action == "import":
        from swdesk.services import training_excel

        try:
            ids = training_excel.import_attendance(store, Path(args.file), args.event)
        except training.AttendanceRejected as e:
            for problem in e.problems:
                print(f"  {problem}", file=sys.stderr)
            print("签到表有错误，整份都没有导入。改正后重新导入。", file=sys.stderr)
            return EXIT_REJECTED
        print(f"已导入 {len(ids)} 人的学时。")
        return EXIT_OK
    at = iso_date(args.at, "--at") if args.action == "status" else date.today()
    if args.action == "status":
        settings = training.ce_settings(store)
        items = training.standings(store, at, settings)
        if args.json:
            per_unit = 1 / settings.to_units(1.0)
            print_json([w.public_dict(per_unit) for w in items])
        else:
            unit = settings.unit_label
            for w in items:
                s = w.standing
                print(
                    f"{w.name}\t{w.id_number}\t{w.level or ''}\t{s.label}\t"
                    f"{s.earned:g}/{s.required:g}{unit}\t"
                    f"{'' if s.days_left is None else f'剩 {s.days_left} 天'}"
                )
        return EXIT_OK
    from swdesk.reports.transcript import write_transcripts

    person = workers.find_by_id_number(store, id_number(args.id_number))
    if person is None or person["deleted"]:
        raise RuleError(f"身份证号 {args.id_number} 没有档案。")
    out = write_transcripts(store, [person["id"]], Path(args.out), at)
    print(f"已生成 {out}")
    return EXIT_OK


def precheck(args: argparse.Namespace) -> None:
    """Arguments of ``training`` that can be judged without the data file."""
    from swdesk.core import ce

    if args.action == "add-event":
        ce.validate_event(_event_raw(args))
    elif args.action == "attend":
        id_number(args.id_number)
        if args.hours is not None:
            ce.parse_hours(args.hours)
    elif args.action == "import":
        if not Path(args.file).is_file():
            raise RuleError(f"找不到文件 {args.file}。")
    elif args.action == "status":
        iso_date(args.at, "--at")
    elif args.action == "transcript":
        id_number(args.id_number)
        out = Path(args.out)
        if out.suffix.lower() != ".pdf":
            raise RuleError(f"输出文件 {args.out} 应当以 .pdf 结尾。")
        if not out.parent.exists():
            raise RuleError(f"文件夹 {out.parent} 不存在。")
