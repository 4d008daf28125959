"""National social-work exam (全国社会工作者职业水平考试) rules: subjects, pass rules, eligibility.

Pure rules: no SQL, no files. The store hands in a worker's results across years and the
year's settings; the GUI, CLI and Excel read what comes out, so every view agrees.

Everything a province may change is data (``ExamRules``, loaded from
``resources/settings/exam_presets.json`` or the data file's own copy):

* subjects per level (初级 two, 中级 three, 高级 one plus a provincial 评审);
* the pass rule per level as a window of consecutive exam years inside which every subject of
  the level must be passed: 初级 1 (all in one year), 中级 2 (rolling: a subject passed in year
  Y still counts in year Y + 1), 高级 1 — and 高级 then needs the 评审 while its results
  certificate (成绩合格证明) is valid: 3 years from the day it is issued (《高级社会工作师评价办法》
  2018); the issue day is the year's results date, else its last exam day (the earliest it can
  be, so a missing date warns early rather than late), else 31 December of the exam year;
* the pass line per subject (60 of 100 by default), with lower lines for special areas set
  per exam year;
* the eligibility table: education (that level or higher) × social-work major × years of
  social-work experience, counted to 31 December of the exam year (a full year is counted when
  the anniversary of the start falls on or before 1 January of the next year, so work started
  on 1 January 2020 counts 5 full years by 31 December 2024); 高级 also needs a 社会工作师
  certificate held for some years.

Decisions (tested in ``tests/test_exam_rules.py``):

* a subject marked absent (缺考) or still without a score is not passed; a registration is
  *pending* (``passed`` None) while any subject it sits has neither a score nor an absence,
  and for 高级 while the results certificate is valid and the review has not decided;
* a 中级 registration need only sit the subjects not passed in the earlier years of its
  window; subjects passed outside the window must be sat again;
* the pass of a registration is judged with each year's own pass lines, so lowering a year's
  line later (special area announced after the results) re-judges that year only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from swdesk.core import enums
from swdesk.core.ce import _number
from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import Text, msg

# Stored vocabulary, one constant per value (the convention is described in ``core.enums``).
EXAM_PRIMARY = _N("enum", "初级")
EXAM_INTERMEDIATE = _N("enum", "中级")
EXAM_SENIOR = _N("enum", "高级")
EXAM_LEVELS: tuple[str, ...] = (EXAM_PRIMARY, EXAM_INTERMEDIATE, EXAM_SENIOR)
STATE_PLANNED = _N("enum", "拟报名")
STATE_REGISTERED = _N("enum", "已报名")
STATE_PAID = _N("enum", "已缴费")
STATE_SAT = _N("enum", "已参考")
STATE_ABSENT = _N("enum", "缺考")
STATES: tuple[str, ...] = (STATE_PLANNED, STATE_REGISTERED, STATE_PAID, STATE_SAT, STATE_ABSENT)
# States in which a worker counts as having sat the exam (a score implies 已参考).
SAT_STATES: tuple[str, ...] = (STATE_SAT,)
PAID_STATES: tuple[str, ...] = (STATE_PAID, STATE_SAT, STATE_ABSENT)
REVIEW_PASSED = _N("enum", "通过")
REVIEW_FAILED = _N("enum", "未通过")
REVIEW_RESULTS: tuple[str, ...] = (REVIEW_PASSED, REVIEW_FAILED)
# What people type in score sheets for an absence (read as ``STATE_ABSENT``).
ABSENT_WORDS: tuple[str, ...] = (STATE_ABSENT, "缺", "未参考", "缺席")
# A certificate proposal of a passed registration: pending, accepted (certificate made), declined.
PROPOSAL_PENDING = _N("enum", "待确认")
PROPOSAL_ACCEPTED = _N("enum", "已建证")
PROPOSAL_DECLINED = _N("enum", "不建证")
# Terms of the national preset that the interface shows through the "enum" context: subject
# and fee-item names are data (a province may rename them), these are their usual values.
FEE_REGISTRATION = _N("enum", "报名费")
FEE_BOOKS = _N("enum", "书本费")
FEE_TRAVEL = _N("enum", "差旅费")
FEE_ITEMS: tuple[str, ...] = (FEE_REGISTRATION, FEE_BOOKS, FEE_TRAVEL)
# Who may have exam fees reimbursed (a locality setting, ``Reimbursement.who``): stored as codes.
# There is no national rule (the national preset: anyone). Qijiang's
# 《重庆市綦江区民政局关于进一步加强社会工作专业人才队伍建设工作的通知》 says: "通过培训考试取得
# 社工职业水平证书的机关、事业单位社会工作专业人才，可按规定报销报名考试费、书本费和差旅费；在村
# （社区）工作的社会工作专业人才，其考试费、差旅费、书本费由村（社区）按规定报销". The condition
# of obtaining the certificate is written into the first clause (机关、事业单位); the second,
# parallel to it under the heading 落实激励机制 and followed by "同时可由所在村（社区）按获得职业水平
# 等次适当地给予一定奖励", rewards the same achievement, so the Qijiang preset (township stations
# register village and community staff) is ``certified`` — passed, and the certificate accepted
# into the file — paid by 所在村（社区）. A locality that pays for sitting the exam sets ``sat``.
REIMBURSE_ANYONE = "anyone"
REIMBURSE_SAT = "sat"
REIMBURSE_PASSED = "passed"
REIMBURSE_CERTIFIED = "certified"
REIMBURSE_WHO: tuple[str, ...] = (
    REIMBURSE_ANYONE,
    REIMBURSE_SAT,
    REIMBURSE_PASSED,
    REIMBURSE_CERTIFIED,
)
REIMBURSE_WHO_LABELS: dict[str, str] = {
    REIMBURSE_ANYONE: _N("enum", "报名即可报销"),
    REIMBURSE_SAT: _N("enum", "参加考试（非缺考）才报销"),
    REIMBURSE_PASSED: _N("enum", "考试合格才报销"),
    REIMBURSE_CERTIFIED: _N("enum", "考试合格并取得证书才报销"),
}
PRESET_LABELS: tuple[str, ...] = (
    _N("enum", "社会工作综合能力（初级）"),
    _N("enum", "社会工作实务（初级）"),
    _N("enum", "社会工作综合能力（中级）"),
    _N("enum", "社会工作实务（中级）"),
    _N("enum", "社会工作法规与政策"),
    _N("enum", "社会工作实务（高级）"),
    *FEE_ITEMS,
)


# -- settings -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class LevelRule:
    """One exam level: its certificate, subjects and pass rule."""

    level: str
    certificate: str
    subjects: tuple[str, ...]
    window_years: int = 1
    review: bool = False
    results_valid_years: int = 0


@dataclass(frozen=True)
class EligibilityRow:
    """One way to be eligible: education at least ``education``, the major condition, years.

    ``sw_major`` True/False requires a social-work / another major; None accepts either.
    ``certificate`` (高级): a certificate of that level held for ``certificate_years`` full years.
    """

    level: str
    education: str
    sw_major: bool | None
    years: int
    certificate: str | None = None
    certificate_years: int = 0


@dataclass(frozen=True)
class Reimbursement:
    """Whose exam fees are reimbursed, which items, and who pays (printed on the fee sheet).

    ``items`` empty: every fee item of the rules. ``payer`` empty: not named.
    """

    who: str = REIMBURSE_ANYONE
    items: tuple[str, ...] = ()
    payer: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"who": self.who, "items": list(self.items), "payer": self.payer}


@dataclass(frozen=True)
class ExamRules:
    preset: str
    name: str
    levels: Mapping[str, LevelRule]
    max_score: float = 100.0
    pass_line: float = 60.0
    # 0 = not set: provinces publish their own fee per subject each year (no national figure).
    fee_per_subject: float = 0.0
    fee_items: tuple[str, ...] = FEE_ITEMS
    eligibility: tuple[EligibilityRow, ...] = ()
    reimbursement: Reimbursement = field(default_factory=Reimbursement)

    def level(self, level: str) -> LevelRule:
        rule = self.levels.get(level)
        if rule is None:
            raise RuleError(
                msg(
                    "考试级别“{level}”不对，可选：{choices}。",
                    level=level,
                    choices=list(self.levels),
                )
            )
        return rule

    def subjects(self, level: str) -> tuple[str, ...]:
        return self.level(level).subjects

    def all_subjects(self) -> list[str]:
        return [s for rule in self.levels.values() for s in rule.subjects]

    def level_of_subject(self, subject: str) -> str:
        for rule in self.levels.values():
            if subject in rule.subjects:
                return rule.level
        raise RuleError(
            msg(
                "科目“{subject}”不是考试科目，可选：{choices}。",
                subject=subject,
                choices=self.all_subjects(),
            )
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "preset": self.preset,
            "name": self.name,
            "max_score": self.max_score,
            "pass_line": self.pass_line,
            "fee_per_subject": self.fee_per_subject,
            "fee_items": list(self.fee_items),
            "reimbursement": self.reimbursement.to_dict(),
            "levels": [
                {
                    "level": r.level,
                    "certificate": r.certificate,
                    "subjects": list(r.subjects),
                    "window_years": r.window_years,
                    "review": r.review,
                    "results_valid_years": r.results_valid_years,
                }
                for r in self.levels.values()
            ],
            "eligibility": [
                {
                    "level": e.level,
                    "education": e.education,
                    "sw_major": e.sw_major,
                    "years": e.years,
                    "certificate": e.certificate,
                    "certificate_years": e.certificate_years,
                }
                for e in self.eligibility
            ],
        }


def number(raw: object, what: str, *, minimum: float, maximum: float) -> float:
    """A number typed or read from a cell, inside [minimum, maximum]; RuleError saying why not.

    The same reading as continuing education's hours (one rule for "a number in a range")."""
    return _number(raw, what, minimum=minimum, maximum=maximum)


