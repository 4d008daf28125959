"""One running swdesk per data file: a second process is told so and changes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from swdesk.store import lock, open_store
from swdesk.store.errors import FileInUse
from swdesk.store.unit import initialize

REPO = Path(__file__).resolve().parent.parent

HOLDER = """
import sys
from pathlib import Path
from swdesk.store import open_store
store = open_store(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
store.close()
print("closed", flush=True)
sys.stdin.readline()
"""


def held(db: Path) -> bool:
    """Whether this process holds the lock of ``db``."""
    return str(db.resolve()) in lock._held


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "swdesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


@pytest.fixture
def township(db_path: Path) -> Path:
    with open_store(db_path) as store:
        initialize(store, "township", "510104001", "测试街道")
    return db_path


@pytest.fixture
def holder(township: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process with the data file open."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(township)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=30)


def test_second_process_refused_while_the_first_holds_the_file(township: Path) -> None:
    store = open_store(township)
    try:
        result = cli(township, "workers", "list", "--json")
        assert result.returncode == 3
        assert "已经在另一个 swdesk 中打开" in result.stderr
        assert result.stdout == ""
    finally:
        store.close()
    result = cli(township, "workers", "list", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_refused_command_changes_nothing(township: Path) -> None:
    store = open_store(township)
    try:
        result = cli(
            township,
            "villages",
            "add",
            "--code",
            "510104001001",
            "--name",
            "和平社区",
            "--kind",
            "urban",
        )
        assert result.returncode == 3
    finally:
        store.close()
    with open_store(township) as store:
        assert store.scalar("SELECT count(*) FROM villages") == 0


def test_this_process_refused_while_another_holds_the_file(
    township: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(FileInUse) as info:
        open_store(township)
    assert "另一个 swdesk" in info.value.message
    assert str(township) in info.value.message
    assert not held(township)

    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "closed"
    # the other process still runs, but it closed the file: now it opens
    with open_store(township) as store:
        assert store.unit_code == "510104001"


def test_lock_released_when_the_holder_dies(township: Path, holder: subprocess.Popen[str]) -> None:
    with pytest.raises(FileInUse):
        open_store(township)
    holder.kill()
    holder.wait(timeout=30)
    with open_store(township) as store:
        assert store.is_initialized


def test_lock_is_reentrant_within_a_process(township: Path) -> None:
    a = open_store(township)
    b = open_store(township)  # the GUI and a dialog in the same process may both open it
    b.close()
    assert held(township)  # a still holds it
    a.close()
    assert not held(township)


def test_clone_shares_the_lock_and_does_not_release_it(township: Path) -> None:
    store = open_store(township)
    clone = store.clone()
    clone.close()
    assert held(township)
    result = cli(township, "workers", "list", "--json")
    assert result.returncode == 3
    store.close()
    assert not held(township)
