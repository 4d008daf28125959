"""Training costs (培训费用) recorded per attendance, with who pays and whether it was reimbursed.

《重庆市綦江区民政局关于进一步加强社会工作专业人才队伍建设工作的通知》 (綦江民发〔2020〕60号)
says 培训费用由所在单位报销: the cost of a training someone attended is paid back by their unit.
So a cost belongs to one attendance (a training record), names who pays (the unit by default)
and carries its state; a reimbursed cost has the day it was paid back, the others none.

Pure rules: the store keeps the rows, this module says what a valid cost is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from swdesk.core.errors import RuleError
from swdesk.core.i18n import QT_TRANSLATE_NOOP as _N
from swdesk.core.i18n import msg
from swdesk.core.money import fen

# Reimbursement states of a training cost (stored as codes) and their words.
COST_UNPAID = "unpaid"
COST_REIMBURSED = "reimbursed"
COST_REFUSED = "refused"
COST_STATES: tuple[str, ...] = (COST_UNPAID, COST_REIMBURSED, COST_REFUSED)
COST_STATE_LABELS: dict[str, str] = {
    COST_UNPAID: _N("enum", "未报销"),
    COST_REIMBURSED: _N("enum", "已报销"),
    COST_REFUSED: _N("enum", "不予报销"),
}

# Who pays when nobody says otherwise: the policy text's words, stored as typed (free text).
PAYER_UNIT = "所在单位"
MAX_PAYER = 30


def parse_state(raw: str | None) -> str:
    """A state's code from its code or its word (未报销 / 已报销 / 不予报销); 未报销 when empty."""
    text = (raw or "").strip()
    if not text:
        return COST_UNPAID
    for code, word in COST_STATE_LABELS.items():
        if text in (code, word):
            return code
    raise RuleError(
        msg(
            "报销状态“{state}”不对，只能是：{states}。",
            state=text,
            states=list(COST_STATE_LABELS.values()),
        )
    )


@dataclass(frozen=True)
class Cost:
    """A checked cost: amount in fen, who pays, the state and the day it was reimbursed."""

    amount: int
    payer: str
    state: str
    reimbursed_on: str | None


def check_cost(
    amount: object, state: str | None, payer: str | None, on: date | None, today: date
) -> Cost:
    """A cost as typed, or a ``RuleError`` saying what is wrong.

    ``on`` is the day it was reimbursed: only for 已报销 (today when not given), and not after
    today; any other state has none.
    """
    value = fen(amount, msg("培训费用"))
    if value <= 0:
        raise RuleError(msg("培训费用应大于 0 元。"))
    state = parse_state(state)
    who = (payer or "").strip() or PAYER_UNIT
    if len(who) > MAX_PAYER:
        raise RuleError(msg("报销单位太长（最多 {n} 个字）。", n=MAX_PAYER))
    if state != COST_REIMBURSED:
        if on is not None:
            raise RuleError(msg("只有“已报销”的费用才有报销日期。"))
        return Cost(value, who, state, None)
    day = on or today
    if day > today:
        raise RuleError(msg("报销日期 {day} 还没到。", day=day.isoformat()))
    return Cost(value, who, state, day.isoformat())
