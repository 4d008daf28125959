"""Roster (花名册) import and export: the one code path behind the CLI and the import wizard.

Import runs in two steps so a user can look before anything is written:

1. ``plan_import`` reads the file, checks every row with the same rules as the editor
   (``core.worker``), matches rows to existing files by ID number and works out, per row,
   whether it is new, an update (and which fields change), unchanged, or wrong (and why,
   per column). It writes nothing.
2. ``apply_import`` writes the plan in one transaction. By default it refuses a plan with
   errors (all or nothing); with ``accept_valid`` it writes only the good rows.

Rules that make importing the same file twice harmless:

- a missing column never changes anything, and neither does an empty cell;
- a row that matches what is stored is "unchanged" and causes no write at all (no version
  bump, no audit entry);
- a certificate in a row updates the worker's certificate of the same level, else is added.

A row whose ID number belongs to a *deleted* file is an error ("档案已删除，请先恢复"):
restoring a deleted person is a decision a user should take knowingly, in the worker list,
not as a side effect of an import.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from swdesk.core import divisions, documents
from swdesk.core import registration as reg
from swdesk.core.certificate_batch import check_registrations, validate_certificates
from swdesk.core.enums import level_rank
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.i18n import joined, msg
from swdesk.core.idnumber import parse_id_number
from swdesk.core.worker import CERT_FIELDS, validate_certificate, validate_worker
from swdesk.core.worker_batch import validate_workers
from swdesk.formats import roster_read, xlsx_guard
from swdesk.formats.roster_read import RosterRow, RosterSheet
from swdesk.store import accounts, registrations, villages, worker_roles, workers
from swdesk.store.collector import collector_paused
from swdesk.store.db import Store
from swdesk.store.departures import Released
from swdesk.store.sql_in import chunks

# ``progress(done, total)``; it may raise to cancel: reading stops, and an apply rolls back.
Progress = Callable[[int, int], None]

NEW, UPDATE, UNCHANGED, ERROR = "new", "update", "unchanged", "error"
ACTION_LABELS = {NEW: "新增", UPDATE: "更新", UNCHANGED: "无变化", ERROR: "错误"}

# Chinese names of the fields a row can change (for previews and error columns).
FIELD_LABELS: dict[str, str] = {
    **roster_read.CANONICAL_HEADERS,
    "village_code": "村（社区）",
    "id_note": "身份证号说明",
}
# A registration's fields (``core.registration``) → the roster column that shows each.
_REG_COLUMNS: dict[str, str] = {
    "kind": "reg_kind",
    "state": "reg_state",
    "valid_from": "registration_date",
    "valid_until": "reg_valid_until",
    "management_number": "management_number",
}

# Row fields (as read) → the worker field they fill. ID number, gender and birth date are not
# here: the ID is the match key and the other two are derived from it.
_WORKER_TARGET: dict[str, str] = {
    "name": "name",
    "ethnicity": "ethnicity",
    "phone": "phone",
    "political_status": "political_status",
    "education": "education",
    "major": "major",
    "sw_major": "sw_major",
    "village": "village_code",
    "village_code": "village_code",
    "post_type": "post_type",
    "professional_post": "professional_post",
    "domains": "domains",
    "roles": "roles",
    "status": "status",
    "status_date": "status_date",
    "notes": "notes",
}
_CHUNK = 500  # rows per IN (...) query and per insert batch
_PROGRESS_EVERY = 200


@dataclass(frozen=True)
class RowError:
    """One problem: Excel row number, the column as the file names it, the cell, the reason."""

    row: int
    column: str
    value: str
    reason: str
    field: str | None = None


@dataclass
class PlannedRow:
    """What importing one row would do.

    ``changes`` maps a field (see ``FIELD_LABELS``) to (old, new) for an update; for a new
    worker it is empty. ``cert_action`` is "new", "update" or None.
    """

    row: int
    action: str
    id_number: str | None = None
    name: str | None = None
    worker_id: str | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    cert_action: str | None = None
    errors: list[RowError] = field(default_factory=list)
    # The row's registration (``core.registration.check_fields``) and the fields it fills.
    registration: dict[str, Any] | None = None
    reg_given: frozenset[str] = frozenset()
    # What apply needs: the validated worker, the worker fields the row really fills, and
    # the validated certificate. Not for display.
    clean: dict[str, Any] | None = field(default=None, repr=False)
    present: frozenset[str] = field(default=frozenset(), repr=False)
    certificate: dict[str, Any] | None = field(default=None, repr=False)
    cert_id: str | None = field(default=None, repr=False)

    def copy(self) -> PlannedRow:
        """A shallow copy: ``dataclasses.replace`` runs ``__init__`` over every field again,
        three times the cost, and applying a roster copies every one of its rows."""
        twin = object.__new__(PlannedRow)
        twin.__dict__.update(self.__dict__)
        return twin


@dataclass
class ImportPlan:
    """The preview of an import; ``apply_import`` writes it."""

    source: Path
    sheet: str
    header_row: int
    columns: dict[str, str]  # field → the header as written in the file
    ignored_columns: list[str]
    rows: list[PlannedRow]
    errors: list[RowError]
    footer_rows: list[int] = field(default_factory=list)  # skipped lines under the table

    def footer_note(self) -> str:
        """What was skipped under the table, or "" when nothing was."""
        if not self.footer_rows:
            return ""
        first, last = self.footer_rows[0], self.footer_rows[-1]
        if first == last:
            return msg("第 {row} 行是表格下方的签字、合计等表尾，已跳过。", row=first)
        return msg(
            "第 {first}–{last} 行是表格下方的签字、合计等表尾，已跳过。", first=first, last=last
        )

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def error_rows(self) -> int:
        return self.count(ERROR)

    def summary(self) -> str:
        return (
            f"共 {self.total} 行：新增 {self.count(NEW)}，更新 {self.count(UPDATE)}，"
            f"无变化 {self.count(UNCHANGED)}，错误 {self.error_rows}"
        )


@dataclass
class ImportResult:
    """What ``apply_import`` wrote."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows with errors left out (only with accept_valid)
    certificates_added: int = 0
    certificates_updated: int = 0
    worker_ids: list[str] = field(default_factory=list)  # new and updated workers
    # Posts vacated and roles ended by rows saying 离岗, 调出 or another village.
    released: Released = field(default_factory=Released)

    def summary(self) -> str:
        text = f"导入完成：新增 {self.added} 人，更新 {self.updated} 人，无变化 {self.unchanged} 人"
        if self.skipped:
            text += f"，跳过有错误的 {self.skipped} 行"
        text += "。"
        if self.released:
            text += self.released.text()
        return text


