"""A slice of the service-domain pie lists the people behind it, like a bar does; the report
carries the ids per domain (a person serving two domains is behind both slices)."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sync_fixtures import idn
from test_ui_indicators_page import open_page

from swdesk.core.enums import (
    DOMAIN_CHILDREN,
    DOMAIN_DISABILITY,
    DOMAINS,
    LEVEL_ASSISTANT,
    STATUS_OFF_DUTY,
    STATUS_ON_DUTY,
)
from swdesk.services.indicators import build_report
from swdesk.store import Store, workers

pytestmark = pytest.mark.usefixtures("clean_qsettings")
DOMAIN_ELDERLY = DOMAINS[0]


def serving(store: Store, name: str, n: int, domains: list[str], status: str) -> str:
    wid = workers.create(
        store,
        {
            "name": name,
            "id_number": idn(n),
            "village_code": "510104001001",
            "status": status,
            "domains": domains,
        },
    )
    workers.add_certificate(store, wid, {"level": LEVEL_ASSISTANT, "obtained_date": "2024-05-01"})
    return wid


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    return {
        "张三": serving(store, "张三", 1, [DOMAIN_ELDERLY, DOMAIN_CHILDREN], STATUS_ON_DUTY),
        "李四": serving(store, "李四", 2, [DOMAIN_ELDERLY], STATUS_ON_DUTY),
        "王五": serving(store, "王五", 3, [DOMAIN_DISABILITY], STATUS_OFF_DUTY),  # not in post
    }


def test_the_report_names_the_people_per_domain(store: Store, people: dict[str, str]) -> None:
    report = build_report(store, date.today())
    assert {d: set(ids) for d, ids in report.domain_people.items()} == {
        DOMAIN_ELDERLY: {people["张三"], people["李四"]},
        DOMAIN_CHILDREN: {people["张三"]},
    }
    assert report.domains == {DOMAIN_ELDERLY: 2, DOMAIN_CHILDREN: 1}


def test_a_slice_lists_the_people_behind_it(
    qtbot: QtBot, store: Store, people: dict[str, str]
) -> None:
    page = open_page(qtbot, store)
    chart = page.domains_chart
    assert chart.keys == [DOMAIN_ELDERLY, DOMAIN_CHILDREN]
    pie = chart.pie
    assert pie is not None
    with qtbot.waitSignal(chart.domainClicked) as clicked:
        pie.clicked.emit(pie.slices()[1])  # the series' own click signal
    assert clicked.args == [DOMAIN_CHILDREN]
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.model.text(r, "name") for r in dialog.model.rows] == ["张三"]
    pie.clicked.emit(pie.slices()[0])
    assert page.dialog is not None
    assert [page.dialog.model.text(r, "name") for r in page.dialog.model.rows] == ["张三", "李四"]
    assert DOMAIN_ELDERLY in page.dialog.windowTitle()
