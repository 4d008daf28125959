"""The register of 社会工作专业岗位: posts of a unit, who fills them from when, vacancies.

A post belongs to the township's station (unit code = the township's code), a community or a
village (its division code) or an agency. A fill runs from ``from_date`` up to ``to_date`` (the
day the post fell vacant, not itself in post); an open fill has no ``to_date``. The register
replaces the per-person ``professional_post`` flag: whoever holds a filled post on a day is "in
a professional post" that day (``holder_ids``).

A county file holds its townships' registers as sync brings them and changes none of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from swdesk.core import divisions
from swdesk.core import workforce as wf
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.text import clean_text
from swdesk.store import records

if TYPE_CHECKING:
    from swdesk.store.db import Store

TABLE = "posts"
FILLS = "post_fills"


def refuse_on_county(store: Store) -> None:
    """Posts, stations and roles are kept by the townships; a county only reads them."""
    if store.role == divisions.ROLE_COUNTY:
        raise RuleError(
            msg(
                "县级数据文件只能查看岗位和社工站，由各乡镇登记后同步上来；请在乡镇的数据文件里修改。"
            )
        )


def resolve_unit(store: Store, code: str) -> tuple[str, str, str]:
    """(unit kind, unit code, unit name) of a village/community code or the township's own code."""
    code = (code or "").strip()
    if code and code == store.unit_code:
        return wf.UNIT_STATION, code, store.unit_name
    rows = store.query(
        "SELECT code, name, kind FROM villages WHERE code = ? AND deleted = 0", (code,)
    )
    if not rows:
        raise RuleError(
            msg(
                "单位代码“{code}”既不是本乡镇的代码（{unit}，即社工站），也不是已登记的村（社区）代码。",
                code=code,
                unit=store.unit_code,
            ),
            "unit",
        )
    row = rows[0]
    return wf.UNIT_OF_VILLAGE_KIND[row["kind"]], row["code"], row["name"]


def add(
    store: Store,
    unit_code: str,
    kind: str,
    grade: str | None = None,
    opened_on: date | None = None,
    note: str | None = None,
) -> str:
    """Open a post at a unit; returns its id."""
    refuse_on_county(store)
    wf.check_post_kind(kind)
    return _insert(store, resolve_unit(store, unit_code), kind, grade, opened_on, note)


def add_at_agency(
    store: Store,
    agency: str,
    kind: str,
    grade: str | None = None,
    opened_on: date | None = None,
    note: str | None = None,
) -> str:
    """Open a post at a named agency (a social work service agency the township places
    workers with); it has no division code, so its name is its code and posts at the same
    name count together."""
    refuse_on_county(store)
    wf.check_post_kind(kind)
    name = clean_text(agency, msg("机构名称"), prose=True)
    if not name:
        raise RuleError(msg("机构名称不能为空：请写上岗位所在机构的全称。"), "agency")
    return _insert(store, (wf.UNIT_AGENCY, name, name), kind, grade, opened_on, note)


def _insert(
    store: Store,
    unit: tuple[str, str, str],
    kind: str,
    grade: str | None,
    opened_on: date | None,
    note: str | None,
) -> str:
    unit_kind, code, name = unit
    return records.insert(
        store,
        TABLE,
        {
            "unit_kind": unit_kind,
            "unit_code": code,
            "unit_name": name,
            "kind": kind,
            "grade": (grade or "").strip() or None,
            "opened_on": (opened_on or date.today()).isoformat(),
            "closed_on": None,
            "note": note,
        },
    )


def get(store: Store, post_id: str) -> dict[str, Any]:
    rows = store.query(f"SELECT * FROM {TABLE} WHERE id = ? AND deleted = 0", (post_id,))
    if not rows:
        raise RuleError(msg("找不到编号为“{id}”的岗位，请用 posts list 查看岗位编号。", id=post_id))
    return rows[0]


def edit(store: Store, post_id: str, kind: str, grade: str | None, note: str | None = None) -> bool:
    refuse_on_county(store)
    wf.check_post_kind(kind)
    get(store, post_id)
    return records.update(
        store, TABLE, post_id, {"kind": kind, "grade": (grade or "").strip() or None, "note": note}
    )


