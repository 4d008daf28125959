"""Pure appraisal rules: templates, scores, totals, grades at the lines, caps, who gets which,
state transitions and the content hash."""

from __future__ import annotations

import dataclasses

import pytest

from swdesk.core import appraisal as ap
from swdesk.core.errors import RuleError

RULES = ap.rules_from_dict(
    {
        "grades": [
            {"name": "优秀", "min": 90},
            {"name": "合格", "min": 70},
            {"name": "基本合格", "min": 60},
        ],
        "fail_grade": "不合格",
        "caps": {"警告": "合格", "记过": "基本合格"},
    }
)
TEMPLATE = ap.template_from_dict(
    {
        "key": "t",
        "kind": "community",
        "name": "社区社会工作者绩效考评",
        "items": [
            {"group": "职业操守", "name": "职业伦理", "description": "d", "max": 30},
            {"group": "服务绩效", "name": "专业服务", "description": "d", "max": 70},
        ],
    }
)


@pytest.mark.parametrize(
    ("total", "grade"),
    [
        (100, "优秀"),
        (90, "优秀"),
        (89.9, "合格"),
        (70, "合格"),
        (69.9, "基本合格"),
        (60, "基本合格"),
        (59.9, "不合格"),
        (0, "不合格"),
    ],
)
def test_grade_at_the_lines(total: float, grade: str) -> None:
    assert ap.grade_for(total, RULES) == grade


@pytest.mark.parametrize(
    ("total", "discipline", "grade"),
    [
        (95, "警告", "合格"),
        (95, "记过", "基本合格"),
        (75, "记过", "基本合格"),
        (65, "警告", "基本合格"),  # a cap never raises a grade
        (50, "记过", "不合格"),
        (95, None, "优秀"),
    ],
)
def test_disciplinary_caps(total: float, discipline: str | None, grade: str) -> None:
    assert ap.grade_for(total, RULES, discipline) == grade


def test_rules_are_data() -> None:
    other = ap.rules_from_dict(
        {"grades": [{"name": "好", "min": 80}, {"name": "称职", "min": 50}], "fail_grade": "不称职"}
    )
    assert ap.grade_for(80, other) == "好"
    assert ap.grade_for(49.5, other) == "不称职"
    assert ap.grade_for(80, other, "警告") == "好"  # no caps set there


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ({"grades": [], "fail_grade": "不合格"}, "至少"),
        (
            {
                "grades": [{"name": "优秀", "min": 90}, {"name": "合格", "min": 90}],
                "fail_grade": "x",
            },
            "相同",
        ),
        ({"grades": [{"name": "优秀", "min": 90}], "fail_grade": ""}, "不合格"),
        (
            {"grades": [{"name": "优秀", "min": 90}], "fail_grade": "差", "caps": {"警告": "良"}},
            "良",
        ),
        (
            {"grades": [{"name": "优秀", "min": 90}], "fail_grade": "差", "caps": {"罚款": "差"}},
            "罚款",
        ),
    ],
)
def test_bad_rules_refused(raw: dict, why: str) -> None:
    with pytest.raises(RuleError, match=why):
        ap.rules_from_dict(raw)


def test_scores_within_zero_and_max() -> None:
    item = TEMPLATE.item("职业伦理")
    assert ap.parse_score("30", item) == 30
    assert ap.parse_score("0", item) == 0
    assert ap.parse_score("27.5", item) == 27.5
    for bad, why in (
        ("31", "0 到 30"),
        ("-1", "0 到 30"),
        ("abc", "不是数字"),
        ("1.25", "一位小数"),
        ("nan", "不是数字"),
    ):
        with pytest.raises(RuleError, match=why):
            ap.parse_score(bad, item)
    with pytest.raises(RuleError, match="没有“资源”"):
        TEMPLATE.item("资源")


def test_total_needs_every_item() -> None:
    assert ap.total_of(TEMPLATE, {"职业伦理": 20}) is None
    assert ap.partial_total(TEMPLATE, {"职业伦理": 20}) == 20
    assert ap.missing_items(TEMPLATE, {"职业伦理": 20}) == ["专业服务"]
    assert ap.total_of(TEMPLATE, {"职业伦理": 20.1, "专业服务": 69.8}) == 89.9


def test_template_must_total_100_with_unique_items() -> None:
    base = {"kind": "post", "name": "岗位考评"}
    with pytest.raises(RuleError, match="合计 90 分"):
        ap.template_from_dict({**base, "items": [{"name": "a", "max": 90}]})
    with pytest.raises(RuleError, match="重复"):
        ap.template_from_dict(
            {**base, "items": [{"name": "a", "max": 50}, {"name": "a", "max": 50}]}
        )
    with pytest.raises(RuleError, match="没有考评项目"):
        ap.template_from_dict({**base, "items": []})
    with pytest.raises(RuleError, match="分值"):
        ap.template_from_dict(
            {**base, "items": [{"name": "a", "max": 0}, {"name": "b", "max": 100}]}
        )
    with pytest.raises(RuleError, match="类别"):
        ap.template_from_dict({"kind": "x", "name": "n", "items": [{"name": "a", "max": 100}]})
    t = ap.template_from_dict({**base, "items": [{"name": "a", "max": 100}]})
    assert t.sheet_title == "岗位考评表" and t.groups() == [("考评内容", list(t.items))]