# -- helpers ----------------------------------------------------------------------------------
_END_PUNCTUATION = "。.;；，,"


def problem_text(column: str, reason: str) -> str:
    """A reason as it follows its column in a report line: without the column's name it may
    begin with (``姓名不能为空。`` under 姓名 → ``不能为空``) and without its final stop, so
    lines and joined lists carry one punctuation mark, not two."""
    text = reason.strip().rstrip(_END_PUNCTUATION)
    if column and text.startswith(column) and len(text) > len(column):
        text = text[len(column) :].lstrip("：:，, ")
    return text


def error_line(e: RowError, reason: str | None = None) -> str:
    """One problem in the one style of every import report: ``第 10 行 身份证号：…``.

    ``reason`` is the reason in the interface language when the caller has translated it."""
    return msg(
        "第 {row} 行 {column}：{reason}",
        row=e.row,
        column=e.column,
        reason=problem_text(e.column, e.reason if reason is None else reason),
    )


def _show(value: Any) -> str:
    """A cell as a user would recognise it in the report (floats as Excel shows them)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return format(value, ".15G")
    return str(value)


def _id_value(value: Any) -> Any:
    """The ID cell for ``parse_id_number``: a whole number longer than 15 digits can only
    have come through a float (Excel keeps 15 significant digits), so it is passed as one."""
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value) if value >= 10**15 else str(value)
    if isinstance(value, str):
        return value.lstrip("'`")
    return value


def _cert_number(value: Any) -> Any:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float) and abs(value) >= 1e15:
        raise RuleError(
            msg(
                "证书编号被 Excel 存成了数字，后几位可能已经丢失。"
                "请把该列设为“文本”格式后重新填写。"
            )
        )
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, int) else value


_VILLAGE_SUFFIXES = ("居民委员会", "村民委员会", "居委会", "村委会", "社区", "村")


def _norm_name(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def _base_name(s: str) -> str:
    for suffix in _VILLAGE_SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix):
            return s[: -len(suffix)]
    return s


class VillageNames:
    """Maps what a roster writes in the village column (name or 12-digit code) to a code."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self.codes: set[str] = set()
        self.names: dict[str, str] = {}
        bases: dict[str, set[str]] = {}
        for r in rows:
            if r["deleted"]:
                continue
            self.codes.add(r["code"])
            n = _norm_name(r["name"])
            self.names[n] = r["code"]
            bases.setdefault(_base_name(n), set()).add(r["code"])
        # "和平" finds "和平社区" when only one village has that stem.
        self.bases = {b: next(iter(c)) for b, c in bases.items() if len(c) == 1}
        # Each distinct cell once (a roster names a dozen villages in 10k rows): the code, or
        # the sentence it was refused with; keyed by type too, as 1 and 1.0 are one key.
        self._seen: dict[tuple[type, Any], str | RuleError] = {}

    def resolve(self, value: Any) -> str:
        """The village code ``value`` names; RuleError saying why when it names none."""
        key = (type(value), value)
        try:
            done = self._seen.get(key)
        except TypeError:  # an unhashable cell
            return self._resolve(value)
        if done is None:
            try:
                done = self._resolve(value)
            except RuleError as e:
                done = e
            self._seen[key] = done
        if isinstance(done, RuleError):
            raise RuleError(done.message, done.field)
        return done

    def _resolve(self, value: Any) -> str:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        s = _norm_name(str(value))
        if len(s) == 12 and s.isdigit():
            if s in self.codes:
                return s
            raise RuleError(
                msg(
                    "村（社区）代码 {code} 不在本单位的村（社区）名单里。"
                    "请先在“村（社区）”里添加，或核对代码。",
                    code=s,
                )
            )
        once = _base_name(s)  # "和平社区居委会" → "和平社区" → "和平"
        for key in (s, once, _base_name(once)):
            code = self.names.get(key) or self.bases.get(key)
            if code:
                return code
        if not self.codes:
            raise RuleError(msg("还没有登记任何村（社区），请先在“村（社区）”里添加后再导入。"))
        raise RuleError(
            msg(
                "村（社区）“{name}”不在本单位的村（社区）名单里。"
                "请先在“村（社区）”里添加，或核对名称。",
                name=value,
            )
        )


