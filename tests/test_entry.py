"""The entry point's GUI fast path agrees with the full command-line parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from swdesk import cli, entry

REPO = Path(__file__).resolve().parent.parent


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
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 0, done.stderr
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
