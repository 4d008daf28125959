"""The tables of the 年度社会工作专业人才统计表, built once from an ``IndicatorReport``.

The Excel workbook and the PDF print the same tables (the workbook adds formulas for the
totals), so both are built from the values here and cannot disagree. The form is a Chinese
official document: its titles and headers are Chinese whatever the interface language, like
the payroll's 发放表.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from swdesk.core.enums import LEVELS, VILLAGE_KIND_LABELS
from swdesk.core.indicators.results import IndicatorReport, IndicatorResult, Status

TITLE = "年度社会工作专业人才统计表"
KIND_NAMES = {**VILLAGE_KIND_LABELS, "station": "社工站"}
# A status other than "computed" is always said in words, never left to a colour.
STATUS_WORDS = {
    Status.ESTIMATED: "估算",
    Status.NO_TARGET: "未设目标",
    Status.NO_DATA: "无数据",
}


@dataclass(frozen=True)
class PersonLine:
    """One person behind the certified figure, as the name list prints them."""

    name: str
    id_number: str
    village: str
    level: str
    township: str = ""


@dataclass(frozen=True)
class Table:
    """One sheet (Excel) or one section (PDF): ``total_columns`` are summed in a 合计 row;
    ``text_columns`` hold codes that must stay text (ID numbers)."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    total_columns: tuple[int, ...] = ()
    text_columns: tuple[int, ...] = ()
    widths: tuple[float, ...] = ()
    row_totals: bool = False  # the last column sums the numbers between the first and it


def as_of_text(at: date) -> str:
    return f"{at.year}年{at.month}月{at.day}日"


def heading(report: IndicatorReport) -> str:
    """The line under every sheet's and page's title: the unit and the as-of date."""
    return f"填报单位：{report.unit_name}　　统计截至：{as_of_text(report.at)}"


def number_text(value: float | None, unit: str = "") -> str:
    """A figure as the tables print it: whole numbers without decimals, ratios to 0.1."""
    if value is None:
        return "—"
    shown = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
    return f"{shown}{unit}"


def gap(result: IndicatorResult) -> float | None:
    """How far the value is below its target (0 when met; None with no target or value)."""
    if result.value is None or result.target is None:
        return None
    return max(result.target - result.value, 0.0)


def status_text(result: IndicatorResult) -> str:
    """达标 / 未达目标, or why there is no verdict (估算 is said alongside the verdict)."""
    words = STATUS_WORDS.get(result.status)
    if result.status == Status.ESTIMATED:
        verdict = {True: "达标", False: "未达目标", None: ""}[result.met]
        return f"{verdict}（估算）" if verdict else "估算"
    if words:
        return words
    return {True: "达标", False: "未达目标", None: "—"}[result.met]


def is_county(report: IndicatorReport) -> bool:
    """A county's report: its rows carry the township they come from."""
    return any(u.township for u in report.units) or any(r.township for r in report.results)


def indicator_table(report: IndicatorReport) -> Table:
    county = any(r.township for r in report.results)
    headers = ("序号", *(("乡镇",) if county else ()), "指标", "类别", "目标", "当前值")
    headers += ("分子", "分母", "差距", "状态", "依据")
    rows = []
    for i, r in enumerate(report.results, start=1):
        rows.append(
            (
                i,
                *((r.township or "全县",) if county else ()),
                r.name,
                r.kind,
                number_text(r.target, r.unit),
                number_text(r.value, r.unit),
                "" if r.numerator is None else r.numerator,
                "" if r.denominator is None else r.denominator,
                number_text(gap(r), r.unit) if gap(r) is not None else "—",
                status_text(r),
                r.source,
            )
        )
    widths = (6, *((12,) if county else ()), 26, 8, 10, 10, 7, 7, 10, 21, 34)
    return Table("指标汇总", headers, tuple(rows), widths=widths)


