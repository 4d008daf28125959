"""Indicator reports built by hand for the dashboard and statistics-report tests: the page and
the form show whatever report they are given, so each figure here is known by construction."""

from __future__ import annotations

from datetime import date

from swdesk.core.enums import LEVEL_ASSISTANT, LEVEL_SOCIAL_WORKER
from swdesk.core.indicators.results import (
    IndicatorReport,
    IndicatorResult,
    Status,
    UnitCount,
    UnitGap,
)
from swdesk.formats.indicator_tables import PersonLine

AT = date(2025, 12, 31)


def result(key: str, name: str, **kw: object) -> IndicatorResult:
    base: dict[str, object] = dict(
        kind="约束性",
        source="攀枝花市“十四五”社会工作发展规划",
        unit="%",
        at=AT,
        value=None,
        target=None,
        met=None,
        numerator=None,
        denominator=None,
    )
    base.update(kw)
    return IndicatorResult(key=key, name=name, **base)  # type: ignore[arg-type]


def sample_report(township: str | None = None) -> IndicatorReport:
    """Three villages (two short of target), four indicators of every status."""
    t = township
    units = (
        UnitCount("510101001", "红星社区", "urban", 3, 2, ("w1", "w2", "w3"), t),
        UnitCount("510101002", "前进村", "rural", 0, 1, (), t),
        UnitCount("510101003", "桃园社区", "urban", 1, 2, ("w4",), t),
    )
    results = (
        result(
            "community_certified_share",
            "社区专职工作者持证比例",
            value=40.0,
            target=35.0,
            met=True,
            numerator=4,
            denominator=10,
            people=("w1", "w2", "w3", "w4"),
            township=t,
        ),
        result(
            "village_certified",
            "每村至少1名持证社工",
            unit="个",
            value=0.0,
            target=1.0,
            met=False,
            numerator=0,
            denominator=1,
            status=Status.ESTIMATED,
            township=t,
        ),
        result(
            "talent_total",
            "社会工作专业人才总量",
            unit="人",
            kind="预期性",
            value=4.0,
            numerator=4,
            status=Status.NO_TARGET,
            township=t,
        ),
        result("party_coverage", "社会工作服务机构党建覆盖率", status=Status.NO_DATA, township=t),
    )
    gaps = (
        UnitGap("510101002", "前进村", "rural", "village_certified", 1, 0, 1, ("w5",), t),
        UnitGap("510101003", "桃园社区", "urban", "village_certified", 2, 1, 1, (), t),
    )
    return IndicatorReport(
        at=AT,
        unit_code="510101",
        unit_name="示范镇",
        results=results,
        gaps=gaps,
        units=units,
        levels_by_year={
            2023: {LEVEL_ASSISTANT: 2},
            2024: {LEVEL_ASSISTANT: 3, LEVEL_SOCIAL_WORKER: 1},
            2025: {LEVEL_ASSISTANT: 3, LEVEL_SOCIAL_WORKER: 1},
        },
        domains={"老年": 2, "儿童/未成年人": 1, "社区治理": 1},
    )


PEOPLE = (
    PersonLine("张三", "510101199001011234", "红星社区", LEVEL_ASSISTANT),
    PersonLine("李四", "51010119850202002X", "红星社区", LEVEL_SOCIAL_WORKER),
    PersonLine("王五", "510101199203030011", "红星社区", LEVEL_ASSISTANT),
    PersonLine("赵六", "510101198804040022", "桃园社区", LEVEL_ASSISTANT),
)
NAMES = {"w5": "钱七"}
