"""CLI of appraisals: each ``appraisal`` command, its output, exit codes and rejections."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from appraisal_fixtures import ID_BOTH, ID_COMMUNITY, ID_POST, ID_UNCERTIFIED, appraisal_db
from cli_helpers import run
from openpyxl import load_workbook

from swdesk.store import appraisals as A
from swdesk.store import open_store

COMMUNITY_ITEMS = [i for t in A.preset_templates() if t.kind == "community" for i in t.items]
POST_ITEMS = [i for t in A.preset_templates() if t.kind == "post" for i in t.items]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return appraisal_db(tmp_path / "swdesk.db")


def dump(db: Path) -> str:
    with open_store(db, daily_backup=False) as store:
        return json.dumps(
            [
                store.query(f"SELECT * FROM {t} ORDER BY rowid")
                for t in ("appraisals", "appraisal_rounds", "audit_log")
            ],
            default=str,
        )


def score_all(
    capsys: pytest.CaptureFixture[str], db: Path, idn: str, items: list, minus: float = 1
) -> None:
    for it in items:
        code, _, err = run(capsys, db, "appraisal", "score", "--year", "2024", "--id-number", idn,
                           "--item", it.name, "--score", f"{it.max - minus:g}")  # fmt: skip
        assert code == 0, err


def listing(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, dict]:
    code, out, err = run(capsys, db, "appraisal", "list", "--year", "2024", "--json")
    assert code == 0, err
    return {i["id_number"]: i for i in json.loads(out)}


def test_round_list_and_who_gets_which(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = run(capsys, db, "appraisal", "round", "--year", "2024")
    assert code == 0, err
    assert "社区社会工作者 1 人" in out and "专业岗位 2 人" in out and "不参加 1 人" in out
    assert "仅进行岗位绩效考评" in out
    items = listing(capsys, db)
    assert set(items) == {ID_COMMUNITY, ID_POST, ID_BOTH}
    one = items[ID_COMMUNITY]
    assert set(one) == {"id_number", "name", "template", "total", "grade", "state", "hash"}
    assert one["name"] == "张三" and one["template"] == "社区社会工作者绩效考评"
    assert one["total"] is None and one["grade"] is None and one["state"] == "draft"
    assert len(one["hash"]) == 64
    assert items[ID_BOTH]["template"] == "社区社工专业岗位绩效考评"
    before = dump(db)
    code, out, err = run(capsys, db, "appraisal", "round", "--year", "2024")
    assert code == 0 and "没有需要加入" in out and dump(db) == before


def test_round_with_named_template(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, _, err = run(
        capsys, db, "appraisal", "round", "--year", "2024", "--template", "不存在的表"
    )
    assert code == 3 and "没有名为" in err
    code, _, err = run(capsys, db, "appraisal", "round", "--year", "2024",
                       "--template", "社区社工专业岗位绩效考评")  # fmt: skip
    assert code == 0, err


def test_score_finalize_sign_reopen(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    run(capsys, db, "appraisal", "round", "--year", "2024")
    code, out, _ = run(capsys, db, "appraisal", "score", "--year", "2024", "--id-number", ID_COMMUNITY,
                       "--item", COMMUNITY_ITEMS[0].name, "--score", "9")  # fmt: skip
    assert code == 0 and "尚有项目未打分" in out
    code, _, err = run(
        capsys, db, "appraisal", "finalize", "--year", "2024", "--id-number", ID_COMMUNITY
    )
    assert code == 3 and "没有打分" in err
    score_all(capsys, db, ID_COMMUNITY, COMMUNITY_ITEMS)
    one = listing(capsys, db)[ID_COMMUNITY]
    assert one["total"] == 100 - len(COMMUNITY_ITEMS) and one["grade"] == "优秀"
    code, _, err = run(
        capsys, db, "appraisal", "sign", "--year", "2024", "--id-number", ID_COMMUNITY
    )
    assert code == 3 and "不能改为" in err
    code, _, err = run(
        capsys, db, "appraisal", "finalize", "--year", "2024", "--id-number", ID_COMMUNITY
    )
    assert code == 0, err
    scan = tmp_path / "签字.jpg"
    scan.write_bytes(b"\xff\xd8fake")
    code, _, err = run(capsys, db, "appraisal", "sign", "--year", "2024", "--id-number", ID_COMMUNITY,
                       "--scan", str(scan))  # fmt: skip
    assert code == 0, err
    signed = listing(capsys, db)[ID_COMMUNITY]
    assert signed["state"] == "signed" and signed["hash"] == one["hash"]
    # editing a signed one: exit 3 with the reason, nothing changed
    before = dump(db)
    for argv in (
        ("score", "--item", COMMUNITY_ITEMS[0].name, "--score", "1"),
        ("comment", "--text", "改评语"),
        ("comment", "--discipline", "警告"),
    ):
        code, _, err = run(
            capsys,
            db,
            "appraisal",
            argv[0],
            "--year",
            "2024",
            "--id-number",
            ID_COMMUNITY,
            *argv[1:],
        )
        assert code == 3 and "已签字" in err and "退回" in err
    assert dump(db) == before
    code, _, err = run(capsys, db, "appraisal", "reopen", "--year", "2024", "--id-number", ID_COMMUNITY,
                       "--reason", "  ")  # fmt: skip
    assert code == 3 and "理由" in err and dump(db) == before
    code, _, err = run(capsys, db, "appraisal", "reopen", "--year", "2024", "--id-number", ID_COMMUNITY,
                       "--reason", "第一项分数录错")  # fmt: skip
    assert code == 0, err
    with open_store(db, daily_backup=False) as store:
        aid = A.find(store, 2024, ID_COMMUNITY)["id"]
        assert A.reopen_reasons(store, aid) == ["第一项分数录错"]
    run(capsys, db, "appraisal", "score", "--year", "2024", "--id-number", ID_COMMUNITY,
        "--item", COMMUNITY_ITEMS[0].name, "--score", "5")  # fmt: skip
    changed = listing(capsys, db)[ID_COMMUNITY]
    assert (
        changed["state"] == "draft"
        and changed["hash"] != one["hash"]
        and changed["total"] == one["total"] - 4
    )


def test_score_rejections(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    run(capsys, db, "appraisal", "round", "--year", "2024")
    before = dump(db)
    cases = [
        (
            ("--id-number", ID_COMMUNITY, "--item", COMMUNITY_ITEMS[0].name, "--score", "11"),
            "0 到 10",
        ),
        (
            ("--id-number", ID_COMMUNITY, "--item", COMMUNITY_ITEMS[0].name, "--score", "-1"),
            "0 到 10",
        ),
        (
            ("--id-number", ID_COMMUNITY, "--item", COMMUNITY_ITEMS[0].name, "--score", "九"),
            "不是数字",
        ),
        (("--id-number", ID_COMMUNITY, "--item", "群众满意度", "--score", "5"), "没有“群众满意度”"),
        (
            ("--id-number", ID_UNCERTIFIED, "--item", COMMUNITY_ITEMS[0].name, "--score", "5"),
            "没有身份证号",
        ),
        (("--id-number", "123", "--item", COMMUNITY_ITEMS[0].name, "--score", "5"), "身份证号"),
    ]
    for argv, why in cases:
        code, _, err = run(capsys, db, "appraisal", "score", "--year", "2024", *argv)
        assert code == 3 and why in err, (argv, err)
    assert dump(db) == before
    code, _, err = run(capsys, db, "appraisal", "score", "--year", "2030", "--id-number", ID_COMMUNITY,
                       "--item", "x", "--score", "1")  # fmt: skip
    assert code == 3 and "还没有建立" in err
    code, _, err = run(capsys, db, "appraisal", "list", "--year", "20x4", "--json")
    assert code == 3 and "四位数年份" in err


def test_finalize_whole_round_and_print(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    run(capsys, db, "appraisal", "round", "--year", "2024")
    code, _, err = run(capsys, db, "appraisal", "finalize", "--year", "2024")
    assert code == 3 and "没有打完分" in err
    score_all(capsys, db, ID_COMMUNITY, COMMUNITY_ITEMS)
    score_all(capsys, db, ID_POST, POST_ITEMS, minus=3)
    code, out, err = run(capsys, db, "appraisal", "finalize", "--year", "2024")
    assert code == 0 and "已定稿 2 份" in out and "王芳" in err
    states = {k: v["state"] for k, v in listing(capsys, db).items()}
    assert states == {ID_COMMUNITY: "finalized", ID_POST: "finalized", ID_BOTH: "draft"}
    one = tmp_path / "one.pdf"
    code, out, err = run(capsys, db, "appraisal", "print", "--year", "2024", "--id-number", ID_POST,
                         "--out", str(one))  # fmt: skip
    assert code == 0 and one.is_file() and err == ""
    text = subprocess.run(["pdftotext", str(one), "-"], capture_output=True, text=True).stdout
    assert "李四" in text and "张三" not in text
    assert listing(capsys, db)[ID_POST]["hash"][:4].upper() in text
    everyone = tmp_path / "all.pdf"
    code, out, err = run(capsys, db, "appraisal", "print", "--year", "2024", "--out", str(everyone))
    assert code == 0 and "3 份" in out and "草稿" in err
    code, _, err = run(
        capsys, db, "appraisal", "print", "--year", "2024", "--out", str(tmp_path / "x.txt")
    )
    assert code == 3 and ".pdf" in err
    code, _, err = run(
        capsys, db, "appraisal", "print", "--year", "2024", "--out", str(tmp_path / "no" / "x.pdf")
    )
    assert code == 3 and "不存在" in err


def test_export_excel(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    run(capsys, db, "appraisal", "round", "--year", "2024")
    score_all(capsys, db, ID_COMMUNITY, COMMUNITY_ITEMS, minus=4)
    run(
        capsys,
        db,
        "appraisal",
        "comment",
        "--year",
        "2024",
        "--id-number",
        ID_COMMUNITY,
        "--discipline",
        "记过",
    )
    out = tmp_path / "结果.xlsx"
    code, stdout, err = run(capsys, db, "appraisal", "export", "--year", "2024", "--out", str(out))
    assert code == 0 and "3 份" in stdout, err
    wb = load_workbook(out)
    assert wb.sheetnames == ["社区社会工作者绩效考评", "社区社工专业岗位绩效考评"]
    ws = wb["社区社会工作者绩效考评"]
    head = [c.value for c in ws[2]]
    row = [c.value for c in ws[3]]
    assert row[1] == "张三" and row[2] == ID_COMMUNITY
    assert row[head.index("总分")] == 100 - 4 * len(COMMUNITY_ITEMS)
    assert row[head.index("等次")] == "基本合格" and row[head.index("处分")] == "记过"
    assert row[head.index("状态")] == "草稿"
    assert row[head.index(f"{COMMUNITY_ITEMS[0].name}（10）")] == 6
    post = [[c.value for c in r] for r in wb["社区社工专业岗位绩效考评"].iter_rows(min_row=3)]
    assert {r[1] for r in post} == {"李四", "王芳"}
    assert all(r[head.index("等次")] == "未完成" for r in post)
