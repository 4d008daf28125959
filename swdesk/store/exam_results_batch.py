"""Entering a whole results sheet: the year read once, judged once, written in a few statements.

``exams.enter_results`` enters scores the way ``set_score`` does, through the per-row audited
writes of ``records``; for a county's sheet of thousands of scores that means a full listing
of the year (outcomes, fees, result ids) before and a second read of every worker's history
after. Here the import reads only what it checks and judges — the year's registrations with
their workers, and those workers' results that can count (this year's, and the scores of the
years a pass window reaches) — keeps it in memory, puts the
new scores into that memory, judges the touched registrations once on it, and writes:

* the results: one statement batch for new rows (in the sheet's order: sorting them by key
  saved the insert nothing, measured) and one for corrected ones;
* the registrations whose state (a score means 已参考) or certificate proposal changes;
* one audit entry for the whole sheet listing every row written, old values and new.

The effects are those of ``enter_results`` (the same states, proposals and later years judged
again); ``tests/test_exam_results_batch.py`` holds the two paths to the same database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from swdesk.core import audit, exam
from swdesk.store import records
from swdesk.store.db import utc_now
from swdesk.store.exams import (
    REGS,
    RESULTS,
    _configs,
    _proposal_change,
    _unit_configs,
    proposal_change,
    registrations,
    rules,
)
from swdesk.store.sql_in import sql_literal

if TYPE_CHECKING:
    from swdesk.store.db import Store

REASON = "录入成绩"
# A named tuple from a row of its columns, made in C (``_Result(*row)`` runs Python per row).
_new_tuple = tuple.__new__


@dataclass(slots=True)
class Registration:
    """What checking and judging a results row needs of one registration of the year."""

    id: str
    worker_id: str
    level: str
    state: str
    proposal: str | None
    review_result: str | None
    review_date: str | None
    origin: str
    version: int
    subjects: list[str]
    id_number: str
    name: str
    rowid: int  # what its update finds it by: the id would be looked up in its index first


class _Result(NamedTuple):
    """A stored (or just written) result with its registration's year, unit and worker: the
    columns of ``read_year``'s query, so each row becomes one without a call per row."""

    id: str
    reg_id: str
    year: int
    origin: str
    subject: str
    score: float | None
    absent: int
    version: int
    worker_id: str


@dataclass
class YearResults:
    """The year's registrations (by ID number, as a sheet names people) with their workers'
    ID numbers and names, and their workers' results that can count (all of this year's; of
    the earlier years a pass window reaches, the scores), read in two queries;
    ``name_of`` looks up anyone else a sheet names."""

    year: int
    store: Store
    by_id_number: dict[str, Registration] = field(default_factory=dict)
    by_id: dict[str, Registration] = field(default_factory=dict)
    results: dict[str, list[_Result]] = field(default_factory=dict)  # by worker id
    _others: dict[str, str | None] = field(default_factory=dict)

    def name_of(self, id_number: str) -> str | None:
        """The name on file of the live worker with ``id_number`` (None: nobody has it).

        A registered person's is at hand; anyone else a sheet names (a mistake, or a person
        with no registration) is looked up alone — a county's workers far outnumber a year's
        registrations, and reading them all cost more than the rest of the year."""
        reg = self.by_id_number.get(id_number)
        if reg is not None:
            return reg.name
        if id_number not in self._others:
            self._others[id_number] = self.store.scalar(
                "SELECT name FROM workers WHERE id_number = ? AND deleted = 0", (id_number,)
            )
        return self._others[id_number]


