"""What the indicators count, read as of a date (the engine's ``Facts``).

A worker's village, status, post type and domains are today's row with the changes recorded
after the date undone, newest first (``worker_history``: each change keeps the value it
replaced). Roles count by their since/until, certificates by the day they were obtained, posts
by their fills' from/to and stations' 六有 items by the day each was done; a day ``to``/``until``/
``closed_on`` is the first day without.

What the file cannot know for the date is marked, field by field, so the figure says 估算:
post type, domains and undated roles before ``meta.history_from`` (the day the file began
recording them), undated certificates, and everything about a person whose file was made after
the date.
"""

from __future__ import annotations

import json
import operator
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from itertools import compress, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from swdesk.core import divisions, enums
from swdesk.core import exam as core_exam
from swdesk.core.dates import parse_iso_date
from swdesk.core.indicators import engine as e
from swdesk.core.indicators.columns import WorkerColumns
from swdesk.store import column_read, county_views, exams

if TYPE_CHECKING:
    from swdesk.store.db import Store

# History kinds → the workers column and the fact field they change.
_HISTORY: dict[str, tuple[str, str]] = {
    "village": ("village_code", e.FIELD_VILLAGE),
    "status": ("status", e.FIELD_STATUS),
    "post_type": ("post_type", e.FIELD_POST_TYPE),
    "domains": ("domains", e.FIELD_DOMAINS),
}
_DAY = "COALESCE(on_date, substr(created_at, 1, 10))"
# A post or station open on the day (closing day is the first day closed).
_OPEN_ON = "(opened_on IS NULL OR opened_on <= ?) AND (closed_on IS NULL OR closed_on > ?)"


def _day(raw: object) -> date | None:
    if not raw:
        return None
    text = str(raw)[:10]
    try:
        return date.fromisoformat(text) if len(text) == 10 else parse_iso_date(text)
    except ValueError:
        return None


def history_from(store: Store) -> date | None:
    """The day the file began recording post type, domains and roles."""
    return _day(store.meta("history_from"))


@cache
def _domains(raw: object) -> frozenset[str]:
    try:
        value = json.loads(str(raw)) if raw else []
    except ValueError:
        return frozenset()
    return (
        frozenset(x for x in value if isinstance(x, str))
        if isinstance(value, list)
        else frozenset()
    )


# What a worker fact reads of the row; "late" is whether the file was made after the date
# (worked out by SQLite, so the timestamp never becomes a Python string).
_COLUMNS = (
    "id",
    "name",
    "origin",
    "village_code",
    "status",
    "post_type",
    "domains",
    "late",
    "education",
    "sw_major",
)
_COL = {c: i for i, c in enumerate(_COLUMNS)}