def _whole(raw: object, what: str, minimum: int, maximum: int) -> int:
    value = number(raw, what, minimum=minimum, maximum=maximum)
    if not value.is_integer():
        raise RuleError(msg("{field}应当是整数，现在是 {value}。", field=what, value=raw))
    return int(value)


def rules_from_dict(raw: Mapping[str, Any]) -> ExamRules:
    """Validate rules read from JSON (a preset or the data file); RuleError saying what is wrong."""
    levels: dict[str, LevelRule] = {}
    seen_subjects: set[str] = set()
    for item in raw.get("levels") or []:
        level = str(item.get("level") or "")
        if level not in EXAM_LEVELS or level in levels:
            raise RuleError(
                msg(
                    "考试级别“{level}”不对或重复，可选：{choices}。",
                    level=level,
                    choices=EXAM_LEVELS,
                )
            )
        cert = str(item.get("certificate") or "")
        if cert not in enums.LEVELS:
            raise RuleError(
                msg(
                    "{level}对应的证书等级“{cert}”不对，可选：{choices}。",
                    level=level,
                    cert=cert,
                    choices=enums.LEVELS,
                )
            )
        subjects = tuple(str(s).strip() for s in item.get("subjects") or [] if str(s).strip())
        if not subjects:
            raise RuleError(msg("{level}没有考试科目。", level=level))
        for s in subjects:
            if s in seen_subjects:
                raise RuleError(
                    msg("科目“{subject}”重复出现。每个科目只能属于一个级别。", subject=s)
                )
            seen_subjects.add(s)
        levels[level] = LevelRule(
            level=level,
            certificate=cert,
            subjects=subjects,
            window_years=_whole(
                item.get("window_years", 1), msg("{level}的合格年限", level=level), 1, 10
            ),
            review=bool(item.get("review", False)),
            results_valid_years=_whole(
                item.get("results_valid_years", 0),
                msg("{level}成绩证明有效年限", level=level),
                0,
                10,
            ),
        )
    if not levels:
        raise RuleError(msg("考试规则里没有任何级别。"))
    max_score = number(raw.get("max_score", 100), msg("满分"), minimum=1, maximum=1000)
    items = tuple(str(i).strip() for i in raw.get("fee_items") or FEE_ITEMS)
    if not items or "" in items or len(set(items)) != len(items):
        raise RuleError(msg("费用项目不能为空或重复。"))
    rows = []
    for e in raw.get("eligibility") or []:
        level = str(e.get("level") or "")
        if level not in levels:
            raise RuleError(
                msg(
                    "报考条件中的级别“{level}”不对，可选：{choices}。",
                    level=level,
                    choices=list(levels),
                )
            )
        education = str(e.get("education") or "")
        if education not in enums.EDUCATIONS:
            raise RuleError(
                msg(
                    "报考条件中的学历“{education}”不对，可选：{choices}。",
                    education=education,
                    choices=enums.EDUCATIONS,
                )
            )
        cert = e.get("certificate")
        if cert is not None and cert not in enums.LEVELS:
            raise RuleError(msg("报考条件中的证书等级“{cert}”不对。", cert=cert))
        major = e.get("sw_major")
        rows.append(
            EligibilityRow(
                level=level,
                education=education,
                sw_major=None if major is None else bool(major),
                years=_whole(e.get("years", 0), msg("报考条件中的工作年限"), 0, 50),
                certificate=cert,
                certificate_years=_whole(
                    e.get("certificate_years", 0), msg("取得证书后年限"), 0, 50
                ),
            )
        )
    return ExamRules(
        preset=str(raw.get("preset") or "custom"),
        name=str(raw.get("name") or "自定义"),
        levels=levels,
        max_score=max_score,
        pass_line=number(raw.get("pass_line", 60), msg("合格线"), minimum=0, maximum=max_score),
        fee_per_subject=number(
            raw.get("fee_per_subject") or 0, msg("每科报名费"), minimum=0, maximum=10000
        ),
        fee_items=items,
        eligibility=tuple(rows),
        reimbursement=_reimbursement(raw.get("reimbursement"), items),
    )


