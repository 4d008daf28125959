"""The roster import wizard, driven through its real widgets (offscreen).

Rosters are built with openpyxl in the test's temp folder: a good one with title rows (one
merged) above the header and header variants (身份证号码, 手机号码, an unknown 序号 column), and
one with bad rows. Message boxes and file dialogs are replaced by recorders; nothing blocks.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from ui_helpers import open_wizard

from swdesk.core.idnumber import make_id_number
from swdesk.services import roster
from swdesk.store import Store, workers
from swdesk.ui.import_wizard import (
    ACTION_COLORS,
    PAGE_DONE,
    PAGE_PREVIEW,
    PAGE_START,
    ImportWizard,
    RowsModel,
)

GOOD_1 = make_id_number("510104", date(1985, 3, 15), 123)
GOOD_2 = make_id_number("510104", date(1990, 7, 1), 224)
GOOD_3 = make_id_number("510104", date(1979, 12, 1), 335)
BAD_CHECK = GOOD_3[:17] + ("0" if GOOD_3[17] != "0" else "1")
HEPING, HONGXING = "510104001001", "510104001201"
HEADER = ["序号", "姓名", "身份证号码", "手机号码", "所在村（社区）"]


# -- files -------------------------------------------------------------------------------------
def write_roster(path: Path, rows: list[tuple[Any, ...]]) -> Path:
    """A roster as villages send them: a merged title, a 填报单位 line, then the header."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["某某街道社会工作者花名册"])
    ws.merge_cells("A1:E1")
    ws.append(["填报单位：测试街道"])
    ws.append(HEADER)
    for n, row in enumerate(rows, start=1):
        ws.append([n, *row])
    wb.save(path)
    return path


GOOD_ROWS = [
    ("张三", GOOD_1, "13800138000", "和平社区"),
    ("李四", GOOD_2, "13900139000", "红星村"),
]


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return write_roster(tmp_path / "good.xlsx", GOOD_ROWS)


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    """Row 4 is good; row 5 has a wrong check digit; row 6 a phone number that is too short."""
    return write_roster(
        tmp_path / "bad.xlsx",
        [
            ("张三", GOOD_1, "13800138000", "和平社区"),
            ("王五", BAD_CHECK, "13700137000", "红星村"),
            ("赵六", GOOD_2, "12345", "红星村"),
        ],
    )


