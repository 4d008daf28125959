"""Continuing education (继续教育) rules: settings, registration periods, standing at a date.

Pure rules: no SQL, no files. The store feeds certificates and training records in, the GUI,
CLI, Excel and PDF read the ``Standing`` that comes out, so every view agrees on one reading of
the policy.

Policy encoded (sources in ``docs/policy-sources.md``):

* a certified worker needs N hours per registration period (助理 72, 社会工作师/高级 90; 社工员
  none); a period is a registration's validity (首次登记, then each 再登记 starts the next one),
  and after the last one ends it rolls on every 3 years, unregistered (a lapse)
  (《社会工作者继续教育办法》 and 《社会工作者职业水平证书登记办法》, 民政部 2009; the hours as
  quoted by 《攀枝花市社会工作专业队伍建设“十四五”规划》, 2022);
* Qijiang counts *days* (社会工作师 ≥ 15 days, 助理/社会工作员 ≥ 12 days in 3 years;
  《重庆市綦江区民政局关于进一步加强社会工作专业人才队伍建设工作的通知》, 2020):
  the unit is part of the settings, records always keep hours and are converted with
  ``hours_per_day`` — one stored fact, several readings; ``day_count`` "dates" counts a
  training record as the calendar days it spans instead (Qijiang's preset: time spent in
  training, so a 6-hour day is a day), hours ÷ ``hours_per_day`` when it has no start date;
* hours count in the period containing the training's *end* date;
* registering a higher certificate starts a new period with the new requirement at its
  registration date and cuts the old period there (a cut period is never "failed": its
  requirement was superseded);
* no registration date → 未登记, not required yet (never shown as failing).

Date rules (decided here, tested in ``tests/test_ce_rules.py``):

* period k of a certificate starts at ``add_years(registration, k × N)`` computed from the
  registration date itself, not chained, so a 29 February registration starts on 28 February
  in common years and on 29 February again in leap years;
* a period ends the day before the next one starts.

States (``Standing.status``):

* ``not_required`` — no registered certificate at that date, or the level has no requirement;
* ``overdue`` (未达标) — the previous full period of the same certificate ended short *and* the
  current period has not yet reached its requirement. A period that ended short means the
  person could not prove their hours to re-register, which stays the most urgent fact until
  they have caught up in the current period — unless a 再登记 was recorded: the registration
  authority accepted the hours, so a period starting at a recorded 再登记 never looks back. The figures shown are those of the current period, with the shortfall of the
  ended one in ``previous_missing``;
* ``ok`` (已达标) — the current period's requirement is met;
* ``at_risk`` (有风险) — hours are missing and either the re-registration window is open (it
  opens ``window_months`` before the period ends) or, once ``pace_after_days`` of the period
  have passed, the pace so far does not reach the requirement by the end:
  ``earned / elapsed_days × period_days < required`` (elapsed counts the day ``at`` itself).
  The grace before the pace rule applies exists because at the start of a period everyone has
  zero hours and would otherwise be "at risk" on day one;
* ``on_track`` (进行中) — otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from swdesk.core import enums
from swdesk.core.dates import parse_loose_date
from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import Text, msg
from swdesk.core.text import clean_text

# Stored vocabulary (the convention is described in ``core.enums``). Training modes are stored
# as the Chinese word; the unit of the settings as a code; states are computed, never stored, but
# are printed and shown with the same labels everywhere (context "enum").
MODE_IN_PERSON = _N("enum", "面授")
MODE_ONLINE = _N("enum", "网络")
MODE_PRACTICE = _N("enum", "实务实训")
MODE_SUPERVISION = _N("enum", "督导")
MODE_ACADEMIC = _N("enum", "学术交流")
MODE_DEGREE = _N("enum", "学历教育")
MODES: tuple[str, ...] = (
    MODE_IN_PERSON,
    MODE_ONLINE,
    MODE_PRACTICE,
    MODE_SUPERVISION,
    MODE_ACADEMIC,
    MODE_DEGREE,
    enums.OTHER,
)
UNIT_HOURS = "hours"
UNIT_DAYS = "days"
UNITS: tuple[str, ...] = (UNIT_HOURS, UNIT_DAYS)
UNIT_LABELS: dict[str, str] = {UNIT_HOURS: _N("enum", "学时"), UNIT_DAYS: _N("enum", "天")}
# How a locality counting days counts them: hours ÷ ``hours_per_day``, or the calendar days a
# training record spans (Qijiang: "3年内接受社会工作专业培训的时间累计不少于15天" counts the days
# spent in training, so a 6-hour training day is one day, not 0.75).
DAY_COUNT_HOURS = "hours"
DAY_COUNT_DATES = "dates"
DAY_COUNTS: tuple[str, ...] = (DAY_COUNT_HOURS, DAY_COUNT_DATES)

STATUS_OK = "ok"
STATUS_ON_TRACK = "on_track"
STATUS_AT_RISK = "at_risk"
STATUS_OVERDUE = "overdue"
STATUS_NOT_REQUIRED = "not_required"
# Most urgent first.
STATUSES: tuple[str, ...] = (
    STATUS_OVERDUE,
    STATUS_AT_RISK,
    STATUS_ON_TRACK,
    STATUS_OK,
    STATUS_NOT_REQUIRED,
)
STATUS_LABELS: dict[str, str] = {
    STATUS_OK: _N("enum", "已达标"),
    STATUS_ON_TRACK: _N("enum", "进行中"),
    STATUS_AT_RISK: _N("enum", "有风险"),
    STATUS_OVERDUE: _N("enum", "未达标"),
    STATUS_NOT_REQUIRED: _N("enum", "无要求"),
}
# ``not_required`` of someone with no registered certificate is shown as this.
UNREGISTERED_LABEL = _N("enum", "未登记")
# Lower sorts first in the compliance list: the most urgent on top.
STATUS_URGENCY: dict[str, int] = {s: i for i, s in enumerate(STATUSES)}

# Activity of a plain training record: credited with its real hours.
TRAINING = "training"
# The conversion for a social-work degree in the presets: its records are of the mode 学历教育.
ACTIVITY_DEGREE = "degree"

# Names of values in rule messages ("请填写学时。"), translated with the message.
HOURS = msg("学时")
START_DATE = msg("开始日期")
END_DATE = msg("结束日期")


# -- settings -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Conversion:
    """An activity that counts a fixed number of hours instead of real ones (e.g. a degree).

    ``once``: counts once in a working life (a social-work degree obtained counts 90 hours once).
    """

    activity: str
    label: str
    hours: float
    once: bool = False


@dataclass(frozen=True)
class CESettings:
    """The locality's rules. Stored as JSON in the data file; presets come as data files."""

    preset: str
    name: str
    unit: str = UNIT_HOURS
    hours_per_day: float = 8.0
    required: Mapping[str, float] = field(default_factory=dict)
    period_years: int = 3
    window_months: int = 3
    pace_after_days: int = 365
    conversions: tuple[Conversion, ...] = ()
    day_count: str = DAY_COUNT_HOURS

    @property
    def counts_dates(self) -> bool:
        """Days are counted from the records' dates (only meaningful when the unit is days)."""
        return self.unit == UNIT_DAYS and self.day_count == DAY_COUNT_DATES

    def record_hours(
        self, activity: str | None, start: str | None, end: str | None, hours_credited: float
    ) -> float:
        """What a record counts, in hours (the judge converts hours to the settings' unit).

        Counting by dates, a credited training record with a start date counts the calendar
        days from its start to its end date inclusive, as that many days of ``hours_per_day``
        hours; a conversion (a degree: a fixed credit) or a record without a start date counts
        its credited hours. ``training.standings`` sums the same in SQL (``_DATES_CREDIT``).
        """
        if (
            self.counts_dates
            and start
            and end
            and hours_credited > 0
            and activity in (None, TRAINING)
        ):
            days = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
            return max(days, 1) * self.hours_per_day
        return hours_credited

    def required_units(self, level: str | None) -> float:
        """The requirement of a level in the settings' unit (0 = no requirement)."""
        return float(self.required.get(level or "", 0) or 0)

    def to_units(self, hours: float) -> float:
        """Hours as counted by these settings (days for a locality that counts days)."""
        return hours / self.hours_per_day if self.unit == UNIT_DAYS else hours

    @property
    def unit_label(self) -> str:
        return UNIT_LABELS[self.unit]

    def conversion(self, activity: str | None) -> Conversion | None:
        for c in self.conversions:
            if c.activity == activity:
                return c
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "preset": self.preset,
            "name": self.name,
            "unit": self.unit,
            "hours_per_day": self.hours_per_day,
            "required": dict(self.required),
            "period_years": self.period_years,
            "window_months": self.window_months,
            "pace_after_days": self.pace_after_days,
            "day_count": self.day_count,
            "conversions": [
                {"activity": c.activity, "label": c.label, "hours": c.hours, "once": c.once}
                for c in self.conversions
            ],
        }


