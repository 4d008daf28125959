"""``swdesk workers import`` and the other commands of ``swdesk.cli`` itself parse without
importing the command areas; everything else still sees every area's parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from swdesk import cli

OWN = [
    ["workers", "import", "a.xlsx"],
    ["--db", "d.db", "workers", "import", "a.xlsx", "--dry-run", "--report", "r.xlsx"],
    ["--db=d.db", "--lang", "en", "--user", "li", "workers", "export", "b.xlsx"],
    ["--lang=zh_CN", "villages", "list", "--json"],
    ["init", "--role", "township", "--unit-code", "510104001000", "--unit-name", "和平街道"],
    ["--db", "d.db", "backup", "--out", "x"],
    ["restore", "f.bak"],
    ["demo", "--workers", "5"],
]


@pytest.mark.parametrize("argv", OWN)
def test_an_own_command_parses_as_with_every_area(argv: list[str]) -> None:
    assert cli._own_command(argv)
    assert cli.build_parser(with_areas=False).parse_args(argv) == cli.build_parser().parse_args(
        argv
    )
    assert cli.parse(argv) == cli.build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["--version"],
        ["--self-test", "workers", "list"],
        ["--d", "d.db", "workers", "list"],  # an abbreviated option: the full parser judges
        ["exam", "--help"],
        ["--db", "d.db", "sync", "export"],
        ["--db"],
    ],
)
def test_anything_else_gets_the_full_parser(argv: list[str]) -> None:
    assert not cli._own_command(argv)


def test_no_area_takes_an_own_command_name() -> None:
    commands = [a.COMMAND for a in cli.areas()]
    assert len(commands) == len(cli.AREA_MODULES) == len(set(commands))
    assert not set(commands) & cli.OWN_COMMANDS
    assert cli._area("workers") is None and cli._area("exam") is not None


def test_a_roster_import_process_loads_no_area() -> None:
    code = (
        "import sys\n"
        "from swdesk import cli\n"
        "cli.parse(['--db', 'd.db', 'workers', 'import', 'a.xlsx'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('swdesk.cli.')))\n"
        "cli.parse(['--db', 'd.db', 'exam', '--help'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    loaded = done.stdout.splitlines()[0]
    assert "swdesk.cli.allowance" not in loaded and "swdesk.cli.indicators" not in loaded
    assert "swdesk.cli.account" in loaded  # every command logs in through it
    assert "exam" in done.stdout  # the area's own help, once it is asked for
