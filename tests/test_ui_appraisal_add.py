"""The 绩效考评 page: adding people hired or newly eligible after the round was made."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from appraisal_fixtures import add_workers
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, workers
from swdesk.store import appraisals as A
from swdesk.ui.appraisal_dialogs import NewRoundDialog
from swdesk.ui.appraisal_page import AppraisalPage

ID_NEW = make_id_number("510104", date(1995, 5, 5), 517)


def test_add_people_hired_after_the_round(qtbot: QtBot, store: Store) -> None:
    add_workers(store)
    rid = A.create_round(store, 2024)
    before = store.query("SELECT * FROM appraisals ORDER BY id")
    workers.create(
        store,
        {"name": "孙八", "id_number": ID_NEW, "post_type": "社区专职工作者"},
        [{"level": "社工员", "registration_date": "2023-03-01"}],
    )
    page = AppraisalPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.add_button.isEnabled()
    assert page.model.rowCount() == 1  # community sheets: 张三
    page.add_people()
    dialog = page.new_round_dialog
    assert isinstance(dialog, NewRoundDialog)
    assert not dialog.year.isEnabled() and dialog.year.value() == 2024
    assert not dialog.templates["community"].isEnabled()
    # only people not yet in the round are listed; the new hire is in by the rule
    names = [p.worker["name"] for p in dialog.plan]
    assert "孙八" in names and "张三" not in names and "王芳" not in names
    assert "社区社会工作者 1 人" in dialog.counts.text()
    with qtbot.waitSignal(dialog.created):
        dialog.create_round()
    assert page.round is not None and page.round["id"] == rid
    assert page.model.rowCount() == 2
    assert "已加入 1 人" in page.message.text()
    after = {r["id"]: r for r in store.query("SELECT * FROM appraisals")}
    for row in before:
        assert after[row["id"]] == row
    # nothing left to add: the dialog says so through its count, adding changes nothing
    page.add_people()
    dialog = page.new_round_dialog
    assert "社区社会工作者 0 人，专业岗位 0 人" in dialog.counts.text()
    with qtbot.waitSignal(dialog.created):
        dialog.create_round()
    assert "没有需要加入" in page.message.text()
    assert len(store.query("SELECT * FROM appraisals")) == len(before) + 1


def test_view_the_attached_scan(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_workers(store)
    rid = A.create_round(store, 2024)
    row, sh = next((r, s) for r, s in A.round_sheets(store, rid) if s.template.kind == "community")
    for it in sh.template.items:
        A.set_score(store, row["id"], it.name, it.max)
    A.finalize(store, row["id"])
    A.sign(store, row["id"])
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    page = AppraisalPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.state(0) == "signed"
    assert not page.view_scan_button.isEnabled()  # signed, but no scan yet
    A.attach_scan(store, row["id"], "签字.jpg", b"\xff\xd8 scan")
    page.model.refresh_row(0)
    page._current_changed()
    assert page.view_scan_button.isEnabled()
    page.view_scan()
    assert len(opened) == 1
    shown = Path(opened[0].toLocalFile())
    assert shown.read_bytes() == b"\xff\xd8 scan" and shown.name.endswith("签字.jpg")


def test_delete_round_from_the_page(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    add_workers(store)
    A.create_round(store, 2023)
    A.create_round(store, 2030)
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warned.append(text))
    )
    answer = ("", True)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: answer))
    page = AppraisalPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.year.currentText().startswith("2030")
    page.delete_round()
    assert "理由" in warned[-1] and A.round_for_year(store, 2030) is not None
    answer = ("年度建错", True)
    page.delete_round()
    assert A.round_for_year(store, 2030) is None
    assert "已删除 2030 年度考评" in page.message.text()
    assert page.year.count() == 1 and page.year.currentText().startswith("2023")
