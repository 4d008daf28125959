"""Exam registrations in the data file: years, sign-up, results across years, proposals, fees."""

from __future__ import annotations

from datetime import date

import pytest

from swdesk.core import exam
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, exams, workers
from swdesk.store.schema import SYNCED_TABLES

C1, P1 = "社会工作综合能力（初级）", "社会工作实务（初级）"
C2, P2, L2 = "社会工作综合能力（中级）", "社会工作实务（中级）", "社会工作法规与政策"


def idn(n: int) -> str:
    return make_id_number("510104", date(1980, 1, 1 + n % 28), n)


def person(store: Store, n: int, certs: list[dict[str, object]] | None = None, **kw: object) -> str:
    return workers.create(
        store,
        {"name": f"考生{n}", "id_number": idn(n), "village_code": "510104001001", **kw},
        certs or [],
    )


def count(store: Store, table: str) -> int:
    return int(store.scalar(f"SELECT count(*) FROM {table}"))


def audit_count(store: Store) -> int:
    return count(store, "audit_log")


def test_exam_tables_travel_and_rows_carry_sync_columns(store: Store) -> None:
    for t in ("exam_years", "exam_registrations", "exam_results", "exam_fees", "exam_work_starts"):
        assert t in SYNCED_TABLES
    yid, created = exams.save_year(store, 2024, {"exam_dates": ["2024-10-26", "2024-10-27"]})
    assert created
    row = store.query("SELECT * FROM exam_years WHERE id = ?", (yid,))[0]
    assert len(row["id"]) == 36 and row["origin"] == "510104001" and row["version"] == 1
    assert exams.save_year(store, 2024, {"fee_per_subject": 70}) == (yid, False)
    year = exams.get_year(store, 2024)
    assert year["exam_dates"] == ["2024-10-26", "2024-10-27"] and year["fee_per_subject"] == 70
    assert year["pass_lines"][C1] == 60
    assert [h["action"] for h in store.history("exam_years", [yid])] == ["insert", "update"]


def test_year_rejections_change_nothing(store: Store) -> None:
    exams.save_year(store, 2024)
    before = audit_count(store)
    for raw in (
        {"exam_dates": ["2023-10-26"]},
        {"reg_start": "2024-07-01", "reg_end": "2024-06-01"},
        {"fee_per_subject": -5},
        {"pass_lines": {C1: 101}},
        {"special_lines": {"社会学": 50}},
    ):
        with pytest.raises(RuleError):
            exams.save_year(store, 2024, raw)
    with pytest.raises(RuleError, match="考试年度"):
        exams.save_year(store, 1999)
    assert audit_count(store) == before


def test_register_creates_fee_and_refuses_twice(store: Store) -> None:
    exams.save_year(store, 2024, {"fee_per_subject": 65})
    wid = person(store, 1)
    rid = exams.register(store, 2024, wid, "初级")
    view = exams.registration(store, rid)
    assert [s.name for s in view.subjects] == [C1, P1]
    assert view.state == "拟报名" and view.outcome.passed is None
    assert view.public_dict()["fees"] == {"报名费": {"amount": 130.0, "reimbursed": False}}
    holder = person(store, 2, [{"level": "助理社会工作师", "obtained_date": "2020-01-01"}])
    before = audit_count(store)
    with pytest.raises(RuleError, match="已经报名"):
        exams.register(store, 2024, wid, "中级")
    with pytest.raises(RuleError, match="还没有建立 2025"):
        exams.register(store, 2025, wid, "初级")
    with pytest.raises(RuleError, match="已经持有"):
        exams.register(store, 2024, holder, "初级")
    assert audit_count(store) == before


def test_register_many_is_all_or_nothing(store: Store) -> None:
    exams.save_year(store, 2024)
    a, b, c = person(store, 1), person(store, 2), person(store, 3)
    exams.register(store, 2024, c, "初级")
    before = count(store, "exam_registrations")
    with pytest.raises(exams.RegistrationRejected) as e:
        exams.register_many(store, 2024, [a, b, c], "初级")
    assert "考生3" in e.value.problems[0]
    assert count(store, "exam_registrations") == before
    assert len(exams.register_many(store, 2024, [a, b], "初级")) == 2


