"""Sync-ready rows and the audit log: UUID keys, UTC timestamps, origin, rising version and rev,
tombstones instead of deletes, and an old → new entry for every change."""

from __future__ import annotations

import re
import uuid
from datetime import date
from typing import Any

import pytest

from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, records, villages, workers
from swdesk.store.unit import initialize

SYNCED_TABLES = ("villages", "workers", "certificates", "worker_history")
UTC_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
V1, V2 = "510104001001", "510104001002"
ID1 = make_id_number("510104", date(1985, 3, 15), 121)


def raw(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"name": "张三", "id_number": ID1, "village_code": V1}
    base.update(over)
    return base


def audit(store: Store, table: str | None = None) -> list[dict[str, Any]]:
    where = "WHERE table_name = ?" if table else ""
    rows = store.query(f"SELECT * FROM audit_log {where} ORDER BY seq", (table,) if table else ())
    return rows


def row(store: Store, table: str, row_id: str) -> dict[str, Any]:
    return records.get(store, table, row_id)


def test_every_synced_table_has_the_sync_columns(store: Store) -> None:
    for table in SYNCED_TABLES:
        cols = {r["name"]: r for r in store.query(f"PRAGMA table_info({table})")}
        for c in records.SYNC_COLUMNS:
            assert c in cols, (table, c)
        assert cols["id"]["pk"] == 1
        assert cols["version"]["notnull"] == 1 and cols["deleted"]["notnull"] == 1


def test_sync_columns_filled_on_insert_in_every_table(store: Store) -> None:
    wid = workers.create(store, raw(), [{"level": "初级"}])
    workers.update(store, wid, raw(village_code=V2))
    for table in SYNCED_TABLES:
        rows = store.query(f"SELECT * FROM {table}")
        assert rows, table
        for r in rows:
            assert str(uuid.UUID(r["id"])) == r["id"]
            assert UTC_ISO.match(r["created_at"]), r["created_at"]
            assert UTC_ISO.match(r["updated_at"]), r["updated_at"]
            assert r["updated_at"] >= r["created_at"]
            assert r["origin"] == "510104001"
            assert r["version"] >= 1
            assert r["deleted"] == 0
            assert r["rev"] >= 1


def test_insert_writes_an_audit_entry(store: Store) -> None:
    store.operator = "王干事"
    n = len(audit(store))
    wid = workers.create(store, raw(), [{"level": "中级", "cert_number": "C1"}])
    entries = audit(store)[n:]
    by_table = {e["table_name"]: e for e in entries}
    assert set(by_table) == {"workers", "certificates"}
    w = by_table["workers"]
    assert w["row_id"] == wid and w["action"] == "insert" and w["operator"] == "王干事"
    assert UTC_ISO.match(w["at"])
    hist = store.history("workers", [wid])
    assert len(hist) == 1
    assert hist[0]["old"] is None
    assert hist[0]["new"]["name"] == "张三" and hist[0]["new"]["id_number"] == ID1
    assert hist[0]["new"]["version"] == 1
    cert = store.history("certificates", [by_table["certificates"]["row_id"]])[0]
    assert cert["new"]["cert_number"] == "C1" and cert["new"]["worker_id"] == wid


def test_update_audits_old_and_new_of_what_changed(store: Store) -> None:
    wid = workers.create(store, raw(phone="13800138000"))
    store.operator = "李干事"
    assert workers.update(store, wid, raw(phone="13900139000", notes="调岗"))
    entry = store.history("workers", [wid])[-1]
    assert entry["action"] == "update" and entry["operator"] == "李干事"
    assert entry["old"] == {"phone": "13800138000", "notes": None, "version": 1}
    assert entry["new"] == {"phone": "13900139000", "notes": "调岗", "version": 2}