# -- helpers -----------------------------------------------------------------------------------
class Boxes:
    """Records QMessageBox.information/warning/critical calls instead of showing them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, str]] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _recorder(self, kind: str) -> Any:
        def record(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.calls.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(record)

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.calls if k == kind]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


pytestmark = pytest.mark.usefixtures("clean_qsettings")


def plain(label_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", label_html))


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Click the 只导入正确的行 box itself (the check box spans the dialog's width)."""
    check = wizard.accept_valid_check
    assert check.isVisible() and check.isEnabled()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def import_now(qtbot: QtBot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        click(qtbot, wizard.import_button)
    assert wizard.pages.currentIndex() == PAGE_DONE


def table(model: Any) -> list[list[Any]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def rows_by_number(wizard: ImportWizard) -> dict[int, list[Any]]:
    return {row[0]: row for row in table(wizard.rows_model)}


def versions(store: Store) -> dict[str, int]:
    return {r["id_number"]: r["version"] for r in store.query("SELECT * FROM workers")}


def stored(store: Store, id_number: str) -> dict[str, Any]:
    found = workers.find_by_id_number(store, id_number)
    assert found is not None
    return found


# -- preview -----------------------------------------------------------------------------------
def test_preview_shows_header_columns_counts_and_colours(
    qtbot: QtBot, store: Store, good_file: Path
) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.pages.currentIndex() == PAGE_START
    assert not wizard.import_button.isVisible()
    assert wizard.load(good_file)

    assert wizard.pages.currentIndex() == PAGE_PREVIEW
    assert plain(wizard.summary_label.text()) == "共 2 行：新增 2，更新 0，无变化 0，错误 0"
    assert "表头在第 3 行" in wizard.file_label.text()
    assert "good.xlsx" in wizard.file_label.text()
    columns = wizard.columns_label.text()
    assert "识别出 4 列" in columns
    assert "身份证号码（身份证号）" in columns  # the file's words, and what swdesk took them as
    assert "所在村（社区）（村（社区））" in columns
    assert wizard.ignored_label.isVisible()
    assert "序号" in wizard.ignored_label.text()

    rows = rows_by_number(wizard)
    assert rows[4][1:4] == ["新增", "张三", GOOD_1]
    assert rows[5][1:4] == ["新增", "李四", GOOD_2]
    action = wizard.rows_model.index(0, RowsModel.COL_ACTION)
    assert action.data(Qt.ItemDataRole.ForegroundRole) == QColor(ACTION_COLORS["new"])
    assert not wizard.tabs.isTabEnabled(1)  # no errors
    assert not wizard.save_report_button.isEnabled()
    assert not wizard.accept_valid_check.isVisible()
    assert wizard.explain_label.text() == "将新增 2 人，更新 0 人；无变化的 0 行不会改动。"
    assert wizard.import_button.isEnabled()
    assert workers.count(store) == 0  # previewing writes nothing


def test_import_writes_rows_emits_and_same_file_again_is_unchanged(
    qtbot: QtBot, store: Store, good_file: Path
) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.load(good_file)
    import_now(qtbot, wizard)
    assert workers.count(store) == 2
    zhang = stored(store, GOOD_1)
    assert (zhang["name"], zhang["phone"], zhang["village_code"]) == ("张三", "13800138000", HEPING)
    assert stored(store, GOOD_2)["village_code"] == HONGXING
    assert "导入完成：新增 2 人，更新 0 人，无变化 0 人。" in wizard.done_label.text()
    assert not wizard.import_button.isVisible()
    assert not wizard.done_report_button.isVisible()
    before = versions(store)

    # The same file again, passed in as the main window would after a drop: all unchanged.
    again = open_wizard(qtbot, store, good_file)
    qtbot.waitUntil(lambda: again.plan is not None, timeout=10000)
    assert plain(again.summary_label.text()) == "共 2 行：新增 0，更新 0，无变化 2，错误 0"
    unchanged = again.rows_model.index(0, RowsModel.COL_ACTION)
    assert unchanged.data() == "无变化"
    assert unchanged.data(Qt.ItemDataRole.ForegroundRole) == QColor(ACTION_COLORS["unchanged"])
    assert not again.import_button.isEnabled()
    assert again.explain_label.text() == "花名册与现有档案一致，没有需要导入的内容。"
    assert versions(store) == before  # no write, no version bump


def reimported_with_changes(
    qtbot: QtBot, store: Store, good_file: Path, tmp_path: Path
) -> ImportWizard:
    """The wizard after importing ``good_file`` and loading it again with 张三's phone and
    village changed (the other row as it was)."""
    wizard = open_wizard(qtbot, store)
    assert wizard.load(good_file)
    import_now(qtbot, wizard)
    changed = write_roster(
        tmp_path / "changed.xlsx",
        [("张三", GOOD_1, "13900000001", "红星村"), GOOD_ROWS[1]],
    )
    assert wizard.load(changed)
    return wizard


def test_update_lists_changed_fields_old_to_new(
    qtbot: QtBot, store: Store, good_file: Path, tmp_path: Path
) -> None:
    wizard = reimported_with_changes(qtbot, store, good_file, tmp_path)
    assert plain(wizard.summary_label.text()) == "共 2 行：新增 0，更新 1，无变化 1，错误 0"
    rows = rows_by_number(wizard)
    assert rows[4][1] == "更新"
    detail = rows[4][RowsModel.COL_DETAIL]
    assert "手机号码：13800138000 → 13900000001" in detail
    assert "村（社区）：和平社区（510104001001） → 红星村（510104001201）" in detail
    assert rows[5][1] == "无变化"
    update = wizard.rows_model.index(0, RowsModel.COL_ACTION)
    assert update.data(Qt.ItemDataRole.ForegroundRole) == QColor(ACTION_COLORS["update"])
    assert wizard.explain_label.text() == "将新增 0 人，更新 1 人；无变化的 1 行不会改动。"

    import_now(qtbot, wizard)
    zhang = stored(store, GOOD_1)
    assert (zhang["phone"], zhang["village_code"]) == ("13900000001", HONGXING)
    assert "更新 1 人" in wizard.done_label.text()


# -- errors ------------------------------------------------------------------------------------
def test_errors_are_listed_and_block_the_import_until_only_valid_rows_are_chosen(
    qtbot: QtBot, store: Store, bad_file: Path
) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.load(bad_file)
    assert plain(wizard.summary_label.text()) == "共 3 行：新增 1，更新 0，无变化 0，错误 2"
    assert wizard.tabs.currentIndex() == 1 and wizard.tabs.tabText(1) == "错误（2）"

    errors = {row[0]: row for row in table(wizard.errors_model)}
    assert set(errors) == {5, 6}
    assert errors[5][1:3] == ["身份证号码", BAD_CHECK]
    assert "校验位" in errors[5][3]
    assert errors[6][1:3] == ["手机号码", "12345"]
    assert "手机号" in errors[6][3]
    rows = rows_by_number(wizard)
    assert rows[5][1:4] == ["错误", "王五", BAD_CHECK]  # the wrong number, as written
    assert "身份证号码：" in rows[5][RowsModel.COL_DETAIL]
    error_cell = wizard.rows_model.index(1, RowsModel.COL_ACTION)
    assert error_cell.data(Qt.ItemDataRole.ForegroundRole) == QColor(ACTION_COLORS["error"])

    assert not wizard.import_button.isEnabled()
    assert wizard.explain_label.text() == (
        "有 2 行错误，整份不能导入：请改正后重新选择文件，或勾选“只导入正确的行”。"
    )
    tick(qtbot, wizard)
    assert wizard.accept_valid_check.isChecked()
    assert wizard.import_button.isEnabled()
    assert wizard.explain_label.text() == (
        "将跳过有错误的 2 行，只导入正确的行：新增 1 人，更新 0 人。"
    )
    tick(qtbot, wizard)  # and off again
    assert not wizard.import_button.isEnabled()
    assert workers.count(store) == 0

    tick(qtbot, wizard)
    import_now(qtbot, wizard)
    assert [w["name"] for w in workers.list_public(store)] == ["张三"]
    assert "有错误的 2 行没有导入" in wizard.done_label.text()
    assert wizard.done_report_button.isVisible()


def test_error_report_is_saved_as_xlsx(
    qtbot: QtBot,
    store: Store,
    bad_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.load(bad_file)
    report = tmp_path / "out" / "错误报告"
    report.parent.mkdir()
    asked: list[str] = []

    def save_name(
        _parent: Any, _title: str, suggested: str, _filter: str, **_kw: Any
    ) -> tuple[str, str]:
        asked.append(suggested)
        return str(report), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    click(qtbot, wizard.save_report_button)
    assert asked and asked[0].endswith("bad_错误报告.xlsx")
    saved = report.with_name("错误报告.xlsx")  # the .xlsx is added
    sheet = load_workbook(saved).worksheets[0]
    cells = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert cells[0] == ["行号", "列", "值", "原因"]
    assert [c[:3] for c in cells[1:]] == [[5, "身份证号码", BAD_CHECK], [6, "手机号码", "12345"]]
    assert "校验位" in cells[1][3]
    assert boxes.texts("information") == [f"错误报告已保存到：\n{saved}"]


def test_error_report_never_overwrites_the_roster(
    qtbot: QtBot, store: Store, bad_file: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.load(bad_file)
    before = bad_file.read_bytes()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(bad_file), ""))
    )
    click(qtbot, wizard.save_report_button)
    assert boxes.texts("warning") == ["不能用错误报告覆盖花名册本身，请换一个文件名。"]
    assert bad_file.read_bytes() == before


def test_all_rows_wrong_offers_nothing_to_import(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    path = write_roster(tmp_path / "allbad.xlsx", [("王五", BAD_CHECK, "13700137000", "红星村")])
    wizard = open_wizard(qtbot, store)
    assert wizard.load(path)
    assert not wizard.accept_valid_check.isEnabled()
    assert not wizard.import_button.isEnabled()
    assert wizard.explain_label.text() == (
        "所有 1 行都有错误，没有可以导入的行：请改正后重新选择文件。"
    )


def test_roster_without_data_rows_says_so(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.load(write_roster(tmp_path / "empty.xlsx", []))
    assert plain(wizard.summary_label.text()) == "共 0 行：新增 0，更新 0，无变化 0，错误 0"
    assert "没有数据行" in wizard.explain_label.text()
    assert not wizard.import_button.isEnabled()


def test_show_filter_narrows_the_rows_table(qtbot: QtBot, store: Store, bad_file: Path) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.load(bad_file)
    wizard.tabs.setCurrentIndex(0)
    combo: QComboBox = wizard.show_filter
    proxy = wizard.rows_view.model()
    assert proxy.rowCount() == 3
    shown: dict[str, list[int]] = {}
    combo.setFocus()
    for _ in range(combo.count() - 1):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        shown[combo.currentText()] = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == {"新增": [4], "更新": [], "无变化": [], "错误": [5, 6]}


# -- choosing files ----------------------------------------------------------------------------
def test_choose_file_button_opens_the_dialog_and_previews(
    qtbot: QtBot, store: Store, good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = ["", str(good_file)]  # first the user cancels the dialog, then picks the file
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (answers.pop(0), ""))
    )
    wizard = open_wizard(qtbot, store)
    click(qtbot, wizard.choose_button)
    assert wizard.pages.currentIndex() == PAGE_START and wizard.plan is None
    click(qtbot, wizard.choose_button)
    assert wizard.pages.currentIndex() == PAGE_PREVIEW
    assert wizard.plan is not None and wizard.plan.source == good_file
    assert QSettings().value("main/last_dir") == str(good_file.parent)


def test_reload_reads_the_corrected_file(qtbot: QtBot, store: Store, bad_file: Path) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.load(bad_file)
    assert wizard.plan is not None and wizard.plan.error_rows == 2
    write_roster(bad_file, GOOD_ROWS)  # the user fixes the roster in Excel and saves it
    click(qtbot, wizard.reload_button)
    assert plain(wizard.summary_label.text()) == "共 2 行：新增 2，更新 0，无变化 0，错误 0"
    assert wizard.import_button.isEnabled()


def test_unreadable_file_is_explained_and_changes_nothing(
    qtbot: QtBot, store: Store, tmp_path: Path, boxes: Boxes
) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    wizard = open_wizard(qtbot, store)
    assert not wizard.load(junk)
    (text,) = boxes.texts("warning")
    assert "junk.xlsx" in text and "不是有效的 .xlsx 文件" in text
    assert wizard.plan is None and wizard.pages.currentIndex() == PAGE_START
    assert workers.count(store) == 0


def test_dropping_an_xlsx_loads_it_and_other_files_are_refused(
    qtbot: QtBot, store: Store, good_file: Path, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, store)
    actions = Qt.DropAction.CopyAction
    none = Qt.MouseButton.NoButton
    plain_mods = Qt.KeyboardModifier.NoModifier

    def mime(path: Path) -> QMimeData:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        return data

    text_file = tmp_path / "notes.txt"
    text_file.write_text("x")
    # The events do not own their QMimeData: keep each alive while its event is in use.
    text_data, roster_data = mime(text_file), mime(good_file)
    refused = QDragEnterEvent(QPoint(10, 10), actions, text_data, none, plain_mods)
    QApplication.sendEvent(wizard, refused)
    assert not refused.isAccepted()

    enter = QDragEnterEvent(QPoint(10, 10), actions, roster_data, none, plain_mods)
    QApplication.sendEvent(wizard, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), actions, roster_data, none, plain_mods)
    QApplication.sendEvent(wizard, drop)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PAGE_PREVIEW, timeout=10000)
    assert wizard.plan is not None and wizard.plan.source == good_file