def _columns_as_of(
    store: Store, at: date, *, names: bool = True, id_numbers: bool = False
) -> list[Sequence[Any]]:
    """Every live worker's row (``_COLUMNS``) as columns, with the changes after ``at`` undone.
    ``origin`` is read only on a county file, where it can name the township; a township's own
    rows all count for it. ``names`` False reads no names (an empty one for each): each name
    is text of its own, and no figure needs it. ``id_numbers`` adds each one's ID number as an
    eleventh column. The columns come whole from SQLite (``column_read``: one text each, split
    in C, no Python code per row); the few people with a change after the day are then found
    in the id column by one C-level pass (``map``), and only the columns they change are
    copied."""
    day = at.isoformat()
    # Undone newest first, so where a field changed twice the oldest change's old value wins.
    undone: dict[str, dict[int, Any]] = {}
    for wid, kind, old in store.conn.execute(
        f"SELECT worker_id, kind, old_value FROM worker_history WHERE deleted = 0 AND {_DAY} > ? "
        f"ORDER BY {_DAY} DESC, created_at DESC",
        (day,),
    ):
        if kind in _HISTORY:
            undone.setdefault(wid, {})[_COL[_HISTORY[kind][0]]] = old
    county = store.role == divisions.ROLE_COUNTY
    wanted: list[tuple[str, str]] = [
        ("id", column_read.TEXT),
        *([("name", column_read.TEXT)] if names else []),
        *([("origin", column_read.FEW)] if county else []),
        ("village_code", column_read.FEW),
        ("status", column_read.FEW),
        ("post_type", column_read.FEW),
        ("domains", column_read.FEW),
        ("substr(created_at, 1, 10) > ?", column_read.FLAG),
        ("education", column_read.FEW),
        ("sw_major", column_read.FLAG),
        *([("id_number", column_read.TEXT)] if id_numbers else []),
    ]
    read = iter(
        column_read.read_columns(store.conn, wanted, "FROM workers WHERE deleted = 0", (day,))
    )
    ids = next(read)
    n = len(ids)
    cols: list[Sequence[Any]] = [
        ids,
        next(read) if names else [""] * n,
        next(read) if county else [None] * n,
        *(next(read) for _ in range(7)),
        *([next(read)] if id_numbers else []),
    ]
    if undone:
        ids = cols[0]
        changed: dict[int, list[Any]] = {}
        for i in compress(range(len(ids)), map(undone.__contains__, ids)):
            for c, old in undone[ids[i]].items():
                if c not in changed:
                    changed[c] = list(cols[c])
                changed[c][i] = old
        for c, values in changed.items():
            cols[c] = values
    return cols


def _roles(store: Store, at: date) -> tuple[dict[str, set[str]], set[str]]:
    """Roles held on ``at``; and who holds an undated one (its start is a guess)."""
    held: dict[str, set[str]] = {}
    undated: set[str] = set()
    for r in store.query(
        "SELECT worker_id, role, since FROM worker_roles WHERE deleted = 0 "
        "AND (since IS NULL OR since <= ?) AND (until IS NULL OR until > ?)",
        (at.isoformat(), at.isoformat()),
    ):
        held.setdefault(r["worker_id"], set()).add(r["role"])
        if r["since"] is None:
            undated.add(r["worker_id"])
    return held, undated


# A certificate's level as its rank (0 for a level swdesk does not know).
_RANK = {lv: enums.level_rank(lv) for lv in enums.LEVELS}
# The same, worked out by SQLite: a small int per row instead of the level's Chinese text.
_RANK_SQL = "CASE level " + " ".join("WHEN ? THEN ?" for _ in _RANK) + " ELSE 0 END"
_RANK_ARGS = tuple(x for pair in _RANK.items() for x in pair)


def _certificates(
    store: Store, at: date, *, lower: bool
) -> tuple[dict[str, int], set[str], dict[str, list[tuple[str, date | None]]]]:
    """The certificates obtained on or before ``at`` (undated ones count too, and their
    holders are marked): each worker's highest rank, the undated holders, and (``lower``) the
    certificates below 助理社会工作师 — all the exam's eligibility may ask of someone who is
    not certified. The certificates come as columns (``column_read``), each rank a digit;
    where someone holds several, they are sorted by rank (in C, by Python's sort: SQLite's
    sorter took a third of the read), so the highest is the last a dict keeps and no Python
    code runs per certificate; grouping in SQLite walks the worker index row by row and takes
    several times as long."""
    obtained = "deleted = 0 AND (obtained_date IS NULL OR obtained_date <= ?)"
    day = at.isoformat()
    wids, ranks, undated_flags = column_read.read_columns(
        store.conn,
        [
            ("worker_id", column_read.TEXT),
            (_RANK_SQL, column_read.DIGIT),
            ("obtained_date IS NULL", column_read.FLAG),
        ],
        f"FROM certificates WHERE {obtained}",
        (*_RANK_ARGS, day),
    )
    rank: dict[str, int] = dict(zip(wids, ranks, strict=True))
    if len(rank) < len(wids):  # someone holds several: sorted by rank, the highest is kept
        rank = dict(sorted(zip(wids, ranks, strict=True), key=itemgetter(1)))
    undated = set(compress(wids, undated_flags))
    below: dict[str, list[tuple[str, date | None]]] = {}
    if lower:
        for wid, level, when in store.conn.execute(
            f"SELECT worker_id, level, obtained_date FROM certificates WHERE {obtained} "
            f"AND {_RANK_SQL} < ?",
            (day, *_RANK_ARGS, e.CERTIFIED_MIN_RANK),
        ):
            below.setdefault(wid, []).append((level, _day(when)))
    return rank, undated, below


