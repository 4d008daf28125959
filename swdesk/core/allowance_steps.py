"""When a payroll run's steps may be dated: the day the money went out (已发放).

The paid date goes on the run the county sums and on the file's audit trail, so a date typed
wrong is refused rather than kept: money is paid after the run was approved (公示 and 审核
come first, as the run's states say) and not on a day that has not come yet.
"""

from __future__ import annotations

from datetime import date

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg


def approval_day(approved_at: str | None) -> date | None:
    """The day of a run's ``approved_at`` timestamp (None when it has none or it is unreadable)."""
    if not approved_at:
        return None
    try:
        return date.fromisoformat(str(approved_at)[:10])
    except ValueError:
        return None


def check_paid_date(on: date, approved: date | None, today: date) -> None:
    """Refuse a paid date before the approval day or after today (both days themselves allowed)."""
    if on > today:
        raise RuleError(
            msg(
                "发放日期 {day} 还没到（今天是 {today}）：请在发放之后登记实际发放的日期。",
                day=on.isoformat(),
                today=today.isoformat(),
            )
        )
    if approved is not None and on < approved:
        raise RuleError(
            msg(
                "发放日期 {day} 早于发放表的审核日期 {approved}：审核通过后才能发放，请核对日期。",
                day=on.isoformat(),
                approved=approved.isoformat(),
            )
        )