def _number(raw: object, what: str, *, minimum: float, maximum: float) -> float:
    """``what`` names the value in the message: a ``msg`` (or a stored name) the UI translates."""
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise RuleError(msg("{field}应当是数字。", field=what))
    try:
        value = float(raw)
    except ValueError:
        raise RuleError(msg("{field}“{value}”不是数字。", field=what, value=raw)) from None
    if not math.isfinite(value) or not minimum <= value <= maximum:
        raise RuleError(
            msg(
                "{field}应在 {minimum:g} 到 {maximum:g} 之间，现在是 {value}。",
                field=what,
                minimum=minimum,
                maximum=maximum,
                value=raw,
            )
        )
    return value


def settings_from_dict(raw: Mapping[str, Any]) -> CESettings:
    """Validate settings read from JSON (a preset file or the data file); RuleError if wrong."""
    unit = raw.get("unit", UNIT_HOURS)
    if unit not in UNITS:
        raise RuleError(
            msg("继续教育计量单位“{unit}”不对，可选：学时（hours）、天（days）。", unit=unit)
        )
    day_count = raw.get("day_count", DAY_COUNT_HOURS)
    if day_count not in DAY_COUNTS:
        raise RuleError(
            msg(
                "按天计算的方式“{value}”不对，可选：按学时折算（hours）、按培训日期（dates）。",
                value=str(day_count),
            )
        )
    required: dict[str, float] = {}
    for level, value in dict(raw.get("required") or {}).items():
        if level not in enums.LEVELS:
            raise RuleError(
                msg(
                    "继续教育要求中的等级“{level}”不对，可选：{choices}。",
                    level=level,
                    choices=enums.LEVELS,
                )
            )
        if value is not None:
            required[level] = _number(
                value, msg("{level}的要求", level=level), minimum=0, maximum=10000
            )
    conversions = []
    seen: set[str] = set()
    for c in raw.get("conversions") or []:
        activity = str(c.get("activity") or "").strip()
        if not activity or activity == TRAINING or activity in seen:
            raise RuleError(
                msg("折算规则的类型“{activity}”为空、重复或与普通培训重名。", activity=activity)
            )
        seen.add(activity)
        conversions.append(
            Conversion(
                activity=activity,
                label=str(c.get("label") or activity),
                hours=_number(
                    c.get("hours"),
                    msg("折算规则“{activity}”的学时", activity=activity),
                    minimum=0.5,
                    maximum=1000,
                ),
                once=bool(c.get("once", False)),
            )
        )
    return CESettings(
        preset=str(raw.get("preset") or "custom"),
        name=str(raw.get("name") or "自定义"),
        unit=unit,
        hours_per_day=_number(
            raw.get("hours_per_day", 8), msg("每天折合学时"), minimum=1, maximum=24
        ),
        required=required,
        period_years=int(
            _number(raw.get("period_years", 3), msg("登记有效期（年）"), minimum=1, maximum=10)
        ),
        window_months=int(
            _number(raw.get("window_months", 3), msg("再登记提前（月）"), minimum=0, maximum=24)
        ),
        pace_after_days=int(
            _number(
                raw.get("pace_after_days", 365), msg("进度检查起始天数"), minimum=0, maximum=3650
            )
        ),
        conversions=tuple(conversions),
        day_count=day_count,
    )


