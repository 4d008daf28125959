"""The one rules engine: facts as of a date + definitions → results, gaps and per-unit counts.

Facts are plain values the store reads as of the date (``store.indicator_facts``); nothing here
reads the file. Every indicator is evaluated the same way: its ``counts`` and ``denominator`` are
counters (``COUNTERS``) narrowed by named filters (``WORKER_FILTERS``, ``UNIT_FILTERS``,
``POST_FILTERS``, ``STATION_FILTERS``), so a new indicator is a new definition, not new code.

"Certified worker in post" — what the policy texts call a 持证社工 and what every target here
counts — is defined once, by ``certified_in_post``: a live file, status 在岗 as of the date,
holding a certificate of 助理社会工作师 or higher obtained on or before the date (社工员 is a
local level, not the national 职业水平证书 the texts count).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction
from functools import cached_property
from itertools import chain, compress
from operator import attrgetter
from typing import TypeVar

from swdesk.core import enums
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.indicators import columns as col
from swdesk.core.indicators.columns import Mask, WorkerColumns
from swdesk.core.indicators.definitions import (
    SCALES,
    SCOPE_COUNTY_ENTERED,
    SCOPE_PER_UNIT,
    Counter,
    Definition,
    RuleVersion,
)
from swdesk.core.indicators.results import IndicatorResult, Status, UnitCount, UnitGap

T = TypeVar("T")

# Fields a worker fact may hold only as a guess for the date (``WorkerFact.estimated``).
FIELD_FILE = "file"  # the file was created after the date: every field is a guess
FIELD_STATUS, FIELD_VILLAGE, FIELD_POST_TYPE = "status", "village", "post_type"
FIELD_DOMAINS, FIELD_ROLES, FIELD_CERTIFICATES = "domains", "roles", "certificates"

CERTIFIED_MIN_RANK = enums.level_rank(enums.LEVEL_ASSISTANT)
# The levels at or above it, for a membership test per worker instead of a rank lookup.
_CERTIFIED_LEVELS = frozenset(enums.LEVELS[CERTIFIED_MIN_RANK - 1 :])
SIX_HAVE: tuple[str, ...] = ("有场地", "有设备", "有人员", "有服务功能", "有工作流程", "有规章制度")
POST_FULL_TIME = "专职"


@dataclass(slots=True)
class WorkerFact:
    """One live worker as of the date. ``level`` is the highest certificate obtained on or
    before it; ``sat_exam``/``eligible`` say whether they could close a gap this year.

    Read-only by convention, not frozen: a county file makes 100 000 of these per report, and a
    frozen dataclass takes several times as long to build."""

    id: str
    name: str
    township: str
    village_code: str | None
    status: str
    post_type: str | None = None
    domains: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    level: str | None = None
    passed_exam: bool = False
    sat_exam: bool = False
    eligible: bool | None = None
    estimated: frozenset[str] = frozenset()


@dataclass(frozen=True)
class UnitFact:
    """A village (rural) or community (urban) and its reference figures (None: not entered)."""

    code: str
    name: str
    kind: str
    township: str
    figures: Mapping[str, int | None] = field(default_factory=dict)


@dataclass(frozen=True)
class PostFact:
    """A professional post open on the date and who fills it then."""

    id: str
    township: str
    unit_kind: str
    unit_code: str
    kind: str
    holders: tuple[str, ...] = ()


@dataclass(frozen=True)
class StationFact:
    """A 社工站 (``parent_id`` None) or one of its sites, open on the date, and the 六有 items
    done by then."""

    id: str
    township: str
    name: str
    parent_id: str | None = None
    items_done: frozenset[str] = frozenset()


# ``WorkerColumns`` field → the ``WorkerFact`` attribute it holds, in the fact's order.
_FACT_FIELDS = {
    "ids": "id",
    "names": "name",
    "township": "township",
    "village": "village_code",
    "status": "status",
    "post_type": "post_type",
    "domains": "domains",
    "roles": "roles",
    "level": "level",
    "passed_exam": "passed_exam",
    "sat_exam": "sat_exam",
    "eligible": "eligible",
    "estimated": "estimated",
}


def columns_of(workers: Sequence[WorkerFact]) -> WorkerColumns:
    """The same workers as columns (the engine counts columns; facts made one by one, as the
    tests make them, are turned into columns once)."""
    return WorkerColumns(**{f: list(map(attrgetter(a), workers)) for f, a in _FACT_FIELDS.items()})


def facts_of(c: WorkerColumns) -> tuple[WorkerFact, ...]:
    """The columns as one ``WorkerFact`` each (for the few callers that want objects)."""
    names = c.names or [""] * len(c)
    columns = [names if f == "names" else getattr(c, f) for f in _FACT_FIELDS]
    return tuple(map(WorkerFact, *columns))


@dataclass(frozen=True)
class Facts:
    """What the engine counts. The workers come either as ``workers`` (one fact each) or as
    ``columns`` (what the store reads: ``workers`` is then empty); ``cols`` is them as columns
    either way."""

    at: date
    workers: tuple[WorkerFact, ...] = ()
    units: tuple[UnitFact, ...] = ()
    posts: tuple[PostFact, ...] = ()
    stations: tuple[StationFact, ...] = ()
    townships: tuple[str, ...] = ()
    station_min_staff: int = 1  # the full-time certified staff a station needs ("一定数量")
    columns: WorkerColumns | None = None

    @cached_property
    def cols(self) -> WorkerColumns:
        return self.columns if self.columns is not None else columns_of(self.workers)

    def for_township(self, code: str) -> Facts:
        """The facts of one township (a county's figures are the sum of these)."""
        return Facts(
            at=self.at,
            units=tuple(u for u in self.units if u.township == code),
            posts=tuple(p for p in self.posts if p.township == code),
            stations=tuple(s for s in self.stations if s.township == code),
            townships=(code,),
            station_min_staff=self.station_min_staff,
            columns=self.cols.take(col.equal_to(code, self.cols.township)),
        )


class _Context:
    """Lookups the filters share, made once per evaluation."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.cols = cols = facts.cols
        self.n = len(cols)
        self.unit_by_code = {u.code: u for u in facts.units}
        self.full_time_holders = {
            h for p in facts.posts if p.kind == POST_FULL_TIME for h in p.holders
        }
        # Each filter is run over every worker once per evaluation, however many indicators
        # use it; a counter is then the intersection of its filters' masks.
        self._masks: dict[str, Mask] = {}
        # Per field read, the workers holding it only as a guess (an int mask; most have none).
        self.estimated_by_field: dict[str, int] = {}
        for guess in set(cols.estimated):
            if guess:
                bits = col.as_int(col.equal_to(guess, cols.estimated))
                for f in guess:
                    self.estimated_by_field[f] = self.estimated_by_field.get(f, 0) | bits
        self.per_unit_rows: dict[str, list[UnitRow]] = {}
        self.selected: dict[tuple[str, ...], tuple[Mask, int]] = {}
        self._by_village: dict[tuple[str, ...], tuple[dict[str, tuple[str, ...]], set[str]]] = {}
        self._candidates: dict[str, list[str]] | None = None

    def mask(self, name: str) -> Mask:
        found = self._masks.get(name)
        if found is None:
            base, arg = _split(name)
            found = self._masks[name] = _MASKS[base](self.cols, self, arg)
        return found

    def passing(self, name: str) -> frozenset[str]:
        """The ids of the workers filter ``name`` passes."""
        return frozenset(compress(self.cols.ids, self.mask(name)))

    @cached_property
    def certified_in_post_ids(self) -> frozenset[str]:
        """Made only when a station's staff is looked up."""
        return self.passing("certified_in_post")

    def by_village(self, where: Sequence[str]) -> tuple[dict[str, tuple[str, ...]], set[str]]:
        """The workers passing ``where`` per village code, each village's sorted by id, and
        the villages where one of them is a guess (per-unit rules sharing filters share it)."""
        key = tuple(where)
        found = self._by_village.get(key)
        if found is None:
            chosen, guessed = _selected(self, where)
            groups = _grouped(self.cols, chosen)
            found = self._by_village[key] = (
                {code: tuple(sorted(g)) for code, g in groups.items()},
                {v or "" for v in compress(self.cols.village, col.as_mask(guessed, self.n))},
            )
        return found

    def candidates(self, unit_code: str) -> tuple[str, ...]:
        """Who could close a village's gap: workers there in post without a certificate who
        sat the exam or may sit it this year."""
        if self._candidates is None:
            c = self.cols
            could = col.as_int(col.mask_of(c.sat_exam)) | col.as_int(col.mask_of(c.eligible))
            bits = col.as_int(self.mask("in_post")) & could & ~col.as_int(self.mask("certified"))
            self._candidates = _grouped(c, col.as_mask(bits, self.n))
        return tuple(self._candidates.get(unit_code, ()))


def _grouped(c: WorkerColumns, chosen: Mask) -> dict[str, list[str]]:
    """The ids ``chosen`` selects per village code ("" for none), in the columns' order."""
    # defaultdict: ``setdefault`` would make (and drop) a list for every worker
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for code, wid in zip(compress(c.village, chosen), compress(c.ids, chosen), strict=True):
        groups[code or ""].append(wid)
    return dict(groups)


# -- the building blocks ---------------------------------------------------------------------
def in_post(w: WorkerFact) -> bool:
    return w.status == enums.STATUS_ON_DUTY


def certified(w: WorkerFact) -> bool:
    return w.level in _CERTIFIED_LEVELS


def certified_in_post(w: WorkerFact) -> bool:
    """The one meaning of 持证在岗 (see the module docstring); ``WorkerFact`` holds only live
    files, and ``level`` only certificates obtained by the date."""
    return in_post(w) and certified(w)


def _unit_kind(ctx: _Context, w: WorkerFact) -> str | None:
    u = ctx.unit_by_code.get(w.village_code or "")
    return u.kind if u else None


# name → (test(worker, context, argument), fields it reads, argument required)
_WorkerTest = Callable[[WorkerFact, _Context, str], bool]
WORKER_FILTERS: dict[str, tuple[_WorkerTest, frozenset[str], bool]] = {
    "in_post": (lambda w, c, a: in_post(w), frozenset({FIELD_STATUS}), False),
    "certified": (lambda w, c, a: certified(w), frozenset({FIELD_CERTIFICATES}), False),
    "certified_in_post": (
        lambda w, c, a: certified_in_post(w),
        frozenset({FIELD_STATUS, FIELD_CERTIFICATES}),
        False,
    ),
    "passed_exam": (lambda w, c, a: w.passed_exam, frozenset({FIELD_CERTIFICATES}), False),
    "post_type": (lambda w, c, a: w.post_type == a, frozenset({FIELD_POST_TYPE}), True),
    "domain": (lambda w, c, a: a in w.domains, frozenset({FIELD_DOMAINS}), True),
    "role": (lambda w, c, a: a in w.roles, frozenset({FIELD_ROLES}), True),
    "urban": (
        lambda w, c, a: _unit_kind(c, w) == enums.VILLAGE_URBAN,
        frozenset({FIELD_VILLAGE}),
        False,
    ),
    "rural": (
        lambda w, c, a: _unit_kind(c, w) == enums.VILLAGE_RURAL,
        frozenset({FIELD_VILLAGE}),
        False,
    ),
    "full_time_post": (lambda w, c, a: w.id in c.full_time_holders, frozenset(), False),
}


def _kind_codes(c: _Context, kind: str) -> set[str]:
    return {code for code, u in c.unit_by_code.items() if u.kind == kind}


def _certified_in_post_mask(w: WorkerColumns, c: _Context, a: str) -> Mask:
    bits = col.as_int(c.mask("in_post")) & col.as_int(c.mask("certified"))
    return col.as_mask(bits, c.n)


# The same tests as ``WORKER_FILTERS``, each one pass over a column giving a mask (100 000
# workers on a county file: a call per worker per filter would be most of the time).
_MaskFilter = Callable[[WorkerColumns, _Context, str], Mask]
_ON_DUTY = enums.STATUS_ON_DUTY
_MASKS: dict[str, _MaskFilter] = {
    "in_post": lambda w, c, a: col.equal_to(_ON_DUTY, w.status),
    "certified": lambda w, c, a: col.member_of(_CERTIFIED_LEVELS, w.level),
    "certified_in_post": _certified_in_post_mask,
    "passed_exam": lambda w, c, a: col.mask_of(w.passed_exam),
    "post_type": lambda w, c, a: col.equal_to(a, w.post_type),
    "domain": lambda w, c, a: col.by_value(lambda d: a in d, w.domains),
    "role": lambda w, c, a: col.by_value(lambda r: a in r, w.roles),
    "urban": lambda w, c, a: col.member_of(_kind_codes(c, enums.VILLAGE_URBAN), w.village),
    "rural": lambda w, c, a: col.member_of(_kind_codes(c, enums.VILLAGE_RURAL), w.village),
    "full_time_post": lambda w, c, a: col.member_of(c.full_time_holders, w.ids),
}
UNIT_FILTERS: dict[str, tuple[Callable[[UnitFact, _Context, str], bool], bool]] = {
    "urban": (lambda u, c, a: u.kind == enums.VILLAGE_URBAN, False),
    "rural": (lambda u, c, a: u.kind == enums.VILLAGE_RURAL, False),
}
POST_FILTERS: dict[str, tuple[Callable[[PostFact, _Context, str], bool], bool]] = {
    "full_time": (lambda p, c, a: p.kind == POST_FULL_TIME, False),
    "filled": (lambda p, c, a: bool(p.holders), False),
    "unit": (lambda p, c, a: p.unit_kind == a, True),
}


def station_staff(s: StationFact, ctx: _Context) -> tuple[str, ...]:
    """Certified workers in post holding a full-time post of the station (a post whose unit is
    the station itself or its township's service centre)."""
    ids = {
        h
        for p in ctx.facts.posts
        if p.unit_kind == "station"
        and p.kind == POST_FULL_TIME
        and p.unit_code in (s.id, s.township)
        for h in p.holders
    }
    return tuple(sorted(i for i in ids if i in ctx.certified_in_post_ids))


def _staffed(s: StationFact, c: _Context, a: str) -> bool:
    return len(station_staff(s, c)) >= (int(a) if a else c.facts.station_min_staff)


STATION_FILTERS: dict[str, tuple[Callable[[StationFact, _Context, str], bool], bool]] = {
    "main": (lambda s, c, a: s.parent_id is None, False),
    "six_have": (lambda s, c, a: all(i in s.items_done for i in SIX_HAVE), False),
    "staffed": (_staffed, False),
}
_FILTERS_OF: dict[str, Mapping[str, tuple[object, ...]]] = {
    "workers": WORKER_FILTERS,
    "units": UNIT_FILTERS,
    "sum": UNIT_FILTERS,
    "posts": POST_FILTERS,
    "stations": STATION_FILTERS,
    "townships": {},
}


def _split(name: str) -> tuple[str, str]:
    base, _, arg = name.partition(":")
    return base, arg


def check_filter(counter: str, name: str, what: str) -> None:
    """Refuse a filter the counter does not know, or one missing its argument."""
    table = _FILTERS_OF.get(counter, {})
    base, arg = _split(name)
    entry = table.get(base)
    if entry is None:
        raise RuleError(
            msg(
                "{what}：{counter} 没有筛选条件“{name}”，可用：{names}。",
                what=what,
                counter=counter,
                name=name,
                names="、".join(table) or "（无）",
            )
        )
    if entry[-1] and not arg:
        raise RuleError(msg("{what}：筛选条件“{name}”需要写成“{name}:值”。", what=what, name=base))
    if base == "staffed" and arg and not arg.isdigit():
        raise RuleError(
            msg("{what}：staffed 后应是人数，如 staffed:2（不写则按设置）。", what=what)
        )


# -- counting --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Count:
    n: int
    people: tuple[str, ...] = ()
    estimated: bool = False
    missing: int = 0  # units without the summed figure


def _selected(ctx: _Context, where: Sequence[str]) -> tuple[Mask, int]:
    """The workers passing every filter of ``where``, and (an int mask) those whose read
    fields are guesses."""
    key = tuple(where)
    found = ctx.selected.get(key)
    if found is None:
        found = ctx.selected[key] = _select(ctx, where)
    return found


def _select(ctx: _Context, where: Sequence[str]) -> tuple[Mask, int]:
    chosen = col.all_of([ctx.mask(name) for name in where], ctx.n)
    reads: set[str] = {FIELD_FILE}
    for name in where:
        reads |= WORKER_FILTERS[_split(name)[0]][1]
    guessed = 0
    for f in reads:
        guessed |= ctx.estimated_by_field.get(f, 0)
    return chosen, guessed


def _workers(ctx: _Context, where: Sequence[str]) -> Count:
    chosen, guessed = _selected(ctx, where)
    people = tuple(compress(ctx.cols.ids, chosen))  # the pages sort the people they show
    return Count(len(people), people, bool(guessed))


def _matching(
    table: Mapping[str, tuple[Callable[[T, _Context, str], bool], bool]],
    where: Sequence[str],
    items: Iterable[T],
    ctx: _Context,
) -> list[T]:
    tests = [(table[base][0], arg) for base, arg in map(_split, where)]
    return [item for item in items if all(t(item, ctx, a) for t, a in tests)]


def count(ctx: _Context, c: Counter) -> Count:
    f = ctx.facts
    if c.what == "workers":
        return _workers(ctx, c.where)
    if c.what == "units":
        return Count(len(_matching(UNIT_FILTERS, c.where, f.units, ctx)))
    if c.what == "posts":
        return Count(len(_matching(POST_FILTERS, c.where, f.posts, ctx)))
    if c.what == "stations":
        found = _matching(STATION_FILTERS, c.where, f.stations, ctx)
        return Count(len({s.township for s in found}))  # one station per township covers it
    if c.what == "townships":
        return Count(len(f.townships))
    units = _matching(UNIT_FILTERS, c.where, f.units, ctx)
    values = [u.figures.get(c.figure or "") for u in units]
    return Count(sum(v for v in values if v), missing=sum(1 for v in values if v is None))


# -- evaluating ------------------------------------------------------------------------------
def _met(value: Fraction, target: float, op: str) -> bool:
    t = Fraction(str(target))
    return value >= t if op == ">=" else value <= t


def _result(d: Definition, facts: Facts, target: float | None, **kw: object) -> IndicatorResult:
    return IndicatorResult(
        key=d.key,
        name=d.name,
        kind=d.kind,
        source=d.source,
        unit=d.unit,
        at=facts.at,
        target=target,
        **kw,  # type: ignore[arg-type]
    )


def evaluate_one(d: Definition, ctx: _Context, target: float | None) -> IndicatorResult:
    facts = ctx.facts
    if d.counts is None:
        return _result(
            d,
            facts,
            target,
            value=None,
            met=None,
            numerator=None,
            denominator=None,
            status=Status.NO_DATA,
        )
    if d.scope == SCOPE_PER_UNIT:
        return _per_unit_result(d, ctx)
    num = count(ctx, d.counts)
    estimated = num.estimated
    if d.denominator is None:
        value: Fraction | None = Fraction(num.n)
        den_n: int | None = None
    else:
        den = count(ctx, d.denominator)
        estimated = estimated or den.estimated or bool(den.missing)
        den_n = den.n
        value = Fraction(num.n * SCALES[d.unit], den.n) if den.n else None
    if value is None:
        status = Status.NO_DATA
    elif target is None:
        status = Status.NO_TARGET
    elif estimated:
        status = Status.ESTIMATED
    else:
        status = Status.COMPUTED
    met = None if value is None or target is None else _met(value, target, d.op)
    return _result(
        d,
        facts,
        target,
        value=None if value is None else round(float(value), 2),
        met=met,
        numerator=num.n,
        denominator=den_n,
        status=status,
        people=num.people,
    )


def _per_unit_result(d: Definition, ctx: _Context) -> IndicatorResult:
    """A per-unit rule as one row: the share of its villages/communities that meet it."""
    rows = per_unit(d, ctx)
    ok = sum(1 for r in rows if r.have >= r.required)
    value = Fraction(ok * 100, len(rows)) if rows else None
    estimated = any(r.estimated for r in rows)
    status = (
        Status.NO_DATA if value is None else (Status.ESTIMATED if estimated else Status.COMPUTED)
    )
    return IndicatorResult(
        key=d.key,
        name=d.name,
        kind=d.kind,
        source=d.source,
        unit="%",
        at=ctx.facts.at,
        value=None if value is None else round(float(value), 2),
        target=100.0,
        met=None if value is None else ok == len(rows),
        numerator=ok,
        denominator=len(rows),
        status=status,
        people=tuple(chain.from_iterable(r.people for r in rows)),
        note=msg("达到“每个 {target} {unit}”的村（社区）占比", target=_num(d.target), unit=d.unit),
    )


def _num(x: float | None) -> str:
    return "" if x is None else (str(int(x)) if float(x).is_integer() else str(x))


@dataclass(frozen=True)
class UnitRow:
    """One village/community under a per-unit rule: what it has against what it needs."""

    unit: UnitFact
    required: int
    have: int
    people: tuple[str, ...]
    estimated: bool


def per_unit(d: Definition, ctx: _Context) -> list[UnitRow]:
    """Every village/community the rule covers, with its count as of the date (made once per
    evaluation: the result row and the gaps both read it)."""
    rows = ctx.per_unit_rows.get(d.key)
    if rows is not None:
        return rows
    assert d.counts is not None and d.target is not None
    units = _matching(UNIT_FILTERS, d.units, ctx.facts.units, ctx)
    people: Mapping[str, Sequence[str]]
    post_counts: dict[str, int] = {}
    guessed_units: set[str] = set()
    if d.counts.what == "workers":
        people, guessed_units = ctx.by_village(d.counts.where)
    else:
        holders: dict[str, list[str]] = {}
        people = holders
        found = _matching(POST_FILTERS, d.counts.where, ctx.facts.posts, ctx)
        for p in found:
            post_counts[p.unit_code] = post_counts.get(p.unit_code, 0) + 1
            holders.setdefault(p.unit_code, []).extend(p.holders)
    required = int(Fraction(str(d.target)).__ceil__())
    rows = []
    for u in units:
        mine = people.get(u.code, ())
        have = len(mine) if d.counts.what == "workers" else post_counts.get(u.code, 0)
        rows.append(UnitRow(u, required, have, tuple(mine), u.code in guessed_units))
    ctx.per_unit_rows[d.key] = rows
    return rows


@dataclass(frozen=True)
class Evaluation:
    results: tuple[IndicatorResult, ...]
    gaps: tuple[UnitGap, ...]
    units: tuple[UnitCount, ...]


def evaluate(
    facts: Facts, version: RuleVersion, *, township: str | None = None, entered: bool = True
) -> Evaluation:
    """Every indicator of ``version`` over ``facts``; ``township`` labels the rows (a county's
    per-township figures). ``entered`` False leaves county-entered targets unset: the county
    enters its own share, not each township's."""
    ctx = _Context(facts)
    results = []
    gaps: list[UnitGap] = []
    unit_counts: dict[str, UnitCount] = {}
    for d in version.definitions:
        target = version.target_of(d)
        if d.scope == SCOPE_COUNTY_ENTERED and not entered:
            target = None
        r = evaluate_one(d, ctx, target)
        results.append(replace(r, township=township) if township else r)
        if d.scope != SCOPE_PER_UNIT or d.counts is None:
            continue
        worker_rule = d.counts.what == "workers"
        for row in per_unit(d, ctx):
            u = row.unit
            if row.have < row.required:
                gaps.append(
                    UnitGap(
                        code=u.code,
                        name=u.name,
                        kind=u.kind,
                        key=d.key,
                        required=row.required,
                        have=row.have,
                        short=row.required - row.have,
                        candidates=ctx.candidates(u.code) if worker_rule else (),
                        township=township,
                        noun=d.unit,
                        rule=d.name,
                    )
                )
            if worker_rule and d.counts.where == ("certified_in_post",):
                unit_counts.setdefault(
                    u.code,
                    UnitCount(u.code, u.name, u.kind, row.have, row.required, row.people, township),
                )
    return Evaluation(tuple(results), tuple(gaps), tuple(unit_counts.values()))


def by_level(counts: Mapping[tuple[str | None, str | None], int]) -> dict[str, int]:
    """Certified workers in post per certificate level (levels over time), from how many
    workers had each (status, level) on the day: each pair judged by ``certified_in_post``."""
    out: dict[str, int] = {}
    for (status, level), n in counts.items():
        if level and certified_in_post(WorkerFact("", "", "", None, status or "", level=level)):
            out[level] = out.get(level, 0) + n
    return out


def people_by_domain(
    workers: WorkerColumns | Iterable[WorkerFact],
) -> dict[str, tuple[str, ...]]:
    """The ids of certified workers in post per service domain (a person serving two is in
    both), in the vocabulary's order: the same people the elderly and minors indicators count;
    the pie shows their numbers and lists them on a click."""
    c = workers if isinstance(workers, WorkerColumns) else columns_of(tuple(workers))
    chosen = col.as_mask(
        col.as_int(col.equal_to(_ON_DUTY, c.status))
        & col.as_int(col.member_of(_CERTIFIED_LEVELS, c.level)),
        len(c),
    )
    # Few distinct sets of domains: each domain's workers are one mask over them.
    distinct = set(compress(c.domains, chosen))
    held = {d for ds in distinct for d in ds}
    order = [*enums.DOMAINS, *sorted(held - set(enums.DOMAINS))]
    bits = col.as_int(chosen)
    every = set(c.domains)
    out: dict[str, tuple[str, ...]] = {}
    for d in order:
        if d in held:
            serving = bytes(map({ds: d in ds for ds in every}.__getitem__, c.domains))
            out[d] = tuple(compress(c.ids, col.as_mask(col.as_int(serving) & bits, len(c))))
    return out


def certified_by_village(facts: Facts) -> dict[str, tuple[str, ...]]:
    """The certified workers in post per village code ("" for none): the per-unit rules'
    count, for the 村（社区）page's column."""
    return _Context(facts).by_village(("certified_in_post",))[0]
