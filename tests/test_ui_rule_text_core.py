"""Rule messages of swdesk/core: the same Chinese as before, English on an English screen.

Every message below is built by the core with ``msg``; ``shown`` translates the template and
the values in it (stored levels, states and choices through the "enum" context, field names and
nested reasons as messages of their own).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from swdesk.core import appraisal as ap
from swdesk.core import ce, dates, divisions, exam, phone
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.i18n import Text
from swdesk.core.idnumber import make_id_number
from swdesk.core.worker import validate_certificate, validate_worker
from swdesk.store.exams import presets
from swdesk.ui.rule_text import shown, shown_all

TODAY = date(2024, 6, 1)
ID_MALE = make_id_number("510104", date(1985, 3, 15), 123)
NATIONAL = presets()["national"]


def _rule_error(fn: Any, *args: Any, **kwargs: Any) -> RuleError:
    with pytest.raises(RuleError) as caught:
        fn(*args, **kwargs)
    return caught.value


def _field_errors(fn: Any, *args: Any) -> dict[str, str]:
    with pytest.raises(FieldErrors) as caught:
        fn(*args)
    return caught.value.errors


def _worker_errors() -> dict[str, str]:
    return _field_errors(
        validate_worker,
        {
            "name": "张三",
            "id_number": ID_MALE,
            "gender": "女",
            "ethnicity": "火星族",
            "education": "幼儿园",
            "domains": "老年、宇宙",
        },
        TODAY,
    )


def _certificate_errors() -> dict[str, str]:
    return _field_errors(validate_certificate, {"level": "社会工作师", "obtained_date": "1985.13"})


def test_the_chinese_sentences_are_unchanged(qapp: Any) -> None:
    """The CLI, logs and error reports keep the exact Chinese they printed before ``msg``."""
    errors = _worker_errors()
    assert errors == {
        "gender": "性别“女”与身份证号不符（号码显示为男）。",
        "ethnicity": "民族“火星族”不在可选范围内，可选：汉族、蒙古族、回族、藏族、维吾尔族、苗族、"
        "彝族、壮族等。",
        "education": "学历“幼儿园”不在可选范围内，可选：博士研究生、硕士研究生、大学本科、"
        "大学专科、中专、高中、初中及以下。",
        "domains": "服务领域“宇宙”不在可选范围内，可选：老年、儿童/未成年人、社会救助、社区治理、"
        "残障、家庭、其他。",
    }
    assert all(isinstance(m, Text) for m in errors.values())
    assert _certificate_errors() == {"obtained_date": "取得日期：日期“1985.13”不存在，请核对。"}
    assert _rule_error(ap.check_editable, "signed", "李四").message == (
        "李四的考评表已签字，不能修改。确需更正，请先退回（reopen）并写明理由，再重新打印签字。"
    )
    assert _rule_error(ap.check_editable, "finalized").message == (
        "考评表已定稿，不能修改。如需修改，请先退回并写明理由。"
    )
    assert _rule_error(ce.parse_hours, "0").message == "学时必须大于 0，现在是 0。"
    assert _rule_error(dates.parse_loose_date, 1985.1).message == (
        "日期“1985.1”分不清是1985年1月还是10月（Excel 会把 1985.10 存成 1985.1）。"
        "请写成 1985-01 或 1985-10。"
    )
    judged = exam.eligibility(
        NATIONAL, "初级", 2024, education="高中", sw_major=False, work_start=date(2022, 5, 1)
    )
    assert judged.reason == "不符合初级报考条件（学历高中，截至2024年12月31日从事社会工作满 2 年）"
    # shown() on a Chinese screen gives the same sentence back
    assert shown_all(errors) == errors


def test_worker_field_errors_in_english(english: None) -> None:
    errors = shown_all(_worker_errors())
    assert errors["gender"] == (
        "The gender “Female” does not match the ID number (which shows Male)."
    )
    # a list of stored values, joined in English; more than eight choices end with "and more"
    assert errors["education"] == (
        "Education “幼儿园” is not one of the choices: Doctorate, Master's Degree, Bachelor's "
        "Degree, Junior College Diploma, Secondary Vocational School, Senior High School, "
        "Junior High School or Below."
    )
    assert errors["ethnicity"].startswith("Ethnicity “火星族” is not one of the choices; they ")
    assert errors["ethnicity"].endswith(" Zhuang and more.")
    assert errors["domains"].startswith("Service Domain “宇宙” is not one of the choices: Older")


def test_a_nested_reason_is_translated_with_its_field_name(english: None) -> None:
    """A field name before the date's own message ("取得日期：…"): both parts in English."""
    assert shown_all(_certificate_errors()) == {
        "obtained_date": "Date Obtained: The date “1985.13” does not exist; please check it."
    }
    event = _rule_error(ce.validate_event, {"title": "督导", "start_date": 1985})
    assert event.field == "start_date"
    assert shown(event.message) == (
        "Start Date: The date “1985” has only a year; add the month, e.g. 1985-03 or 1985/3."
    )


