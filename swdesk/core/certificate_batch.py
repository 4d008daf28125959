"""``validate_certificate`` and ``registration.check_fields`` over many rows at once, a column
at a time.

As in ``core.worker_batch``: each column's distinct values are checked once with the very
functions the single-row checks call, and the certificate numbers and 证书管理号 (nearly all
different) are judged over the whole column at once (``worker_batch.plain_texts``). A row
with any problem is checked again by the single-row function itself, so its reasons are
exactly that function's; rows that pass get the same record, key for key, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import repeat
from typing import Any

from swdesk.core import registration as reg
from swdesk.core.dates import iso, parse_loose_date
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.text import clean_text
from swdesk.core.worker import certificate_level, certificate_number, validate_certificate
from swdesk.core.worker_batch import BAD, column_outcomes, plain_texts

Outcome = dict[str, Any] | FieldErrors | None


def _level(v: Any) -> str:
    level = certificate_level(v)
    if level is None:
        raise RuleError(str(v))
    return level


def _date_of(key: str) -> Callable[[Any], str | None]:
    return lambda v: iso(parse_loose_date(v, key))


_OBTAINED = _date_of("obtained_date")
_REGISTERED = _date_of("registration_date")


def _texts(values: list[Any], fn: Callable[[Any], Any]) -> list[Any]:
    """``fn`` of each value, where ``fn`` leaves plain text as it is and makes empty None:
    a column of plain text and blanks is taken whole."""
    given = [v for v in values if v is not None]
    if plain_texts(given):
        return [v or None for v in values]
    return column_outcomes(values, fn)


def _column(raws: Sequence[dict[str, Any]], key: str) -> list[Any]:
    return list(map(dict.get, raws, repeat(key)))


def _rows(raws: Sequence[dict[str, Any] | None]) -> list[dict[str, Any]]:
    """Each row, an empty one where it has none, so columns are taken by ``dict.get``."""
    return [r if r is not None else {} for r in raws]


def validate_certificates(raws: Sequence[dict[str, Any] | None]) -> list[Outcome]:
    """``validate_certificate`` of each row that has one (None where a row has none): its
    clean record, or the FieldErrors it raises."""
    try:
        return _certificates(raws)
    except TypeError:  # an unhashable cell: one by one
        return [None if r is None else _one(validate_certificate, r) for r in raws]


def _one(fn: Callable[[dict[str, Any]], dict[str, Any]], raw: dict[str, Any]) -> Outcome:
    try:
        return fn(raw)
    except FieldErrors as e:
        return e


def _certificates(raws: Sequence[dict[str, Any] | None]) -> list[Outcome]:
    rows = _rows(raws)
    levels = column_outcomes(_column(rows, "level"), _level)
    numbers = _texts(_column(rows, "cert_number"), certificate_number)
    obtained = column_outcomes(_column(rows, "obtained_date"), _OBTAINED)
    registered = column_outcomes(_column(rows, "registration_date"), _REGISTERED)
    out: list[Outcome] = []
    for raw, row in zip(raws, zip(levels, numbers, obtained, registered, strict=True), strict=True):
        if raw is None:
            out.append(None)
        elif BAD in row or (row[2] and row[3] and row[3] < row[2]):
            out.append(_one(validate_certificate, raw))
        else:
            out.append(dict(zip(_CERT_KEYS, row, strict=True)))
    return out


# ``validate_certificate``'s keys, in its order.
_CERT_KEYS = ("level", "cert_number", "obtained_date", "registration_date")


def _kind(v: Any) -> str:
    kind = v or reg.KIND_FIRST
    if kind not in reg.KINDS:
        raise RuleError(str(v))
    return str(kind)


def _state(v: Any) -> str:
    state = v or reg.STATE_ISSUED
    if state not in reg.STATES:
        raise RuleError(str(v))
    return str(state)


def _reg_date(key: str, required: bool) -> Callable[[Any], str | None]:
    def check(v: Any) -> str | None:
        d = parse_loose_date(v, key)
        if d is None and required:
            raise RuleError(key)
        return None if d is None else d.isoformat()

    return check


def _management_number(v: Any) -> str | None:
    return clean_text(v or "", "") or None


def _note(v: Any) -> str | None:
    return clean_text(v or "", "", multiline=True, prose=True) or None


_REG_KEYS = (
    "kind",
    "state",
    "applied_on",
    "valid_from",
    "valid_until",
    "management_number",
    "note",
)


def check_registrations(raws: Sequence[dict[str, Any] | None]) -> list[Outcome]:
    """``registration.check_fields`` of each row that has a registration (None where a row
    has none): its clean fields, or the FieldErrors it raises."""
    try:
        return _registrations(raws)
    except TypeError:
        return [None if r is None else _one(reg.check_fields, r) for r in raws]


def _registrations(raws: Sequence[dict[str, Any] | None]) -> list[Outcome]:
    rows = _rows(raws)
    kinds = column_outcomes(_column(rows, "kind"), _kind)
    states = column_outcomes(_column(rows, "state"), _state)
    applied = column_outcomes(_column(rows, "applied_on"), _reg_date("applied_on", False))
    starts = column_outcomes(_column(rows, "valid_from"), _reg_date("valid_from", True))
    untils = column_outcomes(_column(rows, "valid_until"), _reg_date("valid_until", False))
    numbers = _texts(_column(rows, "management_number"), _management_number)
    notes = _texts(_column(rows, "note"), _note)
    defaults: dict[str, str] = {}
    out: list[Outcome] = []
    outcomes = zip(kinds, states, applied, starts, untils, numbers, notes, strict=True)
    for raw, row in zip(raws, outcomes, strict=True):
        if raw is None:
            out.append(None)
            continue
        start, until = row[3], row[4]
        if BAD in row or (until is not None and until < start):
            out.append(_one(reg.check_fields, raw))
            continue
        if until is None:
            until = defaults.get(start)
            if until is None:
                until = reg.default_valid_until(date.fromisoformat(start)).isoformat()
                defaults[start] = until
            row = (*row[:4], until, *row[5:])
        out.append(dict(zip(_REG_KEYS, row, strict=True)))
    return out
