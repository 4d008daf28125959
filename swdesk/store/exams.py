"""Exam registrations: years, sign-up, results, fees and reimbursement, certificate proposals.

Every write goes through ``swdesk.store.records`` (UUID, version, tombstone, audit). The rules
(subjects, pass rules, pass lines, eligibility) live in ``swdesk.core.exam``; this module
gathers the facts and keeps the one derived thing that is stored — the certificate proposal of
a passed registration — in step after every result is written.

A pass never writes a certificate by itself: it sets the registration's ``proposal`` to
待确认, and the clerk accepts it (which adds the certificate to the worker's file with the level
and the date the results were published) or declines it. A proposal still pending is
withdrawn when a corrected score turns the pass into a fail.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from swdesk.core import enums, exam
from swdesk.core.dates import parse_loose_date
from swdesk.core.errors import RuleError
from swdesk.core.i18n import listed, msg
from swdesk.core.text import clean_text
from swdesk.store import records, workers
from swdesk.store.errors import NotFound
from swdesk.store.presets import load_presets, save_checked, saved_or_preset
from swdesk.store.sql_in import in_chunks

if TYPE_CHECKING:
    from swdesk.store.db import Store

YEARS = "exam_years"
REGS = "exam_registrations"
RESULTS = "exam_results"
FEES = "exam_fees"
STARTS = "exam_work_starts"
SETTINGS_KEY = "exam_rules"
DEFAULT_PRESET = "national"


# -- settings -----------------------------------------------------------------------------------
@cache
def presets() -> dict[str, exam.ExamRules]:
    return load_presets("exam_presets.json", exam.rules_from_dict)


def rules(store: Store) -> exam.ExamRules:
    """The data file's exam rules; the national preset until someone saves their own."""
    return saved_or_preset(
        store, SETTINGS_KEY, exam.rules_from_dict, lambda: presets()[DEFAULT_PRESET]
    )


def set_rules(store: Store, new: exam.ExamRules | dict[str, Any]) -> exam.ExamRules:
    return save_checked(store, SETTINGS_KEY, new, exam.rules_from_dict)


# -- years --------------------------------------------------------------------------------------
def _date_text(raw: object, what: str) -> str | None:
    try:
        d = parse_loose_date(raw)
    except RuleError as e:
        raise RuleError(msg("{what}：{reason}", what=what, reason=e.message)) from None
    return d.isoformat() if d else None


def _year_values(
    store: Store, year: int, raw: dict[str, Any], old: dict[str, Any] | None
) -> dict[str, Any]:
    r = rules(store)
    out: dict[str, Any] = {}
    if "exam_dates" in raw:
        dates = sorted(
            {d for d in (_date_text(x, msg("考试日期")) for x in raw["exam_dates"]) if d}
        )
        for d in dates:
            if int(d[:4]) != year:
                raise RuleError(msg("考试日期 {date} 不在 {year} 年。", date=d, year=year))
        out["exam_dates"] = json.dumps(dates)
    for key, what in (
        ("reg_start", msg("报名开始")),
        ("reg_end", msg("报名截止")),
        ("results_date", msg("成绩公布日期")),
    ):
        if key in raw:
            out[key] = _date_text(raw[key], what)
    merged = {**(old or {}), **out}
    if (
        merged.get("reg_start")
        and merged.get("reg_end")
        and merged["reg_end"] < merged["reg_start"]
    ):
        raise RuleError(msg("报名截止日期早于报名开始日期，请核对。"))
    if "fee_per_subject" in raw:
        out["fee_per_subject"] = exam.check_amount(raw["fee_per_subject"], msg("每科报名费"))
    if "pass_lines" in raw:
        out["pass_lines"] = json.dumps(
            exam.check_lines(raw["pass_lines"], r, msg("合格线")), ensure_ascii=False
        )
    if "special_lines" in raw:
        out["special_lines"] = json.dumps(
            exam.check_lines(raw["special_lines"], r, msg("特殊地区合格线")), ensure_ascii=False
        )
    if "special_area" in raw:
        out["special_area"] = 1 if raw["special_area"] else 0
    if "note" in raw:
        out["note"] = clean_text(raw["note"] or "", msg("备注"), multiline=True, prose=True) or None
    return out


def save_year(store: Store, year: object, raw: dict[str, Any] | None = None) -> tuple[str, bool]:
    """Create an exam year (defaults from the rules) or change one; returns (id, created)."""
    y = exam.check_year(year)
    raw = dict(raw or {})
    with store.atomic():
        rows = store.query(
            "SELECT * FROM exam_years WHERE year = ? AND origin = ? AND deleted = 0",
            (y, store.unit_code),
        )
        if rows:
            values = _year_values(store, y, raw, rows[0])
            records.update(store, YEARS, rows[0]["id"], values)
            if "fee_per_subject" in values:
                _reprice(store, y, float(rows[0]["fee_per_subject"]), values["fee_per_subject"])
            return rows[0]["id"], False
        r = rules(store)
        base = {
            "exam_dates": [],
            "fee_per_subject": r.fee_per_subject,
            "pass_lines": {s: r.pass_line for s in r.all_subjects()},
            "special_lines": {},
            "special_area": False,
            **raw,
        }
        values = {
            "year": y,
            "reg_start": None,
            "reg_end": None,
            "results_date": None,
            "note": None,
            **_year_values(store, y, base, None),
        }
        return records.insert(store, YEARS, values), True


