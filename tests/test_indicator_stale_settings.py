"""The county's stale-days setting of the 指标 page in the settings dialog: shown on a county
file only, bounded, validated, saved when changed, and read by the page's report."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.core.errors import RuleError
from swdesk.core.indicators.staleness import (
    STALE_DAYS_LEAST,
    STALE_DAYS_MOST,
    STALE_DAYS_SETTING,
    check_stale_days,
)
from swdesk.services.indicator_dashboard import stale_days
from swdesk.store import Store, open_store
from swdesk.store.unit import initialize
from swdesk.ui.settings_dialog import SettingsDialog


def test_the_days_are_allowed_up_to_both_ends() -> None:
    assert check_stale_days(STALE_DAYS_LEAST) == STALE_DAYS_LEAST
    assert check_stale_days(STALE_DAYS_MOST) == STALE_DAYS_MOST
    assert check_stale_days(" 14 ") == 14


@pytest.mark.parametrize("value", [STALE_DAYS_LEAST - 1, STALE_DAYS_MOST + 1, "一个月", None])
def test_days_outside_the_range_are_refused_naming_it(value: object) -> None:
    with pytest.raises(RuleError) as e:
        check_stale_days(value)
    assert f"{STALE_DAYS_LEAST} 到 {STALE_DAYS_MOST}" in e.value.message
    assert e.value.field == STALE_DAYS_SETTING


def test_a_township_file_has_no_indicator_tab(qtbot: QtBot, store: Store) -> None:
    dialog = shown(qtbot, SettingsDialog(store))
    assert dialog.indicator_tab is None
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert store.setting(STALE_DAYS_SETTING) is None


def test_a_county_sets_the_days_in_the_settings_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    with open_store(tmp_path / "county.db") as store:
        initialize(store, "county", "510104", "测试区")
        dialog = shown(qtbot, SettingsDialog(store))
        tab = dialog.indicator_tab
        assert tab is not None and dialog.tabs.indexOf(tab) >= 0
        assert tab.stale.value() == 30  # the default
        with qtbot.waitSignal(dialog.accepted):
            dialog.accept()
        assert store.setting(STALE_DAYS_SETTING) is None  # unchanged: nothing written
        dialog = shown(qtbot, SettingsDialog(store))
        spin = dialog.indicator_tab.stale  # type: ignore[union-attr]
        spin.setValue(STALE_DAYS_MOST + 50)  # past the end: the box holds the most
        assert spin.value() == STALE_DAYS_MOST
        spin.setValue(0)
        assert spin.value() == STALE_DAYS_LEAST
        spin.setValue(7)
        with qtbot.waitSignal(dialog.accepted):
            dialog.accept()
        assert store.setting(STALE_DAYS_SETTING) == 7
        assert stale_days(store) == 7
        again = shown(qtbot, SettingsDialog(store))
        assert again.indicator_tab is not None and again.indicator_tab.stale.value() == 7
