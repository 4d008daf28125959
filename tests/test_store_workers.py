"""Worker files in the store: one record per ID number, certificates and the current level,
moves between villages, and rejections that change nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, villages, workers
from swdesk.store.errors import DuplicateWorker, NotFound

V1, V2 = "510104001001", "510104001002"
ID1 = make_id_number("510104", date(1985, 3, 15), 121)
ID2 = make_id_number("510104", date(1990, 7, 8), 42)


def raw(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "name": "张三",
        "id_number": ID1,
        "village_code": V1,
        "phone": "13800138000",
    }
    base.update(over)
    return base


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Everything a rejected write must leave as it was."""
    out = {}
    for table in (
        "workers",
        "certificates",
        "worker_history",
        "audit_log",
        "worker_search",
        "meta",
    ):
        out[table] = sorted(store.conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    return out


def test_create_and_get_full_file(store: Store) -> None:
    wid = workers.create(
        store,
        raw(domains="老年、家庭", education="本科"),
        [
            {
                "level": "初级",
                "cert_number": "A1",
                "obtained_date": "2016-06",
                "registration_date": "2016-09-01",
            }
        ],
    )
    w = workers.get(store, wid)
    assert w["name"] == "张三" and w["id_number"] == ID1
    assert w["gender"] == "男" and w["birth_date"] == "1985-03-15"
    assert w["education"] == "大学本科"
    assert w["domains"] == ["老年", "家庭"]
    assert w["level"] == "助理社会工作师" and w["level_rank"] == 2
    assert w["name_pinyin"] == "zhangsan"
    assert [c["cert_number"] for c in w["certificates"]] == ["A1"]
    assert w["moves"] == []
    assert workers.find_by_id_number(store, ID1)["id"] == wid  # type: ignore[index]
    assert workers.find_by_id_number(store, ID2) is None


def test_find_by_lowercase_x(store: Store) -> None:
    number = next(
        n
        for n in (make_id_number("510104", date(1999, 9, 9), s) for s in range(100, 200))
        if n.endswith("X")
    )
    wid = workers.create(store, raw(id_number=number))
    assert workers.find_by_id_number(store, number.lower())["id"] == wid  # type: ignore[index]


def test_invalid_worker_refused_and_nothing_written(store: Store) -> None:
    before = snapshot(store)
    with pytest.raises(FieldErrors) as info:
        workers.create(store, raw(name="", phone="123"))
    assert set(info.value.errors) == {"name", "phone"}
    assert snapshot(store) == before


def test_invalid_certificate_refuses_the_whole_worker(store: Store) -> None:
    before = snapshot(store)
    with pytest.raises(FieldErrors):
        workers.create(store, raw(), [{"level": "初级"}, {"level": "特级"}])
    assert snapshot(store) == before


def test_unknown_village_refused(store: Store) -> None:
    before = snapshot(store)
    with pytest.raises(FieldErrors) as info:
        workers.create(store, raw(village_code="510104001099"))
    assert "510104001099" in info.value.errors["village_code"]
    assert snapshot(store) == before


def test_deleted_village_refused(store: Store) -> None:
    vid = next(v["id"] for v in villages.list_all(store) if v["code"] == V2)
    villages.remove(store, vid)
    with pytest.raises(FieldErrors):
        workers.create(store, raw(village_code=V2))


def test_no_village_is_allowed(store: Store) -> None:
    wid = workers.create(store, raw(village_code=""))
    assert workers.get(store, wid)["village_code"] is None


def test_duplicate_id_number_offers_the_existing_record(store: Store) -> None:
    wid = workers.create(store, raw())
    before = snapshot(store)
    with pytest.raises(DuplicateWorker) as info:
        workers.create(store, raw(name="张三三", phone=None))
    assert info.value.existing_id == wid
    assert info.value.deleted is False
    assert info.value.field == "id_number"
    assert "张三" in info.value.message
    assert snapshot(store) == before


def test_duplicate_of_a_deleted_record_says_deleted(store: Store) -> None:
    wid = workers.create(store, raw())
    workers.delete(store, wid)
    with pytest.raises(DuplicateWorker) as info:
        workers.create(store, raw())
    assert info.value.existing_id == wid
    assert info.value.deleted is True
    assert "恢复" in info.value.message


def test_duplicate_via_15_digit_old_number(store: Store) -> None:
    wid = workers.create(store, raw(id_number="110105491231002", gender="女"))
    with pytest.raises(DuplicateWorker) as info:
        workers.create(store, raw(id_number="11010519491231002x"))
    assert info.value.existing_id == wid


def test_duplicate_within_one_batch_refused(store: Store) -> None:
    from swdesk.core.worker import validate_worker

    a = validate_worker(raw())
    b = validate_worker(raw(name="李四"))
    before = snapshot(store)
    with pytest.raises(RuleError) as info:
        workers.insert_clean(store, [(a, []), (b, [])])
    assert ID1 in info.value.message
    assert snapshot(store) == before


def test_update_to_another_workers_id_number_refused(store: Store) -> None:
    workers.create(store, raw())
    other = workers.create(store, raw(name="李四", id_number=ID2, phone=None))
    with pytest.raises(DuplicateWorker):
        workers.update(store, other, raw(name="李四", phone=None))


def test_update_of_a_deleted_record_refused(store: Store) -> None:
    wid = workers.create(store, raw())
    workers.delete(store, wid)
    with pytest.raises(RuleError) as info:
        workers.update(store, wid, raw(name="张三丰"))
    assert "恢复" in info.value.message


def test_update_unknown_id(store: Store) -> None:
    with pytest.raises(NotFound):
        workers.update(store, "no-such-id", raw())


def test_update_changes_fields(store: Store) -> None:
    wid = workers.create(store, raw())
    assert workers.update(store, wid, raw(name="张三丰", domains="残障", status="在岗"))
    w = workers.get(store, wid)
    assert w["name"] == "张三丰" and w["name_pinyin"] == "zhangsanfeng"
    assert w["domains"] == ["残障"]
    assert w["moves"] == []  # neither village nor status changed


def test_move_to_another_village_keeps_history(store: Store) -> None:
    wid = workers.create(store, raw())
    assert workers.update(store, wid, raw(village_code=V2), on_date="2024-03-01")
    w = workers.get(store, wid)
    assert w["village_code"] == V2
    assert len(w["moves"]) == 1
    move = w["moves"][0]
    assert (move["kind"], move["old_value"], move["new_value"], move["on_date"]) == (
        "village",
        V1,
        V2,
        "2024-03-01",
    )
    assert move["worker_id"] == wid


def test_status_change_recorded_with_its_date(store: Store) -> None:
    wid = workers.create(store, raw())
    workers.update(store, wid, raw(status="调出", status_date="2024年5月"))
    moves = workers.get(store, wid)["moves"]
    assert [(m["kind"], m["old_value"], m["new_value"], m["on_date"]) for m in moves] == [
        ("status", "在岗", "调出", "2024-05-01")
    ]


def test_move_and_status_at_once(store: Store) -> None:
    wid = workers.create(store, raw())
    workers.update(store, wid, raw(village_code=V2, status="离岗"))
    assert {m["kind"] for m in workers.get(store, wid)["moves"]} == {"village", "status"}


def test_certificates_drive_the_current_level(store: Store) -> None:
    wid = workers.create(store, raw())
    assert workers.get(store, wid)["level"] is None
    c1 = workers.add_certificate(store, wid, {"level": "初级", "obtained_date": "2015-06-20"})
    assert workers.get(store, wid)["level"] == "助理社会工作师"
    c2 = workers.add_certificate(store, wid, {"level": "中级", "obtained_date": "2018-06-20"})
    w = workers.get(store, wid)
    assert w["level"] == "社会工作师" and w["level_rank"] == 3
    assert [c["id"] for c in w["certificates"]] == [c1, c2]  # by date obtained
    assert workers.update_certificate(store, c2, {"level": "高级", "obtained_date": "2018-06-20"})
    assert workers.get(store, wid)["level"] == "高级社会工作师"
    assert not workers.update_certificate(
        store, c2, {"level": "高级社会工作师", "obtained_date": "2018.06.20"}
    )
    assert workers.delete_certificate(store, c2)
    assert workers.get(store, wid)["level"] == "助理社会工作师"
    assert [c["id"] for c in workers.certificates(store, wid)] == [c1]
    workers.delete_certificate(store, c1)
    assert workers.get(store, wid)["level"] is None


def test_bad_certificate_refused_and_nothing_written(store: Store) -> None:
    wid = workers.create(store, raw())
    before = snapshot(store)
    with pytest.raises(FieldErrors) as info:
        workers.add_certificate(
            store,
            wid,
            {"level": "中级", "obtained_date": "2018-06-01", "registration_date": "2017-01-01"},
        )
    assert "早于" in info.value.errors["registration_date"]
    assert snapshot(store) == before


def test_certificate_for_unknown_worker(store: Store) -> None:
    before = snapshot(store)
    with pytest.raises(NotFound):
        workers.add_certificate(store, "nobody", {"level": "中级"})
    assert snapshot(store) == before


def test_delete_and_restore(store: Store) -> None:
    wid = workers.create(store, raw())
    assert workers.delete(store, wid, reason="录错了")
    assert not workers.delete(store, wid)  # already deleted: nothing more to do
    assert workers.get(store, wid)["deleted"] == 1
    assert workers.restore(store, wid)
    assert not workers.restore(store, wid)
    assert workers.get(store, wid)["deleted"] == 0


def test_failed_batch_leaves_nothing(store: Store) -> None:
    """A batch where a later item is refused writes none of the earlier ones."""
    from swdesk.core.worker import validate_worker

    a = validate_worker(raw())
    b = validate_worker(raw(name="李四", id_number=ID2, village_code="510104009999"))
    before = snapshot(store)
    with pytest.raises(FieldErrors):
        workers.insert_clean(store, [(a, []), (b, [])])
    assert snapshot(store) == before


def test_empty_batch_is_a_no_op(store: Store) -> None:
    before = snapshot(store)
    assert workers.insert_clean(store, []) == []
    assert snapshot(store) == before
    assert store.history("workers", []) == []


def test_nested_atomic_is_all_or_nothing(store: Store) -> None:
    before = snapshot(store)
    with pytest.raises(KeyError), store.atomic():
        workers.create(store, raw())
        with store.atomic():
            workers.create(store, raw(name="李四", id_number=ID2, phone=None))
            raise KeyError("inner failure")
    assert snapshot(store) == before
    assert not store.conn.in_transaction


def test_atomic_reports_the_real_error_when_sqlite_already_rolled_back(store: Store) -> None:
    class DiskFull(Exception):
        pass

    with pytest.raises(DiskFull), store.atomic():
        workers.create(store, raw())
        store.conn.execute("ROLLBACK")  # what SQLite itself does on SQLITE_FULL or an I/O error
        raise DiskFull
    assert workers.count(store) == 0
    # the store is usable afterwards
    workers.create(store, raw())
    assert workers.count(store) == 1