def _reimbursement(raw: object, fee_items: tuple[str, ...]) -> Reimbursement:
    """The reimbursement setting; absent: anyone, every item (what the national preset does)."""
    if raw is None:
        return Reimbursement()
    if not isinstance(raw, Mapping):
        raise RuleError(msg("报销规则应当是一组设置（who、items、payer）。"))
    who = str(raw.get("who") or REIMBURSE_ANYONE)
    if who not in REIMBURSE_WHO:
        raise RuleError(
            msg(
                "报销规则的报销对象“{value}”不对，可选：{choices}。",
                value=who,
                choices=[f"{k}（{REIMBURSE_WHO_LABELS[k]}）" for k in REIMBURSE_WHO],
            )
        )
    items_raw = raw.get("items") or []
    if isinstance(items_raw, str) or not isinstance(items_raw, list):
        raise RuleError(msg("报销规则的费用项目应当是一组费用项目。"))
    items = tuple(str(i).strip() for i in items_raw)
    for i in items:
        if i not in fee_items:
            raise RuleError(
                msg(
                    "报销规则里的费用项目“{item}”不对，可选：{choices}。", item=i, choices=fee_items
                )
            )
    payer = str(raw.get("payer") or "").strip()
    if len(payer) > 30:
        raise RuleError(msg("报销规则的报销单位名称太长（最多 30 字）。"))
    return Reimbursement(who, tuple(dict.fromkeys(items)), payer)


