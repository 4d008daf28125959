"""Enumerations of the worker file. Values are the Chinese policy terms, stored as they are.

The stored value is the Chinese term itself (what rosters, sheets and the county use); the UI
shows it through Qt's translation system under the context ``enum``.

One convention for every stored vocabulary in swdesk: each lives in the core module of its
domain — here (the worker file), ``core.exam``, ``core.appraisal``, ``core.ce``,
``core.divisions`` (the role of a data file), ``core.conflicts`` (sync conflicts) and
``core.audit`` (change-log actions):

* a value code refers to is a named constant, marked for translation once where it is defined:
  ``STATUS_ON_DUTY = _N("enum", "在岗")``; the ordered tuple of choices is built from the
  constants, and every other module — SQL included, through ``?`` parameters — uses the names;
  what people type for a value (``"大专"``) maps onto it in a ``*_ALIASES`` table;
* a value stored as an English code (``"urban"``, ``"draft"``) is a plain constant, and its
  Chinese label, marked once, sits in a ``*_LABELS`` dict keyed by the code;
* the interface shows them through ``ui.enum_labels``: ``label(value)``, or
  ``code_label(LABELS, code)`` for a code — never through a copy of the words.

Released migrations keep their literal text (``DEFAULT '在岗'``): they must create what they
created when released, whatever the constants say later. ``tests/test_vocabulary.py`` fails on
a stored value re-typed anywhere else.
"""

from __future__ import annotations

from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N

MALE = _N("enum", "男")
FEMALE = _N("enum", "女")
GENDERS: tuple[str, ...] = (MALE, FEMALE)

# Lowest first: the current level is the highest one held.
LEVEL_WORKER = _N("enum", "社工员")
LEVEL_ASSISTANT = _N("enum", "助理社会工作师")
LEVEL_SOCIAL_WORKER = _N("enum", "社会工作师")
LEVEL_SENIOR = _N("enum", "高级社会工作师")
LEVELS: tuple[str, ...] = (LEVEL_WORKER, LEVEL_ASSISTANT, LEVEL_SOCIAL_WORKER, LEVEL_SENIOR)
# What people type in rosters → the stored level.
LEVEL_ALIASES: dict[str, str] = {
    "社会工作员": LEVEL_WORKER,
    "社工员": LEVEL_WORKER,
    "助理社工师": LEVEL_ASSISTANT,
    "初级": LEVEL_ASSISTANT,
    "初级社会工作师": LEVEL_ASSISTANT,
    "社工师": LEVEL_SOCIAL_WORKER,
    "中级": LEVEL_SOCIAL_WORKER,
    "中级社会工作师": LEVEL_SOCIAL_WORKER,
    "高级社工师": LEVEL_SENIOR,
    "高级": LEVEL_SENIOR,
}

POST_COMMUNITY_WORKER = _N("enum", "社区专职工作者")
POST_STATION_WORKER = _N("enum", "社工站驻站社工")
POST_COMMITTEE_MEMBER = _N("enum", "村（社区）“两委”成员")
POST_AGENCY = _N("enum", "社工机构")
OTHER = _N("enum", "其他")
POST_TYPES: tuple[str, ...] = (
    POST_COMMUNITY_WORKER,
    POST_STATION_WORKER,
    POST_COMMITTEE_MEMBER,
    POST_AGENCY,
    OTHER,
)

DOMAIN_CHILDREN = _N("enum", "儿童/未成年人")
DOMAIN_DISABILITY = _N("enum", "残障")
DOMAINS: tuple[str, ...] = (
    _N("enum", "老年"),
    DOMAIN_CHILDREN,
    _N("enum", "社会救助"),
    _N("enum", "社区治理"),
    DOMAIN_DISABILITY,
    _N("enum", "家庭"),
    OTHER,
)
# What people type in rosters → the stored domain.
DOMAIN_ALIASES: dict[str, str] = {
    "儿童": DOMAIN_CHILDREN,
    "未成年人": DOMAIN_CHILDREN,
    "儿童、未成年人": DOMAIN_CHILDREN,
    "残疾": DOMAIN_DISABILITY,
}

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

EDUCATION_DOCTORATE = _N("enum", "博士研究生")
EDUCATION_MASTER = _N("enum", "硕士研究生")
EDUCATION_BACHELOR = _N("enum", "大学本科")
EDUCATION_COLLEGE = _N("enum", "大学专科")
EDUCATION_SECONDARY_VOCATIONAL = _N("enum", "中专")
EDUCATION_HIGH_SCHOOL = _N("enum", "高中")
EDUCATION_JUNIOR_OR_BELOW = _N("enum", "初中及以下")
EDUCATIONS: tuple[str, ...] = (
    EDUCATION_DOCTORATE,
    EDUCATION_MASTER,
    EDUCATION_BACHELOR,
    EDUCATION_COLLEGE,
    EDUCATION_SECONDARY_VOCATIONAL,
    EDUCATION_HIGH_SCHOOL,
    EDUCATION_JUNIOR_OR_BELOW,
)
# What people type in rosters → the stored education.
EDUCATION_ALIASES: dict[str, str] = {
    "博士": EDUCATION_DOCTORATE,
    "硕士": EDUCATION_MASTER,
    "研究生": EDUCATION_MASTER,
    "本科": EDUCATION_BACHELOR,
    "大本": EDUCATION_BACHELOR,
    "专科": EDUCATION_COLLEGE,
    "大专": EDUCATION_COLLEGE,
    "中专/高中": EDUCATION_SECONDARY_VOCATIONAL,
    "职高": EDUCATION_SECONDARY_VOCATIONAL,
    "技校": EDUCATION_SECONDARY_VOCATIONAL,
    "初中": EDUCATION_JUNIOR_OR_BELOW,
    "小学": EDUCATION_JUNIOR_OR_BELOW,
}

# A village is stored with the code of its kind; people see 社区 (urban) or 村 (rural).
VILLAGE_URBAN = "urban"
VILLAGE_RURAL = "rural"
VILLAGE_KINDS: tuple[str, ...] = (VILLAGE_URBAN, VILLAGE_RURAL)
VILLAGE_KIND_LABELS: dict[str, str] = {
    VILLAGE_URBAN: _N("enum", "社区"),
    VILLAGE_RURAL: _N("enum", "村"),
}

HAN = _N("enum", "汉族")
ETHNICITIES: tuple[str, ...] = (
    HAN,
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