def _exam_sat_and_passed(store: Store, at: date) -> tuple[set[str], set[str]]:
    """Who sat the exam in a year up to ``at``'s, and whose results passed (a certificate
    proposed or made)."""
    sat: set[str] = set()
    passed: set[str] = set()
    for r in store.query(
        "SELECT worker_id, state, proposal FROM exam_registrations WHERE deleted = 0 AND year <= ?",
        (at.year,),
    ):
        if r["state"] == core_exam.STATE_SAT:
            sat.add(r["worker_id"])
        if r["proposal"] in (core_exam.PROPOSAL_PENDING, core_exam.PROPOSAL_ACCEPTED):
            passed.add(r["worker_id"])
    return sat, passed


def _work_starts(store: Store) -> dict[str, date | None]:
    return {
        r["worker_id"]: _day(r["work_start"])
        for r in store.query("SELECT worker_id, work_start FROM exam_work_starts WHERE deleted = 0")
    }


def _township_of(store: Store) -> Callable[[str | None, str | None], str]:
    """The township a row (its origin, its village code) counts for: the file's own on a
    township file; on a county, the village's township (its code's first nine digits), else
    the township that sent the row."""
    if store.role != divisions.ROLE_COUNTY:
        own = store.unit_code or ""
        return lambda origin, village_code: own

    def township(origin: str | None, village_code: str | None) -> str:
        if village_code and len(village_code) == 12:
            return village_code[:9]
        return origin or ""

    return township


# A 0/1 mask made 0/2, to be or-ed with another 0/1 into a number 0–3.
_TWICE = bytes.maketrans(b"\x00\x01", b"\x00\x02")


def workers(
    store: Store, at: date, *, candidates: bool = True, names: bool = True
) -> tuple[e.WorkerFact, ...]:
    """Every live worker as of ``at``, one fact each (``worker_columns``, made into objects
    for the callers that look people up one by one)."""
    return e.facts_of(worker_columns(store, at, candidates=candidates, names=names))


