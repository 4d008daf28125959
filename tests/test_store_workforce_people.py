"""Worker roles, village reference figures, and the history of post type and domains."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from swdesk.core import enums
from swdesk.core import workforce as wf
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, village_figures, worker_roles, workers

VILLAGE = "510104001201"


def _person(store: Store, **fields: object) -> str:
    raw = {"name": "张三", "id_number": make_id_number("510104", date(1985, 3, 15), 11)}
    raw.update(fields)
    return workers.create(store, raw)


def _village_id(store: Store, code: str = VILLAGE) -> str:
    return str(store.scalar("SELECT id FROM villages WHERE code = ?", (code,)))


def _state(store: Store) -> list[Any]:
    return [
        store.query(f"SELECT * FROM {t} ORDER BY rowid")
        for t in ("villages", "worker_roles", "audit_log")
    ]


def test_roles_begin_and_end_so_they_are_known_as_of_a_day(store: Store) -> None:
    w = _person(store)
    worker_roles.set_current(
        store, w, [wf.ROLE_CHILDREN_DIRECTOR, wf.ROLE_STAFFED_CADRE], date(2023, 1, 1)
    )
    assert worker_roles.current(store, w) == [wf.ROLE_STAFFED_CADRE, wf.ROLE_CHILDREN_DIRECTOR]
    assert worker_roles.set_current(store, w, [wf.ROLE_STAFFED_CADRE], date(2024, 1, 1))
    rows = {r["role"]: (r["since"], r["until"]) for r in worker_roles.of_worker(store, w)}
    assert rows == {
        wf.ROLE_STAFFED_CADRE: ("2023-01-01", None),
        wf.ROLE_CHILDREN_DIRECTOR: ("2023-01-01", "2024-01-01"),
    }
    assert worker_roles.worker_ids_with_role(store, wf.ROLE_STAFFED_CADRE) == {w}
    assert worker_roles.worker_ids_with_role(store, wf.ROLE_CHILDREN_DIRECTOR) == set()
    assert worker_roles.set_current(store, w, [wf.ROLE_STAFFED_CADRE]) is False


def test_role_refusals_say_why_and_change_nothing(store: Store) -> None:
    w = _person(store)
    worker_roles.add(store, w, wf.ROLE_PARTY_SECRETARY, date(2023, 1, 1))
    rid = worker_roles.of_worker(store, w)[0]["id"]
    for call, says in [
        (lambda: worker_roles.add(store, w, enums.POST_STATION_WORKER), "不在可选范围内"),
        (lambda: worker_roles.add(store, w, wf.ROLE_PARTY_SECRETARY), "已经担任"),
        (lambda: worker_roles.end(store, rid, date(2022, 12, 31)), "早于担任日期"),
        (lambda: worker_roles.set_current(store, w, ["村长"]), "不在可选范围内"),
    ]:
        before = _state(store)
        with pytest.raises(RuleError, match=says):
            call()
        assert _state(store) == before, says


def test_reference_figures_are_whole_numbers_zero_or_more(store: Store) -> None:
    vid = _village_id(store)
    assert village_figures.set_figures(
        store,
        vid,
        {"registered_population": "3,200", "resident_population": 4100.0, "elderly_population": 0},
    )
    row = store.query("SELECT * FROM villages WHERE id = ?", (vid,))[0]
    # 常住 above 户籍 is allowed: people move in
    assert (row["registered_population"], row["resident_population"]) == (3200, 4100)
    assert (row["elderly_population"], row["supported_elderly"]) == (0, None)
    village_figures.set_figures(store, vid, {"elderly_population": ""})
    assert store.scalar("SELECT elderly_population FROM villages WHERE id = ?", (vid,)) is None


@pytest.mark.parametrize(
    ("value", "says"),
    [(-1, "不能是负数"), ("12.5", "不是整数"), ("很多", "不是整数"), (True, "要填人数")],
)
def test_a_bad_figure_is_refused_and_nothing_changes(store: Store, value: Any, says: str) -> None:
    vid = _village_id(store)
    before = _state(store)
    with pytest.raises(FieldErrors) as e:
        village_figures.set_figures(
            store, vid, {"registered_population": 100, "supported_elderly": value}
        )
    assert says in e.value.errors["supported_elderly"]
    assert "供养老人数" in e.value.errors["supported_elderly"]
    assert _state(store) == before


def test_figures_by_code_check_every_row_before_writing_any(store: Store) -> None:
    before = _state(store)
    with pytest.raises(RuleError, match="第 2 行：村（社区）代码“510104001999”还没有登记"):
        village_figures.set_by_code(
            store,
            [(VILLAGE, {"registered_population": 10}), ("510104001999", {"elderly_population": 1})],
        )
    assert _state(store) == before
    assert village_figures.set_by_code(store, [(VILLAGE, {"registered_population": 10})]) == 1


def test_post_type_and_domains_changes_are_recorded_in_history(store: Store) -> None:
    w = _person(store, post_type=enums.POST_COMMUNITY_WORKER, domains=["老年"])
    base = workers.get(store, w)
    raw = {k: base[k] for k in ("name", "id_number")}
    workers.update(
        store,
        w,
        {**raw, "post_type": enums.POST_STATION_WORKER, "domains": ["社会救助", "老年"]},
        on_date="2024-03-01",
    )
    rows = store.query(
        "SELECT kind, old_value, new_value, on_date FROM worker_history WHERE worker_id = ? "
        "ORDER BY kind",
        (w,),
    )
    assert rows == [
        {
            "kind": wf.HISTORY_DOMAINS,
            "old_value": json.dumps(["老年"], ensure_ascii=False),
            "new_value": json.dumps(["老年", "社会救助"], ensure_ascii=False),
            "on_date": "2024-03-01",
        },
        {
            "kind": wf.HISTORY_POST_TYPE,
            "old_value": enums.POST_COMMUNITY_WORKER,
            "new_value": enums.POST_STATION_WORKER,
            "on_date": "2024-03-01",
        },
    ]
    # the same domains in another order are no change; the file's moves stay village/status
    workers.update(
        store, w, {**raw, "post_type": enums.POST_STATION_WORKER, "domains": ["老年", "社会救助"]}
    )
    assert store.scalar("SELECT count(*) FROM worker_history WHERE worker_id = ?", (w,)) == 2
    assert workers.get(store, w)["moves"] == []
