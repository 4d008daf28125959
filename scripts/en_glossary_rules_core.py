"""English for the rule messages of swdesk/core (built with ``msg``; context "", see core/i18n.py).

Keep every ``{name}`` placeholder of the Chinese template; values are filled in at display time.
"""

from __future__ import annotations

BY_CONTEXT: dict[str, dict[str, str]] = {
    "": {
        # core/idnumber.py
        "身份证号中的出生日期 {digits} 不是真实的日期，请核对号码。": (
            "The birth date {digits} in the ID number is not a real date; please check the number."
        ),
        "身份证号不能为空。": "The ID number must not be empty.",
        "身份证号被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新填写号码。": (
            "Excel stored the ID number as a number and its last digits are lost. Format the column "
            "as Text and enter the number again."
        ),
        "身份证号“{number}”被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新填写号码。": (
            "Excel stored the ID number “{number}” as a number and its last digits are lost. Format "
            "the column as Text and enter the number again."
        ),
        "15位旧身份证号只能由数字组成。": "An old 15-digit ID number may contain digits only.",
        "身份证号应为18位（旧号码为15位），现在是 {count} 位。": (
            "An ID number has 18 digits (old numbers 15); this one has {count}."
        ),
        "身份证号前17位必须是数字，最后一位是数字或 X。": (
            "The first 17 characters of an ID number must be digits and the last a digit or X."
        ),
        "身份证号的地址码 {code} 不像行政区划代码，请核对号码。": (
            "The address code {code} of the ID number does not look like a division code; please "
            "check the number."
        ),
        "身份证号中的出生日期 {born} 不合理，请核对号码。": (
            "The birth date {born} in the ID number is not plausible; please check the number."
        ),
        "身份证号“{number}”末尾是000且校验位不对：很可能被 Excel 存成了数字，后几位已经丢失。请把该列设为“文本”格式后重新填写号码。": (
            "The ID number “{number}” ends in 000 and its check digit is wrong: Excel most likely "
            "stored it as a number and its last digits are lost. Format the column as Text and "
            "enter the number again."
        ),
        "身份证号校验位不对（最后一位应为 {expected}），可能有数字录错，请核对号码。": (
            "The check digit of the ID number is wrong (the last character should be {expected}); "
            "a digit may be mistyped, please check the number."
        ),
    },
}
