"""Dialogs of the 岗位与社工站 page: set up a post, put someone in it, record their leaving.

Each writes through ``store.posts`` like ``swdesk posts add|fill|vacate``, so a refusal is the
same sentence: shown in red in the dialog, which stays open with what was chosen; nothing is
written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from swdesk.core import workforce as wf
from swdesk.core.errors import RuleError
from swdesk.store import Store, posts
from swdesk.ui.date_input import to_date, to_qdate
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import fill_combo, label
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.widgets import wire_buttons


class _Refusable:
    """A refusal shown in red in the dialog, which stays open (mixed into each dialog)."""

    error: Any
    accept: Any

    def attempt(self, action: Any) -> bool:
        try:
            action()
        except RuleError as e:
            self.error.setText(shown(e.message))
            self.error.setVisible(True)
            return False
        self.error.setVisible(False)
        self.accept()
        return True


class PostAddDialog(QDialog, _Refusable):
    """A new post at the station, a community or a village."""

    def __init__(
        self, store: Store, units: list[dict[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from swdesk.ui.forms.post_add_dialog import Ui_PostAddDialog

        form = set_up(self, Ui_PostAddDialog())
        self.store = store
        self.setWindowTitle(self.tr("新设专业岗位"))
        self.unit = form.unitCombo
        for u in units:
            if u["unit_kind"] != wf.UNIT_AGENCY:
                kind = label(wf.UNIT_KIND_LABELS[u["unit_kind"]])
                self.unit.addItem(f"{u['unit_name']}（{kind}）", u["unit_code"])
        self.kind = form.kindCombo
        fill_combo(self.kind, wf.POST_KINDS)
        self.grade = form.gradeEdit
        self.date = form.dateEdit
        self.date.setDate(to_qdate(date.today()))
        self.error = form.error
        self.error.setStyleSheet(ERROR_STYLE)
        self.created: str | None = None
        wire_buttons(form.buttons, self.tr("设岗"), self.save, self.tr("取消"), self.reject)

    def save(self) -> None:
        def add() -> None:
            self.created = posts.add(
                self.store,
                self.unit.currentData() or "",
                self.kind.currentData(),
                self.grade.text(),
                to_date(self.date.date()),
            )

        self.attempt(add)


class PostFillDialog(QDialog, _Refusable):
    """Put a worker in a vacant post from a day (``worker_choices`` given), or record that
    the holder left on a day (none given: the person row is hidden)."""

    def __init__(
        self,
        store: Store,
        post: dict[str, Any],
        worker_choices: list[dict[str, Any]] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from swdesk.ui.forms.post_fill_dialog import Ui_PostFillDialog

        form = set_up(self, Ui_PostFillDialog())
        self.store, self.post = store, post
        self.person = form.personCombo
        self.date = form.dateEdit
        self.date.setDate(to_qdate(date.today()))
        self.error = form.error
        self.error.setStyleSheet(ERROR_STYLE)
        unit = post["unit_name"] or post["unit_code"]
        if worker_choices is None:
            self.setWindowTitle(self.tr("办理离岗"))
            form.form.setRowVisible(0, False)
            form.hint.setText(
                self.tr("{name} 离开 {unit} 的{kind}岗位：从这一天起岗位空缺。").format(
                    name=post["name"] or "", unit=unit, kind=label(post["kind"])
                )
            )
            ok = self.tr("确认离岗")
        else:
            self.setWindowTitle(self.tr("安排到岗"))
            for w in worker_choices:
                self.person.addItem(f"{w['name']}  {w['id_number'][-4:]}", w["id"])
            form.hint.setText(
                self.tr("安排到 {unit} 的{kind}岗位，从这一天起在岗。").format(
                    unit=unit, kind=label(post["kind"])
                )
            )
            ok = self.tr("到岗")
        self.filling = worker_choices is not None
        wire_buttons(form.buttons, ok, self.save, self.tr("取消"), self.reject)

    def save(self) -> None:
        day = to_date(self.date.date())
        if self.filling:
            self.attempt(
                lambda: posts.fill(self.store, self.post["id"], self.person.currentData(), day)
            )
        else:
            self.attempt(lambda: posts.vacate(self.store, self.post["id"], day))
