"""Who may restore once the file has accounts: a restore replaces the whole file, so it needs a
管理 account — of the file being replaced while it can be read, else of the backup that takes
its place — and a refusal changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run_argv as run
from damage_helpers import damage, digest, make_file, names_in

from swdesk.core.idnumber import make_id_number
from swdesk.store import accounts as store_accounts
from swdesk.store import open_store, workers

ADMIN_PW = "Zq81-admin-pw"
CLERK_PW = "Kx27-clerk-pw"


def _accounts(path: Path) -> None:
    with open_store(path, daily_backup=False) as store:
        store_accounts.add(store, "站长", "管理", ADMIN_PW)
        store_accounts.login(store, "站长", ADMIN_PW)
        store_accounts.add(store, "小李", "录入", CLERK_PW)


def _backup(db: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db), "--user", "站长", "backup", "--out", str(out))
    assert code == 0, err


@pytest.fixture
def files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, Path]:
    """A file with accounts and 3 workers, its backup, then a fourth worker added."""
    db = tmp_path / "swdesk.db"
    make_file(db, 3)
    _accounts(db)
    saved = tmp_path / "saved.db"
    monkeypatch.setenv("SWDESK_PASSWORD", ADMIN_PW)
    _backup(db, saved, capsys)
    with open_store(db, daily_backup=False) as store:
        store_accounts.login(store, "站长", ADMIN_PW)
        workers.create(
            store,
            {
                "name": "后加的",
                "id_number": make_id_number("510104", date(1990, 1, 1), 900),
                "village_code": "510104001001",
            },
        )
    assert len(names_in(db)) == 4
    monkeypatch.delenv("SWDESK_PASSWORD")
    return db, saved


def _restore(
    db: Path, saved: Path, capsys: pytest.CaptureFixture[str], *user: str
) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), *user, "restore", str(saved))


def test_without_an_account_restore_is_refused_and_changes_nothing(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, saved = files
    before = digest(db)
    code, _, err = _restore(db, saved, capsys)
    assert code == 3 and "--user" in err
    assert digest(db) == before


def test_a_clerk_may_not_restore(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, saved = files
    before = digest(db)
    monkeypatch.setenv("SWDESK_PASSWORD", CLERK_PW)
    code, _, err = _restore(db, saved, capsys, "--user", "小李")
    assert code == 3 and "管理" in err
    monkeypatch.setenv("SWDESK_PASSWORD", "wrong-password")
    code, _, err = _restore(db, saved, capsys, "--user", "站长")
    assert code == 3 and "密码不对" in err
    assert digest(db) == before and len(names_in(db)) == 4


def test_a_manager_restores(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, saved = files
    monkeypatch.setenv("SWDESK_PASSWORD", ADMIN_PW)
    code, _, err = _restore(db, saved, capsys, "--user", "站长")
    assert code == 0, err
    assert len(names_in(db)) == 3


def test_a_damaged_file_is_restored_by_a_manager_of_the_backup(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, saved = files
    damage(db, "header")  # its accounts can no longer be read: the backup's decide
    assert store_accounts.accounts_of_file(db) is None
    monkeypatch.setenv("SWDESK_PASSWORD", CLERK_PW)
    assert _restore(db, saved, capsys, "--user", "小李")[0] == 3
    monkeypatch.setenv("SWDESK_PASSWORD", ADMIN_PW)
    code, _, err = _restore(db, saved, capsys, "--user", "站长")
    assert code == 0, err
    assert len(names_in(db)) == 3


def test_a_file_without_accounts_restores_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "swdesk.db"
    make_file(db, 2)
    saved = tmp_path / "saved.db"
    assert run(capsys, "--db", str(db), "backup", "--out", str(saved))[0] == 0
    assert store_accounts.accounts_of_file(db) == []
    code, _, err = _restore(db, saved, capsys)
    assert code == 0, err
