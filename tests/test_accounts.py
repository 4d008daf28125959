"""Local accounts and roles: passwords kept as scrypt hashes only, a file without accounts that
behaves as before, the CLI's login (``--user`` with ``SWDESK_PASSWORD`` or a prompt), the
approvals that need 审核, the last 管理 account, ID numbers masked per document, the export log.

The allowance and appraisal cases use the file of ``test_allowance_runs`` (six people, one of
them with a finalized 2025 appraisal).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run, township_file
from openpyxl import load_workbook
from test_allowance_runs import PEOPLE, dump, make_file
from test_payroll_files import pdf_text

from swdesk.cli import account as cli_account
from swdesk.core import accounts as ac
from swdesk.core import allowance as al
from swdesk.core import documents
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import mask_id_number
from swdesk.store import Store, appraisals, open_store
from swdesk.store import accounts as store_accounts
from swdesk.store import allowances as store_al

ADMIN_PW = "Zq81-admin-pw"
CLERK_PW = "Kx27-clerk-pw"
REVIEWER_PW = "Vb55-review-pw"
MONTH = "2026-01"


# -- the hash -----------------------------------------------------------------------------------
def test_a_password_is_kept_as_a_salted_scrypt_hash() -> None:
    first, second = ac.hash_password("secret-1"), ac.hash_password("secret-1")
    assert first.startswith("scrypt$16384$8$1$") and "secret-1" not in first
    assert first != second  # a new salt each time
    assert ac.verify_password("secret-1", first) and ac.verify_password("secret-1", second)
    assert not ac.verify_password("secret-2", first)
    assert not ac.verify_password("", first)


@pytest.mark.parametrize(
    "stored", ["", "plain", "md5$1$1$1$AA==$AA==", "scrypt$x$8$1$AA==$AA==", "scrypt$16384$8$1$!$!"]
)
def test_a_malformed_stored_hash_never_matches(stored: str) -> None:
    assert not ac.verify_password("anything", stored)


def test_roles_names_and_passwords_are_checked() -> None:
    assert ac.parse_role("审核") == ac.ROLE_REVIEWER == ac.parse_role(" reviewer ")
    assert ac.parse_role("管理") == ac.ROLE_ADMIN and ac.parse_role("录入") == ac.ROLE_CLERK
    with pytest.raises(RuleError, match="只能是"):
        ac.parse_role("站长")
    assert ac.check_name(" 王站长 ") == "王站长"
    assert ac.check_name("Ａ１") == "A1"  # full-width typed on a Chinese keyboard
    for bad in ("", "  ", "王\u200b五", "a\tb", "x" * (ac.NAME_MAX + 1)):
        with pytest.raises(RuleError):
            ac.check_name(bad)
    assert ac.check_name("x" * ac.NAME_MAX)
    assert ac.check_password("123456") == "123456"
    with pytest.raises(RuleError, match="至少 6 位"):
        ac.check_password("12345")


# -- the store ----------------------------------------------------------------------------------
def _with_accounts(store: Store) -> None:
    store_accounts.add(store, "站长", "管理", ADMIN_PW)
    store_accounts.login(store, "站长", ADMIN_PW)
    store_accounts.add(store, "小李", "录入", CLERK_PW)
    store_accounts.add(store, "老张", "审核", REVIEWER_PW)


def test_the_first_account_must_be_a_manager(store: Store) -> None:
    with pytest.raises(RuleError, match="第一个账户必须是“管理”"):
        store_accounts.add(store, "小李", "录入", CLERK_PW)
    assert not store_accounts.any_account(store)
    store_accounts.add(store, "站长", "管理", ADMIN_PW)
    # From now on only a 管理 login manages accounts.
    with pytest.raises(RuleError, match="管理账户需要"):
        store_accounts.add(store, "小李", "录入", CLERK_PW)
    store_accounts.login(store, "站长", ADMIN_PW)
    store_accounts.add(store, "小李", "录入", CLERK_PW)
    store_accounts.login(store, "小李", CLERK_PW)
    with pytest.raises(RuleError, match="管理账户需要"):
        store_accounts.add(store, "小王", "录入", CLERK_PW)
    with pytest.raises(RuleError, match="管理账户需要"):
        store_accounts.set_disabled(store, "站长")
    assert [r["name"] for r in store_accounts.list_all(store)] == ["小李", "站长"]


def test_login_right_and_wrong(store: Store) -> None:
    _with_accounts(store)
    store.account = None
    for name, pw in (("小李", REVIEWER_PW), ("小李", ""), ("nobody", CLERK_PW), ("", CLERK_PW)):
        with pytest.raises(RuleError, match="账户名或密码不对"):
            store_accounts.login(store, name, pw)
        assert store.account is None
    account = store_accounts.login(store, "小李", CLERK_PW)
    assert store.account == account == ac.Account("小李", ac.ROLE_CLERK)
    assert store.clone().account == account  # a background task runs as the same account


def test_an_unknown_name_costs_the_same_one_hash_as_a_wrong_password(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_accounts(store)
    calls: list[int] = []
    real = ac._scrypt

    def counted(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
        calls.append(n)
        return real(password, salt, n, r, p)

    monkeypatch.setattr(ac, "_scrypt", counted)
    for name in ("小李", "nobody"):
        calls.clear()
        with pytest.raises(RuleError, match="账户名或密码不对"):
            store_accounts.authenticate(store, name, "wrong-pw")
        assert calls == [ac.SCRYPT_N]


def test_a_disabled_account_cannot_log_in_and_the_last_manager_stays(store: Store) -> None:
    _with_accounts(store)
    with pytest.raises(RuleError, match="最后一个可用的管理账户"):
        store_accounts.set_disabled(store, "站长")
    with pytest.raises(RuleError, match="最后一个可用的管理账户"):
        store_accounts.set_role(store, "站长", "审核")
    chief = next(r for r in store_accounts.list_all(store) if r["name"] == "站长")
    assert (chief["role"], chief["disabled"]) == (ac.ROLE_ADMIN, False)
    store_accounts.set_disabled(store, "小李")
    with pytest.raises(RuleError, match="已停用"):
        store_accounts.authenticate(store, "小李", CLERK_PW)
    store_accounts.set_disabled(store, "小李", False)
    assert store_accounts.authenticate(store, "小李", CLERK_PW).role == ac.ROLE_CLERK
    # With a second manager the first may step down.
    store_accounts.set_role(store, "老张", "管理")
    store_accounts.set_role(store, "站长", "录入")
    assert store_accounts.authenticate(store, "站长", ADMIN_PW).role == ac.ROLE_CLERK


def test_a_password_is_changed_by_its_owner_or_a_manager(store: Store) -> None:
    _with_accounts(store)
    store_accounts.login(store, "小李", CLERK_PW)
    store_accounts.set_password(store, "小李", "new-clerk-pw")
    with pytest.raises(RuleError, match="管理账户需要"):
        store_accounts.set_password(store, "老张", "stolen-pw")
    assert store_accounts.authenticate(store, "老张", REVIEWER_PW)
    store_accounts.login(store, "站长", ADMIN_PW)
    store_accounts.set_password(store, "老张", "reset-by-admin")
    assert store_accounts.authenticate(store, "老张", "reset-by-admin")
    assert store_accounts.authenticate(store, "小李", "new-clerk-pw")


def test_the_audit_log_names_the_account(store: Store) -> None:
    _with_accounts(store)
    store_accounts.login(store, "小李", CLERK_PW)
    store.set_setting("backup_keep", 20)
    last = store.query("SELECT operator, table_name FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert last == [{"operator": "小李", "table_name": "settings"}]


def test_passwords_are_never_in_the_file_or_its_backup(db_path: Path, tmp_path: Path) -> None:
    from swdesk.store.backup import backup_store

    with open_store(db_path) as store:
        _with_accounts(store)
        store_accounts.set_password(store, "小李", "Second-clerk-pw")
        backup = backup_store(store, tag="manual", out=tmp_path / "copy.db")
        hashes = [r[0] for r in store.conn.execute("SELECT pw_hash FROM accounts")]
    assert len(hashes) == 3 and all(h.startswith("scrypt$") for h in hashes)
    for path in (db_path, backup):
        data = path.read_bytes()
        assert data  # the checkpointed file, WAL folded in on close
        for pw in (ADMIN_PW, CLERK_PW, REVIEWER_PW, "Second-clerk-pw"):
            assert pw.encode() not in data and pw.encode("utf-16-le") not in data
    assert not list(db_path.parent.glob("*.db-wal")) or all(
        ADMIN_PW.encode() not in p.read_bytes() for p in db_path.parent.glob("*.db-wal")
    )


# -- the command line ---------------------------------------------------------------------------
@pytest.fixture
def payroll_db(tmp_path: Path) -> Path:
    return make_file(tmp_path / "swdesk.db")


def _add_accounts(db: Path) -> None:
    with open_store(db, daily_backup=False) as store:
        _with_accounts(store)


def _as(monkeypatch: pytest.MonkeyPatch, password: str | None) -> None:
    if password is None:
        monkeypatch.delenv("SWDESK_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("SWDESK_PASSWORD", password)


def _run(db: Path) -> dict[str, Any]:
    with open_store(db, daily_backup=False) as store:
        return store_al.require_run(store, al.parse_month(MONTH))


def test_a_file_without_accounts_works_as_before(
    capsys: pytest.CaptureFixture[str], payroll_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as(monkeypatch, None)
    code, out, err = run(capsys, payroll_db, "workers", "list")
    assert code == 0 and PEOPLE["常规"] in out and err == ""
    # --user is not needed; approving needs no role while nobody has an account.
    _published(capsys, payroll_db)
    assert run(capsys, payroll_db, "allowance", "approve", "--month", MONTH)[0] == 0
    assert _run(payroll_db)["state"] == "approved"
    with open_store(payroll_db, daily_backup=False) as store:
        assert not store_accounts.any_account(store)


def test_once_accounts_exist_every_command_logs_in(
    capsys: pytest.CaptureFixture[str], payroll_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_accounts(payroll_db)
    _as(monkeypatch, None)
    monkeypatch.setattr(cli_account, "_terminal", lambda: False)
    code, out, err = run(capsys, payroll_db, "workers", "list")
    assert code == 3 and out == "" and "--user" in err and "SWDESK_PASSWORD" in err
    code, out, err = run(capsys, payroll_db, "--user", "小李", "workers", "list")
    assert code == 3 and out == "" and "没有密码" in err
    _as(monkeypatch, REVIEWER_PW)
    code, out, err = run(capsys, payroll_db, "--user", "小李", "workers", "list")
    assert code == 3 and out == "" and "账户名或密码不对" in err
    _as(monkeypatch, CLERK_PW)
    code, out, err = run(capsys, payroll_db, "--user", "小李", "workers", "list")
    assert code == 0 and PEOPLE["常规"] in out


def test_the_password_can_be_typed_at_a_prompt(
    capsys: pytest.CaptureFixture[str], payroll_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_accounts(payroll_db)
    _as(monkeypatch, None)
    asked: list[str] = []
    monkeypatch.setattr(cli_account, "_terminal", lambda: True)

    def prompt(text: str) -> str:
        asked.append(text)
        return CLERK_PW

    monkeypatch.setattr(cli_account.getpass, "getpass", prompt)
    code, out, _ = run(capsys, payroll_db, "--user", "小李", "workers", "list")
    assert code == 0 and PEOPLE["常规"] in out and asked == ["账户 小李 的密码："]


def _published(capsys: pytest.CaptureFixture[str], db: Path, *user: str) -> None:
    run_args = (*user, "allowance", "run", "--month", MONTH, "--months", "3")
    assert run(capsys, db, *run_args)[0] == 0
    notice = db.parent / "公示.pdf"
    publish = (*user, "allowance", "publish", "--month", MONTH, "--out", str(notice))
    assert run(capsys, db, *publish)[0] == 0


def test_approving_a_payroll_needs_the_reviewer_role(
    capsys: pytest.CaptureFixture[str], payroll_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_accounts(payroll_db)
    _as(monkeypatch, CLERK_PW)
    _published(capsys, payroll_db, "--user", "小李")  # a 录入 account computes and publishes
    before = dump(payroll_db)
    code, out, err = run(
        capsys, payroll_db, "--user", "小李", "allowance", "approve", "--month", MONTH
    )
    assert code == 3 and out == ""
    assert "审核通过津贴发放表需要“审核”或“管理”角色的账户" in err
    assert dump(payroll_db) == before
    _as(monkeypatch, REVIEWER_PW)
    code, _, err = run(
        capsys, payroll_db, "--user", "老张", "allowance", "approve", "--month", MONTH
    )
    assert code == 0, err
    assert _run(payroll_db)["approved_by"] == "老张"


def test_a_manager_may_approve_too(
    capsys: pytest.CaptureFixture[str], payroll_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_accounts(payroll_db)
    _as(monkeypatch, ADMIN_PW)
    _published(capsys, payroll_db, "--user", "站长")
    approve = ("--user", "站长", "allowance", "approve", "--month", MONTH)
    assert run(capsys, payroll_db, *approve)[0] == 0


def test_registering_a_signed_appraisal_needs_the_reviewer_role(
    capsys: pytest.CaptureFixture[str], payroll_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_accounts(payroll_db)
    sign = ("appraisal", "sign", "--year", "2025", "--id-number", PEOPLE["不合格"])
    _as(monkeypatch, CLERK_PW)
    before = dump(payroll_db)
    code, out, err = run(capsys, payroll_db, "--user", "小李", *sign)
    assert out == ""
    assert code == 3 and "登记考评表已签字需要“审核”或“管理”角色的账户" in err
    assert dump(payroll_db) == before
    _as(monkeypatch, REVIEWER_PW)
    code, _, err = run(capsys, payroll_db, "--user", "老张", *sign)
    assert code == 0, err
    with open_store(payroll_db, daily_backup=False) as store:
        assert appraisals.find(store, 2025, PEOPLE["不合格"])["state"] == "signed"
        assert (
            store.scalar("SELECT operator FROM audit_log WHERE action = 'sign' ORDER BY seq DESC")
            == "老张"
        )


def test_account_commands(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with township_file(db_path):
        pass
    monkeypatch.setattr(cli_account, "_terminal", lambda: False)
    _as(monkeypatch, None)
    code, _, err = run(capsys, db_path, "account", "add", "站长", "--role", "管理")
    assert code == 3 and "SWDESK_NEW_PASSWORD" in err
    monkeypatch.setenv("SWDESK_NEW_PASSWORD", "12345")
    code, _, err = run(capsys, db_path, "account", "add", "站长", "--role", "管理")
    assert code == 3 and "至少 6 位" in err
    monkeypatch.setenv("SWDESK_NEW_PASSWORD", ADMIN_PW)
    code, _, err = run(capsys, db_path, "account", "add", "小李", "--role", "录入")
    assert code == 3 and "第一个账户必须是“管理”" in err
    code, _, err = run(capsys, db_path, "account", "add", "站长", "--role", "站长")
    assert code == 3 and "只能是" in err
    assert run(capsys, db_path, "account", "add", "站长", "--role", "管理")[0] == 0
    # Now a login is needed, and a 管理 one to manage.
    monkeypatch.setenv("SWDESK_NEW_PASSWORD", CLERK_PW)
    assert run(capsys, db_path, "account", "add", "小李", "--role", "录入")[0] == 3
    _as(monkeypatch, ADMIN_PW)
    admin = ("--user", "站长", "account")
    assert run(capsys, db_path, *admin, "add", "小李", "--role", "录入")[0] == 0
    code, out, _ = run(capsys, db_path, *admin, "list", "--json")
    listed = json.loads(out)
    assert [(r["name"], r["role"], r["disabled"]) for r in listed] == [
        ("小李", "clerk", False),
        ("站长", "admin", False),
    ]
    code, _, err = run(capsys, db_path, *admin, "disable", "站长")
    assert code == 3 and "最后一个可用的管理账户" in err
    code, _, err = run(capsys, db_path, *admin, "role", "站长", "--role", "录入")
    assert code == 3 and "最后一个可用的管理账户" in err
    assert run(capsys, db_path, *admin, "disable", "小李")[0] == 0
    _as(monkeypatch, CLERK_PW)
    code, _, err = run(capsys, db_path, "--user", "小李", "workers", "list")
    assert code == 3 and "已停用" in err
    _as(monkeypatch, ADMIN_PW)
    assert run(capsys, db_path, *admin, "enable", "小李")[0] == 0
    assert run(capsys, db_path, *admin, "role", "小李", "--role", "审核")[0] == 0
    monkeypatch.setenv("SWDESK_NEW_PASSWORD", "changed-by-admin")
    assert run(capsys, db_path, *admin, "passwd", "小李")[0] == 0
    _as(monkeypatch, "changed-by-admin")
    code, out, _ = run(capsys, db_path, "--user", "小李", "account", "list")
    assert code == 0 and "小李\t审核\t可用" in out
    # A non-manager cannot add accounts.
    code, _, err = run(
        capsys, db_path, "--user", "小李", "account", "add", "小王", "--role", "录入"
    )
    assert code == 3 and "管理账户需要" in err


def test_a_new_password_typed_twice_must_agree(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with township_file(db_path):
        pass
    monkeypatch.delenv("SWDESK_NEW_PASSWORD", raising=False)
    monkeypatch.setattr(cli_account, "_terminal", lambda: True)
    typed = iter(["first-pw-1", "other-pw-2", "same-pw-3", "same-pw-3"])
    monkeypatch.setattr(cli_account.getpass, "getpass", lambda _prompt: next(typed))
    code, _, err = run(capsys, db_path, "account", "add", "站长", "--role", "管理")
    assert code == 3 and "两次输入的密码不一样" in err
    assert run(capsys, db_path, "account", "add", "站长", "--role", "管理")[0] == 0
    with open_store(db_path, daily_backup=False) as store:
        assert store_accounts.authenticate(store, "站长", "same-pw-3")


# -- ID numbers per document, the export log ---------------------------------------------------
def _sheet_text(path: Path) -> str:
    ws = load_workbook(path).active
    assert ws is not None
    return " ".join(str(c.value) for row in ws.iter_rows() for c in row)


def _exports(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> dict[str, Path]:
    files = {
        "roster": tmp_path / "roster.xlsx",
        "payroll": tmp_path / "payroll.xlsx",
        "bank": tmp_path / "bank.xlsx",
        "signing": tmp_path / "signing.pdf",
    }
    assert run(capsys, db, "workers", "export", str(files["roster"]))[0] == 0
    export = ("allowance", "export", "--month", MONTH, "--out")
    assert run(capsys, db, *export, str(files["payroll"]))[0] == 0
    assert run(capsys, db, *export, str(files["bank"]), "--sheet", "bank")[0] == 0
    assert run(capsys, db, *export, str(files["signing"]))[0] == 0
    return files


def _shows(tmp_path: Path, kind: str, path: Path) -> tuple[bool, bool]:
    """(whole number printed, masked number printed) for the 常规 person."""
    text = (
        pdf_text(tmp_path, path.read_bytes(), "x.pdf")[0]
        if kind == "signing"
        else _sheet_text(path)
    )
    regular = PEOPLE["常规"]
    return regular in text, mask_id_number(regular) in text


def test_id_numbers_are_masked_as_each_documents_setting_says(
    capsys: pytest.CaptureFixture[str], payroll_db: Path, tmp_path: Path
) -> None:
    assert run(capsys, payroll_db, "allowance", "run", "--month", MONTH, "--months", "3")[0] == 0
    files = _exports(capsys, payroll_db, tmp_path)
    # The defaults: whole numbers for the roster, the bank and the 发放表; the 签领表 masked.
    assert {k: _shows(tmp_path, k, p) for k, p in files.items()} == {
        "roster": (True, False),
        "payroll": (True, False),
        "bank": (True, False),
        "signing": (False, True),
    }
    with open_store(payroll_db, daily_backup=False) as store:
        store.set_setting(documents.SETTING_FULL, [documents.DOC_SIGNING])
    files = _exports(capsys, payroll_db, tmp_path)
    assert {k: _shows(tmp_path, k, p) for k, p in files.items()} == {
        "roster": (False, True),
        "payroll": (False, True),
        "bank": (False, True),
        "signing": (True, False),
    }


def test_the_export_log_says_who_exported_what(
    capsys: pytest.CaptureFixture[str],
    payroll_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert run(capsys, payroll_db, "allowance", "run", "--month", MONTH, "--months", "3")[0] == 0
    code, out, _ = run(capsys, payroll_db, "export-log", "--json")
    assert code == 0 and json.loads(out) == []
    _add_accounts(payroll_db)
    _as(monkeypatch, CLERK_PW)
    user = ("--user", "小李")
    roster = tmp_path / "r.xlsx"
    assert run(capsys, payroll_db, *user, "workers", "export", str(roster))[0] == 0
    bank = tmp_path / "b.xlsx"
    export = ("allowance", "export", "--month", MONTH, "--out")
    assert run(capsys, payroll_db, *user, *export, str(bank), "--sheet", "bank")[0] == 0
    signing = tmp_path / "s.pdf"
    assert run(capsys, payroll_db, *user, *export, str(signing))[0] == 0
    code, out, _ = run(capsys, payroll_db, *user, "export-log", "--json")
    log: list[dict[str, Any]] = json.loads(out)
    assert [(r["account"], r["kind"], r["file"], r["rows"], r["full_ids"]) for r in log] == [
        ("小李", "signing", str(signing), 8, False),  # 新证 and 升级 two lines each
        ("小李", "bank", str(bank), 4, True),
        ("小李", "roster", str(roster), 6, True),
    ]
    code, out, _ = run(capsys, payroll_db, *user, "export-log")
    assert code == 0 and "小李\t签领表\t8 行\t身份证号已隐去中间位" in out


def test_a_refused_export_is_not_logged(
    capsys: pytest.CaptureFixture[str], payroll_db: Path, tmp_path: Path
) -> None:
    assert run(capsys, payroll_db, "allowance", "run", "--month", MONTH)[0] == 0
    out = tmp_path / "bank.pdf"
    code, _, err = run(
        capsys,
        payroll_db,
        "allowance",
        "export",
        "--month",
        MONTH,
        "--out",
        str(out),
        "--sheet",
        "bank",
    )
    assert code == 3 and "代发表只输出 Excel" in err and not out.exists()
    with open_store(payroll_db, daily_backup=False) as store:
        assert store_accounts.export_log(store) == []


def test_the_tables_are_local(db_path: Path) -> None:
    from swdesk.store.schema import SYNCED_TABLES

    assert "accounts" not in SYNCED_TABLES and "export_log" not in SYNCED_TABLES
    with open_store(db_path) as store:
        cols = {r[1] for r in store.conn.execute("PRAGMA table_info(accounts)")}
    assert "pw_hash" in cols and "password" not in cols


def test_appraisal_and_exam_lists_follow_their_settings_too(
    capsys: pytest.CaptureFixture[str], payroll_db: Path, tmp_path: Path
) -> None:
    who = PEOPLE["不合格"]  # has the 2025 appraisal
    assert run(capsys, payroll_db, "exam", "year", "--year", "2026")[0] == 0
    register = ("exam", "register", "--year", "2026", "--id-number", who, "--level", "中级")
    assert run(capsys, payroll_db, *register)[0] == 0
    files = {
        documents.DOC_APPRAISALS: tmp_path / "考评.xlsx",
        documents.DOC_EXAM_LIST: tmp_path / "报名.xlsx",
        documents.DOC_EXAM_FEES: tmp_path / "报销.xlsx",
    }

    def export() -> dict[str, tuple[bool, bool]]:
        appraisal = ("appraisal", "export", "--year", "2025", "--out")
        assert run(capsys, payroll_db, *appraisal, str(files[documents.DOC_APPRAISALS]))[0] == 0
        exam = ("exam", "export")
        assert (
            run(capsys, payroll_db, *exam, str(files[documents.DOC_EXAM_LIST]), "--year", "2026")[0]
            == 0
        )
        fees = (
            *exam,
            str(files[documents.DOC_EXAM_FEES]),
            "--year",
            "2026",
            "--sheet",
            "reimbursement",
        )
        assert run(capsys, payroll_db, *fees)[0] == 0
        texts = {k: _sheet_text(p) for k, p in files.items()}
        return {k: (who in t, mask_id_number(who) in t) for k, t in texts.items()}

    # Defaults: the appraisal results go to the county whole; the exam lists are masked.
    assert export() == {
        documents.DOC_APPRAISALS: (True, False),
        documents.DOC_EXAM_LIST: (False, True),
        documents.DOC_EXAM_FEES: (False, True),
    }
    with open_store(payroll_db, daily_backup=False) as store:
        store.set_setting(documents.SETTING_FULL, [documents.DOC_EXAM_LIST])
    assert export() == {
        documents.DOC_APPRAISALS: (False, True),
        documents.DOC_EXAM_LIST: (True, False),
        documents.DOC_EXAM_FEES: (False, True),
    }
    with open_store(payroll_db, daily_backup=False) as store:
        logged = [(r["kind"], r["rows"], r["full_ids"]) for r in store_accounts.export_log(store)]
    assert logged[:3] == [
        (documents.DOC_EXAM_FEES, 1, False),
        (documents.DOC_EXAM_LIST, 1, True),
        (documents.DOC_APPRAISALS, 4, False),  # the round has four people
    ]
