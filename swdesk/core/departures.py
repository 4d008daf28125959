"""What a worker gives up when they leave, are transferred out or move to another village.

A professional post (社会工作专业岗位) and the roles held with it are held *in service at a
unit*: when the person leaves (离岗), is transferred out (调出) or their file is deleted, every
post they fill falls vacant and every role ends on that day; when they move to another
village or community, the post at the one they left falls vacant and the roles of that
village (its 定员干部, its 党组织书记, its 儿童主任) end, while a post at the township's station
or an agency and the township's 儿童督导员 stay with them. Pure rules; ``store.departures``
writes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from swdesk.core import enums
from swdesk.core import workforce as wf

# Roles held in a village or community: 在村社区工作的定员干部 (《重庆市綦江区民政局关于进一步
# 加强社会工作专业人才队伍建设工作的通知》), the village's party secretary and children's director.
VILLAGE_ROLES: tuple[str, ...] = (
    wf.ROLE_STAFFED_CADRE,
    wf.ROLE_PARTY_SECRETARY,
    wf.ROLE_CHILDREN_DIRECTOR,
)
# Posts at these units belong to one village or community.
VILLAGE_UNITS: tuple[str, ...] = (wf.UNIT_COMMUNITY, wf.UNIT_VILLAGE)


def leaves(old_status: str | None, new_status: str | None) -> bool:
    """Whether a status change takes the person out of service (在岗 → 离岗 or 调出)."""
    return (
        new_status in (enums.STATUS_OFF_DUTY, enums.STATUS_TRANSFERRED_OUT)
        and new_status != old_status
    )


def moves(old_village: str | None, new_village: str | None) -> bool:
    return (old_village or None) != (new_village or None)


def posts_ending(
    fills: Iterable[dict[str, Any]], leaving: bool, new_village: str | None
) -> list[dict[str, Any]]:
    """The open fills (dicts with ``unit_kind`` and ``unit_code``) that end: all of them when
    the person leaves, those at another village or community when they move."""
    if leaving:
        return list(fills)
    return [f for f in fills if f["unit_kind"] in VILLAGE_UNITS and f["unit_code"] != new_village]


def roles_ending(roles: Iterable[dict[str, Any]], leaving: bool, day: str) -> list[dict[str, Any]]:
    """The open roles (dicts with ``role`` and ``since``) that end on ``day`` (ISO): all when
    leaving; on a move, the village roles held before it (one begun that day is the new
    village's, taken up with the move)."""
    if leaving:
        return list(roles)
    return [r for r in roles if r["role"] in VILLAGE_ROLES and (r["since"] or "") < day]
