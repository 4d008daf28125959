"""The command line: every command (roster import/export/template aside) and every exit code."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run_argv as run

from swdesk import __version__, cli
from swdesk.core.idnumber import make_id_number, parse_id_number
from swdesk.store import Store, open_store, workers
from swdesk.store.backup import list_backups

REPO = Path(__file__).resolve().parent.parent
CODE = "510104001"
ID_ZS = make_id_number("510104", date(1985, 3, 15), 123)
ID_ZSF = make_id_number("110105", date(1949, 12, 31), 4)


def init(capsys: pytest.CaptureFixture[str], db: Path, *villages: tuple[str, str, str]) -> None:
    assert (
        run(
            capsys,
            "--db",
            str(db),
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
    for code, name, kind in villages:
        assert (
            run(
                capsys,
                "--db",
                str(db),
                "villages",
                "add",
                "--code",
                code,
                "--name",
                name,
                "--kind",
                kind,
            )[0]
            == 0
        )


def table_dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


# -- init -------------------------------------------------------------------------------------
def test_init_township(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "init",
        "--role",
        "township",
        "--unit-code",
        CODE,
        "--unit-name",
        " 测试街道 ",
    )
    assert code == 0, err
    assert "测试街道" in out and CODE in out
    with open_store(db_path) as store:
        assert (store.role, store.unit_code, store.unit_name) == ("township", CODE, "测试街道")


def test_init_county_and_12_digit_township_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SWDESK_KEY_PASSPHRASE", "县级密钥口令123")
    county = tmp_path / "county.db"
    assert (
        run(
            capsys,
            "--db",
            str(county),
            "init",
            "--role",
            "county",
            "--unit-code",
            "510104",
            "--unit-name",
            "测试区民政局",
        )[0]
        == 0
    )
    town = tmp_path / "town.db"
    assert (
        run(
            capsys,
            "--db",
            str(town),
            "init",
            "--role",
            "township",
            "--unit-code",
            "510104001000",
            "--unit-name",
            "测试街道",
        )[0]
        == 0
    )
    with open_store(county) as store:
        assert (store.role, store.unit_code) == ("county", "510104")
    with open_store(town) as store:
        assert store.unit_code == CODE


def test_reinit_refused_and_nothing_changed(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init(capsys, db_path)
    before = table_dump(db_path)
    code, _out, err = run(
        capsys,
        "--db",
        str(db_path),
        "init",
        "--role",
        "township",
        "--unit-code",
        "510104002",
        "--unit-name",
        "别的街道",
    )
    assert code == 3
    assert "不能再次设置" in err and "测试街道" in err
    assert table_dump(db_path) == before


@pytest.mark.parametrize(
    ("role", "unit_code", "needle"),
    [
        ("township", "51010400", "9位"),
        ("township", "51010400A", "9位"),
        ("county", "5101", "6位"),
        ("county", "510104001", "6位"),
    ],
)
def test_bad_unit_code_refused_without_creating_a_file(
    db_path: Path, capsys: pytest.CaptureFixture[str], role: str, unit_code: str, needle: str
) -> None:
    code, _out, err = run(
        capsys,
        "--db",
        str(db_path),
        "init",
        "--role",
        role,
        "--unit-code",
        unit_code,
        "--unit-name",
        "某单位",
    )
    assert code == 3
    assert needle in err and unit_code in err
    assert err.startswith("错误：")
    assert not db_path.exists()


def test_blank_unit_name_refused(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "init",
        "--role",
        "township",
        "--unit-code",
        CODE,
        "--unit-name",
        "  ",
    )
    assert code == 3 and "单位名称" in err
    assert not db_path.exists()


# -- villages ---------------------------------------------------------------------------------
def test_villages_add_and_list(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    init(
        capsys, db_path, ("510104001201", "红星村", "rural"), ("510104001001", "和平社区", "urban")
    )
    code, out, _ = run(capsys, "--db", str(db_path), "villages", "list", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"code": "510104001001", "name": "和平社区", "kind": "urban"},
        {"code": "510104001201", "name": "红星村", "kind": "rural"},
    ]
    code, out, _ = run(capsys, "--db", str(db_path), "villages", "list")
    assert code == 0
    assert out.splitlines() == ["510104001001  和平社区  社区", "510104001201  红星村  村"]


@pytest.mark.parametrize(
    ("village_code", "needle"),
    [("51010400100", "12位"), ("51010400100A", "12位"), ("510104001000", "乡镇代码")],
)
def test_villages_add_bad_code(
    db_path: Path, capsys: pytest.CaptureFixture[str], village_code: str, needle: str
) -> None:
    init(capsys, db_path)
    before = table_dump(db_path)
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "villages",
        "add",
        "--code",
        village_code,
        "--name",
        "某村",
        "--kind",
        "rural",
    )
    assert code == 3
    assert needle in err and village_code in err
    assert table_dump(db_path) == before


def test_villages_add_code_of_another_township(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init(capsys, db_path)
    before = table_dump(db_path)
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "villages",
        "add",
        "--code",
        "510104002001",
        "--name",
        "外村",
        "--kind",
        "rural",
    )
    assert code == 3
    assert "不属于本单位" in err and CODE in err
    assert table_dump(db_path) == before


def test_villages_add_duplicate(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    init(capsys, db_path, ("510104001001", "和平社区", "urban"))
    before = table_dump(db_path)
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "villages",
        "add",
        "--code",
        "510104001001",
        "--name",
        "另一个",
        "--kind",
        "urban",
    )
    assert code == 3
    assert "和平社区" in err and "不能重复" in err
    assert table_dump(db_path) == before


def test_villages_blank_name(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    init(capsys, db_path)
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "villages",
        "add",
        "--code",
        "510104001001",
        "--name",
        " ",
        "--kind",
        "urban",
    )
    assert code == 3 and "名称" in err


def test_commands_need_an_initialised_file(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["villages", "list", "--json"],
        ["workers", "list", "--json"],
        ["demo", "--workers", "3"],
    ):
        code, out, err = run(capsys, "--db", str(db_path), *argv)
        assert code == 3, argv
        assert "swdesk init" in err
        assert out == ""


# -- demo -------------------------------------------------------------------------------------
def listed(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> list[dict[str, object]]:
    code, out, err = run(capsys, "--db", str(db), "workers", "list", "--json", *extra)
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, list)
    return data


def test_demo_is_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = []
    for name in ("a.db", "b.db", "c.db"):
        db = tmp_path / name
        init(capsys, db)
        seed = "7" if name != "c.db" else "8"
        code, out, err = run(capsys, "--db", str(db), "demo", "--workers", "25", "--seed", seed)
        assert code == 0, err
        assert "25" in out
        rows = listed(capsys, db)
        results.append([(r["name"], r["id_number"], r["level"], r["village_code"]) for r in rows])
    assert len(results[0]) == 25
    assert results[0] == results[1]
    assert results[0] != results[2]


def test_demo_bad_count(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    init(capsys, db_path)
    before = table_dump(db_path)
    code, _, err = run(capsys, "--db", str(db_path), "demo", "--workers", "0")
    assert code == 3 and "--workers" in err
    assert table_dump(db_path) == before


# -- workers list -------------------------------------------------------------------------------
def test_workers_list_json_fields(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    init(capsys, db_path)
    assert run(capsys, "--db", str(db_path), "demo", "--workers", "40", "--seed", "3")[0] == 0
    rows = listed(capsys, db_path)
    assert len(rows) == 40
    with open_store(db_path) as store:
        village_codes = {r["code"] for r in store.query("SELECT code FROM villages")}
    levels = set()
    for r in rows:
        assert {
            "name",
            "id_number",
            "gender",
            "birth_date",
            "level",
            "village_code",
            "status",
        } <= set(r)
        idn = parse_id_number(r["id_number"])
        assert r["gender"] in ("男", "女") and r["gender"] == idn.gender
        assert isinstance(r["birth_date"], str) and re.fullmatch(
            r"\d{4}-\d{2}-\d{2}", r["birth_date"]
        )
        assert r["birth_date"] == idn.birth_date.isoformat()
        assert r["level"] is None or r["level"] in (
            "社工员",
            "助理社会工作师",
            "社会工作师",
            "高级社会工作师",
        )
        assert r["village_code"] in village_codes
        assert r["status"] in ("在岗", "离岗", "调出")
        levels.add(r["level"])
    assert None in levels and len(levels) >= 3  # a realistic mix


def test_workers_list_search(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    init(capsys, db_path, ("510104001001", "和平社区", "urban"))
    with open_store(db_path) as store:
        _add(store, "张三", ID_ZS)
        _add(store, "张三丰", ID_ZSF)
        _add(store, "李四", "11010519491231002X")
    assert [r["name"] for r in listed(capsys, db_path, "--search", "zs")] == ["张三", "张三丰"]
    assert [r["name"] for r in listed(capsys, db_path, "--search", "zhangsan")] == [
        "张三",
        "张三丰",
    ]
    assert [r["name"] for r in listed(capsys, db_path, "--search", "sanf")] == ["张三丰"]
    assert [r["name"] for r in listed(capsys, db_path, "--search", "李")] == ["李四"]
    assert [r["name"] for r in listed(capsys, db_path, "--search", "002x")] == ["李四"]
    assert listed(capsys, db_path, "--search", "nobody") == []
    code, out, _ = run(capsys, "--db", str(db_path), "workers", "list", "--search", "ls")
    assert code == 0
    assert out.splitlines() == ["李四\t11010519491231002X\t无证书\t在岗"]


def _add(store: Store, name: str, number: str) -> None:
    parse_id_number(number)  # the test's own numbers must be valid
    workers.create(store, {"name": name, "id_number": number, "village_code": "510104001001"})


def test_deleted_workers_not_listed(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    init(capsys, db_path, ("510104001001", "和平社区", "urban"))
    with open_store(db_path) as store:
        _add(store, "张三", ID_ZS)
        workers.delete(store, workers.find_by_id_number(store, ID_ZS)["id"])  # type: ignore[index]
    assert listed(capsys, db_path) == []


# -- backup / restore (more in test_backup_restore.py) ---------------------------------------------
def test_backup_and_restore_round_trip(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init(capsys, db_path)
    assert run(capsys, "--db", str(db_path), "demo", "--workers", "5")[0] == 0
    saved = tmp_path / "saved.db"
    code, out, _ = run(capsys, "--db", str(db_path), "backup", "--out", str(saved))
    assert code == 0 and str(saved) in out
    first = listed(capsys, db_path)
    assert run(capsys, "--db", str(db_path), "demo", "--workers", "5", "--seed", "2")[0] == 0
    assert len(listed(capsys, db_path)) == 10
    code, out, err = run(capsys, "--db", str(db_path), "restore", str(saved))
    assert code == 0, err
    assert listed(capsys, db_path) == first
    assert len(list_backups(db_path, "before-restore")) == 1


def test_restore_garbage_exit_3(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init(capsys, db_path)
    junk = tmp_path / "junk.db"
    junk.write_text("这不是数据库" * 100, encoding="utf-8")
    before = table_dump(db_path)
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(junk))
    assert code == 3 and "不是 swdesk 数据文件" in err
    assert table_dump(db_path) == before


# -- usage errors -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["init"],
        ["init", "--role", "mayor", "--unit-code", CODE, "--unit-name", "x"],
        ["villages"],
        ["villages", "add", "--code", "510104001001", "--name", "x", "--kind", "city"],
        ["villages", "list", "--yaml"],
        ["demo", "--workers", "many"],
        ["workers"],
        ["workers", "list", "--json", "extra"],
        ["restore"],
        ["--lang", "fr", "workers", "list"],
    ],
)
def test_usage_errors_exit_2(
    db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, _out, err = run(capsys, "--db", str(db_path), *argv)
    assert code == 2
    assert err.strip()
    assert "用法错误" in err or "请指定命令" in err
    assert not db_path.exists()


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "init" in out and "workers" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"swdesk {__version__}"


def test_python_m_swdesk_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "swdesk", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"swdesk {__version__}"


def test_python_m_swdesk_exit_codes_reach_the_shell(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "swdesk",
            "--db",
            str(db),
            "init",
            "--role",
            "township",
            "--unit-code",
            "1",
            "--unit-name",
            "x",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert bad.returncode == 3 and "9位" in bad.stderr
    usage = subprocess.run(
        [sys.executable, "-m", "swdesk", "--db", str(db), "init"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert usage.returncode == 2


# -- unexpected errors ------------------------------------------------------------------------
def _log_text() -> str:
    handlers = [
        h for h in logging.getLogger("swdesk").handlers if isinstance(h, logging.FileHandler)
    ]
    assert handlers, "the CLI sets up its log file"
    for h in handlers:
        h.flush()
    return "".join(Path(h.baseFilename).read_text(encoding="utf-8") for h in handlers)


def test_unexpected_error_exit_1_with_a_log_line(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    init(capsys, db_path)

    def boom(store: Store, args: argparse.Namespace) -> int:
        raise ZeroDivisionError("kaboom-4711")

    monkeypatch.setitem(cli.COMMANDS, "villages", boom)
    code, _out, err = run(capsys, "--db", str(db_path), "villages", "list")
    assert code == 1
    assert "意外错误" in err and "日志" in err
    assert "kaboom" not in err  # no traceback for the user
    log = _log_text()
    assert "unexpected error in command villages" in log
    assert "ZeroDivisionError: kaboom-4711" in log
    # the file was closed properly and opens again
    with open_store(db_path) as store:
        assert store.is_initialized


# -- which data file ----------------------------------------------------------------------------
def _init_args(name: str) -> list[str]:
    return ["init", "--role", "township", "--unit-code", CODE, "--unit-name", name]


def test_default_data_file_under_xdg_data_home(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    code, out, err = run(capsys, *_init_args("默认"))
    assert code == 0, err
    default = data_home / "swdesk" / "swdesk.db"
    assert default.exists()
    assert str(default) in out
    with open_store(default) as store:
        assert store.unit_name == "默认"


def test_swdesk_db_env_beats_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    env_db = tmp_path / "env" / "from-env.db"
    monkeypatch.setenv("SWDESK_DB", str(env_db))
    assert run(capsys, *_init_args("环境变量"))[0] == 0
    assert env_db.exists()
    assert not (data_home / "swdesk" / "swdesk.db").exists()


def test_db_option_beats_swdesk_db(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    env_db = tmp_path / "from-env.db"
    opt_db = tmp_path / "from-option.db"
    monkeypatch.setenv("SWDESK_DB", str(env_db))
    assert run(capsys, "--db", str(opt_db), *_init_args("参数"))[0] == 0
    assert opt_db.exists() and not env_db.exists()
    # and a later command without --db finds the env file, still uninitialised
    code, _, err = run(capsys, "workers", "list", "--json")
    assert code == 3 and "swdesk init" in err


def test_db_option_expands_home(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert run(capsys, "--db", "~/mine.db", *_init_args("家目录"))[0] == 0
    assert (tmp_path / "mine.db").exists()


def test_data_file_of_another_program_exit_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    code, _, err = run(capsys, "--db", str(other), "workers", "list", "--json")
    assert code == 3 and "不是 swdesk 数据文件" in err
    assert other.read_bytes() == before


def test_a_reader_closing_the_pipe_early_is_not_an_unexpected_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``swdesk villages list | head -0``: the reader is gone; no bug report, no traceback."""
    db = tmp_path / "x.db"
    init(capsys, db, ("510104001001", "和平社区", "urban"))
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write now fails with EPIPE, as after ``head`` exits
    with open(write_end, "w", encoding="utf-8") as gone:
        monkeypatch.setattr(sys, "stdout", gone)
        assert cli.main(["--db", str(db), "villages", "list"]) == 1
        print("写入不再出错", file=gone)  # stdout now points at devnull
        gone.flush()
    err = capsys.readouterr().err
    assert "意外错误" not in err and "Traceback" not in err
    assert "unexpected error" not in _log_text()