# -- date arithmetic ----------------------------------------------------------------------------
def add_years(d: date, years: int) -> date:
    """``d`` moved by whole years; 29 February becomes 28 February in a common year."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clamped to the month's last (31 May − 3 → 28/29 Feb)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, min(d.day, day))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


# -- periods --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    """One registration period.

    ``cut``: ended early because a higher certificate was registered. ``registered``: a
    registration covers it — False after a registration ran out with no 再登记 recorded (the
    period still rolls on: the hours earned in it are what a later 再登记 must prove).
    ``renewed``: it starts at a recorded 再登记, so the period before it was accepted as complete.
    """

    level: str
    start: date
    end: date
    cut: bool = False
    registered: bool = True
    renewed: bool = False

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end


@dataclass(frozen=True)
class Registration:
    """A registration as the rules need it: its level, first day (None = 未登记) and last day.

    ``until`` None: a date without a record of its validity, whose periods roll on every N years
    from it. With ``until`` the registration's own period ends there; after it the periods roll
    on unregistered (a lapse) until a later registration of the level starts the next one.
    """

    level: str
    registration_date: date | None
    until: date | None = None


def chain(registrations: Iterable[Registration]) -> list[list[Registration]]:
    """The registrations that start periods, as links: each link a higher level than the one
    before, holding its level's registrations in date order (首次登记, then each 再登记).

    A lower level registered later does not replace the higher one (a person keeps the highest
    requirement they have reached); unregistered certificates start nothing yet; of two
    registrations of one level on one day the later listed applies.
    """
    regs = sorted(
        (r for r in registrations if r.registration_date is not None),
        key=lambda r: (r.registration_date, enums.level_rank(r.level)),
    )
    links: list[list[Registration]] = []
    for r in regs:
        if links:
            link = links[-1]
            rank, top = enums.level_rank(r.level), enums.level_rank(link[0].level)
            if rank < top:
                continue
            if rank == top:
                if r.registration_date == link[-1].registration_date:
                    link[-1] = r
                else:
                    link.append(r)
                continue
            if r.registration_date == link[0].registration_date:
                links[-1] = [r]  # two levels registered the same day: the higher one applies
                continue
        links.append([r])
    return links


def periods_around(
    registrations: Iterable[Registration], at: date, years: int
) -> tuple[Period | None, Period | None]:
    """The period containing ``at`` and the one just before it in the same certificate.

    (None, None) before the first registration. The period before the first one of a higher
    certificate is not returned: it belongs to a superseded requirement.
    """
    links = chain(registrations)
    for i, link in enumerate(links):
        start0 = link[0].registration_date
        assert start0 is not None
        cut_at = links[i + 1][0].registration_date if i + 1 < len(links) else None
        if at < start0:
            break
        if cut_at is not None and at >= cut_at:
            continue
        j = len(link) - 1
        while link[j].registration_date > at:  # type: ignore[operator]
            j -= 1
        stop = link[j + 1].registration_date if j + 1 < len(link) else cut_at
        current = _in_segment(link[j], at, years, stop, stop == cut_at, j > 0)
        previous: Period | None = None
        if current.start > link[j].registration_date:  # type: ignore[operator]
            previous = _in_segment(
                link[j], current.start - timedelta(days=1), years, current.start, False, j > 0
            )
        elif j > 0:
            seg = link[j].registration_date
            assert seg is not None
            previous = _in_segment(link[j - 1], seg - timedelta(days=1), years, seg, False, j > 1)
        return current, previous
    return None, None


def _in_segment(
    reg: Registration, d: date, years: int, stop: date | None, cut: bool, renewal: bool
) -> Period:
    """The period containing ``d`` among those of ``reg`` (ending before ``stop``).

    Period k of a date without recorded validity starts at ``add_years(start, k × years)``,
    computed from the date itself rather than chained, so a 29 February registration starts
    on 28 February in common years and on 29 February again in leap years.
    """
    start0 = reg.registration_date
    assert start0 is not None
    if reg.until is not None and d <= reg.until:
        start, end, registered, first = start0, reg.until, True, True
    else:
        anchor = start0 if reg.until is None else reg.until + timedelta(days=1)
        k = max(0, (d.year - anchor.year) // years)
        while add_years(anchor, (k + 1) * years) <= d:
            k += 1
        while k > 0 and add_years(anchor, k * years) > d:
            k -= 1
        start = add_years(anchor, k * years)
        end = add_years(anchor, (k + 1) * years) - timedelta(days=1)
        registered, first = reg.until is None, reg.until is None and k == 0
    if stop is not None and stop <= end:
        return Period(
            reg.level, start, stop - timedelta(days=1), cut, registered, renewal and first
        )
    return Period(reg.level, start, end, False, registered, renewal and first)


# -- credits ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Credit:
    """One credited record: the training's end date and the hours it counts."""

    end_date: date
    hours: float


