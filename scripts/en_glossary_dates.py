"""English for the date input's questions and the 学时达标 period columns
(see scripts/en_glossary.py)."""

from __future__ import annotations

COMMON = {
    "{field} {day} 不在 {year} 年内，请核对年份。": (
        "{field} {day} is not in {year}; please check the year."
    ),
    "{field} {day} 不在 {first} 至 {last} 之内，请核对年份。": (
        "{field} {day} is not between {first} and {last}; please check the year."
    ),
    "学时会计入别的登记期。如果确实如此，再点一次“保存”。": (
        "The hours will count toward another registration period. "
        "If that is right, click “Save” again."
    ),
    "如果确实如此，再点一次“保存”。": "If that is right, click “Save” again.",
    "本期进度": "This period",
    "上期欠缺": "Owed from last period",
    "差 {n}": "{n} short",
}

BY_CONTEXT = {
    "CEStatus": {
        "上期{status}": "{status} (last period)",
        "本期{status}": "{status} (this period)",
    },
}
