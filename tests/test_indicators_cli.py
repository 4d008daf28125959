"""``swdesk indicators``, ``indicators gaps`` and ``indicators rules`` on the hand-built township."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run, township_file
from conftest import VILLAGES
from indicator_town import HEPING, HONGXING, XINMIN, build_town

from swdesk.store import open_store, villages
from swdesk.store.indicator_rules import KEY


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "town.db"
    with township_file(path) as store:
        for code, name, kind in VILLAGES:
            villages.add(store, code, name, kind)
        build_town(store)
    return path


def test_indicators_json_has_the_issue_shape(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db, "indicators", "--at", "2024-12-31", "--json")
    assert code == 0, err
    rows = {r["key"]: r for r in json.loads(out)}
    assert set(rows["total"]) >= {
        "key",
        "name",
        "value",
        "target",
        "met",
        "numerator",
        "denominator",
        "kind",
        "at",
    }
    assert rows["community_workers_certified"] == {
        **rows["community_workers_certified"],
        "value": 66.67,
        "target": 35,
        "met": True,
        "numerator": 2,
        "denominator": 3,
        "kind": "预期性",
        "at": "2024-12-31",
    }
    assert (rows["total"]["target"], rows["total"]["met"], rows["total"]["status"]) == (
        None,
        None,
        "no_target",
    )
    assert rows["agency_party_coverage"]["status"] == "no_data"
    assert "township" not in rows["total"]


def test_indicators_text(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "indicators", "--at", "2024-12-31")
    assert code == 0
    assert "社会工作专业队伍总量\t3 人\t目标 —\t未设目标" in out
    assert "社会工作服务机构党建覆盖率\t—\t目标 100 %\t无数据" in out


def test_gaps_json_at_two_dates(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "indicators", "gaps", "--at", "2023-12-31", "--json")
    assert code == 0
    rows = json.loads(out)
    assert {(r["code"], r["key"], r["required"], r["have"], r["short"]) for r in rows} == {
        (HEPING, "community_certified_each", 2, 1, 1),
        (HONGXING, "village_certified_each", 1, 0, 1),
    }
    assert set(rows[0]) == {"code", "name", "kind", "key", "required", "have", "short"}
    code, out, _ = run(capsys, db, "indicators", "gaps", "--at", "2024-12-31", "--json")
    assert [(r["code"], r["name"], r["kind"], r["short"]) for r in json.loads(out)] == [
        (XINMIN, "新民社区", "urban", 2)
    ]


def test_gaps_text_names_who_could_close_them(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "indicators", "gaps", "--at", "2023-12-31")
    assert code == 0
    assert "和平社区\t每个城市社区持证社工不少于 2 名\t还差 1 名持证社工\t可补：乙二" in out


def _saved(db: Path) -> object:
    with open_store(db) as store:
        return store.setting(KEY)


def test_rules_preset_and_targets_are_dated_versions(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, db, "indicators", "rules")
    assert code == 0 and "攀枝花" in out and "total\t社会工作专业队伍总量\t未设目标" in out
    code, out, err = run(
        capsys, db, "indicators", "rules", "--target", "total=3", "--from", "2024-01-01"
    )
    assert code == 0, err
    code, out, _ = run(capsys, db, "indicators", "--at", "2024-12-31", "--json")
    total = {r["key"]: r for r in json.loads(out)}["total"]
    assert (total["target"], total["met"]) == (3, True)
    # Before the version with the target, the total still has none.
    code, out, _ = run(capsys, db, "indicators", "--at", "2023-12-31", "--json")
    assert {r["key"]: r for r in json.loads(out)}["total"]["met"] is None
    code, out, _ = run(
        capsys, db, "indicators", "rules", "--preset", "jilin", "--from", "2025-01-01"
    )
    assert code == 0 and "吉林" in out
    code, out, _ = run(capsys, db, "indicators", "--at", "2025-06-30", "--json")
    keys = [r["key"] for r in json.loads(out)]
    assert keys == ["community_certified_each", "village_certified_each", "urban_share_30"]
    code, out, _ = run(capsys, db, "indicators", "--at", "2024-12-31", "--json")
    assert "total" in [r["key"] for r in json.loads(out)]


def test_rules_load_a_file(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "mine.json"
    f.write_text(
        json.dumps(
            {
                "name": "本地指标",
                "indicators": [
                    {
                        "key": "minors_share",
                        "name": "儿童领域持证社工占比",
                        "counts": {"workers": ["certified_in_post", "domain:儿童/未成年人"]},
                        "denominator": {"workers": ["certified_in_post"]},
                        "target": 10,
                        "unit": "%",
                        "kind": "预期性",
                        "source": "本地文件",
                    }
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, db, "indicators", "rules", "--load", str(f))
    assert code == 0, err
    code, out, _ = run(capsys, db, "indicators", "--json")
    assert [(r["key"], r["value"], r["met"]) for r in json.loads(out)] == [
        ("minors_share", 0, False)
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "不是有效的 JSON"),
        ("[]", "应是一个对象"),
        ('{"name": "x", "indicators": []}', "没有指标"),
        (
            '{"name": "x", "indicators": [{"key": "a", "name": "a", "counts": {"workers": '
            '["certified_in_post", "flying"]}, "unit": "人", "kind": "约束性", "source": "s"}]}',
            "没有筛选条件“flying”",
        ),
        (
            '{"name": "x", "indicators": [{"key": "a", "name": "a", "counts": {"workers": '
            '["domain"]}, "unit": "人", "kind": "约束性", "source": "s"}]}',
            "需要写成“domain:值”",
        ),
        (
            '{"name": "x", "indicators": [{"key": "a", "name": "a", "counts": null, '
            '"unit": "人", "kind": "重要", "source": "s"}]}',
            "kind 应是 约束性 或 预期性",
        ),
        (
            '{"name": "x", "indicators": [{"key": "a", "name": "a", "scope": "per_unit", '
            '"counts": {"workers": ["in_post"]}, "unit": "名", "kind": "约束性", "source": "s"}]}',
            "需要目标值",
        ),
        (
            '{"name": "x", "indicators": [{"key": "a", "name": "a", "counts": {"workers": []}, '
            '"denominator": {"units": []}, "unit": "人", "kind": "约束性", "source": "s"}]}',
            "单位应是",
        ),
    ],
)
def test_a_bad_rules_file_is_refused_and_changes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, reason: str
) -> None:
    f = tmp_path / "bad.json"
    f.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, db, "indicators", "rules", "--load", str(f))
    assert code == 3 and reason in err, err
    assert _saved(db) is None


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (("indicators", "rules", "--target", "total"), "--target 应写成"),
        (("indicators", "rules", "--target", "total=-1"), "--target 应写成"),
        (("indicators", "rules", "--target", "nosuch=5"), "没有指标“nosuch”"),
        (("indicators", "rules", "--preset", "jilin", "--load", "x.json"), "只能选一个"),
        (("indicators", "rules", "--load", "/nonexistent/x.json"), "找不到文件"),
        (("indicators", "--at", "2024-13-01"), "--at"),
        (("indicators", "gaps", "--at", "yesterday"), "--at"),
    ],
)
def test_bad_arguments_exit_3_and_change_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], reason: str
) -> None:
    code, _, err = run(capsys, db, *argv)
    assert code == 3 and reason in err, err
    assert _saved(db) is None