def test_update_that_changes_nothing_writes_nothing(store: Store) -> None:
    wid = workers.create(store, raw(domains="老年、家庭", phone="13800138000"))
    before = row(store, "workers", wid)
    n = len(audit(store))
    rev = store.meta("rev")
    # the same values, written differently
    assert not workers.update(
        store, wid, raw(domains="老年,家庭", phone="138 0013 8000", id_number=ID1.lower())
    )
    assert len(audit(store)) == n
    after = row(store, "workers", wid)
    assert after == before
    assert store.meta("rev") == rev


def test_version_rises_by_one_on_each_change(store: Store) -> None:
    wid = workers.create(store, raw())
    versions = [row(store, "workers", wid)["version"]]
    workers.update(store, wid, raw(name="张三丰"))
    versions.append(row(store, "workers", wid)["version"])
    workers.update(store, wid, raw(name="张三丰"))  # no change
    versions.append(row(store, "workers", wid)["version"])
    workers.delete(store, wid)
    versions.append(row(store, "workers", wid)["version"])
    workers.restore(store, wid)
    versions.append(row(store, "workers", wid)["version"])
    assert versions == [1, 2, 2, 3, 4]
    assert [h["new"]["version"] for h in store.history("workers", [wid])] == [1, 2, 3, 4]
    assert [h["action"] for h in store.history("workers", [wid])] == [
        "insert",
        "update",
        "delete",
        "restore",
    ]


def test_updated_at_moves_created_at_stays(store: Store) -> None:
    wid = workers.create(store, raw())
    first = row(store, "workers", wid)
    workers.update(store, wid, raw(name="张三丰"))
    second = row(store, "workers", wid)
    assert second["created_at"] == first["created_at"]
    assert second["updated_at"] > first["updated_at"]


def test_soft_delete_keeps_the_row(store: Store) -> None:
    wid = workers.create(store, raw(), [{"level": "初级"}])
    workers.delete(store, wid, reason="重复录入")
    r = row(store, "workers", wid)
    assert r["deleted"] == 1 and r["name"] == "张三"
    assert store.scalar("SELECT count(*) FROM workers") == 1
    entry = store.history("workers", [wid])[-1]
    assert entry["action"] == "delete" and entry["reason"] == "重复录入"
    assert entry["old"] == {"deleted": 0, "version": 1}
    assert entry["new"] == {"deleted": 1, "version": 2}
    # its certificates stay as they were; the row can come back
    assert store.scalar("SELECT count(*) FROM certificates WHERE worker_id = ?", (wid,)) == 1
    workers.restore(store, wid)
    assert row(store, "workers", wid)["deleted"] == 0
    assert store.history("workers", [wid])[-1]["new"] == {"deleted": 0, "version": 3}


def test_certificate_delete_is_a_tombstone(store: Store) -> None:
    wid = workers.create(store, raw())
    cid = workers.add_certificate(store, wid, {"level": "初级"})
    workers.delete_certificate(store, cid)
    assert row(store, "certificates", cid)["deleted"] == 1
    assert [h["action"] for h in store.history("certificates", [cid])] == ["insert", "delete"]


def test_village_changes_audited_and_tombstoned(store: Store) -> None:
    vid = villages.add(store, "510104001203", "白果村", "rural")
    assert villages.edit(store, vid, "白果村村委", "rural")
    assert not villages.edit(store, vid, "白果村村委", "rural")
    villages.remove(store, vid)
    assert row(store, "villages", vid)["deleted"] == 1
    assert not villages.exists(store, "510104001203")
    # adding the code again brings the same row back rather than a second one
    assert villages.add(store, "510104001203", "白果村", "rural") == vid
    r = row(store, "villages", vid)
    assert r["deleted"] == 0 and r["name"] == "白果村" and r["version"] == 5
    assert [h["action"] for h in store.history("villages", [vid])] == [
        "insert",
        "update",
        "delete",
        "restore",
        "update",
    ]


def test_village_in_use_cannot_be_removed(store: Store) -> None:
    workers.create(store, raw())
    vid = next(v["id"] for v in villages.list_all(store) if v["code"] == V1)
    n = len(audit(store))
    with pytest.raises(RuleError) as info:
        villages.remove(store, vid)
    assert "1 名社工" in str(info.value)
    assert row(store, "villages", vid)["deleted"] == 0
    assert len(audit(store)) == n


