"""A roster's registrations written in one batch (``write_roster_registrations``) leave
exactly the records, certificate dates and refusals of writing them row by row
(``write_roster_registration``), which stays the reference."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import TOWNSHIP_CODE

from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, open_store, workers
from swdesk.store import registrations as store_reg
from swdesk.store.unit import initialize

A2 = "助理社会工作师"
A1 = "社会工作师"
Item = tuple[str, str, dict[str, Any], frozenset[str]]


def _reg(kind: str, start: str, until: str, state: str, number: str | None) -> dict[str, Any]:
    return {"kind": kind, "state": state, "applied_on": None, "valid_from": start,
            "valid_until": until, "management_number": number, "note": None}  # fmt: skip


ALL = frozenset({"kind", "valid_from", "valid_until", "state", "management_number"})


def _people(store: Store) -> list[str]:
    """Six people with a 助理 certificate registered 2021-03-01; the second and the sixth also
    have a 再登记."""
    ids = [
        workers.create(
            store,
            {"name": f"批量{n}", "id_number": make_id_number("510104", date(1980, 1, n), n)},
            [{"level": A2, "obtained_date": "2020-12-01", "registration_date": "2021-03-01"}],
        )
        for n in range(1, 7)
    ]
    store_reg.add(store, ids[1], {"level": A2, **_reg("再登记", "2024-03-01", "2027-02-28",
                                                     "待审核", "0012")})  # fmt: skip
    store_reg.add(store, ids[5], {"level": A2, **_reg("再登记", "2024-03-01", "2027-02-28",
                                                     "待审核", "0016")})  # fmt: skip
    return ids


def _items(ids: list[str]) -> list[Item]:
    return [
        # a new 再登记
        (ids[0], A2, _reg("再登记", "2024-05-01", "2027-04-30", "终审通过", "0001"), ALL),
        # the system moved an existing 再登记 on
        (ids[1], A2, _reg("再登记", "2024-03-01", "2027-02-28", "已出证", "0012"), ALL),
        # the 首次登记 as recorded: nothing to write
        (ids[2], A2, _reg("首次登记", "2021-03-01", "2024-02-29", "已出证", None), ALL),
        # the 首次登记 with another 有效期至 and number (the one-row path)
        (ids[3], A2, _reg("首次登记", "2021-03-01", "2024-06-30", "已出证", "0004"), ALL),
        # two rows of one certificate: each sees the other's record
        (ids[4], A2, _reg("再登记", "2024-07-01", "2027-06-30", "待审核", None), ALL),
        (ids[4], A2, _reg("再登记", "2024-07-01", "2027-06-30", "已出证", "0005"), ALL),
        # only the state given: the number stays as recorded
        (ids[5], A2, _reg("再登记", "2024-03-01", "2027-02-28", "已完成", None),
         frozenset({"kind", "valid_from", "state"})),
        # a later row of the second person's certificate (one-row path, after the first)
        (ids[1], A2, _reg("再登记", "2024-03-01", "2027-02-28", "已完成", None),
         frozenset({"kind", "valid_from", "state"})),
    ]  # fmt: skip


def _fresh(tmp_path: Path, name: str) -> tuple[Store, list[str]]:
    store = open_store(tmp_path / name, daily_backup=False)
    initialize(store, "township", TOWNSHIP_CODE, "测试街道")
    return store, _people(store)


def _contents(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], int]:
    """What the records say, by person (ids and times differ between two files)."""
    regs = store.conn.execute(
        "SELECT w.name, r.level, r.kind, r.state, r.applied_on, r.valid_from, r.valid_until, "
        "r.management_number, r.note, r.version, r.deleted FROM registrations r "
        "JOIN workers w ON w.id = r.worker_id ORDER BY 1, 3, 6, 10"
    ).fetchall()
    certs = store.conn.execute(
        "SELECT w.name, c.level, c.registration_date, c.version FROM certificates c "
        "JOIN workers w ON w.id = c.worker_id ORDER BY 1, 2"
    ).fetchall()
    audit = store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    return regs, certs, audit


def _one_by_one(store: Store, items: list[Item]) -> None:
    with store.atomic():
        for wid, level, clean, given in items:
            store_reg.write_roster_registration(store, wid, level, clean, given)


def _batched(store: Store, items: list[Item]) -> None:
    store_reg.write_roster_registrations(store, items)


def test_a_batch_writes_what_row_by_row_writes(tmp_path: Path) -> None:
    ref, ref_ids = _fresh(tmp_path, "ref.db")
    got, got_ids = _fresh(tmp_path, "got.db")
    try:
        before = _contents(got)
        _one_by_one(ref, _items(ref_ids))
        _batched(got, _items(got_ids))
        assert _contents(got) == _contents(ref)
        assert _contents(got) != before  # the batch did write
        regs = store_reg.for_worker(got, got_ids[0])
        assert [(r["kind"], r["valid_from"], r["state"]) for r in regs] == [
            ("首次登记", "2021-03-01", "已出证"), ("再登记", "2024-05-01", "终审通过"),
        ]  # fmt: skip
    finally:
        ref.close()
        got.close()


def test_an_empty_batch_writes_nothing(store: Store) -> None:
    ids = _people(store)
    before = _contents(store)
    store_reg.write_roster_registrations(store, [])
    store_reg.write_roster_registrations(
        store, [(ids[2], A2, _reg("首次登记", "2021-03-01", "2024-02-29", "已出证", None), ALL)]
    )
    assert _contents(store) == before


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        # a level the person holds no certificate of
        (lambda ids: (ids[5], A1, _reg("再登记", "2024-03-01", "2027-02-28", "已出证", None), ALL),
         "没有社会工作师证书"),
        # a 首次登记 moved before the certificate was obtained
        (lambda ids: (ids[5], A2, _reg("首次登记", "2020-01-01", "2022-12-31", "已出证", None),
                      ALL), "早于证书取得日期"),
    ],
)  # fmt: skip
def test_a_refused_row_refuses_the_whole_batch(
    tmp_path: Path, bad: Callable[[list[str]], Item], reason: str
) -> None:
    for write in (_one_by_one, _batched):
        store, ids = _fresh(tmp_path, f"{write.__name__}.db")
        try:
            before = _contents(store)
            with pytest.raises(RuleError, match=reason):
                write(store, [*_items(ids), bad(ids)])
            assert _contents(store) == before
        finally:
            store.close()
