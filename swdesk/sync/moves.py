"""A move the county confirmed: what the township the person left still reports.

When the county settles a double claim as a move from township B to township A
(``merge.confirm_claim``), the posts B reported the person in fall vacant and B's roles for
them end at the county on the move's day, as a departure ends them at a township
(``store.departures``): the county's posts list and indicators are right at once, without
waiting for B's own 调出. The move's day is the day A put the person on its file.

B does not know yet. Its next packages carry the same fill and role rows, which the county has
changed since it last took them, and would be edit conflicts. They are not: a row of B's still
open never reopens what the confirmed move ended (B had not caught up), and a row B ended or
deleted itself is taken as B sent it when that is no later than the county's ending (B's own
调出, with its date). Either way B's row is remembered as seen, so its checksum reads right.
A fill or role B sends for the first time after the move (made before B knew, or arriving
late) ends the same way as it arrives: a person the county confirmed at A has no post or role
open elsewhere. Should the person be B's again at the county (A withdrew them, or the county confirmed them
back), B's rows are taken as B sends them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from swdesk.store import departures, moved_people

if TYPE_CHECKING:
    from swdesk.store.db import Store

KEEP = "keep"  # the county's ending stays; the township's row is only remembered
TAKE = "take"  # the township's row is written as any change of its would be
holder = moved_people.holder


def move_day(store: Store, worker_id: str, origin: str) -> date:
    """The day ``origin`` put the person of county row ``worker_id`` on its file (today when
    the row says nothing usable)."""
    try:
        return date.fromisoformat(str(moved_people.taken_on(store, worker_id, origin))[:10])
    except ValueError:
        return date.today()


def release(store: Store, worker_id: str, origin: str, left: set[str]) -> None:
    """End, on the move's day, the fills and roles of the townships ``left`` for the person
    the county confirmed moved to ``origin``."""
    day = move_day(store, worker_id, origin)
    note = f"冲突处理：确认此人已调到 {origin}，原乡镇的岗位和职务随之结束"
    departures.release_moved(store, worker_id, left, day, note)


def settle_arrivals(store: Store, sender: str, rev: int) -> None:
    """After a package of ``sender`` (written with ``rev``): end the fills and roles it brought
    in still open for a person the county confirmed moved to another township (one query per
    package)."""
    for worker_id in moved_people.open_after_move(store, sender, rev):
        now_with = holder(store, worker_id)
        if now_with is not None and now_with != sender:
            release(store, worker_id, now_with, {sender})


def after_move(store: Store, table: str, row_id: str, incoming: dict[str, Any]) -> str | None:
    """For a township row the county changed since it last took it: ``KEEP`` or ``TAKE``
    when the change was a confirmed move ending it, ``None`` (an edit conflict) otherwise."""
    row = moved_people.ended_row(store, table, row_id)
    if row is None:
        return None
    col = moved_people.ENDS[table]
    # The person now belongs to another township at the county: the move was confirmed.
    now_with = holder(store, row["worker_id"])
    if now_with is None:
        return None
    if now_with == row["origin"]:
        # The move no longer stands (the new township withdrew the person, or the county
        # confirmed them back): the person is this township's again, as its row says.
        return TAKE
    if incoming.get("deleted") or (incoming.get(col) and incoming[col] <= row["ended"]):
        return TAKE
    return KEEP
