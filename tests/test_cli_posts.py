"""``swdesk posts …`` and ``swdesk stations …``: output, JSON, and exit 3 with a Chinese
reason (nothing changed) on bad input or on a county file."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run, township_file

from swdesk.core import enums
from swdesk.core.idnumber import make_id_number
from swdesk.store import open_store, villages, workers
from swdesk.store.unit import initialize

VILLAGE = "510104001201"
ID = make_id_number("510104", date(1985, 3, 15), 11)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    with township_file(path) as store:
        villages.add(store, "510104001001", "和平社区", "urban")
        villages.add(store, VILLAGE, "红星村", "rural")
        workers.create(
            store,
            {"name": "张三", "id_number": ID},
            [{"level": enums.LEVEL_ASSISTANT, "obtained_on": "2020-06-01", "cert_number": "Z1"}],
        )
    return path


def _dump(db: Path) -> list[list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [
            conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in ("posts", "post_fills", "stations", "station_items", "workers", "audit_log")
        ]
    finally:
        conn.close()


def test_add_fill_list_vacate(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, db, "posts", "add", "--unit", VILLAGE, "--kind", "兼职", "--opened", "2022-01-01"
    )
    assert (code, err) == (0, "")
    post_id = out.strip()
    assert run(
        capsys, db, "posts", "fill", "--post", post_id, "--id-number", ID, "--from", "2022-03-01"
    )[:2] == (
        0,
        "已到岗：张三，红星村 兼职岗位，2022-03-01 起。\n",
    )
    code, out, _ = run(capsys, db, "posts", "list", "--at", "2024-03-02")
    assert code == 0
    assert f"{post_id}\t红星村\t兼职\t\t张三（助理社会工作师，2022-03-01 起）\t兼职已超过2年" in out
    assert "社区 和平社区：岗位 0 个，在岗 0，空缺 0，应设 2，还差 2 个岗位" in out
    code, out, _ = run(capsys, db, "posts", "list", "--json", "--at", "2024-03-01")
    data = json.loads(out)
    assert data["at"] == "2024-03-01"
    assert [
        (p["id"], p["holder"], p["vacant"], p["part_time_over_limit"]) for p in data["posts"]
    ] == [(post_id, "张三", False, False)]
    units = {u["unit_code"]: (u["required"], u["posts"], u["shortfall"]) for u in data["units"]}
    assert units == {"510104001": (1, 0, 1), "510104001001": (2, 0, 2), VILLAGE: (1, 1, 0)}
    assert run(capsys, db, "posts", "vacate", "--post", post_id, "--date", "2024-06-30")[0] == 0
    data = json.loads(run(capsys, db, "posts", "list", "--json", "--at", "2024-07-01")[1])
    assert [p["vacant"] for p in data["posts"]] == [True]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("posts", "add", "--unit", VILLAGE, "--kind", "临时"), "只能填 专职 或 兼职"),
        (
            ("posts", "add", "--unit", "510104001999", "--kind", "专职"),
            "不是已登记的村（社区）代码",
        ),
        (
            ("posts", "add", "--unit", VILLAGE, "--kind", "专职", "--opened", "2024-13-01"),
            "设岗日期",
        ),
        (
            ("posts", "fill", "--post", "nope", "--id-number", ID, "--from", "2024-01-01"),
            "找不到编号",
        ),
        (("posts", "fill", "--post", "x", "--id-number", "123", "--from", "2024-01-01"), "身份证"),
        (("posts", "vacate", "--post", "nope", "--date", "2024-01-01"), "找不到编号"),
        (("posts", "list", "--at", "昨天"), "统计日期"),
        (("stations", "set", "--item", "有资金", "--done", "2024-01-01"), "不是“六有”中的一项"),
        (("stations", "set", "--item", "有场地", "--done", "2099-01-01"), "在今天之后"),
        (
            (
                "stations",
                "set",
                "--township",
                "510104002",
                "--item",
                "有场地",
                "--done",
                "2024-01-01",
            ),
            "不是本数据文件的单位",
        ),
    ],
)
def test_bad_input_exits_3_with_a_reason_and_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], says: str
) -> None:
    before = _dump(db)
    code, out, err = run(capsys, db, *argv)
    assert code == 3 and out == ""
    assert says in err
    assert _dump(db) == before


def test_a_post_that_is_filled_cannot_take_another(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # without --opened a post opens today: a fill may not start before it
    post_id = run(capsys, db, "posts", "add", "--unit", VILLAGE, "--kind", "专职")[1].strip()
    code, _, err = run(
        capsys, db, "posts", "fill", "--post", post_id, "--id-number", ID, "--from", "2024-01-01"
    )
    assert code == 3 and "早于设岗日期" in err
    post_id = run(
        capsys, db, "posts", "add", "--unit", VILLAGE, "--kind", "专职", "--opened", "2023-01-01"
    )[1].strip()
    assert (
        run(
            capsys,
            db,
            "posts",
            "fill",
            "--post",
            post_id,
            "--id-number",
            ID,
            "--from",
            "2024-01-01",
        )[0]
        == 0
    )
    other = run(
        capsys, db, "posts", "add", "--unit", VILLAGE, "--kind", "专职", "--opened", "2023-01-01"
    )[1].strip()
    before = _dump(db)
    code, _, err = run(
        capsys, db, "posts", "fill", "--post", other, "--id-number", ID, "--from", "2024-01-01"
    )
    assert code == 3 and "一人只能担任一个专业岗位" in err
    assert _dump(db) == before


def test_stations_set_and_list(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for item in ("有场地", "有设备", "有人员", "有服务功能", "有工作流程"):
        assert run(capsys, db, "stations", "set", "--item", item, "--done", "2024-01-10")[0] == 0
    code, out, _ = run(
        capsys,
        db,
        "stations",
        "set",
        "--item",
        "有规章制度",
        "--done",
        "2024-02-01",
        "--note",
        "制度上墙",
    )
    assert (code, out) == (0, "已记录：有规章制度，2024-02-01 完成。\n")
    data = json.loads(run(capsys, db, "stations", "list", "--json", "--at", "2024-03-01")[1])
    [s] = data["stations"]
    assert (s["name"], s["items_done"], s["qualified_staff"], s["meets_standard"]) == (
        "测试街道社会工作服务站",
        6,
        0,
        False,
    )
    post_id = run(
        capsys,
        db,
        "posts",
        "add",
        "--unit",
        "510104001",
        "--kind",
        "专职",
        "--opened",
        "2024-01-01",
    )[1].strip()
    run(capsys, db, "posts", "fill", "--post", post_id, "--id-number", ID, "--from", "2024-02-15")
    code, out, _ = run(capsys, db, "stations", "list", "--at", "2024-03-01")
    assert code == 0
    assert (
        "测试街道社会工作服务站（510104001）\t六有 6/6\t助理社会工作师及以上专职人员 1/1\t达标"
        in out
    )
    assert "    有规章制度\t2024-02-01\t制度上墙" in out
    assert "尚未达标" in run(capsys, db, "stations", "list", "--at", "2024-02-14")[1]


def test_a_county_file_lists_but_refuses_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "county.db"
    with open_store(path) as store:
        initialize(store, "county", "510104", "测试区")
    before = _dump(path)
    for argv in (
        ("posts", "add", "--unit", "510104001", "--kind", "专职"),
        ("stations", "set", "--item", "有场地", "--done", "2024-01-01"),
    ):
        code, _, err = run(capsys, path, *argv)
        assert code == 3 and "县级数据文件只能查看" in err
    assert _dump(path) == before
    assert run(capsys, path, "posts", "list", "--json")[0] == 0
    assert json.loads(run(capsys, path, "stations", "list", "--json")[1])["stations"] == []
