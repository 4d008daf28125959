"""``swdesk sync …``: enrollment, packages to the county, county import, receipts, status."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from swdesk.cli.common import EXIT_OK, EXIT_REJECTED, actions, print_json
from swdesk.core import conflicts, divisions
from swdesk.core.errors import RuleError
from swdesk.store import Store
from swdesk.store.unit import require_initialized

COMMAND = "sync"
PASSPHRASE_ENV = "SWDESK_KEY_PASSPHRASE"


def add_parser(sub: Any) -> None:
    s = actions(sub, "sync", "与县（区）同步数据")
    e = s.add_parser("enroll", help="县：为一个乡镇生成登记文件")
    e.add_argument("--township", required=True)
    e.add_argument("--name", required=True)
    e.add_argument("--out", required=True)
    j = s.add_parser("join", help="乡镇：用县里的登记文件加入")
    j.add_argument("file")
    x = s.add_parser("export", help="乡镇：导出数据包")
    x.add_argument("--out", required=True, help="文件名或文件夹（如U盘）")
    x.add_argument("--full", action="store_true", help="完整导出（默认只导出上次以来的改动）")
    i = s.add_parser("import", help="县：导入数据包；乡镇：导入回执")
    i.add_argument("files", nargs="+")
    i.add_argument("--dry-run", action="store_true")
    i.add_argument("--json", action="store_true")
    r = s.add_parser("receipt", help="县：给一个乡镇生成回执")
    r.add_argument("--township", required=True)
    r.add_argument("--out", required=True)
    st = s.add_parser("status", help="同步情况")
    st.add_argument("--json", action="store_true")
    kb = s.add_parser("key-backup", help="县：备份县级密钥（口令保护）")
    kb.add_argument("--out", required=True)
    kr = s.add_parser("key-restore", help="县：从备份恢复县级密钥")
    kr.add_argument("file")
    kr.add_argument(
        "--replace",
        action="store_true",
        help="本机已有不同的县级密钥时也替换（用旧密钥登记的乡镇须重新登记）",
    )
    c = s.add_parser("conflicts", help="县：待处理的冲突")
    c.add_argument("--json", action="store_true")
    rs = s.add_parser("resolve", help="县：处理一条冲突")
    rs.add_argument("conflict", type=int)
    rs.add_argument("--keep", required=True, choices=list(conflicts.CHOICES))


def precheck(args: argparse.Namespace) -> None:
    # ``import`` reports a missing file as one refused file and still imports the others.
    files = [args.file] if args.action in ("join", "key-restore") else []
    for f in files:
        if not Path(f).is_file():
            raise RuleError(f"找不到文件 {f}。")
    out = getattr(args, "out", None)
    if out and args.action != "export" and Path(out).is_dir():
        raise RuleError(f"{out} 是文件夹，请给出要写入的文件名。")
    if out and not Path(out).parent.is_dir() and not Path(out).is_dir():
        raise RuleError(f"文件夹 {Path(out).parent} 不存在。")


def _passphrase(confirm: bool, prompt: str = "口令：") -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise RuleError(f"请输入口令（或设置环境变量 {PASSPHRASE_ENV}）。")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("再输一次口令：") != first:
        raise RuleError("两次输入的口令不一致。")
    return first


NEW_KEY_PASSPHRASE = "为县级密钥设一个口令（至少 8 个字符，每次启动时输入）："
TRIES = 3


def open_county_keys(store: Store) -> None:
    """Before a command that uses the county's private keys: ask the passphrase once (or
    read ``SWDESK_KEY_PASSPHRASE``); keys still kept in the clear (a file from before this
    version) are encrypted first under a new passphrase. A wrong passphrase is asked again
    at a terminal, up to three times; from the variable it is refused at once (exit 3)."""
    from swdesk.sync import keys

    state = keys.key_state(store)
    if state == keys.RAW:
        print("本数据文件的县级密钥还没有加密保存，现在设置密钥口令。", file=sys.stderr)
        keys.protect(store, _passphrase(True, NEW_KEY_PASSPHRASE))
        print("县级密钥已用口令加密保存。以后每次使用县级密钥时都要输入这个口令。")
        return
    if state != keys.LOCKED:
        return
    for attempt in range(1, TRIES + 1):
        try:
            keys.unlock(store, _passphrase(False, "县级密钥口令："))
            return
        except RuleError as e:
            if PASSPHRASE_ENV in os.environ or attempt == TRIES:
                raise
            print(e.message, file=sys.stderr)


def new_county_passphrase() -> str:
    """``init --role county``: the passphrase the new keys are kept under (checked first)."""
    from swdesk.sync import keys

    passphrase = _passphrase(True, NEW_KEY_PASSPHRASE)
    keys.check_new_passphrase(passphrase)
    return passphrase


def run(store: Store, args: argparse.Namespace) -> int:
    from swdesk.sync import county, enroll, envelope, keys, merge, package, receipt

    require_initialized(store)
    act = args.action
    if store.role == divisions.ROLE_COUNTY and act in ("enroll", "import", "receipt", "key-backup"):
        open_county_keys(store)
    if act == "enroll":
        envelope.write_atomic(Path(args.out), enroll.enroll(store, args.township, args.name))
        open_county_keys(store)  # keys the enrollment made for a county file from before sync
        print(f"已生成 {args.name}（{args.township}）的登记文件：{args.out}")
        print("请当面或用U盘交给该乡镇（不要用电子邮件发送），对方运行 swdesk sync join 加入。")
        return EXIT_OK
    if act == "join":
        info = enroll.join(store, envelope.read_file(Path(args.file)))
        print(f"已加入 {info['county_name']}（{info['county_code']}）的数据同步。")
        return EXIT_OK
    if act == "export":
        print(package.export(store, Path(args.out), full=args.full).summary())
        return EXIT_OK
    if act == "import":
        return _import(store, args, merge, receipt, envelope)
    if act == "receipt":
        envelope.write_atomic(Path(args.out), receipt.make(store, args.township))
        print(f"已生成给 {args.township} 的回执：{args.out}")
        return EXIT_OK
    if act == "status":
        return _status(store, args, county, receipt)
    if act == "key-backup":
        enroll.require_role(store, divisions.ROLE_COUNTY)
        envelope.write_atomic(Path(args.out), keys.backup_bytes(store, _passphrase(True)))
        keys.mark_backed_up(store)
        print(f"县级密钥已备份到 {args.out}。请把备份和口令分开妥善保管。")
        return EXIT_OK
    if act == "key-restore":
        return _key_restore(store, args, enroll, keys)
    if act == "conflicts":
        rows = county.open_conflicts(store)
        if args.json:
            print_json(rows)
        for r in [] if args.json else rows:
            claim = "\t两个乡镇都报了此人" if r["kind"] == conflicts.KIND_CLAIM else ""
            print(
                f"{r['seq']}\t{r['tbl']}\t{r['row_id']}\t{r['township_name']} 第 {r['sequence']} 号"
                + claim
            )
        return EXIT_OK
    county.resolve(store, args.conflict, args.keep)
    print(f"冲突 {args.conflict} 已处理。")
    return EXIT_OK


def _key_restore(store: Store, args: argparse.Namespace, enroll: Any, keys: Any) -> int:
    enroll.require_role(store, divisions.ROLE_COUNTY)
    passphrase = _passphrase(False)
    opened = keys.open_backup(store, Path(args.file).read_bytes(), passphrase)
    if opened.same_as(store) and keys.key_state(store) != keys.RAW:
        print("备份里的密钥与本机现在的相同，不需要恢复。")
        return EXIT_OK
    if opened.replaces_other_keys(store) and not args.replace:
        raise RuleError(
            "本机现在的县级密钥与备份里的不同。恢复后，用现在的密钥登记的乡镇发来的数据包将无法导入，"
            "这些乡镇需要重新登记。确要替换，请加 --replace 再运行一次。没有做任何改动。"
        )
    keys.install_backup(store, opened, passphrase)
    print("县级密钥已从备份恢复，并用备份的口令加密保存：以后启动时输入这个口令。")
    return EXIT_OK


def _import(store: Store, args: argparse.Namespace, merge: Any, receipt: Any, envelope: Any) -> int:
    if store.role == divisions.ROLE_TOWNSHIP:
        if len(args.files) != 1 or args.dry_run:
            raise RuleError("乡镇一次导入一份回执，不支持 --dry-run。")
        res = receipt.load(store, envelope.read_file(Path(args.files[0])))
        if args.json:
            print_json(
                {
                    "accepted": True,
                    "held": res.held,
                    "missing": res.missing,
                    "settings_changed": res.settings_changed,
                    "villages_added": res.villages_added,
                }
            )
        else:
            print(res.summary())
        return EXIT_OK
    results = merge.import_files(store, [Path(f) for f in args.files], dry_run=args.dry_run)
    if args.json:
        print_json([r.as_json() for r in results])
    else:
        for r in results:
            print(r.summary(), file=sys.stdout if r.accepted else sys.stderr)
        if args.dry_run:
            print("预览（--dry-run），没有写入任何数据。")
    return EXIT_OK if all(r.accepted for r in results) else EXIT_REJECTED


def _status(store: Store, args: argparse.Namespace, county: Any, receipt: Any) -> int:
    data = (
        county.status(store)
        if store.role == divisions.ROLE_COUNTY
        else receipt.township_status(store)
    )
    if args.json:
        print_json(data)
        return EXIT_OK
    if store.role == divisions.ROLE_COUNTY:
        if not data["keys_backed_up"]:
            print("注意：县级密钥还没有备份。请运行 swdesk sync key-backup --out 文件 备份。")
        for t in data["townships"]:
            gaps = "、".join(f"第 {s} 号" for s in t["missing_sequences"])
            match = {True: "一致", False: "不一致", None: "—"}[t["checksum_match"]]
            print(
                f"{t['code']} {t['name']}：最近第 {t['last_sequence']} 号，"
                f"{'缺少' + gaps if gaps else '无缺号'}，核对{match}，"
                f"最近导入 {t['last_import_at'] or '—'}"
            )
        return EXIT_OK
    last = data["last_export"]
    when = f"第 {last['sequence']} 号，{last['created_at']}" if last else "还没有"
    print(f"最近导出：{when}")
    print(f"待导出的改动：{data['pending_changes']} 条")
    if data["county_missing"]:
        print("县里缺少：" + "、".join(f"第 {s} 号" for s in data["county_missing"]) + " 数据包")
    return EXIT_OK
