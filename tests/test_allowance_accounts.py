"""Payee accounts (收款账号) through the core's checks and ``swdesk allowance account …``, and the
paid date's limits (``allowance paid``): each refusal says why, exits 3 and changes nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import run
from test_allowance_runs import PEOPLE, dump, make_file

from swdesk.core import allowance as al
from swdesk.core import allowance_steps as steps
from swdesk.core.errors import RuleError
from swdesk.core.payee import check_number, luhn_ok, mask_account
from swdesk.store import allowances as store_al
from swdesk.store import open_store, workers

# A UnionPay-style number (62…) whose last digit is its Luhn check digit.
CARD = "6222020012345671"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_file(tmp_path / "accounts.db")


def accounts_dump(db: Path) -> str:
    with open_store(db, daily_backup=False) as s:
        return json.dumps(
            [s.query(f"SELECT * FROM {t} ORDER BY rowid") for t in ("payee_accounts", "audit_log")],
            default=str,
        )


def test_luhn_digit_by_hand() -> None:
    # 79927398713: the example of ISO/IEC 7812-1 annex B's algorithm as usually quoted.
    assert luhn_ok("79927398713")
    assert not luhn_ok("79927398710")
    assert luhn_ok(CARD)
    # every other last digit fails: one mistyped digit is always caught
    assert [d for d in "0123456789" if luhn_ok(CARD[:-1] + d)] == ["1"]
    # two neighbours swapped is caught (12 → 21)
    assert not luhn_ok(CARD[:10] + "21" + CARD[12:])


@pytest.mark.parametrize(
    ("raw", "bank", "digits"),
    [
        ("6222 0200 1234 5671", True, CARD),
        ("6222-0200-1234-5671", True, CARD),
        ("1234567890123452", True, "1234567890123452"),  # 16 digits, Luhn ok
        ("6212260200000000006", True, "6212260200000000006"),  # 19 digits, Luhn ok
        ("12345678", False, "12345678"),  # 社保卡: 8 digits, no check digit
        ("1" * 32, False, "1" * 32),
    ],
)
def test_numbers_accepted(raw: str, bank: bool, digits: str) -> None:
    assert luhn_ok(digits) or not bank
    assert check_number(raw, bank_card=bank) == digits


@pytest.mark.parametrize(
    ("raw", "bank", "words"),
    [
        ("", True, "请填写账号"),
        ("6222O20012345671", True, "只能是数字"),  # letter O for zero
        ("６２２２０２００１２３４５６７１", True, "只能是数字"),  # full-width digits
        ("622202001234567", True, "16 到 19 位"),  # 15 digits
        ("62220200123456712345", True, "16 到 19 位"),  # 20 digits
        ("6222020012345678", True, "校验位不对"),  # one digit wrong
        ("1234567", False, "8 到 32 位"),
        ("1" * 33, False, "8 到 32 位"),
    ],
)
def test_numbers_refused_with_why(raw: str, bank: bool, words: str) -> None:
    with pytest.raises(RuleError, match=words):
        check_number(raw, bank_card=bank)


def test_check_digit_can_be_skipped_for_a_bank_card_checked_by_hand() -> None:
    old_card = "6222020012345678"  # fails Luhn
    assert check_number(old_card, bank_card=True, check_digit=False) == old_card
    # the other rules still hold
    with pytest.raises(RuleError, match="16 到 19 位"):
        check_number("622202001234567", bank_card=True, check_digit=False)
    with pytest.raises(RuleError, match="只能是数字"):
        check_number("6222O20012345678", bank_card=True, check_digit=False)


def test_mask_shows_last_four() -> None:
    assert mask_account(CARD) == "*" * 12 + "5671"
    assert mask_account("1234") == "****"


def test_account_set_list_remove(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    who = PEOPLE["常规"]
    code, out, err = run(
        capsys, db, "allowance", "account", "set", "--id-number", who,
        "--kind", al.ACCOUNT_BANK_CARD, "--number", "6222 0200 1234 5671", "--bank", "农业银行",
    )  # fmt: skip
    assert code == 0, err
    assert "5671" in out and CARD not in out
    code, out, _ = run(capsys, db, "allowance", "account", "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert listed == [
        {
            "id_number": who,
            "name": "常规",
            "village": "玉林社区",
            "kind": al.ACCOUNT_BANK_CARD,
            "account": "************5671",
            "bank": "农业银行",
        }
    ]
    code, out, _ = run(capsys, db, "allowance", "account", "list")
    assert "************5671" in out and CARD not in out
    # Setting again replaces: still one account, the new kind and number.
    code, _, err = run(
        capsys, db, "allowance", "account", "set", "--id-number", who,
        "--kind", al.ACCOUNT_SOCIAL_CARD, "--number", "123456789012",
    )  # fmt: skip
    assert code == 0, err
    listed = json.loads(run(capsys, db, "allowance", "account", "list", "--json")[1])
    assert [(x["kind"], x["account"]) for x in listed] == [(al.ACCOUNT_SOCIAL_CARD, "********9012")]
    code, out, err = run(capsys, db, "allowance", "account", "remove", "--id-number", who)
    assert code == 0 and "已删除" in out, err
    assert json.loads(run(capsys, db, "allowance", "account", "list", "--json")[1]) == []
    with open_store(db, daily_backup=False) as s:  # a tombstone travels to the county
        assert s.scalar("SELECT count(*) FROM payee_accounts WHERE deleted = 1") == 1


def test_account_bad_input_exits_3_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    who = PEOPLE["常规"]
    before = accounts_dump(db)
    for argv, words in (
        (("set", "--id-number", who, "--kind", al.ACCOUNT_BANK_CARD, "--number", "6222020012345678"),
         "校验位不对"),
        (("set", "--id-number", who, "--kind", al.ACCOUNT_BANK_CARD, "--number", "62220200"),
         "16 到 19 位"),
        (("set", "--id-number", who, "--kind", al.ACCOUNT_SOCIAL_CARD, "--number", "12a45678"),
         "只能是数字"),
        (("set", "--id-number", "110101199001011234", "--kind", al.ACCOUNT_SOCIAL_CARD,
          "--number", "12345678"), "身份证"),
        (("remove", "--id-number", who), "没有登记收款账号"),
    ):  # fmt: skip
        code, _, err = run(capsys, db, "allowance", "account", *argv)
        assert code == 3, (argv, err)
        assert words in err, (argv, err)
        assert accounts_dump(db) == before, argv
    code, _, err = run(
        capsys, db, "allowance", "account", "set", "--id-number", who, "--kind", "存折",
        "--number", "12345678",
    )  # fmt: skip
    assert code == 2 and "存折" in err  # not one of the kinds: a usage error before any work
    assert accounts_dump(db) == before
    # The same number that failed its check digit, said to be checked against the card: saved.
    code, _, err = run(
        capsys, db, "allowance", "account", "set", "--id-number", who,
        "--kind", al.ACCOUNT_BANK_CARD, "--number", "6222020012345678", "--no-check-digit",
    )  # fmt: skip
    assert code == 0, err
    listed = json.loads(run(capsys, db, "allowance", "account", "list", "--json")[1])
    assert [x["account"] for x in listed] == ["************5678"]


def test_county_file_lists_but_does_not_set_accounts(
    capsys: pytest.CaptureFixture[str], world: object
) -> None:
    world.county.close()  # type: ignore[attr-defined]  # the command opens the file itself
    county = world.root / "c.db"  # type: ignore[attr-defined]
    code, _, err = run(
        capsys, county, "allowance", "account", "set", "--id-number", PEOPLE["常规"],
        "--kind", al.ACCOUNT_SOCIAL_CARD, "--number", "12345678",
    )  # fmt: skip
    assert code == 3 and "县里" in err
    assert run(capsys, county, "allowance", "account", "list", "--json")[1].strip() == "[]"


# -- the paid date ------------------------------------------------------------------------------
def test_paid_date_edges() -> None:
    approved, today = date(2026, 4, 1), date(2026, 4, 20)
    for ok in (approved, today, date(2026, 4, 10)):
        steps.check_paid_date(ok, approved, today)
    with pytest.raises(RuleError, match="早于发放表的审核日期 2026-04-01"):
        steps.check_paid_date(approved - timedelta(days=1), approved, today)
    with pytest.raises(RuleError, match="还没到"):
        steps.check_paid_date(today + timedelta(days=1), approved, today)
    steps.check_paid_date(date(2000, 1, 1), None, today)  # no approval day known: only the future
    assert steps.approval_day("2026-04-01T08:00:00Z") == approved
    assert steps.approval_day(None) is None and steps.approval_day("garbage") is None


def approved_january(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    assert run(capsys, db, "allowance", "run", "--month", "2026-01")[0] == 0
    out = str(tmp_path / "n.pdf")
    assert run(capsys, db, "allowance", "publish", "--month", "2026-01", "--out", out)[0] == 0
    assert run(capsys, db, "allowance", "approve", "--month", "2026-01")[0] == 0


def test_paid_refuses_a_day_before_approval_or_in_the_future(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    approved_january(capsys, db, tmp_path)
    with open_store(db, daily_backup=False) as s:
        day = steps.approval_day(store_al.find_run(s, date(2026, 1, 1))["approved_at"])  # type: ignore[index]
    assert day is not None
    before = dump(db)
    today = date.today()
    for bad, words in (
        (day - timedelta(days=1), "早于发放表的审核日期"),
        (today + timedelta(days=1), "还没到"),
    ):
        code, _, err = run(
            capsys, db, "allowance", "paid", "--month", "2026-01", "--date", bad.isoformat()
        )
        assert code == 3 and words in err, err
        assert dump(db) == before
    code, _, err = run(
        capsys, db, "allowance", "paid", "--month", "2026-01", "--date", today.isoformat()
    )
    assert code == 0, err
    with open_store(db, daily_backup=False) as s:
        run_row = store_al.find_run(s, date(2026, 1, 1))
        assert run_row is not None and run_row["paid_on"] == today.isoformat()
        assert workers.find_by_id_number(s, PEOPLE["常规"]) is not None
