"""Continuing-education periods read the registration records (首次登记 / 再登记), and a
certificate's 登记日期 and its 首次登记 record never disagree.

Periods worked out by hand (助理, 72 hours in 3 years):

* 首次登记 2021-03-01, valid to 2024-02-29: period 2021-03-01..2024-02-29.
* 再登记 from 2024-03-01 to 2027-02-28: the next period is exactly that, and it starts at a
  recorded re-registration, so a short first period no longer makes the person 未达标.
* no 再登记 (a lapse): the period after 2024-02-29 rolls on 2024-03-01..2027-02-28, marked
  unregistered; a short first period makes the person 未达标.
* a 再登记 after a lapse, from 2025-01-01 to 2027-12-31: the lapse runs 2024-03-01..2024-12-31.
* a 再登记 that is 终审未通过 or still 待审核 starts nothing: the same as the lapse.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from swdesk.core import ce
from swdesk.core import registration as reg
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, open_store, records, training, workers
from swdesk.store import registrations as store_reg

A2 = "助理社会工作师"
L3 = "社会工作师"
R = ce.Registration
D = date


@pytest.fixture
def national() -> ce.CESettings:
    return training.presets()["national"]


FIRST = R(A2, D(2021, 3, 1), D(2024, 2, 29))
FIRST_PERIOD = ce.Period(A2, D(2021, 3, 1), D(2024, 2, 29))


# -- the rules ----------------------------------------------------------------------------------
def test_a_first_registration_is_its_own_period() -> None:
    assert ce.periods_around([FIRST], D(2021, 3, 1), 3) == (FIRST_PERIOD, None)
    assert ce.periods_around([FIRST], D(2024, 2, 29), 3) == (FIRST_PERIOD, None)
    assert ce.periods_around([FIRST], D(2021, 2, 28), 3) == (None, None)


def test_a_reregistration_starts_the_next_period() -> None:
    renewal = R(A2, D(2024, 3, 1), D(2027, 2, 28))
    cur, prev = ce.periods_around([renewal, FIRST], D(2024, 3, 1), 3)
    assert cur == ce.Period(A2, D(2024, 3, 1), D(2027, 2, 28), renewed=True)
    assert prev == FIRST_PERIOD
    # re-registered early: the first period ends the day before the new one
    early = R(A2, D(2024, 1, 15), D(2027, 1, 14))
    cur, prev = ce.periods_around([FIRST, early], D(2024, 1, 15), 3)
    assert cur == ce.Period(A2, D(2024, 1, 15), D(2027, 1, 14), renewed=True)
    assert prev == ce.Period(A2, D(2021, 3, 1), D(2024, 1, 14))
    assert ce.periods_around([FIRST, early], D(2024, 1, 14), 3)[0] == prev


def test_a_lapse_rolls_on_unregistered() -> None:
    cur, prev = ce.periods_around([FIRST], D(2024, 3, 1), 3)
    assert cur == ce.Period(A2, D(2024, 3, 1), D(2027, 2, 28), registered=False)
    assert prev == FIRST_PERIOD
    cur, prev = ce.periods_around([FIRST], D(2027, 3, 1), 3)
    assert cur == ce.Period(A2, D(2027, 3, 1), D(2030, 2, 28), registered=False)
    assert prev == ce.Period(A2, D(2024, 3, 1), D(2027, 2, 28), registered=False)


def test_a_reregistration_after_a_lapse() -> None:
    late = R(A2, D(2025, 1, 1), D(2027, 12, 31))
    lapse = ce.Period(A2, D(2024, 3, 1), D(2024, 12, 31), registered=False)
    assert ce.periods_around([FIRST, late], D(2024, 12, 31), 3) == (lapse, FIRST_PERIOD)
    cur, prev = ce.periods_around([FIRST, late], D(2025, 1, 1), 3)
    assert cur == ce.Period(A2, D(2025, 1, 1), D(2027, 12, 31), renewed=True)
    assert prev == lapse


def test_a_higher_level_still_cuts_the_lower_one() -> None:
    higher = R(L3, D(2022, 7, 1), D(2025, 6, 30))
    cur, prev = ce.periods_around([FIRST, higher], D(2022, 6, 30), 3)
    assert cur == ce.Period(A2, D(2021, 3, 1), D(2022, 6, 30), cut=True) and prev is None
    cur, prev = ce.periods_around([FIRST, higher], D(2022, 7, 1), 3)
    assert cur == ce.Period(L3, D(2022, 7, 1), D(2025, 6, 30)) and prev is None
    # a later 再登记 of the lower level brings nothing back
    lower = R(A2, D(2024, 3, 1), D(2027, 2, 28))
    assert ce.periods_around([FIRST, higher, lower], D(2024, 6, 1), 3)[0] == cur


def test_overdue_after_a_lapse_but_not_after_a_reregistration(national: ce.CESettings) -> None:
    credits = [ce.Credit(D(2022, 5, 1), 40)]  # 40 of 72 hours in the first period
    at = D(2024, 6, 1)
    lapsed = ce.standing(national, [FIRST], credits, at)
    assert (lapsed.status, lapsed.previous_missing) == ("overdue", 32)
    assert lapsed.period is not None and not lapsed.period.registered
    renewed = ce.standing(national, [FIRST, R(A2, D(2024, 3, 1), D(2027, 2, 28))], credits, at)
    assert renewed.status == "on_track" and renewed.previous_missing == 0
    assert renewed.period is not None and renewed.period.registered


# -- the store ----------------------------------------------------------------------------------
def person(store: Store, n: int = 1, registered: str | None = "2021-03-01") -> str:
    return workers.create(
        store,
        {"name": f"登记{n}", "id_number": make_id_number("510104", D(1980, 1, n), n)},
        [{"level": A2, "obtained_date": "2020-12-01", "registration_date": registered}],
    )


def live(store: Store, wid: str) -> list[dict[str, object]]:
    return store.query(
        "SELECT kind, valid_from, valid_until, state FROM registrations "
        "WHERE worker_id = ? AND deleted = 0 ORDER BY valid_from",
        (wid,),
    )


def cert(store: Store, wid: str) -> dict[str, object]:
    return workers.certificates(store, wid)[0]


def test_standing_reads_the_records_and_only_those_that_count(
    store: Store, national: ce.CESettings
) -> None:
    wid = person(store)
    training.add_record(store, wid, {"title": "网课", "end_date": "2022-05-01", "hours": 40})
    at = D(2024, 6, 1)
    st = training.standing_of(store, wid, at, national)
    assert st.status == "overdue" and st.period is not None
    assert (st.period.start, st.period.end, st.period.registered) == (
        D(2024, 3, 1), D(2027, 2, 28), False,
    )  # fmt: skip
    for state in (reg.STATE_FINAL_FAILED, reg.STATE_PENDING, reg.STATE_FIRST_PASSED):
        rid = store_reg.add(
            store,
            wid,
            {"level": A2, "kind": reg.KIND_RENEWAL, "valid_from": "2024-03-01", "state": state},
        )
        st = training.standing_of(store, wid, at, national)
        assert st.status == "overdue", state  # does not count: the same as no 再登记
        assert [w.standing for w in training.standings(store, at, national)] == [st]
        store_reg.delete(store, rid)
    store_reg.add(
        store,
        wid,
        {"level": A2, "kind": reg.KIND_RENEWAL, "valid_from": "2024-03-01", "state": "已出证"},
    )
    st = training.standing_of(store, wid, at, national)
    assert st.status == "on_track" and st.period is not None
    assert (st.period.start, st.period.end, st.period.renewed) == (
        D(2024, 3, 1), D(2027, 2, 28), True,
    )  # fmt: skip
    assert [w.standing for w in training.standings(store, at, national)] == [st]


def test_a_certificate_without_a_registration_is_listed_as_unregistered(
    store: Store, national: ce.CESettings
) -> None:
    wid = person(store, registered=None)
    assert live(store, wid) == []
    [w] = training.standings(store, D(2024, 6, 1), national)
    assert w.worker_id == wid and w.standing.note == "未登记"


def test_the_certificate_date_makes_and_moves_its_first_registration(store: Store) -> None:
    wid = person(store)
    first = {"kind": "首次登记", "valid_from": "2021-03-01", "valid_until": "2024-02-29"}
    assert live(store, wid) == [{**first, "state": "已出证"}]
    c = cert(store, wid)
    workers.update_certificate(store, str(c["id"]), {**c, "registration_date": "2021-04-01"})
    assert live(store, wid) == [
        {
            "kind": "首次登记",
            "valid_from": "2021-04-01",
            "valid_until": "2024-03-31",
            "state": "已出证",
        }
    ]
    workers.update_certificate(store, str(c["id"]), {**c, "registration_date": None})
    assert live(store, wid) == []
    workers.update_certificate(store, str(c["id"]), {**c, "registration_date": "2021-03-01"})
    assert live(store, wid) == [{**first, "state": "已出证"}]
    workers.delete_certificate(store, str(c["id"]))
    assert live(store, wid) == []


def test_the_first_registration_record_sets_the_certificate_date(store: Store) -> None:
    wid = person(store)
    [row] = store_reg.for_worker(store, wid)
    store_reg.update(store, row["id"], {"valid_from": "2021-05-01", "state": "终审通过"})
    assert cert(store, wid)["registration_date"] == "2021-05-01"
    store_reg.delete(store, row["id"])
    assert cert(store, wid)["registration_date"] is None
    store_reg.add(store, wid, {"level": A2, "kind": "首次登记", "valid_from": "2021-06-01"})
    assert cert(store, wid)["registration_date"] == "2021-06-01"


def test_a_second_first_registration_is_refused_and_changes_nothing(store: Store) -> None:
    wid = person(store)
    before = (live(store, wid), cert(store, wid))
    with pytest.raises(RuleError, match="已有一条首次登记（2021-03-01 起）"):
        store_reg.add(store, wid, {"level": A2, "kind": "首次登记", "valid_from": "2022-01-01"})
    assert (live(store, wid), cert(store, wid)) == before


def test_a_first_registration_before_the_certificate_is_refused(store: Store) -> None:
    wid = person(store, registered=None)
    with pytest.raises(RuleError, match="早于证书取得日期 2020-12-01"):
        store_reg.add(store, wid, {"level": A2, "kind": "首次登记", "valid_from": "2020-11-30"})
    assert live(store, wid) == [] and cert(store, wid)["registration_date"] is None
    c = cert(store, wid)
    with pytest.raises(FieldErrors):
        workers.update_certificate(store, str(c["id"]), {**c, "registration_date": "2020-11-30"})
    assert live(store, wid) == []


def test_the_mirror_writes_versions_and_audit(store: Store) -> None:
    wid = person(store)
    [row] = store_reg.for_worker(store, wid)
    c = cert(store, wid)
    workers.update_certificate(store, str(c["id"]), {**c, "registration_date": "2021-04-01"})
    moved = records.get(store, "registrations", row["id"])
    assert moved["version"] == 2
    assert [h["action"] for h in store.history("registrations", [row["id"]])] == [
        "insert",
        "update",
    ]


# -- files written before -----------------------------------------------------------------------
def test_a_file_upgrades_to_one_registration_date(tmp_path: Path) -> None:
    """c1: two 首次登记 records, the certificate's date on neither; c2: a date and no record;
    c3: deleted with a live record; c4: its record of another level; c5: all in agreement."""
    from test_schema_steps import township_file

    old = tmp_path / "old.db"
    township_file(
        "schema_v8.sql",
        old,
        """
        INSERT INTO certificates (id, created_at, updated_at, origin, worker_id, level,
                                  registration_date, deleted)
        VALUES ('c1', 't', 't', 'o', 'w1', '助理社会工作师', '2021-01-01', 0),
               ('c2', 't', 't', 'o', 'w1', '助理社会工作师', '2022-02-01', 0),
               ('c3', 't', 't', 'o', 'w1', '社会工作师', '2022-03-01', 1),
               ('c4', 't', 't', 'o', 'w1', '社会工作师', '2022-04-01', 0),
               ('c5', 't', 't', 'o', 'w1', '社会工作师', '2022-05-01', 0);
        INSERT INTO registrations (id, created_at, updated_at, origin, rev, worker_id,
                                   certificate_id, level, kind, valid_from, valid_until, state)
        VALUES ('r1', 't1', 't', 'o', 1, 'w1', 'c1', '助理社会工作师', '首次登记', '2021-02-01',
                '2024-01-31', '已出证'),
               ('r1b', 't2', 't', 'o', 1, 'w1', 'c1', '助理社会工作师', '首次登记', '2024-02-01',
                '2027-01-31', '待审核'),
               ('r3', 't', 't', 'o', 1, 'w1', 'c3', '社会工作师', '首次登记', '2022-03-01',
                '2025-02-28', '已出证'),
               ('r4', 't', 't', 'o', 1, 'w1', 'c4', '助理社会工作师', '首次登记', '2022-04-01',
                '2025-03-31', '已出证'),
               ('r5', 't', 't', 'o', 1, 'w1', 'c5', '社会工作师', '首次登记', '2022-05-01',
                '2025-04-30', '已出证');
        """,
    )
    with open_store(old, daily_backup=False) as s:
        certs = {r["id"]: r for r in s.query("SELECT * FROM certificates")}
        regs = {r["certificate_id"]: r for r in s.query("SELECT * FROM registrations")}
        by_id = {r["id"]: r for r in s.query("SELECT * FROM registrations")}
        assert certs["c1"]["registration_date"] == "2021-02-01" and certs["c1"]["version"] == 2
        assert (by_id["r1"]["kind"], by_id["r1b"]["kind"]) == ("首次登记", "再登记")
        assert by_id["r1b"]["version"] == 2 and by_id["r1b"]["rev"] == 6
        assert (regs["c2"]["kind"], regs["c2"]["valid_from"], regs["c2"]["valid_until"]) == (
            "首次登记", "2022-02-01", "2025-01-31",
        )  # fmt: skip
        assert by_id["r3"]["deleted"] == 1
        assert by_id["r4"]["level"] == "社会工作师"
        assert by_id["r5"]["version"] == 1 and certs["c5"]["version"] == 1  # untouched
        assert s.meta("rev") == "6"


def test_the_cli_records_a_renewal_by_default_once_a_first_registration_exists(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli_helpers import run

    from swdesk.store.unit import initialize

    with open_store(db_path) as s:
        initialize(s, "township", "510104001", "测试街道")
        person(s)
    args = ("registration", "add", "--id-number", make_id_number("510104", D(1980, 1, 1), 1),
            "--level", A2, "--valid-from", "2024-03-01")  # fmt: skip
    code, out, _ = run(capsys, db_path, *args)
    assert code == 0 and "助理社会工作师再登记，有效期 2024-03-01 至 2027-02-28，已出证" in out
    code, out, err = run(capsys, db_path, *args[:-1], "2024-04-01", "--kind", "首次登记")
    assert code == 3 and "已有一条首次登记（2021-03-01 起）" in out + err
    with open_store(db_path) as s:
        assert s.scalar("SELECT count(*) FROM registrations") == 2