def same_level_certificate(certs: list[dict[str, Any]], level: str) -> dict[str, Any] | None:
    """The certificate an imported one of ``level`` replaces: the latest of that level.

    The export writes the same one, so an exported roster re-imports unchanged.
    """
    found = [c for c in certs if c["level"] == level]
    return found[-1] if found else None


# -- planning ---------------------------------------------------------------------------------
@dataclass
class _Prepared:
    """A row turned into validator input, and what the validators made of it."""

    rr: RosterRow
    raw: dict[str, Any]
    cert_raw: dict[str, Any] | None
    read_errors: dict[str, str]  # field → reason, found before validation
    columns: dict[str, str]  # error field → row field whose column shows the problem
    errors: dict[str, str] = field(default_factory=dict)
    clean: dict[str, Any] | None = None
    cert: dict[str, Any] | None = None
    id_number: str | None = None
    reg_raw: dict[str, Any] | None = None
    reg: dict[str, Any] | None = None

    def check(
        self,
        today: date | None,
        worker: dict[str, Any] | FieldErrors | None = None,
        cert: dict[str, Any] | FieldErrors | None = None,
        registration: dict[str, Any] | FieldErrors | None = None,
    ) -> None:
        """Check the row; ``worker``, ``cert`` and ``registration`` are the outcomes of
        ``validate_worker``, ``validate_certificate`` and ``registration.check_fields`` when
        the caller has them already (``worker_batch``, ``certificate_batch`` over the whole
        file)."""
        self.errors = dict(self.read_errors)
        self.clean = self.cert = None
        if worker is None:
            try:
                worker = validate_worker(self.raw, today)
            except FieldErrors as e:
                worker = e
        if isinstance(worker, FieldErrors):
            for f, reason in worker.errors.items():
                self.errors.setdefault(f, reason)
        else:
            self.clean = worker
        if self.cert_raw is not None:
            if cert is None:
                try:
                    cert = validate_certificate(self.cert_raw)
                except FieldErrors as e:
                    cert = e
            if isinstance(cert, FieldErrors):
                for f, reason in cert.errors.items():
                    self.errors.setdefault(f, reason)
            else:
                self.cert = cert
        self.reg = None
        if self.reg_raw is not None:
            self._check_registration(registration)
        if self.clean is not None:
            self.id_number = self.clean["id_number"]
        elif "id_number" not in self.errors and self.id_number is None:
            # The row is wrong elsewhere; its number still counts for duplicates.
            self.id_number = parse_id_number(self.raw["id_number"], today).value

    def _check_registration(self, checked: dict[str, Any] | FieldErrors | None) -> None:
        """The row's registration columns: checked together, each wrong cell named;
        ``checked`` is ``registration.check_fields``'s outcome when the caller has it."""
        assert self.reg_raw is not None
        if self.reg_raw.get("valid_from") is None:
            self.errors.setdefault(
                "registration_date",
                msg("填了登记类型、有效期至、登记状态或证书管理号，请同时填写登记日期。"),
            )
            return
        if (self.cert_raw or {}).get("level") is None:
            self.errors.setdefault("level", msg("填了证书登记，请同时填写证书等级。"))
            return
        if checked is None:
            try:
                checked = reg.check_fields(self.reg_raw)
            except FieldErrors as e:
                checked = e
        if isinstance(checked, FieldErrors):
            for f, reason in checked.errors.items():
                self.errors.setdefault(_REG_COLUMNS.get(f, f), reason)
        else:
            self.reg = checked


