"""Continuing-education ledger: training events, attendance, single records, proofs, standing.

Every write goes through ``swdesk.store.records`` (UUID, version, tombstone, audit). The rules
(periods, states, conversions) live in ``swdesk.core.ce``; this module only gathers the facts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from swdesk.core import ce, enums, names
from swdesk.core.errors import RuleError
from swdesk.core.i18n import listed, msg
from swdesk.core.idnumber import parse_id_number
from swdesk.store import records, registrations
from swdesk.store.blobs import MAX_BLOB_BYTES, put_blob
from swdesk.store.collector import collector_paused
from swdesk.store.errors import NotFound
from swdesk.store.presets import load_presets, save_checked, saved_or_preset
from swdesk.store.sql_in import in_chunks

if TYPE_CHECKING:
    from swdesk.store.db import Store

EVENTS = "training_events"
RECORDS = "training_records"
SETTINGS_KEY = "ce_rules"
DEFAULT_PRESET = "national"
MAX_PROOF_BYTES = MAX_BLOB_BYTES


# -- settings -----------------------------------------------------------------------------------
@cache
def presets() -> dict[str, ce.CESettings]:
    """The shipped presets (``resources/settings/ce_presets.json``), by preset key."""
    return load_presets("ce_presets.json", ce.settings_from_dict)


def ce_settings(store: Store) -> ce.CESettings:
    """The data file's rules; the national preset until someone saves their own."""
    return saved_or_preset(
        store, SETTINGS_KEY, ce.settings_from_dict, lambda: presets()[DEFAULT_PRESET]
    )


def set_ce_settings(store: Store, settings: ce.CESettings | dict[str, Any]) -> ce.CESettings:
    """Validate and save (audited by ``Store.set_setting``)."""
    return save_checked(store, SETTINGS_KEY, settings, ce.settings_from_dict)


# -- events -----------------------------------------------------------------------------------
def add_event(store: Store, raw: dict[str, Any]) -> str:
    return records.insert(store, EVENTS, ce.validate_event(raw))


def get_event(store: Store, event_id: str) -> dict[str, Any]:
    try:
        row = records.get(store, EVENTS, event_id)
    except NotFound:
        raise NotFound(msg("找不到编号为 {id} 的培训，请核对培训编号。", id=event_id)) from None
    if row["deleted"]:
        raise RuleError(msg("培训“{title}”已被删除。", title=row["title"]))
    return row


# What the events list searches: a typed fragment of any of these finds the event.
EVENT_SEARCH_FIELDS = ("title", "organizer", "place")


def list_events(store: Store, year: int | None = None, search: str = "") -> list[dict[str, Any]]:
    """Events newest first, optionally only those starting in ``year`` and matching ``search``.

    ``search`` is a case-insensitive fragment of the title, organizer or place; a fragment of
    Latin letters also matches the pinyin (initials or whole syllables) of those fields, so
    ``ertong`` or ``etbh`` finds 儿童保护专题培训 — that part needs pypinyin, so it is done
    here in Python over the year's events rather than in SQL.
    """
    where = ["e.deleted = 0"]
    params: list[Any] = []
    if year is not None:
        where.append("e.start_date >= ? AND e.start_date < ?")
        params += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    needle = search.strip().lower()
    latin = needle.isascii() and needle.isalpha()
    if needle and not latin:
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append(
            "(" + " OR ".join(f"lower(e.{f}) LIKE ? ESCAPE '\\'" for f in EVENT_SEARCH_FIELDS) + ")"
        )
        params += [like] * len(EVENT_SEARCH_FIELDS)
    rows = store.query(
        "SELECT e.*, (SELECT count(*) FROM training_records r WHERE r.event_id = e.id "
        f"AND r.deleted = 0) AS attendees FROM training_events e WHERE {' AND '.join(where)} "
        "ORDER BY e.start_date DESC, e.title",
        params,
    )
    if latin:
        rows = [r for r in rows if any(_field_matches(r[f], needle) for f in EVENT_SEARCH_FIELDS)]
    return rows


