"""A worker's level as of a day is the highest certificate obtained by then, whatever order the
certificates were entered in (the read sorts them only when someone holds several)."""

from __future__ import annotations

from datetime import date

from indicator_town import build_town

from swdesk.store import Store, indicator_facts, workers


def _levels(store: Store, day: date) -> dict[str, str | None]:
    return {w.id: w.level for w in indicator_facts.workers(store, day, candidates=False)}


def test_a_lower_certificate_entered_later_does_not_hide_the_higher(store: Store) -> None:
    ids = build_town(store)
    # 丙三 holds 助理社会工作师 (2021); a 社工员 certificate from 2018 is entered after it.
    workers.add_certificate(store, ids["C"], {"level": "社工员", "obtained_date": "2018-05-01"})
    assert _levels(store, date(2023, 12, 31))[ids["C"]] == "助理社会工作师"
    # Before the higher one was obtained, the lower one is the level.
    assert _levels(store, date(2020, 12, 31))[ids["C"]] == "社工员"


def test_one_certificate_each_is_read_as_it_is(store: Store) -> None:
    ids = build_town(store)
    levels = _levels(store, date(2023, 12, 31))
    assert levels[ids["D"]] == "助理社会工作师"
    assert levels[ids["E"]] == "社工员"
