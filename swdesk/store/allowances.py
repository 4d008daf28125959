"""Allowance payroll runs in the data file: the rules in force, everyone's facts, runs and lines.

The rules of who is paid what are ``swdesk.core.allowance``'s; this module gathers the facts in
a few plain scans (no query per person: a county-size file has 100 000 workers), keeps the runs
and their lines, and moves a run through its states. An approved run is locked twice: here
(every write checks the run's state first and refuses with a message) and by the triggers of
schema step 8, whatever path writes.

A run's lines are derived data of the run while it is a draft: computing it again tombstones
the old lines (they may already have travelled to the county) and writes new ones in one batch;
the audit log records the run's computation once, with its totals, rather than every line.
Adjustments (补发 / 扣回) are written by hand and survive a recompute.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from swdesk.core import allowance as al
from swdesk.core import allowance_steps as steps
from swdesk.core import appraisal as ap
from swdesk.core import audit, ce, enums
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.text import clean_text
from swdesk.store import records
from swdesk.store.accounts import require_review
from swdesk.store.collector import collector_paused
from swdesk.store.db import utc_now
from swdesk.store.presets import save_checked, saved_or_preset
from swdesk.store.registrations import all_live

if TYPE_CHECKING:
    from swdesk.store.db import Store

RUNS = "allowance_runs"
LINES = "allowance_lines"
ACCOUNTS = "payee_accounts"
RULES_KEY = "allowance_rules"
DEFAULT_PRESET = "ningxia"
# Before any record of someone's status: in post since long before any rule.
_SINCE_EVER = date(1900, 1, 1)
_DAY = timedelta(days=1)
_NONE: frozenset[int] = frozenset()
_ALWAYS: tuple[tuple[date, date | None], ...] = ((_SINCE_EVER, None),)


# -- rules --------------------------------------------------------------------------------------
@cache
def presets() -> dict[str, al.AllowanceRules]:
    """The shipped presets (``resources/settings/allowance_presets.json``), by preset key."""
    from swdesk.paths import resources_dir

    data = json.loads(
        (resources_dir() / "settings" / "allowance_presets.json").read_text(encoding="utf-8")
    )
    return al.load_presets(data)


def rules(store: Store) -> al.AllowanceRules:
    """The data file's rules; the Ningxia preset until someone chooses or loads their own."""
    return saved_or_preset(store, RULES_KEY, al.rules_from_dict, lambda: presets()[DEFAULT_PRESET])


def rules_saved(store: Store) -> bool:
    return store.setting(RULES_KEY) is not None


def set_rules(store: Store, raw: al.AllowanceRules | dict[str, Any]) -> al.AllowanceRules:
    """Validate and save (audited by ``Store.set_setting``)."""
    return save_checked(store, RULES_KEY, raw, al.rules_from_dict)


def use_preset(store: Store, key: str) -> al.AllowanceRules:
    found = presets().get(key)
    if found is None:
        raise RuleError(
            msg("没有名为“{key}”的津贴规则预设，可选：{keys}。", key=key, keys=list(presets()))
        )
    return set_rules(store, found)


# -- everyone's facts ---------------------------------------------------------------------------
class Person(NamedTuple):
    """Who a line is for, as the sheets print it."""

    worker_id: str
    id_number: str
    name: str
    village_code: str | None


