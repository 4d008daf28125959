"""Who may change the data file's allowance rule, a new version saved, and its effect previewed.

The county sets the rule for its townships: an enrolled township receives it with every receipt
(``sync.receipt`` copies the county's settings) and does not edit it, or the next receipt would
silently undo the edit. A county file, and a township not (yet) enrolled, edit their own.

A change is saved as a new version (``core.allowance_edit``): months before its first month keep
the rates they were owed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from swdesk.core import allowance as al
from swdesk.core import divisions
from swdesk.core.allowance_edit import MonthTotals, Preview, month_totals, with_new_version
from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg
from swdesk.store import sync_state
from swdesk.store.allowances import LINE_COLUMNS, compute_lines, rules, rules_saved, set_rules

if TYPE_CHECKING:
    from swdesk.store.db import Store

# Where a line's worker and amount sit in ``compute_lines``' rows.
_WORKER, _AMOUNT = LINE_COLUMNS.index("worker_id"), LINE_COLUMNS.index("amount_fen")


def rules_from_county(store: Store) -> bool:
    """True on a township that has joined its county's sync: the county's rule applies."""
    return store.role == divisions.ROLE_TOWNSHIP and sync_state.county_row(store) is not None


def require_editable(store: Store) -> None:
    """Refuse, saying why, to change the rule of an enrolled township."""
    if rules_from_county(store):
        raise RuleError(
            msg(
                "本乡镇（街道）已加入县里的同步：津贴规则由县里制定，随回执下发，"
                "这里不能修改。需要调整请联系县（区）民政局。"
            )
        )


def save_version(
    store: Store,
    version: al.RuleVersion,
    *,
    name: str,
    channel: str,
    funder: str,
    note: str | None = None,
    preset: str | None = None,
) -> al.AllowanceRules:
    """Add ``version`` to the saved rule (or make it the first, while the default preset only
    stands in) and save it, audited; refused with nothing saved when not allowed."""
    require_editable(store)
    new = with_new_version(
        rules(store),
        version,
        name=name,
        channel=channel,
        funder=funder,
        note=note,
        preset=preset,
        keep_earlier=rules_saved(store),
    )
    return set_rules(store, new)


def totals(store: Store, month: date, rule: al.AllowanceRules) -> MonthTotals:
    """People paid and the amount of ``month`` under ``rule``, as a draft run would compute
    it (rewards included), written nowhere."""
    rows = compute_lines(store, None, [month], rule)
    return month_totals((r[_WORKER], int(r[_AMOUNT])) for r in rows)


def preview(store: Store, month: date, edited: al.AllowanceRules) -> Preview:
    """``month`` under the saved rule and under ``edited``."""
    return Preview(month, totals(store, month, rules(store)), totals(store, month, edited))
