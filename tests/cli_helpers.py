"""Shared by the CLI tests: run one command against a data file, and a new township file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from swdesk import cli
from swdesk.store import Store, open_store
from swdesk.store.unit import initialize


def run_argv(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``swdesk argv…``: exit code, stdout, stderr."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    """``swdesk --db DB argv…``: exit code, stdout, stderr."""
    return run_argv(capsys, "--db", str(db), *argv)


@contextmanager
def township_file(path: Path) -> Iterator[Store]:
    """A new data file set up as township 510104001 (测试街道), open for filling in."""
    with open_store(path) as store:
        initialize(store, "township", "510104001", "测试街道")
        yield store