# -- failures while importing ------------------------------------------------------------------
def test_changes_since_the_preview_refuse_the_whole_import(
    qtbot: QtBot, store: Store, good_file: Path, tmp_path: Path, boxes: Boxes
) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.load(write_roster(tmp_path / "first.xlsx", [GOOD_ROWS[0]]))
    import_now(qtbot, wizard)
    assert wizard.load(
        write_roster(
            tmp_path / "second.xlsx", [("张三", GOOD_1, "13900000001", "和平社区"), GOOD_ROWS[1]]
        )
    )
    assert wizard.import_button.isEnabled()
    workers.delete(store, stored(store, GOOD_1)["id"])  # someone deletes 张三 meanwhile

    with qtbot.assertNotEmitted(wizard.imported):
        click(qtbot, wizard.import_button)
    (text,) = boxes.texts("warning")
    assert "预览之后有了变动" in text
    assert wizard.pages.currentIndex() == PAGE_PREVIEW
    assert workers.find_by_id_number(store, GOOD_2) is None  # not half-imported
    assert stored(store, GOOD_1)["phone"] == "13800138000"


def test_unexpected_errors_are_not_swallowed(
    qtbot: QtBot, store: Store, good_file: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("a bug, not a user mistake")

    monkeypatch.setattr(roster, "plan_import", broken)
    wizard = open_wizard(qtbot, store)
    with pytest.raises(KeyError, match="a bug"):
        wizard.load(good_file)
    assert boxes.calls == []  # for the crash handler, not a friendly message box


def _cancel_soon(wizard: ImportWizard) -> None:
    """Press 取消 in the progress dialog once the background job is running."""

    def press() -> None:
        (dialog,) = wizard.findChildren(QProgressDialog)
        (button,) = dialog.findChildren(QPushButton)
        button.click()

    QTimer.singleShot(20, wizard, press)


def _slowed(real: Callable[..., Any]) -> Callable[..., Any]:
    """``real`` whose progress reports wait (up to 10 s) until the user has cancelled."""
    pause = threading.Event()

    def run(*args: Any) -> Any:
        *head, progress = args

        def slow(done: int, total: int) -> None:
            for _ in range(1000):
                progress(done, total)  # raises once 取消 was pressed
                pause.wait(0.01)
            raise AssertionError("取消 never reached the job")

        return real(*head, slow)

    return run


def test_cancel_while_reading_keeps_the_wizard_where_it_was(
    qtbot: QtBot, store: Store, good_file: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    monkeypatch.setattr(roster, "plan_import", _slowed(roster.plan_import))
    wizard = open_wizard(qtbot, store)
    _cancel_soon(wizard)
    assert not wizard.load(good_file)
    assert wizard.plan is None and wizard.pages.currentIndex() == PAGE_START
    assert boxes.calls == []


def test_cancel_while_importing_rolls_everything_back(
    qtbot: QtBot, store: Store, good_file: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.load(good_file)
    real = roster.apply_import
    monkeypatch.setattr(roster, "apply_import", _slowed(real))
    _cancel_soon(wizard)
    with qtbot.assertNotEmitted(wizard.imported):
        click(qtbot, wizard.import_button)
    assert boxes.calls == []
    assert wizard.pages.currentIndex() == PAGE_PREVIEW
    assert workers.count(store, include_deleted=True) == 0
    # The preview still holds and can be imported for real.
    monkeypatch.setattr(roster, "apply_import", real)
    import_now(qtbot, wizard)
    assert workers.count(store) == 2


def test_main_window_opens_the_wizard_and_reloads_after_an_import(
    qtbot: QtBot, store: Store, good_file: Path
) -> None:
    from swdesk.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.workers_page.model.rowCount() == 0
    window.import_roster()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert wizard.isModal()
    assert wizard.load(good_file)
    import_now(qtbot, wizard)
    qtbot.waitUntil(lambda: window.workers_page.model.rowCount() == 2, timeout=5000)
    click(qtbot, wizard.close_button)
    assert not wizard.isVisible()


def test_update_details_read_in_english(
    qtbot: QtBot, store: Store, good_file: Path, tmp_path: Path, english: None
) -> None:
    wizard = reimported_with_changes(qtbot, store, good_file, tmp_path)
    detail = rows_by_number(wizard)[4][RowsModel.COL_DETAIL]
    assert detail.split("; ") == [
        "Mobile Phone: 13800138000 → 13900000001",
        "Village/Community: 和平社区（510104001001） → 红星村（510104001201）",
    ]


def test_preview_models_pass_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, store: Store, bad_file: Path
) -> None:
    wizard = open_wizard(qtbot, store)
    assert wizard.load(bad_file)
    assert wizard.rows_model.rowCount() == 3 and wizard.errors_model.rowCount() == 2
    for model in (wizard.rows_model, wizard.errors_model, wizard.rows_proxy):
        qtmodeltester.check(model)
    wizard.rows_proxy.set_action(roster.ERROR)  # the filter, still checked
    assert wizard.rows_proxy.rowCount() == 2
    qtmodeltester.check(wizard.rows_proxy)
