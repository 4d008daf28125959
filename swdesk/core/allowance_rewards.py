"""One-off rewards proposed for a certificate level: who is owed one and has not been paid it.

《重庆市綦江区民政局关于进一步加强社会工作专业人才队伍建设工作的通知》 asks the village or community
to reward people "按获得职业水平等次适当地给予一定奖励"; the amount per level is the rule's data
(``RuleVersion.rewards``, unset by default, so nobody is proposed until a locality sets one).

A reward is owed from the moment a certificate is on file — typed into the worker file, read
from a roster, or created from an exam result — not only when the run of the month it was
obtained happens to be computed after it was entered: a certificate entered in May for a
January exam is proposed in the next draft run. ``core.allowance.reward_for`` decides whether a
certificate earns one (the rule in force in the month it was obtained has an amount for its
level, and no earlier certificate of that level or higher is held: a level rise is rewarded, a
second certificate of a level is not); here a person is never proposed twice for one level,
whatever happened to the certificate since (deleted and entered again, its date corrected).

Which certificates count is the rule's data alone: every one obtained while a version with a
reward for its level was in force. A locality that begins rewarding in 2026 puts the amounts on
a version from 2026; amounts on a version from 2020 propose rewards for every level obtained
since 2020 and never rewarded on a run (the 津贴发放 page shows how many before a run is made).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from swdesk.core import allowance as al


@dataclass(frozen=True)
class PendingReward:
    """A reward owed and not yet on any run."""

    worker_id: str
    level: str
    obtained: date
    amount: int  # fen


def pending_rewards(
    rules: al.AllowanceRules,
    people: Iterable[al.WorkerFacts],
    rewarded: Collection[tuple[str, str]],
    up_to: date | None = None,
) -> list[PendingReward]:
    """The rewards owed to ``people`` (only their certificates matter) that no run holds yet
    (``rewarded``: (worker id, level) of every reward line on a live run), for certificates
    obtained on or before ``up_to`` (a run's last day; None: any day). One per person and
    level, the earliest certificate of it."""
    out: list[PendingReward] = []
    for facts in people:
        seen: set[str] = set()
        for cert in sorted(facts.certificates, key=lambda c: c.obtained or date.max):
            if cert.obtained is None or (up_to is not None and cert.obtained > up_to):
                continue
            if cert.level in seen or (facts.worker_id, cert.level) in rewarded:
                continue
            amount = al.reward_for(rules, facts, cert)
            if amount:
                seen.add(cert.level)
                out.append(PendingReward(facts.worker_id, cert.level, cert.obtained, amount))
    return out
