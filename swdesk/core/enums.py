"""Enumerations of the worker file. Values are the Chinese policy terms, stored as they are.

The stored value is the Chinese term itself (what rosters, sheets and the county use); the UI
shows it through Qt's translation system under the context ``enum``.
"""

from __future__ import annotations

from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N

GENDERS: tuple[str, ...] = (_N("enum", "男"), _N("enum", "女"))

# Lowest first: the current level is the highest one held.
LEVELS: tuple[str, ...] = (
    _N("enum", "社工员"),
    _N("enum", "助理社会工作师"),
    _N("enum", "社会工作师"),
    _N("enum", "高级社会工作师"),
)
LEVEL_ALIASES: dict[str, str] = {
    "社会工作员": "社工员",
    "社工员": "社工员",
    "助理社工师": "助理社会工作师",
    "初级": "助理社会工作师",
    "初级社会工作师": "助理社会工作师",
    "社工师": "社会工作师",
    "中级": "社会工作师",
    "中级社会工作师": "社会工作师",
    "高级社工师": "高级社会工作师",
    "高级": "高级社会工作师",
}

POST_TYPES: tuple[str, ...] = (
    _N("enum", "社区专职工作者"),
    _N("enum", "社工站驻站社工"),
    _N("enum", "村（社区）“两委”成员"),
    _N("enum", "社工机构"),
    _N("enum", "其他"),
)

DOMAINS: tuple[str, ...] = (
    _N("enum", "老年"),
    _N("enum", "儿童/未成年人"),
    _N("enum", "社会救助"),
    _N("enum", "社区治理"),
    _N("enum", "残障"),
    _N("enum", "家庭"),
    _N("enum", "其他"),
)

STATUSES: tuple[str, ...] = (_N("enum", "在岗"), _N("enum", "离岗"), _N("enum", "调出"))

POLITICAL_STATUSES: tuple[str, ...] = (
    _N("enum", "中共党员"),
    _N("enum", "中共预备党员"),
    _N("enum", "共青团员"),
    _N("enum", "民主党派"),
    _N("enum", "无党派人士"),
    _N("enum", "群众"),
)

EDUCATIONS: tuple[str, ...] = (
    _N("enum", "博士研究生"),
    _N("enum", "硕士研究生"),
    _N("enum", "大学本科"),
    _N("enum", "大学专科"),
    _N("enum", "中专"),
    _N("enum", "高中"),
    _N("enum", "初中及以下"),
)
EDUCATION_ALIASES: dict[str, str] = {
    "博士": "博士研究生",
    "硕士": "硕士研究生",
    "研究生": "硕士研究生",
    "本科": "大学本科",
    "大本": "大学本科",
    "专科": "大学专科",
    "大专": "大学专科",
    "中专/高中": "中专",
    "职高": "中专",
    "技校": "中专",
    "初中": "初中及以下",
    "小学": "初中及以下",
}

VILLAGE_KINDS: dict[str, str] = {
    "urban": _N("enum", "社区"),
    "rural": _N("enum", "村"),
}

ETHNICITIES: tuple[str, ...] = (
    "汉族",
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
)


def level_rank(level: str | None) -> int:
    """0 for no certificate, 1 for 社工员 … 4 for 高级社会工作师."""
    if not level:
        return 0
    return LEVELS.index(level) + 1


def highest_level(levels: list[str]) -> str | None:
    known = [lv for lv in levels if lv in LEVELS]
    return max(known, key=level_rank) if known else None


def normalize_choice(
    value: str, choices: tuple[str, ...], aliases: dict[str, str] | None = None
) -> str | None:
    """Map what people type in rosters ("大专", "初级", "汉") onto a canonical term, or None."""
    v = value.strip().replace(" ", "")
    if v in choices:
        return v
    if aliases and v in aliases:
        return aliases[v]
    if choices is ETHNICITIES and v + "族" in choices:
        return v + "族"
    return None
