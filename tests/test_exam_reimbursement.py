"""Exam-fee reimbursement follows the locality's rule (who, which items, who pays).

Qijiang's preset follows 《重庆市綦江区民政局关于进一步加强社会工作专业人才队伍建设工作的通知》
for village and community staff: the 村（社区） reimburses 考试费、差旅费、书本费 of those who sat
the exam; the national preset keeps reimbursing anyone. A refused reimbursement changes nothing;
rows reimbursed before the rule are listed, never changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from swdesk.core import exam
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.formats import exam_excel
from swdesk.store import Store, exams, workers

C1, P1 = "社会工作综合能力（初级）", "社会工作实务（初级）"


def _person(store: Store, n: int) -> str:
    idn = make_id_number("510104", date(1980, 1, 1 + n % 28), n)
    return workers.create(store, {"name": f"考生{n}", "id_number": idn}, [])


def _rule(**kw: object) -> exam.ExamRules:
    raw = exams.presets()["national"].to_dict()
    return exam.rules_from_dict({**raw, "reimbursement": {**raw["reimbursement"], **kw}})


# -- the rule as data -----------------------------------------------------------------------
def test_presets() -> None:
    national = exams.presets()["national"].reimbursement
    assert national == exam.Reimbursement(exam.REIMBURSE_ANYONE, (), "")
    qj = exams.presets()["qijiang"]
    assert qj.reimbursement == exam.Reimbursement(
        "certified", ("报名费", "差旅费", "书本费"), "所在村（社区）"
    )
    # the rest of the Qijiang preset is the national one (based_on)
    assert qj.levels == exams.presets()["national"].levels
    assert qj.eligibility == exams.presets()["national"].eligibility
    # rules saved before the setting existed keep today's behaviour
    raw = exams.presets()["national"].to_dict()
    del raw["reimbursement"]
    assert exam.rules_from_dict(raw).reimbursement.who == exam.REIMBURSE_ANYONE
    assert exam.rules_from_dict(qj.to_dict()) == qj


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ({"who": "everyone"}, "报销对象“everyone”不对"),
        ({"items": ["餐费"]}, "费用项目“餐费”不对"),
        ({"items": "报名费"}, "应当是一组费用项目"),
        ({"payer": "村" * 31}, "太长"),
    ],
)
def test_bad_rule_refused(value: dict[str, object], match: str) -> None:
    with pytest.raises(RuleError, match=match):
        _rule(**value)
    with pytest.raises(RuleError, match="一组设置"):
        exam.rules_from_dict({**exams.presets()["national"].to_dict(), "reimbursement": "sat"})


SAT = {"sat": True, "passed": False, "certified": False}
ABSENT = {"sat": False, "passed": False, "certified": False}
PENDING = {"sat": True, "passed": None, "certified": False}
PASSED = {"sat": True, "passed": True, "certified": False}
CERTIFIED = {"sat": True, "passed": True, "certified": True}


@pytest.mark.parametrize(
    ("who", "allowed", "refused"),
    [
        ("anyone", [ABSENT, SAT, PENDING, PASSED, CERTIFIED], []),
        ("sat", [SAT, PENDING, PASSED, CERTIFIED], [ABSENT]),
        ("passed", [PASSED, CERTIFIED], [ABSENT, SAT, PENDING]),
        ("certified", [CERTIFIED], [ABSENT, SAT, PENDING, PASSED]),
    ],
)
def test_who_on_both_sides(who: str, allowed: list[dict], refused: list[dict]) -> None:
    rule = exam.Reimbursement(who)
    for case in allowed:
        assert exam.reimbursement_refusal(rule, "差旅费", **case) is None, case
    for case in refused:
        assert exam.reimbursement_refusal(rule, "差旅费", **case), case


def test_reasons_say_why() -> None:
    r = exam.reimbursement_refusal
    assert "缺考" in (r(exam.Reimbursement("sat"), "差旅费", **ABSENT) or "")
    assert "还没出来" in (r(exam.Reimbursement("passed"), "差旅费", **PENDING) or "")
    assert "未合格" in (r(exam.Reimbursement("passed"), "差旅费", **SAT) or "")
    assert "没有通过考试取得证书" in (r(exam.Reimbursement("certified"), "差旅费", **SAT) or "")
    assert "还没有确认写入档案" in (r(exam.Reimbursement("certified"), "差旅费", **PASSED) or "")
    only = exam.Reimbursement("anyone", ("报名费",))
    assert r(only, "报名费", **ABSENT) is None
    assert "只报销报名费，书本费不在其中" in (r(only, "书本费", **CERTIFIED) or "")


# -- the store -------------------------------------------------------------------------------
@pytest.fixture
def qijiang(store: Store) -> Store:
    exams.set_rules(store, exams.presets()["qijiang"])
    exams.save_year(store, 2024, {"fee_per_subject": 50, "results_date": "2024-12-20"})
    return store


def _fees(store: Store, rid: str) -> dict[str, str]:
    exams.set_fee(store, rid, "差旅费", 30)
    exams.set_fee(store, rid, "书本费", 80)
    return {f.item: f.id for f in exams.registration(store, rid).fees}


def test_absent_candidate_is_refused_and_nothing_changes(qijiang: Store) -> None:
    rid = exams.register(qijiang, 2024, _person(qijiang, 1), "初级")
    fees = _fees(qijiang, rid)
    exams.set_score(qijiang, rid, C1, None, absent=True)
    exams.set_score(qijiang, rid, P1, None, absent=True)
    before = qijiang.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(RuleError, match="考生1 的报名费不能报销：没有通过考试取得证书"):
        exams.set_reimbursed(qijiang, [fees["报名费"], fees["差旅费"]], "2024-12-30")
    assert not any(f.reimbursed for f in exams.registration(qijiang, rid).fees)
    assert qijiang.scalar("SELECT count(*) FROM audit_log") == before
    # taking back is always possible
    assert exams.set_reimbursed(qijiang, list(fees.values()), None) == 0


def test_qijiang_reimburses_only_once_the_certificate_is_on_file(qijiang: Store) -> None:
    rid = exams.register(qijiang, 2024, _person(qijiang, 2), "初级")
    fees = _fees(qijiang, rid)
    # sat and failed: refused (the notice ties reimbursement to obtaining the certificate)
    exams.set_score(qijiang, rid, C1, 40)
    exams.set_score(qijiang, rid, P1, 70)
    assert exams.registration(qijiang, rid).outcome.passed is False
    with pytest.raises(RuleError, match="没有通过考试取得证书"):
        exams.set_reimbursed(qijiang, list(fees.values()), "2024-12-30")
    # passed, certificate not yet accepted into the file: still refused
    exams.set_score(qijiang, rid, C1, 60)
    assert exams.registration(qijiang, rid).outcome.passed is True
    with pytest.raises(RuleError, match="证书还没有确认写入档案"):
        exams.set_reimbursed(qijiang, list(fees.values()), "2024-12-30")
    exams.accept_proposal(qijiang, rid)
    assert exams.set_reimbursed(qijiang, list(fees.values()), "2024-12-30") == 3


def test_certified_rule_needs_the_certificate_on_file(store: Store) -> None:
    exams.set_rules(store, _rule(who="certified", payer="所在单位"))
    exams.save_year(store, 2024, {"fee_per_subject": 50, "results_date": "2024-12-20"})
    rid = exams.register(store, 2024, _person(store, 3), "初级")
    fees = _fees(store, rid)
    exams.set_score(store, rid, C1, 70)
    exams.set_score(store, rid, P1, 65)
    assert exams.registration(store, rid).outcome.passed is True
    with pytest.raises(RuleError, match="证书还没有确认写入档案"):
        exams.set_reimbursed(store, [fees["书本费"]], "2024-12-30")
    exams.accept_proposal(store, rid)
    assert exams.set_reimbursed(store, [fees["书本费"]], "2024-12-30") == 1


def test_items_outside_the_rule_refused(store: Store) -> None:
    exams.set_rules(store, _rule(items=["报名费"]))
    exams.save_year(store, 2024, {"fee_per_subject": 50})
    rid = exams.register(store, 2024, _person(store, 4), "初级")
    fees = _fees(store, rid)
    assert exams.set_reimbursed(store, [fees["报名费"]], "2024-11-01") == 1
    with pytest.raises(RuleError, match="只报销报名费，差旅费不在其中"):
        exams.set_reimbursed(store, [fees["差旅费"]], "2024-11-01")


def test_national_keeps_reimbursing_anyone(store: Store) -> None:
    exams.save_year(store, 2024, {"fee_per_subject": 50})
    rid = exams.register(store, 2024, _person(store, 5), "初级")
    fees = _fees(store, rid)
    exams.set_score(store, rid, C1, None, absent=True)
    exams.set_score(store, rid, P1, None, absent=True)
    assert exams.set_reimbursed(store, list(fees.values()), "2024-12-30") == 3
    assert exams.reimbursement_problems(store, 2024) == []


def _old_rows_then_qijiang(store: Store) -> tuple[str, str]:
    """An absent and a sitting candidate both reimbursed under the national rule, then the
    file switches to Qijiang's."""
    exams.save_year(store, 2024, {"fee_per_subject": 50})
    absent = exams.register(store, 2024, _person(store, 6), "初级")
    sat = exams.register(store, 2024, _person(store, 7), "初级")
    for rid in (absent, sat):
        _fees(store, rid)
    for s in (C1, P1):
        exams.set_score(store, absent, s, None, absent=True)
        exams.set_score(store, sat, s, 50)
    ids = [f.id for rid in (absent, sat) for f in exams.registration(store, rid).fees]
    exams.set_reimbursed(store, ids, "2024-12-30")
    exams.set_rules(store, exams.presets()["qijiang"])
    return absent, sat


