"""Failures the machine causes (disk full, read-only, stick pulled out, damaged file) reach the
user as a sentence saying what to do, leave nothing half-written, and are never taken for bugs."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run, township_file
from openpyxl import Workbook, load_workbook

from swdesk import atomic
from swdesk.core.errors import EnvironmentFault, RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.formats.excel_common import save_workbook
from swdesk.store import Store, db, opening, workers
from swdesk.store.errors import DataFileFault, StoreError

OLD = b"the file as it was before"


def _fail_with(code: int) -> Callable[..., None]:
    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "out.bin"
    path.write_bytes(OLD)
    return path


# -- writing files ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "says"),
    [
        (errno.ENOSPC, "磁盘已满"),
        (errno.EROFS, "只读"),
        (errno.EACCES, "没有写入权限"),
        (errno.EIO, "U盘可能已拔出"),
    ],
)
def test_a_failed_write_keeps_the_old_file_and_says_why(
    old_file: Path, monkeypatch: pytest.MonkeyPatch, code: int, says: str
) -> None:
    monkeypatch.setattr(os, "fsync", _fail_with(code))  # the data is written, syncing fails
    with pytest.raises(EnvironmentFault) as exc:
        atomic.write_atomic(old_file, b"new content " * 1000)
    assert says in exc.value.message and str(old_file) in exc.value.message
    assert os.strerror(code) not in exc.value.message  # no English inside the Chinese
    assert old_file.read_bytes() == OLD
    assert _leftovers(old_file.parent) == []


def test_a_read_only_folder_is_told_when_the_temp_file_cannot_be_made(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "open", _fail_with(errno.EROFS), raising=False)
    with pytest.raises(EnvironmentFault, match="只读"):
        atomic.write_atomic(old_file, b"new")
    assert old_file.read_bytes() == OLD


def test_a_pulled_stick_names_the_folder(tmp_path: Path) -> None:
    gone = tmp_path / "stick" / "out.xlsx"
    with pytest.raises(EnvironmentFault, match="U盘可能已拔出"):
        atomic.write_atomic(gone, b"x")


def test_other_os_errors_are_bugs_and_pass_unchanged(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", _fail_with(errno.EINVAL))
    with pytest.raises(OSError) as exc:
        atomic.write_atomic(old_file, b"new")
    assert not isinstance(exc.value, EnvironmentFault) and exc.value.errno == errno.EINVAL
    assert old_file.read_bytes() == OLD and _leftovers(old_file.parent) == []


def test_an_error_of_the_writer_itself_removes_the_temp_file(old_file: Path) -> None:
    with pytest.raises(ZeroDivisionError), atomic.writing(old_file) as f:
        f.write(b"half of it")
        _ = 1 / 0
    assert old_file.read_bytes() == OLD and _leftovers(old_file.parent) == []


def test_another_file_the_writer_cannot_read_is_not_this_writes_fault(old_file: Path) -> None:
    missing = old_file.parent / "template.xlsx"
    with pytest.raises(FileNotFoundError) as exc, atomic.writing(old_file) as f:
        f.write(missing.read_bytes())
    assert not isinstance(exc.value, EnvironmentFault)
    assert old_file.read_bytes() == OLD and _leftovers(old_file.parent) == []


def test_a_full_disk_while_the_writer_writes_is_a_fault(old_file: Path) -> None:
    class Full:
        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(EnvironmentFault, match="磁盘已满"), atomic.writing(old_file) as f:
        Full().write(b"x" * 10)  # what a buffered write into ``f`` raises on a full disk
        f.write(b"never")
    assert old_file.read_bytes() == OLD and _leftovers(old_file.parent) == []


def test_a_new_file_appears_only_complete(tmp_path: Path) -> None:
    path = tmp_path / "new.bin"
    with atomic.writing(path) as f:
        f.write(b"part one, ")
        assert not path.exists()
        f.write(b"part two")
    assert path.read_bytes() == b"part one, part two" and _leftovers(tmp_path) == []


def test_a_folder_given_as_the_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="文件夹"):
        atomic.write_atomic(tmp_path, b"x")


def test_a_workbook_save_on_a_full_disk_keeps_the_old_workbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "名单.xlsx"
    wb = Workbook()
    wb.active.append(["旧"])
    save_workbook(wb, path)
    wb = Workbook()
    wb.active.append(["新"])
    monkeypatch.setattr(os, "fsync", _fail_with(errno.ENOSPC))
    with pytest.raises(EnvironmentFault, match="磁盘已满"):
        save_workbook(wb, path)
    assert load_workbook(path).active["A1"].value == "旧"
    assert _leftovers(tmp_path) == []


def _person(store: Store) -> str:
    return workers.create(
        store,
        {
            "name": "张三",
            "id_number": make_id_number("510104", date(1990, 1, 2), 11),
            "village_code": "510104001001",
        },
    )


def test_no_pdf_under_the_final_name_when_drawing_fails(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from swdesk.formats.transcript import write_transcripts

    wid = _person(store)
    out = tmp_path / "学时证明.pdf"

    def broken(self: Canvas) -> None:
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(Canvas, "showPage", broken)
    with pytest.raises(RuntimeError):
        write_transcripts(store, [wid], out, date(2024, 1, 1))
    assert not out.exists() and _leftovers(tmp_path) == []
    monkeypatch.undo()
    assert write_transcripts(store, [wid], out, date(2024, 1, 1)).read_bytes()[:5] == b"%PDF-"


def test_a_pdf_half_written_onto_a_full_disk_keeps_the_old_one(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.pdfbase.pdfdoc import PDFDocument

    from swdesk.formats.transcript import write_transcripts

    wid = _person(store)
    out = tmp_path / "学时证明.pdf"
    out.write_bytes(OLD)

    def full(self: PDFDocument, f: Any, canvas: Any) -> None:
        f.write(b"%PDF-1.4 and then the disk")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PDFDocument, "SaveToFile", full)
    with pytest.raises(EnvironmentFault, match="磁盘已满"):
        write_transcripts(store, [wid], out, date(2024, 1, 1))
    assert out.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_backup_onto_a_full_disk_leaves_no_part_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from swdesk.store import backup

    def full(src: Path, dst: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(EnvironmentFault, match="磁盘已满"):
        backup.backup_file(store.conn, store.path, "manual", tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists() and _leftovers(tmp_path) == []


# -- the data file ---------------------------------------------------------------------------
def test_a_full_disk_under_the_store_is_a_fault_and_the_last_save_is_undone(store: Store) -> None:
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite answers SQLITE_FULL past it
    made = 0
    with pytest.raises(DataFileFault) as exc:
        for n in range(1, 2000):
            workers.create(
                store,
                {"name": f"员工{n}", "id_number": make_id_number("510104", date(1980, 1, 1), n)},
            )
            made = n
    assert isinstance(exc.value, EnvironmentFault) and isinstance(exc.value, StoreError)
    assert "磁盘已满" in exc.value.message and str(store.path) in exc.value.message
    assert "disk is full" not in exc.value.message
    assert not store.conn.in_transaction
    assert workers.count(store) == made  # the save that failed left nothing behind


def test_a_read_only_data_file_is_a_fault(store: Store) -> None:
    store.conn.execute("PRAGMA query_only = 1")  # SQLite answers SQLITE_READONLY to any write
    with pytest.raises(DataFileFault, match="只读"):
        _person(store)
    store.conn.execute("PRAGMA query_only = 0")
    assert store.scalar("SELECT count(*) FROM workers") == 0


def test_sqlite_bugs_are_not_faults(store: Store) -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        store.conn.execute("SELECT * FROM no_such_table")
    with pytest.raises(sqlite3.OperationalError, match="syntax error"):
        store.conn.execute("SELEC 1")


def test_each_environmental_code_has_a_sentence(tmp_path: Path) -> None:
    from swdesk.store.errors import sqlite_fault

    def fault(code: int) -> DataFileFault | None:
        error = sqlite3.OperationalError("x")
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        return sqlite_fault(error, tmp_path / "d.db")

    said = {
        code: fault(code)
        for code in (
            sqlite3.SQLITE_FULL,
            sqlite3.SQLITE_READONLY,
            sqlite3.SQLITE_BUSY,
            sqlite3.SQLITE_LOCKED,
            sqlite3.SQLITE_IOERR,
            sqlite3.SQLITE_IOERR | (4 << 8),  # SQLITE_IOERR_FSYNC: extended codes count too
            sqlite3.SQLITE_CANTOPEN,
            sqlite3.SQLITE_CORRUPT,
            sqlite3.SQLITE_NOTADB,
        )
    }
    assert all(f is not None for f in said.values())
    assert "请从备份恢复" in str(said[sqlite3.SQLITE_CORRUPT])
    assert "正被另一个程序使用" in str(said[sqlite3.SQLITE_BUSY])
    for bug in (sqlite3.SQLITE_ERROR, sqlite3.SQLITE_CONSTRAINT, sqlite3.SQLITE_MISUSE):
        assert fault(bug) is None


# -- the command line: exit 3, the sentence, no traceback, nothing half-written ------------------
@pytest.fixture
def township(db_path: Path) -> Path:
    with township_file(db_path) as store:
        from swdesk.store import villages

        villages.add(store, "510104001001", "和平社区", "urban")
    return db_path


def _snapshot(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM villages ORDER BY code").fetchall()
    finally:
        conn.close()


@pytest.fixture
def read_only_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real = db.connect

    def read_only(path: Path) -> Any:
        conn = real(path)
        conn.execute("PRAGMA query_only = 1")
        return conn

    monkeypatch.setattr(db, "connect", read_only)
    monkeypatch.setattr(opening, "connect", read_only)  # open_store's own name for it
    yield


def test_cli_read_only_data_file_exits_3_without_traceback(
    township: Path, capsys: pytest.CaptureFixture[str], read_only_store: None
) -> None:
    before = _snapshot(township)
    code, _, err = run(
        capsys,
        township,
        "villages",
        "add",
        "--code",
        "510104001002",
        "--name",
        "新民社区",
        "--kind",
        "urban",
    )
    assert code == 3
    assert "只读" in err and "Traceback" not in err and "readonly" not in err
    assert _snapshot(township) == before


def test_cli_export_onto_a_full_disk_exits_3_and_keeps_the_old_file(
    township: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "roster.xlsx"
    out.write_bytes(OLD)
    monkeypatch.setattr(atomic.os, "fsync", _fail_with(errno.ENOSPC))
    code, _, err = run(capsys, township, "workers", "export", str(out))
    assert code == 3
    assert "磁盘已满" in err and "Traceback" not in err and "No space" not in err
    assert out.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_cli_data_folder_on_a_read_only_disk_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from swdesk.store import lock

    def read_only_disk(path: Path, mode: str = "r") -> Any:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(lock, "open", read_only_disk, raising=False)
    # a command that creates the file: a read command on a missing file is refused before
    # the lock (see test_integrity)
    code, _, err = run(
        capsys,
        tmp_path / "swdesk.db",
        "init",
        "--role",
        "township",
        "--unit-code",
        "510104001",
        "--unit-name",
        "测试街道",
    )
    assert code == 3 and "只读" in err and "Traceback" not in err
