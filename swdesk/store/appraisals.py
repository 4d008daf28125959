"""Appraisals (绩效考评) in the data file: templates and their versions, rounds, scores, states.

Every write goes through ``swdesk.store.records`` (UUID, version, tombstone, audit) and, for an
appraisal, through ``_write`` here, which refuses any change to a finalized or signed one before
SQL sees it; the lock triggers (``appraisal_lock``) refuse the same for a signed one whatever
path writes. The rules (grades, caps, who gets which, states, hash) are in
``swdesk.core.appraisal``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from swdesk.core import appraisal as ap
from swdesk.core import audit, enums
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.paths import resources_dir
from swdesk.store import posts, records, villages
from swdesk.store.accounts import require_review
from swdesk.store.blobs import MAX_BLOB_BYTES, put_blob
from swdesk.store.db import utc_now
from swdesk.store.errors import NotFound
from swdesk.store.presets import save_checked, saved_or_preset

if TYPE_CHECKING:
    from swdesk.store.db import Store

TEMPLATES = "appraisal_templates"
ROUNDS = "appraisal_rounds"
APPRAISALS = "appraisals"
RULES_KEY = "appraisal_rules"
MAX_SCAN_BYTES = MAX_BLOB_BYTES


# -- presets and rules --------------------------------------------------------------------------
@cache
def preset_templates() -> tuple[ap.Template, ...]:
    """The shipped templates (``resources/appraisal/templates.json``)."""
    data = json.loads((resources_dir() / "appraisal" / "templates.json").read_text("utf-8"))
    return tuple(ap.template_from_dict(t) for t in data["templates"])


@cache
def preset_rules() -> ap.Rules:
    data = json.loads((resources_dir() / "appraisal" / "rules.json").read_text("utf-8"))
    return ap.rules_from_dict(data)


def rules(store: Store) -> ap.Rules:
    """The data file's grade lines and caps; the preset until someone saves their own."""
    return saved_or_preset(store, RULES_KEY, ap.rules_from_dict, preset_rules)


def set_rules(store: Store, raw: dict[str, Any]) -> ap.Rules:
    return save_checked(store, RULES_KEY, raw, ap.rules_from_dict)


# -- templates ------------------------------------------------------------------------------------
def _template(row: dict[str, Any]) -> ap.Template:
    return ap.template_from_dict(
        {
            "key": row["key"],
            "kind": row["kind"],
            "name": row["name"],
            "items": json.loads(row["items"]),
        },
        version=int(row["tpl_version"]),
    )


def ensure_presets(store: Store) -> None:
    """Put the shipped templates in the file once (version 1) so rounds can point at them."""
    have = {r["key"] for r in store.query(f"SELECT DISTINCT key FROM {TEMPLATES}")}
    missing = [t for t in preset_templates() if t.key not in have]
    if missing:
        with store.atomic():
            records.insert_many(
                store,
                TEMPLATES,
                [
                    {
                        "key": t.key,
                        "kind": t.kind,
                        "name": t.name,
                        "tpl_version": 1,
                        "items": t.items_json(),
                    }
                    for t in missing
                ],
            )


def current_templates(store: Store) -> list[tuple[str, ap.Template]]:
    """(row id, template) of the newest version of each template, community ones first."""
    ensure_presets(store)
    rows = store.query(
        f"SELECT * FROM {TEMPLATES} t WHERE deleted = 0 AND tpl_version = "
        f"(SELECT MAX(tpl_version) FROM {TEMPLATES} u WHERE u.key = t.key AND u.deleted = 0) "
        "ORDER BY kind, created_at, key"
    )
    return [(r["id"], _template(r)) for r in rows]


def template(store: Store, template_id: str) -> ap.Template:
    return _template(records.get(store, TEMPLATES, template_id))