def test_old_rows_breaking_the_rule_are_listed_not_changed(store: Store) -> None:
    absent, sat = _old_rows_then_qijiang(store)
    problems = exams.reimbursement_problems(store, 2024)
    # Qijiang reimburses once the certificate is obtained: absent and failed both break it.
    assert {(p.view.id, p.fee.item) for p in problems} == {
        (rid, item) for rid in (absent, sat) for item in ("报名费", "书本费", "差旅费")
    }
    assert all("没有通过考试取得证书" in p.reason for p in problems)
    assert problems[0].public_dict()["reimbursed_date"] == "2024-12-30"
    # still reimbursed: nothing was changed
    assert all(f.reimbursed for f in exams.registration(store, absent).fees)


def test_export_names_the_payer_and_flags_rows(store: Store, tmp_path: Path) -> None:
    _old_rows_then_qijiang(store)
    out = tmp_path / "报销.xlsx"
    exam_excel.export_reimbursement(store, 2024, out)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "2024年度社会工作者职业水平考试费用报销表（报销单位：所在村（社区））"
    col = rows[1].index("报销规则核对")
    flagged = {r[1]: r[col] for r in rows[2:-1]}
    assert "差旅费已报销但不符合规则" in flagged["考生6"]
    assert "没有通过考试取得证书" in flagged["考生7"]  # sat and failed: no certificate
