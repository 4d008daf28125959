"""Rule messages on screen: translated template, values put back, stored values as labels."""

from __future__ import annotations

from typing import Any

from swdesk.core.i18n import msg
from swdesk.ui.rule_text import shown, shown_all


def test_chinese_stays_as_built(qapp: Any) -> None:
    text = msg("身份证号应为18位（旧号码为15位），现在是 {count} 位。", count=17)
    assert shown(text) == text
    assert shown("随便一句话") == "随便一句话"


def test_english_fills_the_translated_template(english: None) -> None:
    text = msg("身份证号应为18位（旧号码为15位），现在是 {count} 位。", count=17)
    assert shown(text) == "An ID number has 18 digits (old numbers 15); this one has 17."
    assert shown_all({"id_number": text}) == {"id_number": shown(text)}
    # a message without a translation keeps its Chinese, with the values in
    assert shown(msg("没有译文的句子 {n}。", n=3)) == "没有译文的句子 3。"


def test_english_translates_stored_values_and_nested_messages(english: None) -> None:
    inner = msg("身份证号的地址码 {code} 不像行政区划代码，请核对号码。", code="000000")
    outer = msg("{level}：{reason}", level="社会工作师", reason=inner)
    assert shown(outer) == (
        "Social Worker：The address code 000000 of the ID number does not look like a division "
        "code; please check the number."
    )
    assert shown(msg("{levels}", levels=["社工员", "社会工作师"])) == (
        "Community Social Work Aide, Social Worker"
    )