def open_fill(store: Store, post_id: str) -> dict[str, Any] | None:
    rows = store.query(
        f"SELECT * FROM {FILLS} WHERE post_id = ? AND deleted = 0 AND to_date IS NULL",
        (post_id,),
    )
    return rows[0] if rows else None


def close(store: Store, post_id: str, on: date) -> bool:
    """Close a post (it no longer counts from ``on``); a post with a holder is vacated first."""
    refuse_on_county(store)
    post = get(store, post_id)
    if post["closed_on"]:
        raise RuleError(msg("这个岗位已于 {day} 撤销。", day=post["closed_on"]))
    if open_fill(store, post_id) is not None:
        raise RuleError(msg("这个岗位还有人在岗，请先办理离岗（腾空岗位）再撤销。"))
    if post["opened_on"] and on.isoformat() < post["opened_on"]:
        raise RuleError(
            msg(
                "撤销日期 {day} 早于设岗日期 {opened}。",
                day=on.isoformat(),
                opened=post["opened_on"],
            )
        )
    return records.update(store, TABLE, post_id, {"closed_on": on.isoformat()})


def fill(store: Store, post_id: str, worker_id: str, from_date: date) -> str:
    """Put a worker in a vacant, open post from ``from_date``; returns the fill's id."""
    refuse_on_county(store)
    post = get(store, post_id)
    day = from_date.isoformat()
    if post["closed_on"]:
        raise RuleError(msg("这个岗位已于 {day} 撤销，不能再安排人员。", day=post["closed_on"]))
    if post["opened_on"] and day < post["opened_on"]:
        raise RuleError(
            msg("到岗日期 {day} 早于设岗日期 {opened}。", day=day, opened=post["opened_on"])
        )
    workers = store.query("SELECT id, name, deleted FROM workers WHERE id = ?", (worker_id,))
    if not workers or workers[0]["deleted"]:
        raise RuleError(msg("找不到这名社工的档案（可能已被删除），不能安排到岗位。"))
    name = workers[0]["name"]
    current = open_fill(store, post_id)
    if current is not None:
        holder = store.scalar("SELECT name FROM workers WHERE id = ?", (current["worker_id"],))
        raise RuleError(
            msg(
                "这个岗位现在由 {holder} 担任（{since} 起），请先办理离岗。",
                holder=holder,
                since=current["from_date"],
            )
        )
    other = store.query(
        f"SELECT p.unit_name, f.from_date FROM {FILLS} f JOIN {TABLE} p ON p.id = f.post_id "
        "WHERE f.worker_id = ? AND f.deleted = 0 AND f.to_date IS NULL",
        (worker_id,),
    )
    if other:
        raise RuleError(
            msg(
                "{name} 已在 {unit} 的专业岗位上（{since} 起），一人只能担任一个专业岗位；请先办理离岗。",
                name=name,
                unit=other[0]["unit_name"] or "",
                since=other[0]["from_date"],
            )
        )
    last_end = store.scalar(
        f"SELECT max(to_date) FROM {FILLS} WHERE post_id = ? AND deleted = 0", (post_id,)
    )
    if last_end and day < last_end:
        raise RuleError(
            msg(
                "到岗日期 {day} 早于上一任的离岗日期 {end}，两段任职不能重叠。",
                day=day,
                end=last_end,
            )
        )
    with store.atomic():
        fill_id = records.insert(
            store,
            FILLS,
            {
                "post_id": post_id,
                "worker_id": worker_id,
                "from_date": day,
                "to_date": None,
                "note": None,
            },
        )
        _mirror_flag(store, [worker_id])
    return fill_id


def vacate(store: Store, post_id: str, on: date) -> bool:
    """The holder leaves the post on ``on`` (from that day the post is vacant)."""
    refuse_on_county(store)
    get(store, post_id)
    current = open_fill(store, post_id)
    if current is None:
        raise RuleError(msg("这个岗位现在空缺，没有人可以离岗。"))
    day = on.isoformat()
    if day < current["from_date"]:
        raise RuleError(
            msg("离岗日期 {day} 早于到岗日期 {since}。", day=day, since=current["from_date"])
        )
    with store.atomic():
        changed = records.update(store, FILLS, current["id"], {"to_date": day})
        _mirror_flag(store, [current["worker_id"]])
    return changed


