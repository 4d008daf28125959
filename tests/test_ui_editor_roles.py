"""The worker editor shows and edits roles (职务) as check boxes, like the service domains, and
a ticked 专业岗位 box fills a post in the register."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_ui_editor import open_editor

from swdesk.core import workforce as wf
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, posts, worker_roles, workers
from swdesk.ui.worker_editor import WorkerEditor

ID = make_id_number("510104", date(1985, 3, 15), 11)


def _save(qtbot: QtBot, editor: WorkerEditor) -> str:
    editor.phone_edit.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=3000) as blocker:
        qtbot.keyClick(editor.phone_edit, Qt.Key.Key_Return)
    return str(blocker.args[0])


def test_roles_are_ticked_saved_and_shown_again(store: Store, qtbot: QtBot) -> None:
    wid = workers.create(store, {"name": "张三", "id_number": ID, "roles": [wf.ROLE_STAFFED_CADRE]})
    editor = open_editor(qtbot, store, wid)
    picker = editor.role_picker
    assert picker.values() == [wf.ROLE_STAFFED_CADRE]
    assert [b.text() for b in picker.boxes()] == list(wf.ROLES)
    qtbot.mouseClick(picker.box(wf.ROLE_CHILDREN_DIRECTOR), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(picker.box(wf.ROLE_STAFFED_CADRE), Qt.MouseButton.LeftButton)
    assert _save(qtbot, editor) == wid
    assert worker_roles.current(store, wid) == [wf.ROLE_CHILDREN_DIRECTOR]
    ended = [r["role"] for r in worker_roles.of_worker(store, wid) if r["until"]]
    assert ended == [wf.ROLE_STAFFED_CADRE]
    again = open_editor(qtbot, store, wid)
    assert again.role_picker.values() == [wf.ROLE_CHILDREN_DIRECTOR]


def test_ticking_professional_post_fills_a_post(store: Store, qtbot: QtBot) -> None:
    wid = workers.create(store, {"name": "张三", "id_number": ID, "village_code": "510104001201"})
    editor = open_editor(qtbot, store, wid)
    assert not editor.professional_check.isChecked()
    qtbot.mouseClick(editor.professional_check, Qt.MouseButton.LeftButton)
    _save(qtbot, editor)
    [post] = posts.list_posts(store)
    assert (post["unit_code"], post["worker_id"], post["kind"]) == (
        "510104001201",
        wid,
        wf.POST_FULL_TIME,
    )
    assert open_editor(qtbot, store, wid).professional_check.isChecked()
