"""Allowance runs through the store and the command line, with months computed by hand.

One township, one rule (200 / 300 / 500 a month for 社区专职工作者, from the month after the
certificate, registration required, a 不合格 of the previous year excludes) raised to 250 for
助理社会工作师 from 2026-03, and six people paid for the first quarter of 2026:

=====  =============================================================  =========================
who    facts                                                          owed for 2026-01..03
=====  =============================================================  =========================
新证   助理 obtained 2026-01-15, registered 2026-01-20                Feb 200 + Mar 250 = 450
离岗   助理 since 2019, 再登记 2024-06-01; 离岗 on 2026-02-10          Jan 200 + Feb 200 = 400
升级   助理 since 2019 (registered); 社会工作师 obtained 2026-01-20     Jan 200 + 2 × 300 = 800
过期   助理, registered 2022-06-01 (valid to 2025-05-31), not renewed  0 (registration lapsed)
不合格 助理, registered; 2025 appraisal 不合格                        0 (2025 年度考评不合格)
常规   社会工作师, registered 2024-01-01                               3 × 300 = 900
=====  =============================================================  =========================

Total 2 550 yuan to 4 people.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run, township_file
from test_payroll_files import pdf_text

from swdesk.core import allowance as al
from swdesk.core import enums
from swdesk.core import registration as reg
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, appraisals, open_store, villages, workers
from swdesk.store import allowances as store_al
from swdesk.store import registrations as store_reg

VILLAGE = "510104001001"
POST = "社区专职工作者"
ASSISTANT, SOCIAL_WORKER = enums.LEVEL_ASSISTANT, enums.LEVEL_SOCIAL_WORKER
RULES = {
    "preset": "test",
    "name": "测试规则",
    "channel": "参照村（社区）干部误工补贴发放",
    "versions": [
        {
            "valid_from": "2020-01",
            "amounts": {ASSISTANT: 200, SOCIAL_WORKER: 300, enums.LEVEL_SENIOR: 500},
            "post_types": [POST],
            "exclude_failed_appraisal": True,
        },
        {
            "valid_from": "2026-03",
            "amounts": {ASSISTANT: 250, SOCIAL_WORKER: 300, enums.LEVEL_SENIOR: 500},
            "post_types": [POST],
            "exclude_failed_appraisal": True,
        },
    ],
}
PEOPLE = {
    "新证": make_id_number("510104", date(1990, 1, 1), 11),
    "离岗": make_id_number("510104", date(1980, 2, 2), 22),
    "升级": make_id_number("510104", date(1985, 3, 3), 33),
    "过期": make_id_number("510104", date(1975, 4, 4), 44),
    "不合格": make_id_number("510104", date(1988, 5, 5), 55),
    "常规": make_id_number("510104", date(1982, 6, 6), 66),
}


def _person(store: Store, name: str, certs: list[dict[str, str]]) -> str:
    raw = {"name": name, "id_number": PEOPLE[name], "post_type": POST, "village_code": VILLAGE}
    return workers.create(store, raw, certs)


def _fail_2025(store: Store, worker_id: str) -> None:
    appraisals.create_round(store, 2025)
    row = appraisals.find(store, 2025, PEOPLE["不合格"])
    assert row["worker_id"] == worker_id
    for item in appraisals.sheet(store, row["id"]).template.items:
        appraisals.set_score(store, row["id"], item.name, 0)
    appraisals.finalize(store, row["id"])
    assert appraisals.sheet(store, row["id"]).grade == "不合格"


def make_file(path: Path) -> Path:
    with township_file(path) as s:
        villages.add(s, VILLAGE, "玉林社区", "urban")
        store_al.set_rules(s, RULES)
        new = _person(s, "新证", [{"level": ASSISTANT, "obtained_date": "2026-01-15"}])
        store_reg.add(s, new, {"level": ASSISTANT, "valid_from": "2026-01-20"})
        left = _person(
            s,
            "离岗",
            [
                {
                    "level": ASSISTANT,
                    "obtained_date": "2019-05-01",
                    "registration_date": "2021-06-01",
                }
            ],
        )
        store_reg.add(
            s, left, {"level": ASSISTANT, "kind": reg.KIND_RENEWAL, "valid_from": "2024-06-01"}
        )
        workers.update_clean(s, left, {"status": enums.STATUS_OFF_DUTY}, on_date="2026-02-10")
        up = _person(
            s,
            "升级",
            [
                {"level": ASSISTANT, "obtained_date": "2019-03-01"},
                {"level": SOCIAL_WORKER, "obtained_date": "2026-01-20"},
            ],
        )
        store_reg.add(s, up, {"level": ASSISTANT, "valid_from": "2023-01-01"})
        store_reg.add(
            s, up, {"level": ASSISTANT, "kind": reg.KIND_RENEWAL, "valid_from": "2026-01-01"}
        )
        store_reg.add(s, up, {"level": SOCIAL_WORKER, "valid_from": "2026-01-25"})
        _person(
            s,
            "过期",
            [
                {
                    "level": ASSISTANT,
                    "obtained_date": "2019-01-01",
                    "registration_date": "2022-06-01",
                }
            ],
        )
        failed = _person(
            s,
            "不合格",
            [
                {
                    "level": ASSISTANT,
                    "obtained_date": "2019-01-01",
                    "registration_date": "2024-01-01",
                }
            ],
        )
        _fail_2025(s, failed)
        _person(
            s,
            "常规",
            [
                {
                    "level": SOCIAL_WORKER,
                    "obtained_date": "2020-01-01",
                    "registration_date": "2024-01-01",
                }
            ],
        )
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_file(tmp_path / "swdesk.db")


def dump(db: Path) -> str:
    with open_store(db, daily_backup=False) as store:
        return json.dumps(
            [
                store.query(f"SELECT * FROM {t} ORDER BY rowid")
                for t in ("allowance_runs", "allowance_lines", "registrations", "audit_log")
            ],
            default=str,
        )


def lines(capsys: pytest.CaptureFixture[str], db: Path, month: str) -> list[dict[str, object]]:
    code, out, err = run(capsys, db, "allowance", "list", "--month", month, "--json")
    assert code == 0, err
    return json.loads(out)


def by_name(rows: list[dict[str, object]]) -> dict[str, list[tuple[object, ...]]]:
    out: dict[str, list[tuple[object, ...]]] = {}
    for r in rows:
        out.setdefault(str(r["name"]), []).append(
            (r["kind"], r["first_month"], r["level"], r["rate"], r["months"], r["amount"])
        )
    return out


def test_a_quarter_computed_by_hand(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = run(capsys, db, "allowance", "run", "--month", "2026-01", "--months", "3")
    assert code == 0, err
    assert "4 人，合计 2550.00 元" in out
    rows = lines(capsys, db, "2026-01")
    got = by_name(rows)
    a = al.KIND_ALLOWANCE
    assert got == {
        "新证": [
            (a, "2026-02", ASSISTANT, 200.0, 1, 200.0),
            (a, "2026-03", ASSISTANT, 250.0, 1, 250.0),
        ],
        "离岗": [(a, "2026-01", ASSISTANT, 200.0, 2, 400.0)],
        "升级": [
            (a, "2026-01", ASSISTANT, 200.0, 1, 200.0),
            (a, "2026-02", SOCIAL_WORKER, 300.0, 2, 600.0),
        ],
        "过期": [(a, "2026-01", None, 0.0, 0, 0.0)],
        "不合格": [(a, "2026-01", None, 0.0, 0, 0.0)],
        "常规": [(a, "2026-01", SOCIAL_WORKER, 300.0, 3, 900.0)],
    }
    reasons = {r["name"]: r["reason"] for r in rows if r["amount"] == 0}
    assert reasons == {
        "过期": "证书登记不在有效期内或未通过审核。",
        "不合格": "2025 年度考评不合格。",
    }
    first = next(r for r in rows if r["name"] == "新证")
    assert first["note"] == "2026-01：证书 2026-01-15 取得，2026-02 起发放。"
    assert {r["state"] for r in rows} == {al.RUN_DRAFT}
    assert {r["village"] for r in rows} == {"玉林社区"}
    assert sum(float(r["amount"]) for r in rows) == 2550.0  # type: ignore[arg-type]


def test_the_lapsed_registration_pays_again_once_renewed(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, _, err = run(
        capsys,
        db,
        "registration",
        "add",
        "--id-number",
        PEOPLE["过期"],
        "--level",
        ASSISTANT,
        "--kind",
        reg.KIND_RENEWAL,
        "--valid-from",
        "2026-02-01",
        "--management-number",
        "A-1",
    )
    assert code == 0, err
    code, out, _ = run(capsys, db, "registration", "list", "--id-number", PEOPLE["过期"], "--json")
    regs = json.loads(out)
    assert [(r["kind"], r["valid_from"], r["valid_until"]) for r in regs] == [
        (reg.KIND_FIRST, "2022-06-01", "2025-05-31"),
        (reg.KIND_RENEWAL, "2026-02-01", "2029-01-31"),
    ]
    assert regs[1]["management_number"] == "A-1"
    assert run(capsys, db, "allowance", "run", "--month", "2026-01", "--months", "3")[0] == 0
    got = by_name(lines(capsys, db, "2026-01"))["过期"]
    assert got == [
        (al.KIND_ALLOWANCE, "2026-02", ASSISTANT, 200.0, 1, 200.0),
        (al.KIND_ALLOWANCE, "2026-03", ASSISTANT, 250.0, 1, 250.0),
    ]


def adjust_february(
    capsys: pytest.CaptureFixture[str], db: Path, amount: str, reason: str
) -> tuple[int, str]:
    """``allowance adjust`` of 常规's February, paid in the April draft: exit code, stderr."""
    code, _, err = run(
        capsys, db, "allowance", "adjust", "--month", "2026-04", "--for", "2026-02",
        "--id-number", PEOPLE["常规"], "--amount", amount, "--reason", reason,
    )  # fmt: skip
    return code, err


