"""Dates as rosters really hold them: Excel dates, ``1985.03``, ``1985-3-1``, ``1985年3月``."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg

_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_MAX_SERIAL = 2958466  # 9999-12-31 is serial 2958465
# Patterns as text, compiled by ``re`` (and kept in its cache) when first used: compiling them
# all at import was ~1 ms of every start of the window, which parses no date before it paints.
_YMD = r"^(\d{4})\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2})\s*日?)?\s*月?$"
_COMPACT = r"^(\d{4})(\d{2})(\d{2})?$"
# "1985-03-01 00:00:00" or "1985-03-01T00:00": a date that went through text with its time.
_TIME_TAIL = r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$"
# Whole numbers that are years (1985), not Excel serials (serial 1985 is 1905-06-07).
_YEARS = range(1900, 2101)
# Every date swdesk accepts (births, certificates, training, exams, moves, payments) lies in
# 1900-01-01 … 2100-12-31, the range of the year numbers above and of the date editors: everyone
# on a roster was born after 1900 (an 18-digit ID number's birth year is 19xx or 20xx), nothing
# is planned past 2100 (registrations run 3 years, continuing-education periods 5), and Excel's
# own dates start in 1900. A year 1 or 9999 is a slip of the keyboard, and would sort, print and
# count periods wrongly everywhere it went.
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)
_ISO = r"^\d{4}-\d{2}-\d{2}$"


def parse_loose_date(raw: object, field: str | None = None) -> date | None:
    """Return a date, None for an empty cell, or raise RuleError naming the value.

    A month without a day (``1985.03``, ``1985年3月``) means the first of that month: rosters
    record the month a certificate was obtained more often than the day.
    """
    if raw is None:
        return None
    if isinstance(raw, datetime):
        return in_range(raw.date(), field)
    if isinstance(raw, date):
        return in_range(raw, field)
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return in_range(_from_number(raw, field), field)
    s = unicodedata.normalize("NFKC", str(raw)).strip()
    if not s:
        return None
    return in_range(_from_text(re.sub(_TIME_TAIL, "", s), s, field), field)


def in_range(d: date, field: str | None = None) -> date:
    """``d`` if it lies in ``EARLIEST`` … ``LATEST``, else a RuleError saying so."""
    if not EARLIEST <= d <= LATEST:
        raise RuleError(
            msg(
                "日期“{value}”不在 {first} 到 {last} 之间，请核对年份（是不是多打或少打了一位）。",
                value=d.isoformat(),
                first=EARLIEST.isoformat(),
                last=LATEST.isoformat(),
            ),
            field,
        )
    return d


def parse_iso_date(raw: str, field: str | None = None) -> date:
    """A date typed as ``YYYY-MM-DD`` (a command-line argument, a typed-in box) and nothing
    else: Python's own reader also takes ``2025-W10-1`` (a week date) and ``20250301``, which
    nobody here means to type."""
    s = unicodedata.normalize("NFKC", raw).strip()
    if not re.match(_ISO, s):
        raise RuleError(
            msg("日期“{value}”不对，请写成 YYYY-MM-DD（年-月-日），例如 2024-03-01。", value=raw),
            field,
        )
    try:
        d = date.fromisoformat(s)
    except ValueError:
        raise RuleError(
            msg("日期“{value}”不存在，请核对（写成 YYYY-MM-DD，例如 2024-03-01）。", value=raw),
            field,
        ) from None
    return in_range(d, field)


def _from_text(s: str, shown: str, field: str | None) -> date:
    m = re.match(_YMD, s) or re.match(_COMPACT, s)
    if not m:
        raise RuleError(
            msg("日期“{value}”看不懂，请写成 1985-03-01 或 1985年3月 的样子。", value=shown), field
        )
    year, month = int(m.group(1)), int(m.group(2))
    day = int(m.group(3)) if m.group(3) else 1
    try:
        return date(year, month, day)
    except ValueError:
        raise RuleError(msg("日期“{value}”不存在，请核对。", value=shown), field) from None


def _from_number(raw: int | float, field: str | None) -> date:
    """A number cell: an Excel serial, or what Excel made of ``1985.03`` / ``19850301`` typed in.

    Typing ``1985.03`` into Excel stores the number 1985.03; read as a serial it would silently
    become 1905-06-07, so numbers whose whole part is a plausible year are read as year.month.
    """
    if isinstance(raw, float) and not math.isfinite(raw):
        raise RuleError(msg("日期“{value}”看不懂，请写成 1985-03-01 的样子。", value=raw), field)
    whole = int(raw)
    if isinstance(raw, float) and not raw.is_integer():
        if whole in _YEARS:
            text = repr(raw)
            if text.endswith(".1"):
                raise RuleError(
                    msg(
                        "日期“{value}”分不清是{year}年1月还是10月（Excel 会把 {year}.10 存成 "
                        "{year}.1）。请写成 {year}-01 或 {year}-10。",
                        value=text,
                        year=whole,
                    ),
                    field,
                )
            return _from_text(text, text, field)
    elif whole in _YEARS:
        raise RuleError(
            msg("日期“{year}”只有年份，请写出月份，例如 {year}-03 或 {year}年3月。", year=whole),
            field,
        )
    elif 10_000_000 <= whole <= 99_999_999 or (190_001 <= whole <= 210_012):
        return _from_text(str(whole), str(whole), field)  # 19850301 or 198503 typed as a number
    if 1 <= raw < _EXCEL_MAX_SERIAL:
        return _EXCEL_EPOCH + timedelta(days=whole)
    raise RuleError(msg("日期“{value}”看不懂，请写成 1985-03-01 的样子。", value=raw), field)


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# A whole day as a clerk types it into a date box: 2025-05-05, 2025/5/5, 2025.5.5, 2025年5月5日
# or 20250505. Unlike ``parse_loose_date`` a month alone is not a day here.
_TYPED_YMD = r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$"
_TYPED_COMPACT = r"^(\d{4})(\d{2})(\d{2})$"


def parse_typed_day(raw: str) -> date | None:
    """The day ``raw`` names, or None when it is not (yet) a whole, real day in range."""
    s = unicodedata.normalize("NFKC", raw).strip()
    m = re.match(_TYPED_YMD, s) or re.match(_TYPED_COMPACT, s)
    if not m:
        return None
    try:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return d if EARLIEST <= d <= LATEST else None