def _registration_raw(v: dict[str, Any]) -> dict[str, Any] | None:
    """The registration a row's columns describe, or None when it fills none of the
    registration columns besides 登记日期 (an older roster: the date is the certificate's)."""
    if v.keys().isdisjoint(roster_read.REG_FIELDS):
        return None
    number = v.get("management_number")
    if isinstance(number, float) and number.is_integer():
        number = str(int(number))
    return {
        "kind": v.get("reg_kind"),
        "state": v.get("reg_state"),
        "valid_from": v.get("registration_date"),
        "valid_until": v.get("reg_valid_until"),
        "management_number": number,
    }


def _prepare(rr: RosterRow, names: VillageNames) -> _Prepared:
    v = rr.values
    raw: dict[str, Any] = {k: v[k] for k in _WORKER_TARGET if k in v}
    for k in ("gender", "birth_date"):
        if k in v:
            raw[k] = v[k]
    errors: dict[str, str] = {}
    columns: dict[str, str] = {}
    raw["id_number"] = _id_value(v.get("id_number"))
    village_key = "village_code" if "village_code" in v else "village" if "village" in v else None
    raw.pop("village", None)
    if village_key:
        try:
            raw["village_code"] = names.resolve(v[village_key])
        except RuleError as e:
            raw.pop("village_code", None)
            errors["village_code"] = e.message
        columns["village_code"] = village_key
    cert_raw: dict[str, Any] | None = None
    if not v.keys().isdisjoint(CERT_FIELDS):
        cert_raw = {k: v.get(k) for k in CERT_FIELDS}
        if "cert_number" in v:
            try:
                cert_raw["cert_number"] = _cert_number(v["cert_number"])
            except RuleError as e:
                errors["cert_number"] = e.message
                cert_raw["cert_number"] = None
    reg_raw = _registration_raw(v)
    if reg_raw is not None and reg_raw["kind"] == reg.KIND_RENEWAL and cert_raw is not None:
        cert_raw["registration_date"] = None  # the date is the 再登记's, not the certificate's
    prepared = _Prepared(rr, raw, cert_raw, errors, columns)
    prepared.reg_raw = reg_raw
    return prepared


@functools.lru_cache(maxsize=256)
def _targets(fields: frozenset[str]) -> frozenset[str]:
    return frozenset(_WORKER_TARGET[k] for k in fields if k in _WORKER_TARGET)


def _present(rr: RosterRow, clean: dict[str, Any]) -> frozenset[str]:
    """The worker fields this row really fills (rows of one file share a few shapes)."""
    keys = _targets(frozenset(rr.values))
    if clean.get("id_note"):
        keys = keys | {"id_note"}  # a 15-digit number was upgraded: keep the note saying so
    return keys


