"""Dates outside 1900-01-01 … 2100-12-31, week dates and 30 000-character titles are refused
with a message wherever a date or a training title is taken: core, command line and GUI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run, township_file
from pytestqt.qtbot import QtBot

from swdesk.core import ce
from swdesk.core.dates import EARLIEST, LATEST, parse_iso_date, parse_loose_date
from swdesk.core.errors import RuleError
from swdesk.store import Store, open_store, training
from swdesk.ui.event_editor import EventEditor

OUTSIDE = "不在 1900-01-01 到 2100-12-31 之间"


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ("0001-01-01", OUTSIDE),
        ("9999-12-31", OUTSIDE),
        ("1899-12-31", OUTSIDE),  # one day before the first accepted
        ("2101-01-01", OUTSIDE),  # one day after the last accepted
        (date(1, 1, 1), OUTSIDE),  # a date object is held to the same range
        ("2025-W10-1", "看不懂"),
        ("2025-02-30", "不存在"),
    ],
)
def test_loose_dates_outside_the_range_are_refused(raw: object, needle: str) -> None:
    with pytest.raises(RuleError, match=needle):
        parse_loose_date(raw)


def test_loose_dates_at_the_edges_are_taken() -> None:
    assert parse_loose_date("1900-01-01") == EARLIEST == date(1900, 1, 1)
    assert parse_loose_date("2100-12-31") == LATEST == date(2100, 12, 31)
    assert parse_loose_date(date(2100, 12, 31)) == LATEST


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ("2025-W10-1", "YYYY-MM-DD"),
        ("20250301", "YYYY-MM-DD"),
        ("2025-3-1", "YYYY-MM-DD"),
        ("2025-02-30", "不存在"),
        ("0001-01-01", OUTSIDE),
        ("9999-12-31", OUTSIDE),
        ("1899-12-31", OUTSIDE),
        ("2101-01-01", OUTSIDE),
    ],
)
def test_typed_dates_take_only_year_month_day_in_range(raw: str, needle: str) -> None:
    with pytest.raises(RuleError, match=needle):
        parse_iso_date(raw)


def test_typed_dates_at_the_edges() -> None:
    assert parse_iso_date("1900-01-01") == EARLIEST
    assert parse_iso_date(" 2100-12-31 ") == LATEST


def event(title: str, start: str = "2024-03-01") -> dict[str, object]:
    return {"title": title, "start_date": start, "hours": 6, "mode": "面授"}


def test_titles_up_to_the_limit(store: Store) -> None:
    assert ce.validate_event(event("题" * ce.TITLE_MAX))["title"] == "题" * ce.TITLE_MAX
    for n in (ce.TITLE_MAX + 1, 30_000):
        with pytest.raises(RuleError, match=f"培训名称太长：{n} 个字，最多 100 个字") as e:
            training.add_event(store, event("题" * n))
        assert e.value.field == "title"
    settings = training.ce_settings(store)
    with pytest.raises(RuleError, match="培训名称太长"):
        ce.validate_single(settings, {"title": "课" * 30_000, "end_date": "2024-03-01", "hours": 2})
    assert store.scalar("SELECT COUNT(*) FROM training_events") == 0


# -- command line ---------------------------------------------------------------------------
@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "swdesk.db"
    with township_file(path):
        pass
    return path


def events(db: Path) -> list[dict[str, object]]:
    with open_store(db, daily_backup=False) as s:
        return s.query("SELECT title, start_date FROM training_events")


@pytest.mark.parametrize(
    ("title", "start", "needle"),
    [
        ("伦理", "0001-01-01", OUTSIDE),
        ("伦理", "9999-12-31", OUTSIDE),
        ("伦理", "1899-12-31", OUTSIDE),
        ("伦理", "2101-01-01", OUTSIDE),
        ("伦理", "2025-W10-1", "YYYY-MM-DD"),
        ("题" * 30_000, "2024-03-01", "培训名称太长"),
        ("题" * 101, "2024-03-01", "最多 100 个字"),
    ],
)
def test_cli_refuses_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, title: str, start: str, needle: str
) -> None:
    code, out, err = run(
        capsys, db, "training", "add-event", "--title", title, "--start", start, "--hours", "6"
    )
    assert code == 3 and needle in err and out == ""
    assert events(db) == []


def test_cli_takes_the_edges(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    for title, start in (("题" * 100, "1900-01-01"), ("伦理", "2100-12-31")):
        code, _, err = run(
            capsys, db, "training", "add-event", "--title", title, "--start", start, "--hours", "6"
        )
        assert code == 0, err
    assert sorted(e["start_date"] for e in events(db)) == ["1900-01-01", "2100-12-31"]


# -- GUI ------------------------------------------------------------------------------------
def test_event_editor_shows_the_title_limit(qtbot: QtBot, store: Store) -> None:
    editor = EventEditor(store)
    qtbot.addWidget(editor)
    editor.show()
    editor.title.setText("题" * 101)  # pasted: keyClicks cannot type Chinese
    editor.hours.setValue(6)
    assert editor.save() is False
    error = editor.errors["title"]
    assert error.isVisible() and "培训名称太长：101 个字，最多 100 个字" in error.text()
    assert store.scalar("SELECT COUNT(*) FROM training_events") == 0
    editor.title.setText("题" * 30_000)  # the box holds it all: the rule, not the box, says no
    assert editor.save() is False and "30000 个字" in error.text()
    editor.title.setText("题" * 100)
    with qtbot.waitSignal(editor.saved):
        assert editor.save() is True
    assert store.scalar("SELECT length(title) FROM training_events") == 100