def test_one_year_pass_proposes_certificate_then_accept(store: Store) -> None:
    exams.save_year(store, 2024, {"exam_dates": ["2024-10-26"], "results_date": "2024-12-20"})
    wid = person(store, 1)
    rid = exams.register(store, 2024, wid, "初级")
    assert exams.set_score(store, rid, C1, 72).passed is None
    view = exams.registration(store, rid)
    assert view.state == "已参考" and view.proposal is None
    assert exams.set_score(store, rid, P1, "60").passed is True
    assert exams.registration(store, rid).proposal == "待确认"
    # Nothing is written to the worker's file until the clerk accepts.
    assert workers.certificates(store, wid) == []
    assert [v.id for v in exams.proposals(store)] == [rid]
    cid = exams.accept_proposal(store, rid, cert_number="A2024001")
    cert = workers.certificates(store, wid)[0]
    assert cert["id"] == cid and cert["level"] == "助理社会工作师"
    assert cert["obtained_date"] == "2024-12-20" and cert["registration_date"] is None
    assert workers.get(store, wid)["level"] == "助理社会工作师"
    assert exams.registration(store, rid).proposal == "已建证"
    with pytest.raises(RuleError, match="没有待确认"):
        exams.accept_proposal(store, rid)


def test_corrected_score_withdraws_pending_proposal(store: Store) -> None:
    exams.save_year(store, 2024)
    rid = exams.register(store, 2024, person(store, 1), "初级")
    exams.set_score(store, rid, C1, 80)
    exams.set_score(store, rid, P1, 80)
    assert exams.registration(store, rid).proposal == "待确认"
    assert exams.set_score(store, rid, P1, 58).passed is False
    assert exams.registration(store, rid).proposal is None


def test_rolling_intermediate_across_years_and_resit(store: Store) -> None:
    for y in (2022, 2023, 2024):
        exams.save_year(store, y, {"fee_per_subject": 60})
    wid = person(store, 1, [{"level": "助理社会工作师", "obtained_date": "2018-12-01"}])
    r22 = exams.register(store, 2022, wid, "中级")
    exams.set_score(store, r22, C2, 70)
    exams.set_score(store, r22, P2, 40)
    exams.set_score(store, r22, L2, 50)
    assert exams.registration(store, r22).outcome.passed is False
    # 2023: only the two subjects failed in 2022; passes 法规 only.
    assert exams.plan_subjects(store, 2023, wid, "中级") == [P2, L2]
    r23 = exams.register(store, 2023, wid, "中级")
    exams.set_score(store, r23, P2, 55)
    exams.set_score(store, r23, L2, 61)
    assert exams.registration(store, r23).outcome.passed is False
    # 2024: the 2022 综合能力 pass has left the window; 法规 (2023) still counts.
    r24 = exams.register(store, 2024, wid, "中级")
    assert [s.name for s in exams.registration(store, r24).subjects] == [C2, P2]
    assert exams.registration(store, r24).public_dict()["fees"]["报名费"]["amount"] == 120
    exams.set_score(store, r24, C2, 66)
    out = exams.set_score(store, r24, P2, 60)
    assert out.passed is True
    assert exams.registration(store, r24).proposal == "待确认"
    exams.accept_proposal(store, r24)
    assert workers.get(store, wid)["level"] == "社会工作师"


def test_special_area_line_set_after_results_rejudges(store: Store) -> None:
    exams.save_year(store, 2024)
    rid = exams.register(store, 2024, person(store, 1), "初级")
    exams.set_score(store, rid, C1, 55)
    assert exams.set_score(store, rid, P1, 70).passed is False
    exams.save_year(store, 2024, {"special_area": True, "special_lines": {C1: 54, P1: 54}})
    view = exams.registration(store, rid)
    assert view.outcome.passed is True and view.subject(C1).line == 54  # type: ignore[union-attr]
    exams.refresh_proposal(store, rid)
    assert exams.registration(store, rid).proposal == "待确认"