# -- one exam year ------------------------------------------------------------------------------
@dataclass(frozen=True)
class YearConfig:
    """What differs per exam year: pass lines (and special-area ones), fee, dates."""

    year: int
    pass_lines: Mapping[str, float] = field(default_factory=dict)
    special_area: bool = False
    special_lines: Mapping[str, float] = field(default_factory=dict)
    fee_per_subject: float = 0.0
    exam_dates: tuple[date, ...] = ()
    results_date: date | None = None

    def results_issued(self) -> date:
        """The day results (and the 高级 results certificate) count as issued.

        The results date when known; else the last exam day — the earliest the certificate can
        be issued, so its validity is never overstated; else 31 December of the exam year."""
        if self.results_date is not None:
            return self.results_date
        if self.exam_dates:
            return max(self.exam_dates)
        return date(self.year, 12, 31)

    def line(self, subject: str, rules: ExamRules) -> float:
        """The pass line of a subject this year: the special-area one where set and applicable."""
        if self.special_area and subject in self.special_lines:
            return float(self.special_lines[subject])
        return float(self.pass_lines.get(subject, rules.pass_line))


WINDOW_BEFORE, WINDOW_AFTER = "before", "after"


def window_position(on: date, start: date | None, end: date | None) -> str | None:
    """Where ``on`` falls against the registration window: before it, after it, or None.

    Entries outside the window stay possible (a station records sign-ups made elsewhere, or
    late); the interfaces only warn, so nothing is refused because of the date.
    """
    if start is not None and on < start:
        return WINDOW_BEFORE
    if end is not None and on > end:
        return WINDOW_AFTER
    return None


