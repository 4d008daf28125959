"""Importing exam results: a results sheet's rows checked against the year's registrations.

Import is all or nothing: every problem is listed with its row (ID number not in the files or
not registered that year, a subject the person did not register, a score out of range, the same
subject twice), and nothing is saved until the sheet is clean — half-imported results cannot be
told apart from missing ones. Reading the sheet is ``swdesk.formats.exam_excel``'s part.
"""

from __future__ import annotations

import functools
from pathlib import Path

from swdesk.core import exam
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.formats.exam_excel import ResultRow, ResultsRejected, read_results
from swdesk.formats.excel_common import name_mismatch, row_id_number, sort_by_row
from swdesk.formats.roster_read import norm_header
from swdesk.formats.xlsx_guard import Limits
from swdesk.store import Store, exams, workers

# Subject names as a sheet may write them, compared once per name rather than once per row.
_norm = functools.lru_cache(maxsize=1024)(norm_header)


def import_results(store: Store, year: int, path: Path) -> int:
    """Enter every score of the sheet for ``year``; all rows or none (ResultsRejected)."""
    r = exams.rules(store)
    exams.get_year(store, year)
    rows = read_results(path, r.all_subjects(), Limits.of(store))
    with store.atomic():  # the registrations read are the ones written to
        return _import_rows(store, year, rows, r)


def _import_rows(store: Store, year: int, rows: list[ResultRow], r: exam.ExamRules) -> int:
    listed = exams.registrations(store, year, ordered=False)
    views = {v.id_number: v for v in listed}
    names = workers.names_by_id_number(store)
    problems: list[str] = []
    good: list[tuple[str, str, float | None]] = []
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        idn = row_id_number(row.row, row.id_number, problems)
        if idn is None:
            continue
        if idn not in names:
            problems.append(msg("第{row}行：身份证号 {number} 没有档案。", row=row.row, number=idn))
            continue
        if wrong := name_mismatch(row.row, idn, names[idn], row.name):
            problems.append(wrong)
            continue
        view = views.get(idn)
        if view is None:
            problems.append(
                msg(
                    "第{row}行：{name} 没有报名 {year} 年度的考试。",
                    row=row.row,
                    name=names[idn],
                    year=year,
                )
            )
            continue
        subject = (row.subject or "").strip()
        wanted = _norm(subject)
        match = next((s for s in view.subjects if _norm(s.name) == wanted), None)
        if match is None:
            problems.append(
                msg(
                    "第{row}行：{name} 没有报考“{subject}”，报考科目：{subjects}。",
                    row=row.row,
                    name=view.name,
                    subject=subject or msg("（空）"),
                    subjects=[s.name for s in view.subjects],
                )
            )
            continue
        try:
            score = exam.parse_score(row.score, r, match.name)
        except RuleError as e:
            problems.append(
                msg("第{row}行：{name} {reason}", row=row.row, name=view.name, reason=e.message)
            )
            continue
        key = (view.id, match.name)
        if key in seen:
            problems.append(
                msg(
                    "第{row}行：{name}“{subject}”的成绩在第{first}行已经有了。",
                    row=row.row,
                    name=view.name,
                    subject=match.name,
                    first=seen[key],
                )
            )
            continue
        seen[key] = row.row
        good.append((view.id, match.name, score))
    if problems:
        sort_by_row(problems)
        raise ResultsRejected(problems)
    return exams.enter_results(store, year, good, listed)
