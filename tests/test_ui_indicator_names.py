"""The shipped indicator presets' names, kinds and units in the interface language: every word
the presets ship is marked for translation, the English 指标 page shows English, and a name a
county loaded from its own file (unknown to the glossary) shows as written."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from test_ui_indicators_page import cell, open_page

from swdesk.core.indicators import definitions as df
from swdesk.core.indicators import names
from swdesk.store import Store, indicator_rules
from swdesk.ui import indicator_labels

pytestmark = pytest.mark.usefixtures("clean_qsettings")
HAN = re.compile(r"[\u4e00-\u9fff]")


def test_every_word_the_presets_ship_is_marked() -> None:
    presets = indicator_rules.presets()
    shipped = {p["name"] for p in presets.values()} | {
        d["name"] for p in presets.values() for d in p["indicators"]
    }
    assert shipped - set(names.NAMES) == set()
    units = {d["unit"] for p in presets.values() for d in p["indicators"]}
    assert units - {"%", "‰"} == set(names.UNITS)
    assert {d["kind"] for p in presets.values() for d in p["indicators"]} <= set(df.KINDS)


def test_figures_keep_chinese_units_in_chinese() -> None:
    assert indicator_labels.figure(2, "名") == "2名"
    assert indicator_labels.figure(35.25, "%") == "35.2%"
    assert indicator_labels.figure(None, "人") == "—"
    assert indicator_labels.name("儿童领域持证社工占比") == "儿童领域持证社工占比"


@pytest.mark.usefixtures("english")
def test_figures_put_english_units_after_a_space() -> None:
    assert indicator_labels.figure(2, "名") == "2 people"
    assert indicator_labels.figure(1.5, "名/社区") == "1.5 per community"
    assert indicator_labels.figure(1.7, "‰") == "1.7‰"
    assert indicator_labels.figure(None, "个") == "—"
    assert indicator_labels.unit("km") == "km"  # a unit of a county's own file: as written


@pytest.mark.usefixtures("english")
def test_the_english_page_shows_english_names_kinds_and_units(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, store)
    rows = page.model.rows
    assert rows
    for i in range(len(rows)):
        for column in ("name", "kind", "target", "value"):
            text = cell(page, i, column)
            assert not HAN.search(text), (column, text)
    i = next(i for i, r in enumerate(rows) if r.key == "community_certified_each")
    assert cell(page, i, "name") == ("At least 2 certified social workers in each urban community")
    assert cell(page, i, "kind") == "Binding"
    counted = next(i for i, r in enumerate(rows) if r.unit == "人" and r.value is not None)
    assert cell(page, counted, "value") == f"{rows[counted].value:.0f} people"
    dialog = page.show_row_people(page.model.index(i, 0))
    assert dialog is not None
    assert dialog.windowTitle().startswith("At least 2 certified")


@pytest.mark.usefixtures("english")
def test_a_countys_own_indicator_shows_as_written(qtbot: QtBot, store: Store) -> None:
    own = {
        "name": "本地指标",
        "indicators": [
            {
                "key": "minors_share",
                "name": "儿童领域持证社工占比",
                "counts": {"workers": ["certified_in_post", "domain:儿童/未成年人"]},
                "denominator": {"workers": ["certified_in_post"]},
                "target": 10,
                "unit": "%",
                "kind": df.KIND_EXPECTED,
                "source": "本地文件",
            }
        ],
    }
    indicator_rules.save_version(store, df.version_from_preset(own, date(2000, 1, 1)))
    page = open_page(qtbot, store)
    assert [cell(page, i, "name") for i in range(page.model.row_count())] == [
        "儿童领域持证社工占比"
    ]
    assert cell(page, 0, "kind") == "Expected"
    assert cell(page, 0, "target") == "10%"
