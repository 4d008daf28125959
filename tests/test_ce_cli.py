"""CLI of continuing education: each ``training`` command, its output and its exit codes."""

from __future__ import annotations

import hashlib
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run, township_file
from external_tools import need
from openpyxl import Workbook

from swdesk import cli
from swdesk.core.idnumber import make_id_number
from swdesk.store import open_store, workers

ID_A = make_id_number("510104", date(1985, 3, 15), 123)
ID_B = make_id_number("510104", date(1990, 7, 1), 222)
ID_C = make_id_number("510104", date(1979, 1, 9), 301)
STATUS_KEYS = {
    "id_number",
    "name",
    "level",
    "period_start",
    "period_end",
    "required_hours",
    "earned_hours",
    "missing_hours",
    "days_left",
    "status",
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "swdesk.db"
    with township_file(path) as store:
        workers.create(
            store,
            {"name": "张三", "id_number": ID_A},
            [{"level": "助理社会工作师", "registration_date": "2021-03-01"}],
        )
        workers.create(
            store,
            {"name": "李四", "id_number": ID_B},
            [{"level": "社会工作师", "registration_date": "2022-01-10"}],
        )
        workers.create(store, {"name": "王五", "id_number": ID_C})  # no certificate
    return path


def digest(path: Path) -> str:
    with open_store(path, daily_backup=False) as store:
        return hashlib.sha256(
            json.dumps(
                [
                    store.query(f"SELECT * FROM {t} ORDER BY rowid")
                    for t in ("training_events", "training_records", "audit_log")
                ],
                default=str,
            ).encode()
        ).hexdigest()


def add_event(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> str:
    code, out, err = run(
        capsys, db, "training", "add-event", "--title", "儿童保护培训", "--start", "2022-05-10",
        "--hours", "6", *extra,
    )  # fmt: skip
    assert code == 0, err
    return out.strip()


def test_add_event_prints_the_id(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    eid = add_event(capsys, db, "--end", "2022-05-11", "--mode", "网络", "--organizer", "区民政局")
    with open_store(db, daily_backup=False) as store:
        row = store.query("SELECT * FROM training_events WHERE id = ?", (eid,))[0]
    assert (row["title"], row["end_date"], row["mode"], row["organizer"], row["hours"]) == (
        "儿童保护培训", "2022-05-11", "网络", "区民政局", 6,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--hours", "0"], "大于 0"),
        (["--hours", "abc"], "不是数字"),
        (["--mode", "函授"], "培训形式"),
        (["--end", "2022-05-01"], "早于"),
        (["--end", "2022-13-01"], "YYYY-MM-DD"),
    ],
)
def test_add_event_rejections(
    capsys: pytest.CaptureFixture[str], db: Path, extra: list[str], needle: str
) -> None:
    before = digest(db)
    code, out, err = run(
        capsys, db, "training", "add-event", "--title", "T", "--start", "2022-05-10",
        "--hours", "6", *extra,
    )  # fmt: skip
    assert code == 3 and needle in err and out == ""
    assert digest(db) == before


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    assert run(capsys, db, "training", "add-event", "--title", "T")[0] == 2
    assert run(capsys, db, "training")[0] == 2
    assert run(capsys, db, "training", "status", "--bogus")[0] == 2


def test_attend_then_status_json(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    eid = add_event(capsys, db)
    code, out, err = run(capsys, db, "training", "attend", "--event", eid, "--id-number", ID_A)
    assert code == 0, err
    assert "张三" in out and "6 学时" in out
    code, out, err = run(
        capsys, db, "training", "attend", "--event", eid, "--id-number", ID_B, "--hours", "2.5"
    )
    assert code == 0, err
    code, out, _ = run(capsys, db, "training", "status", "--json", "--at", "2022-06-01")
    assert code == 0
    data = json.loads(out)
    assert [d["name"] for d in data] == ["张三", "李四"]  # 王五 holds no certificate
    assert all(set(d) == STATUS_KEYS for d in data)
    a, b = data
    assert a == {
        "id_number": ID_A,
        "name": "张三",
        "level": "助理社会工作师",
        "period_start": "2021-03-01",
        "period_end": "2024-02-29",
        "required_hours": 72,
        "earned_hours": 6,
        "missing_hours": 66,
        "days_left": 638,
        "status": "at_risk",  # day 458 of the period: 6/458×1096 ≈ 14 h projected < 72
    }
    assert (b["earned_hours"], b["missing_hours"], b["status"]) == (2.5, 87.5, "on_track")
    code, out, _ = run(capsys, db, "training", "status", "--at", "2022-06-01")
    assert code == 0 and "张三" in out and "有风险" in out


def test_attend_rejections_change_nothing(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    eid = add_event(capsys, db)
    assert run(capsys, db, "training", "attend", "--event", eid, "--id-number", ID_A)[0] == 0
    before = digest(db)
    cases = [
        (["--event", eid, "--id-number", ID_A], "已经记过"),
        (["--event", eid, "--id-number", ID_B, "--hours", "7"], "超过了培训本身的 6 学时"),
        (["--event", eid, "--id-number", "510104198503151230"], "校验"),
        (
            ["--event", eid, "--id-number", make_id_number("510104", date(1970, 1, 1), 5)],
            "没有档案",
        ),
        (["--event", "no-such-event", "--id-number", ID_B], "找不到编号为 no-such-event 的培训"),
        (["--event", eid, "--id-number", ID_B, "--hours", "-1"], "大于 0"),
    ]
    for argv, needle in cases:
        code, out, err = run(capsys, db, "training", "attend", *argv)
        assert code == 3 and out == "", (argv, err)
        assert needle in err, (needle, err)
    assert digest(db) == before


def test_status_bad_date(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, _, err = run(capsys, db, "training", "status", "--json", "--at", "2022/06/01")
    assert code == 3 and "YYYY-MM-DD" in err


def sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["儿童保护培训签到表"])
    ws.append(["序号", "姓名", "身份证号码", "学时", "签名"])
    for i, r in enumerate(rows, 1):
        ws.append([i, *r, ""])
    wb.save(path)
    return path


def test_import_all_or_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    eid = add_event(capsys, db)
    bad = sheet(
        tmp_path / "bad.xlsx",
        [
            ["张三", ID_A, 6],
            ["李三", ID_B, 4],  # the ID number is 李四's
            ["赵六", make_id_number("510104", date(1970, 1, 1), 5), None],  # no file
            ["钱七", "51010419700101", None],  # cut short
        ],
    )
    before = digest(db)
    code, out, err = run(capsys, db, "training", "import", str(bad), "--event", eid)
    assert code == 3
    lines = [ln.strip() for ln in err.splitlines() if ln.strip().startswith("第")]
    assert lines[0].startswith("第4行") and "李四" in lines[0] and "李三" in lines[0]
    assert lines[1].startswith("第5行") and "没有档案" in lines[1]
    assert lines[2].startswith("第6行") and "身份证号" in lines[2]
    assert len(lines) == 3 and "整份都没有导入" in err
    assert digest(db) == before
    good = sheet(tmp_path / "good.xlsx", [["张三", ID_A, 6], ["李四", ID_B, "3"]])
    code, out, err = run(capsys, db, "training", "import", str(good), "--event", eid)
    assert code == 0, err
    assert "2 人" in out
    code, out, _ = run(capsys, db, "training", "status", "--json", "--at", "2022-06-01")
    assert [d["earned_hours"] for d in json.loads(out)] == [6, 3]
    # importing the same sheet again: everyone already recorded, refused
    code, _, err = run(capsys, db, "training", "import", str(good), "--event", eid)
    assert code == 3 and err.count("已经记过") == 2
    code, _, err = run(
        capsys, db, "training", "import", str(tmp_path / "none.xlsx"), "--event", eid
    )
    assert code == 3 and "找不到文件" in err


def count_events(db: Path) -> int:
    with open_store(db, daily_backup=False) as store:
        return int(store.scalar("SELECT count(*) FROM training_events"))


def test_import_with_a_new_event(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    """``import FILE --title … --start … --hours …``: the event and its sheet in one step."""
    new = ["--title", "督导会", "--start", "2022-05-10", "--hours", "4", "--mode", "督导",
           "--organizer", "区民政局", "--place", "镇社工站"]  # fmt: skip
    bad = sheet(tmp_path / "bad.xlsx", [["张三", ID_A, 4], ["李四", ID_B, 5]])  # 5 > 4
    before = digest(db)
    code, out, err = run(capsys, db, "training", "import", str(bad), *new)
    assert code == 3 and "超过了培训本身的 4 学时" in err and "新培训也没有建立" in err
    assert digest(db) == before and count_events(db) == 0
    good = sheet(tmp_path / "good.xlsx", [["张三", ID_A, 4], ["李四", ID_B, 2]])
    code, out, err = run(capsys, db, "training", "import", str(good), *new)
    assert code == 0, err
    eid = out.splitlines()[0].split("：")[-1]
    assert out.startswith("已新建培训《督导会》") and "已导入 2 人" in out
    with open_store(db, daily_backup=False) as store:
        (ev,) = store.query("SELECT * FROM training_events")
        n = store.scalar("SELECT count(*) FROM training_records WHERE event_id = ?", (eid,))
    assert ev["id"] == eid and n == 2
    assert (ev["mode"], ev["organizer"], ev["place"], ev["hours"], ev["end_date"]) == (
        "督导", "区民政局", "镇社工站", 4, "2022-05-10",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("extra", "code", "needle"),
    [
        ([], 2, "用法错误"),  # neither --event nor --title
        (["--event", "x", "--title", "T"], 2, "用法错误"),
        (["--title", "T", "--hours", "4"], 3, "--start"),
        (["--title", "T", "--start", "2022-05-10"], 3, "--hours"),
        (["--title", "T", "--start", "2022-05-10", "--hours", "0"], 3, "大于 0"),
        (
            ["--title", "T", "--start", "2022-05-10", "--hours", "4", "--mode", "函授"],
            3,
            "培训形式",
        ),
        (["--event", "x", "--hours", "4"], 3, "--title 代替 --event"),
    ],
)
def test_import_target_rejections(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    tmp_path: Path,
    extra: list[str],
    code: int,
    needle: str,
) -> None:
    good = sheet(tmp_path / "good.xlsx", [["张三", ID_A, 4]])
    before = digest(db)
    got, out, err = run(capsys, db, "training", "import", str(good), *extra)
    assert (got, out) == (code, "") and needle in err
    assert digest(db) == before


def test_demo_trainings_give_every_kind_of_state(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "demo.db"
    assert cli.main(["--db", str(db), "init", "--role", "township", "--unit-code", "510104001",
                     "--unit-name", "某镇"]) == 0  # fmt: skip
    code, _, err = run(capsys, db, "training", "demo")
    assert code == 3 and "请先运行 swdesk demo" in err
    assert run(capsys, db, "demo", "--workers", "300")[0] == 0
    code, out, err = run(capsys, db, "training", "demo")
    assert code == 0 and "条学时记录" in out, err
    code, out, _ = run(capsys, db, "training", "status", "--json")
    states = {d["status"] for d in json.loads(out)}
    assert {"ok", "on_track", "overdue", "not_required"} <= states
    with open_store(db, daily_backup=False) as store:
        audited = store.scalar(
            "SELECT count(*) FROM audit_log WHERE table_name = 'training_records'"
        )
        n = store.scalar("SELECT count(*) FROM training_records")
    assert audited == n > 0  # written through records.insert_many like real sign-in sheets


def test_transcript(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    eid = add_event(capsys, db)
    run(capsys, db, "training", "attend", "--event", eid, "--id-number", ID_A)
    out_pdf = tmp_path / "证明.pdf"
    code, out, err = run(
        capsys, db, "training", "transcript", "--id-number", ID_A, "--out", str(out_pdf)
    )
    assert code == 0 and "已生成" in out, err
    assert out_pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        [need("pdftotext"), str(out_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "张三" in text and "继续教育学时证明" in text
    code, _, err = run(
        capsys, db, "training", "transcript", "--id-number", ID_A, "--out", str(tmp_path / "x.txt")
    )
    assert code == 3 and ".pdf" in err
    code, _, err = run(
        capsys, db, "training", "transcript", "--id-number",
        make_id_number("510104", date(1970, 1, 1), 5), "--out", str(tmp_path / "y.pdf"),
    )  # fmt: skip
    assert code == 3 and "没有档案" in err and not (tmp_path / "y.pdf").exists()


def test_status_json_in_hours_for_a_days_preset(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    from swdesk.store import training

    # days counted as hours ÷ 8 here (the Qijiang preset counts the dates: see
    # test_ce_day_count.py), so the 6 hours attended show as 6 hours again
    with open_store(db, daily_backup=False) as store:
        by_hours = {**training.presets()["qijiang"].to_dict(), "day_count": "hours"}
        training.set_ce_settings(store, by_hours)
    eid = add_event(capsys, db)
    assert run(capsys, db, "training", "attend", "--event", eid, "--id-number", ID_B)[0] == 0
    code, out, _ = run(capsys, db, "training", "status", "--json", "--at", "2022-06-01")
    b = next(d for d in json.loads(out) if d["name"] == "李四")
    assert code == 0 and (b["required_hours"], b["earned_hours"], b["missing_hours"]) == (
        120,
        6,
        114,
    )
    code, out, _ = run(capsys, db, "training", "status", "--at", "2022-06-01")
    assert "0.75/15天" in out