def worker_columns(
    store: Store,
    at: date,
    *,
    candidates: bool = True,
    names: bool = True,
    id_numbers: bool = False,
) -> WorkerColumns:
    """Every live worker as of ``at``, as columns; ``candidates`` False skips what only a
    gap's candidate list needs (exam sittings and eligibility), for a count alone; ``names``
    False leaves the names unread (the figures count ids; the pages read names for the people
    shown); ``id_numbers`` reads them too (the dashboard's name lists, from the same read).

    Each column is made by one C-level pass (``map``, ``zip``) over the rows or the one
    before; Python code runs only for the few people whose facts are a guess and, once per
    distinct set of facts, for the exam's eligibility."""
    started = history_from(store)
    early = started is None or at < started
    rules = exams.rules(store)
    # Whether 初级's eligibility looks at certificates or years at all (the national table
    # does not look at certificates): what it does not read need not tell people apart, nor
    # be read.
    rows_primary = [r for r in rules.eligibility if r.level == core_exam.EXAM_PRIMARY]
    by_certificate = any(r.certificate for r in rows_primary)
    by_years = any(r.years for r in rows_primary)
    cols = _columns_as_of(store, at, names=names, id_numbers=id_numbers)
    ids: Sequence[str] = cols[0]
    n = len(ids)
    origin, village, status, post_type = cols[2], cols[3], cols[4], cols[5]
    roles, undated_roles = _roles(store, at)
    top_rank, undated_certs, lower = _certificates(store, at, lower=candidates and by_certificate)
    sat, passed = _exam_sat_and_passed(store, at) if candidates else (set(), set())
    starts = _work_starts(store) if candidates and by_years else {}
    own = None if store.role == divisions.ROLE_COUNTY else store.unit_code or ""
    if own is None:
        township = _township_of(store)
        townships: Sequence[str] = list(map(township, origin, village))
    else:
        townships = [own] * n
    level_of = (None, *enums.LEVELS)
    ranks = list(map(top_rank.get, ids, repeat(0)))
    certified = bytes(map(e.CERTIFIED_MIN_RANK.__le__, ranks))
    levels = list(map(level_of.__getitem__, ranks))
    passed_exam = list(map(bool, map(operator.or_, certified, map(passed.__contains__, ids))))
    no_roles: frozenset[str] = frozenset()
    held_roles = [no_roles] * n
    estimated: list[frozenset[str]] = [
        frozenset({e.FIELD_POST_TYPE, e.FIELD_DOMAINS}) if early else frozenset()
    ] * n
    # The few whose facts are a guess: roles held, a file made after the date, an undated
    # role or certificate.
    position = (
        {wid: i for i, wid in enumerate(ids)}
        if roles or undated_roles or undated_certs or any(cols[7])
        else {}
    )
    for wid, has in roles.items():
        if wid in position:
            held_roles[position[wid]] = frozenset(has)
    odd = {position[w] for w in undated_certs if w in position}
    if early:
        odd |= {position[w] for w in undated_roles if w in position}
    odd.update(compress(range(n), cols[7]))
    early_fields = estimated[0] if n else frozenset()
    for i in odd:
        wid = ids[i]
        guessed = set(early_fields)
        if cols[7][i]:
            guessed.add(e.FIELD_FILE)
        if early and wid in undated_roles:
            guessed.add(e.FIELD_ROLES)
        if wid in undated_certs:
            guessed.add(e.FIELD_CERTIFICATES)
        estimated[i] = frozenset(guessed)
    eligible: list[bool | None] = [None] * n
    if candidates:
        judged: dict[tuple[Any, ...], bool | None] = {}  # many people share the same facts

        def judge(edu: Any, major: bool, start: date | None, held: tuple[Any, ...]) -> bool | None:
            key = (edu, major, start, held)
            if key not in judged:
                judged[key] = core_exam.eligibility(
                    rules,
                    core_exam.EXAM_PRIMARY,
                    at.year,
                    education=edu,
                    sw_major=major,
                    work_start=start,
                    certificates=list(held),
                ).eligible
            return judged[key]

        # Most people have no work start on file and no certificate below 助理: they are
        # judged by (education, social-work major) alone, once per distinct pair; the few
        # others one by one. The certified are no candidates (None). Each person's answer is
        # looked up in one of four tables (major or not, certified or not), chosen by a
        # number 0–3 per person worked out over whole columns: no Python code per person.
        educations = set(cols[8])
        tables = (
            {edu: judge(edu, False, None, ()) for edu in educations},
            {edu: judge(edu, True, None, ()) for edu in educations},
            dict.fromkeys(educations),
            dict.fromkeys(educations),
        )
        choice = map(operator.or_, map(bool, cols[9]), certified.translate(_TWICE))
        eligible = list(map(dict.__getitem__, map(tables.__getitem__, choice), cols[8]))
        odd_ones = (set(lower) if by_certificate else set()) | (set(starts) if by_years else set())
        if odd_ones:
            where = position or {wid: i for i, wid in enumerate(ids)}
            for wid in odd_ones:
                i = where.get(wid, -1)
                if i < 0 or certified[i]:
                    continue
                held = tuple(lower.get(wid, ())) if by_certificate else ()
                start = starts.get(wid) if by_years else None
                eligible[i] = judge(cols[8][i], bool(cols[9][i]), start, held)
    return WorkerColumns(
        ids=ids,
        township=townships,
        village=village,
        status=status,
        post_type=post_type,
        domains=list(map({raw: _domains(raw) for raw in set(cols[6])}.__getitem__, cols[6])),
        roles=held_roles,
        level=levels,
        passed_exam=passed_exam,
        sat_exam=list(map(sat.__contains__, ids)),
        eligible=eligible,
        estimated=estimated,
        names=cols[1] if names else (),
        id_numbers=cols[10] if id_numbers else (),
    )


