"""The per-worker ledger (progress bar, records, proof, transcript PDF), the compliance view
(states, colours, filters, export, village batch), the opening notice and the CE settings."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from ce_people import A2, OTHER_VILLAGE, VILLAGE, event, person, window_opening_this_month
from openpyxl import load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import Boxes, shown

from swdesk.core import ce
from swdesk.store import Store, training
from swdesk.ui.compliance_view import COLUMN_KEYS
from swdesk.ui.ledger_dialog import LedgerDialog, RecordEditor
from swdesk.ui.main_window import MainWindow
from swdesk.ui.training_page import TrainingPage

TODAY = date.today()


pytestmark = pytest.mark.usefixtures("clean_qsettings")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files handed to the system viewer (QDesktopServices.openUrl), instead of opening them."""
    seen: list[Path] = []

    def open_url(url: QUrl) -> bool:
        seen.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return seen


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def ledger(qtbot: QtBot, store: Store, worker_id: str) -> LedgerDialog:
    return shown(qtbot, LedgerDialog(store, worker_id))


def on_track_person(store: Store) -> str:
    """A 助理 registered 400 days ago with 36 of 72 hours: ahead of the pace."""
    wid = person(store, 1, "张三", reg=TODAY - timedelta(days=400))
    training.add_record(
        store,
        wid,
        {"title": "网络课程：社会救助政策", "end_date": TODAY - timedelta(days=30), "hours": 36},
    )
    return wid


def test_ledger_shows_progress_and_records(
    qtbot: QtBot, store: Store, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    wid = on_track_person(store)
    eid = event(store, "更早的培训", hours=8, start=(TODAY - timedelta(days=500)).isoformat())
    training.attend(store, eid, [wid])  # before registration: shown, not counted
    d = ledger(qtbot, store, wid)
    assert d.windowTitle() == "继续教育学时：张三"
    assert (d.progress.minimum(), d.progress.maximum(), d.progress.value()) == (0, 720, 360)
    assert d.progress.text() == "已获得 36 / 要求 72 学时（50%）"
    assert d.state.text() == "进行中"
    assert d.explain.text() == "还差 36 学时。"
    assert "本登记期：" in d.period.text() and "要求 72 学时" in d.period.text()
    assert d.table.rowCount() == 2
    assert d.table.item(0, 1).text() == "网络课程：社会救助政策"  # type: ignore[union-attr]
    assert d.table.item(0, 5).text().startswith("本期（")  # type: ignore[union-attr]
    assert d.table.item(1, 5).text() == "登记前"  # type: ignore[union-attr]
    d.only_current.setChecked(True)
    assert d.table.rowCount() == 1
    # a single record without an event: an online course of 40 hours
    d.add_button.click()
    editor = d.record_editor
    assert isinstance(editor, RecordEditor)
    editor.save()
    assert editor.error.text() == "请填写培训名称。" and editor.isVisible()
    editor.title.setText("Online course")
    editor.hours.setValue(40)
    editor.end_date.setDate(editor.end_date.date().addDays(-1))
    with qtbot.waitSignal(d.changed):
        editor.save()
    assert d.state.text() == "已达标" and d.progress.value() == d.progress.maximum()
    assert d.progress.text() == "已获得 76 / 要求 72 学时（100%）"
    assert d.explain.text() == "本登记期的学时已达到要求。"
    # edit the hours of the selected record (partial attendance found later)
    assert d.selected_record()["title"] == "Online course"  # type: ignore[index]
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *a, **k: (20.0, True)))
    d.hours_button.click()
    assert d.progress.text() == "已获得 56 / 要求 72 学时（77%）"
    assert d.state.text() == "进行中"
    # delete asks first
    boxes.answer = QMessageBox.StandardButton.Yes
    d.delete_button.click()
    assert "确定删除《Online course》（20 学时）这条记录吗？" in boxes.texts("question")
    assert d.progress.value() == 360 and d.table.rowCount() == 1


