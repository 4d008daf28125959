"""``core.worker.validate_worker`` over many rows at once, a column at a time.

A roster of 10k rows repeats a few dozen values in most columns (民族, 学历, 岗位类型, 状态,
服务领域 …): each column's distinct values are checked once, with the very functions
``validate_worker`` calls, and the rows pick their results up by dict lookup. A row with any
problem is checked again by ``validate_worker`` itself, so its reasons (and their order) are
exactly the editor's; only rows that pass take the fast path, and they get the same record,
key for key and in the same order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from itertools import repeat
from operator import add, itemgetter, mod, mul, sub
from typing import Any

from swdesk.core import enums
from swdesk.core.dates import EARLIEST, LATEST, iso, parse_loose_date
from swdesk.core.enums import FEMALE, MALE
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.idnumber import CHECK_CHARACTERS, WEIGHTS, IdNumber, parse_id_number
from swdesk.core.phone import parse_mobile
from swdesk.core.text import clean_text, strip_invisible
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
BAD: Any = object()


def _attempt(fn: Callable[[Any], Any], value: Any) -> Any:
    try:
        return fn(value)
    except RuleError:
        return BAD


def _column(values: list[Any], fn: Callable[[Any], Any]) -> tuple[list[Any], bool]:
    """``fn`` of every value, each distinct value computed once (``BAD`` when refused), and
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
    return out, any(v is BAD for v in done.values())


def column_outcomes(values: list[Any], fn: Callable[[Any], Any]) -> list[Any]:
    """``fn`` of every value, each distinct value once, ``BAD`` where ``fn`` refused it."""
    return _column(values, fn)[0]


# Types among which equal values are the same value (no 1 == 1.0 == True).
_PLAIN_TYPES = frozenset({str, type(None)})
_TEXT = frozenset({str})
_DATETIMES = frozenset({datetime, type(None)})
# Joins a column's values for one search over them all: printable, unchanged by NFKC and
# composing with nothing on either side, so the joined text is plain exactly when each
# value is, and no check's pattern can match across it (no digit, blank or mark).
_JOIN = "|"


def plain_texts(values: list[Any]) -> bool:
    """Whether every value is text that ``clean_text`` leaves as it is (nothing invisible,
    nothing to fold, no surrounding blank, no control character), judged over the whole
    column at once: what a roster's text columns nearly always are."""
    if not _TEXT.issuperset(map(type, values)):
        return False
    joined = _JOIN.join(values)
    return (
        joined.isprintable()
        and unicodedata.is_normalized("NFKC", joined)
        and (joined.isascii() or strip_invisible(joined) == joined)
        and list(map(str.strip, values)) == values
    )


def _names_whole(values: list[Any]) -> list[Any] | None:
    """``_name`` of every value when each is already a stored name (plain, no blank, one to
    thirty characters): the values themselves; else None (each is checked on its own)."""
    if not values or not plain_texts(values):
        return None
    if " " in _JOIN.join(values) or min(map(len, values)) < 1 or max(map(len, values)) > 30:
        return None
    return values


# What ``parse_mobile`` leaves as it is: a mobile number with no separator, the column's
# numbers joined by ``_JOIN``.
_MOBILES = re.compile(r"1[3-9]\d{9}(?:\|1[3-9]\d{9})*")


def _phones_whole(values: list[Any]) -> list[Any] | None:
    """``parse_mobile`` of every value when each is a plain mobile number (the values
    themselves), else None."""
    if not values or not _TEXT.issuperset(map(type, values)):
        return None
    return values if _MOBILES.fullmatch(_JOIN.join(values)) else None


def _births_whole(values: list[Any]) -> list[Any] | None:
    """``_birth`` of every value when each is a datetime (as a roster's dates are read) or
    empty, all within the dates ``parse_loose_date`` takes; else None."""
    if not _DATETIMES.issuperset(map(type, values)):
        return None
    given = [v for v in values if v is not None]
    if given and not (min(given).date() >= EARLIEST and max(given).date() <= LATEST):
        return None
    return [None if v is None else v.date() for v in values]


