"""The 乡镇（街道）社工站 register: the township's station and its sites, the 六有 checklist.

A station's staff are the holders of the station's professional posts (``store.posts``, unit
code = the township's code). It meets the standard when all six 六有 items of 《“十四五”民政事业
发展规划》 are done and it has at least ``station_min_staff`` full-time staff at 助理社会工作师 or
higher (《攀枝花市社会工作专业队伍建设“十四五”规划》; ``core.workforce.meets_standard``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from swdesk.core import workforce as wf
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.core.text import clean_text
from swdesk.store import posts, records

if TYPE_CHECKING:
    from swdesk.store.db import Store

TABLE = "stations"
ITEMS = "station_items"


def station_of(store: Store, township_code: str | None = None) -> dict[str, Any] | None:
    """The (first registered) station of a township, sites left out; None when there is none."""
    code = township_code or store.unit_code
    rows = store.query(
        f"SELECT * FROM {TABLE} WHERE township_code = ? AND parent_id IS NULL AND deleted = 0 "
        "ORDER BY created_at LIMIT 1",
        (code,),
    )
    return rows[0] if rows else None


def ensure_station(store: Store, township_code: str | None = None) -> str:
    """The id of the township's station, registered (named after the unit) when it has none."""
    posts.refuse_on_county(store)
    code = (township_code or store.unit_code or "").strip()
    if code != store.unit_code:
        raise RuleError(
            msg(
                "乡镇代码“{code}”不是本数据文件的单位（{unit}）。", code=code, unit=store.unit_code
            ),
            "township",
        )
    found = station_of(store, code)
    if found is not None:
        return str(found["id"])
    return add(store, msg("{unit}社会工作服务站", unit=store.unit_name))


def add(
    store: Store,
    name: str,
    opened_on: date | None = None,
    parent_id: str | None = None,
    village_code: str | None = None,
) -> str:
    """Register the township's station, or (``parent_id``) one of its sites in a village."""
    posts.refuse_on_county(store)
    n = clean_text(name, msg("社工站名称"), prose=True)
    if not n:
        raise RuleError(msg("社工站名称不能为空。"), "name")
    if parent_id is not None:
        parent = store.query(
            f"SELECT id FROM {TABLE} WHERE id = ? AND parent_id IS NULL AND deleted = 0",
            (parent_id,),
        )
        if not parent:
            raise RuleError(msg("找不到站点所属的社工站。"), "parent")
    if village_code and not store.scalar(
        "SELECT 1 FROM villages WHERE code = ? AND deleted = 0", (village_code,)
    ):
        raise RuleError(msg("村（社区）代码 {code} 还没有登记。", code=village_code), "village")
    return records.insert(
        store,
        TABLE,
        {
            "township_code": store.unit_code,
            "parent_id": parent_id,
            "name": n,
            "village_code": village_code or None,
            "opened_on": opened_on.isoformat() if opened_on else None,
            "closed_on": None,
            "note": None,
        },
    )


def add_site(
    store: Store, name: str, village_code: str | None = None, opened_on: date | None = None
) -> str:
    """A site (站点) of the township's station, registering the station first if need be — in
    one transaction, so a refused site leaves no station behind."""
    if opened_on is not None and opened_on > date.today():
        raise RuleError(
            msg("启用日期 {day} 在今天之后，请填已经启用的日期。", day=opened_on.isoformat()),
            "opened",
        )
    with store.atomic():
        return add(store, name, opened_on, ensure_station(store), village_code)


def set_opened(store: Store, station_id: str, opened_on: date | None) -> bool:
    posts.refuse_on_county(store)
    return records.update(
        store, TABLE, station_id, {"opened_on": opened_on.isoformat() if opened_on else None}
    )