def read_year(store: Store, year: int) -> YearResults:
    """The year's live registrations of live workers and their workers' results that can count.

    Each registration's worker is joined in the query (the registrations drive it, in the
    order they are stored) rather than read with every other worker of the file."""
    out = YearResults(year, store)
    lists: dict[str, list[str]] = {}  # the subjects as stored → as a list (a few kinds repeat)
    # CROSS JOIN keeps the registrations the outer loop: a deleted worker's registrations
    # leave the lists with the file.
    for row in store.conn.execute(
        "SELECT g.id, g.worker_id, g.level, g.state, g.proposal, g.review_result, "
        "g.review_date, g.origin, g.version, g.subjects, w.id_number, w.name, g.rowid "
        "FROM exam_registrations g CROSS JOIN workers w ON w.id = g.worker_id "
        "WHERE g.year = ? AND g.deleted = 0 AND w.deleted = 0",
        (year,),
    ):
        subjects = row[9]
        if subjects not in lists:
            lists[subjects] = json.loads(subjects)
        head: tuple[str, str, str, str, str | None, str | None, str | None, str, int] = row[:9]
        reg = Registration(*head, lists[subjects], row[10], row[11], row[12])
        out.by_id_number[reg.id_number] = reg
        out.by_id[reg.id] = reg
    results = out.results
    # Of other years only a score inside the widest window can count (``exam.outcome`` reads
    # passes in the level's window ending this year); such a row's id and registration are
    # never written nor compared with this year's, so they are not fetched.
    widest = max((rule.window_years for rule in rules(store).levels.values()), default=1)
    for row in store.conn.execute(
        "SELECT CASE WHEN g.year = ?1 THEN x.id END, "
        "CASE WHEN g.year = ?1 THEN x.registration_id END, g.year, g.origin, x.subject, "
        "x.score, x.absent, x.version, g.worker_id FROM exam_results x "
        "JOIN exam_registrations g ON g.id = x.registration_id "
        "WHERE x.deleted = 0 AND g.deleted = 0 AND g.year BETWEEN ?2 AND ?1 "
        "AND (g.year = ?1 OR x.score IS NOT NULL) AND g.worker_id IN "
        "(SELECT worker_id FROM exam_registrations WHERE year = ?1 AND deleted = 0)",
        (year, year - widest + 1),
    ):
        x = _new_tuple(_Result, row)
        mine = results.get(x.worker_id)
        if mine is None:
            results[x.worker_id] = [x]
        else:
            mine.append(x)
    return out


def enter(
    store: Store,
    year: int,
    items: list[tuple[Registration, str, float | None]],
    known: YearResults,
    r: exam.ExamRules,
) -> int:
    """Write ``items`` — (registration, subject, checked score or None for 缺考), each a
    subject of a registration in ``known``, no pair twice — inside the caller's transaction
    (``known`` read in it); ``known`` is left as what is stored. Returns how many items."""
    now = utc_now()
    origin = store.unit_code
    rev = store.next_rev()
    # Only this year's registrations take the sheet's scores: earlier years' results stay out.
    stored = {
        (x.reg_id, x.subject): x for xs in known.results.values() for x in xs if x.year == year
    }
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    old_results: list[list[Any]] = []
    sat: set[str] = set()
    touched: set[str] = set()
    results = known.results
    state_sat = exam.STATE_SAT
    add_insert, add_touched = inserts.append, touched.add
    for (reg, subject, value), new_id in zip(items, records.new_ids(len(items)), strict=True):
        reg_id, wid = reg.id, reg.worker_id
        absent = 1 if value is None else 0
        x = stored.get((reg_id, subject)) if stored else None
        if x is None:
            add_insert((new_id, reg_id, subject, value, absent))
            new = _new_tuple(
                _Result, (new_id, reg_id, year, reg.origin, subject, value, absent, 1, wid)
            )
            mine = results.get(wid)
            if mine is None:
                results[wid] = [new]
            else:
                mine.append(new)
        elif x.score != value or x.absent != absent:
            old_results.append([x.id, x.score, x.absent, x.version])
            new = x._replace(score=value, absent=absent, version=x.version + 1)
            mine = results[wid]
            mine[mine.index(x)] = new
            updates.append((value, absent, new.version, now, rev, x.id))
        add_touched(wid)
        if value is not None and reg.state != state_sat:
            sat.add(reg_id)
    # What every new row shares is written into the statement once rather than bound for
    # each row: binding was an eighth of the insert.
    shared = ", ".join(
        [sql_literal(now), sql_literal(now), sql_literal(origin), "1, 0", sql_literal(rev)]
    )
    store.conn.executemany(
        "INSERT INTO exam_results (id, created_at, updated_at, origin, version, deleted, rev, "
        f"registration_id, subject, score, absent) VALUES (?, {shared}, ?, ?, ?, ?)",
        inserts,
    )
    store.conn.executemany(
        "UPDATE exam_results SET score = ?, absent = ?, version = ?, updated_at = ?, rev = ? "
        "WHERE id = ?",
        updates,
    )
    writer = _RegistrationWriter(store, now, rev)
    writer.write(_judged(known, touched, sat, r, store))
    # A score counts in later years' rolling windows (中级): those years' registrations of the
    # same workers are judged again, each on what the years before it have just written.
    for (y,) in store.conn.execute(
        "SELECT DISTINCT year FROM exam_registrations WHERE deleted = 0 AND year > ? ORDER BY year",
        (year,),
    ).fetchall():
        views = [v for v in registrations(store, int(y), ordered=False) if v.worker_id in touched]
        changed = [(v, c) for v in views if (c := _proposal_change(v))]
        versions = _versions(store, [v.id for v, _ in changed])
        writer.write([(v.id, *versions[v.id], v.state, v.proposal, c) for v, c in changed])
    store.audit(
        RESULTS,
        str(year),
        audit.IMPORT,
        {
            RESULTS: {"columns": ["id", "score", "absent", "version"], "rows": old_results},
            REGS: {"columns": [*_REG_COLUMNS], "rows": writer.old},
        },
        {
            RESULTS: {
                "columns": ["id", "registration_id", "subject", "score", "absent", "version"],
                # (id, registration_id, subject, score, absent, version 1) of each insert.
                "rows": [[*row, 1] for row in inserts]
                + [[u[5], None, None, u[0], u[1], u[2]] for u in updates],
            },
            REGS: {"columns": [*_REG_COLUMNS], "rows": writer.new},
        },
        REASON,
    )
    return len(items)


