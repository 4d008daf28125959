"""A payroll line's stored reason read back as the sentence it was built from.

A run's lines keep their reasons ("证书未登记。", "2025 年度考评不合格。") as the Chinese the
sheets print: the 签领表 and the county's copy must read the same years later, whatever language
someone's interface is in. The interface shows them in its own language by matching the stored
sentence against the templates ``swdesk.core.allowance`` builds reasons from and translating the
template (``ui.rule_text.shown``). A sentence that matches none (an older wording, or a note typed
by hand) is shown as stored.

``REASON_TEMPLATES`` repeats the templates of ``core.allowance``'s reasons word for word;
tests/test_allowance_reasons.py fails when one of them is no longer built there.
"""

from __future__ import annotations

import re
from functools import cache

from swdesk.core.i18n import Text

REASON_TEMPLATES: tuple[str, ...] = (
    "岗位“{post}”不在津贴发放范围。",
    "没有职业水平证书。",
    "{level}不在津贴发放范围。",
    "证书没有填取得时间。",
    "证书 {obtained} 取得，{start} 起发放。",
    "证书未登记。",
    "证书登记不在有效期内或未通过审核。",
    "本月不符合发放条件。",
    "{year} 年度考评不合格。",
    "上一登记期继续教育学时未达标。",
    "{month} 还没有适用的津贴标准。",
    "本月只有 {days} 天符合条件，按规则不足整月不发。",
)
# How ``store.allowances`` joins the months not paid into a line's note: "2026-01：why；2026-02：why".
NOTE_SEPARATOR = "；"
NOTE_MONTH_SEPARATOR = "："
_NUMBER_ARGS = frozenset({"year", "days"})
_MONTH = re.compile(r"\d{4}-\d{2}")


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for template in REASON_TEMPLATES:
        parts = re.split(r"\{(\w+)\}", template)
        rx = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        out.append((template, re.compile(rx + r"\Z")))
    return tuple(out)


def reason_text(stored: str) -> str:
    """``stored`` as a ``Text`` of its template when it is one of the reasons, else unchanged."""
    for template, rx in _patterns():
        m = rx.match(stored)
        if m is not None:
            args: dict[str, object] = {
                k: int(v) if k in _NUMBER_ARGS and v.isdigit() else v
                for k, v in m.groupdict().items()
            }
            if Text(template, args) == stored:
                return Text(template, args)
    return stored


def note_parts(stored: str) -> list[tuple[str | None, str]]:
    """A note of months not paid as (month, reason) pairs, the reasons read by ``reason_text``;
    a note of another shape as one part with no month."""
    parts: list[tuple[str | None, str]] = []
    for chunk in stored.split(NOTE_SEPARATOR):
        month, sep, why = chunk.partition(NOTE_MONTH_SEPARATOR)
        if not sep or not _MONTH.fullmatch(month):
            return [(None, reason_text(stored))]
        parts.append((month, reason_text(why)))
    return parts