def test_approved_run_is_locked_and_corrected_by_a_later_run(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    assert run(capsys, db, "allowance", "run", "--month", "2026-01", "--months", "3")[0] == 0
    code, _, err = run(capsys, db, "allowance", "approve", "--month", "2026-01")
    assert code == 3 and "不能直接改为“已审核”" in err  # not before the notice board
    notice = tmp_path / "公示.pdf"
    assert (
        run(capsys, db, "allowance", "publish", "--month", "2026-01", "--out", str(notice))[0] == 0
    )
    text, _ = pdf_text(tmp_path, notice.read_bytes(), "notice-copy.pdf")
    regular = PEOPLE["常规"]
    assert al.mask_id_number(regular) in text and regular not in text
    assert "合计：4人，2550.00元" in text
    assert run(capsys, db, "allowance", "approve", "--month", "2026-01")[0] == 0

    # Computing an approved run again: refused, nothing changed.
    before = dump(db)
    code, _, err = run(capsys, db, "allowance", "run", "--month", "2026-01", "--months", "3")
    assert code == 3 and "已审核" in err and "补发或扣回" in err
    assert dump(db) == before
    # …and the triggers refuse it whatever path writes.
    conn = sqlite3.connect(db)
    conn.create_function("swdesk_lock_bypass", 0, lambda: 0)
    with pytest.raises(sqlite3.IntegrityError, match="发放表已审核"):
        conn.execute("UPDATE allowance_lines SET amount_fen = 1")
    with pytest.raises(sqlite3.IntegrityError, match="发放表已审核"):
        conn.execute("DELETE FROM allowance_lines")
    with pytest.raises(sqlite3.IntegrityError, match="发放表已审核"):
        conn.execute("UPDATE allowance_runs SET state = 'draft'")
    conn.close()

    # Paid on the day it was approved (today): a paid date may not precede the approval.
    today = date.today().isoformat()
    assert run(capsys, db, "allowance", "paid", "--month", "2026-01", "--date", today)[0] == 0
    assert run(capsys, db, "allowance", "run", "--month", "2026-04")[0] == 0
    # 扣回 beyond what was paid for February (300): refused, nothing changed.
    before = dump(db)
    code, err = adjust_february(capsys, db, "-300.01", "多发")
    assert code == 3 and "超过了该月实际发放的 300.00 元" in err
    assert dump(db) == before
    # 补发 100 for February after approval, then 扣回 up to what was paid and made up.
    code, err = adjust_february(capsys, db, "100", "标准调整补差")
    assert code == 0, err
    code, err = adjust_february(capsys, db, "-401", "核减")
    assert code == 3 and "400.00" in err
    # The adjustment survives computing the draft again, and the old run is as approved.
    assert run(capsys, db, "allowance", "run", "--month", "2026-04")[0] == 0
    april = lines(capsys, db, "2026-04")
    adj = [r for r in april if r["kind"] == al.KIND_ADJUSTMENT]
    assert [(r["for_month"], r["amount"], r["note"]) for r in adj] == [
        ("2026-02", 100.0, "标准调整补差")
    ]
    q1 = lines(capsys, db, "2026-01")
    assert sum(float(r["amount"]) for r in q1) == 2550.0  # type: ignore[arg-type]
    assert {r["state"] for r in q1} == {al.RUN_PAID}


def test_bad_input_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    assert run(capsys, db, "allowance", "run", "--month", "2026-01")[0] == 0
    before = dump(db)
    for argv, words in (
        (("allowance", "run", "--month", "2026-13"), "看不懂"),
        (("allowance", "approve", "--month", "2026-07"), "没有 2026-07 的发放表"),
        (("allowance", "list", "--month", "2026-07", "--json"), "没有 2026-07 的发放表"),
        (("allowance", "run", "--month", "2026-01", "--months", "13"), "1 到 12"),
        (("allowance", "run", "--month", "2025-12", "--months", "2"), "同一个月不能发两次"),
        (
            (
                "allowance",
                "adjust",
                "--month",
                "2026-01",
                "--for",
                "2025-12",
                "--id-number",
                PEOPLE["常规"],
                "--amount",
                "50",
                "--reason",
                "补",
            ),
            "还没有已审核的发放表",
        ),
        (("allowance", "paid", "--month", "2026-01", "--date", "2026-04-10"), "不能直接改为"),
        (("allowance", "export", "--month", "2026-01", "--out", str(tmp_path / "x.csv")), ".xlsx"),
    ):
        code, _, err = run(capsys, db, *argv)
        assert code == 3, argv
        assert words in err, (argv, err)
        assert dump(db) == before, argv


def test_exports_total_what_the_run_holds(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    assert run(capsys, db, "allowance", "run", "--month", "2026-01", "--months", "3")[0] == 0
    with open_store(db, daily_backup=False) as s:
        left = workers.find_by_id_number(s, PEOPLE["离岗"])
        assert left is not None
        store_al.set_account(s, left["id"], al.ACCOUNT_BANK_CARD, "6222 0200 1234 5671")
    xlsx, bank, pdf = tmp_path / "发放表.xlsx", tmp_path / "代发.xlsx", tmp_path / "签领表.pdf"
    assert run(capsys, db, "allowance", "export", "--month", "2026-01", "--out", str(xlsx))[0] == 0
    assert (
        run(
            capsys,
            db,
            "allowance",
            "export",
            "--month",
            "2026-01",
            "--out",
            str(bank),
            "--sheet",
            "bank",
        )[0]
        == 0
    )
    assert run(capsys, db, "allowance", "export", "--month", "2026-01", "--out", str(pdf))[0] == 0
    ws = load_workbook(bank).active
    assert ws is not None
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert [PEOPLE["离岗"], "6222020012345671", 400.0] in [v[2:5] for v in values]
    assert pdf.read_bytes().startswith(b"%PDF")
    text = " ".join(str(c.value) for row in load_workbook(xlsx).active.iter_rows() for c in row)  # type: ignore[union-attr]
    assert "2025 年度考评不合格" in text and PEOPLE["新证"] in text


def test_registrations_are_backfilled_from_certificates_when_a_file_upgrades(
    tmp_path: Path,
) -> None:
    from test_schema_steps import township_file

    old = tmp_path / "old.db"
    township_file(
        "schema_v7.sql",
        old,
        """
        INSERT INTO certificates (id, created_at, updated_at, origin, worker_id, level,
                                  registration_date)
        VALUES ('c1', 't', 't', '510104001', 'w1', '助理社会工作师', '2024-02-29'),
               ('c2', 't', 't', '510104001', 'w1', '社会工作师', NULL);
        """,
    )
    with open_store(old, daily_backup=False) as s:
        rows = s.query("SELECT * FROM registrations")
        assert [
            (
                r["id"],
                r["certificate_id"],
                r["kind"],
                r["valid_from"],
                r["valid_until"],
                r["state"],
                r["rev"],
            )
            for r in rows
        ] == [("reg-c1", "c1", reg.KIND_FIRST, "2024-02-29", "2027-02-28", reg.STATE_ISSUED, 6)]
        assert reg.default_valid_until(date(2024, 2, 29)) == date(2027, 2, 28)
        assert s.meta("rev") == "6"


def test_runs_and_registrations_travel_to_the_county(world: object) -> None:
    from sync_fixtures import add_worker

    from swdesk.sync import merge

    t = world.a  # type: ignore[attr-defined]
    store_al.set_rules(t, RULES)
    wid = add_worker(
        t,
        7,
        "刘七",
        post_type=POST,
    )
    workers.add_certificate(t, wid, {"level": ASSISTANT, "obtained_date": "2020-01-01"})
    store_reg.add(t, wid, {"level": ASSISTANT, "valid_from": "2025-01-01"})
    store_al.set_account(t, wid, al.ACCOUNT_SOCIAL_CARD, "123456789012")
    store_al.compute_run(t, date(2026, 1, 1))
    store_al.publish(t, date(2026, 1, 1))
    store_al.approve(t, date(2026, 1, 1))
    res = merge.import_files(world.county, [world.export(t)])  # type: ignore[attr-defined]
    assert all(r.accepted for r in res), [r.reason for r in res]
    county = world.county  # type: ignore[attr-defined]
    for table in ("registrations", "allowance_runs", "allowance_lines", "payee_accounts"):
        assert county.query(f"SELECT id, version FROM {table} ORDER BY id") == t.query(
            f"SELECT id, version FROM {table} ORDER BY id"
        ), table
    assert county.scalar("SELECT state FROM allowance_runs") == al.RUN_APPROVED
    assert county.scalar("SELECT sum(amount_fen) FROM allowance_lines WHERE deleted = 0") == 20000


def test_a_reward_for_a_level_first_obtained_is_paid_once(db: Path) -> None:
    """新证 obtained 助理 on 2026-01-15: with a reward of 500 for 助理 the January run proposes
    it; a later run does not propose it again. Nobody else obtained a level in the months."""
    raw = json.loads(json.dumps(RULES))
    for v in raw["versions"]:
        v["rewards"] = {ASSISTANT: 500}
    with open_store(db, daily_backup=False) as s:
        store_al.set_rules(s, raw)
        store_al.compute_run(s, date(2026, 1, 1))
        jan = store_al.require_run(s, date(2026, 1, 1))
        rewards = [
            (r["name"], r["level"], r["first_month"], r["amount_fen"])
            for r in store_al.run_lines(s, jan["id"])
            if r["kind"] == al.KIND_REWARD
        ]
        assert rewards == [("新证", ASSISTANT, "2026-01", 50000)]
        store_al.compute_run(s, date(2026, 2, 1))
        feb = store_al.require_run(s, date(2026, 2, 1))
        assert al.KIND_REWARD not in {r["kind"] for r in store_al.run_lines(s, feb["id"])}


def test_a_county_file_sets_rules_but_pays_nobody(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SWDESK_KEY_PASSPHRASE", "县级密钥口令123")
    db = tmp_path / "county.db"
    assert (
        run(capsys, db, "init", "--role", "county", "--unit-code", "510411", "--unit-name", "某县")[
            0
        ]
        == 0
    )
    assert run(capsys, db, "allowance", "rules", "--preset", "qijiang")[0] == 0
    for argv in (
        ("allowance", "run", "--month", "2026-01"),
        ("registration", "add", "--id-number", PEOPLE["常规"], "--level", ASSISTANT,
         "--valid-from", "2026-01-01"),
    ):  # fmt: skip
        code, _, err = run(capsys, db, *argv)
        assert code == 3 and "县里的数据文件" in err, argv
