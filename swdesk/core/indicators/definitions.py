"""Indicator definitions as data, and the dated versions of the rules a file saves.

A definition names what it counts with the engine's building blocks (``engine.COUNTERS`` and
their filters), so a new locality's indicator is a JSON entry, never new code. The file's rules
are versions with the day each takes effect, like the allowance rules: a figure for the end of
2024 is judged by the version in force then, and the county's own share of a city-wide total
(an absolute number no policy text gives a county) is a target entered in a version.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from swdesk.core.dates import parse_iso_date
from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import msg

SCOPE_ANY = "any"  # a ratio or average: the same at every level
SCOPE_PER_UNIT = "per_unit"  # each village/community on its own: gaps in people
SCOPE_COUNTY_ENTERED = "county_entered"  # a city-wide total: the county enters its share
SCOPES = (SCOPE_ANY, SCOPE_PER_UNIT, SCOPE_COUNTY_ENTERED)

KIND_BINDING = _N("enum", "约束性")
KIND_EXPECTED = _N("enum", "预期性")
KINDS = (KIND_BINDING, KIND_EXPECTED)

# How a ratio is scaled to the unit it is shown in; a unit not here is a plain count.
SCALES: dict[str, int] = {"%": 100, "‰": 1000, "名/社区": 1}
OPS = (">=", "<=")
COUNTER_NAMES = ("workers", "units", "posts", "stations", "townships", "sum")
UNIT_FIGURES = (
    "registered_population",
    "resident_population",
    "elderly_population",
    "supported_elderly",
)


@dataclass(frozen=True)
class Counter:
    """What to count: ``what`` (a name of ``COUNTER_NAMES``) filtered by ``where``, each filter a
    building block's name with an optional ``:argument``; ``figure`` is the unit figure a
    ``sum`` adds up."""

    what: str
    where: tuple[str, ...] = ()
    figure: str | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.what == "sum":
            return {"sum": self.figure, "units": list(self.where)}
        return {self.what: list(self.where)}


@dataclass(frozen=True)
class Definition:
    key: str
    name: str
    scope: str
    counts: Counter | None  # None: swdesk holds nothing to count it from (无数据)
    denominator: Counter | None
    target: float | None
    unit: str
    kind: str
    source: str
    op: str = ">="
    units: tuple[str, ...] = ()  # per-unit: which villages/communities (unit filters)

    @property
    def is_ratio(self) -> bool:
        return self.denominator is not None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "key": self.key,
            "name": self.name,
            "scope": self.scope,
            "counts": self.counts.to_dict() if self.counts else None,
            "target": self.target,
            "unit": self.unit,
            "kind": self.kind,
            "source": self.source,
        }
        if self.denominator is not None:
            d["denominator"] = self.denominator.to_dict()
        if self.op != ">=":
            d["op"] = self.op
        if self.units:
            d["units"] = list(self.units)
        return d


def _text(raw: Mapping[str, Any], key: str, what: str) -> str:
    v = raw.get(key)
    if not isinstance(v, str) or not v.strip():
        raise RuleError(msg("{what}缺少“{key}”（文字）。", what=what, key=key))
    return v.strip()


def _names(raw: object, what: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(x, str) and x for x in raw):
        raise RuleError(msg("{what}的筛选条件应是文字列表。", what=what))
    return tuple(raw)


def _counter(raw: object, what: str) -> Counter:
    from swdesk.core.indicators.engine import check_filter

    if not isinstance(raw, dict):
        raise RuleError(
            msg('{what}应是一个对象，如 {{"workers": ["certified_in_post"]}}。', what=what)
        )
    if "sum" in raw:
        figure = raw["sum"]
        if figure not in UNIT_FIGURES:
            raise RuleError(
                msg(
                    "{what}：不能合计“{figure}”，可用：{names}。",
                    what=what,
                    figure=str(figure),
                    names="、".join(UNIT_FIGURES),
                )
            )
        where = _names(raw.get("units", []), what)
        for f in where:
            check_filter("units", f, what)
        return Counter("sum", where, figure)
    keys = [k for k in raw if k in COUNTER_NAMES]
    if len(keys) != 1 or len(raw) != 1:
        raise RuleError(
            msg("{what}应只统计一种对象：{names}。", what=what, names="、".join(COUNTER_NAMES))
        )
    name = keys[0]
    where = _names(raw[name], what)
    for f in where:
        check_filter(name, f, what)
    return Counter(name, where)


def _number(raw: object, what: str) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or raw < 0:
        raise RuleError(msg("{what}的目标值应是不小于 0 的数，或 null（未设目标）。", what=what))
    return float(raw)


def definition_from_dict(raw: object) -> Definition:
    """A definition checked field by field; a ``RuleError`` names the indicator and the field."""
    if not isinstance(raw, dict):
        raise RuleError(msg("每个指标应是一个对象。"))
    key = _text(raw, "key", msg("指标"))
    what = msg("指标“{key}”", key=key)
    scope = raw.get("scope", SCOPE_ANY)
    if scope not in SCOPES:
        raise RuleError(
            msg("{what}的 scope 应是 {names} 之一。", what=what, names="、".join(SCOPES))
        )
    kind = raw.get("kind")
    if kind not in KINDS:
        raise RuleError(msg("{what}的 kind 应是 约束性 或 预期性。", what=what))
    op = raw.get("op", ">=")
    if op not in OPS:
        raise RuleError(msg("{what}的 op 应是 >= 或 <=。", what=what))
    counts = None if raw.get("counts") is None else _counter(raw["counts"], what)
    den = None if raw.get("denominator") is None else _counter(raw["denominator"], what)
    unit = _text(raw, "unit", what)
    if den is not None and unit not in SCALES:
        raise RuleError(
            msg("{what}有分母，单位应是 {names} 之一。", what=what, names="、".join(SCALES))
        )
    units = _names(raw.get("units", []), what)
    for f in units:
        from swdesk.core.indicators.engine import check_filter

        check_filter("units", f, what)
    if scope == SCOPE_PER_UNIT:
        if counts is None or counts.what not in ("workers", "posts") or den is not None:
            raise RuleError(
                msg(
                    "{what}是每个村（社区）的目标：应统计 workers 或 posts，且没有分母。", what=what
                )
            )
        if raw.get("target") is None:
            raise RuleError(msg("{what}是每个村（社区）的目标，需要目标值。", what=what))
    return Definition(
        key=key,
        name=_text(raw, "name", what),
        scope=scope,
        counts=counts,
        denominator=den,
        target=_number(raw.get("target"), what),
        unit=unit,
        kind=kind,
        source=_text(raw, "source", what),
        op=op,
        units=units,
    )


@dataclass(frozen=True)
class RuleVersion:
    """The indicators in force from ``valid_from``: a preset's (or a loaded file's) definitions
    and the absolute targets the county entered (key → number)."""

    valid_from: date
    name: str
    definitions: tuple[Definition, ...]
    targets: Mapping[str, float] = field(default_factory=dict)
    preset: str | None = None

    def target_of(self, d: Definition) -> float | None:
        return self.targets.get(d.key, d.target)

    def to_dict(self) -> dict[str, Any]:
        return {
            "valid_from": self.valid_from.isoformat(),
            "name": self.name,
            "preset": self.preset,
            "indicators": [d.to_dict() for d in self.definitions],
            "targets": dict(self.targets),
        }


def definitions_from_list(raw: object, what: str) -> tuple[Definition, ...]:
    if not isinstance(raw, list) or not raw:
        raise RuleError(msg("{what}没有指标（indicators 应是非空列表）。", what=what))
    defs = tuple(definition_from_dict(x) for x in raw)
    seen: set[str] = set()
    for d in defs:
        if d.key in seen:
            raise RuleError(msg("指标“{key}”出现了两次。", key=d.key))
        seen.add(d.key)
    return defs


def check_targets(raw: object, defs: Sequence[Definition]) -> dict[str, float]:
    """Entered targets: only for indicators of the version, and only numbers."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise RuleError(msg("targets 应是“指标 → 目标值”的对象。"))
    keys = {d.key for d in defs}
    out: dict[str, float] = {}
    for k, v in raw.items():
        if k not in keys:
            raise RuleError(msg("没有指标“{key}”，不能设目标值。", key=str(k)))
        n = _number(v, msg("指标“{key}”", key=k))
        if n is not None:
            out[k] = n
    return out