def find_template(store: Store, name_or_key: str) -> tuple[str, ap.Template]:
    for tid, t in current_templates(store):
        if name_or_key in (t.key, t.name, t.sheet_title):
            return tid, t
    names = [t.name for _, t in current_templates(store)]
    raise RuleError(
        msg("没有名为“{name}”的考评表。可选：{choices}。", name=name_or_key, choices=names)
    )


def save_template(store: Store, raw: dict[str, Any]) -> str:
    """Save an edited template as a new version (old rounds keep the version they used)."""
    clean = ap.template_from_dict(raw)
    with store.atomic():
        prev = store.query(
            f"SELECT * FROM {TEMPLATES} WHERE key = ? AND deleted = 0 ORDER BY tpl_version DESC LIMIT 1",
            (clean.key,),
        )
        if prev and prev[0]["kind"] != clean.kind:
            raise RuleError(msg("已有的考评表不能改变类别（社区社工 / 专业岗位），请另建一个。"))
        if prev and _template(prev[0]).items == clean.items and prev[0]["name"] == clean.name:
            return str(prev[0]["id"])
        version = int(prev[0]["tpl_version"]) + 1 if prev else 1
        return records.insert(
            store,
            TEMPLATES,
            {
                "key": clean.key,
                "kind": clean.kind,
                "name": clean.name,
                "tpl_version": version,
                "items": clean.items_json(),
            },
        )


# -- rounds ---------------------------------------------------------------------------------------
@dataclass
class Planned:
    """One active worker at round creation: what they get by the rule, and why."""

    worker: dict[str, Any]
    kind: str | None
    reason: str


def plan_round(store: Store, rules_: ap.Rules | None = None) -> list[Planned]:
    """Every active worker with the appraisal the rule gives them (None: not appraised).

    ``rules_``: a round's own rules (who is in scope); default the data file's current rules.
    """
    scope = rules_ if rules_ is not None else rules(store)
    rows = store.query(
        "SELECT id, name, id_number, gender, village_code, post_type, level "
        "FROM workers WHERE deleted = 0 AND status = ? ORDER BY name COLLATE name_order",
        (enums.STATUS_ON_DUTY,),
    )
    # "In a professional post" is read from the post register as of today (store.posts).
    holders = posts.holder_ids(store, date.today())
    for w in rows:
        w["professional_post"] = 1 if w["id"] in holders else 0
    return [Planned(w, ap.kind_for(w, scope), ap.why_kind(w, scope)) for w in rows]


def plan_counts(plan: list[Planned]) -> dict[str | None, int]:
    out: dict[str | None, int] = {ap.KIND_COMMUNITY: 0, ap.KIND_POST: 0, None: 0}
    for p in plan:
        out[p.kind] = out.get(p.kind, 0) + 1
    return out


def _person(
    store: Store, worker: dict[str, Any], names: dict[str, str] | None = None
) -> dict[str, str]:
    names = names if names is not None else villages.names_by_code(store)
    post = worker.get("post_type") or ""
    if worker.get("professional_post"):
        post = f"{post}（社会工作专业岗位）" if post else "社会工作专业岗位"
    return {
        "name": worker["name"],
        "gender": worker["gender"],
        "unit": names.get(worker.get("village_code") or "", "") or store.unit_name,
        "post": post,
        "level": worker.get("level") or "无",
    }


def round_for_year(store: Store, year: int) -> dict[str, Any] | None:
    rows = store.query(
        f"SELECT * FROM {ROUNDS} WHERE year = ? AND unit_code = ? AND deleted = 0",
        (year, store.unit_code),
    )
    return rows[0] if rows else None


def require_round(store: Store, year: int) -> dict[str, Any]:
    r = round_for_year(store, year)
    if r is None:
        raise RuleError(
            msg("{year} 年度还没有建立考评，请先建立（appraisal round --year {year}）。", year=year)
        )
    return r


def list_rounds(store: Store) -> list[dict[str, Any]]:
    return store.query(
        f"SELECT * FROM {ROUNDS} WHERE deleted = 0 AND unit_code = ? ORDER BY year DESC",
        (store.unit_code,),
    )


