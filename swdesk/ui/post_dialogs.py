"""Dialogs of the 岗位与社工站 page: set up a post (at the station, a village or a named
agency), put someone in it, record their leaving, add a site of the station.

Each writes through ``store.posts`` / ``store.stations`` like ``swdesk posts add|fill|vacate``
and ``swdesk stations site add``, so a refusal is the
same sentence: shown in red in the dialog, which stays open with what was chosen; nothing is
written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCompleter, QDialog, QWidget

from swdesk.core import workforce as wf
from swdesk.core.errors import RuleError
from swdesk.store import Store, posts, stations
from swdesk.ui.date_input import to_date, to_qdate
from swdesk.ui.designer import set_up
from swdesk.ui.enum_labels import fill_combo, label
from swdesk.ui.rule_text import shown
from swdesk.ui.styles import ERROR_STYLE
from swdesk.ui.widgets import wire_buttons


class _Refusable:
    """A refusal shown in red in the dialog, which stays open (mixed into each dialog)."""

    error: Any
    date: Any
    accept: Any
    reject: Any
    save: Any

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

    def finish_form(self, form: Any, ok_text: str, cancel_text: str) -> Any:
        """The date (today), the error line and the buttons of a form that creates a record;
        returns the accepting button."""
        self.date = form.dateEdit
        self.date.setDate(to_qdate(date.today()))
        self.error = form.error
        self.error.setStyleSheet(ERROR_STYLE)
        return wire_buttons(form.buttons, ok_text, self.save, cancel_text, self.reject)


AGENCY = "\x00agency"  # the unit choice "a named agency": its name is typed below


class PostAddDialog(QDialog, _Refusable):
    """A new post at the station, a community, a village or a named agency."""

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
        self.unit.addItem(self.tr("社会工作服务机构等（填写机构名称）"), AGENCY)
        self.form = form.form
        self.agency = form.agencyEdit
        agencies = sorted(
            {u["unit_name"] for u in units if u["unit_kind"] == wf.UNIT_AGENCY and u["unit_name"]}
        )
        if agencies:
            self.agency.setCompleter(QCompleter(agencies, self.agency))
        self.unit.currentIndexChanged.connect(lambda _i: self._show_agency())
        self._show_agency()
        self.kind = form.kindCombo
        fill_combo(self.kind, wf.POST_KINDS)
        self.grade = form.gradeEdit
        self.created: str | None = None
        self.ok = self.finish_form(form, self.tr("设岗"), self.tr("取消"))

    def at_agency(self) -> bool:
        return bool(self.unit.currentData() == AGENCY)

    def _show_agency(self) -> None:
        self.form.setRowVisible(1, self.at_agency())

    def save(self) -> None:
        def add() -> None:
            kind, grade, opened = self.kind.currentData(), self.grade.text(), self.date.date()
            if self.at_agency():
                self.created = posts.add_at_agency(
                    self.store, self.agency.text(), kind, grade, to_date(opened)
                )
            else:
                self.created = posts.add(
                    self.store, self.unit.currentData() or "", kind, grade, to_date(opened)
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


class StationSiteDialog(QDialog, _Refusable):
    """A site (站点) of the township's station, in a village or community (the station is
    registered first when it has not been)."""

    def __init__(
        self,
        store: Store,
        station_name: str | None,
        villages: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from swdesk.ui.forms.station_site_dialog import Ui_StationSiteDialog

        form = set_up(self, Ui_StationSiteDialog())
        self.store = store
        self.setWindowTitle(self.tr("新增社工站站点"))
        form.hint.setText(
            self.tr("站点属于 {station}。").format(station=station_name)
            if station_name
            else self.tr("本乡镇还没有登记社工站：新增站点时一并登记。")
        )
        self.name = form.nameEdit
        self.village = form.villageCombo
        self.village.addItem(self.tr("（不指定）"), "")
        for code, name in villages:
            self.village.addItem(name, code)
        self.created: str | None = None
        self.ok = self.finish_form(form, self.tr("登记站点"), self.tr("取消"))

    def save(self) -> None:
        def add() -> None:
            self.created = stations.add_site(
                self.store,
                self.name.text(),
                self.village.currentData() or None,
                to_date(self.date.date()),
            )

        self.attempt(add)