def check_year(raw: object) -> int:
    return _whole(raw, msg("考试年度"), 2008, 2100)


def check_lines(raw: Mapping[str, Any], rules: ExamRules, what: str) -> dict[str, float]:
    """Pass lines by subject, each a number between 0 and the full score."""
    known = set(rules.all_subjects())
    out: dict[str, float] = {}
    for subject, value in raw.items():
        if subject not in known:
            raise RuleError(
                msg("{lines}里的科目“{subject}”不是考试科目。", lines=what, subject=subject)
            )
        if value is None or value == "":
            continue
        out[subject] = number(
            value,
            msg("“{subject}”的{lines}", subject=subject, lines=what),
            minimum=0,
            maximum=rules.max_score,
        )
    return out


def check_score(raw: object, rules: ExamRules, subject: str) -> float:
    return number(raw, _score_label(subject), minimum=0, maximum=rules.max_score)


@lru_cache(maxsize=256)
def _score_label(subject: str) -> Text:
    """The name of a subject's score in messages, made once per subject: a results sheet
    checks thousands of scores of a few subjects."""
    return msg("“{subject}”的成绩", subject=subject)


def parse_score(raw: object, rules: ExamRules, subject: str) -> float | None:
    """A score cell: a number, or a word meaning absent (None)."""
    if isinstance(raw, str) and raw.strip() in ABSENT_WORDS:
        return None
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise RuleError(msg("“{subject}”的成绩是空的。缺考请写“缺考”。", subject=subject))
    return check_score(raw, rules, subject)


# -- results and the pass rule ------------------------------------------------------------------
@dataclass(frozen=True)
class Sitting:
    """One subject sat in one year: ``score`` None with ``absent`` for 缺考, None alone = pending."""

    year: int
    subject: str
    score: float | None
    line: float
    absent: bool = False

    @property
    def passed(self) -> bool:
        return self.score is not None and self.score >= self.line

    @property
    def pending(self) -> bool:
        return self.score is None and not self.absent


def window_years(rule: LevelRule, year: int) -> range:
    """The exam years whose passes count towards a pass in ``year``."""
    return range(year - rule.window_years + 1, year + 1)


def passed_before(rules: ExamRules, level: str, year: int, history: Iterable[Sitting]) -> set[str]:
    """Subjects of ``level`` passed in the earlier years of the window ending in ``year``."""
    rule = rules.level(level)
    earlier = window_years(rule, year)[:-1]
    return {
        s.subject for s in history if s.year in earlier and s.subject in rule.subjects and s.passed
    }


def subjects_to_sit(
    rules: ExamRules, level: str, year: int, history: Iterable[Sitting]
) -> list[str]:
    """The subjects a registration for ``year`` must sit (for 中级 only the ones still needed)."""
    done = passed_before(rules, level, year, history)
    return [s for s in rules.subjects(level) if s not in done]


@dataclass(frozen=True)
class Outcome:
    """The pass of one registration: True, False, or None while it is still pending."""

    passed: bool | None
    reason: str
    valid_until: date | None = None  # 高级: the results certificate's last day
    # What the reason says, for interfaces that word it themselves (the English GUI):
    # absent, pending, failed (``missing`` names the subjects), passed, review_passed,
    # review_failed, expired, awaiting_review.
    kind: str = ""
    missing: tuple[str, ...] = ()


