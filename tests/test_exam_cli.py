"""CLI of the exam: each ``exam`` command, its output, its JSON and its exit codes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run, township_file
from openpyxl import Workbook, load_workbook

from swdesk.core.idnumber import make_id_number
from swdesk.store import open_store, workers

ID_A = make_id_number("510104", date(1985, 3, 15), 123)
ID_B = make_id_number("510104", date(1990, 7, 1), 222)
ID_C = make_id_number("510104", date(1979, 1, 9), 301)
C1, P1 = "社会工作综合能力（初级）", "社会工作实务（初级）"
C2, P2, L2 = "社会工作综合能力（中级）", "社会工作实务（中级）", "社会工作法规与政策"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "swdesk.db"
    with township_file(path) as store:
        workers.create(
            store, {"name": "张三", "id_number": ID_A, "education": "大学本科", "sw_major": "是"}
        )
        workers.create(
            store,
            {"name": "李四", "id_number": ID_B},
            [{"level": "助理社会工作师", "obtained_date": "2019-12-01"}],
        )
        workers.create(store, {"name": "王五", "id_number": ID_C, "education": "高中"})
    return path


def audit_rows(db: Path) -> int:
    with open_store(db, daily_backup=False) as store:
        return int(store.scalar("SELECT count(*) FROM audit_log"))


def test_year_register_result_list_json(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = run(capsys, db, "exam", "year", "--year", "2024", "--date", "2024-10-26")
    assert code == 0 and "已建立 2024" in out and "2024-10-26" in out
    code, out, _ = run(capsys, db, "exam", "year", "--year", "2024", "--fee", "70")
    assert code == 0 and "已修改" in out and "70" in out
    code, out, _ = run(
        capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_A, "--level", "初级"
    )
    assert code == 0 and "张三" in out and C1 in out
    assert (
        run(
            capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_B, "--level", "中级"
        )[0]
        == 0
    )
    code, out, _ = run(
        capsys,
        db,
        "exam",
        "result",
        "--year",
        "2024",
        "--id-number",
        ID_A,
        "--subject",
        C1,
        "--score",
        "61",
    )
    assert code == 0 and "待定" in out and f"“{C1}”61 分；" in out
    code, out, _ = run(
        capsys,
        db,
        "exam",
        "result",
        "--year",
        "2024",
        "--id-number",
        ID_A,
        "--subject",
        P1,
        "--score",
        "75.5",
    )
    assert code == 0 and "合格" in out and "待确认" in out
    code, out, _ = run(
        capsys,
        db,
        "exam",
        "result",
        "--year",
        "2024",
        "--id-number",
        ID_B,
        "--subject",
        L2,
        "--score",
        "缺考",
    )
    assert code == 0 and f"“{L2}”缺考；" in out and "分" not in out.split("；")[0]
    code, out, _ = run(capsys, db, "exam", "list", "--year", "2024", "--json")
    assert code == 0
    data = {d["id_number"]: d for d in json.loads(out)}
    assert set(data[ID_A]) == {"id_number", "name", "level", "subjects", "passed", "fees"}
    assert data[ID_A] == {
        "id_number": ID_A,
        "name": "张三",
        "level": "初级",
        "subjects": [
            {"name": C1, "score": 61.0, "passed": True},
            {"name": P1, "score": 75.5, "passed": True},
        ],
        "passed": True,
        "fees": {"报名费": {"amount": 140.0, "reimbursed": False}},
    }
    assert data[ID_B]["passed"] is None  # two subjects still without results
    assert data[ID_B]["subjects"][2] == {"name": L2, "score": None, "passed": False}
    code, out, _ = run(capsys, db, "exam", "list", "--year", "2024")
    assert code == 0 and "张三" in out and "合格" in out


def test_rejections_exit_3_and_change_nothing(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    assert run(capsys, db, "exam", "year", "--year", "2024")[0] == 0
    assert (
        run(
            capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_A, "--level", "初级"
        )[0]
        == 0
    )
    before = audit_rows(db)
    cases = [
        (("exam", "year", "--year", "1990"), "考试年度"),
        (("exam", "year", "--year", "2024", "--date", "2023-10-01"), "不在 2024 年"),
        (("exam", "year", "--year", "2024", "--date", "2024-13-01"), "YYYY-MM-DD"),
        (("exam", "year", "--year", "2024", "--pass-line", "实务54"), "科目=分数"),
        (("exam", "year", "--year", "2024", "--special-line", "社会学=50"), "不是考试科目"),
        (
            ("exam", "register", "--year", "2025", "--id-number", ID_A, "--level", "初级"),
            "还没有建立 2025",
        ),
        (
            ("exam", "register", "--year", "2024", "--id-number", ID_A, "--level", "中级"),
            "已经报名",
        ),
        (("exam", "register", "--year", "2024", "--id-number", "123", "--level", "初级"), "身份证"),
        (
            ("exam", "register", "--year", "2024", "--id-number", ID_B, "--level", "初级"),
            "已经持有",
        ),
        (
            (
                "exam",
                "result",
                "--year",
                "2024",
                "--id-number",
                ID_A,
                "--subject",
                C1,
                "--score",
                "101",
            ),
            "0 到 100",
        ),
        (
            (
                "exam",
                "result",
                "--year",
                "2024",
                "--id-number",
                ID_A,
                "--subject",
                C1,
                "--score",
                "abc",
            ),
            "不是数字",
        ),
        (
            (
                "exam",
                "result",
                "--year",
                "2024",
                "--id-number",
                ID_A,
                "--subject",
                L2,
                "--score",
                "70",
            ),
            "没有“社会工作法规与政策”",
        ),
        (
            (
                "exam",
                "result",
                "--year",
                "2024",
                "--id-number",
                ID_C,
                "--subject",
                C1,
                "--score",
                "70",
            ),
            "没有报名",
        ),
        (("exam", "accept", "--year", "2024", "--id-number", ID_A), "没有待确认"),
        (
            (
                "exam",
                "fee",
                "--year",
                "2024",
                "--id-number",
                ID_A,
                "--item",
                "餐费",
                "--amount",
                "5",
            ),
            "费用项目",
        ),
        (("exam", "fee", "--year", "2024", "--id-number", ID_A, "--item", "书本费"), "--amount"),
        (
            (
                "exam",
                "fee",
                "--year",
                "2024",
                "--id-number",
                ID_A,
                "--item",
                "书本费",
                "--amount",
                "-1",
            ),
            "0 到",
        ),
        (("exam", "work-start", "--id-number", ID_C, "--date", "2099-01-01"), "晚于今天"),
    ]
    for argv, reason in cases:
        code, _, err = run(capsys, db, *argv)
        assert code == 3, (argv, err)
        assert reason in err, (argv, err)
    assert audit_rows(db) == before
    assert (
        run(
            capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_A, "--level", "特级"
        )[0]
        == 2
    )


def test_accept_fee_reimburse_eligible(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    run(capsys, db, "exam", "year", "--year", "2024", "--results-date", "2024-12-20")
    run(capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_A, "--level", "初级")
    for s in (C1, P1):
        run(
            capsys,
            db,
            "exam",
            "result",
            "--year",
            "2024",
            "--id-number",
            ID_A,
            "--subject",
            s,
            "--score",
            "80",
        )
    code, out, _ = run(
        capsys, db, "exam", "accept", "--year", "2024", "--id-number", ID_A, "--cert-number", "Z1"
    )
    assert code == 0 and "助理社会工作师" in out
    with open_store(db, daily_backup=False) as store:
        person = workers.find_by_id_number(store, ID_A)
        assert person is not None and person["level"] == "助理社会工作师"
        assert person["certificates"][0]["obtained_date"] == "2024-12-20"
    code, out, _ = run(
        capsys,
        db,
        "exam",
        "fee",
        "--year",
        "2024",
        "--id-number",
        ID_A,
        "--item",
        "书本费",
        "--amount",
        "45",
    )
    assert code == 0 and "45.00" in out and "未报销" in out
    code, out, _ = run(
        capsys,
        db,
        "exam",
        "fee",
        "--year",
        "2024",
        "--id-number",
        ID_A,
        "--item",
        "书本费",
        "--reimbursed",
        "2024-12-30",
    )
    assert code == 0 and "已报销（2024-12-30）" in out
    _, out, _ = run(capsys, db, "exam", "list", "--year", "2024", "--json")
    assert json.loads(out)[0]["fees"]["书本费"] == {"amount": 45.0, "reimbursed": True}
    # 王五 (高中) becomes eligible for 初级 once four full years of work are recorded.
    _, out, _ = run(capsys, db, "exam", "eligible", "--year", "2024", "--json")
    got = {d["id_number"]: d for d in json.loads(out)}
    assert got[ID_C]["eligible"] is None and ID_A not in got
    assert got[ID_B]["level"] == "中级"
    assert (
        run(capsys, db, "exam", "work-start", "--id-number", ID_C, "--date", "2021-01-01")[0] == 0
    )
    _, out, _ = run(capsys, db, "exam", "eligible", "--year", "2024", "--json")
    assert {d["id_number"]: d for d in json.loads(out)}[ID_C]["eligible"] is True


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["2024年社会工作者职业水平考试成绩"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_results_all_or_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    run(capsys, db, "exam", "year", "--year", "2024")
    run(capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_A, "--level", "初级")
    run(capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_B, "--level", "中级")
    bad = _sheet(
        tmp_path / "bad.xlsx",
        [
            ["姓名", "身份证号", "科目", "成绩"],
            ["张三", ID_A, C1, 88],
            ["张三", ID_A, L2, 70],
            ["李四", ID_B, C2, 120],
            ["王五", ID_C, C1, 70],
            ["赵六", ID_A, P1, 70],
            ["张三", ID_A, C1, 89],
            ["李四", "51010419900701222", P2, 60],
        ],
    )
    before = audit_rows(db)
    code, _, err = run(capsys, db, "exam", "import", str(bad), "--year", "2024")
    assert code == 3
    for line, reason in (
        (4, "没有报考“社会工作法规与政策”"),
        (5, "0 到 100"),
        (6, "没有报名 2024"),
        (7, "档案是“张三”"),
        (8, "第3行已经有了"),
        (9, "身份证号"),
    ):
        assert f"第{line}行" in err and reason in err, (line, err)
    assert audit_rows(db) == before
    good = _sheet(
        tmp_path / "good.xlsx",
        [
            ["身份证号", "姓名", C1, P1],
            [ID_A, "张三", 61, "缺考"],
        ],
    )
    code, out, _ = run(capsys, db, "exam", "import", str(good), "--year", "2024")
    assert code == 0 and "2 条" in out
    _, out, _ = run(capsys, db, "exam", "list", "--year", "2024", "--json")
    a = {d["id_number"]: d for d in json.loads(out)}[ID_A]
    assert a["passed"] is False and a["subjects"][1] == {"name": P1, "score": None, "passed": False}
    code, _, err = run(capsys, db, "exam", "import", str(tmp_path / "none.xlsx"), "--year", "2024")
    assert code == 3 and "找不到文件" in err


def test_exports(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    run(capsys, db, "exam", "year", "--year", "2024", "--fee", "50")
    run(capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_A, "--level", "初级")
    run(capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_B, "--level", "中级")
    run(
        capsys,
        db,
        "exam",
        "fee",
        "--year",
        "2024",
        "--id-number",
        ID_A,
        "--item",
        "差旅费",
        "--amount",
        "30.5",
        "--reimbursed",
        "2024-11-01",
    )
    out = tmp_path / "名单.xlsx"
    code, text, _ = run(capsys, db, "exam", "export", str(out), "--year", "2024")
    assert code == 0 and "2 人" in text
    ws = load_workbook(out).active
    values = list(ws.iter_rows(values_only=True))
    assert values[1][:5] == ("序号", "姓名", "身份证号", "所在村（社区）", "级别")
    assert {values[2][1], values[3][1]} == {"张三", "李四"}
    money = tmp_path / "报销.xlsx"
    code, _, _ = run(
        capsys, db, "exam", "export", str(money), "--year", "2024", "--sheet", "reimbursement"
    )
    assert code == 0
    rows = list(load_workbook(money).active.iter_rows(values_only=True))
    header, total = rows[1], rows[-1]
    assert header[5:11] == (
        "报名费（元）",
        "书本费（元）",
        "差旅费（元）",
        "合计（元）",
        "已报销（元）",
        "未报销（元）",
    )
    assert total[0] == "合计" and total[5:11] == (250, 0, 30.5, 280.5, 30.5, 250)
    code, _, err = run(capsys, db, "exam", "export", str(tmp_path / "x.csv"), "--year", "2024")
    assert code == 3 and ".xlsx" in err


def test_rules_show_load_and_refuse(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, db, "exam", "rules")
    rules = json.loads(out)
    assert code == 0 and rules["preset"] == "national"
    mid = next(lv for lv in rules["levels"] if lv["level"] == "中级")
    assert mid["window_years"] == 2 and mid["subjects"] == [C2, P2, L2]
    mid["window_years"] = 3
    rules["name"] = "某省规则"
    good = tmp_path / "rules.json"
    good.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, db, "exam", "rules", "--load", str(good))
    assert code == 0 and "某省规则" in out
    _, out, _ = run(capsys, db, "exam", "rules")
    assert (
        next(lv for lv in json.loads(out)["levels"] if lv["level"] == "中级")["window_years"] == 3
    )
    before = audit_rows(db)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**rules, "pass_line": 150}), encoding="utf-8")
    code, _, err = run(capsys, db, "exam", "rules", "--load", str(bad))
    assert code == 3 and "合格线" in err
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    code, _, err = run(capsys, db, "exam", "rules", "--load", str(tmp_path / "broken.json"))
    assert code == 3 and "JSON" in err
    code, _, err = run(capsys, db, "exam", "rules", "--preset", "nowhere")
    assert code == 3 and "national" in err
    assert audit_rows(db) == before
    code, out, _ = run(capsys, db, "exam", "rules", "--preset", "national")
    assert code == 0 and "全国规定" in out


def test_register_warns_when_table_says_not_eligible(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    run(capsys, db, "exam", "year", "--year", "2024")
    code, out, err = run(
        capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_C, "--level", "初级"
    )
    assert code == 0 and "已报名" in out and "提醒" in err and "无法判断" in err
    code, _, err = run(
        capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_A, "--level", "初级"
    )
    assert code == 0 and err == ""


def test_year_without_fee_prompts_on_stderr(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    """No national fee: creating a year without --fee says it is a province setting."""
    code, out, err = run(capsys, db, "exam", "year", "--year", "2024")
    assert code == 0 and "已建立" in out and "报名费还没有设置" in err and "--fee" in err
    code, _, err = run(capsys, db, "exam", "year", "--year", "2024", "--fee", "61")
    assert code == 0 and err == ""


def test_register_outside_the_window_is_kept_with_a_warning(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    today = date.today()
    past = [
        "--reg-start",
        date(today.year - 1, 1, 1).isoformat(),
        "--reg-end",
        date(today.year - 1, 1, 31).isoformat(),
    ]
    future = ["--reg-start", date(today.year + 1, 1, 1).isoformat()]
    run(capsys, db, "exam", "year", "--year", str(today.year - 1), "--fee", "61", *past)
    run(capsys, db, "exam", "year", "--year", str(today.year + 1), "--fee", "61", *future)
    run(capsys, db, "exam", "year", "--year", str(today.year), "--fee", "61")
    late = ("exam", "register", "--year", str(today.year - 1), "--id-number", ID_A)
    code, out, err = run(capsys, db, *late, "--level", "初级")
    assert code == 0 and "已报名" in out
    assert "已过" in err and "报名截止" in err and "补记" in err
    early = ("exam", "register", "--year", str(today.year + 1), "--id-number", ID_A)
    code, out, err = run(capsys, db, *early, "--level", "初级")
    assert code == 0 and "已报名" in out and "还没到" in err
    inside = ("exam", "register", "--year", str(today.year), "--id-number", ID_A)
    code, _, err = run(capsys, db, *inside, "--level", "初级")  # no window set: no warning
    assert code == 0 and "报名时间" not in err and "报名截止" not in err


def _fee(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> tuple[int, str, str]:
    return run(
        capsys, db, "exam", "fee", "--year", "2024", "--id-number", ID_A, "--item", "差旅费", *extra
    )


def test_reimbursement_follows_the_rule(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    """Qijiang: a 缺考 candidate's 差旅费 is refused (exit 3, nothing changed); rows reimbursed
    under the national rule are listed by fee-check, not changed."""
    run(capsys, db, "exam", "year", "--year", "2024", "--fee", "50")
    run(capsys, db, "exam", "register", "--year", "2024", "--id-number", ID_A, "--level", "初级")
    for s in (C1, P1):
        args = ("--year", "2024", "--id-number", ID_A, "--subject", s, "--score", "缺考")
        assert run(capsys, db, "exam", "result", *args)[0] == 0
    # national: anyone is reimbursed, as before
    code, out, _ = _fee(capsys, db, "--amount", "30", "--reimbursed", "2024-12-01")
    assert code == 0 and "已报销（2024-12-01）" in out
    code, out, _ = run(capsys, db, "exam", "fee-check", "--year", "2024")
    assert code == 0 and "都符合报销规则" in out
    assert run(capsys, db, "exam", "rules", "--preset", "qijiang")[0] == 0
    code, out, err = run(capsys, db, "exam", "fee-check", "--year", "2024", "--json")
    listed = json.loads(out)
    assert code == 3 and [(p["item"], p["amount"]) for p in listed] == [("差旅费", 30.0)]
    assert "没有通过考试取得证书" in listed[0]["reason"] and listed[0]["id_number"] == ID_A
    code, out, err = run(capsys, db, "exam", "fee-check", "--year", "2024")
    assert code == 3 and "差旅费" in out and "没有改动" in err
    # take it back, then try again under the Qijiang rule: refused, amount unchanged too
    assert _fee(capsys, db, "--reimbursed", "no")[0] == 0
    before = audit_rows(db)
    code, _, err = _fee(capsys, db, "--amount", "35", "--reimbursed", "2024-12-02")
    assert code == 3 and "差旅费不能报销" in err and "没有通过考试取得证书" in err
    assert audit_rows(db) == before
    _, out, _ = run(capsys, db, "exam", "list", "--year", "2024", "--json")
    assert json.loads(out)[0]["fees"]["差旅费"] == {"amount": 30.0, "reimbursed": False}
    _, out, _ = run(capsys, db, "exam", "rules")
    assert json.loads(out)["reimbursement"]["payer"] == "所在村（社区）"
