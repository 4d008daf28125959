"""Matching a printed sheet to its record by the code in its footer or its QR code."""

from __future__ import annotations

import pytest
from appraisal_fixtures import ID_COMMUNITY, ID_POST, add_workers
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from swdesk import cli
from swdesk.core import appraisal as ap
from swdesk.core.errors import RuleError
from swdesk.store import Store
from swdesk.store import appraisals as A
from swdesk.ui.appraisal_page import AppraisalPage


def printed(store: Store, id_number: str) -> tuple[str, ap.Sheet]:
    rid = A.create_round(store, 2024) if A.round_for_year(store, 2024) is None else None
    rnd = A.require_round(store, 2024)
    assert rid is None or rid == rnd["id"]
    row = next(r for r, _ in A.round_sheets(store, rnd["id"]) if r["id_number"] == id_number)
    return row["id"], A.sheet(store, row["id"])


def test_parse_paper_code() -> None:
    h = "ab12" * 16
    assert ap.parse_paper_code("AB12-AB12-AB12").digits == "ab12ab12ab12"
    assert ap.parse_paper_code(" ab12 ab12 ab12 ").matches(h)
    qr = ap.parse_paper_code(f"SWDESK-APPRAISAL:R-1:W-2:{h.upper()}")
    assert (qr.round_id, qr.worker_id, qr.digits) == ("r-1", "w-2", h)
    for bad in ("", "1234", "GGGG-GGGG-GGGG", "SWDESK-APPRAISAL:R:W:XYZ"):
        with pytest.raises(RuleError):
            ap.parse_paper_code(bad)


def test_check_finds_the_record_and_notices_a_change(store: Store) -> None:
    add_workers(store)
    aid, sh = printed(store, ID_COMMUNITY)
    found, ok, message = A.check_paper(store, sh.short_hash)
    assert (found, ok) == (aid, True) and "张三" in message and "一致" in message
    found, ok, _ = A.check_paper(store, sh.qr_text())
    assert (found, ok) == (aid, True)
    # the record changes after the paper was printed
    A.set_comments(store, aid, overall="打印后改的评语")
    found, ok, message = A.check_paper(store, sh.short_hash)
    assert found is None and not ok and "没有找到" in message
    found, ok, message = A.check_paper(store, sh.qr_text())
    assert found == aid and not ok and "已改动" in message
    assert A.sheet(store, aid).short_hash in message


def test_cli_check(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    add_workers(store)
    _aid, sh = printed(store, ID_POST)
    db = str(store.path)
    store.close()
    assert cli.main(["--db", db, "appraisal", "check", "--code", sh.short_hash]) == 0
    assert "李四" in capsys.readouterr().out
    assert cli.main(["--db", db, "appraisal", "check", "--code", "0000-0000-0000"]) == 3
    assert "没有找到" in capsys.readouterr().err
    assert cli.main(["--db", db, "appraisal", "check", "--code", "12"]) == 3
    assert "不是记录校验码" in capsys.readouterr().err


def test_page_check_selects_the_record(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_workers(store)
    aid, sh = printed(store, ID_POST)
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda _p, _t, text, *a, **k: said.append(text))
        )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (sh.qr_text(), True)))
    page = AppraisalPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 1  # the community sheets show first: 张三 only
    page.check_paper()
    assert page.model.rowCount() == 2  # now the post sheets
    assert "一致" in said[-1]
    assert page.model.appraisal_id(page.current_row()) == aid
