"""Shared fixtures: every test gets its own data folder, log folder and user dirs."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from swdesk.store import Store, open_store, villages
from swdesk.store.unit import initialize

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def pytest_configure(config: pytest.Config) -> None:
    """Compile any form whose .ui changed since its last build: tests never see a stale form."""
    sys.path.insert(0, str(SCRIPTS))
    import build_forms

    build_forms.build()


TOWNSHIP_CODE = "510104001"
VILLAGES = (
    ("510104001001", "和平社区", "urban"),
    ("510104001002", "新民社区", "urban"),
    ("510104001201", "红星村", "rural"),
)


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep logs, default data files and Qt settings out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("SWDESK_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "swdesk.db"


@pytest.fixture
def blank_store(db_path: Path) -> Iterator[Store]:
    """A new data file that has not been set up yet."""
    store = open_store(db_path)
    yield store
    store.close()


@pytest.fixture
def store(blank_store: Store) -> Store:
    """A township data file with three villages."""
    initialize(blank_store, "township", TOWNSHIP_CODE, "测试街道")
    for code, name, kind in VILLAGES:
        villages.add(blank_store, code, name, kind)
    return blank_store


@pytest.fixture
def clean_qsettings() -> Iterator[None]:
    """Forget the Qt settings (last folder, geometry…) a GUI test saved."""
    yield
    from PySide6.QtCore import QSettings

    QSettings().clear()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Any:
    """QMessageBox statics recorded (``ui_helpers.Boxes``), questions answered Yes."""
    from ui_helpers import Boxes

    return Boxes(monkeypatch)


@pytest.fixture
def crashes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Crash dialogs that would have been shown (their details), none really opened."""
    from swdesk.ui import crash_dialog

    seen: list[str] = []

    def fake_exec(self: crash_dialog.CrashDialog) -> int:
        seen.append(self.details.toPlainText())
        return 0

    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", fake_exec)
    return seen


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Any]:
    """A county with townships 甲镇 and 乙镇 enrolled (``sync_fixtures.World``)."""
    from sync_fixtures import two_townships

    with two_townships(tmp_path) as w:
        yield w


@pytest.fixture
def english(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> Iterator[None]:
    """English installed from a .qm built from the committed .ts (the test's own copy)."""
    import build_translations
    from PySide6.QtCore import QCoreApplication, QTranslator

    ts = tmp_path_factory.mktemp("qm") / "swdesk_en.ts"
    ts.write_bytes((build_translations.TRANSLATIONS / "swdesk_en.ts").read_bytes())
    build_translations.compile_ts(ts)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    from swdesk.ui import i18n

    QCoreApplication.installTranslator(translator)
    i18n._current[0] = "en"
    try:
        yield
    finally:
        i18n._current[0] = i18n.DEFAULT
        QCoreApplication.removeTranslator(translator)
