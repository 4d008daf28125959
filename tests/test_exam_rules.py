"""Exam rules (swdesk.core.exam): pass rules across years, pass lines, eligibility, fees."""

from __future__ import annotations

from datetime import date

import pytest

from swdesk.core import exam
from swdesk.core.errors import RuleError
from swdesk.store.exams import presets

R = presets()["national"]
C1, P1 = "社会工作综合能力（初级）", "社会工作实务（初级）"
C2, P2, L2 = "社会工作综合能力（中级）", "社会工作实务（中级）", "社会工作法规与政策"
P3 = "社会工作实务（高级）"


def sit(
    year: int, subject: str, score: float | None, line: float = 60, absent: bool = False
) -> exam.Sitting:
    return exam.Sitting(year, subject, score, line, absent)


def test_subjects_per_level_come_from_data() -> None:
    assert R.subjects("初级") == (C1, P1)
    assert R.subjects("中级") == (C2, P2, L2)
    assert R.subjects("高级") == (P3,)
    assert R.level("高级").review and R.level("高级").results_valid_years == 3
    assert R.level_of_subject(L2) == "中级"
    with pytest.raises(RuleError, match="不是考试科目"):
        R.level_of_subject("社会学概论")
    with pytest.raises(RuleError, match="考试级别"):
        R.level("特级")


def test_primary_needs_all_subjects_in_one_year() -> None:
    ok = exam.outcome(R, "初级", 2024, [sit(2024, C1, 60), sit(2024, P1, 75)])
    assert ok.passed is True
    # Passed 综合能力 last year does not carry over for 初级.
    failed = exam.outcome(
        R, "初级", 2024, [sit(2024, C1, 59.5), sit(2024, P1, 80)], [sit(2023, C1, 90)]
    )
    assert failed.passed is False and C1 in failed.reason
    assert exam.subjects_to_sit(R, "初级", 2024, [sit(2023, C1, 90)]) == [C1, P1]


def test_pending_until_every_subject_has_a_score_or_absence() -> None:
    assert exam.outcome(R, "初级", 2024, [sit(2024, C1, 70), sit(2024, P1, None)]).passed is None
    absent = exam.outcome(R, "初级", 2024, [sit(2024, C1, 70), sit(2024, P1, None, absent=True)])
    assert absent.passed is False
    assert (
        exam.outcome(
            R, "初级", 2024, [sit(2024, C1, None), sit(2024, P1, None)], absent=True
        ).passed
        is False
    )


def test_intermediate_rolling_window_two_years() -> None:
    history = [sit(2023, C2, 65), sit(2023, P2, 50), sit(2023, L2, 61)]
    # Only the subject failed in 2023 needs sitting in 2024.
    assert exam.subjects_to_sit(R, "中级", 2024, history) == [P2]
    ok = exam.outcome(R, "中级", 2024, [sit(2024, P2, 60)], history)
    assert ok.passed is True


def test_intermediate_pass_older_than_window_expires() -> None:
    """2022 综合能力, 2023 法规, 2024 实务: the 2022 pass is outside the 2023–2024 window."""
    history = [sit(2022, C2, 70), sit(2022, P2, 40), sit(2022, L2, 40), sit(2023, L2, 66)]
    assert exam.subjects_to_sit(R, "中级", 2024, history) == [C2, P2]
    out = exam.outcome(R, "中级", 2024, [sit(2024, P2, 70)], history)
    assert out.passed is False and C2 in out.reason
    again = exam.outcome(R, "中级", 2024, [sit(2024, C2, 61), sit(2024, P2, 70)], history)
    assert again.passed is True


def test_resit_after_failing_everything() -> None:
    history = [sit(2023, C2, 40), sit(2023, P2, 40), sit(2023, L2, 40)]
    assert exam.subjects_to_sit(R, "中级", 2024, history) == [C2, P2, L2]
    assert exam.outcome(R, "中级", 2024, [sit(2024, s, 80) for s in (C2, P2, L2)], history).passed


def test_special_area_pass_line() -> None:
    cfg = exam.YearConfig(
        2024, pass_lines={C1: 60, P1: 60}, special_area=True, special_lines={C1: 54}
    )
    assert cfg.line(C1, R) == 54 and cfg.line(P1, R) == 60
    plain = exam.YearConfig(2024, pass_lines={C1: 60}, special_area=False, special_lines={C1: 54})
    assert plain.line(C1, R) == 60
    assert plain.line(P1, R) == R.pass_line  # not set for the year: the rules' default
    out = exam.outcome(R, "初级", 2024, [sit(2024, C1, 55, cfg.line(C1, R)), sit(2024, P1, 60)])
    assert out.passed is True
    assert exam.outcome(R, "初级", 2024, [sit(2024, C1, 55), sit(2024, P1, 60)]).passed is False