def _field_matches(text: str | None, needle: str) -> bool:
    if not text:
        return False
    return needle in text.lower() or any(t.startswith(needle) for t in _pinyin_terms(text))


@lru_cache(maxsize=8192)
def _pinyin_terms(text: str) -> frozenset[str]:
    """Suffixes of the pinyin initials and syllables of ``text`` (a fragment is a prefix of one)."""
    return frozenset(names.name_terms(text))


def event_years(store: Store) -> list[int]:
    """The years in which some event starts, newest first (the events list's year choices)."""
    return [
        int(r["y"])
        for r in store.query(
            "SELECT DISTINCT substr(start_date, 1, 4) AS y FROM training_events "
            "WHERE deleted = 0 ORDER BY y DESC"
        )
    ]


def update_event(store: Store, event_id: str, raw: dict[str, Any]) -> bool:
    """Edit an event; its records follow its dates, and hours below what was credited are refused."""
    clean = ce.validate_event(raw)
    with store.atomic():
        get_event(store, event_id)
        top = store.scalar(
            "SELECT max(hours_credited) FROM training_records WHERE event_id = ? AND deleted = 0",
            (event_id,),
        )
        if top is not None and clean["hours"] < top:
            raise RuleError(
                msg(
                    "已有人记了 {hours:g} 学时，培训学时不能改成少于 {hours:g}。请先修改这些签到记录。",
                    hours=top,
                ),
                "hours",
            )
        changed = records.update(store, EVENTS, event_id, clean)
        for r in store.query(
            "SELECT id FROM training_records WHERE event_id = ? AND deleted = 0", (event_id,)
        ):
            records.update(
                store,
                RECORDS,
                r["id"],
                {"start_date": clean["start_date"], "end_date": clean["end_date"]},
                reason="培训日期修改",
            )
    return changed


def delete_event(store: Store, event_id: str, reason: str | None = None) -> int:
    """Delete an event and its attendance records (tombstones); returns the records deleted."""
    with store.atomic():
        get_event(store, event_id)
        ids = [
            r["id"]
            for r in store.query(
                "SELECT id FROM training_records WHERE event_id = ? AND deleted = 0", (event_id,)
            )
        ]
        for rid in ids:
            records.soft_delete(store, RECORDS, rid, reason or "培训被删除")
        records.soft_delete(store, EVENTS, event_id, reason)
    return len(ids)


# -- attendance -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Attendee:
    """One line of a sign-in sheet: a worker id or an ID number, and hours (None = the event's)."""

    who: str
    hours: object = None
    line: int | None = None