def vacate_worker(store: Store, worker_id: str, on: date) -> bool:
    """End the open fill of a worker, whichever post it is; False when they hold none."""
    rows = store.query(
        f"SELECT post_id FROM {FILLS} WHERE worker_id = ? AND deleted = 0 AND to_date IS NULL",
        (worker_id,),
    )
    for r in rows:
        vacate(store, r["post_id"], on)
    return bool(rows)


def _in_force(day: str) -> tuple[str, tuple[str, ...]]:
    """SQL condition (on ``p``) and parameters: a post open on ``day``."""
    return (
        "(p.opened_on IS NULL OR p.opened_on <= ?) AND (p.closed_on IS NULL OR p.closed_on > ?)",
        (day, day),
    )


def holder_ids(
    store: Store, day: date | None = None, worker_ids: Iterable[str] | None = None
) -> set[str]:
    """Workers holding a filled, open post on ``day`` (today by default)."""
    d = (day or date.today()).isoformat()
    cond, params = _in_force(d)
    rows = store.conn.execute(
        f"SELECT DISTINCT f.worker_id FROM {FILLS} f JOIN {TABLE} p ON p.id = f.post_id "
        f"WHERE f.deleted = 0 AND p.deleted = 0 AND {cond} "
        "AND f.from_date <= ? AND (f.to_date IS NULL OR f.to_date > ?)",
        (*params, d, d),
    )
    found = {r[0] for r in rows}
    return found if worker_ids is None else found & set(worker_ids)


def holds_post(store: Store, worker_id: str, day: date | None = None) -> bool:
    return bool(holder_ids(store, day, [worker_id]))


def list_posts(
    store: Store, day: date | None = None, include_closed: bool = False
) -> list[dict[str, Any]]:
    """Every post with its holder on ``day`` (name, ID number, level, since) or none.

    ``over_limit`` marks a part-time post held longer than 2 years (warned, not refused).
    """
    as_of = day or date.today()
    d = as_of.isoformat()
    where = "p.deleted = 0" + (
        "" if include_closed else " AND (p.closed_on IS NULL OR p.closed_on > ?)"
    )
    params: tuple[str, ...] = () if include_closed else (d,)
    rows = store.query(
        "SELECT p.id, p.unit_kind, p.unit_code, p.unit_name, p.kind, p.grade, p.opened_on, "
        "p.closed_on, p.note, f.id AS fill_id, f.from_date, w.id AS worker_id, w.name, "
        "w.id_number, w.level "
        f"FROM {TABLE} p LEFT JOIN {FILLS} f ON f.post_id = p.id AND f.deleted = 0 "
        "AND f.from_date <= ? AND (f.to_date IS NULL OR f.to_date > ?) "
        "LEFT JOIN workers w ON w.id = f.worker_id "
        f"WHERE {where} ORDER BY p.unit_kind = ? DESC, p.unit_code, p.opened_on, p.created_at",
        (d, d, *params, wf.UNIT_STATION),
    )
    for r in rows:
        since = date.fromisoformat(r["from_date"]) if r["from_date"] else None
        r["vacant"] = r["worker_id"] is None
        r["over_limit"] = since is not None and wf.part_time_overdue(r["kind"], since, as_of)
    return rows


def quotas(store: Store, day: date | None = None) -> wf.Quotas | None:
    return wf.quotas_as_of(
        wf.quotas_from_setting(store.setting("post_quotas")), day or date.today()
    )


