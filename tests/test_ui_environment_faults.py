"""In the window, a failure the machine causes is a message box saying what to do, never the
crash dialog, and leaves the data and the files as they were."""

from __future__ import annotations

import errno
import os
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui_helpers import Boxes, shown

from swdesk.core.errors import EnvironmentFault
from swdesk.core.i18n import msg
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, workers
from swdesk.ui import crash
from swdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("clean_qsettings")


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    workers.create(
        store,
        {
            "name": "张三",
            "id_number": make_id_number("510104", date(1988, 5, 17), 31),
            "village_code": "510104001001",
        },
    )
    win = MainWindow(store)
    with qtbot.waitSignal(win.workers_page.setupFinished, timeout=3000):
        shown(qtbot, win)
    return win


def test_an_uncaught_fault_is_a_message_box_not_the_crash_dialog(
    qtbot: QtBot, boxes: Boxes, crashes: list[str], tmp_path: Path
) -> None:
    crash.install(tmp_path / "swdesk.log")
    try:
        raise EnvironmentFault(msg("磁盘已满。请清理磁盘或换一个位置后重试；原有文件没有改动。"))
    except EnvironmentFault:
        exc_info = sys.exc_info()
    sys.excepthook(*exc_info)  # type: ignore[arg-type]
    del exc_info
    assert crashes == []
    assert [k for k, _, _ in boxes.calls] == ["warning"]
    assert "磁盘已满" in boxes.calls[0][2]


def test_export_onto_a_full_disk_says_so_and_keeps_the_old_file(
    window: MainWindow,
    boxes: Boxes,
    crashes: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "roster.xlsx"
    target.write_bytes(b"last week's roster")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    window.export_action.trigger()
    assert crashes == []
    (text,) = boxes.texts("warning")
    assert "磁盘已满" in text and "No space" not in text
    assert target.read_bytes() == b"last week's roster"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_a_read_only_data_file_is_a_message_box_and_nothing_changes(
    window: MainWindow, store: Store, boxes: Boxes, crashes: list[str]
) -> None:
    (wid,) = [w["id"] for w in workers.list_public(store)]
    assert window.workers_page.select_worker(wid)
    store.conn.execute("PRAGMA query_only = 1")  # SQLite answers SQLITE_READONLY to any write
    window.delete_action.trigger()
    store.conn.execute("PRAGMA query_only = 0")
    assert crashes == []
    (text,) = boxes.texts("warning")
    assert "只读" in text and "readonly" not in text
    assert workers.get(store, wid)["deleted"] == 0
