"""Tell the clerk about one-off rewards (待发奖励) where they arise and where they are paid.

``owed_levels`` before a worker file is saved and ``announce`` after: a certificate that earns
a reward under the rule in force (``store.allowance_rewards``) is named in a message as soon as
it is saved, with the amount and when it is paid (the next draft run). ``PendingRewardsLabel``
is the 津贴发放 page's count and list of everyone owed one, whichever way their certificate came
in (typed, a roster, an exam result).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from swdesk.core.money import yuan
from swdesk.store import Store
from swdesk.store import allowance_rewards as rewards
from swdesk.ui import counts
from swdesk.ui.enum_labels import label


def owed_levels(store: Store, worker_id: str | None) -> set[str]:
    """The levels a reward is owed for now (none for a file not saved yet)."""
    if worker_id is None:
        return set()
    return {o.reward.level for o in rewards.pending(store, worker_id)}


def announce(parent: QWidget, store: Store, worker_id: str, before: set[str]) -> list[str]:
    """Say which rewards the save made owed (those not owed ``before``); their texts."""
    new = [o for o in rewards.pending(store, worker_id) if o.reward.level not in before]
    texts = [
        QCoreApplication.translate(
            "RewardNotice",
            "{name} 取得{level}证书（{obtained}），按津贴规则可获一次性奖励 {amount} 元，"
            "下一次生成发放表草稿时计入。",
        ).format(
            name=o.name,
            level=label(o.reward.level),
            obtained=o.reward.obtained.isoformat(),
            amount=yuan(o.reward.amount),
        )
        for o in new
    ]
    if texts:
        QMessageBox.information(
            parent, QCoreApplication.translate("RewardNotice", "待发奖励"), "\n".join(texts)
        )
    return texts


class PendingRewardsLabel(QLabel):
    """ "待发奖励：N 人，合计 X 元" with the names in the tooltip; hidden when nobody is owed."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingRewards")
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        owed = rewards.pending(self.store)
        self.setVisible(bool(owed))
        if not owed:
            self.clear()
            self.setToolTip("")
            return
        self.setText(
            self.tr("待发奖励：{people}，合计 {amount} 元（下一次生成草稿时计入）").format(
                people=counts.people(len({o.reward.worker_id for o in owed})),
                amount=yuan(rewards.total(owed)),
            )
        )
        self.setToolTip(
            "\n".join(
                self.tr("{name}　{level}（{obtained} 取得）　{amount} 元").format(
                    name=o.name,
                    level=label(o.reward.level),
                    obtained=o.reward.obtained.isoformat(),
                    amount=yuan(o.reward.amount),
                )
                for o in owed
            )
        )
