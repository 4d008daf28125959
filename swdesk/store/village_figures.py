"""Reference figures of a village or community (户籍人口, 常住人口, 老年人数, 供养老人数): the
denominators of per-population targets. Each is empty (not known) or a whole number, 0 or
more; 常住 and 户籍 may differ either way."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from swdesk.core import workforce as wf
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.i18n import msg
from swdesk.store import posts, records

if TYPE_CHECKING:
    from swdesk.store.db import Store


def checked(raw: Mapping[str, Any]) -> dict[str, int | None]:
    """The given figures, validated; a FieldErrors names every wrong one."""
    out: dict[str, int | None] = {}
    errors: dict[str, str] = {}
    for field in wf.POPULATION_FIELDS:
        if field not in raw:
            continue
        try:
            out[field] = wf.check_population(raw[field], field)
        except RuleError as e:
            errors[field] = e.message
    if errors:
        raise FieldErrors(errors)
    return out


def set_figures(store: Store, village_id: str, raw: Mapping[str, Any]) -> bool:
    """Write the figures given in ``raw`` (others stay as they are)."""
    posts.refuse_on_county(store)
    values = checked(raw)
    return records.update(store, "villages", village_id, dict(values))


def set_by_code(store: Store, rows: Sequence[tuple[str, Mapping[str, Any]]]) -> int:
    """Write figures for many villages by code in one transaction (the Excel import); every row
    is checked first, so one bad row changes nothing. Returns how many villages changed."""
    posts.refuse_on_county(store)
    ids = {
        r["code"]: r["id"] for r in store.query("SELECT id, code FROM villages WHERE deleted = 0")
    }
    plan: list[tuple[str, dict[str, int | None]]] = []
    problems: list[str] = []
    for line, (code, raw) in enumerate(rows, start=1):
        code = str(code or "").strip()
        if code not in ids:
            problems.append(msg("第 {n} 行：村（社区）代码“{code}”还没有登记。", n=line, code=code))
            continue
        try:
            plan.append((ids[code], checked(raw)))
        except FieldErrors as e:
            problems.extend(
                msg("第 {n} 行：{reason}", n=line, reason=reason) for reason in e.errors.values()
            )
    if problems:
        raise RuleError("\n".join(problems))
    changed = 0
    with store.atomic():
        for vid, values in plan:
            changed += records.update(store, "villages", vid, dict(values))
    return changed