def check_year(year: object) -> int:
    try:
        y = int(str(year).strip())
    except ValueError:
        raise RuleError(msg("年度“{year}”不对，请写四位数年份，例如 2024。", year=year)) from None
    if not 2000 <= y <= 2100:
        raise RuleError(msg("年度 {year} 不对，请写四位数年份，例如 2024。", year=y))
    return y


def create_round(
    store: Store,
    year: object,
    template_ids: dict[str, str] | None = None,
    overrides: dict[str, tuple[str | None, str]] | None = None,
) -> str:
    """A round for ``year`` with a draft appraisal for every active eligible worker.

    ``template_ids`` picks the template (version) per kind (default: the newest of each kind);
    ``overrides`` maps a worker id to (kind or None, reason) where the clerk departs from the
    rule — each departure needs a reason, kept on the appraisal (or the round, if left out).
    """
    y = check_year(year)
    if not store.unit_code:
        raise RuleError(msg("数据文件还没有设置单位，不能建立考评。"))
    with store.atomic():
        return _create_round(store, y, template_ids, overrides or {})


def _create_round(
    store: Store,
    y: int,
    template_ids: dict[str, str] | None,
    overrides: dict[str, tuple[str | None, str]],
) -> str:
    current = current_templates(store)
    chosen: dict[str, str] = {}
    for kind in ap.KINDS:
        tid = (template_ids or {}).get(kind)
        if tid is None:
            tid = next((i for i, t in current if t.kind == kind), None)
        elif template(store, tid).kind != kind:
            raise RuleError(msg("所选考评表不是“{kind}”类别的。", kind=ap.KIND_LABELS[kind]))
        if tid is not None:
            chosen[kind] = tid
    with store.atomic():
        if round_for_year(store, y) is not None:
            raise RuleError(
                msg(
                    "{year} 年度的考评已经建立过了，不能重复建立。"
                    "后来入职或新符合条件的人员请用“加入新人员”添加。",
                    year=y,
                )
            )
        now_rules = rules(store)
        rows, exclusions = _drafts(store, plan_round(store, now_rules), chosen, overrides)
        round_id = records.insert(
            store,
            ROUNDS,
            {
                "year": y,
                "unit_code": store.unit_code,
                "unit_name": store.unit_name,
                "community_template_id": chosen.get(ap.KIND_COMMUNITY),
                "post_template_id": chosen.get(ap.KIND_POST),
                "rules": json.dumps(now_rules.to_dict(), ensure_ascii=False),
                "exclusions": json.dumps(exclusions, ensure_ascii=False),
            },
        )
        for r in rows:
            r["round_id"] = round_id
        records.insert_many(store, APPRAISALS, rows)
    return round_id