def set_item(
    store: Store, station_id: str, item: str, done_on: date | None, note: str | None = None
) -> bool:
    """Record one 六有 item as done on ``done_on`` (None: not done) with a note."""
    posts.refuse_on_county(store)
    wf.check_item(item)
    if not store.query(f"SELECT 1 FROM {TABLE} WHERE id = ? AND deleted = 0", (station_id,)):
        raise RuleError(msg("找不到这个社工站。"))
    if done_on is not None and done_on > date.today():
        raise RuleError(
            msg("完成日期 {day} 在今天之后，请填已经完成的日期。", day=done_on.isoformat()), "done"
        )
    values = {
        "done_on": done_on.isoformat() if done_on else None,
        "note": (note or "").strip() or None,
    }
    with store.atomic():
        rows = store.query(
            f"SELECT id FROM {ITEMS} WHERE station_id = ? AND item = ? AND deleted = 0",
            (station_id, item),
        )
        if rows:
            return records.update(store, ITEMS, rows[0]["id"], values)
        records.insert(store, ITEMS, {"station_id": station_id, "item": item, **values})
    return True


def items(store: Store, station_id: str) -> dict[str, dict[str, Any]]:
    """The station's 六有 rows by item (items never recorded are absent)."""
    rows = store.query(
        f"SELECT item, done_on, note FROM {ITEMS} WHERE station_id = ? AND deleted = 0",
        (station_id,),
    )
    return {r["item"]: r for r in rows}


def staff(store: Store, township_code: str, day: date) -> list[dict[str, Any]]:
    """Holders of the township station's posts on ``day``."""
    return [
        p
        for p in posts.list_posts(store, day)
        if p["unit_kind"] == wf.UNIT_STATION and p["unit_code"] == township_code and not p["vacant"]
    ]


def list_stations(store: Store, day: date | None = None) -> list[dict[str, Any]]:
    """Every station and site with its checklist, staff and whether it meets the standard on
    ``day`` (sites follow their station; the standard is judged for stations only)."""
    as_of = day or date.today()
    d = as_of.isoformat()
    minimum = wf.station_min_staff_as_of(store.setting("station_min_staff"), as_of)
    rows = store.query(
        f"SELECT * FROM {TABLE} WHERE deleted = 0 "
        "ORDER BY township_code, COALESCE(parent_id, id), parent_id IS NOT NULL, created_at"
    )
    out = []
    for r in rows:
        checklist = items(store, r["id"])
        done = [
            i
            for i in wf.STATION_ITEMS
            if (checklist.get(i) or {}).get("done_on") and checklist[i]["done_on"] <= d
        ]
        entry: dict[str, Any] = {
            **{
                k: r[k]
                for k in (
                    "id",
                    "township_code",
                    "parent_id",
                    "name",
                    "village_code",
                    "opened_on",
                    "closed_on",
                    "note",
                )
            },
            "items": [
                {
                    "item": i,
                    "done_on": (checklist.get(i) or {}).get("done_on"),
                    "note": (checklist.get(i) or {}).get("note"),
                }
                for i in wf.STATION_ITEMS
            ],
            "items_done": len(done),
        }
        if r["parent_id"] is None:
            people = staff(store, r["township_code"], as_of)
            qualified = wf.qualified_staff((p["kind"], p["level"]) for p in people)
            entry["staff"] = [
                {
                    "name": p["name"],
                    "id_number": p["id_number"],
                    "kind": p["kind"],
                    "level": p["level"],
                }
                for p in people
            ]
            entry["qualified_staff"] = qualified
            entry["min_staff"] = minimum
            entry["meets_standard"] = wf.meets_standard(done, qualified, minimum)
        out.append(entry)
    return out


def set_township_item(
    store: Store,
    township_code: str | None,
    item: str,
    done_on: date | None,
    note: str | None = None,
) -> bool:
    """``set_item`` on the township's station, registering the station first if need be — in
    one transaction, so a refused item leaves no station behind."""
    with store.atomic():
        return set_item(store, ensure_station(store, township_code), item, done_on, note)