def test_senior_exam_then_review_within_three_years() -> None:
    """《高级社会工作师评价办法》: the results certificate is valid 3 years from its issue day."""
    sat = [sit(2024, P3, 70)]
    issued = date(2024, 8, 20)
    pending = exam.outcome(R, "高级", 2024, sat, today=date(2025, 6, 1), issued=issued)
    assert pending.passed is None and pending.valid_until == date(2027, 8, 19)
    assert exam.outcome(
        R, "高级", 2024, sat, review_result="通过", review_date=date(2027, 8, 19), issued=issued
    ).passed
    late = exam.outcome(
        R, "高级", 2024, sat, review_result="通过", review_date=date(2027, 8, 20), issued=issued
    )
    assert late.passed is not True
    expired = exam.outcome(R, "高级", 2024, sat, today=date(2027, 8, 20), issued=issued)
    assert expired.passed is False and expired.kind == "expired"
    assert exam.outcome(R, "高级", 2024, sat, review_result="未通过").passed is False
    assert exam.outcome(R, "高级", 2024, [sit(2024, P3, 59)]).passed is False


def test_results_issue_day_falls_back_to_the_exam_day() -> None:
    assert exam.YearConfig(2024, results_date=date(2024, 8, 20)).results_issued() == date(
        2024, 8, 20
    )
    two_days = exam.YearConfig(2024, exam_dates=(date(2024, 6, 15), date(2024, 6, 16)))
    assert two_days.results_issued() == date(2024, 6, 16)  # earliest possible: never overstated
    assert exam.YearConfig(2024).results_issued() == date(2024, 12, 31)
    assert exam.results_valid_until(date(2024, 2, 29), 3) == date(2027, 2, 27)
    assert exam.results_valid_until(date(2024, 1, 1), 0) == date(2024, 12, 31)


def test_scores_checked_against_full_marks() -> None:
    assert exam.check_score("88.5", R, C1) == 88.5
    for bad in ("-1", "100.5", "abc", "", True, float("nan")):
        with pytest.raises(RuleError):
            exam.check_score(bad, R, C1)
    assert exam.parse_score("缺考", R, C1) is None
    with pytest.raises(RuleError, match="缺考"):
        exam.parse_score(" ", R, C1)


def test_experience_counted_to_31_december() -> None:
    assert exam.full_years(date(2020, 1, 1), 2024) == 5
    assert exam.full_years(date(2020, 1, 2), 2024) == 4
    assert exam.full_years(date(2020, 12, 31), 2024) == 4
    assert exam.full_years(date(2025, 3, 1), 2024) == 0


def _elig(level: str, year: int, education: str | None, sw: bool, start: date | None, certs=()):
    return exam.eligibility(
        R, level, year, education=education, sw_major=sw, work_start=start, certificates=certs
    )


def test_eligibility_boundary_at_31_december() -> None:
    # 高中 + 4 years for 初级: started 1 January 2021 → 4 full years by 31 December 2024.
    assert _elig("初级", 2024, "高中", False, date(2021, 1, 1)).eligible is True
    assert _elig("初级", 2024, "高中", False, date(2021, 1, 2)).eligible is False
    assert _elig("初级", 2025, "高中", False, date(2021, 1, 2)).eligible is True


def test_eligibility_by_education_and_major() -> None:
    assert _elig("初级", 2024, "大学本科", True, None).eligible is True  # no years needed
    other = _elig("初级", 2024, "大学本科", False, None)
    assert other.eligible is None and "起始时间" in other.reason
    assert _elig("初级", 2024, "大学专科", False, date(2020, 6, 1)).eligible is True  # 4 years
    assert _elig("初级", 2024, "初中及以下", False, date(2000, 1, 1)).eligible is False
    assert _elig("中级", 2024, "大学本科", True, date(2022, 1, 1)).eligible is True  # 3 years
    assert _elig("中级", 2024, "大学本科", False, date(2022, 1, 1)).eligible is False  # needs 5
    assert _elig("中级", 2024, None, True, date(2000, 1, 1)).eligible is None