def _reprice(store: Store, year: int, old: float, new: float) -> int:
    """The year's fee changed: 报名费 rows still at the old fee follow the new one.

    Typical case: people were signed up before the province published its fee (0, not set).
    Only this unit's rows that nobody changed by hand (amount = old fee × subjects) and that
    are not reimbursed yet are touched; returns how many.
    """
    if round(old, 2) == round(new, 2):
        return 0
    rows = store.query(
        "SELECT f.id, f.amount, g.subjects FROM exam_fees f "
        "JOIN exam_registrations g ON g.id = f.registration_id "
        "WHERE g.year = ? AND g.deleted = 0 AND f.deleted = 0 AND f.item = ? "
        "AND f.reimbursed_date IS NULL AND f.origin = ?",
        (year, exam.FEE_REGISTRATION, store.unit_code),
    )
    n = 0
    for row in rows:
        count = len(json.loads(row["subjects"]))
        if round(float(row["amount"]), 2) == round(old * count, 2):
            records.update(store, FEES, row["id"], {"amount": round(new * count, 2)})
            n += 1
    return n


def _years(store: Store, year: int | None = None) -> dict[int, dict[str, Any]]:
    """One settings row per exam year: this unit's own, else the latest one received.

    Each unit keeps its own row per year (unique per origin and year), so a county file that
    imports every township's package holds several rows for 2024 without a conflict.
    """
    where, params = ("AND year = ?", (year,)) if year is not None else ("", ())
    out: dict[int, dict[str, Any]] = {}
    for row in store.query(
        f"SELECT * FROM exam_years WHERE deleted = 0 {where} "
        "ORDER BY year DESC, origin = ? DESC, updated_at DESC",
        (*params, store.unit_code),
    ):
        out.setdefault(int(row["year"]), row)
    return out


def get_year(store: Store, year: int) -> dict[str, Any]:
    row = _years(store, year).get(year)
    if row is None:
        raise RuleError(
            msg(
                "还没有建立 {year} 年度的考试。请先建立考试年度（swdesk exam year --year {year}）。",
                year=year,
            )
        )
    return _decode_year(row)