class AttendanceRejected(RuleError):
    """A sign-in sheet with problems: ``problems`` lists each line's reason; nothing was saved."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(msg("签到记录没有保存：{problems}", problems=listed(problems)))
        self.problems = problems


def _resolve_workers(store: Store, whos: list[str]) -> dict[str, dict[str, Any]]:
    """Workers by the given keys: ID numbers (upper case) and record ids (lower case).

    Both lookups use an index (``id_number`` is UNIQUE, ``id`` the primary key), so a
    sign-in sheet of 30 names reads 30 rows, not the whole table.
    """
    out: dict[str, dict[str, Any]] = {}
    keys = [w.strip() for w in whos]
    for chunk, marks in in_chunks(keys, 400):
        for r in store.query(
            f"SELECT id, id_number, name, status FROM workers WHERE deleted = 0 "
            f"AND (id_number IN ({marks}) OR id IN ({marks}))",
            [*(k.upper() for k in chunk), *(k.lower() for k in chunk)],
        ):
            out[r["id_number"]] = r
            out[r["id"]] = r
    return out


def _lookup(found: dict[str, dict[str, Any]], who: str) -> dict[str, Any] | None:
    key = who.strip()
    return found.get(key.upper()) or found.get(key.lower())


def attend(
    store: Store,
    event_id: str,
    attendees: Iterable[Attendee | str],
    *,
    proofs: dict[str, tuple[str, bytes]] | None = None,
) -> list[str]:
    """Record a whole sign-in sheet at once: all lines saved, or none (AttendanceRejected).

    Hours default to the event's and may be less (partial attendance), never more. A worker
    already recorded for the event, or listed twice, is refused: the same person cannot attend
    the same event twice.
    """
    items = [a if isinstance(a, Attendee) else Attendee(a) for a in attendees]
    if not items:
        raise RuleError(msg("签到名单是空的。"))
    with store.atomic():
        event = get_event(store, event_id)
        found = _resolve_workers(store, [a.who for a in items])
        already = {
            r["worker_id"]
            for r in store.query(
                "SELECT worker_id FROM training_records WHERE event_id = ? AND deleted = 0",
                (event_id,),
            )
        }
        problems: list[str] = []
        rows: list[dict[str, Any]] = []
        seen: dict[str, str] = {}
        for n, a in enumerate(items, 1):
            where = msg("第{line}行", line=a.line or n)
            worker = _lookup(found, a.who)
            if worker is None:
                problems.append(msg("{where}：{reason}", where=where, reason=_unknown(a.who)))
                continue
            who = msg("{name}（{number}）", name=worker["name"], number=worker["id_number"])
            if worker["id"] in already:
                problems.append(
                    msg(
                        "{where}：{who} 已经记过这次培训，同一培训不能重复记学时。",
                        where=where,
                        who=who,
                    )
                )
                continue
            if worker["id"] in seen:
                problems.append(
                    msg(
                        "{where}：{who} 在名单里出现了两次（另见{other}）。",
                        where=where,
                        who=who,
                        other=seen[worker["id"]],
                    )
                )
                continue
            seen[worker["id"]] = where
            try:
                hours = _hours_for(event, a.hours)
            except RuleError as e:
                problems.append(
                    msg("{where}：{who} {reason}", where=where, who=who, reason=e.message)
                )
                continue
            rows.append(
                {
                    "worker_id": worker["id"],
                    "event_id": event_id,
                    "activity": ce.TRAINING,
                    "title": None,
                    "mode": None,
                    "start_date": event["start_date"],
                    "end_date": event["end_date"],
                    "hours": hours,
                    "hours_credited": hours,
                    "proof_name": None,
                    "proof_sha256": None,
                    "note": None,
                }
            )
        if problems:
            raise AttendanceRejected(problems)
        if proofs:
            for row in rows:
                proof = proofs.get(row["worker_id"])
                if proof:
                    row["proof_name"], row["proof_sha256"] = _put_proof(store, *proof)
        try:
            return records.insert_many(store, RECORDS, rows)
        except sqlite3.IntegrityError:
            # Another window recorded one of them in between: same rule, same sentence.
            raise AttendanceRejected(
                [msg("有人已经记过这次培训，同一培训不能重复记学时。")]
            ) from None


def _unknown(who: str) -> str:
    try:
        parse_id_number(who)
    except RuleError as e:
        return msg("身份证号“{number}”不对：{reason}", number=who, reason=e.message)
    return msg("身份证号 {number} 没有档案，请先建立档案。", number=who)


def _hours_for(event: dict[str, Any], raw: object) -> float:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return float(event["hours"])
    hours = ce.parse_hours(raw)
    if hours > event["hours"]:
        raise RuleError(
            msg(
                "学时 {hours:g} 超过了培训本身的 {limit:g} 学时。",
                hours=hours,
                limit=event["hours"],
            ),
            "hours",
        )
    return hours


# -- single records (no event) and edits -----------------------------------------------------------
def add_record(
    store: Store, worker_id: str, raw: dict[str, Any], proof: tuple[str, bytes] | None = None
) -> str:
    """A record without an event: an online course, a degree or another conversion."""
    settings = ce_settings(store)
    clean = ce.validate_single(settings, raw)
    with store.atomic():
        worker = records.get(store, "workers", worker_id)
        if worker["deleted"]:
            raise RuleError(msg("{name} 的档案已被删除，不能记学时。", name=worker["name"]))
        conv = settings.conversion(clean["activity"])
        if conv is not None and conv.once:
            n = store.scalar(
                "SELECT count(*) FROM training_records WHERE worker_id = ? AND activity = ? "
                "AND deleted = 0",
                (worker_id, conv.activity),
            )
            if n:
                raise RuleError(
                    msg(
                        "{name} 已经记过“{activity}”，这一项只能折算一次。",
                        name=worker["name"],
                        activity=conv.label,
                    )
                )
        name, sha = _put_proof(store, *proof) if proof else (None, None)
        return records.insert(
            store,
            RECORDS,
            {
                "worker_id": worker_id,
                "event_id": None,
                **clean,
                "proof_name": name,
                "proof_sha256": sha,
            },
        )


def set_record_hours(store: Store, record_id: str, raw_hours: object) -> bool:
    """Change the hours credited of an attendance (partial attendance found later)."""
    with store.atomic():
        rec = records.get(store, RECORDS, record_id)
        if rec["activity"] != ce.TRAINING:
            raise RuleError(msg("折算项目的学时是固定的，不能修改。"))
        if rec["event_id"]:
            hours = _hours_for(get_event(store, rec["event_id"]), raw_hours)
        else:
            hours = ce.parse_hours(raw_hours)
        return records.update(store, RECORDS, record_id, {"hours": hours, "hours_credited": hours})


def delete_record(store: Store, record_id: str, reason: str | None = None) -> bool:
    return records.soft_delete(store, RECORDS, record_id, reason)


def restore_record(store: Store, record_id: str) -> bool:
    try:
        return records.restore(store, RECORDS, record_id)
    except sqlite3.IntegrityError:
        raise RuleError(msg("这个人已经有这次培训的另一条记录，不能恢复。")) from None


# -- proofs -----------------------------------------------------------------------------------
def _put_proof(store: Store, name: str, data: bytes) -> tuple[str, str]:
    return name, put_blob(store, "training_proofs", msg("证明文件"), name, data, MAX_PROOF_BYTES)


def set_proof(store: Store, record_id: str, name: str, data: bytes) -> bool:
    """Attach (or replace) the scan or photo proving one record."""
    with store.atomic():
        fname, sha = _put_proof(store, name, data)
        return records.update(store, RECORDS, record_id, {"proof_name": fname, "proof_sha256": sha})


def proof(store: Store, record_id: str) -> tuple[str, bytes] | None:
    row = store.conn.execute(
        "SELECT r.proof_name, p.data FROM training_records r "
        "JOIN training_proofs p ON p.sha256 = r.proof_sha256 WHERE r.id = ?",
        (record_id,),
    ).fetchone()
    return (row[0], bytes(row[1])) if row else None


# -- reading --------------------------------------------------------------------------------
def worker_records(store: Store, worker_id: str) -> list[dict[str, Any]]:
    """A worker's records with the event's details filled in, oldest first."""
    return store.query(
        "SELECT r.id, r.event_id, r.activity, COALESCE(r.title, e.title) AS title, "
        "COALESCE(r.mode, e.mode) AS mode, r.start_date, r.end_date, r.hours, r.hours_credited, "
        "e.organizer, r.proof_name, r.note "
        "FROM training_records r LEFT JOIN training_events e ON e.id = r.event_id "
        "WHERE r.worker_id = ? AND r.deleted = 0 ORDER BY r.end_date, title",
        (worker_id,),
    )


def standing_of(
    store: Store, worker_id: str, at: date, settings: ce.CESettings | None = None
) -> ce.Standing:
    """One worker's standing, summed in Python from their records (the reference path)."""
    settings = settings or ce_settings(store)
    regs = worker_registrations(store, worker_id)
    credits = [
        ce.Credit(date.fromisoformat(end), settings.record_hours(activity, start, end, h))
        for activity, start, end, h in store.conn.execute(
            "SELECT activity, start_date, end_date, hours_credited FROM training_records "
            "WHERE worker_id = ? AND deleted = 0",
            (worker_id,),
        )
    ]
    return ce.standing(settings, regs, credits, at)


