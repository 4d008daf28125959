"""The 村（社区）page says what it counts: every live file, and the certified workers in post that
the indicators count (the same figure, read from the engine's report)."""

from __future__ import annotations

from datetime import date

from indicator_town import HEPING, HONGXING, XINMIN, build_town
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.services.indicators import build_report
from swdesk.store import Store
from swdesk.ui.villages_page import VillagesPage


def _column(page: VillagesPage, col: int) -> dict[str, str]:
    t = page.table
    return {t.item(i, 0).text(): t.item(i, col).text() for i in range(t.rowCount())}


def test_files_and_certified_in_post_per_village(qtbot: QtBot, store: Store) -> None:
    build_town(store)
    page = shown(qtbot, VillagesPage(store))
    heads = [page.table.horizontalHeaderItem(c) for c in (3, 4)]
    assert [h.text() for h in heads] == ["档案数", "持证在岗"]
    assert "离岗" in heads[0].toolTip() and "助理社会工作师" in heads[1].toolTip()
    # Files: C left 新民社区 but keeps a live file; D moved to 红星村.
    assert _column(page, 3) == {HEPING: "2", XINMIN: "1", HONGXING: "2"}
    # In post with 助理 or higher today: A and B at 和平, D at 红星; E holds only 社工员.
    assert _column(page, 4) == {HEPING: "2", XINMIN: "0", HONGXING: "1"}
    engine = {u.code: str(u.certified) for u in build_report(store, date.today()).units}
    assert _column(page, 4) == engine
