"""Importing exam results: a results sheet's rows checked against the year's registrations.

Import is all or nothing: every problem is listed with its row (ID number not in the files or
not registered that year, a subject the person did not register, a score out of range, the same
subject twice), and nothing is saved until the sheet is clean — half-imported results cannot be
told apart from missing ones. Reading the sheet is ``swdesk.formats.exam_excel``'s part.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

from swdesk.core import exam
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.idnumber import parse_id_number
from swdesk.formats.exam_excel import ResultRow, ResultsRejected, read_results
from swdesk.formats.excel_common import name_mismatch, row_id_number, sort_by_row
from swdesk.formats.roster_read import norm_header
from swdesk.formats.xlsx_guard import Limits
from swdesk.store import Store, exam_results_batch, exams
from swdesk.store.collector import collector_paused

# Subject names as a sheet may write them, compared once per name rather than once per row.
_norm = functools.lru_cache(maxsize=1024)(norm_header)


def import_results(store: Store, year: int, path: Path) -> int:
    """Enter every score of the sheet for ``year``; all rows or none (ResultsRejected)."""
    r = exams.rules(store)
    exams.get_year(store, year)
    # The sheet's rows, the year's registrations and results and the rows written are tens
    # of thousands of small objects in no reference cycle: the cycle collector waits.
    with collector_paused():
        rows = read_results(path, r.all_subjects(), Limits.of(store))
        with store.atomic():  # the registrations read are the ones written to
            return _import_rows(store, year, rows, r)


def _import_rows(store: Store, year: int, rows: list[ResultRow], r: exam.ExamRules) -> int:
    """Check every row against the year read once (``exam_results_batch.read_year``); write
    them all in one batch when none has a problem.

    A sheet names each person once per subject and uses a handful of subject spellings, so
    each distinct ID number, name and subject is checked once and the rows look the answers
    up; a row is checked in the order of its cells and stops at its first problem."""
    known = exam_results_batch.read_year(store, year)
    views = known.by_id_number
    name_of = known.name_of
    problems: list[str] = []
    good: list[tuple[exam_results_batch.Registration, str, float | None]] = []
    seen: dict[tuple[str, str], int] = {}
    # An ID number as written → its registration, the name on file and the registration's
    # subjects by their normalised spelling, once it has passed.
    person: dict[object, tuple[exam_results_batch.Registration, str, dict[str, str]]] = {}
    named: set[tuple[str, str]] = set()  # (ID number, name as written) found to agree
    subject_maps: dict[tuple[str, ...], dict[str, str]] = {}
    top = r.max_score
    today = date.today()  # one day for every row (``parse_id_number`` asks per call)
    for n, raw, written, subject_cell, raw_score in rows:  # ResultRow's fields
        hashable = type(raw) is str
        found = person.get(raw) if hashable else None
        if found is None:
            if hashable and raw in views:
                # Written exactly as on file for a registration of the year: the number was
                # checked when the person was written, and a date of birth on or before that
                # day is on or before today — checking it again finds nothing.
                idn = raw
            else:
                try:
                    idn = parse_id_number(raw, today).value
                except RuleError:
                    checked = row_id_number(n, raw, problems)  # says why, as sheets do
                    if checked is None:
                        continue
                    idn = checked
            on_file = name_of(idn)
            if on_file is None:
                problems.append(msg("第{row}行：身份证号 {number} 没有档案。", row=n, number=idn))
                continue
            if written and (wrong := name_mismatch(n, idn, on_file, written)):
                problems.append(wrong)
                continue
            view = views.get(idn)
            if view is None:
                problems.append(
                    msg(
                        "第{row}行：{name} 没有报名 {year} 年度的考试。",
                        row=n,
                        name=on_file,
                        year=year,
                    )
                )
                continue
            by_norm = subject_maps.get(key := tuple(view.subjects))
            if by_norm is None:
                by_norm = subject_maps[key] = {}
                for name in view.subjects:  # the first of two subjects written alike wins
                    by_norm.setdefault(_norm(name), name)
            if hashable:
                person[raw] = (view, on_file, by_norm)
            if written:
                named.add((idn, written))
        else:
            view, on_file, by_norm = found
            if written and (view.id_number, written) not in named:
                wrong = name_mismatch(n, view.id_number, on_file, written)
                if wrong:
                    problems.append(wrong)
                    continue
                named.add((view.id_number, written))
        subject = (subject_cell or "").strip()
        match = by_norm.get(_norm(subject))
        if match is None:
            problems.append(
                msg(
                    "第{row}行：{name} 没有报考“{subject}”，报考科目：{subjects}。",
                    row=n,
                    name=view.name,
                    subject=subject or msg("（空）"),
                    subjects=list(view.subjects),
                )
            )
            continue
        kind = type(raw_score)
        score: float | None
        if (kind is int or kind is float) and 0 <= raw_score <= top:  # type: ignore[operator]
            score = float(raw_score)  # type: ignore[arg-type]  # what parse_score gives
        else:
            try:
                score = exam.parse_score(raw_score, r, match)
            except RuleError as e:
                problems.append(
                    msg("第{row}行：{name} {reason}", row=n, name=view.name, reason=e.message)
                )
                continue
        key2 = (view.id, match)
        if key2 in seen:
            problems.append(
                msg(
                    "第{row}行：{name}“{subject}”的成绩在第{first}行已经有了。",
                    row=n,
                    name=view.name,
                    subject=match,
                    first=seen[key2],
                )
            )
            continue
        seen[key2] = n
        good.append((view, match, score))
    if problems:
        sort_by_row(problems)
        raise ResultsRejected(problems)
    return exam_results_batch.enter(store, year, good, known, r)
