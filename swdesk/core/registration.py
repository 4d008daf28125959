"""Registrations of a certificate (证书登记): each 首次登记 and 再登记 with its dates and state.

《社会工作者职业水平证书登记办法》: a certificate is registered before its holder practises, and
the registration is renewed every three years (再登记) on proof of continuing education. The
national social-work information system shows each application's state; the words below are the
ones it shows, so a clerk copies what the screen says. A certificate registered only while one
of its registrations is in a passing state (终审通过, 已完成, 已出证) and the day lies in the
registration's validity — that is what the allowance rules ask (``core.allowance``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from swdesk.core import enums
from swdesk.core.dates import parse_loose_date
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import msg
from swdesk.core.text import clean_text

# Kinds of registration.
KIND_FIRST = _N("enum", "首次登记")
KIND_RENEWAL = _N("enum", "再登记")
KINDS: tuple[str, ...] = (KIND_FIRST, KIND_RENEWAL)

# States as the national social-work information system shows them, in the order they come.
STATE_PENDING = _N("enum", "待审核")
STATE_FIRST_PASSED = _N("enum", "初审通过")
STATE_FIRST_FAILED = _N("enum", "初审未通过")
STATE_FINAL_PASSED = _N("enum", "终审通过")
STATE_FINAL_FAILED = _N("enum", "终审未通过")
STATE_DONE = _N("enum", "已完成")
STATE_ISSUED = _N("enum", "已出证")
STATES: tuple[str, ...] = (
    STATE_PENDING,
    STATE_FIRST_PASSED,
    STATE_FIRST_FAILED,
    STATE_FINAL_PASSED,
    STATE_FINAL_FAILED,
    STATE_DONE,
    STATE_ISSUED,
)
# The states in which a registration counts: it passed the final review.
VALID_STATES: frozenset[str] = frozenset({STATE_FINAL_PASSED, STATE_DONE, STATE_ISSUED})

# A registration is valid three years (登记办法: 登记有效期为 3 年).
VALID_YEARS = 3


def default_valid_until(valid_from: date, years: int = VALID_YEARS) -> date:
    """The last day of a registration valid ``years`` years from ``valid_from``."""
    try:
        end = valid_from.replace(year=valid_from.year + years)
    except ValueError:  # 29 February: to 28 February, as SQLite's date(…, '+3 years', '-1 day')
        end = date(valid_from.year + years, 3, 1)
    return date.fromordinal(end.toordinal() - 1)


def _date(raw: object, what: str, required: bool) -> str | None:
    d = parse_loose_date(raw, what)
    if d is None:
        if required:
            raise RuleError(msg("请填写{what}。", what=what))
        return None
    return d.isoformat()


# The fields' labels for messages, made once: a roster import checks thousands of rows.
_DATE_FIELDS = (
    ("valid_from", msg("登记有效期起"), True),
    ("valid_until", msg("登记有效期止"), False),
    ("applied_on", msg("申请日期"), False),
)
_TEXT_FIELDS = (
    ("management_number", msg("证书管理号"), False),
    ("note", msg("备注"), True),
)


def check_fields(raw: dict[str, Any]) -> dict[str, Any]:
    """A registration's kind, state, dates and 证书管理号 checked all at once (no level): the
    FieldErrors name each wrong one (``kind``, ``state``, ``valid_from``, ``valid_until``) so a
    roster row marks every wrong cell; a missing ``valid_until`` is three years on."""
    errors: dict[str, str] = {}
    kind = raw.get("kind") or KIND_FIRST
    if kind not in KINDS:
        errors["kind"] = msg(
            "登记类别“{kind}”不认识，应是：{kinds}。", kind=kind, kinds=list(KINDS)
        )
    state = raw.get("state") or STATE_ISSUED
    if state not in STATES:
        errors["state"] = msg(
            "登记状态“{state}”不认识，应是：{states}。", state=state, states=list(STATES)
        )
    dates: dict[str, str | None] = {}
    for key, what, required in _DATE_FIELDS:
        try:
            dates[key] = _date(raw.get(key), what, required)
        except RuleError as e:
            errors[key] = e.message
    start, until = dates.get("valid_from"), dates.get("valid_until")
    if start is not None and "valid_until" not in errors:
        if until is None:
            until = default_valid_until(date.fromisoformat(start)).isoformat()
        elif until < start:
            errors["valid_until"] = msg(
                "登记有效期止 {until} 早于有效期起 {start}。", until=until, start=start
            )
    texts: dict[str, str | None] = {}
    for key, label, multiline in _TEXT_FIELDS:
        try:
            text = clean_text(raw.get(key) or "", label, multiline=multiline, prose=multiline)
            texts[key] = text or None
        except RuleError as e:
            errors[key] = e.message
    if errors:
        raise FieldErrors(errors)
    return {
        "kind": kind,
        "state": state,
        "applied_on": dates["applied_on"],
        "valid_from": start,
        "valid_until": until,
        "management_number": texts["management_number"],
        "note": texts["note"],
    }


def validate(raw: dict[str, Any]) -> dict[str, Any]:
    """A registration's stored values, checked; a missing ``valid_until`` is three years on."""
    level = enums.normalize_choice(str(raw.get("level") or ""), enums.LEVELS, enums.LEVEL_ALIASES)
    if level is None:
        raise RuleError(
            msg(
                "登记的等级“{level}”不认识，应是：{levels}。",
                level=raw.get("level"),
                levels=list(enums.LEVELS),
            )
        )
    try:
        clean = check_fields(raw)
    except FieldErrors as e:
        raise RuleError(next(iter(e.errors.values()))) from None
    return {"level": level, **clean}
