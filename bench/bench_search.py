"""Search over 100k workers vs one indexed SQLite query answering the same search.

Subject: ``swdesk.store.workers.search_rowids(store, WorkerFilter(text=q))`` — what the worker
list's filter box and ``swdesk workers list --search`` call — for a mix of queries people type.

Floor, per query: one SQL statement that answers the same search straight from the indexes —
the term index (``worker_search``, a covering primary key on (term, wid)) range-scanned per
token — with, for a fragment of digits, the trigram index of ID numbers and phones
(``worker_digits``) — joined to ``workers`` by rowid for the tombstone and the sort key, in display order.
It is written two ways (an ``IN`` over the tokens' ``INTERSECT``, and a join per token with
``DISTINCT``); each is checked to return exactly the subject's rowids in the same order, and
the faster of the two is the floor. So the ratio is what swdesk adds to the cheapest single
query that does the same job: building the SQL, crossing into Python, collecting the rowids.

For reference the table also shows the old, stricter yardstick — a query that does no search
at all and just reads as many live rows off the name index (``SELECT rowid … ORDER BY
name_sort LIMIT n``): no real search can reach it, most plainly for two tokens, where both
tokens' index entries must be read to intersect them.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from common import Result, demo_file, log, table

from swdesk.store import open_store
from swdesk.store.workers import WorkerFilter, search_rowids

WORKERS = 100_000
REPEAT = 15
NO_SEARCH_SQL = "SELECT rowid FROM workers WHERE deleted = 0 ORDER BY name_sort, rowid LIMIT ?"
_RANGE = "term >= ? AND term < ?"


def _token_source(token: str) -> tuple[str, list[str]]:
    """The rowids one token finds, straight from the indexes: the name-term range, and for a
    fragment of digits the trigram index of ID numbers and phones (schema step 18)."""
    names = f"SELECT wid FROM worker_search WHERE {_RANGE}"
    params = [token, token + "\U0010ffff"]
    if len(token) < 3 or not set(token) <= set("0123456789x"):
        return names, params
    return (
        f"{names} UNION SELECT rowid FROM worker_digits WHERE worker_digits MATCH ?",
        [*params, f'"{token}"'],
    )


def floor_queries(tokens: list[str]) -> dict[str, tuple[str, list[str]]]:
    """The same search as one statement, two ways: name → (sql, params)."""
    sources = [_token_source(t) for t in tokens]
    params = [p for _, ps in sources for p in ps]
    intersect = " INTERSECT ".join(f"SELECT wid FROM ({sql})" for sql, _ in sources)
    joins = " ".join(
        f"JOIN ({sql}) s{i} ON s{i}.wid = w.rowid" for i, (sql, _) in enumerate(sources)
    )
    order = "ORDER BY w.name_sort, w.rowid"
    return {
        "IN (… INTERSECT …)": (
            f"SELECT w.rowid FROM workers w WHERE w.deleted = 0 AND w.rowid IN ({intersect}) "
            + order,
            params,
        ),
        "JOIN … DISTINCT": (
            f"SELECT DISTINCT w.rowid FROM workers w {joins} WHERE w.deleted = 0 " + order,
            params,
        ),
    }


def _medians_ms(fns: dict[str, Callable[[], object]], repeat: int = REPEAT) -> dict[str, float]:
    """Median time of each function, the functions taking turns within every repetition, so
    a slow moment of the machine (other programs, CPU clock) hits all of them alike."""
    for fn in fns.values():
        fn()
        fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(ts) * 1000 for name, ts in times.items()}


def queries(conn: object, id_offset: int = 4999, phone_offset: int = 7776) -> list[tuple[str, str]]:
    """(label, query text): fixed words plus fragments taken from real rows of the file (the
    live rows at these offsets: the county benchmark takes them half-way through its file)."""
    import sqlite3

    assert isinstance(conn, sqlite3.Connection)
    id_number = conn.execute(
        "SELECT id_number FROM workers WHERE deleted = 0 AND id_number NOT LIKE '%X' "
        "ORDER BY rowid LIMIT 1 OFFSET ?",
        (id_offset,),
    ).fetchone()[0]
    phone = conn.execute(
        "SELECT phone FROM workers WHERE deleted = 0 AND phone IS NOT NULL "
        "ORDER BY rowid LIMIT 1 OFFSET ?",
        (phone_offset,),
    ).fetchone()[0]
    return [
        ("拼音首字母", "zs"),
        ("全拼", "zhang"),
        ("姓", "张"),
        ("名中一字", "芳"),
        ("身份证号后6位", id_number[-6:]),
        ("手机号后4位", phone[-4:]),
        ("两个词：姓 + 出生年", "张 1985"),
    ]


def run(path: Path | None = None) -> Result:
    path = path or demo_file(WORKERS)
    log(f"search: {WORKERS} workers, {REPEAT} repetitions per query")
    store = open_store(path, daily_backup=False)
    try:
        conn = store.conn
        rows = []
        total_subject = total_floor = 0.0
        slowest = 0.0
        worst_ratio = ("", 0.0)
        for label, q in queries(conn):
            flt = WorkerFilter(text=q)
            found = search_rowids(store, flt)
            n = len(found)
            fns: dict[str, Callable[[], object]] = {
                "swdesk": lambda flt=flt: search_rowids(store, flt),
                "no-search": lambda n=n: [r[0] for r in conn.execute(NO_SEARCH_SQL, (n,))],
            }
            for how, (sql, params) in floor_queries(q.lower().split()).items():
                got = [r[0] for r in conn.execute(sql, params)]
                if got != found:
                    raise RuntimeError(f"floor {how!r} does not answer {q!r} as swdesk does")
                fns[how] = lambda sql=sql, params=params: [r[0] for r in conn.execute(sql, params)]
            medians = _medians_ms(fns)
            subject, no_search = medians.pop("swdesk"), medians.pop("no-search")
            how, floor = min(medians.items(), key=lambda kv: kv[1])
            total_subject += subject
            total_floor += floor
            slowest = max(slowest, subject)
            if subject / floor > worst_ratio[1]:
                worst_ratio = (q, subject / floor)
            rows.append(
                (
                    label,
                    repr(q),
                    str(n),
                    f"{subject:.3f}",
                    f"{floor:.3f}",
                    how,
                    f"{subject / floor:.2f}×",
                    f"{no_search:.3f}",
                )
            )
        # Not part of the mix: an empty filter box lists everybody (what the GUI shows first).
        everyone = WorkerFilter()
        n_all = len(search_rowids(store, everyone))
        all_sql = "SELECT rowid FROM workers WHERE deleted = 0 ORDER BY name_sort, rowid"
        everything = _medians_ms(
            {
                "swdesk": lambda: search_rowids(store, everyone),
                "floor": lambda: [r[0] for r in conn.execute(all_sql)],
            },
            5,
        )
        all_subject, all_floor = everything["swdesk"], everything["floor"]
        rows.append(
            (
                "（不计入）空查询=全部",
                "''",
                str(n_all),
                f"{all_subject:.3f}",
                f"{all_floor:.3f}",
                "name index",
                f"{all_subject / all_floor:.2f}×",
                "",
            )
        )
    finally:
        store.close()

    print(f"\n== search over {WORKERS} workers (median of {REPEAT} runs, ms) ==")
    print("   floor: the same search as one indexed statement (the faster way of two)")
    print(f"   no-search: {NO_SEARCH_SQL}  (n = rows the search returned; for reference)")
    table(
        ("query", "text", "rows", "swdesk ms", "floor ms", "floor", "ratio", "no-search ms"),
        rows,
    )
    return Result(
        name=f"search, {WORKERS // 1000}k workers (7-query mix)",
        value=total_subject,
        floor=total_floor,
        unit="ms",
        goal_ratio=2.0,
        abs_goal=50.0,
        abs_value=slowest,
        abs_label="slowest query",
        floor_label="1 indexed query, same search",
        notes=[f"worst single-query ratio {worst_ratio[1]:.2f}× for {worst_ratio[0]!r}"],
    )


if __name__ == "__main__":
    from common import print_table

    print_table([run()])
