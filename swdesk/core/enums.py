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

STATUS_ON_DUTY = _N("enum", "在岗")
STATUS_OFF_DUTY = _N("enum", "离岗")
STATUS_TRANSFERRED_OUT = _N("enum", "调出")
STATUSES: tuple[str, ...] = (STATUS_ON_DUTY, STATUS_OFF_DUTY, STATUS_TRANSFERRED_OUT)

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
    _N("enum", "汉族"),
    _N("enum", "蒙古族"),
    _N("enum", "回族"),
    _N("enum", "藏族"),
    _N("enum", "维吾尔族"),
    _N("enum", "苗族"),
    _N("enum", "彝族"),
    _N("enum", "壮族"),
    _N("enum", "布依族"),
    _N("enum", "朝鲜族"),
    _N("enum", "满族"),
    _N("enum", "侗族"),
    _N("enum", "瑶族"),
    _N("enum", "白族"),
    _N("enum", "土家族"),
    _N("enum", "哈尼族"),
    _N("enum", "哈萨克族"),
    _N("enum", "傣族"),
    _N("enum", "黎族"),
    _N("enum", "傈僳族"),
    _N("enum", "佤族"),
    _N("enum", "畲族"),
    _N("enum", "高山族"),
    _N("enum", "拉祜族"),
    _N("enum", "水族"),
    _N("enum", "东乡族"),
    _N("enum", "纳西族"),
    _N("enum", "景颇族"),
    _N("enum", "柯尔克孜族"),
    _N("enum", "土族"),
    _N("enum", "达斡尔族"),
    _N("enum", "仫佬族"),
    _N("enum", "羌族"),
    _N("enum", "布朗族"),
    _N("enum", "撒拉族"),
    _N("enum", "毛南族"),
    _N("enum", "仡佬族"),
    _N("enum", "锡伯族"),
    _N("enum", "阿昌族"),
    _N("enum", "普米族"),
    _N("enum", "塔吉克族"),
    _N("enum", "怒族"),
    _N("enum", "乌孜别克族"),
    _N("enum", "俄罗斯族"),
    _N("enum", "鄂温克族"),
    _N("enum", "德昂族"),
    _N("enum", "保安族"),
    _N("enum", "裕固族"),
    _N("enum", "京族"),
    _N("enum", "塔塔尔族"),
    _N("enum", "独龙族"),
    _N("enum", "鄂伦春族"),
    _N("enum", "赫哲族"),
    _N("enum", "门巴族"),
    _N("enum", "珞巴族"),
    _N("enum", "基诺族"),
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