def worker_registrations(store: Store, worker_id: str) -> list[ce.Registration]:
    """The registrations that start a worker's periods (``registrations.ce_rows``)."""
    return registrations.ce_registrations(
        registrations.ce_rows(store, worker_id).get(worker_id, [])
    )


@dataclass(slots=True)
class WorkerStanding:
    worker_id: str
    id_number: str
    name: str
    village_code: str | None
    current_level: str | None
    standing: ce.Standing

    @property
    def level(self) -> str | None:
        """The level whose requirement applies; the highest held when none applies yet."""
        return self.standing.level or self.current_level

    def public_dict(self, hours_per_unit: float = 1.0) -> dict[str, Any]:
        """The shape ``training status --json`` prints.

        The keys say hours, so a locality counting days (Qijiang) passes ``hours_per_unit``
        (its hours per day) and the figures are given in hours, as the keys promise.
        """
        s = self.standing
        k = hours_per_unit
        return {
            "id_number": self.id_number,
            "name": self.name,
            "level": self.level,
            "period_start": s.period.start.isoformat() if s.period else None,
            "period_end": s.period.end.isoformat() if s.period else None,
            "required_hours": round(s.required * k, 2),
            "earned_hours": round(s.earned * k, 2),
            "missing_hours": round(s.missing * k, 2),
            "days_left": s.days_left,
            "status": s.status,
        }


