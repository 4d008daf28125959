"""The whole-column checks of a roster import (``core.worker_batch``, ``core.certificate_batch``):
a column whose every value passes the cheap check is taken as it is, and one failing value
sends its row through the single-row check, whose record or reasons the batch gives exactly.
Each cheap check is tested on both sides of every edge."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from roster_corpus import V_HEPING, impossible_birth_date, old_15, valid_id, wrong_check_digit

from swdesk.core import certificate_batch, worker_batch
from swdesk.core import registration as reg
from swdesk.core.errors import FieldErrors
from swdesk.core.idnumber import make_id_number
from swdesk.core.worker import validate_certificate, validate_worker

TODAY = date(2026, 6, 1)


def _row(i: int, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "name": f"李{i}",
        "id_number": valid_id(i, date(1970 + i % 30, 1 + i % 12, 1 + i % 28)),
        "phone": f"138{i:08d}",
        "birth_date": datetime(1970 + i % 30, 1 + i % 12, 1 + i % 28),
        "village_code": V_HEPING,
    }
    row.update(values)
    return row


def _outcome(fn: Any, raw: dict[str, Any]) -> Any:
    try:
        return ("ok", list(fn(raw).items()))
    except FieldErrors as e:
        return ("errors", list(e.errors.items()))


def _shown(outcome: Any) -> Any:
    if isinstance(outcome, FieldErrors):
        return ("errors", list(outcome.errors.items()))
    return ("ok", list(outcome.items()))


def _same_as_one_by_one(raws: list[dict[str, Any]]) -> list[Any]:
    batch = [_shown(r) for r in worker_batch.validate_workers(raws, TODAY)]
    assert batch == [_outcome(lambda r: validate_worker(r, TODAY), r) for r in raws]
    return batch


GOOD = [_row(i) for i in range(1, 40)]


def test_a_good_file_takes_every_column_whole() -> None:
    column = [r["id_number"] for r in GOOD]
    assert worker_batch._ids_whole(column, TODAY) is not None
    assert worker_batch._names_whole([r["name"] for r in GOOD]) is not None
    assert worker_batch._phones_whole([r["phone"] for r in GOOD]) is not None
    assert worker_batch._births_whole([r["birth_date"] for r in GOOD]) is not None
    assert all(r[0] == "ok" for r in _same_as_one_by_one(GOOD))


@pytest.mark.parametrize(
    "name",
    ["张 三", "王\u200b五", "李" * 31, "Ａ君", "", "赵\t六", " 钱七", "兀\uf900"],
)
def test_a_name_the_cheap_check_cannot_pass_is_checked_alone(name: str) -> None:
    assert worker_batch._names_whole([r["name"] for r in GOOD] + [name]) is None
    _same_as_one_by_one([*GOOD, _row(99, name=name)])


@pytest.mark.parametrize("name", ["李" * 30, "周", "O'Brien", "阿依古丽·买买提"])
def test_a_name_at_the_edge_is_taken_whole(name: str) -> None:
    assert worker_batch._names_whole([r["name"] for r in GOOD] + [name]) is not None
    assert _same_as_one_by_one([*GOOD, _row(99, name=name)])[-1][0] == "ok"


@pytest.mark.parametrize(
    "phone",
    [
        "138-0000-0000",
        "+8613800000000",
        "12800000000",
        "１３８００００００００",
        "1380000000",
        13800000000.0,
    ],
)
def test_a_phone_the_cheap_check_cannot_pass_is_checked_alone(phone: Any) -> None:
    assert worker_batch._phones_whole([r["phone"] for r in GOOD] + [phone]) is None
    _same_as_one_by_one([*GOOD, _row(99, phone=phone)])


def test_a_phone_column_with_a_blank_is_checked_value_by_value() -> None:
    assert worker_batch._phones_whole([r["phone"] for r in GOOD] + [None]) is None
    rows = [*GOOD, _row(99, phone=None)]
    assert _same_as_one_by_one(rows)[-1][0] == "ok"


@pytest.mark.parametrize(
    "number",
    [
        wrong_check_digit(valid_id(7)),
        impossible_birth_date(),
        make_id_number("000000", date(1980, 1, 1), 1),
        make_id_number("001234", date(1980, 1, 1), 1),
        make_id_number("510104", date(1899, 12, 31), 1),
        make_id_number("510104", date(2026, 6, 2), 1),  # born after TODAY
        valid_id(8).replace("X", "x") if valid_id(8).endswith("X") else valid_id(8)[:17] + "x",
        old_15()[0],
        valid_id(9) + " ",
        "５" + valid_id(10)[1:],
        4.10105199001011e17,
        None,
    ],
)
def test_an_id_number_the_cheap_check_cannot_pass_is_checked_alone(number: Any) -> None:
    assert worker_batch._ids_whole([r["id_number"] for r in GOOD] + [number], TODAY) is None
    _same_as_one_by_one([*GOOD, _row(99, id_number=number)])


@pytest.mark.parametrize("born", [date(1900, 1, 1), date(2026, 6, 1)])
def test_an_id_number_born_on_the_edge_is_taken_whole(born: date) -> None:
    number = make_id_number("510104", born, 5)
    assert worker_batch._ids_whole([r["id_number"] for r in GOOD] + [number], TODAY) is not None
    rows = [*GOOD, _row(99, id_number=number, birth_date=None)]
    assert _same_as_one_by_one(rows)[-1][0] == "ok"


def test_the_check_digit_of_every_number_is_the_single_check() -> None:
    numbers = [make_id_number("510104", date(1980, 1, 1 + i % 28), i) for i in range(300)]
    assert worker_batch._ids_whole(numbers, TODAY) is not None  # every check character, X too
    assert any(n.endswith("X") for n in numbers)
    for i in (0, 150, 299):
        broken = [*numbers[:i], wrong_check_digit(numbers[i]), *numbers[i + 1 :]]
        assert worker_batch._ids_whole(broken, TODAY) is None


@pytest.mark.parametrize(
    "born",
    [datetime(1899, 12, 31), datetime(2101, 1, 1), "1980-01-01", date(1980, 1, 1), 29000],
)
def test_a_birth_date_the_cheap_check_cannot_pass_is_checked_alone(born: Any) -> None:
    assert worker_batch._births_whole([r["birth_date"] for r in GOOD] + [born]) is None
    _same_as_one_by_one([*GOOD, _row(99, birth_date=born)])


def test_a_birth_date_and_gender_against_the_number_are_still_compared() -> None:
    number = make_id_number("510104", date(1980, 5, 17), 3)  # a man's
    rows = [
        *GOOD,
        _row(97, id_number=number, birth_date=datetime(1980, 5, 18)),  # another day
        _row(98, id_number=number, birth_date=datetime(1980, 5, 1)),  # the month alone
        _row(99, id_number=number, birth_date=None, gender="女"),
    ]
    out = _same_as_one_by_one(rows)
    assert [r[0] for r in out[-3:]] == ["errors", "ok", "errors"]
    assert [r[0] for r in out[:-3]] == ["ok"] * len(GOOD)


# -- certificates and registrations -----------------------------------------------------------
def _cert(i: int, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "level": "社会工作师",
        "cert_number": f"2016{i:010d}",
        "obtained_date": datetime(2016, 1 + i % 12, 1 + i % 28),
        "registration_date": datetime(2020, 1 + i % 12, 1 + i % 28),
    }
    row.update(values)
    return row


def _same_certificates(raws: list[dict[str, Any] | None]) -> list[Any]:
    batch = certificate_batch.validate_certificates(raws)
    expected = [None if r is None else _outcome(validate_certificate, r) for r in raws]
    assert [None if o is None else _shown(o) for o in batch] == expected
    return expected


@pytest.mark.parametrize(
    "values",
    [
        {},
        {"level": "初级"},
        {"level": "高级工程师"},
        {"cert_number": "2016\x0012"},
        {"cert_number": "２０１６"},
        {"cert_number": 2016001.0},
        {"cert_number": None},
        {"obtained_date": "2016年3月"},
        {"obtained_date": "不知道"},
        {"registration_date": datetime(2015, 1, 1)},  # before it was obtained
        {"registration_date": None, "obtained_date": None},
    ],
)
def test_certificates_are_checked_as_one_by_one(values: dict[str, Any]) -> None:
    raws: list[dict[str, Any] | None] = [_cert(i) for i in range(30)]
    raws += [None, _cert(99, **values)]
    out = _same_certificates(raws)
    assert [o[0] for o in out[:30]] == ["ok"] * 30


def _reg(i: int, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "kind": reg.KIND_RENEWAL,
        "state": reg.STATE_ISSUED,
        "valid_from": datetime(2024, 1 + i % 12, 1 + i % 28),
        "valid_until": datetime(2027, 1 + i % 12, 1 + i % 28),
        "management_number": f"2024{i:08d}",
    }
    row.update(values)
    return row


@pytest.mark.parametrize(
    "values",
    [
        {},
        {"kind": None, "state": None},
        {"kind": "补登记"},
        {"state": "作废"},
        {"valid_from": None},
        {"valid_until": None},
        {"valid_from": datetime(2024, 2, 29), "valid_until": None},
        {"valid_until": datetime(2023, 1, 1)},
        {"valid_until": "明年"},
        {"management_number": "20\u200b24"},
        {"management_number": "20\n24"},
        {"management_number": None},
    ],
)
def test_registrations_are_checked_as_one_by_one(values: dict[str, Any]) -> None:
    raws: list[dict[str, Any] | None] = [_reg(i) for i in range(30)]
    raws += [None, _reg(99, **values)]
    batch = certificate_batch.check_registrations(raws)
    expected = [None if r is None else _outcome(reg.check_fields, r) for r in raws]
    assert [None if o is None else _shown(o) for o in batch] == expected
    assert [_outcome(reg.check_fields, r)[0] for r in raws[:30] if r] == ["ok"] * 30
