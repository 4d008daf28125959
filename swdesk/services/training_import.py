"""Importing a sign-in sheet: its rows checked against the files and saved for one event.

An attendance list is short and typed by hand (身份证号, 姓名, 学时). Import is all or nothing:
every problem is listed with its row (unknown ID numbers, an ID number that belongs to another
name, hours above the event's, a person listed twice or already recorded), and nothing is saved
until the sheet is clean — a half-imported sign-in sheet is worse than none, because nobody
knows which half. Reading the sheet is ``swdesk.formats.training_excel``'s part.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from swdesk.core import ce
from swdesk.formats.excel_common import name_mismatch, row_id_number, sort_by_row
from swdesk.formats.training_excel import read_attendance
from swdesk.formats.xlsx_guard import Limits
from swdesk.store import Store, training, workers


class _Rollback(Exception):
    pass


@dataclass(frozen=True)
class SheetImported:
    """What an import saved: the event (perhaps made by the import) and the new records."""

    event_id: str
    record_ids: list[str]
    event_created: bool


def import_attendance(store: Store, path: Path, event_id: str) -> list[str]:
    """Record the sheet's people for an existing event; all rows or none (AttendanceRejected)."""
    return import_sheet(store, path, event_id).record_ids


def import_sheet(store: Store, path: Path, event: str | Mapping[str, Any]) -> SheetImported:
    """Import a sign-in sheet for an event given by id, or by its details (a new event).

    With details, the event is created in the same transaction as its attendance: a sheet
    that is refused leaves no event behind either, so a clerk can correct the sheet and
    import again without finding an empty duplicate training in the list. The details are
    checked (``ce.validate_event``, naming the wrong field) before the file is read.
    """
    details = ce.validate_event(event) if isinstance(event, Mapping) else None
    rows = read_attendance(path, Limits.of(store))
    if details is None:
        training.get_event(store, str(event))
    problems: list[str] = []
    good: list[training.Attendee] = []
    parsed: dict[int, str] = {}
    for r in rows:
        if (number := row_id_number(r.row, r.id_number, problems)) is not None:
            parsed[r.row] = number
    known = workers.names_by_id_number(store, list(parsed.values()))
    for r in rows:
        idn = parsed.get(r.row)
        if idn is None:
            continue
        name = known.get(idn)
        if name is not None and (wrong := name_mismatch(r.row, idn, name, r.name)):
            problems.append(wrong)
            continue
        good.append(training.Attendee(idn, r.hours, r.row))
    ids: list[str] = []
    event_id = "" if details is not None else str(event)
    try:
        with store.atomic():
            if details is not None:
                event_id = training.add_event(store, details)
            if good:
                ids = training.attend(store, event_id, good)
            if problems:
                raise _Rollback
    except training.AttendanceRejected as e:
        problems.extend(e.problems)
    except _Rollback:
        pass
    if problems:
        sort_by_row(problems)
        raise training.AttendanceRejected(problems)
    return SheetImported(event_id, ids, details is not None)
