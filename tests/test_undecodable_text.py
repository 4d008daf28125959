"""A stored text whose bytes are not UTF-8 (a damaged page met while rows are read, after the
statement itself ran) is told as a damaged data file with what to do — in the command line and
in the window — never as an unexpected error."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from cli_helpers import run
from damage_helpers import make_file
from ui_helpers import Boxes

from swdesk.store.errors import DataFileFault, fault_of
from swdesk.ui import crash

pytestmark = pytest.mark.usefixtures("clean_qsettings")


def _undecodable_read(path: Path) -> sqlite3.OperationalError:
    """The error Python's sqlite3 raises while fetching a TEXT value that is not UTF-8."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS t (x TEXT)")
        conn.execute("INSERT INTO t VALUES (CAST(X'E5FF' AS TEXT))")
        with pytest.raises(sqlite3.OperationalError) as info:
            conn.execute("SELECT x FROM t").fetchall()
    finally:
        conn.close()
    return info.value


def _break_a_name(db_path: Path) -> None:
    """One worker's name stored as bytes that are not UTF-8, as a damaged page leaves them."""
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "UPDATE workers SET name = CAST(X'E5FF' AS TEXT) "
            "WHERE rowid = (SELECT min(rowid) FROM workers)"
        )
    conn.close()


def test_undecodable_text_is_a_damaged_file(tmp_path: Path) -> None:
    error = _undecodable_read(tmp_path / "t.db")
    fault = fault_of(error, tmp_path / "data.db")
    assert isinstance(fault, DataFileFault)
    assert "已经损坏" in fault.message and "请从备份恢复" in fault.message
    decode = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
    assert isinstance(fault_of(decode, tmp_path / "data.db"), DataFileFault)


def test_other_errors_without_a_result_code_stay_bugs(tmp_path: Path) -> None:
    assert fault_of(sqlite3.OperationalError("no such table: x"), tmp_path / "d.db") is None
    assert (
        fault_of(sqlite3.ProgrammingError("Cannot operate on a closed database."), tmp_path) is None
    )
    assert fault_of(ValueError("Could not decode to UTF-8"), tmp_path / "d.db") is None


def test_a_list_that_meets_undecodable_text_says_the_file_is_damaged(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_file(db_path, 30)
    code, _, err = run(capsys, db_path, "workers", "list")
    assert code == 0, err  # the same list reads before the damage
    _break_a_name(db_path)
    code, _, err = run(capsys, db_path, "workers", "list")
    assert code == 3, err
    assert "已经损坏" in err and "意外错误" not in err and "Traceback" not in err


def _hook(error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        exc_info = sys.exc_info()
    sys.excepthook(*exc_info)  # type: ignore[arg-type]


def test_the_window_tells_undecodable_text_of_its_data_file_as_damage(
    qapp: object, boxes: Boxes, crashes: list[str], tmp_path: Path
) -> None:
    error = _undecodable_read(tmp_path / "t.db")
    crash.install(tmp_path / "swdesk.log")
    crash.watch_data_file(tmp_path / "data.db")
    _hook(error)
    assert crashes == []
    (text,) = boxes.texts("warning")
    assert "已经损坏" in text and "Could not decode" not in text


def test_without_a_data_file_the_same_error_is_a_bug(
    qapp: object, boxes: Boxes, crashes: list[str], tmp_path: Path
) -> None:
    error = _undecodable_read(tmp_path / "t.db")
    crash.install(tmp_path / "swdesk.log")  # forgets any file an earlier window watched
    _hook(error)
    assert boxes.texts("warning") == []
    assert len(crashes) == 1 and "Could not decode" in crashes[0]
