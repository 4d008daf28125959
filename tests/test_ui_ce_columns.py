"""学时达标 shows this period's progress and the previous period's shortfall apart, each in its
own colour, and the status names the period that decides it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from ce_people import person
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from swdesk.core import ce
from swdesk.store import Store, training
from swdesk.store.training import presets
from swdesk.ui.compliance_view import COLUMN_KEYS
from swdesk.ui.training_page import TrainingPage

TODAY = date.today()
RED = QColor("#F4B6B6")  # 未达标's fill (the Excel export's)
GREEN = QColor("#C6EFCE")

pytestmark = pytest.mark.usefixtures("clean_qsettings")


def hours(store: Store, worker: str, on: date, n: float) -> None:
    training.add_record(store, worker, {"title": "培训", "end_date": on.isoformat(), "hours": n})


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> TrainingPage:
    # 30 days into the second period; the first one (3 years) ended owing hours.
    reg = ce.add_years(TODAY, -3) - timedelta(days=30)
    behind = person(store, 1, "甲欠上期", reg=reg)
    hours(store, behind, TODAY - timedelta(days=100), 60)  # previous period: 60 of 72
    hours(store, behind, TODAY, 71)  # this period: 71 of 72
    done = person(store, 2, "乙都够", reg=reg)
    hours(store, done, TODAY - timedelta(days=100), 72)
    hours(store, done, TODAY, 72)
    p = TrainingPage(store)
    qtbot.addWidget(p)
    p.resize(1300, 700)
    p.show()
    qtbot.waitExposed(p)
    p.tabs.setCurrentIndex(1)
    return p


def cell(p: TrainingPage, name: str, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    model = p.compliance.model
    names = [model.index(r, COLUMN_KEYS.index("name")).data() for r in range(model.rowCount())]
    return model.index(names.index(name), COLUMN_KEYS.index(key)).data(role)


def test_previous_shortfall_is_its_own_column_and_names_the_period(page: TrainingPage) -> None:
    assert cell(page, "甲欠上期", "current") == "71/72"
    assert cell(page, "甲欠上期", "previous") == "差 12"
    assert cell(page, "甲欠上期", "status") == "上期未达标"
    background = Qt.ItemDataRole.BackgroundRole
    # this period is on its way (no fill); the shortfall and the status are red
    assert cell(page, "甲欠上期", "current", background) is None
    assert cell(page, "甲欠上期", "previous", background) == RED
    assert cell(page, "甲欠上期", "status", background) == RED


def test_nothing_owed_leaves_the_shortfall_column_empty(page: TrainingPage) -> None:
    background = Qt.ItemDataRole.BackgroundRole
    assert cell(page, "乙都够", "current") == "72/72"
    assert cell(page, "乙都够", "previous") == ""
    assert cell(page, "乙都够", "previous", background) is None
    assert cell(page, "乙都够", "current", background) == GREEN
    assert cell(page, "乙都够", "status") == "本期已达标"


def test_headers_carry_the_unit(page: TrainingPage) -> None:
    model = page.compliance.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMN_KEYS))]
    assert "本期进度（学时）" in headers and "上期欠缺（学时）" in headers


def test_core_keeps_this_periods_own_state_under_an_overdue_status() -> None:
    settings = presets()["national"]
    start = TODAY - timedelta(days=30)
    cur = ce.Period("助理社会工作师", start, ce.add_years(start, 3) - timedelta(days=1))
    prev = ce.Period("助理社会工作师", ce.add_years(start, -3), start - timedelta(days=1))
    owing = ce.standing_from(settings, TODAY, cur, prev, 71, 60)
    assert (owing.status, owing.current_status) == (ce.STATUS_OVERDUE, ce.STATUS_ON_TRACK)
    square = ce.standing_from(settings, TODAY, cur, prev, 71, 72)
    assert (square.status, square.current_status) == (ce.STATUS_ON_TRACK, ce.STATUS_ON_TRACK)
