"""The README's command lines agree with the argument parser, so a reader can type them.

Every command the parser knows is shown in the README's "Command line" block with every one of
its options, and every option shown exists on that command.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from swdesk.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")


@dataclass
class Command:
    """One (sub)command of the parser: its path of words and its options."""

    path: tuple[str, ...]
    parser: argparse.ArgumentParser
    flags: set[str] = field(default_factory=set)  # long options, ``--help`` left out
    children: dict[str, argparse.ArgumentParser] = field(default_factory=dict)
    runs_alone: bool = False  # a group whose action is optional (``swdesk indicators``)


def _command(path: tuple[str, ...], parser: argparse.ArgumentParser) -> Command:
    c = Command(path, parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            c.children = dict(action.choices)
            c.runs_alone = not action.required
        elif action.help != argparse.SUPPRESS and not isinstance(action, argparse._HelpAction):
            c.flags.update(s for s in action.option_strings if s.startswith("--"))
    return c


def _commands() -> dict[tuple[str, ...], Command]:
    found: dict[tuple[str, ...], Command] = {}
    todo = [((), build_parser())]
    while todo:
        path, parser = todo.pop()
        c = found[path] = _command(path, parser)
        todo.extend(((*path, name), sub) for name, sub in c.children.items())
    return found


def _readme_lines() -> list[str]:
    """The ``swdesk …`` lines of the Command line block, continuation lines joined on."""
    text = README.read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```", 2)[1]
    lines: list[str] = []
    for raw in block.splitlines():
        if raw.startswith("swdesk "):
            # "swdesk … / sync resolve …": two commands on one line
            first, *more = raw.split(" / ")
            lines.append(first)
            lines.extend(f"swdesk {m}" for m in more)
        elif raw[:1].isspace() and lines:
            lines[-1] += " " + raw.strip()
    return lines


def _split(line: str, commands: dict[tuple[str, ...], Command]) -> tuple[tuple[str, ...], str]:
    """Which command a README line shows, and the rest of the line (its options)."""
    words = line.split()[1:]
    path: tuple[str, ...] = ()
    i = 0
    while i < len(words):
        if not path and words[i] in ("--db", "--lang"):
            i += 2  # a global option and its value, before the command
        elif words[i] in commands[path].children:
            path += (words[i],)
            i += 1
        else:
            break
    return path, " ".join(words[i:])


def test_the_readme_starts_with_the_two_commands() -> None:
    first_block = README.read_text(encoding="utf-8").split("```")[1].splitlines()
    assert [ln.split("#")[0].strip() for ln in first_block[1:] if ln.strip()] == [
        "bash dev.sh run",
        "bash dev.sh test",
    ]


def readme_problems(lines: list[str]) -> list[str]:
    """What is wrong with these README lines, judged by the parser (empty: nothing)."""
    commands = _commands()
    shown: dict[tuple[str, ...], set[str]] = {}
    problems: list[str] = []
    for line in lines:
        path, rest = _split(line, commands)
        c = commands[path]
        if c.children and path and not c.runs_alone:
            # a group without its action (bare ``swdesk`` opens the GUI)
            group = " ".join(("swdesk", *path))
            problems.append(f"{line!r}: {group} needs one of {sorted(c.children)}")
            continue
        flags = set(FLAG.findall(rest))
        unknown = flags - c.flags
        if unknown:
            problems.append(f"{line!r}: {' '.join(path)} has no {sorted(unknown)}")
        shown.setdefault(path, set()).update(flags)
    for path, c in commands.items():
        if c.children and path and not c.runs_alone:
            continue
        name = " ".join(("swdesk", *path))
        if path not in shown:
            problems.append(f"{name} is not in the README")
            continue
        for flag in sorted(c.flags - shown[path]):
            problems.append(f"{name}: the README never shows {flag}")
    return problems


def test_readme_command_lines_match_the_parser() -> None:
    assert readme_problems(_readme_lines()) == []


def _edited(old: str, new: str | None) -> list[str]:
    lines = _readme_lines()
    assert old in lines
    return [ln for ln in lines if ln != old] + ([new] if new else [])


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            "swdesk training status [--json] [--at YYYY-MM-DD]",
            "swdesk training status [--jason]",
            "training status has no ['--jason']",
        ),
        ("swdesk restore FILE", "swdesk exam", "swdesk exam needs one of"),
        (
            "swdesk --db C sync enroll --township CODE --name NAME --out FILE"
            "   (hand it over, don't e-mail)",
            "swdesk --db C sync enroll --township CODE --out FILE",
            "swdesk sync enroll: the README never shows --name",
        ),
        ("swdesk appraisal list --year Y [--json]", None, "swdesk appraisal list is not in"),
        (
            "swdesk backup [--out FILE]",
            "swdesk backup",
            "swdesk backup: the README never shows --out",
        ),
        ("swdesk --version", None, "swdesk: the README never shows --version"),
    ],
)
def test_a_wrong_line_is_reported(old: str, new: str | None, problem: str) -> None:
    """The check can fail: a mistyped option, a bare command group, an option left out and a
    command left out are each reported."""
    assert any(problem in p for p in readme_problems(_edited(old, new)))
