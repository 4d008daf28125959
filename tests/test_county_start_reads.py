"""What a county's start reads before its worker list paints (bench/bench_county.py times it
on 30 townships' 90,000 people and 360 villages).

The first screen shows the 乡镇 filter (all townships) and a closed village filter reading
全部村（社区）; the villages' 「乡镇 / 村名」 entries are read, labelled and added once the
list has painted, and the list's village column reads two columns of the villages, not whole
rows. A township's window still fills its village filter before its paint.
"""

from __future__ import annotations

from typing import Any

import pytest
from county_townships import fill
from pytestqt.qtbot import QtBot
from sync_fixtures import World
from ui_helpers import shown

from swdesk.store import county_views, villages
from swdesk.ui.main_window import MainWindow


@pytest.fixture
def county(world: World) -> World:
    return fill(world)


def combo_items(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def village_reads(statements: list[str]) -> list[str]:
    return [s for s in statements if "villages" in s]


def test_a_county_paints_its_township_filter_and_reads_its_villages_after(
    qtbot: QtBot, county: World
) -> None:
    store = county.county
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        at_paint: dict[str, Any] = {}
        win = MainWindow(store)
        bar = win.workers_page.filter_bar

        def painted() -> None:
            at_paint["reads"] = village_reads(statements)
            at_paint["villages"] = combo_items(bar.village)
            at_paint["townships"] = combo_items(bar.township)
            at_paint["township shown"] = bar.township.isVisible()
            at_paint["rows"] = win.workers_page.model.rowCount()

        win.firstPainted.connect(painted)
        with qtbot.waitSignal(win.workers_page.setupFinished, timeout=5000):
            shown(qtbot, win)
    finally:
        store.conn.set_trace_callback(None)
    assert at_paint == {
        # The village column's names: code and name of every village, nothing else.
        "reads": ["SELECT code, name FROM villages"],
        "villages": ["全部村（社区）"],
        "townships": ["全部乡镇（街道）", "甲镇", "乙镇"],
        "township shown": True,
        "rows": 5,
    }
    # Once painted, the village filter offers every township's villages, labelled.
    labels = [r["label"] for r in county_views.village_choices(store)]
    assert "甲镇 / 前进村" in labels and "乙镇 / 前进村" in labels
    assert combo_items(bar.village) == ["全部村（社区）", *labels]
    assert combo_items(bar.township) == ["全部乡镇（街道）", "甲镇", "乙镇"]


def test_a_township_fills_its_village_filter_before_its_paint(qtbot: QtBot, county: World) -> None:
    store = county.a
    at_paint: list[list[str]] = []
    win = MainWindow(store)
    bar = win.workers_page.filter_bar
    win.firstPainted.connect(lambda: at_paint.append(combo_items(bar.village)))
    with qtbot.waitSignal(win.firstPainted, timeout=5000):
        shown(qtbot, win)
    assert at_paint == [["全部村（社区）", *(r["name"] for r in villages.list_all(store))]]
    assert not bar.township.isVisible()


def test_the_village_names_are_every_village_s_removed_ones_too(county: World) -> None:
    store = county.a
    villages.add(store, f"{store.unit_code}299", "新村", "rural")
    rows = villages.list_all(store)
    gone = next(r for r in rows if r["name"] == "新村")
    villages.remove(store, gone["id"])  # no one works there
    names = villages.names_by_code(store)
    assert names == {r["code"]: r["name"] for r in rows}
    assert gone["code"] in names and not villages.exists(store, gone["code"])
