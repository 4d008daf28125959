"""Training ledger in the data file: events, attendance, records, proofs, sync columns, standing."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, open_store, training, workers
from swdesk.store.backup import backup_dir
from swdesk.store.schema import migrations
from swdesk.store.unit import initialize

A2 = "助理社会工作师"
L3 = "社会工作师"


def person(store: Store, n: int, level: str | None = A2, reg: str | None = "2021-03-01") -> str:
    certs = [{"level": level, "obtained_date": reg, "registration_date": reg}] if level else []
    return workers.create(
        store,
        {"name": f"测试{n}", "id_number": make_id_number("510104", date(1980, 1, 1 + n % 28), n)},
        certs,
    )


def idn(n: int) -> str:
    return make_id_number("510104", date(1980, 1, 1 + n % 28), n)


def event(store: Store, hours: float = 6, start: str = "2022-05-10", **kw: object) -> str:
    return training.add_event(
        store, {"title": kw.pop("title", "儿童保护培训"), "start_date": start, "hours": hours, **kw}
    )


def count(store: Store, table: str) -> int:
    return int(store.scalar(f"SELECT count(*) FROM {table}"))


def test_event_rows_have_sync_columns_and_audit(store: Store) -> None:
    eid = event(store, organizer="区民政局", place="街道会议室")
    row = store.query("SELECT * FROM training_events WHERE id = ?", (eid,))[0]
    assert len(row["id"]) == 36 and row["version"] == 1 and row["deleted"] == 0
    assert row["origin"] == "510104001" and row["rev"] > 0
    assert row["end_date"] == "2022-05-10" and row["mode"] == "面授"
    training.update_event(
        store, eid, {"title": "儿童保护培训（二）", "start_date": "2022-05-10", "hours": 8}
    )
    row2 = store.query("SELECT * FROM training_events WHERE id = ?", (eid,))[0]
    assert row2["version"] == 2 and row2["rev"] > row["rev"]
    actions = [h["action"] for h in store.history("training_events", [eid])]
    assert actions == ["insert", "update"]


def test_attendance_sheet_default_and_partial_hours(store: Store) -> None:
    ids = [person(store, n) for n in range(1, 6)]
    eid = event(store, hours=6)
    rec_ids = training.attend(
        store,
        eid,
        [
            training.Attendee(ids[0]),
            training.Attendee(idn(2)),  # by ID number
            training.Attendee(idn(3), hours=3.5),  # partial attendance
        ],
    )
    assert len(rec_ids) == 3
    rows = store.query(
        "SELECT worker_id, hours_credited, end_date, version, deleted FROM training_records "
        "ORDER BY hours_credited"
    )
    assert [r["hours_credited"] for r in rows] == [3.5, 6, 6]
    assert {r["end_date"] for r in rows} == {"2022-05-10"}
    assert len(store.history("training_records", rec_ids)) == 3
    st = training.standing_of(store, ids[2], date(2022, 6, 1))
    assert st.earned == 3.5 and st.missing == 68.5


def test_duplicate_attendance_refused_and_nothing_saved(store: Store) -> None:
    a, b = person(store, 1), person(store, 2)
    eid = event(store)
    training.attend(store, eid, [a])
    before = count(store, "training_records"), count(store, "audit_log")
    with pytest.raises(training.AttendanceRejected) as info:
        training.attend(store, eid, [b, a])
    assert "已经记过这次培训" in info.value.message and "测试1" in info.value.message
    with pytest.raises(training.AttendanceRejected) as info2:
        training.attend(store, eid, [b, idn(2)])
    assert "出现了两次" in info2.value.problems[0]
    assert (count(store, "training_records"), count(store, "audit_log")) == before
    # the unique index is the backstop below the check
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO training_records (id, created_at, updated_at, origin, worker_id, "
            "event_id, end_date, hours_credited) VALUES ('x', 'x', 'x', 'o', ?, ?, '2022-05-10', 1)",
            (a, eid),
        )


def test_attendance_rejections_listed_per_line(store: Store) -> None:
    a = person(store, 1)
    eid = event(store, hours=4)
    lines = [
        training.Attendee(a, hours=5, line=2),
        training.Attendee(idn(99), line=3),
        training.Attendee("123", line=4),
        training.Attendee(a, hours=0, line=5),
    ]
    with pytest.raises(training.AttendanceRejected) as info:
        training.attend(store, eid, lines)
    p = info.value.problems
    assert p[0].startswith("第2行") and "超过了培训本身的 4 学时" in p[0]
    assert p[1].startswith("第3行") and "没有档案" in p[1]
    assert p[2].startswith("第4行") and "不对" in p[2]
    assert p[3].startswith("第5行") and "两次" in p[3]
    assert count(store, "training_records") == 0
    with pytest.raises(RuleError, match="空的"):
        training.attend(store, eid, [])


def test_deleted_record_can_be_recorded_again_but_not_restored_twice(store: Store) -> None:
    a = person(store, 1)
    eid = event(store)
    (rid,) = training.attend(store, eid, [a])
    assert training.delete_record(store, rid)
    row = store.query("SELECT deleted, version FROM training_records WHERE id = ?", (rid,))[0]
    assert row == {"deleted": 1, "version": 2}  # a tombstone, not a removal
    (rid2,) = training.attend(store, eid, [a])
    with pytest.raises(RuleError, match="不能恢复"):
        training.restore_record(store, rid)
    training.delete_record(store, rid2)
    assert training.restore_record(store, rid)


def test_event_edit_moves_record_dates_and_guards_hours(store: Store) -> None:
    a = person(store, 1)
    eid = event(store, hours=6, start="2024-02-28")
    (rid,) = training.attend(store, eid, [a])
    raw = {"title": "T", "start_date": "2024-02-28", "end_date": "2024-03-01", "hours": 6}
    training.update_event(store, eid, raw)
    rec = store.query("SELECT end_date, version FROM training_records WHERE id = ?", (rid,))[0]
    assert rec == {"end_date": "2024-03-01", "version": 2}
    # the end date decides the period: 2024-03-01 is in the second period of a 2021-03-01 file
    assert training.standing_of(store, a, date(2024, 2, 29)).earned == 0
    assert training.standing_of(store, a, date(2024, 3, 1)).earned == 6
    with pytest.raises(RuleError, match="不能改成少于 6"):
        training.update_event(store, eid, {**raw, "hours": 4})
    assert training.set_record_hours(store, rid, 4)
    training.update_event(store, eid, {**raw, "hours": 4})
    assert training.delete_event(store, eid) == 1
    assert store.scalar("SELECT deleted FROM training_records WHERE id = ?", (rid,)) == 1
    with pytest.raises(RuleError, match="已被删除"):
        training.attend(store, eid, [a])


def test_single_record_and_degree_once(store: Store) -> None:
    a = person(store, 1, level=L3)
    training.add_record(
        store,
        a,
        {"title": "网络课程：个案管理", "end_date": "2021-04-01", "hours": 12, "mode": "网络"},
    )
    training.add_record(store, a, {"activity": "degree", "end_date": "2022-07-01"})
    with pytest.raises(RuleError, match="只能折算一次"):
        training.add_record(store, a, {"activity": "degree", "end_date": "2023-07-01"})
    training.add_record(
        store, a, {"activity": "paper", "title": "论文一", "end_date": "2023-01-01"}
    )
    recs = training.worker_records(store, a)
    assert [r["hours_credited"] for r in recs] == [12, 90, 10]
    st = training.standing_of(store, a, date(2023, 2, 1))
    assert st.status == "ok" and st.earned == 112
    with pytest.raises(RuleError, match="固定"):
        training.set_record_hours(store, recs[1]["id"], 5)
    with pytest.raises(RuleError, match="请填写学时"):
        training.add_record(store, a, {"title": "x", "end_date": "2023-01-01"})


def test_proof_file_kept_in_the_data_file(store: Store, tmp_path: Path) -> None:
    a, b = person(store, 1), person(store, 2)
    eid = event(store)
    scan = b"%PDF-1.4 fake scan bytes" * 100
    rid_a, rid_b = training.attend(store, eid, [a, b], proofs={a: ("签到表.pdf", scan)})
    assert training.proof(store, rid_a) == ("签到表.pdf", scan)
    assert training.proof(store, rid_b) is None
    training.set_proof(store, rid_b, "签到表2.pdf", scan)
    assert count(store, "training_proofs") == 1  # the same bytes are kept once
    audit = store.history("training_records", [rid_b])[-1]
    assert "proof_sha256" in audit["new"] and "data" not in audit["new"]
    with pytest.raises(RuleError, match="空的"):
        training.set_proof(store, rid_b, "x.jpg", b"")


def test_settings_default_to_the_preset_and_are_saved_as_json(store: Store) -> None:
    assert training.ce_settings(store) == training.presets()["national"]
    qj = training.presets()["qijiang"]
    training.set_ce_settings(store, qj)
    assert training.ce_settings(store) == qj
    with pytest.raises(RuleError):
        training.set_ce_settings(store, {**qj.to_dict(), "unit": "weeks"})
    assert training.ce_settings(store) == qj
    assert store.history("settings", ["ce_rules"])[-1]["new"]["value"]["unit"] == "days"


def test_standings_of_all_match_the_one_by_one_path(store: Store) -> None:
    ids = [person(store, n, reg=f"20{18 + n % 5}-0{1 + n % 9}-15") for n in range(1, 30)]
    person(store, 40, level=None)  # no certificate: not listed
    gone = person(store, 41)
    workers.delete(store, gone)
    unreg = person(store, 42, reg=None)
    upgraded = person(store, 43)
    workers.add_certificate(
        store,
        upgraded,
        {"level": L3, "obtained_date": "2022-01-01", "registration_date": "2022-03-01"},
    )
    for k, start in enumerate(
        ["2019-05-01", "2020-06-01", "2021-03-01", "2022-02-28", "2023-01-10"]
    ):
        eid = event(store, hours=6 + k * 10, start=start, title=f"培训{k}")
        training.attend(store, eid, [i for j, i in enumerate([*ids, upgraded]) if (j + k) % 3])
    at = date(2023, 6, 1)
    all_ = training.standings(store, at)
    listed = {w.worker_id for w in all_}
    assert gone not in listed and len(listed) == len(ids) + 2
    for w in all_:
        assert w.standing == training.standing_of(store, w.worker_id, at), w.name
    by_id = {w.worker_id: w for w in all_}
    assert by_id[unreg].standing.status == "not_required"
    assert by_id[upgraded].level == L3 and by_id[upgraded].standing.required == 90
    keys = [w.standing.urgency() for w in all_]
    assert keys == sorted(keys)
    assert {w.standing.status for w in all_} >= {"overdue", "not_required"}


def test_v1_file_upgraded_to_v2_on_open(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrations.migrate(conn, upto=1)
    assert "training_records" not in {
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    conn.close()
    with open_store(db_path) as store:
        assert migrations.current_version(store.conn) == migrations.schema_version()
        assert len(list(backup_dir(db_path).glob("*pre-migrate-v1*"))) == 1
        initialize(store, "township", "510104001", "测试街道")
        a = person(store, 1)
        training.attend(store, event(store), [a])
        assert training.standing_of(store, a, date(2022, 6, 1)).earned == 6


def test_days_preset_reports_hours_in_json(store: Store) -> None:
    # days as hours ÷ 8 (the Qijiang preset counts dates: test_ce_day_count.py)
    by_hours = {**training.presets()["qijiang"].to_dict(), "day_count": "hours"}
    training.set_ce_settings(store, by_hours)
    a = person(store, 1, level=L3)
    training.attend(store, event(store, hours=16), [a])
    (w,) = training.standings(store, date(2022, 6, 1))
    assert (w.standing.required, w.standing.earned, w.standing.missing) == (15, 2, 13)
    d = w.public_dict(8)
    assert (d["required_hours"], d["earned_hours"], d["missing_hours"]) == (120, 16, 104)


def test_reregistration_notice_counts_the_month(store: Store) -> None:
    a = person(store, 1, reg="2021-03-01")  # window opens 2023-12-01
    b = person(store, 2, reg="2021-03-20")  # window opens 2023-12-20
    person(store, 3, reg="2021-04-01")  # window opens 2024-01-01: next month
    person(store, 4, level="社工员", reg="2021-03-05")  # no requirement: not counted
    training.attend(store, event(store, hours=72, start="2022-01-05"), [a])
    at = date(2023, 12, 10)
    settings = training.ce_settings(store)
    notice = training.reregistration_notice(training.standings(store, at), at, settings)
    assert {w.worker_id for w in notice.entering} == {a, b}
    assert [w.worker_id for w in notice.short] == [b]
    assert notice.text == "本月有 2 人进入再登记期，其中 1 人学时不足。"
    empty = training.reregistration_notice([], at, settings)
    assert empty.text == ""


def test_standings_inside_an_open_transaction(store: Store) -> None:
    a = person(store, 1)
    training.attend(store, event(store), [a])
    with store.atomic():  # the GUI may ask while it holds a transaction: no commit from us
        (w,) = training.standings(store, date(2022, 6, 1))
        assert store.conn.in_transaction
    assert w.standing.earned == 6
    assert training.standings(store, date(2022, 6, 1))[0].standing.earned == 6  # temp reused


def test_event_attendee_counts_read_the_live_index_only(store: Store) -> None:
    """The events list counts live attendance from ``training_records_event_live`` (a
    million-record county file: 2 s through the plain event index, 0.07 s through this one)."""
    a, b = person(store, 1), person(store, 2)
    eid = event(store)
    rid, _ = training.attend(store, eid, [a, b])
    training.delete_record(store, rid)
    assert [e["attendees"] for e in training.list_events(store)] == [1]
    plan = " ".join(
        r["detail"]
        for r in store.query(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM training_records r "
            "WHERE r.event_id = ? AND r.deleted = 0",
            (eid,),
        )
    )
    assert "INDEX training_records_event_live (event_id=?)" in plan


def test_standings_leaves_the_cycle_collector_as_it_found_it(store: Store) -> None:
    """``standings`` pauses the cycle collector while it builds the list (speed), never longer."""
    import gc

    assert gc.isenabled()
    training.standings(store, date(2024, 1, 1))
    assert gc.isenabled()
    gc.disable()
    try:
        training.standings(store, date(2024, 1, 1))
        assert not gc.isenabled()
    finally:
        gc.enable()