def outcome(
    rules: ExamRules,
    level: str,
    year: int,
    sittings: Sequence[Sitting],
    history: Iterable[Sitting] = (),
    *,
    absent: bool = False,
    review_result: str | None = None,
    review_date: date | None = None,
    today: date | None = None,
    issued: date | None = None,
) -> Outcome:
    """Judge a registration: ``sittings`` are this year's subjects, ``history`` other years'.

    ``issued``: when the year's results were issued (``YearConfig.results_issued``); the 高级
    results certificate is valid for ``results_valid_years`` from that day.
    """
    rule = rules.level(level)
    if absent and not any(s.score is not None for s in sittings):
        return Outcome(False, STATE_ABSENT, kind="absent")
    if any(s.pending for s in sittings) or not sittings:
        return Outcome(None, "成绩未出齐", kind="pending")
    years = window_years(rule, year)
    passed = {s.subject for s in [*history, *sittings] if s.year in years and s.passed}
    missing = [s for s in rule.subjects if s not in passed]
    if missing:
        return Outcome(
            False, f"未通过：{'、'.join(missing)}", kind="failed", missing=tuple(missing)
        )
    if not rule.review:
        return Outcome(True, "全部科目合格", kind="passed")
    valid_until = results_valid_until(issued or date(year, 12, 31), rule.results_valid_years)
    if review_result == REVIEW_PASSED and (review_date is None or review_date <= valid_until):
        return Outcome(True, "评审通过", valid_until, "review_passed")
    if review_result == REVIEW_FAILED:
        return Outcome(False, "评审未通过", valid_until, "review_failed")
    if today is not None and today > valid_until:
        return Outcome(
            False,
            f"成绩证明已于 {valid_until.isoformat()} 过期，评审未通过",
            valid_until,
            "expired",
        )
    return Outcome(
        None,
        f"考试合格，待评审（成绩证明有效至 {valid_until.isoformat()}）",
        valid_until,
        "awaiting_review",
    )


def results_valid_until(issued: date, years: int) -> date:
    """The last day of a certificate valid ``years`` years from ``issued`` (at least one year).

    Valid "3 years from 2024-08-20" ends on 2027-08-19; one issued on 29 February ends on
    27 February (the day before 28 February of the last year)."""
    n = max(years, 1)
    try:
        end = issued.replace(year=issued.year + n)
    except ValueError:  # 29 February into a common year
        end = date(issued.year + n, 2, 28)
    return date.fromordinal(end.toordinal() - 1)


# -- eligibility --------------------------------------------------------------------------------
def full_years(start: date, year: int) -> int:
    """Whole years of experience from ``start`` counted to 31 December of ``year`` inclusive."""
    end = date(year + 1, 1, 1)
    if start >= end:
        return 0
    n = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        n -= 1
    return max(n, 0)


def education_at_least(education: str | None, minimum: str) -> bool:
    """EDUCATIONS lists the highest first: 本科 is at least 大专, 高中 is not at least 中专."""
    if education not in enums.EDUCATIONS:
        return False
    return enums.EDUCATIONS.index(education) <= enums.EDUCATIONS.index(minimum)


@dataclass(frozen=True)
class Eligibility:
    """``eligible`` None: cannot tell (missing education or start of social work)."""

    eligible: bool | None
    reason: str


