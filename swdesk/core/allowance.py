"""Job allowances (职业津贴): locality rules as data, and what one person is owed for some months.

Pure rules: no SQL, no files. The store hands in each worker's facts (post, days in post,
certificates, registrations, failed appraisal years, days the continuing-education requirement
was unmet); what comes out is the payroll's lines with a reason for every month not paid, so the
page, the Excel sheet, the 签领表 and the county all show one reading of the rules.

What the policy texts pay (monthly, by certificate level; presets in
``resources/settings/allowance_presets.json``):

* 宁夏回族自治区民政厅 on urban community full-time workers (reported by the Ministry of Civil
  Affairs' news, 2021): 助理社会工作师 200, 社会工作师 300, 高级社会工作师 500 yuan;
* 《重庆市綦江区民政局关于进一步加强社会工作专业人才队伍建设工作的通知》 (綦江民发〔2020〕60号):
  高级 200, 社会工作师 100, 助理 50 yuan for 城乡社区“两委”成员及其他社区专职工作人员, paid by the
  township through the village-cadre subsidy channel;
* 《攀枝花市社会工作专业队伍建设“十四五”规划》: an allowance for certified community workers
  (100 / 300 / 500 is the local practice the preset carries);
* 《成都市加强社区社会工作服务助推城乡社区发展治理的实施意见》: a basic-pay increase of 200–1200
  yuan for certified community full-time workers, 社工员 included — the steps are local, so the
  preset holds an editable table.

Rules decided here:

* a rule has versions, each with the first month it applies (``valid_from``): a rate raised next
  year never rewrites last year, and a quarter paid together can straddle a change;
* a certificate pays from the month after it was obtained (取得时间) by default, or from that
  month (``start``); a person whose level rises is paid the old rate until the new certificate
  starts paying, then the new one — never both (the highest level only);
* a certificate pays only while a registration of that level or higher is valid (when the rule
  asks for it), so an unregistered higher certificate leaves the registered lower one paying;
* a month in which someone qualifies on some days only (joined, left, registration ran out)
  follows ``part_month``: the whole month, nothing, or by days (rounded to the fen);
* every month not paid to someone in post carries its reason; the first reason found wins in the
  order post → certificate → registration → appraisal → continuing education.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any

from swdesk.core import appraisal, enums, registration
from swdesk.core.dates import parse_loose_date
from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import Text, msg
from swdesk.core.idnumber import mask_id_number as mask_id_number  # kept for its readers
from swdesk.core.money import fen
from swdesk.core.payee import check_number

# When a certificate starts paying (``RuleVersion.start``).
START_NEXT_MONTH = "next_month"
START_SAME_MONTH = "same_month"
STARTS: tuple[str, ...] = (START_NEXT_MONTH, START_SAME_MONTH)

# How a month qualified on some days only is paid (``RuleVersion.part_month``).
PART_FULL = "full"
PART_NONE = "none"
PART_DAYS = "days"
PART_MONTHS: tuple[str, ...] = (PART_FULL, PART_NONE, PART_DAYS)

# Registration states in which a certificate is registered and so pays (the states and their
# words are ``core.registration``'s, as the national social-work information system shows them).
REGISTRATION_FINAL = registration.STATE_FINAL_PASSED
REGISTRATION_ISSUED = registration.STATE_ISSUED
REGISTRATION_DONE = registration.STATE_DONE
VALID_REGISTRATION_STATES: frozenset[str] = registration.VALID_STATES

# Payroll run states (stored as codes), in order; an approved run is locked. A draft is called
# 草稿 like a draft appraisal, so the word is the appraisal's.
RUN_DRAFT = "draft"
RUN_PUBLISHED = "published"
RUN_APPROVED = "approved"
RUN_PAID = "paid"
RUN_STATES: tuple[str, ...] = (RUN_DRAFT, RUN_PUBLISHED, RUN_APPROVED, RUN_PAID)
RUN_STATE_LABELS: dict[str, str] = {
    RUN_DRAFT: appraisal.STATE_LABELS[appraisal.STATE_DRAFT],
    RUN_PUBLISHED: _N("enum", "公示"),
    RUN_APPROVED: _N("enum", "已审核"),
    RUN_PAID: _N("enum", "已发放"),
}
LOCKED_STATES: frozenset[str] = frozenset({RUN_APPROVED, RUN_PAID})

# Kinds of payroll lines.
KIND_ALLOWANCE = "allowance"
KIND_REWARD = "reward"
KIND_ADJUSTMENT = "adjustment"

# Payee accounts: where a person's allowance is paid (shown in full on the bank's sheet only).
ACCOUNT_SOCIAL_CARD = _N("enum", "社保卡")
ACCOUNT_BANK_CARD = _N("enum", "银行卡")
ACCOUNT_KINDS: tuple[str, ...] = (ACCOUNT_SOCIAL_CARD, ACCOUNT_BANK_CARD)

# The sheets a run exports: the payroll (发放表) and the bank's 代发 sheet.
SHEET_PAYROLL = "payroll"
SHEET_BANK = "bank"
EXPORT_SHEETS: tuple[str, ...] = (SHEET_PAYROLL, SHEET_BANK)

MAX_RUN_MONTHS = 12
# The name of the value in a refusal when the caller names none.
MONTH = msg("月份")


# -- months -------------------------------------------------------------------------------------
def month_start(d: date) -> date:
    return d.replace(day=1)


@lru_cache(maxsize=4096)
def month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


@lru_cache(maxsize=4096)
def next_month(d: date) -> date:
    return (month_end(d) + timedelta(days=1)).replace(day=1)


def months_of(first: date, count: int) -> list[date]:
    """The first days of ``count`` consecutive months from ``first``'s month."""
    out = [month_start(first)]
    for _ in range(count - 1):
        out.append(next_month(out[-1]))
    return out


