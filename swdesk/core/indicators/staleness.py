"""How many days without a package make a township's figures stale on the county's 指标 page.

A township that has not synced for longer than this is flagged and its figures marked as
possibly out of date; the county sets the number (its townships' sync rhythm), within bounds
that keep the flag meaningful: at least a day, at most a year.
"""

from __future__ import annotations

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg

STALE_DAYS_SETTING = "indicators.stale_days"
STALE_DAYS_DEFAULT = 30
STALE_DAYS_LEAST = 1
STALE_DAYS_MOST = 365


def check_stale_days(value: object) -> int:
    """``value`` as the setting stores it; ``RuleError`` naming the range when outside it."""
    try:
        number = int(str(value).strip())
    except ValueError:
        number = None
    if number is None or not STALE_DAYS_LEAST <= number <= STALE_DAYS_MOST:
        raise RuleError(
            msg(
                "乡镇数据过期天数应是 {least} 到 {most} 之间的整数，现在是“{value}”。",
                least=STALE_DAYS_LEAST,
                most=STALE_DAYS_MOST,
                value=value,
            ),
            STALE_DAYS_SETTING,
        )
    return number
