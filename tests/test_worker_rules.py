"""validate_worker / validate_certificate: raw form or roster values → a clean record."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from swdesk.core import enums
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.core.worker import (
    CERT_FIELDS,
    WORKER_FIELDS,
    current_level,
    parse_domains,
    validate_certificate,
    validate_worker,
)

TODAY = date(2024, 6, 1)
ID_MALE = make_id_number("510104", date(1985, 3, 15), 123)  # 17th digit 3: male
ID_FEMALE = make_id_number("510104", date(1990, 7, 8), 42)


def raw(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"name": "张三", "id_number": ID_MALE}
    base.update(over)
    return base


def errors_of(data: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(FieldErrors) as info:
        validate_worker(data, TODAY)
    return info.value.errors


def test_minimal_record_derives_gender_and_birth_date() -> None:
    clean = validate_worker(raw(), TODAY)
    assert clean["name"] == "张三"
    assert clean["id_number"] == ID_MALE
    assert clean["gender"] == "男"
    assert clean["birth_date"] == "1985-03-15"
    assert clean["status"] == "在岗"
    assert clean["domains"] == []
    assert clean["sw_major"] == 0 and clean["professional_post"] == 0
    assert clean["phone"] is None and clean["village_code"] is None
    assert clean["id_note"] is None
    assert set(clean) <= set(WORKER_FIELDS)


def test_full_record_with_aliases() -> None:
    clean = validate_worker(
        raw(
            name=" 张　三 ",
            id_number=ID_FEMALE.lower(),
            gender="女",
            birth_date="1990-07-08",
            ethnicity="汉",
            phone="+86 139-1234-5678",
            political_status="群众",
            education="大专",
            major="社会工作",
            sw_major="是",
            village_code=" 510104001001 ",
            post_type="社区专职工作者",
            professional_post="√",
            domains="老年、儿童，社会救助; 残疾",
            status="离岗",
            status_date="2023年5月",
            notes="  备注  ",
        ),
        TODAY,
    )
    assert clean["name"] == "张三"
    assert clean["gender"] == "女"
    assert clean["ethnicity"] == "汉族"
    assert clean["phone"] == "13912345678"
    assert clean["education"] == "大学专科"
    assert clean["sw_major"] == 1 and clean["professional_post"] == 1
    assert clean["village_code"] == "510104001001"
    assert clean["domains"] == ["老年", "儿童/未成年人", "社会救助", "残障"]
    assert clean["status"] == "离岗"
    assert clean["status_date"] == "2023-05-01"
    assert clean["notes"] == "备注"


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("大专", "大学专科"),
        ("本科", "大学本科"),
        ("研究生", "硕士研究生"),
        ("初中", "初中及以下"),
        ("大学本科", "大学本科"),
    ],
)
def test_education_aliases(given: str, canonical: str) -> None:
    assert validate_worker(raw(education=given), TODAY)["education"] == canonical


@pytest.mark.parametrize(
    ("given", "canonical"),
    [("汉", "汉族"), ("汉族", "汉族"), ("土家", "土家族"), ("蒙古", "蒙古族")],
)
def test_ethnicity_aliases(given: str, canonical: str) -> None:
    assert validate_worker(raw(ethnicity=given), TODAY)["ethnicity"] == canonical


def test_all_errors_reported_at_once() -> None:
    errs = errors_of(
        {
            "name": "",
            "id_number": ID_MALE[:17] + ("0" if ID_MALE[17] != "0" else "1"),
            "ethnicity": "火星族",
            "phone": "12345",
            "political_status": "路人",
            "education": "幼儿园",
            "post_type": "宇航员",
            "domains": "老年、宇宙",
            "status": "退休",
            "status_date": "昨天",
        }
    )
    assert set(errs) == {
        "name",
        "id_number",
        "ethnicity",
        "phone",
        "political_status",
        "education",
        "post_type",
        "domains",
        "status",
        "status_date",
    }
    assert "不能为空" in errs["name"]
    assert "校验位" in errs["id_number"]
    assert "火星族" in errs["ethnicity"]
    assert "12345" in errs["phone"]
    assert "宇宙" in errs["domains"]
    assert "退休" in errs["status"]
    assert "昨天" in errs["status_date"]


def test_field_errors_message_lists_every_field() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_worker({"name": "", "id_number": ""}, TODAY)
    assert "name" in str(info.value) and "id_number" in str(info.value)


def test_name_too_long() -> None:
    assert "太长" in errors_of(raw(name="张" * 31))["name"]


def test_gender_contradicting_the_id_number() -> None:
    errs = errors_of(raw(gender="女"))
    assert set(errs) == {"gender"}
    assert "女" in errs["gender"] and "男" in errs["gender"]


def test_birth_date_contradicting_the_id_number() -> None:
    errs = errors_of(raw(birth_date="1985-03-16"))
    assert set(errs) == {"birth_date"}
    assert "1985-03-16" in errs["birth_date"] and "1985-03-15" in errs["birth_date"]


def test_birth_month_only_agrees_with_the_id_number() -> None:
    assert validate_worker(raw(birth_date="1985.03"), TODAY)["birth_date"] == "1985-03-15"
    assert validate_worker(raw(birth_date=date(1985, 3, 15)), TODAY)["birth_date"] == "1985-03-15"
    assert "birth_date" in errors_of(raw(birth_date="1985.04"))


def test_15_digit_number_upgraded_with_note() -> None:
    clean = validate_worker(raw(id_number="110105491231002", gender="女"), TODAY)
    assert clean["id_number"] == "11010519491231002X"
    assert "110105491231002" in clean["id_note"]


def test_excel_float_id_number_named() -> None:
    errs = errors_of(raw(id_number=5.10104198503151e17))
    assert "Excel" in errs["id_number"]


def test_status_default_and_values() -> None:
    for s in enums.STATUSES:
        assert validate_worker(raw(status=s), TODAY)["status"] == s


@pytest.mark.parametrize("value", ["否", "0", "", None, "no", False])
def test_false_flags(value: object) -> None:
    clean = validate_worker(raw(sw_major=value, professional_post=value), TODAY)
    assert clean["sw_major"] == 0 and clean["professional_post"] == 0


# -- domains ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老年、家庭", ["老年", "家庭"]),
        ("老年，家庭", ["老年", "家庭"]),
        ("老年,家庭", ["老年", "家庭"]),
        ("老年;家庭", ["老年", "家庭"]),
        ("老年；家庭", ["老年", "家庭"]),
        ("老年 、 家庭 、", ["老年", "家庭"]),
        ("儿童/未成年人", ["儿童/未成年人"]),
        ("儿童、未成年人", ["儿童/未成年人"]),
        ("老年、老年", ["老年"]),
        ("", []),
        (None, []),
        (["社区治理", "其他"], ["社区治理", "其他"]),
    ],
)
def test_parse_domains(text: object, expected: list[str]) -> None:
    assert parse_domains(text) == expected


def test_unknown_domain_rejected() -> None:
    with pytest.raises(RuleError) as info:
        parse_domains("老年、养猪")
    assert "养猪" in info.value.message
    assert "老年" in info.value.message  # lists the choices


# -- certificates -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("given", "level"),
    [
        ("初级", "助理社会工作师"),
        ("助理社工师", "助理社会工作师"),
        ("中级", "社会工作师"),
        ("社工师", "社会工作师"),
        ("高级", "高级社会工作师"),
        ("社会工作员", "社工员"),
        ("社工员", "社工员"),
        ("高级社会工作师", "高级社会工作师"),
    ],
)
def test_certificate_level_aliases(given: str, level: str) -> None:
    assert validate_certificate({"level": given})["level"] == level


def test_certificate_fields() -> None:
    cert = validate_certificate(
        {
            "level": "初级",
            "cert_number": 20150012345.0,
            "obtained_date": "2015年6月",
            "registration_date": 42370,
        }
    )
    assert cert == {
        "level": "助理社会工作师",
        "cert_number": "20150012345",
        "obtained_date": "2015-06-01",
        "registration_date": "2016-01-01",
    }
    assert set(cert) == set(CERT_FIELDS)


def test_certificate_number_kept_as_text() -> None:
    assert (
        validate_certificate({"level": "中级", "cert_number": " 00123 "})["cert_number"] == "00123"
    )
    assert validate_certificate({"level": "中级", "cert_number": ""})["cert_number"] is None


def test_certificate_errors() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_certificate(
            {"level": "特级", "obtained_date": "某天", "registration_date": "2015-13-01"}
        )
    errs = info.value.errors
    assert set(errs) == {"level", "obtained_date", "registration_date"}
    assert "特级" in errs["level"]
    assert errs["obtained_date"].startswith("取得日期")
    assert errs["registration_date"].startswith("登记日期")


def test_certificate_missing_level() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_certificate({"cert_number": "1"})
    assert set(info.value.errors) == {"level"}


def test_registration_before_obtained_rejected() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_certificate(
            {"level": "中级", "obtained_date": "2016-06-01", "registration_date": "2016-05-31"}
        )
    assert "早于" in info.value.errors["registration_date"]
    # the same day is fine
    assert validate_certificate(
        {"level": "中级", "obtained_date": "2016-06-01", "registration_date": "2016-06-01"}
    )


def test_current_level_is_the_highest_held() -> None:
    assert current_level([]) is None
    assert current_level([{"level": "社工员"}]) == "社工员"
    certs = [{"level": "社会工作师"}, {"level": "助理社会工作师"}, {"level": "社工员"}]
    assert current_level(certs) == "社会工作师"
    assert current_level([*certs, {"level": "高级社会工作师"}]) == "高级社会工作师"
    assert current_level([{"level": None}, {"level": "助理社会工作师"}]) == "助理社会工作师"


def test_level_rank_order() -> None:
    assert [enums.level_rank(lv) for lv in (None, "", *enums.LEVELS)] == [0, 0, 1, 2, 3, 4]
    assert enums.highest_level(["未知", "社工员"]) == "社工员"
    assert enums.highest_level([]) is None


def test_parse_domains_of_the_same_text_again_is_a_fresh_list_and_refusals_repeat() -> None:
    first = parse_domains("老年、家庭")
    first.append("其他")
    assert parse_domains("老年、家庭") == ["老年", "家庭"]
    for _ in range(2):
        with pytest.raises(RuleError):
            parse_domains("老年、养猪")