def unit_summary(store: Store, day: date | None = None) -> list[dict[str, Any]]:
    """Per unit (the station, each community and village): posts open, filled, vacant, the
    quota in force and the shortfall (posts still to be set up to reach it)."""
    as_of = day or date.today()
    q = quotas(store, as_of)
    posts = list_posts(store, as_of)
    by_unit: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for p in posts:
        by_unit.setdefault((p["unit_kind"], p["unit_code"]), []).append(p)
    units: list[tuple[str, str, str]] = []
    if store.role != divisions.ROLE_COUNTY and store.unit_code:
        units.append((wf.UNIT_STATION, store.unit_code, store.unit_name))
    for v in store.query("SELECT code, name, kind FROM villages WHERE deleted = 0 ORDER BY code"):
        units.append(
            (wf.UNIT_OF_VILLAGE_KIND.get(v["kind"], wf.UNIT_VILLAGE), v["code"], v["name"])
        )
    known = {(k, c) for k, c, _ in units}
    for (k, c), ps in sorted(by_unit.items()):
        if (k, c) not in known:  # agencies, and a county's township stations
            units.append((k, c, ps[0]["unit_name"] or c))
    out = []
    for kind, code, name in units:
        ps = by_unit.get((kind, code), [])
        required = q.required(kind) if q else 0
        filled = sum(1 for p in ps if not p["vacant"])
        out.append(
            {
                "unit_kind": kind,
                "unit_code": code,
                "unit_name": name,
                "posts": len(ps),
                "filled": filled,
                "vacant": len(ps) - filled,
                "required": required,
                "shortfall": max(0, required - len(ps)),
                "over_limit": sum(1 for p in ps if p["over_limit"]),
            }
        )
    return out


# -- the professional_post flag, derived from the register ----------------------------------
# The worker file's 是否专业岗位 (editor check box, roster column) is kept as a mirror of the
# register: 是 when the person has an open fill. Ticking it (or importing 是) for someone
# without a post opens a full-time post at their village or community (the station when they
# have none) and fills it from that day; clearing it (or importing 否) ends their fill that day.


def _mirror_flag(store: Store, worker_ids: Iterable[str]) -> None:
    for wid in set(worker_ids):
        held = store.scalar(
            f"SELECT count(*) FROM {FILLS} f JOIN {TABLE} p ON p.id = f.post_id "
            "WHERE f.worker_id = ? AND f.deleted = 0 AND p.deleted = 0 AND f.to_date IS NULL",
            (wid,),
        )
        records.update(store, "workers", wid, {"professional_post": 1 if held else 0})


def place_many(store: Store, people: list[tuple[str, str | None, date]]) -> list[str]:
    """Open a full-time post for each (worker id, village code or None, since) and fill it;
    returns the posts' ids. Used for the flag of new files and of edits (see above)."""
    if not people:
        return []
    if store.role == divisions.ROLE_COUNTY:
        return []
    kinds = {
        r["code"]: (r["kind"], r["name"])
        for r in store.query("SELECT code, kind, name FROM villages WHERE deleted = 0")
    }
    post_rows, fill_rows = [], []
    for _wid, code, since in people:
        if code and code in kinds:
            kind, name = kinds[code]
            unit_kind, unit_code, unit_name = wf.UNIT_OF_VILLAGE_KIND[kind], code, name
        else:
            unit_kind, unit_code, unit_name = wf.UNIT_STATION, store.unit_code, store.unit_name
        post_rows.append(
            {
                "unit_kind": unit_kind,
                "unit_code": unit_code,
                "unit_name": unit_name,
                "kind": wf.POST_FULL_TIME,
                "grade": None,
                "opened_on": since.isoformat(),
                "closed_on": None,
                "note": None,
            }
        )
    with store.atomic():
        ids = records.insert_many(store, TABLE, post_rows)
        for pid, (wid, _, since) in zip(ids, people, strict=True):
            fill_rows.append(
                {
                    "post_id": pid,
                    "worker_id": wid,
                    "from_date": since.isoformat(),
                    "to_date": None,
                    "note": None,
                }
            )
        records.insert_many(store, FILLS, fill_rows)
    return ids


def follow_flag(
    store: Store, worker_id: str, flag: bool, village_code: str | None, on: date
) -> None:
    """Make the register agree with a 是/否 typed in the file or a roster (see above)."""
    if store.role == divisions.ROLE_COUNTY:
        return
    held = bool(
        store.scalar(
            f"SELECT count(*) FROM {FILLS} WHERE worker_id = ? AND deleted = 0 AND to_date IS NULL",
            (worker_id,),
        )
    )
    if flag and not held:
        place_many(store, [(worker_id, village_code, on)])
    elif held and not flag:
        vacate_worker(store, worker_id, on)
