"""The entry point's GUI fast path agrees with the full command-line parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from swdesk import cli, entry

REPO = Path(__file__).resolve().parent.parent


def run_python(
    code: str, *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter (a real start: nothing imported yet); must exit 0."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "a.db"],
        ["--db=a.db"],
        ["--db", "a.db", "--lang", "en"],
        ["--lang=zh_CN", "--db", "x y.db"],
        ["--self-test"],
        ["--db", "a.db", "--db", "b.db"],  # the last one wins, as in argparse
        ["--db="],
    ],
)
def test_gui_fast_path_agrees_with_the_full_parser(argv: list[str]) -> None:
    fast = entry.gui_args(argv)
    full = cli.parse(argv)
    assert fast is not None and not isinstance(full, int)
    for key in ("db", "lang", "self_test", "command"):
        assert getattr(fast, key) == getattr(full, key), key


@pytest.mark.parametrize(
    "argv",
    [
        ["workers", "list"],
        ["--db", "a.db", "villages", "list"],
        ["--lang", "fr"],  # the full parser says which languages exist
        ["--db"],  # missing value
        ["--db", "--lang", "en"],
        ["--help"],
        ["--version"],
        ["--d", "a.db"],  # abbreviations are argparse's business
        ["-x"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert entry.gui_args(argv) is None


def test_bad_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["--lang", "fr"]) == cli.EXIT_USAGE
    assert "用法错误" in capsys.readouterr().err


def test_gui_start_does_not_import_the_command_line() -> None:
    """Opening the window must not pay for building every command area's parser."""
    code = (
        "import sys\n"
        "from swdesk import app, entry\n"
        "app.run = lambda args: print(args.db, args.lang, 'swdesk.cli' in sys.modules) or 0\n"
        "sys.exit(entry.main(['--db', 'x.db', '--lang', 'en']))\n"
    )
    done = run_python(code)
    assert done.stdout.split() == ["x.db", "en", "False"]


def test_log_is_rotated_when_opened_over_the_limit(tmp_path: Path) -> None:
    from swdesk import logsetup

    log = tmp_path / "swdesk.log"
    assert not logsetup.rotate(log)  # no file yet
    log.write_text("small\n", encoding="utf-8")
    assert not logsetup.rotate(log, max_bytes=100)
    for generation in ("a", "b", "c", "d"):
        log.write_text(generation * 200, encoding="utf-8")
        assert logsetup.rotate(log, max_bytes=100, backups=3)
        assert not log.exists()
    kept = {p.name: p.read_text(encoding="utf-8")[0] for p in tmp_path.iterdir()}
    assert kept == {"swdesk.log.1": "d", "swdesk.log.2": "c", "swdesk.log.3": "b"}


def test_gui_start_pauses_cyclic_collection_until_the_app_turns_it_on() -> None:
    """Start-up objects live as long as the program: collecting them is wasted work until
    the window is up (swdesk.app turns it on at the first paint); any way out turns it on."""
    code = (
        "import gc, sys\n"
        "from swdesk import app, entry\n"
        "app.run = lambda args: print('during', gc.isenabled()) or 0\n"
        "code = entry.main(['--db', 'x.db'])\n"
        "print('after', gc.isenabled())\n"
        "sys.exit(code)\n"
    )
    done = run_python(code)
    assert done.stdout.split() == ["during", "False", "after", "True"]


def first_paint_probe(report: str, prelude: str = "") -> str:
    """A real start (``swdesk --db FILE``, the arguments after the code) that runs ``report``
    (lines of Python, ``self`` the main window) once the main window has painted its list,
    then leaves at once; ``prelude`` runs first, before swdesk is imported."""
    body = "".join(f"        {line}\n" for line in report.strip().splitlines())
    return (
        prelude
        + "\nimport os, sys\n"
        + "from swdesk.ui import main_window\n\n"
        + "real_init = main_window.MainWindow.__init__\n\n"
        + "def init(self, store, parent=None):\n"
        + "    real_init(self, store, parent)\n\n"
        + "    def painted():\n"
        + body
        + "        sys.stdout.flush()\n"
        + "        os._exit(0)\n\n"
        + "    self.firstPainted.connect(painted)\n\n"
        + "main_window.MainWindow.__init__ = init\n"
        + "from swdesk import entry\n"
        + "sys.exit(entry.main(sys.argv[1:]))\n"
    )


# Reports, when the main window has painted, whether Qt's namespace enums exist yet and how
# many rows the list shows.
_FIRST_PAINT_PROBE = first_paint_probe(
    """
built = "Qt" in vars(QtCore)
print("qt-namespace-built" if built else "qt-namespace-not-built")
print("qicon-built" if "QIcon" in vars(QtGui) else "qicon-not-built")
print("rows", self.workers_page.model.rowCount())
print("sorting", self.workers_page.view.isSortingEnabled())
""",
    prelude="from PySide6 import QtCore, QtGui\n",
)


def test_main_window_paints_before_qt_namespace_is_built(tmp_path: Path) -> None:
    """Qt's namespace (``Qt.…``: ~100 enums, ~20 ms on the target machines) and the QIcon
    class (its ~150 theme icons are an enum; the window's icon is set after the paint) are
    first used after the main window has painted its list, not before: a guard for the
    start-up time (bench/ measures it; this checks the cause without a clock)."""
    import os

    from swdesk.services import demo
    from swdesk.store import open_store
    from swdesk.store.unit import initialize

    db = tmp_path / "w.db"
    with open_store(db) as store:
        initialize(store, "township", "510104001", "测试街道")
        demo.fill(store, 30, seed=1)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = run_python(_FIRST_PAINT_PROBE, "--db", str(db), env=env, timeout=120)
    # Sorting is switched on right after the first paint (WorkersPage.finish_setup).
    assert done.stdout.split() == [
        "qt-namespace-not-built",
        "qicon-not-built",
        "rows",
        "30",
        "sorting",
        "False",
    ]


def test_gui_start_loads_its_qt_free_modules_before_pyside6() -> None:
    """Modules imported after PySide6 pay for its import hook (it reads their source), so the
    GUI start imports every Qt-free module of the window first (entry._load_data_layer)."""
    code = (
        "import sys\n"
        "from swdesk import entry\n"
        "entry._load_data_layer()\n"
        "before = set(sys.modules)\n"
        "import swdesk.app, swdesk.ui.main_window\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
    )
    done = run_python(code)
    ours = [m for m in done.stdout.split() if m.startswith("swdesk")]
    assert "swdesk.ui.main_window" in ours
    assert [m for m in ours if m != "swdesk.app" and not m.startswith("swdesk.ui.")] == []
    assert "array" not in done.stdout.split()