def _same(key: str, old: Any, new: Any) -> bool:
    if key in ("domains", "roles"):
        return set(old or []) == set(new or [])
    return bool(old == new)


def _diff(
    pr: PlannedRow,
    existing: dict[str, dict[str, Any]],
    certs: dict[str, list[dict[str, Any]]],
    regs: dict[str, list[dict[str, Any]]] | None = None,
) -> None:
    """Decide new / update / unchanged for a valid row against the store's current content."""
    assert pr.clean is not None
    old = existing.get(pr.clean["id_number"])
    pr.changes = {}
    pr.cert_action = None
    pr.cert_id = None
    if old is None:
        pr.action = NEW
        pr.worker_id = None
        pr.cert_action = NEW if pr.certificate else None
        return
    pr.worker_id = old["id"]
    for key in sorted(pr.present):
        new = pr.clean.get(key)
        if key == "id_note" and not new:
            continue
        if not _same(key, old.get(key), new):
            pr.changes[key] = (old.get(key), new)
    cert = pr.certificate
    if cert:
        mine = same_level_certificate(certs.get(old["id"], []), cert["level"])
        if mine is None:
            pr.cert_action = NEW
            pr.changes["level"] = (None, cert["level"])
        else:
            given = {k: cert[k] for k in CERT_FIELDS[1:] if cert.get(k) is not None}
            delta = {k: (mine[k], nv) for k, nv in given.items() if mine[k] != nv}
            if delta:
                merged = {k: mine[k] for k in CERT_FIELDS} | given
                try:
                    pr.certificate = validate_certificate(merged)
                except FieldErrors as e:
                    pr.action = ERROR
                    pr.errors = [
                        RowError(pr.row, FIELD_LABELS.get(f, f), "", reason, f)
                        for f, reason in e.errors.items()
                    ]
                    return
                pr.cert_action = UPDATE
                pr.cert_id = mine["id"]
                pr.changes.update(delta)
        if pr.registration is not None:
            _diff_registration(pr, (regs or {}).get(mine["id"], []) if mine else [])
    pr.action = UPDATE if pr.changes else UNCHANGED


def _diff_registration(pr: PlannedRow, rows: list[dict[str, Any]]) -> None:
    """The row's registration against the certificate's records: what would change."""
    new = pr.registration
    assert new is not None
    found = registrations.matching(rows, new["kind"], new["valid_from"])
    if found is None and new["kind"] == reg.KIND_FIRST and pr.cert_action is not None:
        found = {}  # the certificate's new or moved 登记日期 makes the 首次登记
    if found is None:
        for f in ("kind", "valid_from", *(f for f in pr.reg_given if f != "kind")):
            pr.changes[_REG_COLUMNS[f]] = (None, new[f])
        return
    for f in sorted(pr.reg_given - {"kind", "valid_from"}):
        if found.get(f) != new[f]:
            pr.changes[_REG_COLUMNS[f]] = (found.get(f), new[f])