def units_table(report: IndicatorReport) -> Table:
    county = is_county(report)
    headers = ("序号", *(("乡镇",) if county else ()), "村（社区）", "类型", "持证社工")
    headers += ("目标", "还差")
    rows = []
    for i, u in enumerate(report.units, start=1):
        rows.append(
            (
                i,
                *((u.township or "",) if county else ()),
                u.name,
                KIND_NAMES.get(u.kind, u.kind),
                u.certified,
                u.target,
                max(u.target - u.certified, 0),
            )
        )
    first = 4 if county else 3
    return Table(
        "分村（社区）持证社工",
        headers,
        tuple(rows),
        total_columns=(first + 1, first + 2, first + 3),
        widths=(6, *((12,) if county else ()), 18, 8, 10, 8, 8),
    )


def gaps_table(report: IndicatorReport, names: dict[str, str] | None = None) -> Table:
    """Villages short of a per-unit target and who could close the gap (names when known)."""
    county = is_county(report)
    headers = ("序号", *(("乡镇",) if county else ()), "村（社区）", "指标", "应有", "现有")
    headers += ("还差", "可补人员")
    by_key = {r.key: r.name for r in report.results}
    rows = []
    for i, g in enumerate(report.gaps, start=1):
        who = "、".join((names or {}).get(c, c) for c in g.candidates)
        rows.append(
            (
                i,
                *((g.township or "",) if county else ()),
                g.name,
                by_key.get(g.key, g.key),
                g.required,
                g.have,
                g.short,
                who,
            )
        )
    first = 4 if county else 3
    return Table(
        "缺口与可补人员",
        headers,
        tuple(rows),
        total_columns=(first + 1, first + 2, first + 3),
        widths=(6, *((12,) if county else ()), 18, 30, 8, 8, 8, 30),
    )


def levels_table(report: IndicatorReport) -> Table:
    """Year-end counts per level, levels in their order (lowest first), a total per year."""
    levels = level_names(report)
    rows = []
    for year in sorted(report.levels_by_year):
        counts = report.levels_by_year[year]
        row = [f"{year}年底", *(counts.get(level, 0) for level in levels)]
        row.append(sum(counts.get(level, 0) for level in levels))
        rows.append(tuple(row))
    return Table(
        "各等级人数（年末）",
        ("年份", *levels, "合计"),
        tuple(rows),
        widths=(12, *(16 for _ in levels), 10),
        row_totals=True,
    )


def level_names(report: IndicatorReport) -> list[str]:
    """The levels that occur, in the order of ``enums.LEVELS`` (any other level after)."""
    seen = {level for counts in report.levels_by_year.values() for level in counts}
    known = [level for level in LEVELS if level in seen]
    return known + sorted(seen - set(known))


def domains_table(report: IndicatorReport) -> Table:
    total = sum(report.domains.values())
    rows = tuple(
        (domain, n, number_text(100 * n / total if total else None, "%"))
        for domain, n in report.domains.items()
    )
    return Table(
        "服务领域", ("服务领域", "人数", "占比"), rows, total_columns=(2,), widths=(20, 10, 10)
    )


def people_table(people: Sequence[PersonLine]) -> Table:
    county = any(p.township for p in people)
    headers = ("序号", "姓名", "身份证号", *(("乡镇",) if county else ()), "村（社区）", "等级")
    rows = tuple(
        (i, p.name, p.id_number, *((p.township,) if county else ()), p.village, p.level)
        for i, p in enumerate(people, start=1)
    )
    return Table(
        "持证社工名单",
        headers,
        rows,
        text_columns=(3,),
        widths=(6, 10, 22, *((12,) if county else ()), 18, 16),
    )


def report_tables(
    report: IndicatorReport,
    people: Sequence[PersonLine] = (),
    names: dict[str, str] | None = None,
) -> list[Table]:
    """Every table of the form, in the order they are printed; ``names`` turns the gaps'
    candidate ids into names."""
    return [
        indicator_table(report),
        units_table(report),
        gaps_table(report, names),
        levels_table(report),
        domains_table(report),
        people_table(people),
    ]
