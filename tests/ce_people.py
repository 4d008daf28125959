"""People and events for the continuing-education GUI tests (shared by tests/test_ui_training*.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from swdesk.core import ce
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, training, workers

A2 = "助理社会工作师"
VILLAGE = "510104001001"
OTHER_VILLAGE = "510104001201"


def idn(n: int) -> str:
    return make_id_number("510104", date(1980 + n % 20, 1 + n % 12, 1 + n % 28), n)


def person(
    store: Store,
    n: int,
    name: str | None = None,
    level: str | None = A2,
    reg: date | None = date(2024, 3, 1),
    village: str = VILLAGE,
) -> str:
    certs = (
        [{"level": level, "obtained_date": reg.isoformat() if reg else "2020-01-01",
          "registration_date": reg.isoformat() if reg else None}]
        if level
        else []
    )  # fmt: skip
    return workers.create(
        store,
        {
            "name": name or f"测试{n:02d}",
            "id_number": idn(n),
            "village_code": village,
            "status": "在岗",
        },
        certs,
    )


def event(
    store: Store, title: str = "儿童保护专题培训", hours: float = 6, start: str = "2025-05-10"
) -> str:
    return training.add_event(store, {"title": title, "start_date": start, "hours": hours})


def records(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT worker_id, event_id, hours_credited FROM training_records WHERE deleted = 0"
    )


def window_opening_this_month(today: date) -> date:
    """A registration date whose current period's re-registration window opens this month."""
    reg = ce.add_months(ce.add_years(today, -3), 3)
    period = ce.Period(A2, reg, ce.add_years(reg, 3) - (date(2000, 1, 2) - date(2000, 1, 1)))
    opens = ce.window_opens(period, training.presets()["national"])
    assert (opens.year, opens.month) == (today.year, today.month), (reg, opens)
    return reg