def version_from_dict(raw: object) -> RuleVersion:
    if not isinstance(raw, dict):
        raise RuleError(msg("指标规则应是一个对象。"))
    vf = raw.get("valid_from")
    if not isinstance(vf, str):
        raise RuleError(msg("指标规则缺少生效日期 valid_from（YYYY-MM-DD）。"))
    name = _text(raw, "name", msg("指标规则"))
    defs = definitions_from_list(raw.get("indicators"), msg("指标规则“{name}”", name=name))
    preset = raw.get("preset")
    return RuleVersion(
        valid_from=parse_iso_date(vf, "valid_from"),
        name=name,
        definitions=defs,
        targets=check_targets(raw.get("targets"), defs),
        preset=preset if isinstance(preset, str) else None,
    )


@dataclass(frozen=True)
class IndicatorRules:
    """Every saved version, oldest first."""

    versions: tuple[RuleVersion, ...]

    def version_for(self, at: date) -> RuleVersion:
        """The version in force on ``at``; before the first, the first (a year-end figure from
        before anyone chose rules is still judged by some rules, never by none)."""
        current = self.versions[0]
        for v in self.versions:
            if v.valid_from <= at:
                current = v
        return current

    def with_version(self, new: RuleVersion) -> IndicatorRules:
        """``new`` added; one already taking effect that day is replaced."""
        kept = [v for v in self.versions if v.valid_from != new.valid_from]
        return IndicatorRules(tuple(sorted([*kept, new], key=lambda v: v.valid_from)))

    def to_dict(self) -> dict[str, Any]:
        return {"versions": [v.to_dict() for v in self.versions]}


def rules_from_dict(raw: object) -> IndicatorRules:
    if (
        not isinstance(raw, dict)
        or not isinstance(raw.get("versions"), list)
        or not raw["versions"]
    ):
        raise RuleError(msg("指标规则应有至少一个版本（versions）。"))
    versions = sorted((version_from_dict(v) for v in raw["versions"]), key=lambda v: v.valid_from)
    return IndicatorRules(tuple(versions))


def expand_presets(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The presets of the shipped file, each with the indicators of the presets it includes
    first (every preset carries the per-unit staffing rules that way), by preset key."""
    raws: dict[str, dict[str, Any]] = {}
    for p in data["presets"]:
        included = [d for key in p.get("include", []) for d in raws[key]["indicators"]]
        raws[p["preset"]] = {
            "name": p["name"],
            "preset": p["preset"],
            "indicators": [*included, *p["indicators"]],
        }
    return raws


def version_from_preset(raw: Mapping[str, Any], valid_from: date) -> RuleVersion:
    return version_from_dict({**raw, "valid_from": valid_from.isoformat()})