def parse_month(raw: str, what: str = MONTH) -> date:
    """``"2026-03"`` (or ``2026.3``, ``2026年3月``) as the first day of that month."""
    text = str(raw or "").strip()
    try:
        d = parse_loose_date(text, what)
    except RuleError:
        d = None
    if d is None or d.day != 1 or not (2000 <= d.year <= 2100):
        raise RuleError(msg("{what}“{value}”看不懂，请写成 2026-03 的样子。", what=what, value=raw))
    return d


def month_label(d: date) -> str:
    return f"{d.year}-{d.month:02d}"


# -- rules --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RuleVersion:
    """One version of a locality's allowance rule, in force from ``valid_from``'s month on."""

    valid_from: date
    amounts: Mapping[str, int]  # level → fen a month; a level missing here is not paid
    post_types: tuple[str, ...] = ()  # empty: every post type
    need_registration: bool = True
    exclude_failed_appraisal: bool = False
    need_ce_met: bool = False
    start: str = START_NEXT_MONTH
    part_month: str = PART_FULL
    rewards: Mapping[str, int] = field(default_factory=dict)  # one-off, level first obtained


@dataclass(frozen=True)
class AllowanceRules:
    """A locality's rule: who pays, through which channel, and its versions, oldest first."""

    preset: str
    name: str
    versions: tuple[RuleVersion, ...]
    channel: str = ""
    funder: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """As stored and shipped (``rules_from_dict`` reads it back)."""
        return rules_to_dict(self)

    def version_for(self, month: date) -> RuleVersion | None:
        """The version in force in ``month`` (None before the first one)."""
        found = None
        for v in self.versions:
            if v.valid_from <= month:
                found = v
        return found


def _flag(raw: Mapping[str, Any], key: str, default: bool) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise RuleError(msg("津贴规则的“{key}”只能是 true 或 false。", key=key))
    return value


def _choice(raw: Mapping[str, Any], key: str, allowed: tuple[str, ...], default: str) -> str:
    value = raw.get(key, default)
    if value not in allowed:
        raise RuleError(
            msg(
                "津贴规则的“{key}”是“{value}”，只能是：{allowed}。",
                key=key,
                value=value,
                allowed=list(allowed),
            )
        )
    return str(value)


def _amounts(raw: object, what: str) -> dict[str, int]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise RuleError(msg("津贴规则的“{what}”应是“等级: 金额”的表。", what=what))
    out: dict[str, int] = {}
    for level, amount in raw.items():
        canonical = enums.normalize_choice(str(level), enums.LEVELS, enums.LEVEL_ALIASES)
        if canonical is None:
            raise RuleError(
                msg(
                    "津贴规则里的等级“{level}”不认识，应是：{levels}。",
                    level=level,
                    levels=list(enums.LEVELS),
                )
            )
        if amount is None or amount == "":
            continue
        value = fen(amount, msg("{level}的金额", level=canonical))
        if value < 0:
            raise RuleError(msg("{level}的金额不能是负数。", level=canonical))
        out[canonical] = value
    return out


