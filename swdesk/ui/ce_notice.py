"""The notice shown once the main window is open: "本月有 N 人进入再登记期，其中 M 人学时不足".

Computed in a background task after the first paint (``training.standings`` reads every
worker: about a second for a county file), shown as a bar under the toolbar rather than a
message box, so it informs without blocking; its button opens the compliance list showing
exactly those people.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from swdesk.store import Store, training
from swdesk.ui.message_bar import close_button
from swdesk.ui.styles import CE_NOTICE_STYLE
from swdesk.ui.tasks import Progress


@dataclass(frozen=True)
class NoticeFacts:
    entering: list[str]  # worker ids whose re-registration window opens this month
    short: list[str]  # of those, the ones still missing hours


def notice_job(at: date) -> Callable[[Store, Progress], NoticeFacts]:
    def job(store: Store, progress: Progress) -> NoticeFacts:
        settings = training.ce_settings(store)
        notice = training.reregistration_notice(
            training.standings(store, at, settings), at, settings
        )
        return NoticeFacts(
            [w.worker_id for w in notice.entering], [w.worker_id for w in notice.short]
        )

    return job


class NoticeBar(QFrame):
    """Emits ``showRequested`` when the user asks to see the people."""

    showRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ceNotice")
        self.setStyleSheet(CE_NOTICE_STYLE)
        self.facts: NoticeFacts | None = None
        self.text = QLabel()
        self.show_button = QPushButton(self.tr("查看名单"))
        self.close_button = close_button(self.tr("关闭提示"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.show_button.clicked.connect(self.showRequested)
        self.close_button.clicked.connect(self.dismiss)

    def set_facts(self, facts: NoticeFacts) -> bool:
        """Show the bar if anyone enters the window this month; True if shown."""
        self.facts = facts
        n, m = len(facts.entering), len(facts.short)
        if not n:
            return False
        self.text.setText(
            self.tr("本月有 {n} 人进入再登记期，其中 {m} 人学时不足。").format(n=n, m=m)
        )
        return True

    def list_title(self) -> str:
        assert self.facts is not None
        return self.tr("本月进入再登记期的 {n} 人（其中 {m} 人学时不足）").format(
            n=len(self.facts.entering), m=len(self.facts.short)
        )

    def dismiss(self) -> None:
        parent = self.parentWidget()
        (parent if parent is not None and parent.objectName() == "ceNoticeBar" else self).hide()
