"""The change-history dialog: audit entries of a worker and their certificates, readable."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, workers
from swdesk.ui.history_dialog import (
    COL_ACTION,
    COL_CHANGE,
    COL_FIELD,
    COL_OPERATOR,
    COL_TIME,
    HistoryDialog,
    local_time,
)

ID = make_id_number("510104", date(1979, 2, 3), 17)


@pytest.fixture
def shanghai_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def rows(dialog: HistoryDialog) -> list[tuple[str, ...]]:
    return [tuple(dialog.cell(r, c) for c in range(5)) for r in range(dialog.table.rowCount())]


def grouped(lines: list[tuple[str, ...]]) -> list[dict[str, str]]:
    """Table lines → one {field: change} per audit entry (an entry starts with its action)."""
    out: list[dict[str, str]] = []
    for line in lines:
        if line[COL_ACTION]:
            out.append({})
        out[-1][line[COL_FIELD]] = line[COL_CHANGE]
    return out


def open_history(qtbot: QtBot, store: Store, worker_id: str) -> HistoryDialog:
    dialog = HistoryDialog(store, worker_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_local_time_converts_from_utc(shanghai_time: None) -> None:
    assert local_time("2024-05-01T18:03:04.123456Z") == "2024-05-02 02:03:04"
    assert local_time("not a time") == "not a time"


def test_history_shows_changes_in_chinese_words(store: Store, qtbot: QtBot) -> None:
    store.operator = "王站长"
    wid = workers.create(
        store,
        {
            "name": "周七",
            "id_number": ID,
            "phone": "13800138000",
            "village_code": "510104001001",
            "domains": ["老年"],
        },
        [{"level": "助理社会工作师", "cert_number": "A-1", "obtained_date": "2019-06-01"}],
    )
    record = workers.get(store, wid)
    store.operator = "李干事"
    workers.update(
        store,
        wid,
        {
            **record,
            "phone": "13900139000",
            "village_code": "510104001201",
            "domains": ["老年", "儿童/未成年人"],
            "professional_post": True,
            "status": "离岗",
            "status_date": "2024-03-01",
        },
    )
    cert_id = record["certificates"][0]["id"]
    workers.update_certificate(store, cert_id, {**record["certificates"][0], "cert_number": "A-2"})
    workers.delete(store, wid, reason="录重了")
    workers.restore(store, wid)

    dialog = open_history(qtbot, store, wid)
    assert dialog.windowTitle() == "修改记录 — 周七"
    assert dialog.table.horizontalHeaderItem(COL_CHANGE).text() == "原值 → 新值"
    lines = rows(dialog)
    actions = [line[COL_ACTION] for line in lines if line[COL_ACTION]]
    # newest first: restore, delete, certificate edit, worker edit, certificate add, creation
    assert actions == ["恢复", "删除", "修改", "修改", "新建", "新建"]
    assert lines[0][COL_OPERATOR] == "李干事"
    assert lines[1][COL_CHANGE] == "原因：录重了"

    entries = grouped(lines)
    restore, delete, cert_edit, worker_edit, cert_add, creation = entries
    assert restore == {"": ""} and delete == {"": "原因：录重了"}
    assert cert_edit == {"证书（助理社会工作师）·证书编号": "A-1 → A-2"}
    assert worker_edit == {
        "手机号码": "13800138000 → 13900139000",
        "村（社区）": "和平社区（510104001001） → 红星村（510104001201）",
        "专业岗位": "否 → 是",
        "服务领域": "老年 → 老年、儿童/未成年人",
        "状态": "在岗 → 离岗",
        "状态日期": "（空） → 2024-03-01",
    }
    assert cert_add == {
        "证书（助理社会工作师）·等级": "助理社会工作师",
        "证书（助理社会工作师）·证书编号": "A-1",
        "证书（助理社会工作师）·取得日期": "2019-06-01",
    }
    assert creation["姓名"] == "周七"
    assert creation["性别"] == "男"
    assert creation["出生日期"] == "1979-02-03"
    assert creation["服务领域"] == "老年"
    assert creation["状态"] == "在岗"
    # bookkeeping columns never show
    fields = {line[COL_FIELD] for line in lines}
    assert not fields & {"version", "name_pinyin", "updated_at", "rev", "level_rank", "deleted"}
    operators = [line[COL_OPERATOR] for line in lines if line[COL_OPERATOR]]
    assert operators == ["李干事"] * 4 + ["王站长"] * 2
    # one time stamp per entry, in local time format
    stamped = [line[COL_TIME] for line in lines if line[COL_TIME]]
    assert len(stamped) == 6
    assert all(len(t) == 19 and t[4] == "-" and t[13] == ":" for t in stamped)


def test_history_of_a_new_worker_has_only_the_creation(store: Store, qtbot: QtBot) -> None:
    wid = workers.create(store, {"name": "吴八", "id_number": ID, "sw_major": True})
    dialog = open_history(qtbot, store, wid)
    lines = rows(dialog)
    assert [line[COL_ACTION] for line in lines if line[COL_ACTION]] == ["新建"]
    [values] = grouped(lines)
    assert values["姓名"] == "吴八"
    assert values["性别"] == "男"
    assert values["社工专业"] == "是"
    assert "专业岗位" not in values  # empty at creation: nothing to say
    assert "共有 1 条修改记录" in dialog.summary.text()


def test_editor_save_appears_in_history(store: Store, qtbot: QtBot) -> None:
    from swdesk.ui.worker_editor import WorkerEditor

    wid = workers.create(store, {"name": "郑九", "id_number": ID})
    editor = WorkerEditor(store, wid)
    qtbot.addWidget(editor, before_close_func=lambda w: w.done(0) if w.isVisible() else None)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.major_edit.setFocus()
    qtbot.keyClicks(editor.major_edit, "MSW")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        editor.save()
    dialog = open_history(qtbot, store, wid)
    newest = grouped(rows(dialog))[0]
    assert newest == {"专业": "（空） → MSW"}