def test_appraisal_messages_in_english(english: None) -> None:
    # stored states through the "enum" context
    wrong = _rule_error(ap.check_transition, "signed", "finalized")
    assert shown(wrong.message) == "The appraisal is “Signed” and cannot become “Finalized”."
    missing = _rule_error(ap.check_transition, "draft", "finalized", None, ["出勤", "服务"])
    assert shown(missing.message) == (
        "Items not scored yet: 2 (出勤, 服务); the appraisal cannot be finalized."
    )
    discipline = _rule_error(ap.check_discipline, "开除")
    assert shown(discipline.message) == (
        "The disciplinary action “开除” is wrong; choose from: none, Warning, Demerit."
    )
    grade = _rule_error(ap.rules_from_dict, {"grades": [{"name": "优秀", "min": "九十"}]})
    assert shown(grade.message) == "Grade “优秀”: the score “九十” is not a number."
    assert shown(ap.why_kind({"post_type": "社区专职工作者"})) == (
        "Full-time community worker without a certificate"
    )


def test_exam_and_ce_messages_name_their_values_in_english(english: None) -> None:
    score = _rule_error(exam.check_score, 120, NATIONAL, "社会工作法规与政策")
    assert shown(score.message) == (
        "Score of “Social Work Laws, Regulations and Policies” must be between 0 and 100; "
        "it is 120."
    )
    settings = _rule_error(ce.settings_from_dict, {"required": {"社会工作师": "九十"}})
    assert shown(settings.message) == "Requirement for Social Worker: “九十” is not a number."
    assert shown(_rule_error(ce.parse_hours, None).message) == "Please fill in Hours."


def test_eligibility_reasons_in_english(english: None) -> None:
    """The candidates list shows why someone is (not) eligible: a reason built of parts."""
    short = exam.eligibility(
        NATIONAL, "初级", 2024, education="高中", sw_major=False, work_start=date(2022, 5, 1)
    )
    assert short.eligible is False
    assert shown(short.reason) == (
        "Does not meet the Primary eligibility rules (education: Senior High School; full years "
        "in social work by 31 December 2024: 2)"
    )
    senior = exam.eligibility(
        NATIONAL,
        "高级",
        2024,
        education="大学本科",
        sw_major=False,
        work_start=None,
        certificates=[("社会工作师", date(2018, 1, 1))],
    )
    assert senior.eligible is True
    assert senior.reason == "大学本科及以上，取得社会工作师证书满 5 年"
    assert shown(senior.reason) == (
        "Bachelor's Degree or higher, Social Worker certificate held 5+ years"
    )


def test_codes_and_phone_numbers_in_english(english: None) -> None:
    village = _rule_error(divisions.check_village_code, "510104001000")
    assert shown(village.message) == (
        "The code “510104001000” ends in 000: it is a township code, not a village/community code."
    )
    mobile = _rule_error(phone.parse_mobile, "1234")
    assert (mobile.field, shown(mobile.message)) == (
        "phone",
        "The mobile number “1234” is wrong: it must have 11 digits starting with 1.",
    )
