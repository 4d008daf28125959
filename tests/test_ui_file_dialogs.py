"""File dialogs: Qt's own fully in Chinese, 所有文件 in every open filter, the last folder per kind."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from swdesk.ui import file_dirs, i18n
from swdesk.ui.sync_page import SYNC_DIR

ROOT = Path(__file__).resolve().parent.parent
FIX_TS = ROOT / "resources" / "translations" / "qtfix_zh_CN.ts"


@pytest.fixture
def chinese(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """Chinese installed from a folder holding only our own QFileDialog fix, built here."""
    import build_translations

    folder = tmp_path / "qm"
    folder.mkdir()
    shutil.copy(FIX_TS, folder / FIX_TS.name)
    build_translations.compile_ts(folder / FIX_TS.name)
    assert i18n.apply_language("zh_CN", folder) == "zh_CN"
    try:
        yield folder
    finally:
        i18n.apply_language("zh_CN")


def _english_texts(dialog: QFileDialog) -> list[str]:
    """Visible label and button texts holding a Latin letter besides a "(&L)" accelerator."""
    found = []
    for w in dialog.findChildren(QWidget):
        if isinstance(w, (QLabel, QAbstractButton)) and w.isVisible():
            words = re.sub(r"\(&\w\)", "", w.text())
            if any("a" <= c.lower() <= "z" for c in words):
                found.append(w.text())
    return found


def _qt_dialog(qtbot: QtBot, mode: QFileDialog.FileMode, accept: QFileDialog.AcceptMode) -> Any:
    dialog = QFileDialog(None, "选择", str(Path.home()), "同步文件 (*.swsync)")
    dialog.setOptions(file_dirs.dialog_options("linux"))
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize(
    ("mode", "accept"),
    [
        (QFileDialog.FileMode.ExistingFile, QFileDialog.AcceptMode.AcceptOpen),
        (QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave),
        (QFileDialog.FileMode.Directory, QFileDialog.AcceptMode.AcceptOpen),
    ],
)
def test_qt_file_dialog_shows_no_english_label_in_chinese(
    qtbot: QtBot, chinese: Path, mode: QFileDialog.FileMode, accept: QFileDialog.AcceptMode
) -> None:
    dialog = _qt_dialog(qtbot, mode, accept)
    assert _english_texts(dialog) == []
    assert dialog.findChild(QLabel, "lookInLabel").text() == "查找范围(&L)："
    assert dialog.findChild(QLabel, "fileTypeLabel").text() == "文件类型(&T)："


def test_without_our_fix_qt_leaves_the_labels_in_english(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """The gap the fix fills is real: Qt's catalogue alone leaves "&Look in:" English."""
    try:
        assert i18n.apply_language("zh_CN", tmp_path) == "zh_CN"
        dialog = _qt_dialog(
            qtbot, QFileDialog.FileMode.ExistingFile, QFileDialog.AcceptMode.AcceptOpen
        )
        assert "&Look in:" in _english_texts(dialog)
    finally:
        i18n.apply_language("zh_CN")


def test_native_dialogs_only_where_the_platform_has_them() -> None:
    assert file_dirs.dialog_options("win32") == QFileDialog.Option(0)
    assert file_dirs.dialog_options("darwin") == QFileDialog.Option(0)
    assert file_dirs.dialog_options("linux") == QFileDialog.Option.DontUseNativeDialog


def test_every_open_filter_ends_with_all_files() -> None:
    assert file_dirs.with_all_files("同步文件 (*.swsync)") == "同步文件 (*.swsync);;所有文件 (*)"
    already = "Excel 工作簿 (*.xlsx);;所有文件 (*)"
    assert file_dirs.with_all_files(already) == already  # never twice


class Asked:
    """QFileDialog statics recorded: (start folder, filter, options); answers popped in order."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[Any]) -> None:
        self.calls: list[tuple[str, str, Any]] = []

        def answer(_parent: Any, _title: str, start: str, filt: str = "", **k: Any) -> Any:
            self.calls.append((start, filt, k.get("options")))
            return answers.pop(0)

        def answer_dir(_parent: Any, _title: str, start: str, options: Any = None) -> Any:
            self.calls.append((start, "", options))
            return answers.pop(0)

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(answer))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(answer_dir))


def test_open_dialogs_remember_the_last_folder_per_kind(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_qsettings: None
) -> None:
    QSettings().clear()
    rosters, usb = tmp_path / "rosters", tmp_path / "usb"
    rosters.mkdir()
    usb.mkdir()
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = Asked(
        monkeypatch,
        [
            (str(rosters / "a.xlsx"), ""),
            ([str(usb / "1.swsync"), str(usb / "2.swsync")], ""),
            (str(rosters / "b.xlsx"), ""),
            ("", ""),
            ("", ""),
        ],
    )
    assert file_dirs.ask_open(parent, "t", "Excel 工作簿 (*.xlsx)") == rosters / "a.xlsx"
    many = file_dirs.ask_open_many(parent, "t", "同步文件 (*.swsync)", SYNC_DIR)
    assert many == [usb / "1.swsync", usb / "2.swsync"]
    assert file_dirs.ask_open(parent, "t", "Excel 工作簿 (*.xlsx)") == rosters / "b.xlsx"
    assert file_dirs.ask_open(parent, "t", "同步文件 (*.swsync)", SYNC_DIR) is None
    # cancelling remembers nothing new
    assert file_dirs.ask_open_many(parent, "t", "同步文件 (*.swsync)", SYNC_DIR) == []
    starts = [c[0] for c in asked.calls]
    docs = file_dirs.documents_dir()
    assert starts == [docs, docs, str(rosters), str(usb), str(usb)]
    assert all(c[1].endswith(";;所有文件 (*)") for c in asked.calls)
    assert all(c[2] == file_dirs.dialog_options() for c in asked.calls)


def test_the_export_folder_dialog_starts_in_documents_then_the_last_stick(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_qsettings: None
) -> None:
    QSettings().clear()
    usb = tmp_path / "usb"
    usb.mkdir()
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = Asked(monkeypatch, [str(usb), ""])
    assert file_dirs.ask_dir(parent, "选择U盘或文件夹", SYNC_DIR) == usb
    assert file_dirs.ask_dir(parent, "选择U盘或文件夹", SYNC_DIR) is None
    first, second = asked.calls[0][0], asked.calls[1][0]
    assert Path(first).is_dir() and Path(first) != Path.home()
    assert second == str(usb)
    assert asked.calls[0][2] & QFileDialog.Option.ShowDirsOnly
