"""Search: pinyin keys and index terms (core), and the store's search with its filters."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from swdesk.core.idnumber import make_id_number
from swdesk.core.names import pinyin_keys, pinyin_syllables, search_terms
from swdesk.store import Store, workers
from swdesk.store.workers import WorkerFilter

V1, V2, V3 = "510104001001", "510104001002", "510104001201"


# -- core -------------------------------------------------------------------------------------
def test_pinyin_keys() -> None:
    assert pinyin_keys("张三") == ("zs", "zhangsan")
    assert pinyin_keys("张三丰") == ("zsf", "zhangsanfeng")
    assert pinyin_syllables("李 四") == ["li", "si"]


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("曾小明", ("zxm", "zengxiaoming")),
        ("单雄", ("sx", "shanxiong")),
        ("翟强", ("zq", "zhaiqiang")),
        ("仇英", ("qy", "qiuying")),
        ("解放", ("xf", "xiefang")),
        ("朴敏", ("pm", "piaomin")),
        ("王曾", ("wc", "wangceng")),  # not the surname there: only the first character is
    ],
)
def test_surnames_read_as_surnames(name: str, keys: tuple[str, str]) -> None:
    # pypinyin gives the everyday reading (曾 céng); the surname is Zēng.
    assert pinyin_keys(name) == keys


def test_both_readings_of_a_surname_are_indexed() -> None:
    terms = search_terms("曾小明", "510104198503151231", None)
    assert {"zxm", "zengxiaoming", "cxm", "cengxiaoming", "xm", "xiaoming"} <= terms


def test_search_terms_cover_every_substring_as_a_prefix() -> None:
    terms = search_terms("张三丰", "51010419850315123X", "13800138000")
    for needle in (
        "张",
        "三丰",
        "丰",
        "zs",
        "sf",
        "zsf",
        "zhang",
        "sanf",
        "feng",
        "1985",
        "0315",
        "15123x",
        "38000",
        "00138",
    ):
        assert any(t.startswith(needle) for t in terms), needle
    # digits shorter than 3 are not indexed as their own suffixes
    assert "3x" not in terms and "00" not in terms


def test_search_terms_without_phone() -> None:
    terms = search_terms("李四", "510104198503151230", None)
    assert "ls" in terms and "lisi" in terms and "si" in terms
    assert "" not in terms


# -- store ------------------------------------------------------------------------------------
def add(store: Store, name: str, born: date, seq: int, **over: Any) -> tuple[str, str]:
    number = make_id_number("510104", born, seq)
    raw: dict[str, Any] = {"name": name, "id_number": number, "village_code": V1}
    certs = over.pop("certs", [])
    raw.update(over)
    return workers.create(store, raw, certs), number


@pytest.fixture
def people(store: Store) -> dict[str, tuple[str, str]]:
    return {
        "张三": add(
            store,
            "张三",
            date(1985, 3, 15),
            121,
            phone="13800138000",
            village_code=V1,
            post_type="社区专职工作者",
            domains="老年、家庭",
            certs=[{"level": "中级"}],
        ),
        "张三丰": add(
            store,
            "张三丰",
            date(1970, 1, 2),
            131,
            phone="13911112222",
            village_code=V2,
            post_type="社工站驻站社工",
            domains="儿童",
            status="离岗",
            certs=[{"level": "初级"}],
        ),
        "李四": add(
            store,
            "李四",
            date(1992, 11, 30),
            142,
            phone="15000001234",
            village_code=V3,
            post_type="社区专职工作者",
            domains="社会救助、老年",
        ),
        "王五": add(
            store,
            "王五",
            date(1988, 8, 8),
            151,
            village_code=V3,
            post_type="其他",
            status="调出",
            certs=[{"level": "社工员"}, {"level": "高级"}],
        ),
    }


def names(
    store: Store, flt: WorkerFilter, sort: str = "name", descending: bool = False
) -> list[str]:
    ids = workers.search_rowids(store, flt, sort, descending)
    rows = workers.fetch_rows(store, ids)
    return [rows[i]["name"] for i in ids]


def find(store: Store, text: str) -> set[str]:
    return set(names(store, WorkerFilter(text=text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zs", {"张三", "张三丰"}),
        ("ZS", {"张三", "张三丰"}),
        ("zhangsan", {"张三", "张三丰"}),
        ("zhangsanf", {"张三丰"}),
        ("sanf", {"张三丰"}),
        ("zsf", {"张三丰"}),
        ("sf", {"张三丰"}),
        ("张", {"张三", "张三丰"}),
        ("三", {"张三", "张三丰"}),
        ("三丰", {"张三丰"}),
        ("李四", {"李四"}),
        ("ls", {"李四"}),
        ("wangwu", {"王五"}),
        ("zz", set()),
        ("赵", set()),
    ],
)
def test_name_search(
    store: Store, people: dict[str, tuple[str, str]], text: str, expected: set[str]
) -> None:
    assert find(store, text) == expected


def test_id_number_fragments(store: Store, people: dict[str, tuple[str, str]]) -> None:
    number = people["李四"][1]
    assert find(store, number[-6:]) == {"李四"}
    assert find(store, number[-6:].lower()) == {"李四"}
    assert find(store, "19921130") == {"李四"}
    assert find(store, number) == {"李四"}
    assert find(store, "510104") == set(people)
    assert find(store, "1985") >= {"张三"}


def test_id_number_with_x(store: Store) -> None:
    for seq in range(100, 200):
        number = make_id_number("510104", date(1999, 9, 9), seq)
        if number.endswith("X"):
            break
    workers.create(store, {"name": "赵六", "id_number": number, "village_code": V1})
    assert find(store, number[-4:].lower()) == {"赵六"}
    assert find(store, number[-4:]) == {"赵六"}


def test_phone_fragments(store: Store, people: dict[str, tuple[str, str]]) -> None:
    assert find(store, "13800138000") == {"张三"}
    assert find(store, "0138000") == {"张三"}
    assert find(store, "1111") == {"张三丰"}
    assert find(store, "1234") == {"李四"}


def test_multi_token_query_intersects(store: Store, people: dict[str, tuple[str, str]]) -> None:
    assert find(store, "zs 1970") == {"张三丰"}
    assert find(store, "张 13800") == {"张三"}
    assert find(store, "zs ls") == set()
    assert find(store, "  zs   ") == {"张三", "张三丰"}


def test_polyphonic_surname_found_and_sorted_by_its_surname_reading(store: Store) -> None:
    add(store, "曾小明", date(1980, 1, 1), 11)
    add(store, "陈伟", date(1980, 1, 1), 21)
    add(store, "郑一", date(1980, 1, 1), 31)
    assert find(store, "zxm") == {"曾小明"}
    assert find(store, "zengxiaoming") == {"曾小明"}
    assert find(store, "cxm") == {"曾小明"}  # the everyday reading still finds him
    assert names(store, WorkerFilter()) == ["陈伟", "曾小明", "郑一"]  # chen < zeng < zheng


def test_empty_text_lists_everyone_sorted_by_pinyin(
    store: Store, people: dict[str, tuple[str, str]]
) -> None:
    # lisi < wangwu < zhangsan < zhangsanfeng
    assert names(store, WorkerFilter()) == ["李四", "王五", "张三", "张三丰"]
    assert names(store, WorkerFilter(), descending=True) == ["张三丰", "张三", "王五", "李四"]


def test_other_sort_orders(store: Store, people: dict[str, tuple[str, str]]) -> None:
    assert names(store, WorkerFilter(), sort="birth_date") == ["张三丰", "张三", "王五", "李四"]
    assert names(store, WorkerFilter(), sort="level", descending=True)[0] == "王五"
    # an unknown sort key falls back to the name, never to SQL built from the key
    assert names(store, WorkerFilter(), sort="name; DROP TABLE workers") == [
        "李四",
        "王五",
        "张三",
        "张三丰",
    ]


def test_filter_by_village(store: Store, people: dict[str, tuple[str, str]]) -> None:
    assert set(names(store, WorkerFilter(village_code=V3))) == {"李四", "王五"}
    assert set(names(store, WorkerFilter(village_code=V2))) == {"张三丰"}


def test_filter_by_level(store: Store, people: dict[str, tuple[str, str]]) -> None:
    assert names(store, WorkerFilter(level="社会工作师")) == ["张三"]
    assert names(store, WorkerFilter(level="高级社会工作师")) == ["王五"]  # the highest held
    assert names(store, WorkerFilter(level="社工员")) == []
    assert names(store, WorkerFilter(level="")) == ["李四"]  # no certificate
    assert len(names(store, WorkerFilter(level=None))) == 4


def test_filter_by_status_post_type_domain(
    store: Store, people: dict[str, tuple[str, str]]
) -> None:
    assert names(store, WorkerFilter(status="在岗")) == ["李四", "张三"]
    assert names(store, WorkerFilter(status="调出")) == ["王五"]
    assert names(store, WorkerFilter(post_type="社区专职工作者")) == ["李四", "张三"]
    assert names(store, WorkerFilter(domain="老年")) == ["李四", "张三"]
    assert names(store, WorkerFilter(domain="儿童/未成年人")) == ["张三丰"]
    assert names(store, WorkerFilter(domain="残障")) == []


def test_filters_combine_with_text(store: Store, people: dict[str, tuple[str, str]]) -> None:
    assert names(store, WorkerFilter(text="zs", village_code=V1)) == ["张三"]
    assert names(store, WorkerFilter(text="zs", status="离岗")) == ["张三丰"]
    assert names(store, WorkerFilter(text="510104", domain="老年", level="")) == ["李四"]


def test_deleted_excluded_unless_asked(store: Store, people: dict[str, tuple[str, str]]) -> None:
    workers.delete(store, people["张三"][0])
    assert find(store, "zs") == {"张三丰"}
    assert set(names(store, WorkerFilter(text="zs", include_deleted=True))) == {"张三", "张三丰"}
    workers.restore(store, people["张三"][0])
    assert find(store, "zs") == {"张三", "张三丰"}


def test_renamed_worker_found_by_new_name_only(
    store: Store, people: dict[str, tuple[str, str]]
) -> None:
    wid, number = people["李四"]
    workers.update(store, wid, {"name": "李思思", "id_number": number, "village_code": V3})
    assert find(store, "lss") == {"李思思"}
    assert find(store, "lisisi") == {"李思思"}
    assert find(store, "李四") == set()


def test_phone_change_reindexed(store: Store, people: dict[str, tuple[str, str]]) -> None:
    wid, number = people["李四"]
    workers.update(
        store,
        wid,
        {"name": "李四", "id_number": number, "village_code": V3, "phone": "18612345678"},
    )
    assert find(store, "15000001234") == set()
    assert find(store, "18612345678") == {"李四"}


def test_rebuild_search_index(store: Store, people: dict[str, tuple[str, str]]) -> None:
    store.conn.execute("DELETE FROM worker_search")
    assert find(store, "zs") == set()
    assert workers.rebuild_search_index(store) == 4
    assert find(store, "zs") == {"张三", "张三丰"}


def test_list_public_and_count(store: Store, people: dict[str, tuple[str, str]]) -> None:
    rows = workers.list_public(store, "zs")
    assert [r["name"] for r in rows] == ["张三", "张三丰"]
    assert rows[0]["level"] == "社会工作师"
    assert rows[0]["domains"] == ["老年", "家庭"]
    assert workers.count(store) == 4
    workers.delete(store, people["王五"][0])
    assert workers.count(store) == 3
    assert workers.count(store, include_deleted=True) == 4


def _index_of(store: Store) -> dict[int, set[str]]:
    """Every worker's searchable terms as the index holds them: the name terms of
    ``worker_search`` and every suffix of three characters or more of the ID number and phone
    held in ``worker_digits`` (the fragments its trigrams answer)."""
    out: dict[int, set[str]] = {}
    for term, wid in store.conn.execute("SELECT term, wid FROM worker_search"):
        out.setdefault(wid, set()).add(term)
    for wid, *fields in store.conn.execute("SELECT rowid, id_number, phone FROM worker_digits"):
        for digits in filter(None, fields):
            out.setdefault(wid, set()).update(digits[i:] for i in range(len(digits) - 2))
    return out


def test_bulk_index_holds_exactly_the_search_terms(store: Store) -> None:
    """Bulk inserts have SQLite cut the digit suffixes: the index must equal search_terms."""
    from swdesk.services import demo

    demo.fill(store, 60, seed=11)
    add(store, "曾小明", date(1985, 3, 15), 5, phone=None)  # no phone; surname read two ways
    number = make_id_number("510104", date(1990, 1, 1), 2)
    if not number.endswith("X"):  # make sure an X-final number is covered
        number = next(
            n
            for seq in range(3, 999)
            if (n := make_id_number("510104", date(1990, 1, 1), seq)).endswith("X")
        )
    workers.create(store, {"name": "欧阳娜娜", "id_number": number, "phone": "13512345678"})
    index = _index_of(store)
    rows = store.conn.execute("SELECT rowid, name, id_number, phone FROM workers").fetchall()
    assert len(rows) == 62
    for rowid, name, id_number, phone in rows:
        assert index[rowid] == search_terms(name, id_number, phone), name
    assert store.scalar("SELECT count(*) FROM worker_digits") == 62  # one row a worker
    assert workers.rebuild_search_index(store) == 62
    assert _index_of(store) == index


def test_a_failed_batch_leaves_no_index_entries(store: Store) -> None:
    one = make_id_number("510104", date(1980, 5, 5), 7)
    items = [
        ({"name": "甲", "id_number": one}, []),
        ({"name": "乙", "id_number": one}, []),  # the same person twice: refused
    ]
    from swdesk.core.worker import validate_worker

    with pytest.raises(Exception, match="出现了两次"):
        workers.insert_clean(store, [(validate_worker(raw), c) for raw, c in items])
    assert store.scalar("SELECT count(*) FROM worker_search") == 0
    assert store.scalar("SELECT count(*) FROM worker_digits") == 0
    assert store.scalar("SELECT count(*) FROM workers") == 0


def test_an_imported_roster_is_indexed_once_and_exactly(store: Store, tmp_path: Any) -> None:
    from roster_corpus import STANDARD_HEADER, simple_roster, standard_rows

    from swdesk.services import roster

    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, standard_rows(1200))
    roster.apply_import(store, roster.plan_import(store, path))  # more than one insert batch
    index = _index_of(store)
    rows = store.conn.execute("SELECT rowid, name, id_number, phone FROM workers").fetchall()
    assert len(rows) == 1200
    for rowid, name, id_number, phone in rows:
        assert index[rowid] == search_terms(name, id_number, phone), name
    assert names(store, WorkerFilter(text=rows[700][2][-6:])) == [rows[700][1]]