def units(store: Store) -> tuple[e.UnitFact, ...]:
    """Every live village/community with its reference figures."""
    township = _township_of(store)
    figures = (
        "registered_population",
        "resident_population",
        "elderly_population",
        "supported_elderly",
    )
    return tuple(
        e.UnitFact(
            code=r["code"],
            name=r["name"],
            kind=r["kind"],
            township=township(r["origin"], r["code"]),
            figures={f: r[f] for f in figures},
        )
        for r in store.query(
            "SELECT code, name, kind, origin, registered_population, resident_population, "
            "elderly_population, supported_elderly FROM villages WHERE deleted = 0 ORDER BY code"
        )
    )


def posts(store: Store, at: date) -> tuple[e.PostFact, ...]:
    """Posts open on ``at`` with whoever fills each then (live files only)."""
    township = _township_of(store)
    day = at.isoformat()
    holders: dict[str, list[str]] = {}
    # CROSS JOIN keeps the fills the outer loop: a file with few of them would otherwise
    # have every worker scanned to look each one's fills up.
    for r in store.query(
        "SELECT f.post_id, f.worker_id FROM post_fills f "
        "CROSS JOIN workers w ON w.id = f.worker_id AND w.deleted = 0 "
        "WHERE f.deleted = 0 AND f.from_date <= ? AND (f.to_date IS NULL OR f.to_date > ?) "
        "ORDER BY f.from_date",
        (day, day),
    ):
        holders.setdefault(r["post_id"], []).append(r["worker_id"])
    return tuple(
        e.PostFact(
            id=r["id"],
            township=township(r["origin"], r["unit_code"]),
            unit_kind=r["unit_kind"],
            unit_code=r["unit_code"],
            kind=r["kind"],
            holders=tuple(holders.get(r["id"], ())),
        )
        for r in store.query(
            f"SELECT id, origin, unit_kind, unit_code, kind FROM posts WHERE deleted = 0 "
            f"AND {_OPEN_ON}",
            (day, day),
        )
    )


def stations(store: Store, at: date) -> tuple[e.StationFact, ...]:
    """Stations and sites open on ``at``, each with the 六有 items done by then."""
    township = _township_of(store)
    day = at.isoformat()
    done: dict[str, set[str]] = {}
    for r in store.query(
        "SELECT station_id, item FROM station_items WHERE deleted = 0 "
        "AND done_on IS NOT NULL AND done_on <= ?",
        (day,),
    ):
        done.setdefault(r["station_id"], set()).add(r["item"])
    return tuple(
        e.StationFact(
            id=r["id"],
            township=township(r["township_code"], None),
            name=r["name"],
            parent_id=r["parent_id"],
            items_done=frozenset(done.get(r["id"], ())),
        )
        for r in store.query(
            f"SELECT id, township_code, name, parent_id FROM stations WHERE deleted = 0 "
            f"AND {_OPEN_ON}",
            (day, day),
        )
    )


def townships(store: Store, seen: set[str]) -> tuple[str, ...]:
    """The townships the figures cover: the file's own, or every township a county knows of."""
    if store.role != divisions.ROLE_COUNTY:
        return (store.unit_code or "",)
    return tuple(sorted(set(county_views.township_names(store)) | {s for s in seen if s}))


def station_min_staff(store: Store, at: date) -> int:
    """The ``station_min_staff`` setting in force on ``at`` (versions of ``valid_from`` and
    ``count``); 1, the default, when the file has none."""
    raw = store.setting("station_min_staff")
    current = 1
    if isinstance(raw, list):
        dated = [(_day(v.get("valid_from")), v.get("count")) for v in raw if isinstance(v, dict)]
        for day, n in sorted((d, n) for d, n in dated if d is not None):
            if day <= at and isinstance(n, int) and not isinstance(n, bool) and n >= 0:
                current = n
    return current