def credited_hours(settings: CESettings, activity: str | None, hours: float | None) -> float:
    """Hours a record counts: the fixed credit of a conversion, else its real hours."""
    conv = settings.conversion(activity)
    if conv is not None:
        return conv.hours
    if activity not in (None, "", TRAINING):
        raise RuleError(
            msg("没有“{activity}”这种折算类型，请先在继续教育设置里添加。", activity=activity)
        )
    if hours is None:
        raise RuleError(msg("请填写{field}。", field=HOURS))
    return hours


def hours_in(period: Period | None, credits: Iterable[Credit]) -> float:
    if period is None:
        return 0.0
    return sum(c.hours for c in credits if period.contains(c.end_date))


# -- standing ---------------------------------------------------------------------------------
@dataclass(slots=True)
class Standing:
    """A worker's continuing-education standing at a date, in the settings' unit.

    Read-only by convention; not ``frozen`` because a frozen dataclass pays a
    ``object.__setattr__`` per field, which is a third of the time for 100 000 workers.
    """

    at: date
    status: str
    level: str | None
    period: Period | None
    required: float
    earned: float
    missing: float
    days_left: int | None
    window_open: bool
    previous: Period | None = None
    previous_missing: float = 0.0
    note: str = ""
    # The state of the current period alone (已达标 / 进行中 / 有风险), whatever the previous
    # period left owing: a shortfall carried from before makes ``status`` 未达标 while this
    # period's own hours may be well on their way, and the two are shown apart.
    current_status: str = ""

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    def urgency(self) -> tuple[int, float, float]:
        """Sort key: state first, then fewer days left, then more missing."""
        days = self.days_left if self.days_left is not None else 10**6
        return (STATUS_URGENCY[self.status], days, -self.missing)


