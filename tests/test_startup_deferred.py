"""Work a start of the window leaves until it has painted (bench/bench_startup.py times the start):
each piece is checked on both sides of the first paint, in a real start (``swdesk --db FILE``)."""

from __future__ import annotations

import re
from pathlib import Path

from test_entry import run_python
from test_startup_first_paint import start_with_probe

from swdesk.core import text
from swdesk.services import demo
from swdesk.store import open_store
from swdesk.store.unit import initialize

PATTERNS = ("_CONTROL_RE", "_CONTROL_BUT_LINE_BREAK_RE", "_INVISIBLE_RE", "_FULL_WIDTH_ALNUM_RE")

# Prints, when the main window first paints and again once the work after the paint has run,
# which text-cleaning patterns are compiled and whether the search box has its clear button.
_PROBE = """
import os, sys
from swdesk.ui import main_window

real_init = main_window.MainWindow.__init__
NAMES = sys.argv[-1].split(",")

def report(when, window):
    from swdesk.core import text
    compiled = [n for n in NAMES if not type(text.__dict__[n]).__name__ == "_FirstUse"]
    clear = window.workers_page.filter_bar.search.isClearButtonEnabled()
    print(when, ",".join(compiled) or "-", "clear" if clear else "noclear")
    sys.stdout.flush()

def init(self, store, parent=None):
    real_init(self, store, parent)

    def painted():
        report("painted", self)
        self.workers_page.setupFinished.connect(lambda: (report("after", self), os._exit(0)))

    self.firstPainted.connect(painted)

main_window.MainWindow.__init__ = init
from swdesk import entry
sys.exit(entry.main(sys.argv[1:-1]))
"""


def test_text_patterns_and_clear_button_come_after_the_first_paint(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with open_store(db) as store:
        initialize(store, "township", "510104001", "测试街道")
        demo.fill(store, 30, seed=1)
    out = start_with_probe(tmp_path, _PROBE, db, ",".join(PATTERNS))
    lines = [line.split() for line in out.splitlines()]
    assert lines[0] == ["painted", "-", "noclear"], out
    # The clear button is there once the page has finished its setup (before anyone can type).
    assert lines[1][0] == "after" and lines[1][2] == "clear", out


def test_a_pattern_compiles_on_first_use_and_then_takes_its_stand_ins_place() -> None:
    """In a fresh interpreter: importing the store compiles nothing; the first cleaning
    compiles what it uses, and the module then holds the compiled pattern itself."""
    done = run_python(
        "import re, swdesk.store\n"
        "from swdesk.core import text\n"
        "names = " + repr(PATTERNS) + "\n"
        "print(*[isinstance(text.__dict__[n], re.Pattern) for n in names])\n"
        "print(text.clean_text('王\\u200b五', '姓名'))\n"
        "print(*[isinstance(text.__dict__[n], re.Pattern) for n in names])\n"
    )
    before, cleaned, after = done.stdout.splitlines()
    assert before.split() == ["False"] * 4
    assert cleaned == "王五"
    assert after.split() == ["False", "False", "True", "False"]  # only the invisible marks


def test_a_stand_in_held_elsewhere_still_works_as_its_pattern() -> None:
    stand_in = text._FirstUse("_unused_name_for_test", "[ab]")
    assert stand_in.sub("", "cabd") == "cd"
    assert stand_in.search("xxbx").group() == "b"
    assert isinstance(text.__dict__.pop("_unused_name_for_test"), re.Pattern)


def test_cleaning_still_refuses_control_characters_and_folds_full_width() -> None:
    assert text.clean_text("ＡＢ１２，好", "备注", prose=True) == "AB12，好"
    assert text.search_text("王\x00五") == "王五"
    assert text.clean_text("一\n二", "备注", multiline=True) == "一\n二"
    try:
        text.clean_text("王\t五", "姓名")
    except text.RuleError as e:
        assert "制表符" in e.message
    else:
        raise AssertionError("a tab inside a name was accepted")