def _drafts(
    store: Store,
    plan: list[Planned],
    chosen: dict[str, str],
    overrides: dict[str, tuple[str | None, str]],
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """The draft rows for ``plan`` (rule or override) and the people left out by an override."""
    known = {p.worker["id"] for p in plan}
    for wid in overrides:
        if wid not in known:
            raise RuleError(msg("要调整的人员不在岗、没有档案或已在本年度考评中，不能在这里调整。"))
    rows: list[dict[str, Any]] = []
    exclusions: list[dict[str, str]] = []
    names = villages.names_by_code(store)
    for p in plan:
        goes: str | None = p.kind
        reason: str | None = None
        if p.worker["id"] in overrides:
            want, why = overrides[p.worker["id"]]
            reason = ap.check_override(p.kind, want, why)
            goes = want
        if goes is None:
            if reason:
                exclusions.append(
                    {"worker_id": p.worker["id"], "name": p.worker["name"], "reason": reason}
                )
            continue
        if goes not in chosen:
            raise RuleError(
                msg("没有“{kind}”类别的考评表，请先建立一个。", kind=ap.KIND_LABELS[goes])
            )
        rows.append(
            {
                "worker_id": p.worker["id"],
                "template_id": chosen[goes],
                "kind": goes,
                "state": ap.STATE_DRAFT,
                "scores": "{}",
                "item_comments": "{}",
                "override_reason": reason,
                "person": json.dumps(_person(store, p.worker, names), ensure_ascii=False),
            }
        )
    return rows, exclusions


def missing_plan(store: Store, round_id: str) -> list[Planned]:
    """Active workers not yet in the round (hired, or newly eligible, after it was made).

    People the clerk left out of the round on purpose (an override to 不参加, with its reason)
    are not offered again by the rule; they can still be added with an override.
    """
    rnd = records.get(store, ROUNDS, round_id)
    present = {
        r["worker_id"]
        for r in store.query(
            f"SELECT worker_id FROM {APPRAISALS} WHERE round_id = ? AND deleted = 0", (round_id,)
        )
    }
    left_out = {e["worker_id"] for e in json.loads(rnd["exclusions"] or "[]")}
    out = []
    for p in plan_round(store, _rules_of(rnd["rules"])):
        if p.worker["id"] in present:
            continue
        if p.worker["id"] in left_out:
            p = Planned(p.worker, None, "建立考评时已调整为不参加")
        out.append(p)
    return out


def add_eligible(
    store: Store, round_id: str, overrides: dict[str, tuple[str | None, str]] | None = None
) -> int:
    """Add a draft for every active worker now eligible who is not yet in the round.

    Existing appraisals are never touched (whatever their state); the round keeps its template
    versions and rules. ``overrides`` as for ``create_round``, for the people not yet in the
    round. Returns the number of drafts added.
    """
    overrides = overrides or {}
    with store.atomic():
        rnd = records.get(store, ROUNDS, round_id)
        if rnd["deleted"]:
            raise NotFound(msg("这次考评已被删除。"))
        chosen = {
            kind: tid
            for kind, tid in (
                (ap.KIND_COMMUNITY, rnd["community_template_id"]),
                (ap.KIND_POST, rnd["post_template_id"]),
            )
            if tid
        }
        rows, exclusions = _drafts(store, missing_plan(store, round_id), chosen, overrides)
        if exclusions:
            old = json.loads(rnd["exclusions"] or "[]")
            records.update(
                store,
                ROUNDS,
                round_id,
                {"exclusions": json.dumps(old + exclusions, ensure_ascii=False)},
            )
        for r in rows:
            r["round_id"] = round_id
        if rows:
            records.insert_many(store, APPRAISALS, rows)
    return len(rows)


def delete_round(store: Store, round_id: str, reason: str) -> int:
    """Remove a round made by mistake (wrong year, wrong templates) with all its drafts.

    Only while every appraisal of it is still a draft: a finalized one may already be printed
    and a signed one is a record — those must be reopened (each with its reason) first. Rows
    are tombstoned with the reason (sync carries the deletion; the audit log keeps it), and the
    year can then get a new round. Returns the number of appraisals removed.
    """
    why = (reason or "").strip()
    if not why:
        raise RuleError(msg("删除一个年度的考评需要写明理由（会记入修改记录）。"))
    with store.atomic():
        rnd = records.get(store, ROUNDS, round_id)
        if rnd["deleted"]:
            raise NotFound(msg("这次考评已被删除。"))
        rows = store.query(
            f"SELECT id, state FROM {APPRAISALS} WHERE round_id = ? AND deleted = 0", (round_id,)
        )
        finalized = sum(1 for r in rows if r["state"] == ap.STATE_FINALIZED)
        signed = sum(1 for r in rows if r["state"] == ap.STATE_SIGNED)
        if finalized or signed:
            raise RuleError(
                msg(
                    "{year} 年度的考评已有 {finalized} 份定稿、{signed} 份签字，不能删除。"
                    "如确属建错，请先把它们逐份退回草稿（写明理由）。",
                    year=rnd["year"],
                    finalized=finalized,
                    signed=signed,
                )
            )
        for r in rows:
            records.soft_delete(store, APPRAISALS, r["id"], why)
        records.soft_delete(store, ROUNDS, round_id, why)
    return len(rows)


# -- reading appraisals -------------------------------------------------------------------------
def _row(store: Store, appraisal_id: str) -> dict[str, Any]:
    row = records.get(store, APPRAISALS, appraisal_id)
    if row["deleted"]:
        raise NotFound(msg("这份考评表已被删除。"))
    return row


@cache
def _rules_of(raw: str) -> ap.Rules:
    """A round's own rules; a round made before the scope was a rule kept everyone in a post."""
    return ap.rules_from_dict(json.loads(raw), missing_scope=())


def sheet_of(row: dict[str, Any], rnd: dict[str, Any], tpl: ap.Template) -> ap.Sheet:
    return ap.Sheet(
        round_id=rnd["id"],
        year=int(rnd["year"]),
        unit_name=rnd["unit_name"],
        template=tpl,
        rules=_rules_of(rnd["rules"]),
        worker_id=row["worker_id"],
        person=json.loads(row["person"]),
        scores={k: float(v) for k, v in json.loads(row["scores"]).items() if v is not None},
        item_comments=json.loads(row["item_comments"]),
        overall_comment=row["overall_comment"],
        discipline=row["discipline"],
        state=row["state"],
    )


def sheet(store: Store, appraisal_id: str) -> ap.Sheet:
    row = _row(store, appraisal_id)
    return sheet_of(
        row, records.get(store, ROUNDS, row["round_id"]), template(store, row["template_id"])
    )


def round_sheets(
    store: Store, round_id: str, worker_ids: list[str] | None = None
) -> list[tuple[dict[str, Any], ap.Sheet]]:
    """(row, sheet) of every appraisal of a round, ordered by name; templates read once."""
    rnd = records.get(store, ROUNDS, round_id)
    rows = store.query(
        f"SELECT a.*, w.id_number, w.name_pinyin FROM {APPRAISALS} a JOIN workers w ON w.id = a.worker_id "
        "WHERE a.round_id = ? AND a.deleted = 0 ORDER BY a.kind, w.name COLLATE name_order",
        (round_id,),
    )
    if worker_ids is not None:
        wanted = set(worker_ids)
        rows = [r for r in rows if r["worker_id"] in wanted]
    tpls: dict[str, ap.Template] = {}
    out = []
    for r in rows:
        if r["template_id"] not in tpls:
            tpls[r["template_id"]] = template(store, r["template_id"])
        out.append((r, sheet_of(r, rnd, tpls[r["template_id"]])))
    return out


def find(store: Store, year: int, id_number: str) -> dict[str, Any]:
    rnd = require_round(store, year)
    rows = store.query(
        f"SELECT a.* FROM {APPRAISALS} a JOIN workers w ON w.id = a.worker_id "
        "WHERE a.round_id = ? AND w.id_number = ? AND a.deleted = 0",
        (rnd["id"], id_number),
    )
    if not rows:
        raise RuleError(
            msg("{year} 年度的考评中没有身份证号 {number} 的人员。", year=year, number=id_number)
        )
    return rows[0]


def public_dict(row: dict[str, Any], sh: ap.Sheet) -> dict[str, Any]:
    return {
        "id_number": row["id_number"],
        "name": sh.person.get("name"),
        "template": sh.template.name,
        "total": sh.total,
        "grade": sh.grade,
        "state": row["state"],
        "hash": sh.hash,
    }


def check_paper(store: Store, text: str) -> tuple[str | None, bool, str]:
    """Match a printed sheet to its record by the code in its footer (or its QR code).

    Returns (appraisal id or None, whether the paper matches, a sentence for the clerk): the
    record whose current content has that hash — the paper shows the record as it is — or, for
    a QR code whose round and worker are known, the record that changed after printing.
    """
    code = ap.parse_paper_code(text)
    where = "a.deleted = 0 AND r.deleted = 0 AND r.unit_code = ?"
    args: list[Any] = [store.unit_code]
    if code.round_id:
        where += " AND lower(a.round_id) = ? AND lower(a.worker_id) = ?"
        args += [code.round_id, code.worker_id]
    rows = store.query(
        f"SELECT a.*, w.id_number FROM {APPRAISALS} a JOIN {ROUNDS} r ON r.id = a.round_id "
        f"JOIN workers w ON w.id = a.worker_id WHERE {where}",
        tuple(args),
    )
    rounds: dict[str, dict[str, Any]] = {}
    tpls: dict[str, ap.Template] = {}
    changed: tuple[dict[str, Any], ap.Sheet] | None = None
    for r in rows:
        rnd = rounds.get(r["round_id"]) or records.get(store, ROUNDS, r["round_id"])
        rounds[r["round_id"]] = rnd
        tpl = tpls.get(r["template_id"]) or template(store, r["template_id"])
        tpls[r["template_id"]] = tpl
        sh = sheet_of(r, rnd, tpl)
        if code.matches(sh.hash):
            found = msg(
                "找到：{year} 年度 {name}（{number}，{template}），{state}。纸面与系统中的记录一致。",
                year=sh.year,
                name=sh.person.get("name", ""),
                number=r["id_number"],
                template=tpl.name,
                state=ap.STATE_LABELS[r["state"]],
            )
            return r["id"], True, found
        changed = (r, sh)
    if code.round_id and changed is not None:
        r, sh = changed
        return (
            r["id"],
            False,
            msg(
                "{year} 年度 {name}（{number}）的记录在这张纸打印后"
                "已改动：现在的校验码是 {code}，状态“{state}”。"
                "请以重新打印、签字的考评表为准。",
                year=sh.year,
                name=sh.person.get("name", ""),
                number=r["id_number"],
                code=sh.short_hash,
                state=ap.STATE_LABELS[r["state"]],
            ),
        )
    return (
        None,
        False,
        msg(
            "没有找到校验码相同的考评记录。若打印后记录被改动过，校验码就对不上："
            "请扫描页脚的二维码，或按姓名找到记录后重新打印核对。"
        ),
    )


# -- writing appraisals ----------------------------------------------------------------------------
def _write(
    store: Store,
    row: dict[str, Any],
    changes: dict[str, Any],
    reason: str | None = None,
    action: str = audit.UPDATE,
    allow_locked: bool = False,
) -> bool:
    """The one path that changes an appraisal: refuses edits unless it is a draft, keeps the
    stored total and grade in step with the scores."""
    if not allow_locked:
        ap.check_editable(row["state"], json.loads(row["person"]).get("name", ""))
    return records.update(store, APPRAISALS, row["id"], changes, reason, action)


def _fresh_totals(store: Store, row: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    merged = {**row, **new}
    sh = sheet_of(
        merged, records.get(store, ROUNDS, row["round_id"]), template(store, row["template_id"])
    )
    return {**new, "total": sh.total, "grade": sh.grade}


def set_score(store: Store, appraisal_id: str, item_name: str, raw: object) -> float | None:
    """Score one item (``None`` or "" clears it); returns the stored score."""
    with store.atomic():
        row = _row(store, appraisal_id)
        ap.check_editable(row["state"], json.loads(row["person"]).get("name", ""))
        tpl = template(store, row["template_id"])
        item = tpl.item(item_name)
        scores = json.loads(row["scores"])
        value = None if raw is None or str(raw).strip() == "" else ap.parse_score(raw, item)
        if value is None:
            scores.pop(item.name, None)
        else:
            scores[item.name] = value
        ordered = {i.name: scores[i.name] for i in tpl.items if i.name in scores}
        _write(
            store,
            row,
            _fresh_totals(store, row, {"scores": json.dumps(ordered, ensure_ascii=False)}),
        )
    return value


def set_comments(
    store: Store,
    appraisal_id: str,
    item_comments: dict[str, str | None] | None = None,
    overall: str | None = None,
    discipline: str | None = None,
    appraiser: str | None = None,
) -> bool:
    """Comments per item and overall, the year's disciplinary record ("" or 无 clears it), the
    appraiser's name; an argument left None is not changed."""
    with store.atomic():
        row = _row(store, appraisal_id)
        ap.check_editable(row["state"], json.loads(row["person"]).get("name", ""))
        tpl = template(store, row["template_id"])
        changes: dict[str, Any] = {}
        if item_comments is not None:
            comments = json.loads(row["item_comments"])
            for name, text in item_comments.items():
                item = tpl.item(name)
                clean = ap.check_comment(
                    text, msg("“{item}”的评语", item=item.name), ap.MAX_ITEM_COMMENT
                )
                if clean is None:
                    comments.pop(item.name, None)
                else:
                    comments[item.name] = clean
            changes["item_comments"] = json.dumps(
                {i.name: comments[i.name] for i in tpl.items if i.name in comments},
                ensure_ascii=False,
            )
        if overall is not None:
            changes["overall_comment"] = ap.check_comment(overall, msg("总体评语"))
        if discipline is not None:  # "" or "无" clears it
            changes["discipline"] = ap.check_discipline(discipline)
        if appraiser is not None:
            changes["appraiser"] = appraiser.strip() or None
        if not changes:
            return False
        return _write(store, row, _fresh_totals(store, row, changes))


def finalize(store: Store, appraisal_id: str) -> bool:
    """草稿 → 已定稿 (printable): every item scored; the person's printed data refreshed."""
    with store.atomic():
        row = _row(store, appraisal_id)
        if row["state"] == ap.STATE_FINALIZED:
            return False
        sh = sheet(store, appraisal_id)
        ap.check_transition(
            row["state"], ap.STATE_FINALIZED, missing=ap.missing_items(sh.template, sh.scores)
        )
        worker = records.get(store, "workers", row["worker_id"])
        worker["professional_post"] = posts.holds_post(store, worker["id"], date.today())
        changes = {
            "state": ap.STATE_FINALIZED,
            "finalized_at": utc_now(),
            "person": json.dumps(_person(store, worker), ensure_ascii=False),
        }
        _write(
            store, row, _fresh_totals(store, row, changes), action=audit.FINALIZE, allow_locked=True
        )
    return True


def finalize_round(store: Store, round_id: str) -> tuple[int, list[str]]:
    """Finalize every draft of a round that is complete; returns (count, names still incomplete)."""
    done, incomplete = 0, []
    with store.atomic():
        for row, sh in round_sheets(store, round_id):
            if row["state"] != ap.STATE_DRAFT:
                continue
            if ap.missing_items(sh.template, sh.scores):
                incomplete.append(sh.person.get("name", ""))
                continue
            finalize(store, row["id"])
            done += 1
    return done, incomplete


def _put_scan(store: Store, name: str, data: bytes) -> str:
    return put_blob(store, "appraisal_scans", msg("扫描件"), name, data, MAX_SCAN_BYTES)


def sign(store: Store, appraisal_id: str, scan: tuple[str, bytes] | None = None) -> bool:
    """已定稿 → 已签字 (locked), optionally with the scan or photo of the signed paper; by a
    审核 or 管理 account once the file has accounts."""
    require_review(store, msg("登记考评表已签字"))
    with store.atomic():
        row = _row(store, appraisal_id)
        if row["state"] == ap.STATE_SIGNED:
            return False
        ap.check_transition(row["state"], ap.STATE_SIGNED)
        sh = sheet(store, appraisal_id)
        changes: dict[str, Any] = {
            "state": ap.STATE_SIGNED,
            "signed_at": utc_now(),
            "signed_hash": sh.hash,
        }
        if scan is not None:
            changes["scan_name"] = scan[0]
            changes["scan_sha256"] = _put_scan(store, scan[0], scan[1])
        _write(store, row, changes, action=audit.SIGN, allow_locked=True)
    return True


def attach_scan(store: Store, appraisal_id: str, name: str, data: bytes) -> bool:
    """Attach (or replace) the scan of a signed paper; the only change a signed one accepts."""
    with store.atomic():
        row = _row(store, appraisal_id)
        if row["state"] != ap.STATE_SIGNED:
            raise RuleError(msg("只有已签字的考评表才能附上签字后的扫描件或照片。"))
        sha = _put_scan(store, name, data)
        return _write(
            store,
            row,
            {"scan_name": name, "scan_sha256": sha},
            action=audit.ATTACH_SCAN,
            allow_locked=True,
        )


def scan(store: Store, appraisal_id: str) -> tuple[str, bytes] | None:
    r = store.conn.execute(
        "SELECT a.scan_name, s.data FROM appraisals a JOIN appraisal_scans s ON s.sha256 = a.scan_sha256 "
        "WHERE a.id = ?",
        (appraisal_id,),
    ).fetchone()
    return (r[0], bytes(r[1])) if r else None


def reopen(store: Store, appraisal_id: str, reason: str) -> bool:
    """已定稿 / 已签字 → 草稿, with the reason in the audit log; the signature marks are cleared
    by a second write, once the row is no longer signed (the lock keeps them while signed)."""
    with store.atomic():
        row = _row(store, appraisal_id)
        clean = ap.check_transition(row["state"], ap.STATE_DRAFT, reason)
        _write(
            store,
            row,
            {"state": ap.STATE_DRAFT},
            reason=clean,
            action=audit.REOPEN,
            allow_locked=True,
        )
        if row["signed_at"] or row["finalized_at"]:
            records.update(
                store,
                APPRAISALS,
                appraisal_id,
                {"signed_at": None, "signed_hash": None, "finalized_at": None},
                reason=clean,
                action=audit.REOPEN,
            )
    return True


def reopen_reasons(store: Store, appraisal_id: str) -> list[str]:
    return [
        h["reason"]
        for h in store.history(APPRAISALS, [appraisal_id])
        if h["action"] == audit.REOPEN and h["reason"] and "state" in (h["new"] or {})
    ]


# -- lookups other layers need ------------------------------------------------------------------
def template_counts(store: Store, round_id: str) -> list[dict[str, Any]]:
    """The templates a round's live appraisals use, with how many use each (keys:
    template_id, kind, n), by kind: the page offers one list per template."""
    return store.query(
        f"SELECT template_id, kind, COUNT(*) AS n FROM {APPRAISALS} "
        "WHERE round_id = ? AND deleted = 0 GROUP BY template_id, kind ORDER BY kind",
        (round_id,),
    )


def placement(store: Store, appraisal_id: str) -> tuple[str, str] | None:
    """(round_id, template_id) of an appraisal, deleted or not; None if there is none: the
    page selects the round and template that show it."""
    row = store.conn.execute(
        f"SELECT round_id, template_id FROM {APPRAISALS} WHERE id = ?", (appraisal_id,)
    ).fetchone()
    return (row[0], row[1]) if row else None


def row_with_id_number(store: Store, appraisal_id: str) -> dict[str, Any]:
    """An appraisal row with its worker's ID number, as ``round_sheets`` gives it, to refresh
    one line of a list after an edit."""
    return store.query(
        f"SELECT a.*, w.id_number FROM {APPRAISALS} a JOIN workers w ON w.id = a.worker_id "
        "WHERE a.id = ?",
        (appraisal_id,),
    )[0]