_REG_COLUMNS = ("id", "state", "proposal", "version")
_NONE: frozenset[str] = frozenset()


# (registration id, its rowid, its version, state, proposal, {column: new value}) for a row
# that changes.
_Change = tuple[str, int, int, str, str | None, dict[str, Any]]


def _versions(store: Store, ids: list[str]) -> dict[str, tuple[int, int]]:
    """Each registration's (rowid, version) by its id."""
    out: dict[str, tuple[int, int]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for rid, rowid, version in store.conn.execute(
            f"SELECT id, rowid, version FROM {REGS} WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[rid] = (rowid, version)
    return out


class _RegistrationWriter:
    """Writes registrations' new state and proposal, one statement per set of new values
    (a sheet's thousands of changes take a handful: 已参考, with or without a proposal), and
    keeps the old and new values for the sheet's audit entry."""

    def __init__(self, store: Store, now: str, rev: int) -> None:
        self.store, self.now, self.rev = store, now, rev
        self.old: list[list[Any]] = []
        self.new: list[list[Any]] = []

    def write(self, changes: list[_Change]) -> None:
        # The new values, as (column, value) pairs → the rowids that take them.
        batches: dict[tuple[tuple[str, Any], ...], list[int]] = {}
        keep_old, keep_new = self.old.append, self.new.append
        for rid, rowid, version, state, proposal, change in changes:
            values = tuple(change.items())
            batch = batches.get(values)
            if batch is None:
                batch = batches[values] = []
            batch.append(rowid)
            keep_old([rid, state, proposal, version])
            keep_new(
                [rid, change.get("state", state), change.get("proposal", proposal), version + 1]
            )
        shared = f"updated_at = {sql_literal(self.now)}, rev = {sql_literal(self.rev)}"
        for values, rowids in batches.items():
            # Each version goes up by one, as the audit entry says: it was read in this
            # transaction. The rows are found by rowid, one list bound as JSON text.
            sets = "".join(f"{k} = ?, " for k, _ in values)
            self.store.conn.execute(
                f"UPDATE {REGS} SET {sets}version = version + 1, {shared} "
                "WHERE rowid IN (SELECT value FROM json_each(?))",
                (*(v for _, v in values), json.dumps(rowids)),
            )


def _judged(
    known: YearResults,
    touched: set[str],
    sat: set[str],
    r: exam.ExamRules,
    store: Store,
) -> list[_Change]:
    """The year's registrations of ``touched`` workers judged on the results in ``known``, as
    ``exams.registrations`` would judge them: the state and proposal each must change to.

    ``exam.outcome`` reads of a registration only its level, absence, review, which of its
    subjects are pending or passed, and which subjects its other sittings passed inside the
    level's window; registrations alike in those are judged once."""
    year = known.year
    configs = _configs(store)
    by_unit = _unit_configs(store)
    cfg = configs.get(year) or exam.YearConfig(year)
    today = date.today()
    issued = cfg.results_issued()
    lines: dict[tuple[str, int, str], float] = {}
    year_lines: dict[str, dict[str, float]] = {}  # by unit, by subject: ``line`` of ``year``
    windows: dict[str, range] = {}
    judged: dict[tuple[Any, ...], bool | None] = {}

    def line(origin: str, y: int, subject: str) -> float:
        key = (origin, y, subject)
        if key not in lines:
            c = by_unit.get((origin, y)) or configs.get(y) or exam.YearConfig(y)
            lines[key] = c.line(subject, r)
        return lines[key]

    out: list[_Change] = []
    results = known.results
    absent_state = exam.STATE_ABSENT
    for reg in known.by_id.values():
        wid = reg.worker_id
        if wid not in touched:
            continue
        rid = reg.id
        this: dict[str, _Result] = {}
        others: list[_Result] = []
        for x in results.get(wid, ()):
            if x.reg_id == rid:
                this[x.subject] = x
            else:
                others.append(x)
        years = windows.get(reg.level)
        if years is None:
            years = windows[reg.level] = exam.window_years(r.level(reg.level), year)
        mine = year_lines.get(reg.origin)  # this year's pass lines of the registration's unit
        if mine is None:
            mine = year_lines[reg.origin] = {}
        shape = []  # what of each sitting the outcome reads
        for name in reg.subjects:
            ln = mine.get(name)
            if ln is None:
                ln = mine[name] = line(reg.origin, year, name)
            got = this.get(name)
            if got is None:
                shape.append((name, True, False, False))
            else:
                v = got.score
                shape.append((name, v is None, bool(got.absent), v is not None and v >= ln))
        key = (
            reg.level,
            reg.state == absent_state,
            reg.review_result,
            reg.review_date,
            tuple(shape),
            # The cached line looked up in place: a call per earlier score was a tenth of this.
            frozenset(
                [
                    x.subject
                    for x in others
                    if x.year in years
                    and x.score is not None
                    and x.score
                    >= (
                        lines.get((x.origin, x.year, x.subject))
                        or line(x.origin, x.year, x.subject)
                    )
                ]
            )
            if others
            else _NONE,
        )
        if key not in judged:
            sittings = []
            for name in reg.subjects:
                got = this.get(name)
                v, a = (got.score, bool(got.absent)) if got else (None, False)
                sittings.append(exam.Sitting(year, name, v, mine[name], a))
            judged[key] = exam.outcome(
                r,
                reg.level,
                year,
                sittings,
                [
                    exam.Sitting(
                        x.year,
                        x.subject,
                        x.score,
                        line(x.origin, x.year, x.subject),
                        bool(x.absent),
                    )
                    for x in others
                ],
                absent=reg.state == exam.STATE_ABSENT,
                review_result=reg.review_result,
                review_date=date.fromisoformat(reg.review_date) if reg.review_date else None,
                today=today,
                issued=issued,
            ).passed
        change = proposal_change(reg.proposal, judged[key])
        if reg.id in sat:
            change["state"] = exam.STATE_SAT
        if change:
            out.append((reg.id, reg.rowid, reg.version, reg.state, reg.proposal, change))
            reg.version += 1
            reg.state = change.get("state", reg.state)
            reg.proposal = change.get("proposal", reg.proposal)
    return out
