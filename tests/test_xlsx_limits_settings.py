"""The spreadsheet reading limits in the settings dialog: shown, bounded, saved, read."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import shown

from swdesk.core.errors import RuleError
from swdesk.core.xlsx_limits import RANGES, check_limit
from swdesk.formats.xlsx_guard import Limits
from swdesk.store import Store
from swdesk.ui.settings_dialog import SettingsDialog

KEYS = ("xlsx_max_rows", "xlsx_max_columns", "xlsx_max_uncompressed_mb", "xlsx_max_ratio")


def test_every_limit_of_the_guard_has_a_range() -> None:
    assert set(RANGES) == set(KEYS)
    defaults = Limits()
    for key, value in zip(
        KEYS,
        (defaults.max_rows, defaults.max_columns, defaults.max_uncompressed_mb, defaults.max_ratio),
        strict=True,
    ):
        assert RANGES[key].least <= value <= RANGES[key].most  # the default is allowed


@pytest.mark.parametrize("key", KEYS)
def test_a_limit_is_allowed_up_to_both_ends_of_its_range(key: str) -> None:
    rule = RANGES[key]
    assert check_limit(key, rule.least) == rule.least
    assert check_limit(key, rule.most) == rule.most
    assert check_limit(key, f" {rule.least + 1} ") == rule.least + 1


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("offset", ["below", "above", "text"])
def test_a_limit_outside_its_range_is_refused_naming_it(key: str, offset: str) -> None:
    rule = RANGES[key]
    value: object = {"below": rule.least - 1, "above": rule.most + 1, "text": "很多"}[offset]
    with pytest.raises(RuleError) as e:
        check_limit(key, value)
    assert rule.label in e.value.message
    assert f"{rule.least} 到 {rule.most}" in e.value.message
    assert e.value.field == key


def test_the_settings_dialog_shows_saves_and_bounds_the_limits(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.set_setting("xlsx_max_columns", 300)
    dialog = shown(qtbot, SettingsDialog(store))
    tab = dialog.xlsx_tab
    assert dialog.tabs.indexOf(tab) >= 0
    assert {k: s.value() for k, s in tab.spins.items()} == {
        "xlsx_max_rows": 50_000,
        "xlsx_max_columns": 300,
        "xlsx_max_uncompressed_mb": 64,
        "xlsx_max_ratio": 200,
    }
    rows = tab.spins["xlsx_max_rows"]
    rows.setValue(RANGES["xlsx_max_rows"].most + 10)  # past the end: the box holds the most
    assert rows.value() == RANGES["xlsx_max_rows"].most
    tab.spins["xlsx_max_uncompressed_mb"].setValue(1)  # below its least: the box holds it
    assert tab.spins["xlsx_max_uncompressed_mb"].value() == 8
    written: list[str] = []
    real_set = store.set_setting
    monkeypatch.setattr(store, "set_setting", lambda k, v: written.append(k) or real_set(k, v))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert Limits.of(store) == Limits(
        max_rows=1_048_576, max_columns=300, max_uncompressed_mb=8, max_ratio=200
    )
    assert [k for k in written if k.startswith("xlsx_")] == [  # the unchanged are not written
        "xlsx_max_rows",
        "xlsx_max_uncompressed_mb",
    ]