def status_and_level_on(
    store: Store, days: Sequence[date]
) -> dict[date, dict[tuple[str | None, str | None], int]]:
    """How many live workers had each (status, highest certificate level) on each of ``days``
    (levels over time), from one read of the file: today's status with the changes after the
    day undone and the certificates obtained by then, as ``workers`` reads them for one day,
    but every day from the same rows (a read per day took seconds each on a county file)."""
    isos = sorted({d.isoformat() for d in days})
    conn = store.conn
    now: dict[str, str | None] = dict(
        zip(
            *column_read.read_columns(
                conn,
                [("id", column_read.TEXT), ("status", column_read.FEW)],
                "FROM workers WHERE deleted = 0",
            ),
            strict=True,
        )
    )
    # Each worker's status changes, oldest first: the status on a day is the value the first
    # change after it replaced (the same order ``_columns_as_of`` undoes them in, reversed).
    changes: dict[str, list[tuple[str, str | None]]] = {}
    for wid, day, old in conn.execute(
        f"SELECT worker_id, {_DAY}, old_value FROM worker_history WHERE deleted = 0 "
        f"AND kind = 'status' AND {_DAY} IS NOT NULL ORDER BY {_DAY}, created_at"
    ):
        if wid in now:
            changes.setdefault(wid, []).append((str(day), old))
    certs: dict[str, list[tuple[str | None, int]]] = {}
    for wid, rank, obtained in zip(
        *column_read.read_columns(
            conn,
            [
                ("worker_id", column_read.TEXT),
                (_RANK_SQL, column_read.DIGIT),
                ("obtained_date", column_read.FEW),
            ],
            "FROM certificates WHERE deleted = 0",
            _RANK_ARGS,
        ),
        strict=True,
    ):
        if wid in now:
            certs.setdefault(wid, []).append((obtained, rank))
    level_of = (None, *enums.LEVELS)
    counts: dict[str, dict[tuple[str | None, str | None], int]] = {iso: {} for iso in isos}
    # Most people never changed status and hold one certificate or none: they are tallied by
    # (status, the first day counting their certificate, its rank), a handful of keys, each
    # spread over the days after; the others are worked out day by day.
    simple: Counter[tuple[str | None, int, int]] = Counter()
    others = []
    for wid, status in now.items():
        held = certs.get(wid)
        if wid in changes or (held and len(held) > 1):
            others.append((wid, status))
        elif held:
            obtained, r = held[0]
            simple[(status, 0 if obtained is None else bisect_left(isos, obtained), r)] += 1
        else:
            simple[(status, len(isos), 0)] += 1
    for (status, first, r), n in simple.items():
        for i, iso in enumerate(isos):
            found = counts[iso]
            key = (status, level_of[r] if i >= first else None)
            found[key] = found.get(key, 0) + n
    for wid, status in others:
        moves, held = changes.get(wid), certs.get(wid)
        for iso in isos:
            on = status
            for day, old in moves or ():
                if day > iso:
                    on = old
                    break
            rank = 0
            for obtained, r in held or ():
                if r > rank and (obtained is None or obtained <= iso):
                    rank = r
            found = counts[iso]
            key = (on, level_of[rank])
            found[key] = found.get(key, 0) + 1
    return {d: counts[d.isoformat()] for d in days}


def facts(store: Store, at: date, *, names: bool = False) -> e.Facts:
    """Everything the engine counts as of ``at``; ``names`` True also reads each worker's
    name and ID number (in the same read), for the pages that list people."""
    ws = worker_columns(store, at, names=names, id_numbers=names)
    us, ps, ss = units(store), posts(store, at), stations(store, at)
    seen = set(ws.township) | {u.township for u in us} | {s.township for s in ss}
    return e.Facts(
        at=at,
        columns=ws,
        units=us,
        posts=ps,
        stations=ss,
        townships=townships(store, seen),
        station_min_staff=station_min_staff(store, at),
    )
