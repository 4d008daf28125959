"""The workforce register's vocabulary and rules: roles, professional posts, 社工站 and 六有.

Pure rules (no SQL): which words are stored, how long a part-time post may be held, how many
posts a unit should have as of a day, and when a station meets the standard.

* Posts per unit: 《成都市社区社会工作专业岗位管理办法》 asks for at least 2 professional posts
  in every community, 1 in every village and 1 in the township service centre; the numbers are
  a per-file setting (``post_quotas``) with the day each version starts.
* Part-time posts: the same 管理办法 — a post may be held part-time, "但兼职时间应不超过2年".
* Stations: the 六有 of 《“十四五”民政事业发展规划》, and "一定数量" of full-time staff at
  助理社会工作师 or higher (《攀枝花市社会工作专业队伍建设“十四五”规划》; ``station_min_staff``,
  default 1).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from swdesk.core import enums
from swdesk.core.dates import parse_loose_date
from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import msg

# -- roles a person holds besides the post type (社工站驻站社工 is a post type already) --------
ROLE_STAFFED_CADRE = _N("enum", "定员干部")
ROLE_PARTY_SECRETARY = _N("enum", "村（社区）党组织书记")
ROLE_CHILDREN_DIRECTOR = _N("enum", "儿童主任")
ROLE_CHILDREN_SUPERVISOR = _N("enum", "儿童督导员")
ROLES: tuple[str, ...] = (
    ROLE_STAFFED_CADRE,
    ROLE_PARTY_SECRETARY,
    ROLE_CHILDREN_DIRECTOR,
    ROLE_CHILDREN_SUPERVISOR,
)

# -- professional posts ---------------------------------------------------------------------
POST_FULL_TIME = _N("enum", "专职")
POST_PART_TIME = _N("enum", "兼职")
POST_KINDS: tuple[str, ...] = (POST_FULL_TIME, POST_PART_TIME)

UNIT_STATION = "station"
UNIT_COMMUNITY = "community"
UNIT_VILLAGE = "village"
UNIT_AGENCY = "agency"
UNIT_KINDS: tuple[str, ...] = (UNIT_STATION, UNIT_COMMUNITY, UNIT_VILLAGE, UNIT_AGENCY)
UNIT_KIND_LABELS: dict[str, str] = {
    UNIT_STATION: _N("enum", "社工站（乡镇）"),
    UNIT_COMMUNITY: enums.VILLAGE_KIND_LABELS[enums.VILLAGE_URBAN],
    UNIT_VILLAGE: enums.VILLAGE_KIND_LABELS[enums.VILLAGE_RURAL],
    UNIT_AGENCY: enums.POST_AGENCY,
}
# A post at a village or community takes the unit kind from the village's own kind.
UNIT_OF_VILLAGE_KIND: dict[str, str] = {
    enums.VILLAGE_URBAN: UNIT_COMMUNITY,
    enums.VILLAGE_RURAL: UNIT_VILLAGE,
}

PART_TIME_LIMIT_YEARS = 2

# -- 社工站 and its 六有 ------------------------------------------------------------------------
ITEM_PLACE = _N("enum", "有场地")
ITEM_EQUIPMENT = _N("enum", "有设备")
ITEM_STAFF = _N("enum", "有人员")
ITEM_FUNCTIONS = _N("enum", "有服务功能")
ITEM_PROCEDURES = _N("enum", "有工作流程")
ITEM_RULES = _N("enum", "有规章制度")
STATION_ITEMS: tuple[str, ...] = (
    ITEM_PLACE,
    ITEM_EQUIPMENT,
    ITEM_STAFF,
    ITEM_FUNCTIONS,
    ITEM_PROCEDURES,
    ITEM_RULES,
)

# -- kinds of worker_history rows besides the village and status moves -----------------------
HISTORY_POST_TYPE = "post_type"
HISTORY_DOMAINS = "domains"

# -- reference figures of a village or community --------------------------------------------
POPULATION_FIELDS: tuple[str, ...] = (
    "registered_population",
    "resident_population",
    "elderly_population",
    "supported_elderly",
)


def population_label(field: str) -> str:
    """The Chinese name of a reference figure (户籍人口 …), for messages and headers."""
    return {
        "registered_population": msg("户籍人口"),
        "resident_population": msg("常住人口"),
        "elderly_population": msg("老年人数"),
        "supported_elderly": msg("供养老人数"),
    }[field]


def check_day(value: Any, what: str) -> date:
    """A day typed as YYYY-MM-DD (or a looser form the roster reader accepts)."""
    day = parse_loose_date(value, what) if value not in (None, "") else None
    if day is None:
        raise RuleError(
            msg("{what}“{value}”不是日期，请按 2024-01-31 的格式填写。", what=what, value=value)
        )
    return day


def check_post_kind(kind: str) -> str:
    if kind not in POST_KINDS:
        raise RuleError(msg("岗位性质“{kind}”不对，只能填 专职 或 兼职。", kind=kind), "kind")
    return kind


def check_role(role: str) -> str:
    if role not in ROLES:
        raise RuleError(
            msg("职务“{role}”不在可选范围内：{roles}。", role=role, roles="、".join(ROLES)), "role"
        )
    return role


def check_item(item: str) -> str:
    if item not in STATION_ITEMS:
        raise RuleError(
            msg(
                "“{item}”不是“六有”中的一项，请填：{items}。",
                item=item,
                items="、".join(STATION_ITEMS),
            ),
            "item",
        )
    return item


def check_population(value: Any, field: str) -> int | None:
    """A reference figure: empty (not known), or a whole number of people, 0 or more."""
    label = population_label(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise RuleError(msg("{label}要填人数（整数）。", label=label), field)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().replace(",", "")
    if not text.lstrip("-").isdigit():
        raise RuleError(
            msg("{label}“{value}”不是整数，请填人数，例如 1200。", label=label, value=value), field
        )
    number = int(text)
    if number < 0:
        raise RuleError(
            msg("{label}不能是负数（填的是 {value}）。", label=label, value=number), field
        )
    return number


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February falls back to the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def part_time_overdue(kind: str, from_date: date, as_of: date) -> bool:
    """A part-time post held longer than 2 years as of ``as_of`` (exactly 2 years is still within)."""
    return kind == POST_PART_TIME and as_of > add_years(from_date, PART_TIME_LIMIT_YEARS)


class Quotas(NamedTuple):
    """Least number of posts per unit kind, in force from ``valid_from``. A NamedTuple, not a
    frozen dataclass: making a dataclass compiles generated code at import (~1 ms), and this
    module is loaded before the main window first paints."""

    valid_from: date
    per_unit: Mapping[str, int]

    def required(self, unit_kind: str) -> int:
        return int(self.per_unit.get(unit_kind, 0))


def _versions(raw: Any, what: str) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not raw:
        raise RuleError(msg("设置“{what}”应是按起始日期排列的版本列表。", what=what))
    return [dict(v) for v in raw]


def quotas_from_setting(raw: Any) -> list[Quotas]:
    """The ``post_quotas`` setting: versions, each with ``valid_from`` and a number per unit kind."""
    out = []
    for v in _versions(raw, "post_quotas"):
        start = check_day(v.get("valid_from"), msg("起始日期"))
        counts = {}
        for kind in (UNIT_STATION, UNIT_COMMUNITY, UNIT_VILLAGE):
            n = v.get(kind, 0)
            if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                raise RuleError(msg("岗位数下限要填 0 或正整数（{kind}：{n}）。", kind=kind, n=n))
            counts[kind] = n
        out.append(Quotas(start, counts))
    return sorted(out, key=lambda q: q.valid_from)


def quotas_as_of(versions: Sequence[Quotas], day: date) -> Quotas | None:
    """The version in force on ``day``; None before the first one (no quota yet)."""
    current = None
    for v in versions:
        if v.valid_from <= day:
            current = v
    return current


def station_min_staff_as_of(raw: Any, day: date) -> int:
    """The ``station_min_staff`` setting (versions with ``valid_from`` and ``count``) on ``day``."""
    current = 0
    for v in sorted(
        _versions(raw, "station_min_staff"), key=lambda v: check_day(v.get("valid_from"), "")
    ):
        if check_day(v.get("valid_from"), msg("起始日期")) <= day:
            n = v.get("count")
            if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                raise RuleError(msg("社工站专职人员下限要填 0 或正整数（{n}）。", n=n))
            current = n
    return current


def qualified_staff(holders: Iterable[tuple[str, str | None]]) -> int:
    """How many of (post kind, level) holders are full-time at 助理社会工作师 or higher."""
    floor = enums.level_rank(enums.LEVEL_ASSISTANT)
    return sum(
        1 for kind, level in holders if kind == POST_FULL_TIME and enums.level_rank(level) >= floor
    )


def meets_standard(done_items: Iterable[str], qualified: int, min_staff: int) -> bool:
    """A station meets the standard: all six 六有 items done and enough qualified full-time staff."""
    return set(STATION_ITEMS) <= set(done_items) and qualified >= min_staff