_CHECK_BYTES = CHECK_CHARACTERS.encode()
# The ID numbers of a column joined by ``_JOIN``, each 17 ASCII digits and a digit or X.
_PLAIN_IDS = re.compile(r"[0-9]{17}[0-9X](?:\|[0-9]{17}[0-9X])*")
_GENDER_OF_BYTE = {b: MALE if (b - 48) % 2 else FEMALE for b in b"0123456789"}


def _ids_whole(
    values: list[Any], today: date | None
) -> tuple[list[Any], list[Any], list[Any]] | None:
    """(value, gender, birth date) of every ID number when each is an 18-character number
    ``parse_id_number`` accepts as it stands, worked out over the whole column at once;
    None when any is not (each is then checked on its own, which says why)."""
    if not values or not _TEXT.issuperset(map(type, values)):
        return None
    joined = _JOIN.join(values)
    if not _PLAIN_IDS.fullmatch(joined):
        return None
    if not {"00"}.isdisjoint(map(itemgetter(slice(0, 2)), values)):
        return None
    if "000000" in set(map(itemgetter(slice(0, 6)), values)):
        return None
    try:
        born = list(
            map(
                date,
                map(int, map(itemgetter(slice(6, 10)), values)),
                map(int, map(itemgetter(slice(10, 12)), values)),
                map(int, map(itemgetter(slice(12, 14)), values)),
            )
        )
    except ValueError:
        return None
    if min(born).year < 1900 or max(born) > (today or date.today()):
        return None
    # ISO 7064 MOD 11-2 over every number at once: the k-th digit of each is every 19th byte.
    data = joined.encode()
    totals = [0] * len(values)
    for k, w in enumerate(WEIGHTS):
        totals = list(map(add, totals, map(mul, data[k::19], repeat(w))))
    zero = ord("0") * sum(WEIGHTS)
    expected = bytes(
        map(_CHECK_BYTES.__getitem__, map(mod, map(sub, totals, repeat(zero)), repeat(11)))
    )
    if expected != data[17::19]:
        return None
    genders = list(map(_GENDER_OF_BYTE.__getitem__, data[16::19]))
    return values, genders, born


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
            bad.update(i for i, v in enumerate(out) if v is BAD)
        return out

    def whole(key: str, fast: Callable[[list[Any]], list[Any] | None], fn: Any) -> list[Any]:
        """``column`` for a column ``fast`` accepts whole, value for value the same."""
        done = fast(list(map(dict.get, raws, repeat(key))))
        return done if done is not None else column(key, fn)

    names = whole("name", _names_whole, _name)
    genders = column("gender", _given_gender)
    births = whole("birth_date", _births_whole, _birth)
    notes_given = [r.get("id_note") for r in raws]
    plain = _ids_whole(list(map(dict.get, raws, repeat("id_number"))), today)
    if plain is not None:
        id_values, id_genders, id_births = plain
        id_notes = [given or None for given in notes_given]
    else:
        ids: list[IdNumber | Any] = column("id_number", lambda v: parse_id_number(v, today))
        ok_ids = [None if idn is BAD else idn for idn in ids]
        id_values = [idn.value if idn else None for idn in ok_ids]
        id_genders = [idn.gender if idn else None for idn in ok_ids]
        id_births = [idn.birth_date if idn else None for idn in ok_ids]
        id_notes = [
            (idn.note or given or None) if idn else None
            for idn, given in zip(ok_ids, notes_given, strict=True)
        ]
    # A gender or birth date given beside the number must agree with it.
    for i, (given, gender, b, born) in enumerate(
        zip(genders, id_genders, births, id_births, strict=True)
    ):
        if gender is None:
            continue
        if given and given != gender:
            bad.add(i)
        if b and b != born and not (b.day == 1 and b.replace(day=born.day) == born):
            bad.add(i)
    cols: list[list[Any]] = [
        names,
        id_values,
        id_genders,
        [b.isoformat() if b else None for b in id_births],
        id_notes,
    ]
    has_roles = [("roles" in r) for r in raws]
    for key, fn in _CHECKS:
        if key == "phone":
            cols.append(whole(key, _phones_whole, fn))
            continue
        if key == "roles":
            # Checked only where the row has the key, as ``validate_worker`` does.
            values, _ = _column(
                [r.get(key) if has else None for r, has in zip(raws, has_roles, strict=True)], fn
            )
            bad.update(i for i, v in enumerate(values) if v is BAD and has_roles[i])
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
