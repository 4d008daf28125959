"""``training.list_events`` filters: the year an event starts in, and a search fragment."""

from __future__ import annotations

from ce_people import event

from swdesk.store import Store, training


def titles(rows: list[dict[str, object]]) -> list[object]:
    return [r["title"] for r in rows]


def test_year_is_the_start_year_and_years_are_newest_first(store: Store) -> None:
    event(store, "跨年培训", start="2024-12-31")
    event(store, "新年培训", start="2025-01-01")
    gone = event(store, "已删除培训", start="2022-05-05")
    training.delete_event(store, gone)
    assert training.event_years(store) == [2025, 2024]
    assert titles(training.list_events(store, 2024)) == ["跨年培训"]
    assert titles(training.list_events(store, 2025)) == ["新年培训"]
    assert training.list_events(store, 2022) == []
    assert titles(training.list_events(store)) == ["新年培训", "跨年培训"]


def test_search_is_a_plain_fragment(store: Store) -> None:
    event(store, "A_B 100% 培训")
    event(store, "AXB 1000 培训")
    assert titles(training.list_events(store, search="a_b")) == ["A_B 100% 培训"]
    assert titles(training.list_events(store, search="0%")) == ["A_B 100% 培训"]
    assert titles(training.list_events(store, search="  axb ")) == ["AXB 1000 培训"]
    assert len(training.list_events(store, search="")) == 2