def test_degree_conversion_counts_once(qtbot: QtBot, store: Store) -> None:
    wid = on_track_person(store)
    d = ledger(qtbot, store, wid)
    d.add_button.click()
    editor = d.record_editor
    editor.activity.setCurrentIndex(editor.activity.findData("degree"))
    assert not editor.hours.isEnabled() and editor.hours.value() == 90
    editor.save()
    assert d.state.text() == "已达标"
    row = next(r for r in d.records if r["activity"] == "degree")
    assert row["hours_credited"] == 90 and row["title"] == "取得社会工作专业学历学位"
    d.select_record(row["id"])
    assert not d.hours_button.isEnabled()  # a conversion's credit is fixed
    d.add_button.click()
    again = d.record_editor
    again.activity.setCurrentIndex(again.activity.findData("degree"))
    again.save()
    assert "只能折算一次" in again.error.text()


def test_proof_kept_in_the_data_file_and_opened(
    qtbot: QtBot,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[Path],
) -> None:
    wid = on_track_person(store)
    scan = tmp_path / "结业证书.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 fake jpeg")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(scan), ""))
    )
    d = ledger(qtbot, store, wid)
    d.table.selectRow(0)
    assert not d.open_proof_button.isEnabled()
    d.attach_button.click()
    assert d.table.item(0, 6).text() == "结业证书.jpg"  # type: ignore[union-attr]
    scan.unlink()  # the copy in the data file is what counts
    d.table.selectRow(0)
    d.open_proof_button.click()
    assert len(opened) == 1 and opened[0].name == "结业证书.jpg"
    assert opened[0].read_bytes() == b"\xff\xd8\xff\xe0 fake jpeg"


def test_transcript_pdf_written_in_the_background_and_opened(
    qtbot: QtBot,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[Path],
) -> None:
    wid = on_track_person(store)
    d = ledger(qtbot, store, wid)
    save_as(monkeypatch, tmp_path / "学时证明")
    d.transcript_button.click()
    out = tmp_path / "学时证明.pdf"
    assert opened == [out]
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 5000


def test_ledger_from_the_worker_menu(qtbot: QtBot, store: Store, opened: list[Path]) -> None:
    wid = on_track_person(store)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert not win.ledger_action.isEnabled()
    win.workers_page.select_worker(wid)
    assert win.ledger_action.isEnabled() and win.ledger_action.text() == "学时记录…"
    win.ledger_action.trigger()
    d = win.findChild(LedgerDialog)
    assert d is not None and d.isVisible() and d.state.text() == "进行中"


# -- compliance view ----------------------------------------------------------------------
@pytest.fixture
def states(store: Store) -> dict[str, str]:
    """One worker per state, in two villages."""
    ids = {
        "ok": person(store, 1, "甲达标", reg=TODAY - timedelta(days=400)),
        "on_track": person(store, 2, "乙进行", reg=TODAY - timedelta(days=100)),
        "at_risk": person(store, 3, "丙风险", reg=ce.add_years(TODAY, -3) + timedelta(days=30)),
        "overdue": person(store, 4, "丁未达", reg=ce.add_years(TODAY, -3) - timedelta(days=30)),
        "unregistered": person(store, 5, "戊未登", reg=None, village=OTHER_VILLAGE),
        "no_requirement": person(store, 6, "己社工员", level="社工员", village=OTHER_VILLAGE),
    }
    training.add_record(
        store, ids["ok"], {"title": "网络课程", "end_date": TODAY.isoformat(), "hours": 72}
    )
    return ids


def compliance_page(qtbot: QtBot, store: Store) -> TrainingPage:
    page = TrainingPage(store)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(1)
    return page


