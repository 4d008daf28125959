"""County merge: transfers, conflicts, gaps, duplicates, preview, receipts, key backup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_fixtures import (
    COUNTY,
    World,
    add_worker,
    county_store,
    idn,
    set_phone,
)

from swdesk.core.errors import RuleError
from swdesk.store import training, workers
from swdesk.sync import county as county_mod
from swdesk.sync import keys, merge, receipt


def imp(w: World, *paths: Path, dry: bool = False) -> list[merge.ImportResult]:
    return merge.import_files(w.county, list(paths), dry_run=dry)


def test_transfer_is_one_person_with_history(world: World) -> None:
    wid = add_worker(world.a, 1, "李四")
    ev = training.add_event(
        world.a,
        {
            "title": "伦理",
            "start_date": "2024-03-01",
            "end_date": "2024-03-01",
            "hours": 6,
            "mode": "面授",
        },
    )
    training.attend(world.a, ev, [wid])
    p1 = world.export(world.a)
    workers.delete(world.a, wid, "调往乙镇")
    p2 = world.export(world.a)
    wid_b = add_worker(world.b, 1, "李四", phone="13811112222")
    p3 = world.export(world.b)
    # Arrive out of order: the new township first, the old one's tombstone last.
    res = imp(world, p3, p1, p2)
    assert all(r.accepted for r in res)
    people = world.county.query("SELECT * FROM workers WHERE id_number = ?", (idn(1),))
    assert len(people) == 1
    p = people[0]
    assert p["deleted"] == 0 and p["phone"] == "13811112222" and p["origin"] == f"{COUNTY}101"
    # Training from 甲镇 stays with the person; 乙镇's row maps to the same county id.
    assert world.county.scalar("SELECT worker_id FROM training_records") == p["id"]
    key = world.county.scalar("SELECT key_id FROM sync_mirror WHERE id = ?", (wid_b,))
    assert key == p["id"]
    # Workers list and search at the county find them once.
    assert [r["name"] for r in workers.list_public(world.county, "李四")] == ["李四"]
    assert [r["name"] for r in workers.list_public(world.county, "13811112222")] == ["李四"]
    hist = world.county.history("workers", [p["id"]])
    assert {h["reason"][:6] for h in hist} == {"来自 甲镇（", "来自 乙镇（"}


def test_same_package_twice_and_reordered_changes_nothing(world: World) -> None:
    add_worker(world.a, 2)
    p1 = world.export(world.a)
    first = imp(world, p1)[0]
    assert (first.total("new"), first.duplicate) == (2, False)  # village + worker
    n_audit = world.county.scalar("SELECT COUNT(*) FROM audit_log")
    again = imp(world, p1, p1)
    assert all(r.accepted and r.duplicate for r in again)
    assert world.county.scalar("SELECT COUNT(*) FROM audit_log") == n_audit


def test_gap_reported_and_later_package_imports(world: World) -> None:
    w1 = add_worker(world.a, 3)
    world.export(world.a)  # 1
    ev = training.add_event(
        world.a,
        {
            "title": "督导",
            "start_date": "2024-05-01",
            "end_date": "2024-05-01",
            "hours": 3,
            "mode": "面授",
        },
    )
    world.export(world.a)  # 2 (lost)
    training.attend(world.a, ev, [w1])
    p3 = world.export(world.a)  # 3
    res = imp(world, p3)[0]
    assert res.accepted and res.missing == [1, 2]
    assert "缺少第 1 号数据包" in res.summary() and "缺少第 2 号数据包" in res.summary()
    # The worker and event the record points to came along with it.
    assert world.county.scalar("SELECT COUNT(*) FROM training_records WHERE deleted = 0") == 1
    st = county_mod.status(world.county)["townships"][0]
    assert st["missing_sequences"] == [1, 2] and st["last_sequence"] == 3
    # The receipt tells the township; its next package carries the lost changes again.
    r = receipt.load(world.a, receipt.make(world.county, world.a.unit_code))
    assert r.missing == [1, 2] and "第 1 号" in r.summary()
    p4 = world.export(world.a)
    res4 = imp(world, p4)[0]
    assert res4.missing == []
    st = county_mod.status(world.county)["townships"][0]
    assert st["missing_sequences"] == [] and st["checksum_match"] is True


def test_dry_run_previews_and_changes_nothing(world: World) -> None:
    wid = add_worker(world.a, 4)
    p1 = world.export(world.a)
    imp(world, p1)
    add_worker(world.a, 5)
    workers.delete(world.a, wid)
    p2 = world.export(world.a)
    before = world.county.query("SELECT id, version, deleted, rev FROM workers ORDER BY id")
    prev = imp(world, p2, dry=True)[0]
    assert prev.tables["workers"] == {
        "new": 1,
        "updated": 0,
        "deleted": 1,
        "unchanged": 0,
        "conflicts": 0,
    }
    assert world.county.query("SELECT id, version, deleted, rev FROM workers ORDER BY id") == before
    assert world.county.scalar("SELECT COUNT(*) FROM sync_packages") == 1
    real = imp(world, p2)[0]
    assert real.tables["workers"] == prev.tables["workers"]


def test_county_edit_and_township_edit_become_a_conflict(world: World) -> None:
    wid = add_worker(world.a, 6, "王五")
    imp(world, world.export(world.a))
    person = world.county.scalar("SELECT id FROM workers")
    raw = workers.get(world.county, person)
    raw.pop("certificates"), raw.pop("moves")
    # The county's workers page edits through the same store functions.
    workers.update(world.county, person, {**raw, "phone": "13700000001"})
    set_phone(world.a, wid, "13700000002")
    res = imp(world, world.export(world.a))[0]
    assert res.tables["workers"]["conflicts"] == 1
    assert world.county.scalar("SELECT phone FROM workers") == "13700000001"
    (c,) = county_mod.open_conflicts(world.county)
    assert c["incoming"]["phone"] == "13700000002" and c["county"]["phone"] == "13700000001"
    county_mod.resolve(world.county, c["seq"], "township")
    assert world.county.scalar("SELECT phone FROM workers") == "13700000002"
    assert county_mod.open_conflicts(world.county) == []
    assert [r["name"] for r in workers.list_public(world.county, "13700000002")] == ["王五"]
    # Settled: a later township change applies normally again.
    set_phone(world.a, wid, "13700000003")
    res = imp(world, world.export(world.a))[0]
    assert res.tables["workers"] == {
        "new": 0,
        "updated": 1,
        "deleted": 0,
        "unchanged": 0,
        "conflicts": 0,
    }
    with pytest.raises(RuleError):
        county_mod.resolve(world.county, c["seq"], "county")


def test_keep_county_in_a_plain_table_conflict(world: World) -> None:
    ev = training.add_event(
        world.a,
        {
            "title": "初训",
            "start_date": "2024-01-02",
            "end_date": "2024-01-02",
            "hours": 2,
            "mode": "面授",
        },
    )
    imp(world, world.export(world.a))
    from swdesk.store import records

    records.update(world.county, "training_events", ev, {"place": "县里改的"})
    records.update(world.a, "training_events", ev, {"place": "乡镇改的"})
    res = imp(world, world.export(world.a))[0]
    assert res.tables["training_events"]["conflicts"] == 1
    (c,) = county_mod.open_conflicts(world.county)
    county_mod.resolve(world.county, c["seq"], "county")
    assert world.county.scalar("SELECT place FROM training_events") == "县里改的"


def test_id_number_corrected_at_township_moves_the_person(world: World) -> None:
    wid = add_worker(world.a, 7, "赵六")
    imp(world, world.export(world.a))
    raw = workers.get(world.a, wid)
    raw.pop("certificates"), raw.pop("moves")
    raw.pop("gender"), raw.pop("birth_date")
    workers.update(world.a, wid, {**raw, "id_number": idn(8)})
    imp(world, world.export(world.a))
    live = world.county.query("SELECT id_number FROM workers WHERE deleted = 0")
    assert live == [{"id_number": idn(8)}]
    assert county_mod.status(world.county)["townships"][0]["checksum_match"] is True


@pytest.mark.parametrize("key", sorted(receipt.LOCAL_SETTINGS))
def test_a_setting_of_one_computer_stays_at_the_county(world: World, key: str) -> None:
    world.county.set_setting(key, 77)
    world.county.set_setting("allowance_rates", {"社会工作师": 300})
    before = world.a.setting(key)
    imp(world, world.export(world.a))
    res = receipt.load(world.a, receipt.make(world.county, world.a.unit_code))
    assert res.settings_changed == ["allowance_rates"]
    assert world.a.setting(key) == before != 77


def test_receipt_brings_reference_data(world: World) -> None:
    world.county.set_setting("allowance_rates", {"助理社会工作师": 200, "社会工作师": 300})
    world.county.set_setting("operator", "县里的张科长")
    from swdesk.store import villages

    villages.add(world.county, f"{COUNTY}100009", "新设社区", "urban")
    imp(world, world.export(world.a))
    res = receipt.load(world.a, receipt.make(world.county, world.a.unit_code))
    assert res.settings_changed == ["allowance_rates"]
    assert world.a.setting("allowance_rates") == {"助理社会工作师": 200, "社会工作师": 300}
    assert world.a.setting("operator") != "县里的张科长"
    assert res.villages_added == [f"{COUNTY}100009"]
    # The township's copy of the new village comes back and merges by code: still one.
    imp(world, world.export(world.a))
    assert (
        world.county.scalar(
            "SELECT COUNT(*) FROM villages WHERE code = ? AND deleted = 0", (f"{COUNTY}100009",)
        )
        == 1
    )
    st = receipt.township_status(world.a)
    assert st["last_receipt"]["held"] == [1]
    assert st["tables"]["villages"]["township_live"] == 2


def test_receipt_for_another_township_or_forged_is_refused(world: World) -> None:
    data = receipt.make(world.county, world.b.unit_code)
    with pytest.raises(RuleError, match="不是本乡镇"):
        receipt.load(world.a, data)
    bad = bytearray(receipt.make(world.county, world.a.unit_code))
    bad[40] ^= 1
    with pytest.raises(RuleError):
        receipt.load(world.a, bytes(bad))
    assert world.a.meta("sync_last_receipt") is None


def test_county_key_backup_round_trip(world: World, tmp_path: Path) -> None:
    assert not keys.backed_up(world.county)
    with pytest.raises(RuleError, match="口令太短"):
        keys.backup_bytes(world.county, "short")
    data = keys.backup_bytes(world.county, "正确的口令123")
    keys.mark_backed_up(world.county)
    assert keys.backed_up(world.county)
    assert (
        b"private" not in data
        and keys.b64(keys.own(world.county, keys.ENC).private).encode() not in data
    )  # type: ignore[union-attr]
    p1 = world.export(world.a)
    # The county's machine is lost: a new file for the same county, keys from the backup.
    fresh = county_store(tmp_path / "new.db")
    with pytest.raises(RuleError, match="口令不对"):
        keys.restore_backup(fresh, data, "错误的口令xxxx")
    keys.restore_backup(fresh, data, "正确的口令123")
    assert keys.own(fresh, keys.ENC) == keys.own(world.county, keys.ENC)
    from swdesk.sync import enroll

    enroll.enroll(fresh, world.a.unit_code, "甲镇")
    fresh.close()
    json.dumps(county_mod.status(world.county))
    assert p1.exists()


def test_old_townships_tombstone_after_county_edit_is_no_conflict(world: World) -> None:
    wid = add_worker(world.a, 9, "孙七")
    imp(world, world.export(world.a))
    # 甲镇 lets the person go (调出) before 乙镇 reports them: a transfer, not a double claim.
    raw = workers.get(world.a, wid)
    raw.pop("certificates"), raw.pop("moves")
    workers.update(world.a, wid, {**raw, "status": "调出"})
    imp(world, world.export(world.a))
    workers.delete(world.a, wid, "调往乙镇")
    tomb = world.export(world.a)  # delayed
    add_worker(world.b, 9, "孙七")
    imp(world, world.export(world.b))
    person = world.county.scalar("SELECT id FROM workers")
    set_phone(world.county, person, "13700000009")
    res = imp(world, tomb)[0]
    assert res.tables["workers"]["conflicts"] == 0
    assert res.tables["workers"]["unchanged"] == 1
    row = world.county.query("SELECT deleted, phone FROM workers")[0]
    assert row == {"deleted": 0, "phone": "13700000009"}
    assert county_mod.open_conflicts(world.county) == []


def test_interrupted_write_leaves_no_file_under_the_final_name(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    add_worker(world.a, 10)
    out = world.root / "usb.swsync"

    def pulled(_fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", pulled)
    from swdesk.sync import package

    with pytest.raises(RuleError, match="无法写入"):
        package.export(world.a, out)
    assert not out.exists() and not list(world.root.glob(".usb.swsync*"))
    monkeypatch.undo()
    # Nothing was recorded: the next export is still number 1.
    assert package.export(world.a, out).sequence == 1