def test_move_writes_history_row_with_sync_columns_and_audit(store: Store) -> None:
    wid = workers.create(store, raw())
    workers.update(store, wid, raw(village_code=V2), on_date="2024-01-15")
    hist = store.query("SELECT * FROM worker_history WHERE worker_id = ?", (wid,))
    assert len(hist) == 1
    h = hist[0]
    assert (h["kind"], h["old_value"], h["new_value"], h["on_date"]) == (
        "village",
        V1,
        V2,
        "2024-01-15",
    )
    assert h["origin"] == "510104001" and h["version"] == 1
    assert store.history("worker_history", [h["id"]])[0]["action"] == "insert"


def test_rev_rises_monotonically(store: Store) -> None:
    def rev_of(table: str, rid: str) -> int:
        return int(row(store, table, rid)["rev"])

    revs: list[int] = []
    wid = workers.create(store, raw())
    revs.append(rev_of("workers", wid))
    cid = workers.add_certificate(store, wid, {"level": "初级"})
    revs.append(rev_of("certificates", cid))
    workers.update(store, wid, raw(name="张三丰"))
    revs.append(rev_of("workers", wid))
    workers.update(store, wid, raw(name="张三丰", village_code=V2))
    hid = store.scalar("SELECT id FROM worker_history WHERE worker_id = ?", (wid,))
    revs.append(rev_of("workers", wid))
    revs.append(rev_of("worker_history", hid))
    workers.delete(store, wid)
    revs.append(rev_of("workers", wid))
    assert revs == sorted(revs)
    assert len(set(revs)) >= 5  # each write took a new number (a move shares its update's)
    assert int(store.meta("rev") or 0) == max(revs)


def test_origin_is_the_county_code_in_a_county_file(blank_store: Store) -> None:
    initialize(blank_store, "county", "510104", "测试区民政局")
    vid = villages.add(blank_store, "510104001001", "和平社区", "urban")
    assert row(blank_store, "villages", vid)["origin"] == "510104"


def test_settings_changes_are_audited(store: Store) -> None:
    store.set_setting("backup_keep", 30)
    assert store.setting("backup_keep") == 30
    entry = audit(store, "settings")[-1]
    assert entry["row_id"] == "backup_keep"
    assert entry["old"] == '{"value": 14}' and entry["new"] == '{"value": 30}'


def test_init_is_audited(store: Store) -> None:
    entry = audit(store, "meta")[0]
    assert entry["action"] == "insert" and "510104001" in entry["new"]


def test_history_of_several_rows(store: Store) -> None:
    a = workers.create(store, raw())
    b = workers.create(
        store, raw(name="李四", id_number=make_id_number("510104", date(1990, 1, 1), 12))
    )
    hist = store.history("workers", [a, b])
    assert {h["row_id"] for h in hist} == {a, b}
    assert [h["seq"] for h in hist] == sorted(h["seq"] for h in hist)


def test_synced_rows_are_refused_before_the_unit_is_set(blank_store: Store) -> None:

    with pytest.raises(RuleError, match="还没有设置单位"):
        records.insert(
            blank_store, "villages", {"code": "510104001001", "name": "和平社区", "kind": "urban"}
        )
    assert blank_store.scalar("SELECT count(*) FROM villages") == 0
    assert blank_store.scalar("SELECT count(*) FROM audit_log") == 0


def test_the_synced_table_list_matches_the_schema(store: Store) -> None:
    """Every table with the sync columns is registered for sync, and nothing else is."""
    from swdesk.store.schema import SYNCED_TABLES as REGISTERED

    tables = [r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    with_sync_columns = {
        t
        for t in tables
        if set(records.SYNC_COLUMNS) <= {r["name"] for r in store.query(f"PRAGMA table_info({t})")}
    }
    assert with_sync_columns == set(REGISTERED)
