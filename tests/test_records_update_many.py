"""``records.update_many``: what ``update`` does row by row, in a few statements."""

from __future__ import annotations

import json

import pytest

from swdesk.store import records, villages
from swdesk.store.db import Store
from swdesk.store.errors import NotFound


def _audits(store: Store, row_id: str) -> list[tuple[str, dict[str, object], dict[str, object]]]:
    return [
        (r["action"], json.loads(r["old"]), json.loads(r["new"]))
        for r in store.query(
            "SELECT action, old, new FROM audit_log WHERE row_id = ? AND action = 'update' "
            "ORDER BY seq",
            (row_id,),
        )
    ]


def test_real_changes_are_written_with_version_rev_and_audit(store: Store) -> None:
    a, b, c = (v["id"] for v in villages.list_all(store)[:3])
    before = {r: records.get(store, "villages", r) for r in (a, b, c)}
    rev = int(store.meta("rev") or 0)
    flipped = "rural" if before[c]["kind"] == "urban" else "urban"
    changed = records.update_many(
        store,
        "villages",
        [(a, {"name": "甲社区"}), (b, {"name": before[b]["name"]}), (c, {"kind": flipped})],
        reason="批量",
    )
    assert changed == 2
    assert records.get(store, "villages", c)["kind"] == flipped
    after_a = records.get(store, "villages", a)
    assert after_a["name"] == "甲社区" and after_a["version"] == before[a]["version"] + 1
    assert after_a["rev"] == rev + 1 and after_a["updated_at"] >= before[a]["updated_at"]
    assert records.get(store, "villages", b) == before[b]  # nothing really changed: untouched
    assert _audits(store, b) == []
    assert _audits(store, a) == [
        (
            "update",
            {"name": before[a]["name"], "version": before[a]["version"]},
            {"name": "甲社区", "version": before[a]["version"] + 1},
        )
    ]


def test_a_row_named_twice_is_written_once_with_its_last_values(store: Store) -> None:
    a = villages.list_all(store)[0]["id"]
    version = records.get(store, "villages", a)["version"]
    assert records.update_many(store, "villages", [(a, {"name": "乙"}), (a, {"name": "丙"})]) == 1
    row = records.get(store, "villages", a)
    assert row["name"] == "丙" and row["version"] == version + 1


def test_an_unknown_row_refuses_the_whole_batch(store: Store) -> None:
    a = villages.list_all(store)[0]["id"]
    before = records.get(store, "villages", a)
    rev = store.meta("rev")
    with pytest.raises(NotFound):
        records.update_many(store, "villages", [(a, {"name": "丁"}), ("no-such-id", {"name": "x"})])
    assert records.get(store, "villages", a) == before
    assert store.meta("rev") == rev


def test_nothing_to_change_writes_nothing(store: Store) -> None:
    rev = store.meta("rev")
    assert records.update_many(store, "villages", []) == 0
    assert store.meta("rev") == rev
