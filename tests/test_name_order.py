"""Names in 花名册 order: character by character by pinyin, then strokes, shared by Python
sorting (``core.names.sort_key``) and SQL (the ``name_order`` collation) — exports and printed
sheets list people in the same order."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import VILLAGES
from roster_corpus import valid_id

from swdesk.core.names import sort_key, stroke_count
from swdesk.store import Store, workers

# Made by hand, in the order a clerk expects; each neighbour pair holds one rule.
EXPECTED = [
    "阿依古丽·买买提",  # a (ā) before b; the dot of a transcribed name plays no part
    "陈",  # a name that is a prefix of another comes first
    "陈娟",
    "陈娟桂",  # 陈 chén ends before 程 chéng goes on: not "chenjuangui" > "chengli"
    "程丽",
    "李四",
    "王五",
    "曾小明",  # the surname 曾 reads zēng (not céng): z-e before z-h
    "张三",  # 张 zhāng 7 strokes before 章 zhāng 11 strokes, whatever follows
    "章明",
]


def test_stroke_counts_come_from_unihan() -> None:
    assert [stroke_count(c) for c in "一陈程张章娟"] == [1, 7, 12, 7, 11, 10]
    assert stroke_count("A") == 0 and stroke_count("😀") == 0


def test_sort_key_orders_a_hand_made_list() -> None:
    for shuffled in (list(reversed(EXPECTED)), EXPECTED[1::2] + EXPECTED[::2]):
        assert sorted(shuffled, key=sort_key) == EXPECTED


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("陈娟桂", "程丽"),  # pinyin of the first character decides
        ("张三", "章三"),  # same pinyin: fewer strokes first
        ("张三", "张三丰"),  # a prefix first
        ("曾小明", "张三"),  # 曾 as a surname: zeng
    ],
)
def test_sort_key_pairs(before: str, after: str) -> None:
    assert sort_key(before) < sort_key(after)
    assert not sort_key(after) < sort_key(before)


def test_same_pinyin_and_strokes_still_give_one_order() -> None:
    # 陈 and 臣 are both chén with 7 and 6 strokes; 陳 (traditional) has 10: all distinct keys.
    keys = {sort_key(n) for n in ("陈", "臣", "陳")}
    assert len(keys) == 3


def test_roster_export_and_sheets_share_the_order(store: Store) -> None:
    village = VILLAGES[0][0]
    for i, name in enumerate(reversed(EXPECTED)):
        workers.create(
            store,
            {
                "name": name,
                "id_number": valid_id(100 + i, date(1980, 1, 1 + i)),
                "village_code": village,
                "phone": f"1380013{i:04d}",
            },
        )
    exported = [r["name"] for r in workers.roster_rows(store)]
    assert exported == EXPECTED
    assert exported.index("陈娟桂") < exported.index("程丽")
    assert exported.index("张三") < exported.index("章明")
    by_sql = [
        r[0]
        for r in store.conn.execute("SELECT name FROM workers ORDER BY name COLLATE name_order")
    ]
    assert by_sql == exported
