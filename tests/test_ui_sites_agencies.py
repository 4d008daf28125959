"""The 岗位与社工站 page offers a site under the township's station and a post at a named
agency; a refusal says why in the dialog, which stays open, and writes nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import shown, type_chinese

from swdesk.core import workforce as wf
from swdesk.store import Store, open_store, posts, stations
from swdesk.store.unit import initialize
from swdesk.ui.date_input import to_qdate
from swdesk.ui.post_dialogs import AGENCY
from swdesk.ui.posts_page import PostsPage

VILLAGE = "510104001201"  # 红星村


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_a_site_is_added_under_the_station(qtbot: QtBot, store: Store) -> None:
    page = shown(qtbot, PostsPage(store))
    dialog = shown(qtbot, page.site_dialog())
    assert "还没有登记社工站" in dialog.findChild(object, "hint").text()
    type_chinese(dialog.name, "红星村服务点", focus=True)
    dialog.village.setCurrentIndex(dialog.village.findData(VILLAGE))
    dialog.date.setDate(to_qdate(date(2024, 3, 1)))
    _click(qtbot, dialog.ok)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.created
    page._written()
    station, site = stations.list_stations(store)
    assert (site["id"], site["parent_id"], site["village_code"], site["opened_on"]) == (
        dialog.created,
        station["id"],
        VILLAGE,
        "2024-03-01",
    )
    assert "站点 1 个：红星村服务点（红星村）" in page.station_title.text()
    again = page.site_dialog()
    assert station["name"] in again.findChild(object, "hint").text()


def test_a_refused_site_says_why_and_writes_nothing(qtbot: QtBot, store: Store) -> None:
    page = shown(qtbot, PostsPage(store))
    dialog = shown(qtbot, page.site_dialog())
    _click(qtbot, dialog.ok)  # no name
    assert dialog.isVisible() and "社工站名称不能为空" in dialog.error.text()
    type_chinese(dialog.name, "甲站点", focus=True)
    dialog.date.setDate(to_qdate(date.today() + timedelta(days=1)))
    _click(qtbot, dialog.ok)
    assert dialog.isVisible() and "在今天之后" in dialog.error.text()
    assert stations.list_stations(store) == []


def test_a_post_is_set_up_at_a_named_agency(qtbot: QtBot, store: Store) -> None:
    page = shown(qtbot, PostsPage(store))
    dialog = shown(qtbot, page.add_dialog())
    assert dialog.agency.isHidden()  # a village or the station: no agency name asked
    dialog.unit.setCurrentIndex(dialog.unit.findData(AGENCY))
    assert not dialog.agency.isHidden()
    _click(qtbot, dialog.ok)  # no agency name: refused
    assert dialog.isVisible() and "机构名称不能为空" in dialog.error.text()
    assert posts.list_posts(store) == []
    type_chinese(dialog.agency, "阳光社会工作服务中心", focus=True)
    dialog.kind.setCurrentIndex(dialog.kind.findData(wf.POST_FULL_TIME))
    _click(qtbot, dialog.ok)
    assert dialog.result() == dialog.DialogCode.Accepted
    page._written()
    (post,) = posts.list_posts(store)
    assert (post["unit_kind"], post["unit_name"], post["kind"]) == (
        wf.UNIT_AGENCY,
        "阳光社会工作服务中心",
        wf.POST_FULL_TIME,
    )
    assert "阳光社会工作服务中心" in [
        page.units.item(r, 0).text() for r in range(page.units.rowCount())
    ]
    # Switching back to a village hides the name again and sets up a village post.
    second = page.add_dialog()
    second.unit.setCurrentIndex(second.unit.findData(VILLAGE))
    assert second.agency.isHidden()


def test_a_county_file_cannot_add_a_site(qtbot: QtBot, tmp_path: Path) -> None:
    with open_store(tmp_path / "county.db") as store:
        initialize(store, "county", "510104", "测试区")
        page = shown(qtbot, PostsPage(store))
        assert not page.site_button.isEnabled()
