"""A county's start paints its worker list without loading the exam, appraisal and allowance
modules or the passphrase dialog's form: the list asks ``county_views`` only for township
names, and no dialog is shown when the county has no keys to open (or remembers them)."""

from __future__ import annotations

import os
from pathlib import Path

from test_entry import run_python
from test_startup_first_paint import _PROBE

from swdesk.store import open_store
from swdesk.store.unit import initialize

COUNTY_LATER = (
    "swdesk.store.exams",
    "swdesk.store.appraisals",
    "swdesk.core.allowance",
    "swdesk.ui.forms.key_passphrase_dialog",
)


def _loaded_at_first_paint(tmp_path: Path, db: Path, prelude: str = "") -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = run_python(prelude + _PROBE, "--db", str(db), ",".join(COUNTY_LATER), env=env)
    return done.stdout.split()[:2]


def _county(tmp_path: Path) -> Path:
    db = tmp_path / "county.db"
    with open_store(db) as store:
        initialize(store, "county", "510411", "测试县")
    return db


def test_a_county_paints_before_its_exam_appraisal_and_allowance_modules_load(
    tmp_path: Path,
) -> None:
    assert _loaded_at_first_paint(tmp_path, _county(tmp_path)) == ["loaded", "-"]


def test_the_probe_sees_them_when_they_are_loaded(tmp_path: Path) -> None:
    got = _loaded_at_first_paint(tmp_path, _county(tmp_path), "import swdesk.store.exams\n")
    assert got == ["loaded", "swdesk.store.exams"]