def version_from_dict(raw: Mapping[str, Any]) -> RuleVersion:
    """One version as stored and shipped: JSON with yuan amounts and ``valid_from`` as a month."""
    post_types = tuple(str(p) for p in raw.get("post_types") or ())
    unknown = [p for p in post_types if p not in enums.POST_TYPES]
    if unknown:
        raise RuleError(
            msg(
                "津贴规则里的岗位类型“{post}”不认识，应是：{posts}。",
                post=unknown,
                posts=list(enums.POST_TYPES),
            )
        )
    return RuleVersion(
        valid_from=parse_month(raw.get("valid_from", ""), msg("起始月份")),
        amounts=_amounts(raw.get("amounts"), "amounts"),
        post_types=post_types,
        need_registration=_flag(raw, "need_registration", True),
        exclude_failed_appraisal=_flag(raw, "exclude_failed_appraisal", False),
        need_ce_met=_flag(raw, "need_ce_met", False),
        start=_choice(raw, "start", STARTS, START_NEXT_MONTH),
        part_month=_choice(raw, "part_month", PART_MONTHS, PART_FULL),
        rewards=_amounts(raw.get("rewards"), "rewards"),
    )


def rules_from_dict(raw: Mapping[str, Any]) -> AllowanceRules:
    """A whole rule (a preset or the file's own), checked: a bad rule is refused, never guessed."""
    versions_raw = raw.get("versions")
    if not isinstance(versions_raw, list) or not versions_raw:
        raise RuleError(msg("津贴规则至少要有一个版本（起始月份和各等级金额）。"))
    versions = sorted((version_from_dict(v) for v in versions_raw), key=lambda v: v.valid_from)
    months = [v.valid_from for v in versions]
    if len(set(months)) != len(months):
        raise RuleError(msg("津贴规则有两个版本从同一个月开始，请合并。"))
    return AllowanceRules(
        preset=str(raw.get("preset") or "custom"),
        name=str(raw.get("name") or "").strip() or "自定义",
        versions=tuple(versions),
        channel=str(raw.get("channel") or ""),
        funder=str(raw.get("funder") or ""),
        note=str(raw.get("note") or ""),
    )


def version_to_dict(v: RuleVersion) -> dict[str, Any]:
    return {
        "valid_from": month_label(v.valid_from),
        "amounts": {lv: v.amounts[lv] / 100 for lv in enums.LEVELS if lv in v.amounts},
        "post_types": list(v.post_types),
        "need_registration": v.need_registration,
        "exclude_failed_appraisal": v.exclude_failed_appraisal,
        "need_ce_met": v.need_ce_met,
        "start": v.start,
        "part_month": v.part_month,
        "rewards": {lv: v.rewards[lv] / 100 for lv in enums.LEVELS if lv in v.rewards},
    }


def rules_to_dict(r: AllowanceRules) -> dict[str, Any]:
    return {
        "preset": r.preset,
        "name": r.name,
        "channel": r.channel,
        "funder": r.funder,
        "note": r.note,
        "versions": [version_to_dict(v) for v in r.versions],
    }


# -- a worker's facts ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Certificate:
    level: str
    obtained: date | None


@dataclass(frozen=True)
class Registration:
    """One 首次登记 or 再登记: the level it registers and the days it is valid."""

    level: str
    start: date
    end: date
    state: str


@dataclass(frozen=True)
class WorkerFacts:
    """What the rules need to know of one person; the store assembles it.

    ``in_post``: the spans (first day, last day or None) in which the person was 在岗.
    ``failed_years``: years whose appraisal ended in the failing grade.
    ``ce_short``: spans in which the last completed registration period's hours were short.
    """

    worker_id: str
    post_type: str | None
    in_post: tuple[tuple[date, date | None], ...]
    certificates: tuple[Certificate, ...] = ()
    registrations: tuple[Registration, ...] = ()
    failed_years: frozenset[int] = frozenset()
    ce_short: tuple[tuple[date, date], ...] = ()


def _covers(spans: Iterable[tuple[date, date | None]], d: date) -> bool:
    return any(a <= d and (b is None or d <= b) for a, b in spans)


# -- one month ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class MonthPay:
    """What one person is owed for one month: the amount, or why nothing."""

    month: date
    level: str | None
    rate: int  # fen a month at the level paid (0 when nothing is paid)
    days: int | None  # days paid when the month was paid by days, else None
    amount: int
    reason: Text | None = None


def _starts_paying(cert: Certificate, v: RuleVersion) -> date | None:
    if cert.obtained is None:
        return None
    return cert.obtained if v.start == START_SAME_MONTH else next_month(cert.obtained)