def _day(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return None


def _in_post(
    status: str, status_date: str | None, changes: list[tuple[str | None, str | None, date]]
) -> tuple[tuple[date, date | None], ...]:
    """Spans in post from the status changes (oldest first) and the current status.

    A change to another status on day D makes D-1 the last day in post; a change back to 在岗
    on day D makes D the first. Before the first recorded change the person had that change's
    old status; with no changes, the current status since ever.
    """
    on = enums.STATUS_ON_DUTY
    if not changes:  # most people: one status since ever
        return _ALWAYS if status == on else ()
    first_status = changes[0][0] if changes else status
    start: date | None = _SINCE_EVER if first_status == on else None
    spans: list[tuple[date, date | None]] = []
    for _, new, d in changes:
        if new == on and start is None:
            start = d
        elif new != on and start is not None:
            if d > start:
                spans.append((start, d - _DAY))
            start = None
    if start is not None:
        if status == on:
            spans.append((start, None))
        else:  # left without a dated change: up to the day before the status date, if any
            left = _day(status_date)
            if left is not None and left > start:
                spans.append((start, left - _DAY))
    return tuple(spans)


def _failed_years(store: Store) -> dict[str, set[int]]:
    """Years whose finalized or signed appraisal ended in its round's failing grade, by worker."""
    fail_of: dict[str, str] = {}
    out: dict[str, set[int]] = {}
    for wid, year, grade, round_id, raw_rules in store.conn.execute(
        "SELECT a.worker_id, r.year, a.grade, r.id, r.rules FROM appraisals a "
        "JOIN appraisal_rounds r ON r.id = a.round_id "
        "WHERE a.deleted = 0 AND r.deleted = 0 AND a.state IN (?, ?)",
        (ap.STATE_FINALIZED, ap.STATE_SIGNED),
    ):
        fail = fail_of.get(round_id)
        if fail is None:
            fail = fail_of[round_id] = ap.rules_from_dict(json.loads(raw_rules)).fail_grade
        if grade == fail:
            out.setdefault(wid, set()).add(int(year))
    return out


def _ce_short(store: Store, months: Sequence[date]) -> dict[str, list[tuple[date, date]]]:
    """Months at whose end someone's continuing-education standing is 未达标, by worker."""
    from swdesk.store.training import standings

    out: dict[str, list[tuple[date, date]]] = {}
    for m in months:
        end = al.month_end(m)
        for w in standings(store, end):
            if w.standing.status == ce.STATUS_OVERDUE:
                out.setdefault(w.worker_id, []).append((m, end))
    return out


def facts_for(
    store: Store, months: Sequence[date], rule: al.AllowanceRules | None = None
) -> list[tuple[Person, al.WorkerFacts]]:
    """Everyone in post on some day of ``months``, with what the rules need to know of them.

    A few scans of whole tables merged in Python (workers, status changes, certificates,
    registrations; appraisals and continuing education only when a version in force asks).
    A certificate with a registration date but no 首次登记 record counts as one valid three
    years from that date (``registrations.implied``).
    """
    rule = rule or rules(store)
    versions = [v for m in months if (v := rule.version_for(m)) is not None]
    first, last = months[0], al.month_end(months[-1])
    conn = store.conn
    changes: dict[str, list[tuple[str | None, str | None, date]]] = {}
    for wid, old, new, on in conn.execute(
        "SELECT worker_id, old_value, new_value, on_date FROM worker_history "
        "WHERE deleted = 0 AND kind = ? AND on_date IS NOT NULL ORDER BY on_date, created_at",
        ("status",),
    ):
        d = _day(on)
        if d is not None:
            changes.setdefault(wid, []).append((old, new, d))
    # Many people share a certificate's level and date, or a registration's: each distinct
    # one is made once (frozen, so sharing is safe), which halves the time of a county file.
    certs: dict[str, list[al.Certificate]] = {}
    made_certs: dict[tuple[str, str | None], al.Certificate] = {}
    for wid, level, obtained in conn.execute(
        "SELECT worker_id, level, obtained_date FROM certificates WHERE deleted = 0"
    ):
        cert = made_certs.get((level, obtained))
        if cert is None:
            cert = made_certs[(level, obtained)] = al.Certificate(level, _day(obtained))
        certs.setdefault(wid, []).append(cert)
    regs: dict[str, tuple[al.Registration, ...]] = {}
    made_regs: dict[tuple[str, str, str, str], al.Registration | None] = {}
    for wid, rows in all_live(store).items():
        mine = []
        for row in rows:
            if row not in made_regs:
                level, start, until, state = row
                a, b = _day(start), _day(until)
                made_regs[row] = (
                    None if a is None or b is None else al.Registration(level, a, b, state)
                )
            if (r := made_regs[row]) is not None:
                mine.append(r)
        regs[wid] = tuple(mine)
    failed = _failed_years(store) if any(v.exclude_failed_appraisal for v in versions) else {}
    short = _ce_short(store, months) if any(v.need_ce_met for v in versions) else {}
    out: list[tuple[Person, al.WorkerFacts]] = []
    on_duty = enums.STATUS_ON_DUTY
    for wid, idn, name, vcode, post, status, status_date in conn.execute(
        # In file order: the sheets sort the lines when they are read (``run_lines``).
        "SELECT id, id_number, name, village_code, post_type, status, status_date FROM workers "
        "WHERE deleted = 0"
    ):
        spans = (
            _in_post(status, status_date, changes[wid])
            if wid in changes
            else (_ALWAYS if status == on_duty else ())
        )
        if spans is not _ALWAYS and not any(
            a <= last and (b is None or b >= first) for a, b in spans
        ):
            continue
        facts = al.WorkerFacts(
            wid,
            post,
            spans,
            tuple(certs.get(wid, ())),
            regs.get(wid, ()),
            frozenset(failed[wid]) if wid in failed else _NONE,
            tuple(short[wid]) if wid in short else (),
        )
        out.append((Person(wid, idn, name, vcode), facts))
    return out


# -- runs ---------------------------------------------------------------------------------------
def _label(d: date) -> str:
    return al.month_label(d)


def find_run(store: Store, month: date) -> dict[str, Any] | None:
    """This unit's live run named by ``month`` (its first month)."""
    rows = store.query(
        f"SELECT * FROM {RUNS} WHERE unit_code = ? AND first_month = ? AND deleted = 0",
        (store.unit_code, _label(month)),
    )
    return rows[0] if rows else None


def require_run(store: Store, month: date) -> dict[str, Any]:
    run = find_run(store, month)
    if run is None:
        raise RuleError(
            msg(
                "没有 {month} 的发放表。先运行 swdesk allowance run --month {month} 生成草稿。",
                month=_label(month),
            )
        )
    return run


def run_months(run: dict[str, Any]) -> list[date]:
    return al.months_of(al.parse_month(run["first_month"]), int(run["months"]))


def list_runs(store: Store) -> list[dict[str, Any]]:
    return store.query(
        f"SELECT * FROM {RUNS} WHERE unit_code = ? AND deleted = 0 ORDER BY first_month",
        (store.unit_code,),
    )


def _overlapping(
    store: Store, months: Sequence[date], exclude: str | None
) -> dict[str, Any] | None:
    wanted = {_label(m) for m in months}
    for run in list_runs(store):
        if run["id"] != exclude and wanted & {_label(m) for m in run_months(run)}:
            return run
    return None


def _refuse_unless_draft(run: dict[str, Any]) -> None:
    if run["state"] != al.RUN_DRAFT:
        raise RuleError(
            msg(
                "{month} 的发放表已是“{state}”，不能重新计算或修改。"
                "更正请在以后月份的发放表里补发或扣回（swdesk allowance adjust）。",
                month=run["first_month"],
                state=al.RUN_STATE_LABELS[run["state"]],
            )
        )


@dataclass(frozen=True)
class Computed:
    run_id: str
    people: int  # people paid something
    total: int  # fen
    lines: int


def compute_run(store: Store, month: date, count: int = 1) -> Computed:
    """Make the draft run named by ``month`` (``count`` months), or compute its draft again.

    Refused, with nothing changed, for a run past 草稿 and for months another run covers.
    """
    al.check_run_months(count)
    months = al.months_of(month, count)
    rule = rules(store)
    with store.atomic():
        run = find_run(store, month)
        if run is not None:
            _refuse_unless_draft(run)
        other = _overlapping(store, months, run["id"] if run else None)
        if other is not None:
            raise RuleError(
                msg(
                    "{months} 中有月份已在 {other} 的发放表里，同一个月不能发两次。",
                    months=f"{_label(months[0])} 至 {_label(months[-1])}",
                    other=other["first_month"],
                )
            )
        snapshot = json.dumps(rule.to_dict(), ensure_ascii=False)
        if run is None:
            run_id = records.insert(
                store,
                RUNS,
                {
                    "unit_code": store.unit_code,
                    "first_month": _label(month),
                    "months": count,
                    "state": al.RUN_DRAFT,
                    "rules": snapshot,
                },
            )
        else:
            run_id = run["id"]
        rows = compute_lines(store, run_id, months, rule)
        _replace_lines(store, run_id, rows)
        people, total = _totals(store, run_id)
        records.update(
            store,
            RUNS,
            run_id,
            {
                "months": count,
                "rules": snapshot,
                "computed_at": utc_now(),
                "people": people,
                "total_fen": total,
            },
        )
    return Computed(run_id, people, total, len(rows))


def compute_lines(
    store: Store, run_id: str | None, months: Sequence[date], rule: al.AllowanceRules
) -> list[tuple[Any, ...]]:
    """The lines (allowances with reasons, rewards) of ``months`` as rows for
    ``_replace_lines`` (columns ``LINE_COLUMNS``), written nowhere: a preview of a run when
    ``run_id`` is None. Rewards already paid by another run are not proposed again.

    The cycle collector waits while the facts of everyone are built (``collector_paused``)."""
    with collector_paused():
        return _compute_lines(store, run_id, months, rule)


def _compute_lines(
    store: Store, run_id: str | None, months: Sequence[date], rule: al.AllowanceRules
) -> list[tuple[Any, ...]]:
    rewarded = {
        (wid, level)
        for wid, level in store.conn.execute(
            f"SELECT worker_id, level FROM {LINES} WHERE kind = ? AND deleted = 0 AND run_id != ?",
            (al.KIND_REWARD, run_id or ""),
        )
    }
    first, last = months[0], al.month_end(months[-1])
    rewards = any(v.rewards for v in rule.versions)
    rows: list[tuple[Any, ...]] = []
    people = facts_for(store, months, rule)
    # People whose facts are alike for these months are paid alike: their lines (but for who
    # and where) are worked out once per class.
    paid_alike: dict[al.PayClass, list[tuple[Any, ...]]] = {}
    for person, facts in people:
        key = al.pay_class(facts, months)
        tails = paid_alike.get(key)
        if tails is None:
            tails = paid_alike[key] = _tails(al.pay_for_run(al.class_facts(key), rule, months))
        wid, vcode = person.worker_id, person.village_code
        rows.extend((wid, al.KIND_ALLOWANCE, vcode, *tail) for tail in tails)
    if rewards:
        rows.extend(_reward_rows(people, rule, rewarded, first, last))
    return rows


def _reward_rows(
    people: list[tuple[Person, al.WorkerFacts]],
    rule: al.AllowanceRules,
    rewarded: set[tuple[str, str]],
    first: date,
    last: date,
) -> list[tuple[Any, ...]]:
    """The rewards owed and on no other run (``core.allowance_rewards``), for certificates
    obtained up to the run's last day: in the month obtained when that is one of the run's,
    else in the run's first month (a certificate entered after its month's run was computed)."""
    from swdesk.core.allowance_rewards import pending_rewards

    village = {person.worker_id: person.village_code for person, _ in people}
    rows: list[tuple[Any, ...]] = []
    for p in pending_rewards(rule, (facts for _, facts in people), rewarded, last):
        m = _label(p.obtained if p.obtained >= first else first)
        note = msg("{level}证书 {obtained} 取得", level=p.level, obtained=p.obtained.isoformat())
        rows.append(
            (
                p.worker_id,
                al.KIND_REWARD,
                village[p.worker_id],
                m,
                m,
                None,
                p.level,
                0,
                0,
                None,
                p.amount,
                None,
                str(note),
            )
        )
    return rows


def _tails(pay: al.WorkerPay | None) -> list[tuple[Any, ...]]:
    """A person's allowance lines as the columns of ``LINE_COLUMNS`` after worker, kind and
    village; the months not paid, with why, noted on the first when some are paid."""
    if pay is None:
        return []
    unpaid = (
        "；".join(f"{_label(m)}：{why}" for m, why in pay.unpaid) if pay.lines[0].amount else ""
    )
    return [
        (
            _label(line.first_month),
            _label(line.last_month),
            None,
            line.level,
            line.rate,
            line.months,
            line.days,
            line.amount,
            str(line.reason) if line.reason is not None else None,
            (unpaid or None) if i == 0 else None,
        )
        for i, line in enumerate(pay.lines)
    ]


LINE_COLUMNS = (
    "worker_id",
    "kind",
    "village_code",
    "first_month",
    "last_month",
    "for_month",
    "level",
    "rate_fen",
    "months",
    "days",
    "amount_fen",
    "reason",
    "note",
)


def _replace_lines(store: Store, run_id: str, rows: list[tuple[Any, ...]]) -> None:
    """Tombstone the run's computed lines and write the new ones in one batch."""
    now = utc_now()
    rev = store.next_rev()
    store.conn.execute(
        f"UPDATE {LINES} SET deleted = 1, version = version + 1, updated_at = ?, rev = ? "
        "WHERE run_id = ? AND deleted = 0 AND kind != ?",
        (now, rev, run_id, al.KIND_ADJUSTMENT),
    )
    cols = (*records.SYNC_COLUMNS, "run_id", *LINE_COLUMNS)
    origin = store.unit_code
    store.conn.executemany(
        f"INSERT INTO {LINES} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [(records.new_id(), now, now, origin, 1, 0, rev, run_id, *r) for r in rows],
    )


def _totals(store: Store, run_id: str) -> tuple[int, int]:
    people, total = store.conn.execute(
        f"SELECT count(DISTINCT CASE WHEN amount_fen != 0 THEN worker_id END), total(amount_fen) "
        f"FROM {LINES} WHERE run_id = ? AND deleted = 0",
        (run_id,),
    ).fetchone()
    return int(people), int(total)


def _move(store: Store, month: date, new: str, extra: dict[str, Any]) -> dict[str, Any]:
    with store.atomic():
        run = require_run(store, month)
        al.check_run_transition(run["state"], new)
        changes = {"state": new, **extra}
        records.update(store, RUNS, run["id"], changes, action=audit.UPDATE)
        return {**run, **changes}


def publish(store: Store, month: date) -> dict[str, Any]:
    """草稿 → 公示 (the notice-board list is printed from it); a published run prints again."""
    run = require_run(store, month)
    if run["state"] == al.RUN_PUBLISHED:
        return run
    return _move(store, month, al.RUN_PUBLISHED, {"published_at": utc_now()})


def approve(store: Store, month: date) -> dict[str, Any]:
    """公示 → 已审核: the run and its lines are locked from here on; by a 审核 or 管理 account
    once the file has accounts (the clerk who computed it does not approve it)."""
    require_review(store, msg("审核通过津贴发放表"))
    return _move(
        store, month, al.RUN_APPROVED, {"approved_at": utc_now(), "approved_by": store.operator}
    )


def mark_paid(store: Store, month: date, on: date, today: date | None = None) -> dict[str, Any]:
    """已审核 → 已发放 on the day the money went out: not before the approval, not in the future."""
    run = require_run(store, month)
    if run["state"] == al.RUN_APPROVED:  # a step out of order is refused by ``_move``'s check
        steps.check_paid_date(on, steps.approval_day(run["approved_at"]), today or date.today())
    return _move(store, month, al.RUN_PAID, {"paid_on": on.isoformat()})


# -- adjustments --------------------------------------------------------------------------------
def paid_for(store: Store, worker_id: str, month: date) -> tuple[int, int]:
    """(fen paid to the person for ``month`` by approved or paid runs, fen adjusted since)."""
    label = _label(month)
    locked = tuple(al.LOCKED_STATES)
    paid = 0
    for rate, days, amount in store.conn.execute(
        f"SELECT l.rate_fen, l.days, l.amount_fen FROM {LINES} l JOIN {RUNS} r ON r.id = l.run_id "
        f"WHERE l.worker_id = ? AND l.kind = ? AND l.deleted = 0 AND r.deleted = 0 "
        f"AND l.first_month <= ? AND l.last_month >= ? AND r.state IN ({', '.join('?' * len(locked))})",
        (worker_id, al.KIND_ALLOWANCE, label, label, *locked),
    ):
        paid += amount if days is not None else (rate if amount else 0)
    adjusted = store.scalar(
        f"SELECT total(amount_fen) FROM {LINES} WHERE worker_id = ? AND kind = ? "
        "AND for_month = ? AND deleted = 0",
        (worker_id, al.KIND_ADJUSTMENT, label),
    )
    return paid, int(adjusted or 0)


def _month_was_paid(store: Store, month: date) -> bool:
    return any(
        r["state"] in al.LOCKED_STATES and _label(month) in {_label(m) for m in run_months(r)}
        for r in list_runs(store)
    )


def adjust(
    store: Store, month: date, for_month: date, worker_id: str, amount: int, reason: str
) -> str:
    """A 补发 (positive) or 扣回 (negative) for ``for_month``, paid in the draft run of ``month``."""
    reason = clean_text(reason, msg("补发或扣回的理由"), prose=True)
    if not reason:
        raise RuleError(msg("补发或扣回需要写明理由（--reason）。"))
    with store.atomic():
        run = require_run(store, month)
        _refuse_unless_draft(run)
        if not _month_was_paid(store, for_month):
            raise RuleError(
                msg(
                    "{month} 还没有已审核的发放表，不能补发或扣回；请直接重新计算该月的草稿。",
                    month=_label(for_month),
                )
            )
        if for_month >= al.parse_month(run["first_month"]):
            raise RuleError(msg("补发或扣回只能更正发放表之前的月份。"))
        paid, adjusted = paid_for(store, worker_id, for_month)
        al.check_adjustment(amount, paid, adjusted)
        person = records.get(store, "workers", worker_id)
        m = run["first_month"]
        line_id = records.insert(
            store,
            LINES,
            {
                "run_id": run["id"],
                "worker_id": worker_id,
                "kind": al.KIND_ADJUSTMENT,
                "village_code": person["village_code"],
                "first_month": m,
                "last_month": m,
                "for_month": _label(for_month),
                "level": None,
                "rate_fen": 0,
                "months": 0,
                "days": None,
                "amount_fen": amount,
                "reason": None,
                "note": reason,
            },
        )
        people, total = _totals(store, run["id"])
        records.update(store, RUNS, run["id"], {"people": people, "total_fen": total})
    return line_id


# -- reading a run ------------------------------------------------------------------------------
def run_lines(store: Store, run_id: str) -> list[dict[str, Any]]:
    """The run's live lines with each person's name, ID number, village name and account, in
    sheet order (village, name, then allowance before reward before adjustment)."""
    return store.query(
        f"SELECT l.*, w.name, w.id_number, v.name AS village, a.account "
        f"FROM {LINES} l JOIN workers w ON w.id = l.worker_id "
        "LEFT JOIN villages v ON v.code = l.village_code AND v.deleted = 0 "
        f"LEFT JOIN {ACCOUNTS} a ON a.worker_id = l.worker_id AND a.origin = l.origin "
        "AND a.deleted = 0 "
        "WHERE l.run_id = ? AND l.deleted = 0 "
        "ORDER BY l.village_code, w.name COLLATE name_order, w.rowid, "
        "CASE l.kind WHEN ? THEN 0 WHEN ? THEN 1 ELSE 2 END, l.first_month",
        (run_id, al.KIND_ALLOWANCE, al.KIND_REWARD),
    )


def public_lines(run: dict[str, Any], lines: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The shape ``allowance list --json`` prints: one object per payroll line."""
    return [
        {
            "id_number": r["id_number"],
            "name": r["name"],
            "village": r["village"] or r["village_code"],
            "level": r["level"],
            "rate": r["rate_fen"] / 100,
            "months": r["months"],
            "days": r["days"],
            "first_month": r["first_month"],
            "last_month": r["last_month"],
            "for_month": r["for_month"],
            "amount": r["amount_fen"] / 100,
            "kind": r["kind"],
            "reason": r["reason"],
            "note": r["note"],
            "state": run["state"],
        }
        for r in lines
    ]


# -- payee accounts -----------------------------------------------------------------------------
def set_account(
    store: Store,
    worker_id: str,
    kind: str,
    account: str,
    bank: str = "",
    check_digit: bool = True,
) -> str:
    """The account the person's allowance is paid into (one live per person; replaces).
    ``check_digit=False``: a bank card checked against the card that has no Luhn digit."""
    clean = al.validate_account(kind, account, check_digit)
    with store.atomic():
        records.get(store, "workers", worker_id)
        old = store.scalar(
            f"SELECT id FROM {ACCOUNTS} WHERE origin = ? AND worker_id = ? AND deleted = 0",
            (store.unit_code, worker_id),
        )
        values = {"kind": clean[0], "account": clean[1], "bank": bank.strip() or None}
        if old is not None:
            records.update(store, ACCOUNTS, old, values)
            return str(old)
        return records.insert(store, ACCOUNTS, {"worker_id": worker_id, **values})