def eligibility(
    rules: ExamRules,
    level: str,
    year: int,
    *,
    education: str | None,
    sw_major: bool,
    work_start: date | None,
    certificates: Iterable[tuple[str, date | None]] = (),
) -> Eligibility:
    """Whether a worker meets any row of the table for ``level`` in exam year ``year``."""
    rows = [r for r in rules.eligibility if r.level == level]
    if not rows:
        return Eligibility(True, msg("本级别没有设置报考条件"))
    if not education:
        return Eligibility(None, msg("档案没有填学历"))
    certs = list(certificates)
    years = full_years(work_start, year) if work_start else None
    unknown = False
    for r in rows:
        if not education_at_least(education, r.education):
            continue
        if r.sw_major is not None and r.sw_major != bool(sw_major):
            continue
        if r.certificate:
            held = [d for lv, d in certs if enums.level_rank(lv) >= enums.level_rank(r.certificate)]
            if not held:
                continue
            dated = [d for d in held if d is not None]
            if r.certificate_years:
                if not dated:
                    unknown = True
                    continue
                if full_years(min(dated), year) < r.certificate_years:
                    continue
        if r.years:
            if years is None:
                unknown = True
                continue
            if years < r.years:
                continue
        return Eligibility(True, _row_text(r))
    if unknown:
        return Eligibility(None, msg("缺少从事社会工作起始时间或证书取得日期，无法判断"))
    if years is None:
        return Eligibility(
            False, msg("不符合{level}报考条件（学历{education}）", level=level, education=education)
        )
    return Eligibility(
        False,
        msg(
            "不符合{level}报考条件（学历{education}，截至{year}年12月31日从事社会工作满 {years} 年）",
            level=level,
            education=education,
            year=year,
            years=years,
        ),
    )


def _row_text(r: EligibilityRow) -> str:
    """The row met, in words: "社会工作专业大学本科及以上，从事社会工作满 2 年"."""
    if r.sw_major is True:
        text = msg("社会工作专业{education}及以上", education=r.education)
    elif r.sw_major is False:
        text = msg("其他专业{education}及以上", education=r.education)
    else:
        text = msg("{education}及以上", education=r.education)
    if r.years:
        text = msg("{condition}，从事社会工作满 {years} 年", condition=text, years=r.years)
    if r.certificate and r.certificate_years:
        text = msg(
            "{condition}，取得{level}证书满 {years} 年",
            condition=text,
            level=r.certificate,
            years=r.certificate_years,
        )
    elif r.certificate:
        text = msg("{condition}，取得{level}证书", condition=text, level=r.certificate)
    return text


# -- fees ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FeeTotals:
    by_item: Mapping[str, float]
    reimbursed: float
    outstanding: float

    @property
    def total(self) -> float:
        return (round(self.reimbursed * 100) + round(self.outstanding * 100)) / 100


def fee_totals(fees: Iterable[tuple[str, float, bool]]) -> FeeTotals:
    """Totals of (item, amount, reimbursed) rows: per item, reimbursed and still to reimburse.

    Sums are kept in fen (integers) so 0.1 + 0.2 yuan adds up to 0.30 exactly.
    """
    by_item: dict[str, int] = {}
    done = todo = 0
    for item, amount, reimbursed in fees:
        fen = round(float(amount) * 100)
        by_item[item] = by_item.get(item, 0) + fen
        if reimbursed:
            done += fen
        else:
            todo += fen
    return FeeTotals({k: v / 100 for k, v in by_item.items()}, done / 100, todo / 100)


def reimbursement_refusal(
    rule: Reimbursement,
    item: str,
    *,
    sat: bool,
    passed: bool | None,
    certified: bool,
) -> str | None:
    """Why the rule does not allow reimbursing ``item`` of a registration, or None if it does.

    ``sat``: sat at least one subject (参考, not 缺考); ``passed``: the registration's outcome;
    ``certified``: passed and the certificate accepted into the worker's file.
    """
    if rule.items and item not in rule.items:
        return msg(
            "报销规则只报销{items}，{item}不在其中。", items="、".join(rule.items), item=item
        )
    if rule.who == REIMBURSE_SAT and not sat:
        return msg("没有参加考试（缺考或成绩未录入），按报销规则不予报销。")
    if rule.who == REIMBURSE_PASSED and passed is not True:
        if passed is None:
            return msg("考试结果还没出来（按报销规则考试合格才报销）。")
        return msg("考试未合格，按报销规则不予报销。")
    if rule.who == REIMBURSE_CERTIFIED and not certified:
        if passed is not True:
            return msg("没有通过考试取得证书，按报销规则不予报销。")
        return msg("考试已合格，但证书还没有确认写入档案（按报销规则取得证书后才报销）。")
    return None


def check_amount(raw: object, item: str) -> float:
    value = number(raw, msg("{item}金额", item=item), minimum=0, maximum=100000)
    return round(value, 2)