def standings(
    store: Store,
    at: date,
    settings: ce.CESettings | None = None,
    village_code: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[WorkerStanding]:
    """Standing of every active worker (在岗, not deleted) holding a certificate, most urgent first.

    Efficient for 100 000 workers (``bench/bench_ce.py``): plain scans read every registration
    that counts (``registrations.ce_rows``) and who holds a certificate, the core rules find the current and previous period once per distinct set of
    registrations (with a ``ce.Judge``: the same rules as ``ce.standing``, prepared once), the
    period bounds go to a temporary table in worker order, one query sums the hours inside
    them over the covering index ``training_records_period`` and returns them in that order,
    and one pass judges each worker and builds the urgency sort key inline.
    """
    settings = settings or ce_settings(store)
    with collector_paused():
        return _standings(store, at, settings, village_code, progress)


def _standings(
    store: Store,
    at: date,
    settings: ce.CESettings,
    village_code: str | None,
    progress: Callable[[int, int], None] | None,
) -> list[WorkerStanding]:
    conn = store.conn
    # Plain scans merged in Python beat a join that seeks registrations per worker.
    regs = registrations.ce_rows(store)
    certified = {r[0] for r in conn.execute("SELECT worker_id FROM certificates WHERE deleted = 0")}
    sql = (
        "SELECT id, id_number, name, village_code, level FROM workers "
        "WHERE deleted = 0 AND status = ?"
    )
    params: list[Any] = [enums.STATUS_ON_DUTY]
    if village_code:
        sql += " AND village_code = ?"
        params.append(village_code)
    people = [r for r in conn.execute(sql, params) if r[0] in certified]
    # Many workers share registration dates: the periods of one set of registrations, their
    # bounds as text for SQL and the judge of their state are worked out once and shared.
    years = settings.period_years
    entries: dict[tuple[tuple[str, str, str], ...], tuple[ce.Judge, tuple[str, ...]]] = {}
    judge_of: list[ce.Judge] = []
    bounds: list[tuple[str, ...]] = []
    for wid, *_ in people:
        mine = regs.get(wid, [])
        key = tuple(mine) if len(mine) == 1 else tuple(sorted(mine, key=_reg_order))
        entry = entries.get(key)
        if entry is None:
            pair = ce.periods_around(registrations.ce_registrations(list(key)), at, years)
            entry = entries[key] = (ce.Judge(settings, at, *pair), _bounds(*pair))
        judge_of.append(entry[0])
        bounds.append((wid, *entry[1]))
    sums = _sum_in_periods(store, bounds, settings)
    # The urgency sort key (``Standing.urgency`` and the ID number for a stable order) is
    # built inline: a key function called 100 000 times costs more than the tuples.
    urgency, far = ce.STATUS_URGENCY, _FAR
    keyed = []
    total = len(people)
    for i, ((wid, idn, name, vcode, wlevel), judge, (earned, before)) in enumerate(
        zip(people, judge_of, sums, strict=True)
    ):
        st = judge(earned, before)
        days = st.days_left
        keyed.append(
            (
                (urgency[st.status], far if days is None else days, -st.missing, idn),
                WorkerStanding(wid, idn, name, vcode, wlevel, st),
            )
        )
        if progress and i % 5000 == 0:
            progress(i, total)
    keyed.sort(key=itemgetter(0))
    return [w for _, w in keyed]


_FAR = 10**6


@dataclass(frozen=True)
class Notice:
    """For the notice on opening: "本月有 N 人进入再登记期，其中 M 人学时不足"."""

    entering: list[WorkerStanding]
    short: list[WorkerStanding]

    @property
    def text(self) -> str:
        if not self.entering:
            return ""
        return f"本月有 {len(self.entering)} 人进入再登记期，其中 {len(self.short)} 人学时不足。"


def reregistration_notice(
    items: Iterable[WorkerStanding], at: date, settings: ce.CESettings
) -> Notice:
    """Workers whose re-registration window opens in the month of ``at``, and those still short."""
    entering = [
        w
        for w in items
        if w.standing.period is not None
        and w.standing.required > 0
        and (opens := ce.window_opens(w.standing.period, settings)).year == at.year
        and opens.month == at.month
    ]
    return Notice(entering, [w for w in entering if w.standing.missing > 0])


def _reg_order(r: tuple[str, str, str]) -> tuple[str, str, str]:
    return (r[1], r[0], r[2])


def _bounds(cur: ce.Period | None, prev: ce.Period | None) -> tuple[str, str, str, str]:
    """The periods' first and last days as ISO text; an empty range (``""``) sums nothing."""
    if cur is None:
        return ("", "", "", "")
    if prev is None:
        return (cur.start.isoformat(), cur.end.isoformat(), "", "")
    return (
        cur.start.isoformat(),
        cur.end.isoformat(),
        prev.start.isoformat(),
        prev.end.isoformat(),
    )


# What a record counts when days are counted from its dates: ``ce.CESettings.record_hours``
# in SQL (calendar days start..end inclusive × hours per day for a credited training record
# with a start date; otherwise its credited hours).
_DATES_CREDIT = (
    "CASE WHEN r.start_date IS NOT NULL AND r.start_date <> '' AND r.hours_credited > 0 "
    "AND r.activity = :training "
    "THEN max(julianday(r.end_date) - julianday(r.start_date) + 1, 1) * :per_day "
    "ELSE r.hours_credited END"
)


def _sum_in_periods(
    store: Store, rows: list[tuple[str, ...]], settings: ce.CESettings
) -> list[tuple[float, float]]:
    """Hours inside each worker's current and previous period, in one query, in ``rows`` order.

    Counting days by dates, each record counts its days as hours (``_DATES_CREDIT``), still
    summed in the same query; the judge turns the hours into days.

    ``rows``: (worker id, current start, current end, previous start, previous end); an empty
    range (``""``..``""``) sums nothing (no record has an empty end date). The bounds go to a
    plain temporary table in the given order (no key to keep sorted: it is only scanned) and
    the sums come back in that order, so nobody is looked up by id afterwards.
    """
    conn = store.conn
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS ce_spans "
        "(worker_id TEXT NOT NULL, cs TEXT, ce TEXT, ps TEXT, pe TEXT)"
    )
    own = not conn.in_transaction  # a transaction of our own: one commit, not one per row
    if own:
        conn.execute("BEGIN")
    try:
        conn.execute("DELETE FROM temp.ce_spans")
        conn.executemany("INSERT INTO temp.ce_spans VALUES (?, ?, ?, ?, ?)", rows)
    finally:
        if own:
            conn.execute("COMMIT")
    # Two correlated range sums per worker over the covering index: measured faster than a
    # join with GROUP BY (no grouping step, each sum one index range).
    credit = _DATES_CREDIT if settings.counts_dates else "r.hours_credited"
    result = conn.execute(
        "SELECT "
        f"(SELECT total({credit}) FROM training_records r WHERE r.worker_id = p.worker_id "
        "AND r.deleted = 0 AND r.end_date BETWEEN p.cs AND p.ce), "
        f"(SELECT total({credit}) FROM training_records r WHERE r.worker_id = p.worker_id "
        "AND r.deleted = 0 AND r.end_date BETWEEN p.ps AND p.pe) "
        "FROM temp.ce_spans p ORDER BY p.rowid",
        {"training": ce.TRAINING, "per_day": settings.hours_per_day},
    ).fetchall()
    conn.execute("DELETE FROM temp.ce_spans")
    return result


