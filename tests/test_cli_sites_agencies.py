"""``swdesk stations site add`` and ``swdesk posts add --agency``: a site under the township's
station, a post at a named agency; refusals exit 3 with a reason and change nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import run
from test_cli_posts import VILLAGE, _dump, db  # noqa: F401  (db is a fixture)

from swdesk.core import workforce as wf
from swdesk.store import open_store
from swdesk.store.unit import initialize


def test_a_site_is_added_under_the_station(db: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    code, out, err = run(
        capsys,
        db,
        *("stations", "site", "add", "--name", "红星村站点", "--village", VILLAGE),
        *("--opened", "2024-03-01"),
    )
    assert code == 0, err
    site_id = out.strip()
    rows = json.loads(run(capsys, db, "stations", "list", "--json")[1])["stations"]
    station, site = rows
    assert station["parent_id"] is None and station["name"] == "测试街道社会工作服务站"
    assert site["id"] == site_id and site["parent_id"] == station["id"]
    assert (site["name"], site["village_code"], site["opened_on"]) == (
        "红星村站点",
        VILLAGE,
        "2024-03-01",
    )
    # A second site joins the same station; none registers a second station.
    assert run(capsys, db, "stations", "site", "add", "--name", "和平站点")[0] == 0
    rows = json.loads(run(capsys, db, "stations", "list", "--json")[1])["stations"]
    assert [r["parent_id"] for r in rows] == [None, station["id"], station["id"]]
    text = run(capsys, db, "stations", "list")[1]
    assert "  站点 红星村站点" in text


def test_a_post_is_added_at_a_named_agency(db: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    code, out, err = run(
        capsys,
        db,
        *("posts", "add", "--agency", " 阳光社会工作服务中心 ", "--kind", "专职"),
        *("--opened", "2024-01-01"),
    )
    assert code == 0, err
    post_id = out.strip()
    assert (
        run(capsys, db, "posts", "add", "--agency", "阳光社会工作服务中心", "--kind", "兼职")[0]
        == 0
    )
    listed = json.loads(run(capsys, db, "posts", "list", "--json")[1])
    post = next(p for p in listed["posts"] if p["id"] == post_id)
    assert (post["unit_kind"], post["unit_name"], post["kind"]) == (
        wf.UNIT_AGENCY,
        "阳光社会工作服务中心",
        "专职",
    )
    agency = [u for u in listed["units"] if u["unit_kind"] == wf.UNIT_AGENCY]
    assert [(u["unit_name"], u["posts"], u["vacant"]) for u in agency] == [
        ("阳光社会工作服务中心", 2, 2)
    ]


TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("stations", "site", "add", "--name", "  "), "社工站名称不能为空"),
        (("stations", "site", "add", "--name", "甲", "--village", "510104009999"), "还没有登记"),
        (("stations", "site", "add", "--name", "甲", "--opened", "2024-13-01"), "启用日期"),
        (("stations", "site", "add", "--name", "甲", "--opened", TOMORROW), "在今天之后"),
        (("posts", "add", "--agency", " ", "--kind", "专职"), "机构名称不能为空"),
        (("posts", "add", "--agency", "甲机构", "--kind", "临时"), "专职"),
        (("posts", "add", "--kind", "专职"), "二者选一"),
        (("posts", "add", "--unit", VILLAGE, "--agency", "甲机构", "--kind", "专职"), "二者选一"),
    ],
)
def test_refusals_exit_3_and_change_nothing(
    db: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    says: str,
) -> None:
    before = _dump(db)
    code, out, err = run(capsys, db, *argv)
    assert code == 3 and out == ""
    assert says in err
    assert _dump(db) == before


def test_a_county_file_refuses_sites_and_agency_posts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "county.db"
    with open_store(path) as store:
        initialize(store, "county", "510104", "测试区")
    before = _dump(path)
    for argv in (
        ("posts", "add", "--agency", "甲机构", "--kind", "专职"),
        ("stations", "site", "add", "--name", "甲站点"),
    ):
        code, _, err = run(capsys, path, *argv)
        assert code == 3 and "县级数据文件只能查看" in err
    assert _dump(path) == before
