"""The indicator report holds Python's cycle collector while it counts, and leaves it as it
found it (on or off), whether the report is built or fails."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from indicator_town import END_2024, build_town

from swdesk.services import indicators
from swdesk.store import Store


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def _spy_facts(monkeypatch: pytest.MonkeyPatch, seen: list[bool], fail: bool = False) -> None:
    real = indicators.indicator_facts.facts

    def facts(store: Store, at: date) -> Any:
        seen.append(gc.isenabled())
        if fail:
            raise OSError("磁盘读取失败")
        return real(store, at)

    monkeypatch.setattr(indicators.indicator_facts, "facts", facts)


def test_off_while_counting_and_on_again_after(
    store: Store, monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    build_town(store)
    seen: list[bool] = []
    _spy_facts(monkeypatch, seen)
    gc.enable()
    report = indicators.build_report(store, END_2024)
    assert seen == [False]
    assert gc.isenabled()
    assert report.results


def test_left_off_when_it_was_off(
    store: Store, monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    build_town(store)
    seen: list[bool] = []
    _spy_facts(monkeypatch, seen)
    gc.disable()
    indicators.build_report(store, END_2024)
    assert seen == [False]
    assert not gc.isenabled()


def test_on_again_when_the_report_fails(
    store: Store, monkeypatch: pytest.MonkeyPatch, collector_restored: None
) -> None:
    build_town(store)
    seen: list[bool] = []
    _spy_facts(monkeypatch, seen, fail=True)
    gc.enable()
    with pytest.raises(OSError):
        indicators.build_report(store, END_2024)
    assert seen == [False]
    assert gc.isenabled()


def test_levels_over_time_and_village_counts_restore_it(
    store: Store, collector_restored: None
) -> None:
    build_town(store)
    gc.enable()
    assert indicators.build_report(store, END_2024, history_years=2).levels_by_year
    assert gc.isenabled()
    assert indicators.certified_by_village(store, END_2024)
    assert gc.isenabled()