def plan_import(
    store: Store,
    path: Path,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Read and check a roster; nothing is written. Raises RuleError if the file is unusable.

    ``progress(done, total)`` is called while reading (the slow part); ``total`` is an
    estimate from the sheet's size.
    """
    # Reading and checking 10k rows builds a few hundred thousand objects and no cycles: the
    # collector would only walk them again and again (a fifth of the time, measured).
    with collector_paused():
        sheet = roster_read.read_roster(Path(path), progress, xlsx_guard.Limits.of(store))
        return plan_rows(store, sheet, today)


def plan_rows(store: Store, sheet: RosterSheet, today: date | None = None) -> ImportPlan:
    """Check rows already read (``plan_import`` without the reading)."""
    names = VillageNames(villages.list_all(store, include_deleted=True))
    prepared = [_prepare(rr, names) for rr in sheet.rows]
    outcomes = zip(
        validate_workers([p.raw for p in prepared], today),
        validate_certificates([p.cert_raw for p in prepared]),
        check_registrations([p.reg_raw for p in prepared]),
        strict=True,
    )
    for p, (worker, cert, registration) in zip(prepared, outcomes, strict=True):
        p.check(today, worker, cert, registration)
    existing = workers.by_id_numbers(store, (p.id_number for p in prepared if p.id_number), _CHUNK)
    if any("roles" in p.rr.values for p in prepared):
        _with_roles(store, existing)
    rows: list[PlannedRow] = []
    first_row: dict[str, int] = {}
    for p in prepared:
        rr = p.rr
        match = existing.get(p.id_number) if p.id_number else None
        if (
            match is not None
            and "name" in p.errors
            and "name" not in rr.values
            and not match["deleted"]
        ):
            p.raw["name"] = match["name"]  # an update need not repeat the name
            p.check(today)
        pr = PlannedRow(rr.row, ERROR, id_number=p.id_number)
        rows.append(pr)
        errors = p.errors
        if p.id_number:
            if match is not None and match["deleted"]:
                errors["id_number"] = msg(
                    "身份证号 {number} 的档案（{name}）已被删除。档案已删除，请先恢复后再导入。",
                    number=p.id_number,
                    name=match["name"],
                )
            elif p.id_number in first_row:
                errors["id_number"] = msg(
                    "身份证号与第 {row} 行重复，同一个人只能有一行。", row=first_row[p.id_number]
                )
            else:
                first_row[p.id_number] = rr.row
        pr.name = (p.clean or {}).get("name") or p.raw.get("name")
        if errors:
            pr.errors = [
                RowError(
                    rr.row,
                    sheet.header_label(p.columns.get(f, f)),
                    _show(rr.values.get(p.columns.get(f, f))),
                    reason,
                    f,
                )
                for f, reason in errors.items()
            ]
            continue
        assert p.clean is not None
        pr.clean = p.clean
        pr.present = _present(rr, p.clean)
        pr.certificate = p.cert
        pr.registration = p.reg
        pr.reg_given = _reg_given(rr)
    certs = workers.certificates_by_worker(
        store,
        (existing[r.id_number]["id"] for r in rows if r.certificate and r.id_number in existing),
        _CHUNK,
    )
    regs = _registrations_of(store, certs, rows)
    for pr in rows:
        if pr.clean is not None:
            _diff(pr, existing, certs, regs)
    all_errors = [e for pr in rows for e in pr.errors]
    return ImportPlan(
        source=sheet.path,
        sheet=sheet.sheet,
        header_row=sheet.header_row,
        columns=dict(sheet.headers),
        ignored_columns=list(sheet.ignored_headers),
        rows=rows,
        errors=all_errors,
        footer_rows=list(sheet.footer_rows),
    )


def _with_roles(store: Store, existing: dict[str, dict[str, Any]]) -> None:
    """Add each matched file's current roles (held in their own table) for the diff."""
    held = worker_roles.current_by_worker(store, [w["id"] for w in existing.values()])
    for w in existing.values():
        w["roles"] = held.get(w["id"], [])


# -- applying ---------------------------------------------------------------------------------
def apply_import(
    store: Store,
    plan: ImportPlan,
    accept_valid: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan in one transaction; all or nothing.

    With errors in the plan and ``accept_valid`` False, raises RuleError and writes nothing.
    Rows are matched again against the store inside the transaction, so a plan previewed a
    while ago cannot overwrite changes made since; if a row no longer fits (its file was
    deleted meanwhile) the whole import is refused.

    The plan is not changed: the re-check works on copies of its rows, so a preview still on
    screen (read by another thread while this one writes) or a plan applied twice stays as
    it was planned.
    """
    if plan.errors and not accept_valid:
        raise RuleError(
            msg(
                "花名册有 {rows} 行共 {count} 处错误，整份都没有导入。"
                "请改正后重新导入，或选择只导入正确的行。",
                rows=plan.error_rows,
                count=len(plan.errors),
            )
        )
    # Writing 10k rows makes their copies, values, audit entries and search terms and drops
    # them, with no cycles among them: the collector's passes (and its passes over every object
    # of the window) would be wasted work.
    with collector_paused():
        return _apply_valid(store, plan, progress)


def _apply_valid(store: Store, plan: ImportPlan, progress: Progress | None) -> ImportResult:
    # Shallow copies suffice: _diff and _apply replace a row's fields, never mutate them.
    valid = [r.copy() for r in plan.rows if r.clean is not None and r.action != ERROR]
    result = ImportResult(skipped=plan.error_rows)
    try:
        _apply(store, valid, result, progress)
    except FieldErrors as e:
        # Something the plan checked changed since (a village removed meanwhile).
        raise RuleError(
            msg(
                "{reasons} 花名册没有导入，请重新预览后再导入。",
                reasons=joined(list(e.errors.values())),
            )
        ) from None
    return result


def _apply(
    store: Store, valid: list[PlannedRow], result: ImportResult, progress: Progress | None
) -> None:
    with store.atomic():
        existing = workers.by_id_numbers(
            store, (r.clean["id_number"] for r in valid if r.clean), _CHUNK
        )
        if any("roles" in r.present for r in valid):
            _with_roles(store, existing)
        certs = workers.certificates_by_worker(
            store,
            (
                existing[r.clean["id_number"]]["id"]
                for r in valid
                if r.clean and r.certificate and r.clean["id_number"] in existing
            ),
            _CHUNK,
        )
        regs = _registrations_of(store, certs, valid)
        for pr in valid:
            assert pr.clean is not None
            old = existing.get(pr.clean["id_number"])
            if old is not None and old["deleted"]:
                pr.action = ERROR
            else:
                _diff(pr, existing, certs, regs)
            if pr.action == ERROR:
                raise RuleError(
                    msg(
                        "第 {row} 行对应的档案在预览之后有了变动（例如被删除），"
                        "请重新预览后再导入。",
                        row=pr.row,
                    )
                )
        new = [r for r in valid if r.action == NEW]
        upd = [r for r in valid if r.action == UPDATE]
        result.unchanged = sum(1 for r in valid if r.action == UNCHANGED)
        total = len(new) + len(upd)
        done = 0
        if progress is not None:
            progress(0, total)
        for part in chunks(new, _CHUNK):
            ids = workers.insert_clean(
                store,
                [(r.clean, [r.certificate] if r.certificate else []) for r in part if r.clean],
                index=False,
            )
            for r, wid in zip(part, ids, strict=True):
                r.worker_id = wid
            _write_registrations(store, part)
            result.worker_ids.extend(ids)
            result.certificates_added += sum(1 for r in part if r.certificate)
            done += len(part)
            if progress is not None:
                progress(done, total)
        workers.index_workers(store, [r.worker_id for r in new if r.worker_id])
        for r in upd:
            _write_update(store, r, result)
            done += 1
            if progress is not None and (done % _PROGRESS_EVERY == 0 or done == total):
                progress(done, total)
        _write_registrations(store, upd)
        result.added = len(new)
        result.updated = len(upd)


def _write_update(store: Store, r: PlannedRow, result: ImportResult) -> None:
    assert r.clean is not None and r.worker_id is not None
    changes = {k: r.clean[k] for k in r.changes if k in r.present}
    if changes:
        on_date = r.clean.get("status_date") if "status_date" in r.present else None
        workers.update_clean(store, r.worker_id, changes, on_date, result.released)
    if r.certificate and r.cert_action == NEW:
        workers.add_certificate(store, r.worker_id, r.certificate)
        result.certificates_added += 1
    elif r.certificate and r.cert_action == UPDATE and r.cert_id:
        workers.update_certificate(store, r.cert_id, r.certificate)
        result.certificates_updated += 1
    result.worker_ids.append(r.worker_id)


def _write_registrations(store: Store, rows: list[PlannedRow]) -> None:
    """The rows' registrations, after their certificates are written: in one batch."""
    registrations.write_roster_registrations(
        store,
        [
            (r.worker_id, r.certificate["level"], r.registration, r.reg_given)
            for r in rows
            if r.registration is not None and r.certificate and r.worker_id
        ],
    )


def _reg_given(rr: RosterRow) -> frozenset[str]:
    """The registration fields a row fills (a blank 有效期至 or 登记状态 changes nothing)."""
    return _reg_fields(frozenset(rr.values))


@functools.lru_cache(maxsize=256)
def _reg_fields(filled: frozenset[str]) -> frozenset[str]:
    """``_reg_given`` by the set of fields a row fills: rows of one file share a few shapes."""
    return frozenset(f for f, col in _REG_COLUMNS.items() if col in filled)


def _registrations_of(
    store: Store, certs: dict[str, list[dict[str, Any]]], rows: list[PlannedRow]
) -> dict[str, list[dict[str, Any]]]:
    """The records of the certificates rows with a registration may match."""
    if not any(r.registration is not None for r in rows):
        return {}
    return registrations.by_certificates(store, (c["id"] for cs in certs.values() for c in cs))


def write_error_report(plan: ImportPlan, path: Path) -> Path:
    """The plan's errors as an xlsx (行号, 列, 值, 原因) a user can fix the roster from."""
    from swdesk.formats import roster_write  # openpyxl: only writing needs it

    about = (
        ("文件", str(plan.source)),
        ("工作表", plan.sheet),
        ("表头所在行", str(plan.header_row)),
        ("概况", plan.summary()),
        ("说明", "改正花名册中列出的格子后重新导入；没有列出的行都是正确的。"),
    )
    return roster_write.write_error_report(
        Path(path), ((e.row, e.column, e.value, e.reason) for e in plan.errors), about
    )


# -- export -----------------------------------------------------------------------------------
def export_records(store: Store, include_deleted: bool = False) -> list[dict[str, Any]]:
    """One dict per worker, keyed by ``roster_write.EXPORT_FIELDS``, ordered by village then
    name; the certificate columns hold the highest-level certificate."""
    from swdesk.formats import roster_write  # openpyxl: only writing needs it

    rows = workers.roster_rows(store, include_deleted)
    names = villages.names_by_code(store)
    roles = worker_roles.current_by_worker(store)
    best: dict[str, dict[str, Any]] = {}
    for c in workers.all_certificates(store):
        held = best.get(c["worker_id"])
        # Same choice as ``same_level_certificate``: highest level, latest of that level.
        if held is None or level_rank(c["level"]) >= level_rank(held["level"]):
            best[c["worker_id"]] = c
    out = []
    regs = registrations.by_certificates(store, (c["id"] for c in best.values()))
    for w in rows:
        c = best.get(w["id"], {})
        shown = registrations.latest(regs.get(c.get("id") or "", [])) or {}
        code = w.get("village_code")
        out.append(
            {
                **{k: w.get(k) for k in roster_write.EXPORT_FIELDS if k in w},
                "village": names.get(code) if code else None,
                "village_code": code,
                "origin": w.get("origin"),
                "roles": roles.get(w["id"], []),
                "level": c.get("level"),
                "cert_number": c.get("cert_number"),
                "obtained_date": c.get("obtained_date"),
                "registration_date": shown.get("valid_from", c.get("registration_date")),
                "reg_kind": shown.get("kind"),
                "reg_valid_until": shown.get("valid_until"),
                "reg_state": shown.get("state"),
                "management_number": shown.get("management_number"),
            }
        )
    return out


def export_roster(store: Store, path: Path, progress: Progress | None = None) -> int:
    """Write every (not deleted) worker to an xlsx that re-imports unchanged; returns the count.

    ID numbers are whole unless the file's setting masks them for the roster (a masked roster
    cannot be imported back); the export log records the file."""
    from swdesk.formats import roster_write  # openpyxl: only writing needs it

    records = export_records(store)
    full = accounts.full_ids(store, documents.DOC_ROSTER)
    if not full:
        records = [{**r, "id_number": documents.shown_id(r["id_number"], False)} for r in records]
    fields = roster_write.EXPORT_FIELDS
    if store.role == divisions.ROLE_COUNTY:  # many townships' people: say whose each row is
        from swdesk.store import county_views

        towns = county_views.township_names(store)
        records = [
            {**r, roster_write.TOWNSHIP_FIELD: towns.get(r["origin"], r["origin"])} for r in records
        ]
        fields = roster_write.COUNTY_EXPORT_FIELDS
    roster_write.write_roster(Path(path), records, progress, fields)
    accounts.log_export(store, documents.DOC_ROSTER, str(path), len(records), full)
    return len(records)


def write_template(path: Path, store: Store | None = None) -> Path:
    """A blank import template; with a store, the village column offers its villages."""
    from swdesk.formats import roster_write  # openpyxl: only writing needs it

    names = [v["name"] for v in villages.list_all(store)] if store is not None else []
    return roster_write.write_template(Path(path), names)