def test_score_rejections_change_nothing(store: Store) -> None:
    exams.save_year(store, 2024)
    rid = exams.register(store, 2024, person(store, 1), "初级")
    before = audit_count(store)
    with pytest.raises(RuleError, match="0 到 100"):
        exams.set_score(store, rid, C1, 101)
    with pytest.raises(RuleError, match="没有“社会工作法规与政策”"):
        exams.set_score(store, rid, L2, 70)
    with pytest.raises(RuleError, match="不是数字"):
        exams.set_score(store, rid, C1, "八十")
    assert audit_count(store) == before
    exams.set_score(store, rid, C1, 70)
    with pytest.raises(RuleError, match="不能标记为缺考"):
        exams.update_registration(store, rid, {"state": "缺考"})


def test_absent_registration_fails_and_senior_review(store: Store) -> None:
    exams.save_year(store, 2024)
    a = exams.register(store, 2024, person(store, 1), "初级")
    exams.update_registration(
        store, a, {"state": "缺考", "ticket_no": "2451010001", "site": "成都"}
    )
    v = exams.registration(store, a)
    assert v.outcome.passed is False and v.ticket_no == "2451010001"
    senior = person(store, 2, [{"level": "社会工作师", "obtained_date": "2015-01-01"}])
    s = exams.register(store, 2024, senior, "高级")
    assert exams.set_score(store, s, "社会工作实务（高级）", 66).passed is None
    with pytest.raises(RuleError, match="只有高级"):
        exams.update_registration(store, a, {"review_result": "通过"})
    exams.update_registration(store, s, {"review_result": "通过", "review_date": "2025-08-01"})
    v = exams.registration(store, s)
    assert v.outcome.passed is True and v.proposal == "待确认"
    assert exams.proposed_date(store, v) == "2025-08-01"


def test_fees_and_reimbursement_totals(store: Store) -> None:
    exams.save_year(store, 2024, {"fee_per_subject": 50})
    r1 = exams.register(store, 2024, person(store, 1), "初级")
    r2 = exams.register(store, 2024, person(store, 2), "初级")
    exams.set_fee(store, r1, "书本费", "88.5")
    exams.set_fee(store, r1, "差旅费", 30)
    fee_ids = [f.id for f in exams.registration(store, r1).fees]
    assert exams.set_reimbursed(store, fee_ids, "2024-11-30") == 3
    totals = exams.counts(store, 2024).fees
    assert totals.by_item == {"报名费": 200.0, "书本费": 88.5, "差旅费": 30.0}
    assert totals.reimbursed == 218.5 and totals.outstanding == 100.0 and totals.total == 318.5
    with pytest.raises(RuleError, match="已经报销"):
        exams.set_fee(store, r1, "书本费", 90)
    with pytest.raises(RuleError, match="费用项目"):
        exams.set_fee(store, r2, "餐费", 10)
    with pytest.raises(RuleError, match="已经报销"):
        exams.withdraw(store, r1)
    exams.withdraw(store, r2)
    assert exams.counts(store, 2024).registered == 1
    assert store.scalar("SELECT deleted FROM exam_fees WHERE registration_id = ?", (r2,)) == 1


def test_candidates_eligible_but_not_registered(store: Store) -> None:
    exams.save_year(store, 2024)
    sw = person(store, 1, education="大学本科", sw_major="是")  # no years needed
    old = person(store, 2, education="高中")
    exams.set_work_start(store, old, "2021-01-01")  # 4 full years by 31 Dec 2024
    young = person(store, 3, education="高中")
    exams.set_work_start(store, young, "2021-01-02")
    unknown = person(store, 4, education="大学专科")
    left = person(store, 5, education="大学本科", sw_major="是", status="离岗")
    done = person(store, 6, education="大学本科", sw_major="是")
    exams.register(store, 2024, done, "初级")
    got = {c.worker_id: c for c in exams.candidates(store, 2024)}
    assert got[sw].eligibility.eligible is True and got[sw].level == "初级"
    assert got[old].eligibility.eligible is True
    assert got[unknown].eligibility.eligible is None
    assert young not in got and left not in got and done not in got
    assert unknown not in {
        c.worker_id for c in exams.candidates(store, 2024, include_unknown=False)
    }
    with pytest.raises(RuleError, match="不能晚于今天"):
        exams.set_work_start(store, young, "2099-01-01")


