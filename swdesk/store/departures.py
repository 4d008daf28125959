"""Vacate a worker's posts and end their roles when they leave, transfer out or move.

Called inside the transaction that writes the change (``workers.update_clean`` and
``workers.delete``), so the file, the post register and the roles never disagree. A fill ends
with ``to_date`` = the day of the change and a role with ``until`` = that day: the post is
vacant and the role gone from that day, and held on every day before it, so indicators as of
an earlier day still count the person (``core.departures`` says what ends).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from swdesk.core import departures, divisions
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import posts, records, worker_roles

if TYPE_CHECKING:
    from swdesk.store.db import Store


class Released:
    """What a change gave up: the posts vacated (unit name and kind) and the roles ended.

    A plain class, not a dataclass: this module is imported on the way to the first window,
    and making a dataclass compiles generated code at import."""

    def __init__(self) -> None:
        self.posts: list[str] = []
        self.roles: list[str] = []

    def __bool__(self) -> bool:
        return bool(self.posts or self.roles)

    def add(self, other: Released) -> None:
        self.posts += other.posts
        self.roles += other.roles

    def text(self) -> str:
        """The sentence for the save message, "" when nothing ended."""
        parts: list[str] = []
        if self.posts:
            parts.append(msg("已同时腾出岗位：{posts}。", posts=_series(self.posts)))
        if self.roles:
            parts.append(msg("已同时结束职务：{roles}。", roles=self.roles))
        if len(parts) == 2:
            return msg("{first}{rest}", first=parts[0], rest=parts[1])
        return parts[0] if parts else ""


def _series(items: list[str]) -> str:
    """Items one after another with "、", each still translatable (a list argument would
    show each as a stored value)."""
    out = items[-1]
    for item in reversed(items[:-1]):
        out = msg("{first}、{rest}", first=item, rest=out)
    return out


def open_fills(store: Store, worker_id: str) -> list[dict[str, Any]]:
    """The worker's open fills with their post's unit, oldest first (``origin``: the township
    whose row it is)."""
    return store.query(
        "SELECT f.id, f.post_id, f.from_date, f.origin, p.unit_kind, p.unit_code, p.unit_name, p.kind "
        f"FROM {posts.FILLS} f JOIN {posts.TABLE} p ON p.id = f.post_id "
        "WHERE f.worker_id = ? AND f.deleted = 0 AND p.deleted = 0 AND f.to_date IS NULL "
        "ORDER BY f.from_date, f.created_at",
        (worker_id,),
    )


def _post_label(fill: dict[str, Any]) -> str:
    """How a save or an audit reason names a post that fell vacant: 红星村的专职岗位."""
    return msg("{unit}的{kind}岗位", unit=fill["unit_name"] or fill["unit_code"], kind=fill["kind"])


def release(
    store: Store,
    worker: dict[str, Any],
    day: date,
    leaving: bool,
    new_village: str | None = None,
) -> Released:
    """End what ``worker`` (its row: id, name) gives up on ``day``: everything when
    ``leaving``, else what belongs to a village other than ``new_village``.

    Refused, changing nothing, when ``day`` is before a post was taken up or a role begun:
    the person cannot give up on that day what they only got later."""
    out = Released()
    if store.role == divisions.ROLE_COUNTY:  # the townships keep posts and roles
        return out
    wid, iso = worker["id"], day.isoformat()
    fills = departures.posts_ending(open_fills(store, wid), leaving, new_village)
    roles = departures.roles_ending(worker_roles.of_worker(store, wid, False), leaving, iso)
    for f in fills:
        if iso < f["from_date"]:
            raise RuleError(
                msg(
                    "{name} 在 {unit} 的专业岗位是 {since} 到岗的，离岗或调动日期 {day} "
                    "不能早于它：请核对日期。",
                    name=worker["name"],
                    unit=f["unit_name"] or f["unit_code"],
                    since=f["from_date"],
                    day=iso,
                ),
                "status_date",
            )
    for r in roles:
        if r["since"] and iso < r["since"]:
            raise RuleError(
                msg(
                    "{name} 的职务“{role}”是 {since} 开始担任的，离岗或调动日期 {day} "
                    "不能早于它：请核对日期。",
                    name=worker["name"],
                    role=r["role"],
                    since=r["since"],
                    day=iso,
                ),
                "status_date",
            )
    with store.atomic():
        for f in fills:
            posts.vacate(store, f["post_id"], day)
            out.posts.append(_post_label(f))
        for r in roles:
            worker_roles.end(store, r["id"], day)
            out.roles.append(r["role"])
    return out


def release_moved(
    store: Store, worker_id: str, origins: set[str], day: date, reason: str
) -> Released:
    """At the county: the person of county row ``worker_id`` is confirmed to have moved away
    from the townships ``origins`` on ``day``. The posts those townships reported them in fall
    vacant and the roles they reported end on that day, as when the person leaves
    (``core.departures``), without waiting for those townships' own 调出. A post taken up or a
    role begun after ``day`` ends the day it began. Only the county calls this: it writes the
    townships' rows here, as the merge does."""
    out = Released()
    if not origins:
        return out
    iso = day.isoformat()
    fills = [f for f in open_fills(store, worker_id) if f["origin"] in origins]
    roles = [r for r in worker_roles.of_worker(store, worker_id, False) if r["origin"] in origins]
    with store.atomic():
        for f in departures.posts_ending(fills, True, None):
            end = max(iso, f["from_date"])
            records.update(store, posts.FILLS, f["id"], {"to_date": end}, reason)
            out.posts.append(_post_label(f))
        for r in departures.roles_ending(roles, True, iso):
            end = max(iso, r["since"] or iso)
            records.update(store, worker_roles.TABLE, r["id"], {"until": end}, reason)
            out.roles.append(r["role"])
    return out