def test_eligibility_senior_needs_certificate_years() -> None:
    """高级: 本科 or above and 5 full years after the 社会工作师 certificate (2018 评价办法)."""
    cert = [("社会工作师", date(2020, 1, 1))]
    assert _elig("高级", 2024, "大学本科", False, None, cert).eligible is True
    assert _elig("高级", 2023, "大学本科", False, None, cert).eligible is False
    assert _elig("高级", 2024, "大学专科", True, None, cert).eligible is False  # needs 本科
    assert _elig("高级", 2024, "博士研究生", True, None, cert).eligible is True
    assert _elig("高级", 2024, "大学本科", False, None, []).eligible is False
    assert _elig("高级", 2024, "大学本科", False, None, [("社会工作师", None)]).eligible is None


def test_eligibility_matches_the_published_2006_table() -> None:
    """《社会工作者职业水平评价暂行规定》(2006) articles 11 and 12, row by row."""
    y = 2024

    def start(years: int) -> date:  # exactly ``years`` full years by 31 December 2024
        return date(y + 1 - years, 1, 1)

    # 初级: 高中/中专 4; 社工大专 2; 社工本科 0; 其他大专 4; 其他本科及以上 2.
    for education, sw, years in (
        ("高中", False, 4),
        ("中专", True, 4),
        ("大学专科", True, 2),
        ("大学专科", False, 4),
        ("大学本科", False, 2),
        ("硕士研究生", False, 2),
    ):
        assert _elig("初级", y, education, sw, start(years)).eligible is True, education
        assert _elig("初级", y, education, sw, start(years - 1)).eligible is False, education
    assert _elig("初级", y, "大学本科", True, None).eligible is True
    assert _elig("初级", y, "初中及以下", False, start(30)).eligible is False
    # 中级: 社工 大专 4 / 本科 3 / 硕士 1 / 博士 0; other majors two years more.
    for education, sw, years in (
        ("大学专科", True, 4),
        ("大学本科", True, 3),
        ("硕士研究生", True, 1),
        ("大学专科", False, 6),
        ("大学本科", False, 5),
        ("硕士研究生", False, 3),
        ("博士研究生", False, 2),
    ):
        assert _elig("中级", y, education, sw, start(years)).eligible is True, education
        assert _elig("中级", y, education, sw, start(years - 1)).eligible is False, education
    assert _elig("中级", y, "博士研究生", True, None).eligible is True
    # 高中/中专: only with the 助理社会工作师 certificate held 6 years; experience alone is not enough.
    assert _elig("中级", y, "高中", False, start(20)).eligible is False
    assistant = [("助理社会工作师", date(2019, 1, 1))]
    assert _elig("中级", y, "中专", False, start(20), assistant).eligible is True
    assert _elig("中级", y - 1, "中专", False, start(20), assistant).eligible is False


def test_preset_note_cites_its_sources() -> None:
    import json

    from swdesk.paths import resources_dir

    note = json.loads(
        (resources_dir() / "settings" / "exam_presets.json").read_text(encoding="utf-8")
    )["_about"]
    for source in ("国人部发〔2006〕71号", "高级社会工作师评价办法", "12月31日", "各省"):
        assert source in note
    assert R.fee_per_subject == 0  # no national fee: each province sets it per year


def test_fee_totals_in_fen() -> None:
    t = exam.fee_totals(
        [
            ("报名费", 0.1, True),
            ("报名费", 0.2, False),
            ("书本费", 45.5, False),
            ("差旅费", 30, True),
        ]
    )
    assert t.by_item == {"报名费": 0.3, "书本费": 45.5, "差旅费": 30.0}
    assert t.reimbursed == 30.1 and t.outstanding == 45.7 and t.total == 75.8


def test_rules_validation_refuses_bad_data() -> None:
    good = R.to_dict()
    assert exam.rules_from_dict(good) == R
    bad_level = {**good, "levels": [{**good["levels"][0], "certificate": "博士"}]}
    with pytest.raises(RuleError, match="证书等级"):
        exam.rules_from_dict(bad_level)
    dup = {**good, "levels": [good["levels"][0], {**good["levels"][1], "subjects": [C1]}]}
    with pytest.raises(RuleError, match="重复"):
        exam.rules_from_dict(dup)
    with pytest.raises(RuleError, match="学历"):
        exam.rules_from_dict({**good, "eligibility": [{"level": "初级", "education": "小学"}]})
    with pytest.raises(RuleError, match="合格线"):
        exam.rules_from_dict({**good, "pass_line": 120})
    # A province with a three-year window for 中级: data, not code.
    wider = exam.rules_from_dict(
        {
            **good,
            "levels": [
                {**lv, "window_years": 3} if lv["level"] == "中级" else lv for lv in good["levels"]
            ],
        }
    )
    old = [sit(2022, C2, 70), sit(2023, L2, 66)]
    assert exam.subjects_to_sit(wider, "中级", 2024, old) == [P2]
