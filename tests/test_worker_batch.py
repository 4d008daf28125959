"""``core.worker_batch.validate_workers`` gives each row exactly what ``validate_worker`` does:
the same record (keys in the same order) for a good row, the same reasons for a bad one."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from roster_corpus import V_HEPING, V_XINMIN, messy_roster, old_15, valid_id

from swdesk.core.errors import FieldErrors
from swdesk.core.worker import validate_worker
from swdesk.core.worker_batch import validate_workers
from swdesk.core.workforce import ROLE_STAFFED_CADRE
from swdesk.formats import roster_read
from swdesk.services import roster

TODAY = date(2026, 6, 1)


def _one_by_one(raws: list[dict[str, Any]]) -> list[Any]:
    out: list[Any] = []
    for raw in raws:
        try:
            out.append(list(validate_worker(raw, TODAY).items()))
        except FieldErrors as e:
            out.append(("errors", list(e.errors.items())))
    return out


def _batch(raws: list[dict[str, Any]]) -> list[Any]:
    return [
        ("errors", list(r.errors.items())) if isinstance(r, FieldErrors) else list(r.items())
        for r in validate_workers(raws, TODAY)
    ]


def _base(i: int, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "name": f"张{i}",
        "id_number": valid_id(i, date(1980 + i % 20, 1 + i % 12, 1 + i % 27)),
        "ethnicity": "汉族",
        "phone": f"139{i:08d}",
        "political_status": "群众",
        "education": "大专",
        "village_code": V_HEPING if i % 2 else V_XINMIN,
        "post_type": "社区专职工作者",
        "professional_post": "是" if i % 3 else "否",
        "domains": "老年、儿童" if i % 2 else "老年",
        "status_date": "2024-01-0" + str(1 + i % 9),
    }
    row.update(values)
    return row


def test_good_rows_get_the_same_record_in_the_same_order() -> None:
    raws = [_base(i) for i in range(1, 60)]
    raws += [
        _base(100, roles=ROLE_STAFFED_CADRE),
        _base(101, notes=" 备注 ", major="社会工作", sw_major=1),
    ]
    raws += [_base(102, gender="男" if int(_base(102)["id_number"][16]) % 2 else "女")]
    raws += [_base(103, id_number=old_15(7)[0], id_note=None), _base(104, status=None)]
    raws += [_base(105, birth_date=datetime(1985, 3, 1), id_number=valid_id(5, date(1985, 3, 15)))]
    batch = _batch(raws)
    assert batch == _one_by_one(raws)
    assert [r for r in batch if r[0] == "errors"] == []
    # Each row owns its lists: the cache does not hand one list to every row.
    done = validate_workers(raws, TODAY)
    assert done[0]["domains"] == done[2]["domains"]
    assert done[0]["domains"] is not done[2]["domains"]


def test_bad_rows_get_the_same_reasons() -> None:
    raws = [
        _base(1),
        _base(2, name=""),
        _base(3, ethnicity="火星族"),
        _base(4, id_number=123456789012345678.0),
        _base(5, gender="女" if int(_base(5)["id_number"][16]) % 2 else "男"),
        _base(6, birth_date="1900-01-01"),
        _base(7, phone="123"),
        _base(8, roles="不存在的职务", status="不知道"),
        _base(9, status_date="明天"),
        _base(10, domains="天文"),
        _base(11),
        _base(12, education=1.0, political_status=True),
    ]
    batch = _batch(raws)
    assert batch == _one_by_one(raws)
    assert [r[0] == "errors" for r in batch] == [False, *[True] * 9, False, True]


def test_values_told_apart_by_type() -> None:
    """1, 1.0 and True are one dict key; each must be checked as itself."""
    raws = [_base(1, sw_major=1), _base(2, sw_major=True), _base(3, sw_major=1.0)]
    raws += [_base(4, major=1), _base(5, major=1.0), _base(6, major=True)]
    assert _batch(raws) == _one_by_one(raws)


def test_unhashable_cells_are_checked_one_by_one() -> None:
    raws = [_base(1, domains=["老年", "儿童"]), _base(2, roles=[ROLE_STAFFED_CADRE]), _base(3)]
    assert _batch(raws) == _one_by_one(raws)


def test_the_messy_roster_reads_the_same(tmp_path: Path) -> None:
    messy_roster(tmp_path / "messy.xlsx")
    sheet = roster_read.read_roster(tmp_path / "messy.xlsx")
    names = roster.VillageNames(
        [
            {"code": V_HEPING, "name": "和平社区", "deleted": 0},
            {"code": V_XINMIN, "name": "新民社区", "deleted": 0},
        ]
    )
    raws = [roster._prepare(rr, names).raw for rr in sheet.rows]
    assert len(raws) > 10
    batch = _batch(raws)
    assert batch == _one_by_one(raws)
    assert any(r[0] == "errors" for r in batch) and any(r[0] != "errors" for r in batch)