def test_compliance_list_states_colours_filters(
    qtbot: QtBot, store: Store, states: dict[str, str]
) -> None:
    page = compliance_page(qtbot, store)
    view = page.compliance
    assert view.shown_statuses() == [
        "overdue", "at_risk", "on_track", "ok", "not_required", "not_required",
    ]  # fmt: skip
    model = view.model
    col = COLUMN_KEYS.index("status")
    texts = [model.index(r, col).data() for r in range(model.rowCount())]
    assert texts[:4] == ["上期未达标", "本期有风险", "本期进行中", "本期已达标"]
    assert sorted(texts[4:]) == sorted(["未登记", "无要求"])
    from PySide6.QtCore import Qt

    def background(row: int) -> Any:
        return model.index(row, col).data(Qt.ItemDataRole.BackgroundRole)

    assert background(0) == QColor("#F4B6B6")  # red
    assert background(1) == QColor("#FCE4A8")  # orange
    assert background(2) is None  # neutral
    assert background(3) == QColor("#C6EFCE")  # green
    assert background(4) == QColor("#EDEDED")  # grey
    assert "未达标 1 人" in view.counts.text() and "无要求 2 人" in view.counts.text()
    view.state.setCurrentIndex(view.state.findData("at_risk"))
    assert view.shown_ids() == [states["at_risk"]]
    assert view.counts.text().startswith("显示 1 人（共 6 人）")
    view.state.setCurrentIndex(view.state.findData("attention"))
    assert view.shown_ids() == [states["overdue"], states["at_risk"]]
    view.state.setCurrentIndex(0)
    view.village.setCurrentIndex(view.village.findData(OTHER_VILLAGE))
    assert sorted(view.shown_ids()) == sorted([states["unregistered"], states["no_requirement"]])
    view.village.setCurrentIndex(0)
    view.search.setText("bfx")  # 丙风险 by pinyin initials
    assert view.shown_ids() == [states["at_risk"]]
    view.search.clear()
    assert len(view.shown_ids()) == 6
    # the list follows a change made elsewhere (the pace of 乙 is fine; 乙 reaches 72)
    training.add_record(
        store, states["on_track"], {"title": "x", "end_date": TODAY.isoformat(), "hours": 72}
    )
    page.reload()
    assert view.shown_statuses().count("ok") == 2
    # at a date two years back 丁 was not overdue yet
    view.at.setDate(view.at.date().addYears(-2))
    assert view.shown_statuses().count("overdue") == 0


def test_compliance_export_and_village_batch(
    qtbot: QtBot,
    store: Store,
    states: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
    opened: list[Path],
) -> None:
    page = compliance_page(qtbot, store)
    view = page.compliance
    save_as(monkeypatch, tmp_path / "达标.xlsx")
    view.export_button.click()
    assert boxes.texts("information") == [f"已导出 6 人到：\n{tmp_path / '达标.xlsx'}"]
    ws = load_workbook(tmp_path / "达标.xlsx").active
    assert ws.cell(3, 1).value == "丁未达" and ws.cell(3, 11).value == "未达标"
    assert not view.transcripts_button.isEnabled()
    view.village.setCurrentIndex(view.village.findData(VILLAGE))
    save_as(monkeypatch, tmp_path / "和平社区.pdf")
    view.transcripts_button.click()
    # 打印 shows the pages first (the print preview), saved from there; no PDF reader needed
    preview = page.preview_dialog
    assert preview is not None and preview.isVisible() and preview.page_count() == 4
    preview.save_action.trigger()
    assert opened == [] and (tmp_path / "和平社区.pdf").read_bytes() == preview.pdf.read_bytes()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "和平社区.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # one page each for the four certified workers of 和平社区, none for the other village
    assert text.count("继续教育学时证明") == 4 and text.count("\f") == 4
    assert all(name in text for name in ("甲达标", "乙进行", "丙风险", "丁未达"))
    assert "戊未登" not in text


