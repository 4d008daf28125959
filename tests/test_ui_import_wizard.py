"""The roster import wizard, driven through its widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, workers
from swdesk.ui.import_wizard import ImportWizard

GOOD_1 = make_id_number("510104", date(1985, 3, 15), 123)
GOOD_2 = make_id_number("510104", date(1990, 7, 1), 224)
BAD_CHECK = GOOD_1[:17] + ("0" if GOOD_1[17] != "0" else "1")


def _roster(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["某某街道社会工作者花名册"])
    ws.merge_cells("A1:D1")
    ws.append(["填报单位：测试街道"])
    ws.append(["姓名", "身份证号码", "手机号码", "所在村（社区）"])
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return _roster(
        tmp_path / "good.xlsx",
        [
            ("张三", GOOD_1, "13800138000", "和平社区"),
            ("李四", GOOD_2, "13900139000", "红星村"),
        ],
    )


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    return _roster(
        tmp_path / "bad.xlsx",
        [
            ("张三", GOOD_1, "13800138000", "和平社区"),
            ("王五", BAD_CHECK.replace(GOOD_1[:6], "510105"), "13700137000", "红星村"),
            ("赵六", GOOD_2, "12345", "红星村"),
        ],
    )


def _wizard(qtbot, store: Store) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_good_roster_previews_and_imports(qtbot, store: Store, good_file: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, store)
    assert wizard.load(good_file)
    assert "新增 2" in wizard.summary_label.text().replace("</b>", "").replace("<b>", "") or (
        wizard.plan is not None and wizard.plan.count("new") == 2
    )
    assert wizard.rows_model.rowCount() == 2
    assert wizard.import_button.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert workers.count(store) == 2
    assert "新增 2 人" in wizard.done_label.text()
    # The same file again: everything unchanged, nothing to import.
    assert wizard.load(good_file)
    assert wizard.plan is not None and wizard.plan.count("unchanged") == 2
    assert not wizard.import_button.isEnabled()
    assert "一致" in wizard.explain_label.text()


def test_errors_block_the_import_until_only_valid_rows_are_accepted(  # type: ignore[no-untyped-def]
    qtbot, store: Store, bad_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _wizard(qtbot, store)
    assert wizard.load(bad_file)
    errors = wizard.errors_model
    assert errors.rowCount() == 2
    texts = [
        " ".join(str(errors.index(r, c).data()) for c in range(errors.columnCount()))
        for r in range(errors.rowCount())
    ]
    assert any("校验位" in t and "5" in t for t in texts), texts  # row 5: bad check digit
    assert any("手机号" in t and "6" in t for t in texts), texts  # row 6: bad phone
    assert not wizard.import_button.isEnabled()
    assert "只导入正确的行" in wizard.explain_label.text()

    report = tmp_path / "report.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(wizard.save_report_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(report).worksheets[0]
    assert sheet.max_row == 3  # header + two errors

    check = wizard.accept_valid_check
    # Click on the box itself: a check box spanning the dialog only reacts on its box and text.
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert wizard.accept_valid_check.isChecked()
    assert wizard.import_button.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert [w["name"] for w in workers.list_public(store)] == ["张三"]


def test_unreadable_file_is_explained_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    wizard = _wizard(qtbot, store)
    assert not wizard.load(junk)
    assert shown
    assert any("\u4e00" <= ch <= "\u9fff" for ch in shown[0])  # in Chinese
    assert wizard.plan is None
    assert workers.count(store) == 0