def test_counts(store: Store) -> None:
    exams.save_year(store, 2024)
    ids = exams.register_many(store, 2024, [person(store, n) for n in range(1, 5)], "初级")
    exams.update_registration(store, ids[0], {"state": "已缴费"})
    exams.update_registration(store, ids[1], {"state": "缺考"})
    for s in (C1, P1):
        exams.set_score(store, ids[2], s, 80)
    c = exams.counts(store, 2024)
    assert (c.registered, c.paid, c.sat, c.absent, c.passed, c.failed, c.pending) == (
        4,
        3,
        1,
        1,
        1,
        1,
        2,
    )
    assert c.proposals == 1 and c.by_state["拟报名"] == 1


def test_deleted_worker_leaves_the_lists(store: Store) -> None:
    exams.save_year(store, 2024)
    a, b = person(store, 1), person(store, 2)
    exams.register_many(store, 2024, [a, b], "初级")
    workers.delete(store, a)
    assert [v.worker_id for v in exams.registrations(store, 2024)] == [b]
    assert exams.counts(store, 2024).registered == 1
    workers.restore(store, a)
    assert exams.counts(store, 2024).registered == 2


def test_accept_refused_when_certificate_already_on_file(store: Store) -> None:
    exams.save_year(store, 2024)
    wid = person(store, 1)
    rid = exams.register(store, 2024, wid, "初级")
    for s in (C1, P1):
        exams.set_score(store, rid, s, 90)
    workers.add_certificate(store, wid, {"level": "助理社会工作师", "obtained_date": "2024-12-01"})
    with pytest.raises(RuleError, match="不建证"):
        exams.accept_proposal(store, rid)
    assert len(workers.certificates(store, wid)) == 1
    exams.decline_proposal(store, rid)
    assert exams.registration(store, rid).proposal == "不建证"
    assert exams.proposals(store) == []


def test_eligibility_map_and_single_hint(store: Store) -> None:
    exams.save_year(store, 2024)
    sw = person(store, 1, education="大学本科", sw_major="是")  # 初级 needs no years
    plain = person(store, 2, education="初中及以下")
    judged = exams.eligibility_map(store, 2024, "初级")
    assert judged[sw].eligible is True and judged[plain].eligible is False
    assert exams.eligibility_of(store, plain, "初级", 2024).eligible is False
    assert exams.eligibility_of(store, sw, "中级", 2024).eligible is None  # years unknown


def test_year_without_a_fee_says_so(store: Store) -> None:
    """No national fee: a new year starts with none set, and registrations then cost 0."""
    exams.save_year(store, 2024)
    assert exams.get_year(store, 2024)["fee_per_subject"] == 0
    wid = person(store, 1)
    reg = exams.register(store, 2024, wid, "初级")
    assert exams.registration(store, reg).public_dict()["fees"]["报名费"]["amount"] == 0
    exams.save_year(store, 2024, {"fee_per_subject": 61})
    assert exams.get_year(store, 2024)["fee_per_subject"] == 61


def test_enter_results_in_bulk_matches_single_entry(store: Store) -> None:
    for y in (2023, 2024):
        exams.save_year(store, y)
    wid = person(store, 1, [{"level": "助理社会工作师", "obtained_date": "2018-12-01"}])
    other = person(store, 2)
    r23 = exams.register(store, 2023, wid, "中级")
    exams.set_score(store, r23, C2, 70)
    r24 = exams.register(store, 2024, wid, "中级")  # sits 实务 and 法规 only
    p24 = exams.register(store, 2024, other, "初级")
    n = exams.enter_results(
        store, 2024, [(r24, P2, 61), (r24, L2, 60), (p24, C1, None), (p24, P1, 80)]
    )
    assert n == 4
    v = exams.registration(store, r24)
    assert v.state == "已参考" and v.outcome.passed is True and v.proposal == "待确认"
    p = exams.registration(store, p24)
    assert p.outcome.passed is False and p.subject(C1).absent  # type: ignore[union-attr]
    # A corrected 2023 score is re-judged into 2024: the pending proposal is withdrawn.
    exams.enter_results(store, 2023, [(r23, C2, 59)])
    assert exams.registration(store, r24).proposal is None
    before = int(store.scalar("SELECT count(*) FROM audit_log"))
    with pytest.raises(RuleError, match="0 到 100"):
        exams.enter_results(store, 2024, [(p24, P1, 90), (p24, C1, 130)])
    assert int(store.scalar("SELECT count(*) FROM audit_log")) == before


