"""Rules of the yearly appraisal (绩效考评): templates, scores, grades, states, hashes.

The two appraisals and who gets which follow Chengdu's
《成都市加强社区社会工作服务助推城乡社区发展治理的实施意见》 (2020); the shipped community
template takes its items from the duties in 《成都市社区社会工作者绩效考评制度》.

Pure rules, no storage: the store keeps templates, rounds and appraisals and asks this module
what a score, a total, a grade or a state change means. Items, weights, grade lines and
disciplinary caps differ by locality, so they arrive here as data (``Template``, ``Rules``),
never as constants.

The content hash lets a signed paper be matched to its record: it is the sha256 of a canonical
JSON of everything the sheet shows, so any change to a score, a comment or the person's printed
data gives another hash, while storage details (row ids, timestamps, sync versions) do not.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from swdesk.core import enums
from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import msg
from swdesk.core.text import clean_text

# Stored vocabulary (the convention is described in ``core.enums``). Kinds and states are stored
# as codes and printed with their Chinese labels; disciplines are stored as the Chinese word. The
# interface shows the labels through the "enum" context (a rule message naming a kind, state or
# discipline is translated with them).
KIND_COMMUNITY = "community"
KIND_POST = "post"
KINDS: tuple[str, ...] = (KIND_COMMUNITY, KIND_POST)
KIND_LABELS: dict[str, str] = {
    KIND_COMMUNITY: _N("enum", "社区社会工作者"),
    KIND_POST: _N("enum", "社区社工专业岗位"),
}
STATE_DRAFT = "draft"
STATE_FINALIZED = "finalized"
STATE_SIGNED = "signed"
STATES: tuple[str, ...] = (STATE_DRAFT, STATE_FINALIZED, STATE_SIGNED)
STATE_LABELS: dict[str, str] = {
    STATE_DRAFT: _N("enum", "草稿"),
    STATE_FINALIZED: _N("enum", "已定稿"),
    STATE_SIGNED: _N("enum", "已签字"),
}
DISCIPLINE_WARNING = _N("enum", "警告")
DISCIPLINE_DEMERIT = _N("enum", "记过")
DISCIPLINES: tuple[str, ...] = (DISCIPLINE_WARNING, DISCIPLINE_DEMERIT)
# What people type for "no discipline" (stored as NULL).
NO_DISCIPLINE = "无"
COMMUNITY_POST_TYPE = enums.POST_COMMUNITY_WORKER
# Post types whose professional-post holders the township does not appraise. Chengdu's
# 《成都市加强社区社会工作服务助推城乡社区发展治理的实施意见》 has the 镇（街道） appraise the
# professional posts in 镇（街道）社区服务中心 and 城乡社区; posts in a 社工机构 are staffed through
# purchased services and evaluated by the purchaser of the service. Rules may name others.
DEFAULT_NOT_APPRAISED: tuple[str, ...] = (enums.POST_AGENCY,)
MAX_COMMENT = 2000
# An item's comment stays short enough that its table row fits on one printed page.
MAX_ITEM_COMMENT = 500
MAX_ITEMS = 40

# state → states reachable from it; going back (reopen) needs a reason, see ``check_transition``.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    STATE_DRAFT: (STATE_FINALIZED,),
    STATE_FINALIZED: (STATE_SIGNED, STATE_DRAFT),
    STATE_SIGNED: (STATE_DRAFT,),
}


# -- templates ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    group: str
    name: str
    description: str
    max: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "name": self.name,
            "description": self.description,
            "max": self.max,
        }


@dataclass(frozen=True)
class Template:
    key: str
    kind: str
    name: str
    items: tuple[Item, ...]
    version: int = 1

    @property
    def total_max(self) -> float:
        return _round1(sum(i.max for i in self.items))

    @property
    def sheet_title(self) -> str:
        return self.name if self.name.endswith("表") else self.name + "表"

    def item(self, name: str) -> Item:
        for it in self.items:
            if it.name == name:
                return it
        raise RuleError(
            msg(
                "考评表“{sheet}”没有“{item}”这一项。可选：{choices}。",
                sheet=self.name,
                item=name,
                choices=[i.name for i in self.items],
            )
        )

    def groups(self) -> list[tuple[str, list[Item]]]:
        """Items by group, groups in first-seen order (the sheet prints one heading each)."""
        out: dict[str, list[Item]] = {}
        for it in self.items:
            out.setdefault(it.group, []).append(it)
        return list(out.items())

    def items_json(self) -> str:
        return json.dumps([i.to_dict() for i in self.items], ensure_ascii=False)


def _round1(x: float) -> float:
    return float(Decimal(str(x)).quantize(Decimal("0.1")))


def parse_max(raw: object, what: str) -> float:
    value = _number(raw, what)
    if value <= 0 or value > 100:
        raise RuleError(
            msg("{what}的分值 {value} 不对，应当大于 0、不超过 100。", what=what, value=str(raw))
        )
    return value


def _number(raw: object, what: str) -> float:
    """A number with at most one decimal place (scores are written as 8 or 8.5)."""
    if isinstance(raw, bool) or raw is None:
        raise RuleError(msg("{what}没有填写分数。", what=what))
    text = str(raw).strip().replace("．", ".")
    try:
        d = Decimal(text)
    except InvalidOperation:
        raise RuleError(msg("{what}的分数“{value}”不是数字。", what=what, value=str(raw))) from None
    if not d.is_finite():
        raise RuleError(msg("{what}的分数“{value}”不是数字。", what=what, value=str(raw)))
    if d != d.quantize(Decimal("0.1")):
        raise RuleError(msg("{what}的分数 {value} 最多保留一位小数。", what=what, value=str(raw)))
    return float(d)


def template_from_dict(raw: dict[str, Any], version: int = 1) -> Template:
    """Validate a template (preset file or editor): names unique, maxima positive, total 100."""
    name = str(raw.get("name") or "").strip()
    if not name:
        raise RuleError(msg("考评表名称不能为空。"))
    kind = str(raw.get("kind") or "")
    if kind not in KINDS:
        raise RuleError(
            msg(
                "考评表类别“{kind}”不对，应为 community（社区社工）或 post（专业岗位）。", kind=kind
            )
        )
    items_raw = raw.get("items") or []
    if not items_raw:
        raise RuleError(msg("考评表“{sheet}”没有考评项目，请至少添加一项。", sheet=name))
    if len(items_raw) > MAX_ITEMS:
        raise RuleError(
            msg("考评表“{sheet}”的项目太多（最多 {limit} 项）。", sheet=name, limit=MAX_ITEMS)
        )
    items: list[Item] = []
    seen: set[str] = set()
    for n, it in enumerate(items_raw, 1):
        iname = str(it.get("name") or "").strip()
        if not iname:
            raise RuleError(msg("第 {n} 项考评项目没有名称。", n=n))
        if iname in seen:
            raise RuleError(msg("考评项目“{item}”重复了，每一项的名称要不同。", item=iname))
        seen.add(iname)
        group = str(it.get("group") or "").strip() or "考评内容"
        items.append(
            Item(
                group,
                iname,
                str(it.get("description") or "").strip(),
                parse_max(it.get("max"), f"“{iname}”"),
            )
        )
    total = _round1(sum(i.max for i in items))
    if total != 100:
        raise RuleError(
            msg(
                "考评表“{sheet}”各项分值合计 {total:g} 分，应为 100 分，请调整。",
                sheet=name,
                total=total,
            )
        )
    key = str(raw.get("key") or kind).strip()
    return Template(key, kind, name, tuple(items), version)


# -- grade rules ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rules:
    """Grade lines (highest first), the grade below the last line, and disciplinary caps."""

    grades: tuple[tuple[str, float], ...]
    fail_grade: str
    caps: dict[str, str] = field(default_factory=dict)
    # post types whose professional-post holders are appraised by someone else (see above)
    not_appraised: tuple[str, ...] = DEFAULT_NOT_APPRAISED

    @property
    def order(self) -> list[str]:
        """Grades best first."""
        return [g for g, _ in self.grades] + [self.fail_grade]

    def to_dict(self) -> dict[str, Any]:
        return {
            "grades": [{"name": g, "min": m} for g, m in self.grades],
            "fail_grade": self.fail_grade,
            "caps": dict(self.caps),
            "not_appraised_post_types": list(self.not_appraised),
        }


def rules_from_dict(
    raw: dict[str, Any], missing_scope: tuple[str, ...] = DEFAULT_NOT_APPRAISED
) -> Rules:
    """Validate grade rules. ``missing_scope`` is the scope when the data has no
    ``not_appraised_post_types`` key: the default for a settings file, while a round made before
    the key existed passes ``()`` — it keeps the rule it was made with (everyone in a post)."""
    lines: list[tuple[str, float]] = []
    for g in raw.get("grades") or []:
        name = str(g.get("name") or "").strip()
        if not name:
            raise RuleError(msg("等次名称不能为空。"))
        lines.append((name, _number(g.get("min"), msg("等次“{grade}”", grade=name))))
    if not lines:
        raise RuleError(msg("至少要有一个等次分数线。"))
    lines.sort(key=lambda x: -x[1])
    mins = [m for _, m in lines]
    if len(set(mins)) != len(mins):
        raise RuleError(msg("两个等次的分数线相同，请调整。"))
    if any(m < 0 or m > 100 for m in mins):
        raise RuleError(msg("等次分数线应在 0 到 100 之间。"))
    fail = str(raw.get("fail_grade") or "").strip()
    if not fail:
        raise RuleError(msg("请填写低于最低分数线时的等次名称（如“不合格”）。"))
    names = [n for n, _ in lines] + [fail]
    if len(set(names)) != len(names):
        raise RuleError(msg("等次名称重复了。"))
    caps = {}
    for disc, cap in (raw.get("caps") or {}).items():
        if disc not in DISCIPLINES:
            raise RuleError(
                msg("处分“{value}”不对，可选：{choices}。", value=disc, choices=DISCIPLINES)
            )
        if cap not in names:
            raise RuleError(
                msg(
                    "处分“{discipline}”封顶的等次“{grade}”不在等次中：{grades}。",
                    discipline=disc,
                    grade=cap,
                    grades=names,
                )
            )
        caps[disc] = cap
    return Rules(tuple(lines), fail, caps, _scope(raw, missing_scope))


def _scope(raw: dict[str, Any], missing: tuple[str, ...]) -> tuple[str, ...]:
    if "not_appraised_post_types" not in raw:
        return missing
    value = raw["not_appraised_post_types"]
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, list):
        raise RuleError(
            msg(
                "不由本单位考评的岗位类型应当是一组岗位类型（如“社工机构”），不是“{value}”。",
                value=str(value),
            )
        )
    out: list[str] = []
    for v in value:
        if v not in enums.POST_TYPES:
            raise RuleError(
                msg(
                    "不由本单位考评的岗位类型“{value}”不对，可选：{choices}。",
                    value=str(v),
                    choices=enums.POST_TYPES,
                )
            )
        if v not in out:
            out.append(v)
    return tuple(out)


def grade_for(total: float, rules: Rules, discipline: str | None = None) -> str:
    """The grade at ``total`` (a line is reached at exactly its score), then the cap, if any."""
    grade = rules.fail_grade
    for name, minimum in rules.grades:
        if total >= minimum:
            grade = name
            break
    cap = rules.caps.get(discipline or "")
    if cap is not None:
        order = rules.order
        if order.index(grade) < order.index(cap):
            grade = cap
    return grade


# -- scores -----------------------------------------------------------------------------------
def parse_score(raw: object, item: Item) -> float:
    """A score for ``item``: a number from 0 to its maximum, at most one decimal place."""
    value = _number(raw, f"“{item.name}”")
    if value < 0 or value > item.max:
        raise RuleError(
            msg(
                "“{item}”满分 {max:g} 分，分数应在 0 到 {max:g} 之间。",
                item=item.name,
                max=item.max,
            )
        )
    return value


def total_of(template: Template, scores: dict[str, float]) -> float | None:
    """Sum of the scores, or None while any item is still unscored."""
    if any(scores.get(i.name) is None for i in template.items):
        return None
    return _round1(sum(float(scores[i.name]) for i in template.items))


def partial_total(template: Template, scores: dict[str, float]) -> float:
    return _round1(sum(float(scores.get(i.name) or 0) for i in template.items))


def missing_items(template: Template, scores: dict[str, float]) -> list[str]:
    return [i.name for i in template.items if scores.get(i.name) is None]


def check_comment(text: str | None, what: str, limit: int = MAX_COMMENT) -> str | None:
    """A comment as typed: hidden marks removed, a control character refused naming ``what``
    (line breaks may stay: a comment is a paragraph), at most ``limit`` characters."""
    t = clean_text(text or "", what, multiline=True, prose=True)
    if len(t) > limit:
        raise RuleError(
            msg("{what}太长（{count} 字，最多 {limit} 字）。", what=what, count=len(t), limit=limit)
        )
    return t or None


def check_discipline(raw: str | None) -> str | None:
    d = (raw or "").strip()
    if d in ("", NO_DISCIPLINE):
        return None
    if d not in DISCIPLINES:
        raise RuleError(
            msg("处分“{value}”不对，可选：无、{choices}。", value=d, choices=DISCIPLINES)
        )
    return d


# -- who gets which --------------------------------------------------------------------------------
def kind_for(worker: dict[str, Any], rules: Rules | None = None) -> str | None:
    """Which appraisal a worker gets (Chengdu's 实施意见, see the module docstring), or None.

    A professional-post holder gets the post appraisal — **only** that one, even when also a
    certified community full-time worker — unless the post's type is one the rules leave to
    someone else (``Rules.not_appraised``; without rules, the default: 社工机构). A certified
    (any level, 社工员 included) community full-time worker gets the community-worker appraisal.
    Nobody else is appraised by default.
    """
    if worker.get("professional_post"):
        if _appraised_elsewhere(worker, rules):
            return None
        return KIND_POST
    if worker.get("post_type") == COMMUNITY_POST_TYPE and worker.get("level"):
        return KIND_COMMUNITY
    return None


def _appraised_elsewhere(worker: dict[str, Any], rules: Rules | None) -> bool:
    scope = DEFAULT_NOT_APPRAISED if rules is None else rules.not_appraised
    return worker.get("post_type") in scope


def why_kind(worker: dict[str, Any], rules: Rules | None = None) -> str:
    """Why ``kind_for`` decided so, in a few words (the new-round dialog shows it per person)."""
    kind = kind_for(worker, rules)
    if kind is None and worker.get("professional_post") and _appraised_elsewhere(worker, rules):
        return msg("{post}岗位由购买服务方考评", post=worker.get("post_type") or "")
    if kind == KIND_POST:
        if worker.get("post_type") == COMMUNITY_POST_TYPE and worker.get("level"):
            return msg("持证社区专职工作者在专业岗位上，仅进行岗位绩效考评")
        return msg("社会工作专业岗位人员")
    if kind == KIND_COMMUNITY:
        return msg("持证社区专职工作者")
    if worker.get("post_type") == COMMUNITY_POST_TYPE:
        return msg("社区专职工作者，但没有职业水平证书")
    return msg("不是社区专职工作者，也不在专业岗位上")


def check_override(default: str | None, chosen: str | None, reason: str | None) -> str | None:
    """A change to who-gets-which needs a reason; returns the cleaned reason (None if no change)."""
    if chosen is not None and chosen not in KINDS:
        raise RuleError(msg("考评类别“{kind}”不对。", kind=chosen))
    if chosen == default:
        return None
    r = clean_text(reason or "", msg("理由"), multiline=True, prose=True)
    if not r:
        raise RuleError(msg("改变某人参加哪一种考评（或不参加）需要写明理由。"))
    return r


# -- states -----------------------------------------------------------------------------------
def check_transition(
    old: str, new: str, reason: str | None = None, missing: list[str] | None = None
) -> str | None:
    """Refuse a state change the workflow does not allow; returns the cleaned reason."""
    if new not in TRANSITIONS.get(old, ()):
        raise RuleError(
            msg(
                "考评表现在是“{old}”，不能改为“{new}”。",
                old=STATE_LABELS.get(old, old),
                new=STATE_LABELS.get(new, new),
            )
        )
    if new == STATE_FINALIZED and missing:
        raise RuleError(
            msg(
                "还有 {count} 项没有打分（{items}），不能定稿。",
                count=len(missing),
                items=missing[:5],
            )
        )
    r = clean_text(reason or "", msg("理由"), multiline=True, prose=True)
    if new == STATE_DRAFT and not r:
        raise RuleError(
            msg("退回“{state}”的考评表需要写明理由（会记入修改记录）。", state=STATE_LABELS[old])
        )
    return r or None


def check_editable(state: str, name: str = "") -> None:
    """Scores and comments change only in 草稿."""
    if state == STATE_SIGNED:
        if name:
            raise RuleError(
                msg(
                    "{name}的考评表已签字，不能修改。确需更正，请先退回（reopen）并写明理由，"
                    "再重新打印签字。",
                    name=name,
                )
            )
        raise RuleError(
            msg("考评表已签字，不能修改。确需更正，请先退回（reopen）并写明理由，再重新打印签字。")
        )
    if state == STATE_FINALIZED:
        if name:
            raise RuleError(
                msg("{name}的考评表已定稿，不能修改。如需修改，请先退回并写明理由。", name=name)
            )
        raise RuleError(msg("考评表已定稿，不能修改。如需修改，请先退回并写明理由。"))


# -- content hash -----------------------------------------------------------------------------------
def canonical(content: dict[str, Any]) -> str:
    """Stable JSON: sorted keys, no spaces, numbers as written by ``_round1``."""
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()


def short_hash(full: str) -> str:
    """First 12 hex digits in groups of four, upper case: easy to read off a paper and compare."""
    s = full[:12].upper()
    return "-".join(s[i : i + 4] for i in range(0, 12, 4))


QR_PREFIX = "SWDESK-APPRAISAL:"


@dataclass(frozen=True)
class PaperCode:
    """What was read off a printed sheet: the footer's short code, or the QR code's text."""

    digits: str  # the hex digits known (12 from the short code, 64 from the QR code)
    round_id: str | None = None
    worker_id: str | None = None

    def matches(self, full_hash: str) -> bool:
        return full_hash.lower().startswith(self.digits)


def parse_paper_code(text: str) -> PaperCode:
    """The short code as printed (``FB97-97B7-B016``, spaces or dashes optional) or the text a
    QR scanner types (``SWDESK-APPRAISAL:<round>:<worker>:<hash>``)."""
    t = (text or "").strip()
    if t.upper().startswith(QR_PREFIX):
        parts = t[len(QR_PREFIX) :].split(":")
        if len(parts) == 3 and len(parts[2]) == 64:
            digits = parts[2].lower()
            if all(c in "0123456789abcdef" for c in digits):
                return PaperCode(digits, parts[0].lower(), parts[1].lower())
        raise RuleError(msg("二维码内容不完整，请重新扫描，或输入页脚的“记录校验码”。"))
    digits = "".join(c for c in t.lower() if c not in " -－　")
    if len(digits) != 12 or any(c not in "0123456789abcdef" for c in digits):
        raise RuleError(
            msg(
                "“{code}”不是记录校验码：应为页脚“记录校验码”后的 12 位，例如 FB97-97B7-B016。",
                code=t,
            )
        )
    return PaperCode(digits)


# -- one sheet ------------------------------------------------------------------------------------
PERSON_FIELDS: tuple[str, ...] = ("name", "gender", "unit", "post", "level")


@dataclass
class Sheet:
    """One worker's appraisal as the paper shows it: what the PDF prints and the hash covers."""

    round_id: str
    year: int
    unit_name: str
    template: Template
    rules: Rules
    worker_id: str
    person: dict[str, str]
    scores: dict[str, float] = field(default_factory=dict)
    item_comments: dict[str, str] = field(default_factory=dict)
    overall_comment: str | None = None
    discipline: str | None = None
    state: str = STATE_DRAFT

    @property
    def total(self) -> float | None:
        return total_of(self.template, self.scores)

    @property
    def grade(self) -> str | None:
        t = self.total
        return None if t is None else grade_for(t, self.rules, self.discipline)

    @property
    def title(self) -> str:
        return f"{self.unit_name} {self.template.sheet_title}（{self.year}年度）"

    def content(self) -> dict[str, Any]:
        """Everything printed on the sheet, and nothing about storage."""
        return {
            "round": self.round_id,
            "year": self.year,
            "unit": self.unit_name,
            "template": {
                "key": self.template.key,
                "version": self.template.version,
                "name": self.template.name,
                "items": [[i.group, i.name, i.max] for i in self.template.items],
            },
            "worker": self.worker_id,
            "person": {k: self.person.get(k) or "" for k in PERSON_FIELDS},
            "scores": {i.name: self.scores.get(i.name) for i in self.template.items},
            "comments": {i.name: self.item_comments.get(i.name) or "" for i in self.template.items},
            "overall": self.overall_comment or "",
            "discipline": self.discipline or "",
            "total": self.total,
            "grade": self.grade,
        }

    @property
    def hash(self) -> str:
        return content_hash(self.content())

    @property
    def short_hash(self) -> str:
        return short_hash(self.hash)

    def qr_text(self, content_hash: str | None = None) -> str:
        """What the footer's QR code holds: round id, worker id and full hash, to find the record.

        Upper case, ``:`` separated: every character is in the QR alphanumeric set, which
        packs 5.5 bits a character instead of 8 — a smaller symbol, quicker to encode and to
        scan. (Ids are stored lower case: compare case-insensitively.)
        """
        h = content_hash or self.hash  # the caller may have it already: it costs a JSON dump
        return f"{QR_PREFIX}{self.round_id}:{self.worker_id}:{h}".upper()
