"""English for the event editor's questions about a training's end date
(see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON = {
    "{names} 等 {count} 人": "{names} and others ({count} people)",
    "结束日期 {day} 在今天（{today}）之后，培训还没有结束，请核对日期。": (
        "End date {day} is after today ({today}): the training has not ended yet. "
        "Please check the date."
    ),
    "结束日期 {day} 早于 {names} 取得证书的日期，学时不计入任何登记期。": (
        "End date {day} is before {names} obtained a certificate: the hours count toward "
        "no registration period."
    ),
    "结束日期 {day} 不在 {name} 的本期登记期（{first} 至 {last}）内，学时会计入别的登记期。": (
        "End date {day} is outside the current registration period of {name} "
        "({first} to {last}): the hours will count toward another period."
    ),
    "结束日期 {day} 不在 {names} 的本期登记期内，学时会计入别的登记期。": (
        "End date {day} is outside the current registration period of {names}: "
        "the hours will count toward another period."
    ),
}