def _registered(facts: WorkerFacts, level: str, d: date) -> bool:
    rank = enums.level_rank(level)
    return any(
        r.state in VALID_REGISTRATION_STATES
        and enums.level_rank(r.level) >= rank
        and r.start <= d <= r.end
        for r in facts.registrations
    )


def _level_on(facts: WorkerFacts, v: RuleVersion, d: date) -> str | None:
    """The highest paying level held on ``d`` (started paying, and registered if asked)."""
    best: str | None = None
    for cert in facts.certificates:
        starts = _starts_paying(cert, v)
        if cert.level not in v.amounts or starts is None or starts > d:
            continue
        if v.need_registration and not _registered(facts, cert.level, d):
            continue
        if best is None or enums.level_rank(cert.level) > enums.level_rank(best):
            best = cert.level
    return best


def _why_not(facts: WorkerFacts, v: RuleVersion, month: date) -> Text:
    """Why someone in post this month is not paid for it (the first rule that stops them)."""
    if v.post_types and facts.post_type not in v.post_types:
        return msg("岗位“{post}”不在津贴发放范围。", post=facts.post_type or "未填")
    held = [c for c in facts.certificates if c.level in enums.LEVELS]
    if not held:
        return msg("没有职业水平证书。")
    paying = [c for c in held if c.level in v.amounts]
    if not paying:
        top = max(held, key=lambda c: enums.level_rank(c.level))
        return msg("{level}不在津贴发放范围。", level=top.level)
    if all(c.obtained is None for c in paying):
        return msg("证书没有填取得时间。")
    end = month_end(month)
    started = [c for c in paying if (s := _starts_paying(c, v)) is not None and s <= end]
    if not started:
        first = min((c for c in paying if c.obtained), key=lambda c: c.obtained or end)
        return msg(
            "证书 {obtained} 取得，{start} 起发放。",
            obtained=first.obtained.isoformat() if first.obtained else "",
            start=month_label(_starts_paying(first, v) or end),
        )
    if v.need_registration:
        if not facts.registrations:
            return msg("证书未登记。")
        return msg("证书登记不在有效期内或未通过审核。")
    return msg("本月不符合发放条件。")


def _blocked(facts: WorkerFacts, v: RuleVersion, month: date) -> Text | None:
    """A rule that stops the whole month whatever the level: appraisal, continuing education."""
    if v.exclude_failed_appraisal and (month.year - 1) in facts.failed_years:
        return msg("{year} 年度考评不合格。", year=month.year - 1)
    if v.need_ce_met and any(a <= month_end(month) and month <= b for a, b in facts.ce_short):
        return msg("上一登记期继续教育学时未达标。")
    return None


def _change_days(facts: WorkerFacts, v: RuleVersion | None, first: date, last: date) -> list[date]:
    """The days of the month on which being in post or the paying level can change: the first
    day, and every start (or day after an end) of a span, a registration or a certificate's
    paying that falls inside the month. Between two of them everything stays the same."""
    marks = {first}
    for a, b in facts.in_post:
        marks.add(a)
        if b is not None:
            marks.add(b + timedelta(days=1))
    if v is not None:  # no version in force: no level to find, only being in post matters
        for r in facts.registrations:
            marks.add(r.start)
            marks.add(r.end + timedelta(days=1))
        for cert in facts.certificates:
            starts = _starts_paying(cert, v)
            if starts is not None:
                marks.add(starts)
    return sorted(d for d in marks if first <= d <= last)


