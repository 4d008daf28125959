"""A person's 年度津贴明细, with the months of ``test_allowance_runs``'s file worked out by hand.

The first quarter of 2026 is approved; April is a draft that also pays 新证 a 补发 of 50 for
February. 新证 (助理 obtained 2026-01-15, registered 2026-01-20; 助理 250 from March):

=======  ======================================================  ==========================
month    what                                                    counted
=======  ======================================================  ==========================
01       nothing: 证书 2026-01-15 取得，2026-02 起发放。         —
02       助理 200 (已审核)                                       200
03       助理 250 (已审核)                                       250
04       助理 250 (草稿)                                         not yet (pending 250)
05–12    尚无该月发放表                                           —
补发     for 02, on the April draft, +50                         not yet (pending 50)
=======  ======================================================  ==========================

Year total 450.00 (肆佰伍拾元整), 300.00 pending. 离岗 left on 2026-02-10: 01 and 02 paid 200
each, 03 not on the list (not in post).
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run
from external_tools import need
from test_allowance_runs import PEOPLE, make_file
from test_payroll_files import pdf_text

from swdesk.core import allowance_history as ah
from swdesk.core import documents
from swdesk.formats.allowance_statement import (
    Statement,
    StatementMonth,
    StatementOneOff,
    statement_pdf,
)
from swdesk.store import accounts, open_store, workers
from swdesk.store import allowances as store_al
from swdesk.store.allowance_history import worker_lines

Q1, APR = date(2026, 1, 1), date(2026, 4, 1)


def make_history(path: Path) -> Path:
    """``test_allowance_runs``'s file with the quarter approved and April's draft paying 新证
    a 补发 of 50 for February."""
    make_file(path)
    with open_store(path, daily_backup=False) as s:
        store_al.compute_run(s, Q1, 3)
        store_al.publish(s, Q1)
        store_al.approve(s, Q1)
        store_al.compute_run(s, APR)
        new = workers.find_by_id_number(s, PEOPLE["新证"])
        assert new is not None
        store_al.adjust(s, APR, date(2026, 2, 1), new["id"], 5000, "二月少算")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_history(tmp_path / "swdesk.db")


def _id(s: object, name: str) -> str:
    row = workers.find_by_id_number(s, PEOPLE[name])  # type: ignore[arg-type]
    assert row is not None
    return str(row["id"])


def statement(
    capsys: pytest.CaptureFixture[str], db: Path, name: str, out: Path
) -> tuple[int, str, str]:
    """``swdesk allowance statement`` of ``name`` for 2026 into ``out``."""
    return run(
        capsys,
        db,
        "allowance",
        "statement",
        "--id-number",
        PEOPLE[name],
        "--year",
        "2026",
        "--out",
        str(out),
    )


def test_the_months_of_a_year_read_from_the_runs(db: Path) -> None:
    with open_store(db, daily_backup=False) as s:
        lines = worker_lines(s, _id(s, "新证"))
        runs = [(Q1, 3, "approved"), (APR, 1, "draft")]
        months = ah.runs_not_listed(runs, ah.year_months(lines, 2026))
        assert [(e.status, e.amount, e.state) for e in months[:4]] == [
            (ah.REASON, 0, "approved"),
            (ah.PAID, 20000, "approved"),
            (ah.PAID, 25000, "approved"),
            (ah.PAID, 25000, "draft"),
        ]
        assert months[0].reason == "证书 2026-01-15 取得，2026-02 起发放。"
        assert {e.status for e in months[4:]} == {ah.NO_RUN}
        one_offs = ah.year_one_offs(lines, 2026)
        assert [(x.kind, x.counted_month, x.amount, x.note) for x in one_offs] == [
            ("adjustment", date(2026, 2, 1), 5000, "二月少算")
        ]
        assert ah.year_totals(months, one_offs) == ah.YearTotals(45000, 30000)
        assert ah.line_years(lines) == [2026]
        left = ah.runs_not_listed(runs, ah.year_months(worker_lines(s, _id(s, "离岗")), 2026))
        assert [(e.status, e.amount) for e in left[:4]] == [
            (ah.PAID, 20000),
            (ah.PAID, 20000),
            (ah.NOT_LISTED, 0),
            (ah.NOT_LISTED, 0),
        ]


def test_the_statement_prints_each_month_the_one_offs_and_the_total(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "新证 2026.pdf"
    code, stdout, err = statement(capsys, db, "新证", out)
    assert (code, err) == (0, "")
    assert "合计 450.00 元，另有未审核 300.00 元" in stdout
    text, pages = pdf_text(tmp_path, out.read_bytes(), "statement.pdf")
    assert pages == 1
    with open_store(db, daily_backup=False) as s:
        [logged] = accounts.export_log(s)
        assert (logged["kind"], logged["file"], logged["rows"], logged["full_ids"]) == (
            documents.DOC_STATEMENT,
            str(out),
            1,
            0,
        )
    masked = PEOPLE["新证"][:6] + "********" + PEOPLE["新证"][-4:]
    assert masked in text and PEOPLE["新证"] not in text
    for expected in (
        "2026年津贴明细",
        "姓名：新证",
        "2026-01已审核证书2026-01-15取得，2026-02起发放。",
        "2026-02助理社会工作师200.00200.00已审核",
        "2026-03助理社会工作师250.00250.00已审核",
        "2026-04助理社会工作师250.00250.00草稿",
        "2026-05尚无该月发放表",
        "2026-02补发2026-0450.00草稿二月少算",
        "2026年合计：450.00元（大写：肆佰伍拾元整）",
        "另有草稿或公示中的发放表300.00元",
    ):
        assert expected in text, expected
    fonts = subprocess.run(
        [need("pdffonts"), str(out)], capture_output=True, text=True, check=True
    ).stdout
    listed = fonts.splitlines()[2:]
    # only the CJK subset, embedded
    assert listed and all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in listed), fonts


def test_a_month_not_on_the_list_says_so(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "离岗.pdf"
    code, stdout, _ = statement(capsys, db, "离岗", out)
    assert code == 0 and "合计 400.00 元。" in stdout
    text, _ = pdf_text(tmp_path, out.read_bytes(), "left.pdf")
    assert "2026-03已审核不在该月发放名单（未在岗）" in text
    assert "2026年合计：400.00元（大写：肆佰元整）" in text
    assert "另有草稿" not in text


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("--id-number", "110101199001011237", "--year", "2026"), "找不到身份证号"),
        (("--year", "2025"), "2025 年还没有任何发放表"),
        (("--year", "1999"), "年份 1999 不对"),
        (("--id-number", "12345", "--year", "2026"), "身份证号"),
    ],
)
def test_refusals_exit_3_and_write_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, argv: tuple[str, ...], says: str
) -> None:
    out = tmp_path / "x.pdf"
    full = ("--id-number", PEOPLE["新证"], *argv) if argv[0] != "--id-number" else argv
    code, _, err = run(capsys, db, "allowance", "statement", *full, "--out", str(out))
    assert code == 3 and says in err, err
    assert not out.exists()


def test_a_statement_is_a_pdf(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    code, _, err = statement(capsys, db, "新证", out)
    assert code == 3 and "只能输出为 PDF" in err
    assert not out.exists()


def test_many_one_offs_still_fit_one_page(tmp_path: Path) -> None:
    """Twenty corrections of 10 yuan: twelve listed, the other eight in one row, one page."""
    months = tuple(
        StatementMonth(f"2026-{m:02d}", "社会工作师", 30000, 30000, "已发放", "")
        for m in range(1, 13)
    )
    one_offs = tuple(
        StatementOneOff(f"2026-{1 + i % 12:02d}", "补发", "2027-01", 1000, "已审核", f"第{i}笔")
        for i in range(20)
    )
    s = Statement(
        "测试街道",
        2026,
        "张三",
        "510104********0115",
        "玉林社区",
        "社会工作师",
        months,
        one_offs,
        12 * 30000 + 20 * 1000,
        0,
        "2027-01-05",
    )
    text, pages = pdf_text(tmp_path, statement_pdf(s), "many.pdf")
    assert pages == 1
    assert "第11笔" in text and "第12笔" not in text
    assert "另有8笔80.00已计入合计" in text
    assert "2026年合计：3800.00元（大写：叁仟捌佰元整）" in text