def test_compliance_export_is_what_the_view_shows(
    qtbot: QtBot,
    store: Store,
    states: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    """State filter, village filter and search box all narrow the export, in the view's order."""

    def exported(name: str) -> list[str]:
        out = tmp_path / name
        save_as(monkeypatch, out)
        view.export_button.click()
        ws = load_workbook(out).active
        rows = [r[0] for r in ws.iter_rows(min_row=3, values_only=True)]
        assert rows == [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
        return [str(ws["A1"].value), *rows]

    page = compliance_page(qtbot, store)
    view = page.compliance
    view.state.setCurrentIndex(view.state.findData("attention"))
    title, *rows = exported("关注.xlsx")
    assert rows == ["丁未达", "丙风险"] and "筛选：需要关注（未达标、有风险）" in title
    view.state.setCurrentIndex(0)
    view.village.setCurrentIndex(view.village.findData(OTHER_VILLAGE))
    view.search.setText("wu")  # 戊未登 by pinyin
    title, *rows = exported("搜索.xlsx")
    assert rows == ["戊未登"] and "搜索“wu”" in title
    view.search.setText("甲")  # nobody of the other village: nothing to export, said so
    save_as(monkeypatch, tmp_path / "空.xlsx")
    view.export_button.click()
    assert not (tmp_path / "空.xlsx").exists()
    assert "没有可导出的内容" in boxes.texts("information")[-1]
    view.search.clear()
    view.village.setCurrentIndex(0)
    title, *rows = exported("全部.xlsx")
    assert len(rows) == 6 and "筛选" not in title


# -- notice on opening -------------------------------------------------------------------
def test_notice_bar_leads_to_the_people(qtbot: QtBot, store: Store) -> None:
    reg = window_opening_this_month(TODAY)
    short = [person(store, n, f"再登{n}", reg=reg) for n in (1, 2)]
    done = person(store, 3, "再登3", reg=reg)
    training.add_record(store, done, {"title": "x", "end_date": TODAY.isoformat(), "hours": 72})
    person(store, 4, "别人", reg=TODAY - timedelta(days=100))
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: getattr(win, "ce_notice", None) is not None, timeout=5000)
    bar = win.ce_notice
    # A tool bar added to a window on screen is shown by a queued call (QLayout shows a child
    # added to a visible parent on the next pass of the event loop): wait for it.
    qtbot.waitUntil(bar.isVisible, timeout=2000)
    assert bar.isVisible()
    assert bar.text.text() == "本月有 3 人进入再登记期，其中 2 人学时不足。"
    assert win.nav.currentRow() == 0  # nothing moved by itself
    bar.show_button.click()
    assert win.nav.currentRow() == win.page_training
    page = win.training_page
    assert page.tabs.currentIndex() == 1
    view = page.compliance
    assert sorted(view.shown_ids()) == sorted([*short, done])
    assert view.shown_ids()[-1] == done  # the ones still short first
    assert view.list_label.isVisible()
    assert view.list_label.text() == "本月进入再登记期的 3 人（其中 2 人学时不足）"
    view.clear_list_button.click()
    assert len(view.shown_ids()) == 4 and not view.list_label.isVisible()
    bar.close_button.click()
    assert not bar.isVisible()


def test_no_notice_when_nobody_enters_the_window(qtbot: QtBot, store: Store) -> None:
    person(store, 1, reg=TODAY - timedelta(days=100))
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: hasattr(win, "_ce_task") and win._ce_task.done, timeout=5000)
    assert getattr(win, "ce_notice", None) is None


# -- settings ---------------------------------------------------------------------------
def test_ce_settings_tab_presets_and_rejection(qtbot: QtBot, store: Store) -> None:
    from swdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.ce_tab
    assert dialog.tabs.tabText(1) == "继续教育"
    assert tab.required[A2].value() == 72 and tab.preset.currentData() == "national"
    tab.preset.setCurrentIndex(tab.preset.findData("qijiang"))
    tab.apply_button.click()
    assert tab.unit.currentData() == "days" and tab.required["社会工作师"].value() == 15
    tab.window_months.setValue(6)
    tab.add_conversion.click()  # an empty conversion row
    dialog.accept()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is tab
    assert "折算规则的类型" in tab.error.text()
    assert training.ce_settings(store).preset == "national"
    tab.conversions.removeRow(tab.conversions.rowCount() - 1)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    saved = training.ce_settings(store)
    assert (saved.unit, saved.window_months, saved.preset, saved.name) == (
        "days", 6, "custom", "自定义",
    )  # fmt: skip
    assert saved.required_units("社会工作师") == 15
    assert saved.day_count == "dates"  # the Qijiang preset's, kept through the edit


def test_ce_settings_tab_day_count(qtbot: QtBot, store: Store) -> None:
    from swdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.ce_tab
    assert tab.day_count.currentData() == "hours" and not tab.day_count.isEnabled()
    tab.preset.setCurrentIndex(tab.preset.findData("qijiang"))
    tab.apply_button.click()
    assert tab.day_count.currentData() == "dates" and tab.day_count.isEnabled()
    assert tab.raw()["preset"] == "qijiang"
    tab.day_count.setCurrentIndex(tab.day_count.findData("hours"))
    assert tab.raw()["preset"] == "custom"  # no longer the preset
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert training.ce_settings(store).day_count == "hours"


def test_compliance_model_passes_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, store: Store, states: dict[str, str]
) -> None:
    view = compliance_page(qtbot, store).compliance
    assert view.model.rowCount() == 6
    qtmodeltester.check(view.model)
    view.state.setCurrentIndex(view.state.findData("attention"))  # a reset, still checked
    assert view.model.rowCount() == 2
    qtmodeltester.check(view.model)
