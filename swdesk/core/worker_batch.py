"""``core.worker.validate_worker`` over many rows at once, a column at a time.

A roster of 10k rows repeats a few dozen values in most columns (民族, 学历, 岗位类型, 状态,
服务领域 …): each column's distinct values are checked once, with the very functions
``validate_worker`` calls, and the rows pick their results up by dict lookup. A row with any
problem is checked again by ``validate_worker`` itself, so its reasons (and their order) are
exactly the editor's; only rows that pass take the fast path, and they get the same record,
key for key and in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import repeat
from typing import Any

from swdesk.core import enums
from swdesk.core.dates import iso, parse_loose_date
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.idnumber import IdNumber, parse_id_number
from swdesk.core.phone import parse_mobile
from swdesk.core.text import clean_text
from swdesk.core.worker import (
    _EDUCATION,
    _ETHNICITY,
    _MAJOR,
    _NOTES,
    _POLITICAL,
    _POST_TYPE,
    _STATUS,
    _bool,
    _choice,
    _name,
    parse_domains,
    parse_roles,
    validate_worker,
)

# A value its check refused: the row goes the slow way, which says why.
_BAD: Any = object()


def _attempt(fn: Callable[[Any], Any], value: Any) -> Any:
    try:
        return fn(value)
    except RuleError:
        return _BAD


def _column(values: list[Any], fn: Callable[[Any], Any]) -> tuple[list[Any], bool]:
    """``fn`` of every value, each distinct value computed once (``_BAD`` when refused), and
    whether any was refused.

    Values are told apart by type too: 1, 1.0 and True are one key to a dict, so a column of
    more than text and blanks is keyed by (type, value)."""
    if _PLAIN_TYPES.issuperset(map(type, values)):
        done = {v: _attempt(fn, v) for v in set(values)}
        out = list(map(done.__getitem__, values))
    else:
        keys = list(zip(map(type, values), values, strict=True))
        done = {k: _attempt(fn, k[1]) for k in set(keys)}
        out = list(map(done.__getitem__, keys))
    return out, any(v is _BAD for v in done.values())


# Types among which equal values are the same value (no 1 == 1.0 == True).
_PLAIN_TYPES = frozenset({str, type(None)})


def _birth(value: Any) -> date | None:
    try:
        return parse_loose_date(value)
    except RuleError:
        return None


def _ethnicity(v: Any) -> Any:
    return _choice(v, enums.ETHNICITIES, _ETHNICITY)


def _political(v: Any) -> Any:
    return _choice(v, enums.POLITICAL_STATUSES, _POLITICAL)


def _education(v: Any) -> Any:
    return _choice(v, enums.EDUCATIONS, _EDUCATION, enums.EDUCATION_ALIASES)


def _major(v: Any) -> Any:
    return clean_text(v or "", _MAJOR) or None


def _post_type(v: Any) -> Any:
    return _choice(v, enums.POST_TYPES, _POST_TYPE)


def _status(v: Any) -> Any:
    return _choice(v or enums.STATUS_ON_DUTY, enums.STATUSES, _STATUS)


def _status_date(v: Any) -> Any:
    return iso(parse_loose_date(v, "status_date"))


def _notes(v: Any) -> Any:
    return clean_text(v or "", _NOTES, multiline=True) or None


def _flag(v: Any) -> int:
    return 1 if _bool(v) else 0


def _code(v: Any) -> str | None:
    return str(v or "").strip() or None


def _given_gender(v: Any) -> str:
    return str(v or "").strip()


# Field → its check, in the record's order after the ID number's four keys.
_CHECKS: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("ethnicity", _ethnicity),
    ("phone", parse_mobile),
    ("political_status", _political),
    ("education", _education),
    ("major", _major),
    ("sw_major", _flag),
    ("village_code", _code),
    ("post_type", _post_type),
    ("professional_post", _flag),
    ("domains", parse_domains),
    ("roles", parse_roles),
    ("status", _status),
    ("status_date", _status_date),
    ("notes", _notes),
)


# The record's keys in ``validate_worker``'s order: the ID number's four, then the checks'
# ("roles" only for a row that has the key).
_KEYS = ("name", "id_number", "gender", "birth_date", "id_note", *(k for k, _ in _CHECKS))


def validate_workers(
    raws: Sequence[dict[str, Any]], today: date | None = None
) -> list[dict[str, Any] | FieldErrors]:
    """``validate_worker`` of each row: its clean record, or the FieldErrors it raises.

    Rows whose cells are not all hashable (lists from a form) are checked one by one."""
    try:
        return _validate(raws, today)
    except TypeError:  # an unhashable cell: no column cache for this batch
        return [_one(r, today) for r in raws]


def _one(raw: dict[str, Any], today: date | None) -> dict[str, Any] | FieldErrors:
    try:
        return validate_worker(raw, today)
    except FieldErrors as e:
        return e


def _validate(
    raws: Sequence[dict[str, Any]], today: date | None
) -> list[dict[str, Any] | FieldErrors]:
    bad: set[int] = set()

    def column(key: str, fn: Callable[[Any], Any]) -> list[Any]:
        out, refused = _column(list(map(dict.get, raws, repeat(key))), fn)
        if refused:
            bad.update(i for i, v in enumerate(out) if v is _BAD)
        return out

    names = column("name", _name)
    ids: list[IdNumber | Any] = column("id_number", lambda v: parse_id_number(v, today))
    genders = column("gender", _given_gender)
    births = column("birth_date", _birth)
    notes_given = [r.get("id_note") for r in raws]
    cols: list[list[Any]] = [names, [], [], [], []]
    for i, idn in enumerate(ids):
        if idn is _BAD:
            continue
        given = genders[i]
        if given and given != idn.gender:
            bad.add(i)
        b = births[i]
        if (
            b
            and b != idn.birth_date
            and not (b.day == 1 and b.replace(day=idn.birth_date.day) == idn.birth_date)
        ):
            bad.add(i)
    ok_ids = [None if idn is _BAD else idn for idn in ids]
    cols[1] = [idn.value if idn else None for idn in ok_ids]
    cols[2] = [idn.gender if idn else None for idn in ok_ids]
    cols[3] = [idn.birth_date.isoformat() if idn else None for idn in ok_ids]
    cols[4] = [
        (idn.note or given or None) if idn else None
        for idn, given in zip(ok_ids, notes_given, strict=True)
    ]
    has_roles = [("roles" in r) for r in raws]
    for key, fn in _CHECKS:
        if key == "roles":
            # Checked only where the row has the key, as ``validate_worker`` does.
            values, _ = _column(
                [r.get(key) if has else None for r, has in zip(raws, has_roles, strict=True)], fn
            )
            bad.update(i for i, v in enumerate(values) if v is _BAD and has_roles[i])
            cols.append(values)
            continue
        cols.append(column(key, fn))
    out: list[dict[str, Any] | FieldErrors] = []
    for i, row in enumerate(zip(*cols, strict=True)):
        if i in bad:
            out.append(_one(raws[i], today))
            continue
        record = dict(zip(_KEYS, row, strict=True))
        record["domains"] = list(record["domains"])  # a row's own list, not one shared
        if has_roles[i]:
            record["roles"] = list(record["roles"])
        else:
            del record["roles"]
        out.append(record)
    return out
