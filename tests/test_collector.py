"""The cycle collector is held while whole-file lists are built, and always left as found."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_allowance_runs import make_file

from swdesk.store import allowances as store_al
from swdesk.store import open_store
from swdesk.store.collector import collector_paused


@pytest.fixture
def collector_on() -> Any:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_waits_inside_and_runs_again_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_inside_another_does_not_turn_the_collector_on_early(
    collector_on: None,
) -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failure_inside_still_restores_the_collector(collector_on: None) -> None:
    with pytest.raises(ZeroDivisionError), collector_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_a_collector_left_off_by_the_caller_stays_off(collector_on: None) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_allowance_run_builds_everyones_facts_with_the_collector_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_on: None
) -> None:
    seen: list[bool] = []
    real = store_al.facts_for

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(store_al, "facts_for", watched)
    with open_store(make_file(tmp_path / "t.db"), daily_backup=False) as store:
        rows = store_al.compute_lines(store, None, [date(2026, 1, 1)], store_al.rules(store))
    assert rows and seen == [False]
    assert gc.isenabled()


def test_a_roster_import_reads_and_writes_with_the_collector_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_on: None
) -> None:
    from swdesk.services import demo, roster
    from swdesk.store import villages, workers
    from swdesk.store.unit import initialize

    with open_store(tmp_path / "from.db") as source:
        initialize(source, "township", "510104001", "测试街道")
        demo.fill(source, 20, seed=3)
        out = tmp_path / "r.xlsx"
        roster.export_roster(source, out)
        village_rows = villages.list_all(source)
    seen: dict[str, list[bool]] = {"plan": [], "write": []}
    real_plan, real_write = roster.plan_rows, workers.insert_clean

    def watched_plan(*args: Any, **kwargs: Any) -> Any:
        seen["plan"].append(gc.isenabled())
        return real_plan(*args, **kwargs)

    def watched_write(*args: Any, **kwargs: Any) -> Any:
        seen["write"].append(gc.isenabled())
        return real_write(*args, **kwargs)

    monkeypatch.setattr(roster, "plan_rows", watched_plan)
    monkeypatch.setattr(workers, "insert_clean", watched_write)
    with open_store(tmp_path / "to.db") as store:
        initialize(store, "township", "510104001", "测试街道")
        for v in village_rows:
            villages.add(store, v["code"], v["name"], v["kind"])
        result = roster.apply_import(store, roster.plan_import(store, out))
    assert result.added == 20
    assert seen["plan"] == [False] and seen["write"] and not any(seen["write"])
    assert gc.isenabled()  # and on again once the import is done
