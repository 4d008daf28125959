"""居民身份证号 rules (GB 11643-1999): check character, birth date, address code, 15 → 18
upgrade, and numbers that Excel damaged by storing them as floats."""

from __future__ import annotations

from datetime import date

import pytest

from swdesk.core.errors import RuleError
from swdesk.core.idnumber import check_char, make_id_number, parse_id_number

TODAY = date(2024, 6, 1)


def iso7064_check(first17: str) -> str:
    """An independent MOD 11-2: weight of position i (1-based from the left) is 2^(18-i) mod 11,
    and the check value c makes (sum + c) ≡ 1 (mod 11); 10 is written X."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    c = (12 - total % 11) % 11
    return "X" if c == 10 else str(c)


def expect_error(raw: object, *fragments: str) -> str:
    with pytest.raises(RuleError) as info:
        parse_id_number(raw, TODAY)
    assert info.value.field == "id_number"
    for f in fragments:
        assert f in info.value.message, info.value.message
    return info.value.message


# -- the check character ----------------------------------------------------------------------
def test_standard_example_by_hand() -> None:
    # GB 11643's own example. By hand: digits 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 times weights
    # 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 give 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167;
    # 167 mod 11 = 2, and position 2 of "1 0 X 9 8 7 6 5 4 3 2" is X.
    assert check_char("11010519491231002") == "X"
    idn = parse_id_number("11010519491231002X", TODAY)
    assert idn.value == "11010519491231002X"
    assert idn.birth_date == date(1949, 12, 31)
    assert idn.gender == "女"  # 17th digit 2 is even
    assert idn.upgraded_from is None
    assert idn.note is None


@pytest.mark.parametrize(
    "first17",
    ["41010519900101123", "51010419850315001", "22010219770707444", "64010420001231999"],
)
def test_check_char_agrees_with_independent_iso7064(first17: str) -> None:
    assert check_char(first17) == iso7064_check(first17)


def test_lowercase_x_is_accepted_and_normalised() -> None:
    assert parse_id_number("11010519491231002x", TODAY).value == "11010519491231002X"


def test_spaces_and_fullwidth_characters_are_the_same_number() -> None:
    assert parse_id_number(" 110105 19491231 002X ", TODAY).value == "11010519491231002X"
    assert (
        parse_id_number("１１０１０５１９４９１２３１００２Ｘ", TODAY).value == "11010519491231002X"
    )


def test_gender_from_the_17th_digit() -> None:
    male = make_id_number("410105", date(1990, 1, 1), 123)
    female = make_id_number("410105", date(1990, 1, 1), 124)
    assert parse_id_number(male, TODAY).gender == "男"
    assert parse_id_number(female, TODAY).gender == "女"


def test_python_int_value_is_read_as_digits() -> None:
    number = make_id_number("410105", date(1990, 1, 1), 123)
    assert parse_id_number(int(number), TODAY).value == number


def test_bad_check_digit_names_the_expected_character() -> None:
    good = make_id_number("410105", date(1990, 1, 1), 123)
    wrong = good[:17] + ("1" if good[17] != "1" else "2")
    msg = expect_error(wrong, "校验位", f"应为 {good[17]}")
    assert "Excel" not in msg


def test_bad_check_digit_where_x_is_expected() -> None:
    expect_error("110105194912310021", "应为 X")


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ("41010519900101123", "现在是 17 位"),
        ("4101051990010112345", "现在是 19 位"),
        ("41010519900101123A", "最后一位是数字或 X"),
        ("4101051990X101123X", "前17位必须是数字"),
    ],
)
def test_wrong_shape(raw: str, needle: str) -> None:
    expect_error(raw, needle)


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_empty(raw: object) -> None:
    expect_error(raw, "不能为空")


# -- the birth date ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "yyyymmdd", ["19900230", "19901301", "19900001", "19900100", "19000229", "20010229"]
)
def test_impossible_birth_dates(yyyymmdd: str) -> None:
    first17 = f"410105{yyyymmdd}123"
    # A correct check character, so only the date can be what is wrong.
    expect_error(first17 + check_char(first17), yyyymmdd, "不是真实的日期")


def test_leap_day_2000_is_real() -> None:
    number = make_id_number("410105", date(2000, 2, 29), 12)
    assert parse_id_number(number, TODAY).birth_date == date(2000, 2, 29)


def test_future_birth_date_rejected() -> None:
    number = make_id_number("410105", date(2024, 6, 2), 11)
    expect_error(number, "2024-06-02", "不合理")
    # the same number is fine once that day has come
    assert parse_id_number(number, date(2024, 6, 2)).birth_date == date(2024, 6, 2)


def test_birth_before_1900_rejected() -> None:
    # GB 11643's other example, 440524188001010014, is a person born in 1880.
    assert check_char("44052418800101001") == "4"
    expect_error("440524188001010014", "1880-01-01", "不合理")


# -- the address code -------------------------------------------------------------------------
def test_unknown_but_wellformed_address_code_is_not_rejected() -> None:
    # 990101 is in no division list; birth-place counties can disappear, so only shape counts.
    number = make_id_number("990101", date(1980, 5, 5), 21)
    assert parse_id_number(number, TODAY).value == number


@pytest.mark.parametrize("address", ["000000", "001234", "000101"])
def test_address_code_of_zeros_rejected(address: str) -> None:
    expect_error(make_id_number(address, date(1980, 5, 5), 21), address, "地址码")


# -- 15-digit numbers -------------------------------------------------------------------------
def test_15_digit_upgrade_standard_example() -> None:
    idn = parse_id_number("110105491231002", TODAY)
    assert idn.value == "11010519491231002X"
    assert idn.upgraded_from == "110105491231002"
    assert idn.note is not None
    assert "110105491231002" in idn.note and "升位" in idn.note
    assert idn.birth_date == date(1949, 12, 31)
    assert idn.gender == "女"


def test_15_digit_upgrade_computed_by_hand() -> None:
    # 410105 + 19 + 650315 + 013 → 41010519650315013. Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
    # 28+9+0+5+0+20+2+9+36+15+0+27+10+25+0+4+6 = 196; 196 mod 11 = 9 → "3".
    idn = parse_id_number("410105650315013", TODAY)
    assert idn.value == "410105196503150133"
    assert idn.gender == "男"
    assert idn.birth_date == date(1965, 3, 15)


def test_15_digit_with_bad_date_or_letters() -> None:
    expect_error("410105650230013", "19650230")
    expect_error("41010565031501X", "15位")


# -- Excel damage -----------------------------------------------------------------------------
def test_python_float_cell_value_rejected_with_excel_message() -> None:
    msg = expect_error(410105199001011233.0, "Excel", "文本")
    assert "校验位" not in msg


@pytest.mark.parametrize(
    "text", ["4.10105199001011E+17", "4.10105199001011e+17", "4.10105E17", "410105199001011233.0"]
)
def test_float_text_rejected_with_excel_message(text: str) -> None:
    expect_error(text, "Excel", "文本")


def test_trailing_zeros_with_failed_check_get_the_excel_message() -> None:
    # What Excel shows for 410105199001011233: 15 significant digits kept, the rest become 000.
    assert check_char("41010519900101100") != "0"
    msg = expect_error("410105199001011000", "Excel")
    assert "应为" not in msg  # not the generic check-digit message


def test_valid_number_ending_in_000_is_accepted() -> None:
    # "0" is a legal check character: a number whose last three digits are 000 may be real.
    assert check_char("51010419900101000") == iso7064_check("51010419900101000") == "0"
    idn = parse_id_number("510104199001010000", TODAY)
    assert idn.value == "510104199001010000"
    assert idn.gender == "女"


def test_failed_check_ending_in_00_but_not_000_is_a_plain_check_error() -> None:
    first17 = "41010519900101100"
    wrong = first17 + ("1" if check_char(first17) != "1" else "2")
    msg = expect_error(wrong, "校验位")
    assert "Excel" not in msg


def test_make_id_number_round_trips() -> None:
    for seq in (0, 1, 2, 999):
        number = make_id_number("510104", date(1975, 11, 30), seq)
        assert len(number) == 18
        assert number[17] == iso7064_check(number[:17])
        assert parse_id_number(number, TODAY).birth_date == date(1975, 11, 30)


def test_check_char_of_non_ascii_digits_is_that_of_their_values() -> None:
    # The byte-sum path takes ASCII digits only; other digits Python reads keep the slow path.
    ascii17 = "11010519491231002"
    wide17 = "".join(chr(ord(d) + 0xFEE0) for d in ascii17)
    assert check_char(wide17) == check_char(ascii17) == "X"
    with pytest.raises(ValueError):
        check_char("1101051949123100A")


def test_a_plain_number_and_the_same_number_needing_cleaning_read_alike() -> None:
    plain = parse_id_number("11010519491231002X")
    assert parse_id_number("\u200b11010519491231002x ") == plain
    assert parse_id_number("１１０１０５１９４９１２３１００２Ｘ") == plain
