"""Dates as rosters really hold them: Excel dates, ``1985.03``, ``1985-3-1``, ``1985年3月``."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from swdesk.core.errors import RuleError

_EXCEL_EPOCH = date(1899, 12, 30)
_YMD = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2})\s*日?)?\s*月?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})?$")


def parse_loose_date(raw: object, field: str | None = None) -> date | None:
    """Return a date, None for an empty cell, or raise RuleError naming the value.

    A month without a day (``1985.03``, ``1985年3月``) means the first of that month: rosters
    record the month a certificate was obtained more often than the day.
    """
    if raw is None:
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if 1 <= raw < 2958466:  # Excel serial day numbers up to 9999-12-31
            return _EXCEL_EPOCH + timedelta(days=int(raw))
        raise RuleError(f"日期“{raw}”看不懂，请写成 1985-03-01 的样子。", field)
    s = str(raw).strip()
    if not s:
        return None
    m = _YMD.match(s) or _COMPACT.match(s)
    if not m:
        raise RuleError(f"日期“{s}”看不懂，请写成 1985-03-01 或 1985年3月 的样子。", field)
    year, month = int(m.group(1)), int(m.group(2))
    day = int(m.group(3)) if m.group(3) else 1
    try:
        return date(year, month, day)
    except ValueError:
        raise RuleError(f"日期“{s}”不存在，请核对。", field) from None


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
