"""The rewards owed and on no run yet (待发奖励), for the clerk to see before computing a run.

What ``store.allowances.compute_run`` will put on the next draft run, read the same way
(``core.allowance_rewards``): the page shows the count and the names, and the worker file says
so right after a certificate that earns one is saved. A certificate obtained after the draft's
last month waits for a later run; a person not in post in the run's months is not paid by it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from swdesk.core import allowance as al
from swdesk.core import divisions
from swdesk.core.allowance_rewards import PendingReward, pending_rewards
from swdesk.core.names import sort_key
from swdesk.store.allowances import LINES, RUNS, rules

if TYPE_CHECKING:
    from swdesk.store.db import Store


@dataclass(frozen=True)
class Owed:
    """A pending reward with who it is for, as the page lists it."""

    reward: PendingReward
    name: str
    id_number: str
    village_code: str | None


def rewarded(store: Store) -> set[tuple[str, str]]:
    """(worker id, level) of every reward line on a live run of any state."""
    return {
        (wid, level)
        for wid, level in store.conn.execute(
            f"SELECT l.worker_id, l.level FROM {LINES} l JOIN {RUNS} r ON r.id = l.run_id "
            "WHERE l.kind = ? AND l.deleted = 0 AND r.deleted = 0",
            (al.KIND_REWARD,),
        )
    }


def _certificates(
    store: Store, worker_ids: Sequence[str] | None
) -> dict[str, list[al.Certificate]]:
    sql = (
        "SELECT c.worker_id, c.level, c.obtained_date FROM certificates c "
        "JOIN workers w ON w.id = c.worker_id WHERE c.deleted = 0 AND w.deleted = 0"
    )
    params: tuple[str, ...] = ()
    if worker_ids is not None:
        sql += f" AND c.worker_id IN ({', '.join('?' * len(worker_ids))})"
        params = tuple(worker_ids)
    out: dict[str, list[al.Certificate]] = {}
    for wid, level, obtained in store.conn.execute(sql, params):
        try:
            day = date.fromisoformat(obtained[:10]) if obtained else None
        except ValueError:
            day = None
        out.setdefault(wid, []).append(al.Certificate(level, day))
    return out


def pending(store: Store, worker_id: str | None = None) -> list[Owed]:
    """The rewards owed under the data file's rules and on no run, of everyone (or of one
    person), sorted by village and name; empty when the rule sets no reward amounts, and in
    a county's file (the townships pay; the county only receives their runs)."""
    if store.role == divisions.ROLE_COUNTY:
        return []
    rule = rules(store)
    if not any(v.rewards for v in rule.versions):
        return []
    certs = _certificates(store, None if worker_id is None else [worker_id])
    people = [al.WorkerFacts(wid, None, (), tuple(c)) for wid, c in certs.items()]
    owed = pending_rewards(rule, people, rewarded(store))
    if not owed:
        return []
    sql = "SELECT id, name, id_number, village_code FROM workers WHERE deleted = 0"
    params: tuple[str, ...] = ()
    if worker_id is not None:
        sql, params = sql + " AND id = ?", (worker_id,)
    who = {wid: (name, idn, village) for wid, name, idn, village in store.conn.execute(sql, params)}
    out = [Owed(p, *who[p.worker_id]) for p in owed if p.worker_id in who]
    return sorted(out, key=lambda o: (o.village_code or "", sort_key(o.name), o.reward.obtained))


def total(owed: Sequence[Owed]) -> int:
    return sum(o.reward.amount for o in owed)
