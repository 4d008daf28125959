"""Changing a locality's allowance rule: a new version from a month on, never an old one rewritten.

A rate raised next year must not change what last year's months were owed (approved runs keep
their own copy of the rule, but a draft computed again, a 补发 worked out later and the county's
summary all read the rule's versions). So an edit is a new version whose first month
(``valid_from``) comes after every earlier version's; the rule's name, funding channel and
funder describe the rule as a whole and may change with it.

The difference a draft would make is counted here too (people paid and the amount, saved rule
against edited one), so the settings tab and any later caller read one arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from swdesk.core.allowance import (
    PART_DAYS,
    PART_FULL,
    PART_NONE,
    START_NEXT_MONTH,
    START_SAME_MONTH,
    AllowanceRules,
    RuleVersion,
    month_label,
    next_month,
    version_from_dict,
)
from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import msg

# What the rule's settings of when a certificate starts paying and how a month qualified on some
# days only is paid say, in words.
START_LABELS: dict[str, str] = {
    START_NEXT_MONTH: _N("enum", "取得证书的次月起发"),
    START_SAME_MONTH: _N("enum", "取得证书的当月起发"),
}
PART_MONTH_LABELS: dict[str, str] = {
    PART_FULL: _N("enum", "按整月发"),
    PART_NONE: _N("enum", "不发"),
    PART_DAYS: _N("enum", "按天数折算"),
}
# Longest name, channel or funder a rule may carry (they are printed in a sheet's title lines).
MAX_LABEL = 60


def _label(raw: object, what: str) -> str:
    text = str(raw or "").strip()
    if len(text) > MAX_LABEL:
        raise RuleError(msg("{what}太长（最多 {n} 个字）。", what=what, n=MAX_LABEL))
    return text


def draft_version(raw: Mapping[str, Any]) -> RuleVersion:
    """A version typed into the settings tab, checked like a stored one, and paying someone."""
    version = version_from_dict(raw)
    if not version.amounts:
        raise RuleError(msg("至少要给一个等级填写每月金额。"))
    return version


def first_free_month(rules: AllowanceRules, today: date) -> date:
    """Where a new version starts unless the user says otherwise: this month, or the month
    after the latest version when that one starts later."""
    this_month = today.replace(day=1)
    last = rules.versions[-1].valid_from if rules.versions else None
    return this_month if last is None or last < this_month else next_month(last)


def with_new_version(
    rules: AllowanceRules,
    version: RuleVersion,
    *,
    name: str,
    channel: str,
    funder: str,
    note: str | None = None,
    preset: str | None = None,
    keep_earlier: bool = True,
) -> AllowanceRules:
    """``rules`` with ``version`` added after its versions (refused when it starts on or before
    the latest one: that would rewrite months already owed).

    ``keep_earlier`` False: the rule was never chosen for this file (the default preset stood
    in), so ``version`` is its first and only version. ``note`` None keeps the rule's note
    (where its amounts come from); a preset loaded brings its own.
    """
    earlier = rules.versions if keep_earlier else ()
    if earlier and version.valid_from <= earlier[-1].valid_from:
        raise RuleError(
            msg(
                "新版本的起始月份 {new} 不能早于或等于最近一个版本的 {last}："
                "已有版本不能改写，调整标准请从 {free} 或以后的月份起新增一个版本。",
                new=month_label(version.valid_from),
                last=month_label(earlier[-1].valid_from),
                free=month_label(next_month(earlier[-1].valid_from)),
            )
        )
    clean_name = _label(name, msg("规则名称")) or rules.name
    return replace(
        rules,
        preset=preset or rules.preset,
        name=clean_name,
        channel=_label(channel, msg("发放渠道")),
        funder=_label(funder, msg("资金来源")),
        note=rules.note if note is None else note,
        versions=(*earlier, version),
    )


@dataclass(frozen=True)
class MonthTotals:
    """People paid something and the amount (fen) of one month's lines."""

    people: int
    amount: int


def month_totals(lines: Iterable[tuple[str, int]]) -> MonthTotals:
    """(worker id, amount in fen) of each line → people paid more than nothing, and the sum."""
    by_person: dict[str, int] = {}
    for worker_id, amount in lines:
        by_person[worker_id] = by_person.get(worker_id, 0) + amount
    return MonthTotals(sum(1 for v in by_person.values() if v > 0), sum(by_person.values()))


@dataclass(frozen=True)
class Preview:
    """One month under the saved rule and under the edited one."""

    month: date
    saved: MonthTotals
    edited: MonthTotals

    @property
    def people_change(self) -> int:
        return self.edited.people - self.saved.people

    @property
    def amount_change(self) -> int:
        return self.edited.amount - self.saved.amount