def _decode_year(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for key in ("exam_dates", "pass_lines", "special_lines"):
        out[key] = json.loads(out[key] or ("[]" if key == "exam_dates" else "{}"))
    return out


def window_position(store: Store, year: int, on: date | None = None) -> str | None:
    """``exam.window_position`` of ``on`` (today) against the year's registration window."""
    y = get_year(store, year)
    start = date.fromisoformat(y["reg_start"]) if y["reg_start"] else None
    end = date.fromisoformat(y["reg_end"]) if y["reg_end"] else None
    return exam.window_position(on or date.today(), start, end)


def list_years(store: Store) -> list[dict[str, Any]]:
    """Exam years, latest first (one row each, see ``_years``)."""
    return [_decode_year(r) for r in _years(store).values()]


def year_config(row: dict[str, Any]) -> exam.YearConfig:
    return exam.YearConfig(
        year=int(row["year"]),
        pass_lines={k: float(v) for k, v in row["pass_lines"].items()},
        special_area=bool(row["special_area"]),
        special_lines={k: float(v) for k, v in row["special_lines"].items()},
        fee_per_subject=float(row["fee_per_subject"]),
        exam_dates=tuple(date.fromisoformat(d) for d in row["exam_dates"]),
        results_date=date.fromisoformat(row["results_date"]) if row["results_date"] else None,
    )


def _configs(store: Store) -> dict[int, exam.YearConfig]:
    return {int(r["year"]): year_config(r) for r in list_years(store)}


def _unit_configs(store: Store) -> dict[tuple[str, int], exam.YearConfig]:
    """Each unit's own settings per year: at a county, a township's registrations are judged
    by the pass lines that township set (a special-area township has its own lines)."""
    return {
        (r["origin"], int(r["year"])): year_config(_decode_year(r))
        for r in store.query("SELECT * FROM exam_years WHERE deleted = 0")
    }


# -- reading registrations ----------------------------------------------------------------------
@dataclass
class SubjectView:
    name: str
    score: float | None
    absent: bool
    line: float
    result_id: str | None

    @property
    def passed(self) -> bool | None:
        if self.score is None:
            return False if self.absent else None
        return self.score >= self.line


@dataclass
class FeeView:
    id: str
    item: str
    amount: float
    reimbursed_date: str | None

    @property
    def reimbursed(self) -> bool:
        return self.reimbursed_date is not None


@dataclass
class RegistrationView:
    """One registration as every view shows it (GUI tables, CLI JSON, Excel)."""

    id: str
    worker_id: str
    year: int
    name: str
    id_number: str
    village_code: str | None
    level: str
    state: str
    ticket_no: str | None
    site: str | None
    review_result: str | None
    review_date: str | None
    proposal: str | None
    certificate_id: str | None
    note: str | None
    subjects: list[SubjectView] = field(default_factory=list)
    fees: list[FeeView] = field(default_factory=list)
    outcome: exam.Outcome = field(default_factory=lambda: exam.Outcome(None, ""))
    origin: str = ""  # the unit that made the registration (a county holds every township's)

    def subject(self, name: str) -> SubjectView | None:
        return next((s for s in self.subjects if s.name == name), None)

    def fee(self, item: str) -> FeeView | None:
        return next((f for f in self.fees if f.item == item), None)

    def public_dict(self) -> dict[str, Any]:
        """The shape ``exam list --json`` prints."""
        return {
            "id_number": self.id_number,
            "name": self.name,
            "level": self.level,
            "subjects": [
                {"name": s.name, "score": s.score, "passed": s.passed} for s in self.subjects
            ],
            "passed": self.outcome.passed,
            "fees": {f.item: {"amount": f.amount, "reimbursed": f.reimbursed} for f in self.fees},
        }


def _sittings(
    store: Store,
    worker_ids: Sequence[str],
    configs: dict[int, exam.YearConfig],
    r: exam.ExamRules,
    by_unit: dict[tuple[str, int], exam.YearConfig] | None = None,
) -> dict[str, list[tuple[str, exam.Sitting]]]:
    """All results of these workers, as (registration id, sitting), by worker id."""
    out: dict[str, list[tuple[str, exam.Sitting]]] = {}
    for chunk, marks in in_chunks(worker_ids, 400):
        for row in store.query(
            "SELECT g.worker_id, g.id AS reg_id, g.year, g.origin, x.subject, x.score, x.absent "
            "FROM exam_results x JOIN exam_registrations g ON g.id = x.registration_id "
            f"WHERE x.deleted = 0 AND g.deleted = 0 AND g.worker_id IN ({marks})",
            chunk,
        ):
            y = int(row["year"])
            cfg = (by_unit or {}).get((row["origin"], y)) or configs.get(y) or exam.YearConfig(y)
            out.setdefault(row["worker_id"], []).append(
                (
                    row["reg_id"],
                    exam.Sitting(
                        int(row["year"]),
                        row["subject"],
                        row["score"],
                        cfg.line(row["subject"], r),
                        bool(row["absent"]),
                    ),
                )
            )
    return out


def registrations(
    store: Store,
    year: int,
    *,
    ids: Iterable[str] | None = None,
    today: date | None = None,
    ordered: bool = True,
) -> list[RegistrationView]:
    """The year's live registrations, sorted by village then name, with results and outcome.

    ``ordered=False`` leaves them in no particular order, for a caller that only looks them
    up (a results sheet): names sort through the ``name_order`` collation, a Python call per
    comparison."""
    r = rules(store)
    configs = _configs(store)
    cfg = configs.get(year) or exam.YearConfig(year)
    # A deleted worker's registrations leave the lists with the file (restoring brings them back).
    where, params = "g.year = ? AND g.deleted = 0 AND w.deleted = 0", [year]
    if ids is not None:
        wanted = list(ids)
        where += f" AND g.id IN ({','.join('?' * len(wanted))})"
        params.extend(wanted)  # type: ignore[arg-type]
    rows = store.query(
        "SELECT g.*, w.name, w.id_number, w.village_code, w.name_pinyin FROM exam_registrations g "
        f"JOIN workers w ON w.id = g.worker_id WHERE {where} "
        + ("ORDER BY w.village_code, w.name COLLATE name_order, w.id_number" if ordered else ""),
        params,
    )
    by_unit = _unit_configs(store)
    history = _sittings(store, [row["worker_id"] for row in rows], configs, r, by_unit)
    fees: dict[str, list[FeeView]] = {}
    reg_ids = [row["id"] for row in rows]
    for chunk, marks in in_chunks(reg_ids, 400):
        for f in store.query(
            f"SELECT * FROM exam_fees WHERE deleted = 0 AND registration_id IN ({marks})",
            chunk,
        ):
            fees.setdefault(f["registration_id"], []).append(
                FeeView(f["id"], f["item"], float(f["amount"]), f["reimbursed_date"])
            )
    result_ids: dict[tuple[str, str], str] = {}
    for chunk, marks in in_chunks(reg_ids, 400):
        for x in store.query(
            f"SELECT id, registration_id, subject FROM exam_results WHERE deleted = 0 AND "
            f"registration_id IN ({marks})",
            chunk,
        ):
            result_ids[(x["registration_id"], x["subject"])] = x["id"]
    order = {item: i for i, item in enumerate(r.fee_items)}
    out = []
    day = today or date.today()
    issued = cfg.results_issued()
    for row in rows:
        view = RegistrationView(
            id=row["id"],
            worker_id=row["worker_id"],
            year=year,
            name=row["name"],
            id_number=row["id_number"],
            village_code=row["village_code"],
            level=row["level"],
            state=row["state"],
            ticket_no=row["ticket_no"],
            site=row["site"],
            review_result=row["review_result"],
            review_date=row["review_date"],
            proposal=row["proposal"],
            certificate_id=row["certificate_id"],
            note=row["note"],
            fees=sorted(fees.get(row["id"], []), key=lambda f: order.get(f.item, 99)),
            origin=row["origin"],
        )
        _judge(
            view,
            json.loads(row["subjects"]),
            history.get(row["worker_id"], []),
            result_ids,
            by_unit.get((row["origin"], year), cfg),
            r,
            day,
            issued,
        )
        out.append(view)
    return out


def _judge(
    view: RegistrationView,
    subject_names: Sequence[str],
    mine: Sequence[tuple[str, exam.Sitting]],
    result_ids: dict[tuple[str, str], str],
    ucfg: exam.YearConfig,
    r: exam.ExamRules,
    today: date,
    issued: date | None,
) -> None:
    """Set ``view``'s subjects and outcome from ``mine``, every result of the worker as
    (registration id, sitting): what ``registrations`` does for each row, and ``enter_results``
    again for the rows whose scores it has just written."""
    this = {s.subject: s for rid, s in mine if rid == view.id}
    view.subjects = [
        SubjectView(
            name,
            this[name].score if name in this else None,
            this[name].absent if name in this else False,
            ucfg.line(name, r),
            result_ids.get((view.id, name)),
        )
        for name in subject_names
    ]
    sittings = [exam.Sitting(view.year, s.name, s.score, s.line, s.absent) for s in view.subjects]
    others = [s for rid, s in mine if rid != view.id]
    view.outcome = exam.outcome(
        r,
        view.level,
        view.year,
        sittings,
        others,
        absent=view.state == exam.STATE_ABSENT,
        review_result=view.review_result,
        review_date=date.fromisoformat(view.review_date) if view.review_date else None,
        today=today,
        issued=issued,
    )


def worker_registrations(
    store: Store, worker_id: str, today: date | None = None
) -> list[RegistrationView]:
    """Every live registration of one worker, newest year first (the file's 考试记录)."""
    rows = store.query(
        "SELECT id, year FROM exam_registrations WHERE worker_id = ? AND deleted = 0 "
        "ORDER BY year DESC",
        (worker_id,),
    )
    out: list[RegistrationView] = []
    for row in rows:
        out.extend(registrations(store, int(row["year"]), ids=[row["id"]], today=today))
    return out


def work_start(store: Store, worker_id: str) -> str | None:
    """When the worker started social work (ISO date), or None when not recorded."""
    value = store.scalar(
        "SELECT work_start FROM exam_work_starts WHERE worker_id = ? AND deleted = 0",
        (worker_id,),
    )
    return str(value) if value else None


def registration(store: Store, reg_id: str) -> RegistrationView:
    row = records.get(store, REGS, reg_id)
    if row["deleted"]:
        raise RuleError(msg("这条报名已被删除。"))
    views = registrations(store, int(row["year"]), ids=[reg_id])
    if not views:  # the lists leave out registrations of deleted files
        raise RuleError(msg("这条报名所属社工的档案已被删除（或已调出），请先恢复档案再修改。"))
    return views[0]


def find_registration(store: Store, year: int, worker_id: str) -> dict[str, Any] | None:
    rows = store.query(
        "SELECT * FROM exam_registrations WHERE year = ? AND worker_id = ? AND deleted = 0",
        (year, worker_id),
    )
    return rows[0] if rows else None


def worker_history(store: Store, worker_id: str) -> list[exam.Sitting]:
    r = rules(store)
    return [s for _, s in _sittings(store, [worker_id], _configs(store), r).get(worker_id, [])]


# -- registering --------------------------------------------------------------------------------
class RegistrationRejected(RuleError):
    """Several workers could not be registered: ``problems`` names each; nothing was saved."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(msg("报名没有保存：{problems}", problems=listed(problems)))
        self.problems = problems


def plan_subjects(store: Store, year: int, worker_id: str, level: str) -> list[str]:
    """What a registration for ``level`` in ``year`` must sit (中级: only what is still needed)."""
    r = rules(store)
    return exam.subjects_to_sit(r, level, year, worker_history(store, worker_id))


def _check_can_register(
    store: Store, year: int, worker: dict[str, Any], level: str, r: exam.ExamRules
) -> list[str]:
    if worker["deleted"]:
        raise RuleError(msg("{name} 的档案已被删除，不能报名。", name=worker["name"]))
    if find_registration(store, year, worker["id"]):
        raise RuleError(
            msg(
                "{name} 已经报名了 {year} 年度的考试。每人每年只能报一个级别。",
                name=worker["name"],
                year=year,
            )
        )
    cert_level = r.level(level).certificate
    from swdesk.core import enums

    held = workers.certificates(store, worker["id"])
    if any(enums.level_rank(c["level"]) >= enums.level_rank(cert_level) for c in held):
        raise RuleError(
            msg(
                "{name} 已经持有{certificate}或更高等级的证书，不需要再考{level}。",
                name=worker["name"],
                certificate=cert_level,
                level=level,
            )
        )
    subjects = plan_subjects(store, year, worker["id"], level)
    if not subjects:
        raise RuleError(
            msg(
                "{name} 的{level}科目在合格年限内都已通过，不需要再报名。",
                name=worker["name"],
                level=level,
            )
        )
    return subjects


def register(
    store: Store,
    year: int,
    worker_id: str,
    level: str,
    *,
    state: str = exam.STATE_PLANNED,
    ticket_no: str | None = None,
    site: str | None = None,
) -> str:
    """Sign one worker up; the 报名费 item is the year's fee per subject × subjects to sit."""
    return register_many(
        store, year, [worker_id], level, state=state, ticket_no=ticket_no, site=site
    )[0]


def register_many(
    store: Store,
    year: int,
    worker_ids: Sequence[str],
    level: str,
    *,
    state: str = exam.STATE_PLANNED,
    ticket_no: str | None = None,
    site: str | None = None,
) -> list[str]:
    """Sign up several workers at once: all of them, or none (RegistrationRejected)."""
    r = rules(store)
    r.level(level)
    if state not in exam.STATES:
        raise RuleError(
            msg("报名状态“{state}”不对，可选：{choices}。", state=state, choices=exam.STATES)
        )
    ticket_no, site = _reg_text("ticket_no", ticket_no), _reg_text("site", site)
    if not worker_ids:
        raise RuleError(msg("没有选择要报名的社工。"))
    if len(set(worker_ids)) != len(worker_ids):
        raise RuleError(msg("同一名社工被选了两次。"))
    with store.atomic():
        y = get_year(store, year)
        fee = float(y["fee_per_subject"])
        problems: list[str] = []
        planned: list[tuple[str, list[str]]] = []
        for wid in worker_ids:
            try:
                worker = records.get(store, "workers", wid)
            except NotFound:
                problems.append(msg("找不到档案 {id}", id=wid))
                continue
            try:
                planned.append((wid, _check_can_register(store, year, worker, level, r)))
            except RuleError as e:
                problems.append(e.message)
        if problems:
            if len(worker_ids) == 1:
                raise RuleError(problems[0])
            raise RegistrationRejected(problems)
        ids = records.insert_many(
            store,
            REGS,
            [
                {
                    "worker_id": wid,
                    "year": year,
                    "level": level,
                    "subjects": json.dumps(subjects, ensure_ascii=False),
                    "state": state,
                    "ticket_no": ticket_no,
                    "site": site,
                    "review_result": None,
                    "review_date": None,
                    "proposal": None,
                    "certificate_id": None,
                    "note": None,
                }
                for wid, subjects in planned
            ],
        )
        records.insert_many(
            store,
            FEES,
            [
                {
                    "registration_id": rid,
                    "item": exam.FEE_REGISTRATION,
                    "amount": round(fee * len(subjects), 2),
                    "reimbursed_date": None,
                }
                for rid, (_, subjects) in zip(ids, planned, strict=True)
            ],
        )
    return ids


REG_FIELDS = ("state", "ticket_no", "site", "review_result", "review_date", "note")


def _reg_text(key: str, value: object) -> str | None:
    """A registration's typed text (准考证号, 考点, 备注) cleaned like every typed text."""
    labels = {"ticket_no": msg("准考证号"), "site": msg("考点"), "note": msg("备注")}
    prose = key != "ticket_no"  # the ticket number is a number; the site and note are words
    return clean_text(value or "", labels[key], multiline=key == "note", prose=prose) or None


def update_registration(store: Store, reg_id: str, changes: dict[str, Any]) -> bool:
    """Edit state, admission ticket, site, review result and date, note."""
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in REG_FIELDS:
            raise RuleError(msg("报名信息里没有“{key}”这一项。", key=key))
        if key == "state":
            if value not in exam.STATES:
                raise RuleError(
                    msg(
                        "报名状态“{state}”不对，可选：{choices}。", state=value, choices=exam.STATES
                    )
                )
            clean[key] = value
        elif key == "review_result":
            if value not in (None, "", *exam.REVIEW_RESULTS):
                raise RuleError(
                    msg(
                        "评审结果“{result}”不对，可选：{choices}。",
                        result=value,
                        choices=exam.REVIEW_RESULTS,
                    )
                )
            clean[key] = value or None
        elif key == "review_date":
            clean[key] = _date_text(value, msg("评审日期"))
        else:
            clean[key] = _reg_text(key, value)
    with store.atomic():
        view = registration(store, reg_id)
        if clean.get("review_result") and view.level != exam.EXAM_SENIOR:
            raise RuleError(msg("只有高级考试有评审结果。"))
        if clean.get("state") == exam.STATE_ABSENT and any(
            s.score is not None for s in view.subjects
        ):
            raise RuleError(
                msg("{name} 已有考试成绩，不能标记为缺考。请先删除成绩。", name=view.name)
            )
        changed = records.update(store, REGS, reg_id, clean)
        refresh_proposal(store, reg_id)
    return changed


def withdraw(store: Store, reg_id: str, reason: str | None = None) -> None:
    """Delete a registration with its results and fee items (tombstones: sync carries them)."""
    with store.atomic():
        view = registration(store, reg_id)
        if view.proposal == exam.PROPOSAL_ACCEPTED:
            raise RuleError(
                msg("{name} 的证书已根据这次考试建立，不能删除这条报名。", name=view.name)
            )
        if any(f.reimbursed for f in view.fees):
            raise RuleError(msg("{name} 的费用已经报销，不能删除这条报名。", name=view.name))
        for s in view.subjects:
            if s.result_id:
                records.soft_delete(store, RESULTS, s.result_id, reason)
        for f in view.fees:
            records.soft_delete(store, FEES, f.id, reason)
        records.soft_delete(store, REGS, reg_id, reason)
        _refresh_worker(store, view.worker_id)  # its passes no longer count in later windows


# -- results ------------------------------------------------------------------------------------
def set_score(
    store: Store, reg_id: str, subject: str, score: object, *, absent: bool = False
) -> exam.Outcome:
    """Enter (or correct) one subject's score; ``score`` None with ``absent`` records 缺考.

    A score makes the registration 已参考; a pass proposes the certificate.
    """
    r = rules(store)
    with store.atomic():
        view = registration(store, reg_id)
        if subject not in [s.name for s in view.subjects]:
            raise RuleError(
                msg(
                    "{name} 的{level}报名没有“{subject}”这一科，报考科目：{subjects}。",
                    name=view.name,
                    level=view.level,
                    subject=subject,
                    subjects=[s.name for s in view.subjects],
                )
            )
        value = None if absent or score is None else exam.check_score(score, r, subject)
        if value is None and not absent:
            raise RuleError(msg("“{subject}”的成绩是空的。缺考请标记缺考。", subject=subject))
        current = view.subject(subject)
        assert current is not None
        if current.result_id:
            records.update(
                store, RESULTS, current.result_id, {"score": value, "absent": 1 if absent else 0}
            )
        else:
            records.insert(
                store,
                RESULTS,
                {
                    "registration_id": reg_id,
                    "subject": subject,
                    "score": value,
                    "absent": int(absent),
                },
            )
        if value is not None and view.state != exam.STATE_SAT:
            records.update(store, REGS, reg_id, {"state": exam.STATE_SAT}, reason="录入成绩")
        _refresh_worker(store, view.worker_id)
        return registration(store, reg_id).outcome


def clear_score(store: Store, reg_id: str, subject: str) -> None:
    with store.atomic():
        view = registration(store, reg_id)
        current = view.subject(subject)
        if current is None or not current.result_id:
            return
        records.soft_delete(store, RESULTS, current.result_id, "删除成绩")
        _refresh_worker(store, view.worker_id)


def _refresh_worker(store: Store, worker_id: str) -> None:
    """A score counts in later years' windows (中级): re-judge all of the worker's registrations."""
    for row in store.query(
        "SELECT id FROM exam_registrations WHERE worker_id = ? AND deleted = 0", (worker_id,)
    ):
        refresh_proposal(store, row["id"])


def refresh_proposal(store: Store, reg_id: str) -> None:
    """Propose a certificate when a registration passes; withdraw a pending one when it no
    longer does (a corrected score). An accepted or declined proposal is left as it is."""
    _sync_proposal(store, registration(store, reg_id))


def _sync_proposal(store: Store, view: RegistrationView) -> None:
    change = _proposal_change(view)
    if change:
        reason = "考试合格" if change["proposal"] else "成绩更正，不再合格"
        records.update(store, REGS, view.id, change, reason=reason)


def _proposal_change(view: RegistrationView) -> dict[str, Any]:
    """The proposal column's new value, or {} when it stays."""
    return proposal_change(view.proposal, view.outcome.passed)


def proposal_change(proposal: str | None, passed: bool | None) -> dict[str, Any]:
    """``_proposal_change`` from the registration's proposal and its outcome's ``passed``."""
    if proposal in (exam.PROPOSAL_ACCEPTED, exam.PROPOSAL_DECLINED):
        return {}
    if passed and proposal is None:
        return {"proposal": exam.PROPOSAL_PENDING}
    if not passed and proposal == exam.PROPOSAL_PENDING:
        return {"proposal": None}
    return {}


def enter_results(
    store: Store,
    year: int,
    items: Sequence[tuple[str, str, float | None]],
    views: Sequence[RegistrationView] | None = None,
) -> int:
    """Enter many scores at once — (registration id, subject, score or None for 缺考) — in
    one transaction: the path of a results sheet, with the same checks and effects as
    ``set_score`` (state 已参考, proposals, later years re-judged) but each registration
    read once rather than once per score. All or nothing. ``views``: the year's registrations
    if the caller has just read them (inside the same transaction)."""
    r = rules(store)
    with store.atomic():
        by_id = {v.id: v for v in (registrations(store, year) if views is None else views)}
        inserts: list[dict[str, Any]] = []
        updates: list[tuple[str, dict[str, Any]]] = []
        sat: set[str] = set()
        for reg_id, subject, score in items:
            view = by_id.get(reg_id)
            current = view.subject(subject) if view else None
            if view is None or current is None:
                raise RuleError(
                    msg("报名 {id} 没有“{subject}”这一科。", id=reg_id, subject=subject)
                )
            value = None if score is None else exam.check_score(score, r, subject)
            values = {"score": value, "absent": 1 if value is None else 0}
            if current.result_id:
                updates.append((current.result_id, values))
            else:
                inserts.append({"registration_id": reg_id, "subject": subject, **values})
            if value is not None and view.state != exam.STATE_SAT:
                sat.add(reg_id)
        records.update_many(store, RESULTS, updates)
        records.insert_many(store, RESULTS, inserts)
        touched = {by_id[reg_id].worker_id for reg_id, _, _ in items}
        later = sorted(
            {
                int(row["year"])
                for row in store.query(
                    "SELECT DISTINCT year FROM exam_registrations WHERE deleted = 0 AND year > ?",
                    (year,),
                )
            }
        )
        # One write per registration: its state (a score means 已参考) and its proposal; a
        # year's writes in one batch, before the next year is judged on them.
        for y in [year, *later]:
            batch: list[tuple[str, dict[str, Any]]] = []
            # This year's registrations are the ones just read: only their results changed,
            # so they are judged again on the results now stored instead of read again whole.
            again = _rejudged(store, year, by_id.values(), touched, r) if y == year else None
            for v in again if again is not None else registrations(store, y):
                if v.worker_id not in touched:
                    continue
                change = _proposal_change(v)
                if v.id in sat:
                    change["state"] = exam.STATE_SAT
                if change:
                    batch.append((v.id, change))
            records.update_many(store, REGS, batch, reason="录入成绩")
    return len(items)


def _rejudged(
    store: Store,
    year: int,
    views: Iterable[RegistrationView],
    worker_ids: set[str],
    r: exam.ExamRules,
) -> list[RegistrationView]:
    """Copies of the ``views`` of ``worker_ids`` with subjects and outcome as ``registrations``
    would give them now, from the workers' results as stored: one query instead of the year's
    whole listing. (Result ids of scores just entered are left out: nobody reads them here.)"""
    mine = [v for v in views if v.worker_id in worker_ids]
    configs = _configs(store)
    by_unit = _unit_configs(store)
    cfg = configs.get(year) or exam.YearConfig(year)
    history = _sittings(store, [v.worker_id for v in mine], configs, r, by_unit)
    today = date.today()
    issued = cfg.results_issued()
    out = []
    for v in mine:
        again = replace(v)
        _judge(
            again,
            [s.name for s in v.subjects],
            history.get(v.worker_id, []),
            {},
            by_unit.get((v.origin, year), cfg),
            r,
            today,
            issued,
        )
        out.append(again)
    return out


def proposals(store: Store, year: int | None = None) -> list[RegistrationView]:
    """Passed registrations whose certificate waits for the clerk."""
    years = (
        [year]
        if year is not None
        else [
            int(r["year"])
            for r in store.query(
                "SELECT DISTINCT year FROM exam_registrations WHERE deleted = 0 AND proposal = ?",
                (exam.PROPOSAL_PENDING,),
            )
        ]
    )
    out: list[RegistrationView] = []
    for y in years:
        out.extend(v for v in registrations(store, y) if v.proposal == exam.PROPOSAL_PENDING)
    return out


def proposed_date(store: Store, view: RegistrationView) -> str:
    """The certificate's date: the results' publication date, else the last exam day, else
    31 December of the exam year (for 高级, the review date)."""
    if view.level == exam.EXAM_SENIOR and view.review_date:
        return view.review_date
    y = get_year(store, view.year)
    if y["results_date"]:
        return str(y["results_date"])
    if y["exam_dates"]:
        return str(y["exam_dates"][-1])
    return f"{view.year}-12-31"


def accept_proposal(
    store: Store, reg_id: str, *, cert_number: str | None = None, obtained_date: object = None
) -> str:
    """Add the proposed certificate to the worker's file; the registration date is left empty
    (entered once the person registers the certificate, it starts their CE period)."""
    r = rules(store)
    with store.atomic():
        view = registration(store, reg_id)
        if view.proposal != exam.PROPOSAL_PENDING:
            raise RuleError(msg("{name} 没有待确认的证书。", name=view.name))
        level = r.level(view.level).certificate
        from swdesk.core import enums

        if any(
            enums.level_rank(c["level"]) >= enums.level_rank(level)
            for c in workers.certificates(store, view.worker_id)
        ):
            raise RuleError(
                msg(
                    "{name} 的档案里已经有{level}或更高等级的证书，不需要再建。请选择“不建证”。",
                    name=view.name,
                    level=level,
                )
            )
        when = obtained_date if obtained_date not in (None, "") else proposed_date(store, view)
        cid = workers.add_certificate(
            store,
            view.worker_id,
            {
                "level": level,
                "cert_number": cert_number,
                "obtained_date": when,
                "registration_date": None,
            },
        )
        records.update(
            store,
            REGS,
            reg_id,
            {"proposal": exam.PROPOSAL_ACCEPTED, "certificate_id": cid},
            reason="建立证书",
        )
    return cid


def decline_proposal(store: Store, reg_id: str, reason: str | None = None) -> None:
    with store.atomic():
        view = registration(store, reg_id)
        if view.proposal != exam.PROPOSAL_PENDING:
            raise RuleError(msg("{name} 没有待确认的证书。", name=view.name))
        records.update(store, REGS, reg_id, {"proposal": exam.PROPOSAL_DECLINED}, reason=reason)


# -- fees ---------------------------------------------------------------------------------------
def set_fee(store: Store, reg_id: str, item: str, amount: object) -> str:
    """Set a fee item's amount (adding the item if the registration has none yet)."""
    r = rules(store)
    if item not in r.fee_items:
        raise RuleError(
            msg("费用项目“{item}”不对，可选：{choices}。", item=item, choices=r.fee_items)
        )
    value = exam.check_amount(amount, item)
    with store.atomic():
        view = registration(store, reg_id)
        fee = view.fee(item)
        if fee is None:
            return records.insert(
                store,
                FEES,
                {"registration_id": reg_id, "item": item, "amount": value, "reimbursed_date": None},
            )
        if fee.reimbursed and value != fee.amount:
            raise RuleError(
                msg(
                    "{name} 的{item}已经报销，不能再改金额。请先取消报销。",
                    name=view.name,
                    item=item,
                )
            )
        records.update(store, FEES, fee.id, {"amount": value})
        return fee.id


def set_reimbursed(store: Store, fee_ids: Iterable[str], on: object) -> int:
    """Mark fee items reimbursed on a date (``on`` None: back to 未报销); returns rows changed.

    Marking follows the reimbursement rule (``exam.Reimbursement``): if any item is not
    allowed, nothing is marked and the RuleError names the person, the item and why.
    Taking a reimbursement back is always allowed.
    """
    when = _date_text(on, msg("报销日期")) if on not in (None, "") else None
    fee_ids = list(fee_ids)
    n = 0
    with store.atomic():
        if when is not None:
            _check_reimbursable(store, fee_ids)
        for fid in fee_ids:
            if records.update(store, FEES, fid, {"reimbursed_date": when}, reason="报销"):
                n += 1
    return n


def reimbursement_refusal(
    rule: exam.Reimbursement, view: RegistrationView, item: str
) -> str | None:
    """Why ``rule`` does not allow reimbursing ``item`` of ``view`` (None: it does)."""
    sat = view.state != exam.STATE_ABSENT and (
        view.state == exam.STATE_SAT or any(s.score is not None for s in view.subjects)
    )
    certified = view.outcome.passed is True and view.proposal == exam.PROPOSAL_ACCEPTED
    return exam.reimbursement_refusal(
        rule, item, sat=sat, passed=view.outcome.passed, certified=certified
    )


def _check_reimbursable(store: Store, fee_ids: list[str]) -> None:
    rule = rules(store).reimbursement
    by_year: dict[int, dict[str, list[str]]] = {}
    for chunk, marks in in_chunks(fee_ids, 400):
        for f in store.query(
            "SELECT f.id, f.registration_id, g.year FROM exam_fees f "
            "JOIN exam_registrations g ON g.id = f.registration_id "
            f"WHERE f.id IN ({marks})",
            chunk,
        ):
            regs = by_year.setdefault(int(f["year"]), {})
            regs.setdefault(f["registration_id"], []).append(f["id"])
    for year, regs in sorted(by_year.items()):
        for view in registrations(store, year, ids=list(regs)):
            wanted = set(regs[view.id])
            for fee in view.fees:
                if fee.id not in wanted or fee.reimbursed:
                    continue
                why = reimbursement_refusal(rule, view, fee.item)
                if why is not None:
                    raise RuleError(
                        msg(
                            "{name} 的{item}不能报销：{reason}",
                            name=view.name,
                            item=fee.item,
                            reason=why,
                        )
                    )


@dataclass(frozen=True)
class ReimbursementProblem:
    """A fee item marked reimbursed that the current rule would not allow (listed, not changed)."""

    view: RegistrationView
    fee: FeeView
    reason: str

    def public_dict(self) -> dict[str, Any]:
        return {
            "id_number": self.view.id_number,
            "name": self.view.name,
            "level": self.view.level,
            "item": self.fee.item,
            "amount": self.fee.amount,
            "reimbursed_date": self.fee.reimbursed_date,
            "reason": self.reason,
        }


def reimbursement_problems(
    store: Store, year: int, views: Iterable[RegistrationView] | None = None
) -> list[ReimbursementProblem]:
    """Fee items of ``year`` already reimbursed that break the reimbursement rule.

    Rows made before the rule (or before it was changed) stay as they are: this lists them
    for the clerk to look into; taking one back is the clerk's decision.
    """
    rule = rules(store).reimbursement
    out = []
    for v in registrations(store, year) if views is None else views:
        for f in v.fees:
            if f.reimbursed:
                why = reimbursement_refusal(rule, v, f.item)
                if why is not None:
                    out.append(ReimbursementProblem(v, f, why))
    return out


def fee_totals(views: Iterable[RegistrationView]) -> exam.FeeTotals:
    return exam.fee_totals((f.item, f.amount, f.reimbursed) for v in views for f in v.fees)


# -- experience and eligibility -----------------------------------------------------------------
def set_work_start(store: Store, worker_id: str, raw: object) -> None:
    """When the worker started social work (the eligibility table counts years from it)."""
    when = _date_text(raw, msg("从事社会工作起始时间"))
    with store.atomic():
        records.get(store, "workers", worker_id)
        rows = store.query(
            "SELECT id FROM exam_work_starts WHERE worker_id = ? AND deleted = 0", (worker_id,)
        )
        if when is None:
            if rows:
                records.soft_delete(store, STARTS, rows[0]["id"])
            return
        if when > date.today().isoformat():
            raise RuleError(msg("从事社会工作起始时间不能晚于今天。"))
        if rows:
            records.update(store, STARTS, rows[0]["id"], {"work_start": when})
        else:
            records.insert(store, STARTS, {"worker_id": worker_id, "work_start": when})


def work_starts(store: Store) -> dict[str, str]:
    return {
        r["worker_id"]: r["work_start"]
        for r in store.query("SELECT worker_id, work_start FROM exam_work_starts WHERE deleted = 0")
    }


@dataclass
class Candidate:
    worker_id: str
    name: str
    id_number: str
    village_code: str | None
    level: str
    eligibility: exam.Eligibility
    work_start: str | None


def next_level(current: str | None, r: exam.ExamRules) -> str | None:
    """The exam level a worker would sit next: the lowest whose certificate is above theirs."""
    from swdesk.core import enums

    for rule in r.levels.values():
        if enums.level_rank(rule.certificate) > enums.level_rank(current):
            return rule.level
    return None


class EligibilityJudge:
    """Judges many workers against the table with two queries (work starts, certificates)."""

    def __init__(self, store: Store) -> None:
        self.rules = rules(store)
        self.starts = work_starts(store)
        self.certs: dict[str, list[tuple[str, date | None]]] = {}
        for c in store.query(
            "SELECT worker_id, level, obtained_date FROM certificates WHERE deleted = 0"
        ):
            d = date.fromisoformat(c["obtained_date"]) if c["obtained_date"] else None
            self.certs.setdefault(c["worker_id"], []).append((c["level"], d))

    def __call__(self, worker: dict[str, Any], level: str, year: int) -> exam.Eligibility:
        start = self.starts.get(worker["id"])
        return exam.eligibility(
            self.rules,
            level,
            year,
            education=worker["education"],
            sw_major=bool(worker["sw_major"]),
            work_start=date.fromisoformat(start) if start else None,
            certificates=self.certs.get(worker["id"], []),
        )


def eligibility_of(store: Store, worker_id: str, level: str, year: int) -> exam.Eligibility:
    """Whether one worker meets the table for ``level`` in ``year`` (a hint, never a refusal:
    the national registration system has the last word)."""
    return EligibilityJudge(store)(records.get(store, "workers", worker_id), level, year)


def eligibility_map(store: Store, year: int, level: str) -> dict[str, exam.Eligibility]:
    """Every live worker's eligibility for ``level`` in ``year`` (the register dialog's hints)."""
    judge = EligibilityJudge(store)
    return {
        w["id"]: judge(w, level, year)
        for w in store.query("SELECT id, education, sw_major FROM workers WHERE deleted = 0")
    }


def candidates(store: Store, year: int, *, include_unknown: bool = True) -> list[Candidate]:
    """Active workers not registered this year who look eligible for their next level.

    ``include_unknown``: also those the table cannot judge (no education or start date), so
    the clerk sees whose file to complete.
    """
    judge = EligibilityJudge(store)
    taken = {
        row["worker_id"]
        for row in store.query(
            "SELECT worker_id FROM exam_registrations WHERE year = ? AND deleted = 0", (year,)
        )
    }
    out = []
    for w in store.query(
        "SELECT id, name, id_number, village_code, education, sw_major, level FROM workers "
        "WHERE deleted = 0 AND status = ? ORDER BY village_code, name COLLATE name_order",
        (enums.STATUS_ON_DUTY,),
    ):
        if w["id"] in taken:
            continue
        level = next_level(w["level"], judge.rules)
        if level is None:
            continue
        e = judge(w, level, year)
        if e.eligible or (include_unknown and e.eligible is None):
            out.append(
                Candidate(
                    w["id"],
                    w["name"],
                    w["id_number"],
                    w["village_code"],
                    level,
                    e,
                    judge.starts.get(w["id"]),
                )
            )
    # Those who clearly qualify first (the ones to push to register); then those to check.
    out.sort(key=lambda c: c.eligibility.eligible is not True)
    return out


# -- counts -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class YearCounts:
    registered: int
    by_state: dict[str, int]
    paid: int
    sat: int
    absent: int
    passed: int
    failed: int
    pending: int
    proposals: int
    fees: exam.FeeTotals


def counts(store: Store, year: int, views: list[RegistrationView] | None = None) -> YearCounts:
    views = registrations(store, year) if views is None else views
    by_state = {s: 0 for s in exam.STATES}
    for v in views:
        by_state[v.state] = by_state.get(v.state, 0) + 1
    return YearCounts(
        registered=len(views),
        by_state=by_state,
        paid=sum(1 for v in views if v.state in exam.PAID_STATES),
        sat=by_state[exam.STATE_SAT],
        absent=by_state[exam.STATE_ABSENT],
        passed=sum(1 for v in views if v.outcome.passed is True),
        failed=sum(1 for v in views if v.outcome.passed is False),
        pending=sum(1 for v in views if v.outcome.passed is None),
        proposals=sum(1 for v in views if v.proposal == exam.PROPOSAL_PENDING),
        fees=fee_totals(views),
    )


# -- lookups other layers need ------------------------------------------------------------------
def registered_worker_ids(store: Store, year: int) -> set[str]:
    """Who has a live registration for ``year`` (deleted workers' too): the registration
    dialog offers only the others."""
    return {
        r[0]
        for r in store.conn.execute(
            f"SELECT worker_id FROM {REGS} WHERE year = ? AND deleted = 0", (year,)
        )
    }


def work_start_ids(store: Store, worker_id: str) -> list[str]:
    """Ids of the worker's 从事社会工作起始 rows, deleted ones too: their audit entries belong
    to the worker's history."""
    return [
        r[0]
        for r in store.conn.execute(f"SELECT id FROM {STARTS} WHERE worker_id = ?", (worker_id,))
    ]


def workers_without_work_start(store: Store) -> list[dict[str, Any]]:
    """id and birth_date of the (not deleted) workers with no work-start row at all, by ID
    number: the demo fills most of them in."""
    return store.query(
        "SELECT w.id, w.birth_date FROM workers w WHERE w.deleted = 0 AND NOT EXISTS "
        f"(SELECT 1 FROM {STARTS} s WHERE s.worker_id = w.id) ORDER BY w.id_number"
    )