_WINDOW_CACHE: dict[tuple[date, int], date] = {}


def window_opens(period: Period, settings: CESettings) -> date:
    """First day of the re-registration window: ``window_months`` before the period's end.

    Cached by end date: thousands of workers share a period end, and the standing of everyone
    is computed often (the notice on opening, the compliance list).
    """
    key = (period.end, settings.window_months)
    found = _WINDOW_CACHE.get(key)
    if found is None:
        if len(_WINDOW_CACHE) > 50_000:
            _WINDOW_CACHE.clear()
        found = _WINDOW_CACHE[key] = add_months(
            period.end + timedelta(days=1), -settings.window_months
        )
    return found


def standing_from(
    settings: CESettings,
    at: date,
    current: Period | None,
    previous: Period | None,
    earned_hours: float,
    previous_hours: float,
) -> Standing:
    """Apply the state rules to a period and the hours already summed in it (and the one before).

    Split from ``standing`` so the store can sum hours in SQL for 100 000 workers at once and
    still let the same rules decide every state.
    """
    return Judge(settings, at, current, previous)(earned_hours, previous_hours)


class Judge:
    """The state rules for one (current, previous) period pair at a date, prepared once.

    Thousands of workers share a pair of periods (the same registration date): everything
    that does not depend on their hours — requirement, days left, window, pace threshold — is
    worked out here once, and calling the judge with a worker's hours gives their standing.
    """

    __slots__ = ("at", "cur", "days_left", "factor", "pace_hours", "prev", "prev_counts",
                 "required", "settings", "window_open")  # fmt: skip

    def __init__(
        self, settings: CESettings, at: date, current: Period | None, previous: Period | None
    ) -> None:
        self.settings = settings
        self.factor = settings.to_units(1.0)  # hours → the settings' unit
        self.at = at
        self.cur = current
        self.prev = previous
        self.required = 0.0
        self.days_left: int | None = None
        self.window_open = False
        self.prev_counts = False
        # Pace rule: behind when earned / elapsed × period_days < required, i.e. when earned is
        # below required × elapsed / period_days; None while the grace period lasts.
        self.pace_hours: float | None = None
        if current is None:
            return
        self.required = settings.required_units(current.level)
        self.days_left = (current.end - at).days
        self.window_open = at >= window_opens(current, settings)
        self.prev_counts = (
            previous is not None
            and not previous.cut
            and previous.level == current.level
            and not current.renewed
        )
        elapsed = (at - current.start).days + 1
        if elapsed >= settings.pace_after_days:
            self.pace_hours = self.required * elapsed / current.days

    def __call__(self, earned_hours: float, previous_hours: float) -> Standing:
        cur, at = self.cur, self.at
        if cur is None:
            return Standing(
                at, STATUS_NOT_REQUIRED, None, None, 0, 0, 0, None, False, note=UNREGISTERED_LABEL
            )
        factor = self.factor
        earned = round(earned_hours * factor, 2)
        required = self.required
        if required <= 0:
            return Standing(
                at, STATUS_NOT_REQUIRED, cur.level, cur, 0, earned, 0, self.days_left,
                self.window_open, note="该等级无学时要求",
            )  # fmt: skip
        missing = round(max(0.0, required - earned), 2)
        prev_missing = 0.0
        if self.prev_counts:
            prev_missing = round(max(0.0, required - previous_hours * factor), 2)
        if missing <= 0:
            current_status = STATUS_OK
        elif self.window_open or (self.pace_hours is not None and earned < self.pace_hours):
            current_status = STATUS_AT_RISK
        else:
            current_status = STATUS_ON_TRACK
        status = STATUS_OVERDUE if missing > 0 and prev_missing > 0 else current_status
        return Standing(
            at, status, cur.level, cur, required, earned, missing, self.days_left,
            self.window_open, self.prev, prev_missing, current_status=current_status,
        )  # fmt: skip