# -- lookups other layers need ------------------------------------------------------------------
def recorded_worker_ids(store: Store, event_id: str) -> set[str]:
    """Who already has a live record of the event: sign-in does not record them twice."""
    return {
        r[0]
        for r in store.conn.execute(
            f"SELECT worker_id FROM {RECORDS} WHERE event_id = ? AND deleted = 0", (event_id,)
        )
    }


def attendees(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The event's live records with each worker's name, ID number and village, by name
    (keys: id, worker_id, hours_credited, name, id_number, village_code)."""
    return store.query(
        "SELECT r.id, r.worker_id, r.hours_credited, w.name, w.id_number, w.village_code "
        f"FROM {RECORDS} r JOIN workers w ON w.id = r.worker_id "
        "WHERE r.event_id = ? AND r.deleted = 0 ORDER BY w.name COLLATE name_order",
        (event_id,),
    )


def event_attendees_for_dates(store: Store, event_id: str, at: date) -> list[ce.Attendee]:
    """The people recorded at an event as its date rule reads them (``ce.event_date_warnings``):
    each one's period at ``at`` and the day their first certificate was obtained."""
    return workers_for_dates(store, [a["worker_id"] for a in attendees(store, event_id)], at)


def workers_for_dates(store: Store, worker_ids: Sequence[str], at: date) -> list[ce.Attendee]:
    """These workers, in the order given, as an event's date rule reads them: each one's period
    at ``at`` and the day their first certificate was obtained. Also asked about people not
    yet recorded (the sign-in sheet being entered), so it takes worker ids, not an event."""
    if not worker_ids:
        return []
    settings = ce_settings(store)
    marks = ",".join("?" * len(worker_ids))
    names = dict(
        store.conn.execute(f"SELECT id, name FROM workers WHERE id IN ({marks})", worker_ids)
    )
    obtained = dict(
        store.conn.execute(
            "SELECT worker_id, min(obtained_date) FROM certificates "
            f"WHERE worker_id IN ({marks}) AND deleted = 0 "
            "AND date(obtained_date) IS NOT NULL GROUP BY worker_id",
            worker_ids,
        )
    )
    return [
        ce.Attendee(
            names[w],
            standing_of(store, w, at, settings).period,
            date.fromisoformat(obtained[w]) if w in obtained else None,
        )
        for w in worker_ids
        if w in names
    ]