def pay_for_month(facts: WorkerFacts, rules: AllowanceRules, month: date) -> MonthPay | None:
    """One person's pay for one month; None when they were not in post on any day of it.

    Worked out per stretch of days between the days anything changes (``_change_days``), not
    per day: the same answer as asking every day, at a few calls a person rather than thirty.
    """
    first, last = month_start(month), month_end(month)
    v = rules.version_for(first)
    # (days, level or None) of each stretch in post, in order
    stretches: list[tuple[int, str | None]] = []
    bounds = [*_change_days(facts, v, first, last), last + timedelta(days=1)]
    for a, b in pairwise(bounds):
        if _covers(facts.in_post, a):
            level = _level_on(facts, v, a) if v is not None else None
            stretches.append(((b - a).days, level))
    if not stretches:
        return None
    if v is None:
        return MonthPay(
            first, None, 0, None, 0, msg("{month} 还没有适用的津贴标准。", month=month_label(first))
        )
    if v.post_types and facts.post_type not in v.post_types:
        return MonthPay(first, None, 0, None, 0, _why_not(facts, v, first))
    blocked = _blocked(facts, v, first)
    if blocked is not None:
        return MonthPay(first, None, 0, None, 0, blocked)
    paid = [(days, level) for days, level in stretches if level is not None]
    if not paid:
        return MonthPay(first, None, 0, None, 0, _why_not(facts, v, first))
    level = paid[-1][1]
    assert level is not None
    rate = v.amounts[level]
    paid_days = sum(days for days, _ in paid)
    whole = paid_days == last.day
    if v.part_month == PART_FULL or whole:
        return MonthPay(first, level, rate, None, rate)
    if v.part_month == PART_NONE:
        return MonthPay(
            first,
            None,
            0,
            None,
            0,
            msg("本月只有 {days} 天符合条件，按规则不足整月不发。", days=paid_days),
        )
    # By days: each day at the rate of the level held that day, rounded half up to the fen.
    total_fen_days = sum(days * v.amounts[lv or level] for days, lv in paid)
    amount = (2 * total_fen_days + last.day) // (2 * last.day)
    return MonthPay(first, level, rate, paid_days, amount)


# -- a run --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PayLine:
    """Consecutive months paid at one level and rate: one line of the payroll."""

    worker_id: str
    first_month: date
    last_month: date
    level: str | None
    rate: int
    months: int  # whole months in the line
    days: int | None  # days paid, for a line of one part month
    amount: int
    reason: Text | None = None  # why nothing (amount 0), or None


@dataclass(frozen=True)
class WorkerPay:
    """Everything one person gets in a run, and a note for each month not paid."""

    worker_id: str
    lines: tuple[PayLine, ...]
    unpaid: tuple[tuple[date, Text], ...]

    @property
    def amount(self) -> int:
        return sum(line.amount for line in self.lines)


def _group(worker_id: str, paid: Sequence[MonthPay]) -> list[PayLine]:
    lines: list[PayLine] = []
    for mp in paid:
        prev = lines[-1] if lines else None
        if (
            prev is not None
            and prev.days is None
            and mp.days is None
            and prev.level == mp.level
            and prev.rate == mp.rate
            and next_month(prev.last_month) == mp.month
        ):
            lines[-1] = PayLine(
                worker_id,
                prev.first_month,
                mp.month,
                prev.level,
                prev.rate,
                prev.months + 1,
                None,
                prev.amount + mp.amount,
            )
        else:
            lines.append(
                PayLine(
                    worker_id,
                    mp.month,
                    mp.month,
                    mp.level,
                    mp.rate,
                    0 if mp.days is not None else 1,
                    mp.days,
                    mp.amount,
                )
            )
    return lines


def pay_for_run(
    facts: WorkerFacts, rules: AllowanceRules, months: Sequence[date]
) -> WorkerPay | None:
    """One person's lines for the months of a run; None when not in post in any of them.

    Someone in post who gets nothing has one line of 0 with the reason of the run's last month
    in post (the most current fact), so the clerk can answer "why not" from the sheet.
    """
    pays = [p for m in months if (p := pay_for_month(facts, rules, m)) is not None]
    if not pays:
        return None
    paid = [p for p in pays if p.amount > 0]
    unpaid = tuple((p.month, p.reason) for p in pays if p.amount == 0 and p.reason is not None)
    if not paid:
        last = pays[-1]
        line = PayLine(facts.worker_id, pays[0].month, last.month, None, 0, 0, None, 0, last.reason)
        return WorkerPay(facts.worker_id, (line,), unpaid)
    return WorkerPay(facts.worker_id, tuple(_group(facts.worker_id, paid)), unpaid)


_LONG_AGO = date(1900, 1, 1)
_FAR_AHEAD = date(2999, 1, 1)
_NEAR = timedelta(days=62)  # two months: a certificate obtained then may start paying in the run

PayClass = tuple[Any, ...]