def _w(**kw: object) -> dict:
    return {"post_type": None, "professional_post": 0, "level": None, **kw}


def test_who_gets_which() -> None:
    assert ap.kind_for(_w(post_type="社区专职工作者", level="社工员")) == "community"
    assert ap.kind_for(_w(post_type="社区专职工作者", level="高级社会工作师")) == "community"
    # 《成都市加强社区社会工作服务助推城乡社区发展治理的实施意见》: a certified community
    # full-time worker in a professional post gets ONLY the post appraisal
    both = _w(post_type="社区专职工作者", level="社会工作师", professional_post=1)
    assert ap.kind_for(both) == "post"
    assert "仅进行岗位绩效考评" in ap.why_kind(both)
    assert ap.kind_for(_w(post_type="社工站驻站社工", professional_post=1)) == "post"
    assert ap.kind_for(_w(post_type="社区专职工作者")) is None
    assert "没有职业水平证书" in ap.why_kind(_w(post_type="社区专职工作者"))
    assert ap.kind_for(_w(post_type="社工机构", level="社会工作师")) is None


def test_override_needs_reason() -> None:
    assert ap.check_override("community", "community", None) is None
    assert ap.check_override(None, "community", " 试用期满 ") == "试用期满"
    with pytest.raises(RuleError, match="理由"):
        ap.check_override("post", "community", "  ")
    with pytest.raises(RuleError, match="理由"):
        ap.check_override("post", None, "")


def test_state_transitions() -> None:
    assert ap.check_transition("draft", "finalized") is None
    assert ap.check_transition("finalized", "signed") is None
    assert ap.check_transition("finalized", "draft", "改分") == "改分"
    assert ap.check_transition("signed", "draft", "签错人") == "签错人"
    for old, new in (("draft", "signed"), ("signed", "finalized"), ("draft", "draft")):
        with pytest.raises(RuleError, match="不能改为"):
            ap.check_transition(old, new)
    with pytest.raises(RuleError, match="理由"):
        ap.check_transition("signed", "draft", " ")
    with pytest.raises(RuleError, match="没有打分"):
        ap.check_transition("draft", "finalized", missing=["专业服务"])
    ap.check_editable("draft")
    with pytest.raises(RuleError, match="已签字"):
        ap.check_editable("signed", "张三")
    with pytest.raises(RuleError, match="已定稿"):
        ap.check_editable("finalized")


def _sheet() -> ap.Sheet:
    return ap.Sheet(
        round_id="r1",
        year=2024,
        unit_name="测试街道",
        template=TEMPLATE,
        rules=RULES,
        worker_id="w1",
        person={
            "name": "张三",
            "gender": "男",
            "unit": "玉林社区",
            "post": "社区专职工作者",
            "level": "社工员",
        },
        scores={"职业伦理": 28, "专业服务": 65},
        item_comments={"专业服务": "个案记录完整"},
    )


def test_hash_is_stable_and_changes_with_content() -> None:
    s = _sheet()
    assert s.total == 93 and s.grade == "优秀"
    assert s.title == "测试街道 社区社会工作者绩效考评表（2024年度）"
    assert s.hash == _sheet().hash and len(s.hash) == 64
    assert len(s.short_hash) == 14 and s.short_hash.count("-") == 2
    assert s.qr_text() == f"SWDESK-APPRAISAL:R1:W1:{s.hash.upper()}"
    # the state is not content: signing does not change what the paper shows
    assert dataclasses.replace(s, state="signed").hash == s.hash
    changes = [
        {"scores": {"职业伦理": 27, "专业服务": 65}},
        {"item_comments": {"专业服务": "个案记录完整。"}},
        {"overall_comment": "好"},
        {"discipline": "警告"},
        {"person": {**s.person, "level": "社会工作师"}},
        {"year": 2025},
        {"template": dataclasses.replace(TEMPLATE, version=2)},
    ]
    hashes = {dataclasses.replace(s, **c).hash for c in changes}
    assert s.hash not in hashes and len(hashes) == len(changes)


def test_comment_and_discipline_checks() -> None:
    assert ap.check_comment("  ", "评语") is None
    with pytest.raises(RuleError, match="太长"):
        ap.check_comment("字" * 2001, "评语")
    assert ap.check_discipline("无") is None
    assert ap.check_discipline("记过") == "记过"
    with pytest.raises(RuleError, match="可选"):
        ap.check_discipline("开除")
