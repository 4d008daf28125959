"""``swdesk workers import / export / template`` through ``cli.main`` with ``--db``: output,
files written, and exit codes (0 done, 2 usage, 3 input rejected with nothing changed)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import run
from openpyxl import load_workbook
from roster_corpus import STANDARD_HEADER, messy_roster, simple_roster, standard_rows, valid_id
from test_roster_footer import FOOTER, line

CODE = "510104001"
VILLAGES = (
    ("510104001001", "和平社区", "urban"),
    ("510104001002", "新民社区", "urban"),
    ("510104001201", "红星村", "rural"),
)


@pytest.fixture
def db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert (
        run(
            capsys,
            db_path,
            "init",
            "--role",
            "township",
            "--unit-code",
            CODE,
            "--unit-name",
            "测试街道",
        )[0]
        == 0
    )
    for code, name, kind in VILLAGES:
        assert (
            run(capsys, db_path, "villages", "add", "--code", code, "--name", name, "--kind", kind)[
                0
            ]
            == 0
        )
    return db_path


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def count(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM workers").fetchone()[0])
    finally:
        conn.close()


def good_file(tmp_path: Path, n: int = 12) -> Path:
    return simple_roster(tmp_path / "good.xlsx", STANDARD_HEADER, standard_rows(n))


def test_import_good_file(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db, "workers", "import", str(good_file(tmp_path)))
    assert code == 0, err
    assert "共 12 行：新增 12，更新 0，无变化 0，错误 0" in out
    assert "导入完成：新增 12 人" in out
    assert count(db) == 12
    assert not (tmp_path / "good_错误报告.xlsx").exists()


def test_import_again_changes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = good_file(tmp_path)
    assert run(capsys, db, "workers", "import", str(path))[0] == 0
    before = dump(db)
    code, out, _ = run(capsys, db, "workers", "import", str(path))
    assert code == 0
    assert "无变化 12" in out
    assert dump(db) == before


def test_dry_run_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(db)
    code, out, _ = run(capsys, db, "workers", "import", str(good_file(tmp_path)), "--dry-run")
    assert code == 0
    assert "新增 12" in out and "--dry-run" in out
    assert dump(db) == before


def test_errors_reject_the_whole_file_with_a_report(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = messy_roster(tmp_path / "花名册.xlsx")
    before = dump(db)
    code, out, err = run(capsys, db, "workers", "import", str(corpus.path))
    assert code == 3
    assert f"错误 {len(corpus.bad)}" in out
    for row, expected in corpus.bad.items():
        assert f"第 {row} 行 {expected.column}：" in err
    assert "整份花名册都没有导入" in err
    report = tmp_path / "花名册_错误报告.xlsx"
    assert report.exists() and str(report) in err
    rows = list(load_workbook(report)["错误"].iter_rows(values_only=True))
    assert rows[0] == ("行号", "列", "值", "原因")
    assert {r[0] for r in rows[1:]} == set(corpus.bad)
    assert dump(db) == before


def test_report_option_chooses_the_report_path(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = messy_roster(tmp_path / "r.xlsx")
    out_path = tmp_path / "reports" / "errs.xlsx"
    code, _, err = run(capsys, db, "workers", "import", str(corpus.path), "--report", str(out_path))
    assert code == 3
    assert out_path.exists() and str(out_path) in err
    assert not (tmp_path / "r_错误报告.xlsx").exists()


def test_dry_run_with_errors_exits_3_and_writes_only_the_report(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = messy_roster(tmp_path / "r.xlsx")
    before = dump(db)
    code, _, _ = run(capsys, db, "workers", "import", str(corpus.path), "--dry-run")
    assert code == 3
    assert (tmp_path / "r_错误报告.xlsx").exists()
    assert dump(db) == before
    # With --accept-valid a preview of the good rows is a success.
    code, _, _ = run(
        capsys, db, "workers", "import", str(corpus.path), "--dry-run", "--accept-valid"
    )
    assert code == 0
    assert dump(db) == before


def test_accept_valid_imports_only_good_rows(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = messy_roster(tmp_path / "r.xlsx")
    code, out, err = run(capsys, db, "workers", "import", str(corpus.path), "--accept-valid")
    assert code == 0, err
    assert f"跳过有错误的 {len(corpus.bad)} 行" in out
    assert count(db) == len(corpus.good)
    code, out, _ = run(capsys, db, "workers", "list", "--json")
    assert {w["id_number"] for w in json.loads(out)} == corpus.good_ids


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("absent.xlsx", None, "找不到文件"),
        ("notes.xlsx", b"plain text", "不是有效的"),
        ("old.xls", b"\xd0\xcf\x11\xe0", ".xls"),
    ],
)
def test_unreadable_file_exits_3(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    words: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = dump(db)
    code, _, err = run(capsys, db, "workers", "import", str(path))
    assert code == 3 and words in err
    assert dump(db) == before


def test_import_before_init_exits_3(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, db_path, "workers", "import", str(good_file(tmp_path)))
    assert code == 3 and "swdesk init" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["workers", "import"],
        ["workers", "export"],
        ["workers", "template"],
        ["workers", "import", "a.xlsx", "--bogus"],
    ],
)
def test_usage_errors_exit_2(db: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, db, *argv)
    assert code == 2 and "用法错误" in err


def test_export(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, db, "demo", "--workers", "15")[0] == 0
    out_path = tmp_path / "导出.xlsx"
    code, out, _ = run(capsys, db, "workers", "export", str(out_path))
    assert code == 0 and "已导出 15 人" in out
    ws = load_workbook(out_path).active
    assert ws.max_row == 16 and ws.freeze_panes == "A2"
    # And the export re-imports as unchanged.
    code, out, _ = run(capsys, db, "workers", "import", str(out_path), "--dry-run")
    assert code == 0 and "无变化 15" in out


def test_export_to_a_folder_exits_3(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, db, "workers", "export", str(tmp_path))
    assert code == 3 and "无法写入" in err


def test_template(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "模板.xlsx"
    code, out, _ = run(capsys, db, "workers", "template", str(out_path))
    assert code == 0 and str(out_path) in out
    wb = load_workbook(out_path)
    ws = wb["花名册"]
    village_col = next(c.column for c in ws[1] if c.value == "村（社区）")
    dv = next(
        d
        for d in ws.data_validations.dataValidation
        if next(iter(d.sqref.ranges)).min_col == village_col
    )
    lists = wb["选项"]
    values = [c.value for row in lists.iter_rows(min_row=2) for c in row if c.value]
    assert {"和平社区", "新民社区", "红星村"} <= set(values)
    assert "选项" in dv.formula1


def test_footer_is_noted_and_errors_read_in_one_style(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [*standard_rows(2), line(None, valid_id(7)), *FOOTER]
    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, rows)
    code, out, err = run(capsys, db, "workers", "import", "--dry-run", str(path))
    assert code == 3
    assert "第 6–9 行是表格下方的签字、合计等表尾，已跳过。" in out
    assert "  第 4 行 姓名：不能为空\n" in err
    assert "。；" not in err and "姓名：姓名" not in err