def standing(
    settings: CESettings,
    registrations: Iterable[Registration],
    credits: Iterable[Credit],
    at: date,
) -> Standing:
    """One worker's standing from their certificates and credited records."""
    current, previous = periods_around(registrations, at, settings.period_years)
    items = list(credits)
    return standing_from(
        settings, at, current, previous, hours_in(current, items), hours_in(previous, items)
    )


# -- validation of events and records ---------------------------------------------------------
MAX_HOURS = 1000.0


def parse_hours(raw: object, what: str = HOURS) -> float:
    """Hours as typed or read from Excel: positive, at most ``MAX_HOURS``, two decimals kept."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise RuleError(msg("请填写{field}。", field=what), "hours")
    if isinstance(raw, bool):
        raise RuleError(msg("{field}应当是数字。", field=what), "hours")
    try:
        value = float(str(raw).strip()) if isinstance(raw, str) else float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise RuleError(
            msg("{field}“{value}”不是数字。", field=what, value=str(raw)), "hours"
        ) from None
    if not math.isfinite(value) or value <= 0:
        raise RuleError(
            msg("{field}必须大于 0，现在是 {value}。", field=what, value=str(raw)), "hours"
        )
    if value > MAX_HOURS:
        raise RuleError(
            msg(
                "{field} {value} 太大（最多 {limit:g}），请核对。",
                field=what,
                value=str(raw),
                limit=MAX_HOURS,
            ),
            "hours",
        )
    return round(value, 2)


def _bad_mode(mode: str) -> Text:
    return msg("培训形式“{mode}”不对，可选：{choices}。", mode=mode, choices=MODES)


def _text(raw: object, label: str | None = None, *, multiline: bool = False) -> str | None:
    """A text field as typed or imported; with its ``label`` cleaned like every typed text
    (``core.text.clean_text`` as prose: hidden marks removed, control characters refused)."""
    if raw is None:
        return None
    s = clean_text(raw, label, multiline=multiline, prose=True) if label else str(raw).strip()
    return s or None


def _date(raw: object, what: str, field_name: str) -> date | None:
    try:
        return parse_loose_date(raw, field_name)
    except RuleError as e:
        raise RuleError(
            msg("{field}：{reason}", field=what, reason=e.message), field_name
        ) from None


# A training's name as certificates and transcripts print it on one line: the longest real
# course names run to about 60 characters. 100 leaves room for any of them and is what the
# training dialogs always held, so a title that came from the command line or a sign-in sheet
# can be edited there; a pasted page of text (30 000 characters) is refused with this message
# instead of breaking the transcript's layout.
TITLE_MAX = 100


def _title(raw: object, default: str | None = None) -> str:
    title = _text(raw, msg("培训名称")) or default
    if not title:
        raise RuleError(msg("请填写培训名称。"), "title")
    if len(title) > TITLE_MAX:
        raise RuleError(
            msg(
                "培训名称太长：{count} 个字，最多 {max} 个字。请写简短的名称，细节写在备注里。",
                count=len(title),
                max=TITLE_MAX,
            ),
            "title",
        )
    return title


def validate_event(raw: Mapping[str, Any]) -> dict[str, Any]:
    """A training event's fields, cleaned; RuleError naming the first wrong field.

    The end date defaults to the start date (most trainings last one day).
    """
    title = _title(raw.get("title"))
    start = _date(raw.get("start_date"), START_DATE, "start_date")
    if start is None:
        raise RuleError(msg("请填写开始日期。"), "start_date")
    end = _date(raw.get("end_date"), END_DATE, "end_date") or start
    if end < start:
        raise RuleError(msg("结束日期早于开始日期，请核对。"), "end_date")
    mode = _text(raw.get("mode")) or MODE_IN_PERSON
    if mode not in MODES:
        raise RuleError(_bad_mode(mode), "mode")
    return {
        "title": title,
        "organizer": _text(raw.get("organizer"), msg("主办单位")),
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "mode": mode,
        "hours": parse_hours(raw.get("hours"), msg("培训学时")),
        "place": _text(raw.get("place"), msg("培训地点")),
        "note": _text(raw.get("note"), msg("备注"), multiline=True),
    }


def validate_single(settings: CESettings, raw: Mapping[str, Any]) -> dict[str, Any]:
    """A record without an event (an online course, a degree, a paper), cleaned.

    A conversion (``activity`` other than training) gets its fixed credit whatever hours are
    typed; its date is the day it was obtained (the degree certificate's date).
    The credit is stored with the record when it is made: changing the settings later does
    not rewrite hours already credited (a transcript once printed must stay true).
    """
    activity = _text(raw.get("activity")) or TRAINING
    conv = settings.conversion(activity)
    if activity != TRAINING and conv is None:
        raise RuleError(
            msg("没有“{activity}”这种折算类型，请先在继续教育设置里添加。", activity=activity),
            "activity",
        )
    title = _title(raw.get("title"), conv.label if conv else None)
    end = _date(raw.get("end_date"), END_DATE, "end_date")
    start = _date(raw.get("start_date"), START_DATE, "start_date")
    if end is None:
        end = start
    if end is None:
        raise RuleError(msg("请填写培训结束日期（学时计入结束日期所在的登记期）。"), "end_date")
    if start is not None and end < start:
        raise RuleError(msg("结束日期早于开始日期，请核对。"), "end_date")
    mode = _text(raw.get("mode")) or (MODE_DEGREE if activity == ACTIVITY_DEGREE else enums.OTHER)
    if mode not in MODES:
        raise RuleError(_bad_mode(mode), "mode")
    hours = parse_hours(raw.get("hours")) if conv is None else None
    return {
        "activity": activity,
        "title": title,
        "mode": mode,
        "start_date": start.isoformat() if start else None,
        "end_date": end.isoformat(),
        "hours": hours,
        "hours_credited": credited_hours(settings, activity, hours),
        "note": _text(raw.get("note"), msg("备注"), multiline=True),
    }


# -- an event's dates against the people who attended it --------------------------------------
# How many names a date warning lists before it says how many there are in all.
NAMES_IN_WARNING = 5


@dataclass(frozen=True)
class Attendee:
    """What the date of a training is checked against for one person: the period their hours
    count in now (None when none applies), and the day their first certificate was obtained."""

    name: str
    period: Period | None
    certified: date | None


def _names(people: list[Attendee]) -> list[str] | Text:
    """The people a warning names, as a ``msg`` argument (a list is joined with "、")."""
    names = [p.name for p in people]
    if len(names) > NAMES_IN_WARNING:
        return msg("{names} 等 {count} 人", names=names[:NAMES_IN_WARNING], count=len(names))
    return names


def event_date_warnings(end: date, today: date, attendees: Iterable[Attendee]) -> list[Text]:
    """What a clerk should check about a training's end date before trusting its hours; empty
    when nothing looks wrong. A warning, never a refusal: old trainings are recorded late, and a
    period may rightly be left behind.

    - an end after ``today``: the training has not happened yet (often a year typed wrong);
    - an end before a person's certificate was obtained: the hours fall before any period of
      theirs (《社会工作者继续教育办法》 counts hours within a registration period);
    - otherwise an end outside a person's current period: the hours count in another period
      (hours count in the period containing the training's end date).
    A day on an edge (today, the day obtained, a period's first or last day) is inside.
    """
    out: list[Text] = []
    if end > today:
        out.append(
            msg(
                "结束日期 {day} 在今天（{today}）之后，培训还没有结束，请核对日期。",
                day=end.isoformat(),
                today=today.isoformat(),
            )
        )
    people = list(attendees)
    early = [p for p in people if p.certified is not None and end < p.certified]
    if early:
        out.append(
            msg(
                "结束日期 {day} 早于 {names} 取得证书的日期，学时不计入任何登记期。",
                day=end.isoformat(),
                names=_names(early),
            )
        )
    elsewhere = [
        p for p in people if p not in early and p.period is not None and not p.period.contains(end)
    ]
    if len(elsewhere) == 1:
        period = elsewhere[0].period
        assert period is not None
        out.append(
            msg(
                "结束日期 {day} 不在 {name} 的本期登记期（{first} 至 {last}）内，"
                "学时会计入别的登记期。",
                day=end.isoformat(),
                name=elsewhere[0].name,
                first=period.start.isoformat(),
                last=period.end.isoformat(),
            )
        )
    elif elsewhere:
        out.append(
            msg(
                "结束日期 {day} 不在 {names} 的本期登记期内，学时会计入别的登记期。",
                day=end.isoformat(),
                names=_names(elsewhere),
            )
        )
    return out