def pay_class(facts: WorkerFacts, months: Sequence[date]) -> PayClass:
    """What of a person's facts can change their pay for ``months``, with no name, as a key.

    A date well before the run (more than two months) acts as any other such date: it only
    ever compares as earlier than every day of the run; so it becomes one date long ago. A
    day in post or of a registration after the run likewise becomes one date far ahead (a
    certificate's date is kept: a reason prints it). Only the years of appraisal that can
    block a month are kept. People whose keys are equal are paid alike (``pay_for_run`` of
    ``class_facts(key)`` serves them all); in a county file most fall into a few classes.
    """
    early, late = months[0] - _NEAR, month_end(months[-1])
    far, ago = _FAR_AHEAD, _LONG_AGO

    def clip(d: date) -> date:
        return ago if d < early else far if d > late else d

    years = {m.year - 1 for m in months}
    return (
        facts.post_type,
        tuple((clip(a), None if b is None or b > late else clip(b)) for a, b in facts.in_post),
        tuple(
            (c.level, None if c.obtained is None else ago if c.obtained < early else c.obtained)
            for c in facts.certificates
        ),
        tuple((r.level, clip(r.start), clip(r.end), r.state) for r in facts.registrations),
        facts.failed_years & years,
        facts.ce_short,
    )


def class_facts(key: PayClass) -> WorkerFacts:
    """The facts of a pay class (``pay_class``): anyone's of the class, without a name."""
    post, spans, certs, regs, failed, short = key
    return WorkerFacts(
        "",
        post,
        spans,
        tuple(Certificate(*c) for c in certs),
        tuple(Registration(*r) for r in regs),
        failed,
        short,
    )


def check_run_months(count: int) -> None:
    if not 1 <= count <= MAX_RUN_MONTHS:
        raise RuleError(
            msg(
                "一次发放可以包含 1 到 {most} 个月，现在是 {count}。",
                most=MAX_RUN_MONTHS,
                count=count,
            )
        )


# -- rewards and corrections --------------------------------------------------------------------
def reward_for(rules: AllowanceRules, facts: WorkerFacts, cert: Certificate) -> int | None:
    """The one-off reward for a certificate, if it is the first of its level or higher held.

    《重庆市綦江区民政局关于进一步加强社会工作专业人才队伍建设工作的通知》: the village or community
    "按获得职业水平等次适当地给予一定奖励" — amounts per level are the rule's data, unset by default.
    """
    if cert.obtained is None:
        return None
    v = rules.version_for(month_start(cert.obtained))
    if v is None or cert.level not in v.rewards:
        return None
    rank = enums.level_rank(cert.level)
    earlier = [
        c
        for c in facts.certificates
        if c is not cert
        and c.obtained is not None
        and c.obtained < cert.obtained
        and enums.level_rank(c.level) >= rank
    ]
    return None if earlier else v.rewards[cert.level]


def check_adjustment(amount: int, paid_for_month: int, adjusted_before: int) -> None:
    """A 补发 (positive) or 扣回 (negative) for a month already paid.

    A deduction can take back at most what was paid for that month, after earlier corrections;
    zero corrects nothing and is refused.
    """
    if amount == 0:
        raise RuleError(msg("补发或扣回的金额不能是 0。"))
    available = paid_for_month + adjusted_before
    if amount < 0 and -amount > available:
        raise RuleError(
            msg(
                "扣回 {amount} 元超过了该月实际发放的 {paid} 元，请核对。",
                amount=f"{-amount / 100:.2f}",
                paid=f"{available / 100:.2f}",
            )
        )


def check_run_transition(old: str, new: str) -> None:
    """Runs move forward one step at a time; approved and paid runs are never recomputed."""
    order = {s: i for i, s in enumerate(RUN_STATES)}
    if new not in order:
        raise RuleError(msg("发放表状态“{state}”不认识。", state=new))
    if old in LOCKED_STATES and order[new] <= order[old]:
        raise RuleError(
            msg(
                "发放表已{state}，不能再修改。更正请在以后月份的发放表里补发或扣回。",
                state=RUN_STATE_LABELS[old],
            )
        )
    if order[new] != order[old] + 1:
        raise RuleError(
            msg(
                "发放表现在是“{old}”，不能直接改为“{new}”。",
                old=RUN_STATE_LABELS[old],
                new=RUN_STATE_LABELS[new],
            )
        )


def validate_account(kind: str, account: str, check_digit: bool = True) -> tuple[str, str]:
    """A payee account as stored: its kind, and the number's digits (spaces and dashes dropped)."""
    if kind not in ACCOUNT_KINDS:
        raise RuleError(
            msg("账户类别“{kind}”不认识，应是：{kinds}。", kind=kind, kinds=list(ACCOUNT_KINDS))
        )
    return kind, check_number(account, bank_card=kind == ACCOUNT_BANK_CARD, check_digit=check_digit)


def load_presets(raw: Mapping[str, Any]) -> dict[str, AllowanceRules]:
    """The presets shipped with the app, by key."""
    return {str(p["preset"]): rules_from_dict(p) for p in raw.get("presets", [])}