def test_year_rows_of_other_units_do_not_conflict(store: Store) -> None:
    """A county file receives every township's 2024 row: each unit keeps its own."""
    from swdesk.store import records

    exams.save_year(store, 2024, {"fee_per_subject": 60})
    other = store.query("SELECT * FROM exam_years WHERE year = 2024")[0]
    store.conn.execute(
        "INSERT INTO exam_years (id, created_at, updated_at, origin, version, deleted, rev, year,"
        " exam_dates, fee_per_subject, pass_lines, special_area, special_lines) "
        "VALUES (?, ?, ?, '510104002', 1, 0, 1, 2024, '[]', 90, '{}', 0, '{}')",
        (records.new_id(), other["created_at"], other["updated_at"]),
    )
    assert exams.get_year(store, 2024)["fee_per_subject"] == 60  # this unit's own row
    assert [y["year"] for y in exams.list_years(store)] == [2024]
    exams.save_year(store, 2024, {"fee_per_subject": 70})
    assert exams.get_year(store, 2024)["fee_per_subject"] == 70
    assert store.scalar("SELECT fee_per_subject FROM exam_years WHERE origin = '510104002'") == 90


def test_withdrawing_an_earlier_year_rejudges_later_ones(store: Store) -> None:
    for y in (2023, 2024):
        exams.save_year(store, y)
    wid = person(store, 1, [{"level": "助理社会工作师", "obtained_date": "2018-12-01"}])
    r23 = exams.register(store, 2023, wid, "中级")
    exams.enter_results(store, 2023, [(r23, C2, 80), (r23, P2, 80), (r23, L2, 50)])
    r24 = exams.register(store, 2024, wid, "中级")
    exams.set_score(store, r24, L2, 70)
    assert exams.registration(store, r24).proposal == "待确认"
    exams.withdraw(store, r23, "录错了年份")
    view = exams.registration(store, r24)
    assert view.outcome.passed is False and view.proposal is None


def test_fee_set_later_reprices_untouched_unpaid_registration_fees(store: Store) -> None:
    """Signed up before the province published its fee: 报名费 follows the year's new fee,
    except amounts changed by hand and fees already reimbursed."""
    exams.save_year(store, 2024)
    a, b, c = (person(store, n) for n in (1, 2, 3))
    ra, rb, rc = (exams.register(store, 2024, w, "初级") for w in (a, b, c))
    fee_b = exams.registration(store, rb).fee(exam.FEE_REGISTRATION)
    fee_c = exams.registration(store, rc).fee(exam.FEE_REGISTRATION)
    assert fee_b is not None and fee_c is not None
    exams.set_fee(store, rb, exam.FEE_REGISTRATION, 50)  # typed by hand: kept
    exams.set_reimbursed(store, [fee_c.id], "2024-05-01")  # already reimbursed: kept
    exams.save_year(store, 2024, {"fee_per_subject": 61})
    amounts = [exams.registration(store, r).fee(exam.FEE_REGISTRATION).amount for r in (ra, rb, rc)]
    assert amounts == [122, 50, 0]
    exams.save_year(store, 2024, {"fee_per_subject": 65})
    assert exams.registration(store, ra).fee(exam.FEE_REGISTRATION).amount == 130


def test_demo_workers_mostly_have_a_work_start(store: Store) -> None:
    """The demo fills 从事社会工作起始 for most people, so the eligible list is realistic."""
    from swdesk.services import demo

    today = date(2026, 5, 1)
    demo.fill(store, 120, seed=3, today=today)
    starts = exams.work_starts(store)
    assert 80 <= len(starts) < 120  # about one in six left empty ("待核实")
    births = {r["id"]: r["birth_date"] for r in store.query("SELECT id, birth_date FROM workers")}
    for wid, start in starts.items():
        assert start <= today.isoformat() and int(start[:4]) >= int(births[wid][:4]) + 18
    found = exams.candidates(store, 2026)
    assert any(c.eligibility.eligible is True for c in found)
    assert any(c.eligibility.eligible is None for c in found)
