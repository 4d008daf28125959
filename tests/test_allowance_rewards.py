"""One-off rewards proposed when a certificate is on file, with cases worked out by hand.

Rule: 助理 200 / 社会工作师 300 a month from 2026-01 (no registration asked, so the months are
easy to follow); rewards 助理 500, 社会工作师 1 000 (seed 003: "按获得职业水平等次适当地给予
一定奖励"). January and February are approved before anything below is entered.

=======  ===================================================  =================================
who      certificates                                         rewards
=======  ===================================================  =================================
初证     助理 obtained 2026-02-10, entered after Feb approved  500 in the March run (late)
升级     助理 2026-01-05 (rewarded in Jan), 社会工作师          1 000 in the March run
         obtained 2026-03-02
重录     助理 2026-01-05 (rewarded in Jan), deleted and         nothing more
         entered again as 2026-01-08
旧证     助理 obtained 2025-06-01, before the rule              nothing (no version then)
未来     助理 obtained 2026-04-20                              not in March; in April
=======  ===================================================  =================================
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run, township_file
from roster_corpus import STANDARD_HEADER, simple_roster

from swdesk.core import allowance as al
from swdesk.core import enums
from swdesk.core.allowance_rewards import pending_rewards
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, exams, open_store, villages, workers
from swdesk.store import allowance_rewards as rewards
from swdesk.store import allowances as store_al

VILLAGE = "510104001001"
ASSISTANT, SOCIAL = enums.LEVEL_ASSISTANT, enums.LEVEL_SOCIAL_WORKER
RULES = {
    "preset": "test",
    "name": "测试规则",
    "versions": [
        {
            "valid_from": "2026-01",
            "amounts": {ASSISTANT: 200, SOCIAL: 300},
            "need_registration": False,
            "rewards": {ASSISTANT: 500, SOCIAL: 1000},
        }
    ],
}
JAN, FEB, MAR, APR = (date(2026, m, 1) for m in (1, 2, 3, 4))


def _person(s: Store, name: str, serial: int, certs: list[tuple[str, str]]) -> str:
    raw = {
        "name": name,
        "id_number": make_id_number("510104", date(1990, 1, serial), serial),
        "post_type": "社区专职工作者",
        "village_code": VILLAGE,
    }
    return workers.create(s, raw, [{"level": lv, "obtained_date": d} for lv, d in certs])


def _approve(s: Store, month: date) -> None:
    store_al.compute_run(s, month)
    store_al.publish(s, month)
    store_al.approve(s, month)


def _rewards(s: Store, month: date) -> list[tuple[str, str, str, int, str]]:
    run = store_al.require_run(s, month)
    return [
        (r["name"], r["level"], r["first_month"], r["amount_fen"], r["note"])
        for r in store_al.run_lines(s, run["id"])
        if r["kind"] == al.KIND_REWARD
    ]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "swdesk.db"
    with township_file(path) as s:
        villages.add(s, VILLAGE, "玉林社区", "urban")
        store_al.set_rules(s, RULES)
        _person(s, "升级", 1, [(ASSISTANT, "2026-01-05")])
        again = _person(s, "重录", 2, [(ASSISTANT, "2026-01-05")])
        _person(s, "旧证", 3, [(ASSISTANT, "2025-06-01")])
        _approve(s, JAN)
        assert sorted(_rewards(s, JAN)) == [
            ("升级", ASSISTANT, "2026-01", 50000, "助理社会工作师证书 2026-01-05 取得"),
            ("重录", ASSISTANT, "2026-01", 50000, "助理社会工作师证书 2026-01-05 取得"),
        ]
        _approve(s, FEB)
        assert _rewards(s, FEB) == []
        # Entered after February was approved.
        _person(s, "初证", 4, [(ASSISTANT, "2026-02-10")])
        up = workers.find_by_id_number(s, make_id_number("510104", date(1990, 1, 1), 1))
        assert up is not None
        workers.add_certificate(s, up["id"], {"level": SOCIAL, "obtained_date": "2026-03-02"})
        for cert in workers.certificates(s, again):
            workers.delete_certificate(s, cert["id"])
        workers.add_certificate(s, again, {"level": ASSISTANT, "obtained_date": "2026-01-08"})
        _person(s, "未来", 5, [(ASSISTANT, "2026-04-20")])
    return path


def test_the_clerk_sees_what_the_next_run_will_pay(db: Path) -> None:
    with open_store(db, daily_backup=False) as s:
        owed = rewards.pending(s)
        assert [
            (o.name, o.reward.level, o.reward.obtained.isoformat(), o.reward.amount) for o in owed
        ] == [
            ("初证", ASSISTANT, "2026-02-10", 50000),
            ("升级", SOCIAL, "2026-03-02", 100000),
            ("未来", ASSISTANT, "2026-04-20", 50000),
        ]
        assert rewards.total(owed) == 200000
        one = rewards.pending(s, owed[1].reward.worker_id)
        assert [(o.name, o.reward.level) for o in one] == [("升级", SOCIAL)]


def test_a_late_certificate_and_a_level_rise_are_paid_once_in_the_next_draft(db: Path) -> None:
    with open_store(db, daily_backup=False) as s:
        store_al.compute_run(s, MAR)
        # 初证's reward belongs to February's certificate but goes on March's run, in March;
        # 升级's rise was obtained in March. 重录 and 旧证 get nothing; 未来's waits for April.
        assert sorted(_rewards(s, MAR)) == [
            ("初证", ASSISTANT, "2026-03", 50000, "助理社会工作师证书 2026-02-10 取得"),
            ("升级", SOCIAL, "2026-03", 100000, "社会工作师证书 2026-03-02 取得"),
        ]
        # Computing the draft again proposes the same, once.
        store_al.compute_run(s, MAR)
        assert len(_rewards(s, MAR)) == 2
        assert [o.name for o in rewards.pending(s)] == ["未来"]
        # March's allowances: 初证, 重录 and 旧证 200 each; 升级 200 too (a certificate pays
        # from the month after it was obtained: 社会工作师 pays from April). 未来 nothing yet.
        run = store_al.require_run(s, MAR)
        assert run["total_fen"] == 50000 + 100000 + 4 * 20000
        store_al.compute_run(s, APR)
        assert _rewards(s, APR) == [
            ("未来", ASSISTANT, "2026-04", 50000, "助理社会工作师证书 2026-04-20 取得")
        ]
        assert rewards.pending(s) == []


def test_a_reward_on_a_draft_is_not_proposed_by_another_draft(db: Path) -> None:
    with open_store(db, daily_backup=False) as s:
        store_al.compute_run(s, MAR)
        store_al.compute_run(s, APR)
        assert [r[0] for r in _rewards(s, APR)] == ["未来"]


def test_no_amount_set_proposes_nobody(db: Path) -> None:
    with open_store(db, daily_backup=False) as s:
        raw = json.loads(json.dumps(RULES))
        raw["versions"][0]["rewards"] = {}
        store_al.set_rules(s, raw)
        assert rewards.pending(s) == []
        store_al.compute_run(s, MAR)
        assert _rewards(s, MAR) == []
        # A rule with an amount for 社会工作师 only proposes 升级's rise, not the 助理 ones.
        raw["versions"][0]["rewards"] = {SOCIAL: 800}
        store_al.set_rules(s, raw)
        assert [(o.name, o.reward.amount) for o in rewards.pending(s)] == [("升级", 80000)]


def test_pending_rewards_by_hand() -> None:
    rule = al.rules_from_dict(RULES)

    def person(wid: str, *certs: tuple[str, date]) -> al.WorkerFacts:
        return al.WorkerFacts(wid, None, (), tuple(al.Certificate(lv, d) for lv, d in certs))

    first = person("a", (ASSISTANT, date(2026, 2, 1)))
    rise = person("b", (ASSISTANT, date(2026, 1, 5)), (SOCIAL, date(2026, 3, 2)))
    twice = person("c", (ASSISTANT, date(2026, 1, 5)), (ASSISTANT, date(2026, 1, 5)))
    old = person("d", (ASSISTANT, date(2025, 12, 31)))
    undated = person("e", (ASSISTANT, None))  # type: ignore[arg-type]
    got = pending_rewards(rule, [first, rise, twice, old, undated], {("b", ASSISTANT)})
    assert [(p.worker_id, p.level, p.amount) for p in got] == [
        ("a", ASSISTANT, 50000),
        ("b", SOCIAL, 100000),
        ("c", ASSISTANT, 50000),
    ]
    # Up to a day: a certificate obtained the next day waits.
    assert [
        p.worker_id for p in pending_rewards(rule, [first, rise], set(), date(2026, 1, 31))
    ] == ["b"]
    # A level held higher before: no reward for a lower one obtained later.
    down = person("f", (SOCIAL, date(2026, 1, 2)), (ASSISTANT, date(2026, 2, 2)))
    assert [(p.level) for p in pending_rewards(rule, [down], set())] == [SOCIAL]


def test_a_certificate_from_a_roster_or_an_exam_result_is_proposed_too(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """名册: 助理 obtained 2026-02-20, read from a roster; 考生: passed the 2025 初级 exam,
    results out 2026-01-10, the proposed certificate accepted. Both 500, on March's run."""
    roster_id = make_id_number("510104", date(1991, 3, 3), 77)
    sheet = simple_roster(
        tmp_path / "花名册.xlsx",
        STANDARD_HEADER,
        [
            [
                "名册",
                roster_id,
                "13900000077",
                "玉林社区",
                "社区专职工作者",
                ASSISTANT,
                "Z77",
                "2026-02-20",
            ]
        ],
    )
    code, _, err = run(capsys, db, "workers", "import", str(sheet))
    assert code == 0, err
    with open_store(db, daily_backup=False) as s:
        exams.save_year(s, 2025, {"exam_dates": ["2025-10-26"], "results_date": "2026-01-10"})
        wid = _person(s, "考生", 6, [])
        rid = exams.register(s, 2025, wid, "初级")
        exams.set_score(s, rid, "社会工作综合能力（初级）", 72)
        exams.set_score(s, rid, "社会工作实务（初级）", 60)
        exams.accept_proposal(s, rid)
        owed = {
            o.name: (o.reward.obtained.isoformat(), o.reward.amount) for o in rewards.pending(s)
        }
        assert owed["名册"] == ("2026-02-20", 50000)
        assert owed["考生"] == ("2026-01-10", 50000)
        store_al.compute_run(s, MAR)
        paid = {r[0]: r[2:] for r in _rewards(s, MAR)}
        assert paid["名册"] == ("2026-03", 50000, "助理社会工作师证书 2026-02-20 取得")
        assert paid["考生"] == ("2026-03", 50000, "助理社会工作师证书 2026-01-10 取得")


def test_the_rules_command_shows_the_reward_amounts(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, db, "allowance", "rules")
    assert code == 0
    assert "  2026-01 起：助理社会工作师 200.00 元，社会工作师 300.00 元\n" in out
    assert "    取得等级一次性奖励：助理社会工作师 500.00 元，社会工作师 1000.00 元\n" in out
    with open_store(db, daily_backup=False) as s:
        raw = json.loads(json.dumps(RULES))
        raw["versions"][0]["rewards"] = {}
        store_al.set_rules(s, raw)
    assert "奖励" not in run(capsys, db, "allowance", "rules")[1]
