"""ID numbers and phones searched through ``worker_digits`` (schema step 18): what it finds is
what ``names.search_terms`` defines, fragments of any length; the step moves an old file's
digit suffixes out of ``worker_search`` and the old file still finds everyone."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from swdesk.core.idnumber import make_id_number
from swdesk.core.names import name_terms, search_terms
from swdesk.store import Store, open_store, workers
from swdesk.store.schema import migrations
from swdesk.store.unit import initialize
from swdesk.store.workers import WorkerFilter

STEP = 18
PEOPLE: list[tuple[str, date, int, str | None]] = [
    ("张三", date(1985, 3, 15), 121, "13800138000"),
    ("李四", date(1992, 11, 30), 142, "15000001234"),
    ("王五", date(1988, 8, 8), 151, None),
    ("欧阳娜娜", date(1999, 9, 9), 0, "13512345678"),  # seq 0: an X-final number, below
]


def _x_number(born: date) -> str:
    return next(
        n for seq in range(100, 999) if (n := make_id_number("510104", born, seq)).endswith("X")
    )


def _fill(store: Store) -> dict[str, tuple[str, str, str | None]]:
    """The people above; name → (id, ID number, phone)."""
    out = {}
    for name, born, seq, phone in PEOPLE:
        number = make_id_number("510104", born, seq) if seq else _x_number(born)
        raw: dict[str, Any] = {"name": name, "id_number": number}
        if phone:
            raw["phone"] = phone
        out[name] = (workers.create(store, raw), number, phone)
    return out


def found(store: Store, text: str) -> set[str]:
    rows = workers.fetch_rows(store, workers.search_rowids(store, WorkerFilter(text=text)))
    return {r["name"] for r in rows.values()}


def expected(people: dict[str, tuple[str, str, str | None]], text: str) -> set[str]:
    """The definition: a worker matches a token that begins one of their search terms."""
    tokens = text.lower().split()
    return {
        name
        for name, (_, number, phone) in people.items()
        if all(any(t.startswith(tok) for t in search_terms(name, number, phone)) for tok in tokens)
    }


@pytest.fixture
def people(store: Store) -> dict[str, tuple[str, str, str | None]]:
    return _fill(store)


@pytest.mark.parametrize(
    "text",
    ["1", "13", "8", "00", "x", "9x", "19", "51", "138", "0001234", "5678", "zs 13", "张 19"],
)
def test_digit_fragments_of_any_length_find_what_the_terms_define(
    store: Store, people: dict[str, tuple[str, str, str | None]], text: str
) -> None:
    assert found(store, text) == expected(people, text)


def test_short_fragments_are_not_found_in_the_last_two_places(
    store: Store, people: dict[str, tuple[str, str, str | None]]
) -> None:
    """A one- or two-digit token begins only suffixes of three or more: "78", the last two
    digits of 欧阳娜娜's phone and nowhere else in anyone's numbers, finds no one."""
    number_text = " ".join(f"{n} {p or ''}" for _, n, p in people.values())
    assert number_text.count("78") == 1 and people["欧阳娜娜"][2].endswith("78")  # type: ignore[union-attr]
    assert found(store, "78") == set()
    assert found(store, "567") == {"欧阳娜娜"}


def test_the_x_of_an_id_number_is_found_at_its_end(
    store: Store, people: dict[str, tuple[str, str, str | None]]
) -> None:
    number = people["欧阳娜娜"][1]
    assert found(store, number[-4:]) == {"欧阳娜娜"}
    assert found(store, number[-3:].lower()) == {"欧阳娜娜"}


def test_quotes_in_a_token_are_text_not_query_syntax(
    store: Store, people: dict[str, tuple[str, str, str | None]]
) -> None:
    assert found(store, '13"8') == set()
    assert found(store, "138*") == set()


def test_one_digit_row_per_worker_replaced_on_change(
    store: Store, people: dict[str, tuple[str, str, str | None]]
) -> None:
    wid = people["张三"][0]
    assert store.scalar("SELECT count(*) FROM worker_digits") == len(PEOPLE)
    workers.update(store, wid, {**workers.get(store, wid), "phone": "18612345678"})
    assert store.scalar("SELECT count(*) FROM worker_digits") == len(PEOPLE)
    assert found(store, "0138000") == set()
    assert found(store, "8612345") == {"张三"}


def _name_of(store: Store, rowid: int) -> str:
    return str(store.scalar("SELECT name FROM workers WHERE rowid = ?", (rowid,)))


def test_an_upgraded_file_holds_name_terms_and_digit_rows_and_finds_everyone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    with mock.patch.object(migrations, "MIGRATIONS", migrations.MIGRATIONS[: STEP - 1]):
        store = open_store(path)
        initialize(store, "township", "510104001", "测试单位")
        people = _fill(store)
        assert store.scalar("SELECT count(*) FROM worker_search WHERE term >= '0' AND term < ':'")
        store.close()
    store = open_store(path, daily_backup=False)  # step 18 runs
    try:
        terms: dict[str, set[str]] = {}
        for term, wid in store.conn.execute("SELECT term, wid FROM worker_search"):
            terms.setdefault(_name_of(store, wid), set()).add(term)
        assert terms == {name: name_terms(name) for name in people}
        digits = {
            _name_of(store, wid): (idn, phone)
            for wid, idn, phone in store.conn.execute(
                "SELECT rowid, id_number, phone FROM worker_digits"
            )
        }
        assert digits == {name: (n.lower(), p) for name, (_, n, p) in people.items()}
        for text in ("zs", "欧阳", "1234", "13", "0138000", people["李四"][1][-6:], "x"):
            assert found(store, text) == expected(people, text), text
    finally:
        store.close()
