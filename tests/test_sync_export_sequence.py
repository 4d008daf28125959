"""A package on the stick without its record (the program killed right after the rename):
the next export re-uses its number *and its file*, and the county never reads 不一致 for it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sync_fixtures import World, add_worker

from swdesk.store import open_store, sync_state
from swdesk.sync import county as county_mod
from swdesk.sync import merge, package
from swdesk.sync.envelope import read_file, unpack

KILLED_EXPORT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from swdesk.store import open_store
    from swdesk.sync import envelope, package

    real = envelope.write_atomic

    def write_then_die(path, data):
        real(path, data)
        os.kill(os.getpid(), signal.SIGKILL)  # after the rename, before anything else

    package.write_atomic = write_then_die
    store = open_store(Path(sys.argv[1]), daily_backup=False)
    package.export(store, Path(sys.argv[2]))
    """
)


def killed_export(db: Path, out: Path) -> None:
    """``sync export`` in another process, killed (-9) the moment its file is in place."""
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, str(db), str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr


def match(w: World) -> dict[str, bool | None]:
    return {t["code"]: t["checksum_match"] for t in county_mod.status(w.county)["townships"]}


def test_killed_export_leaves_no_record_and_the_next_reuses_its_file(world: World) -> None:
    add_worker(world.a, 1, "李四")
    first = package.export(world.a, world.root)
    assert first.sequence == 1
    add_worker(world.a, 2, "王五")
    stick = world.root / "stick"
    stick.mkdir()
    orphan = stick / package.default_name(world.a, 2)
    world.a.close()
    killed_export(world.root / "a.db", stick)
    assert orphan.is_file()  # on the stick, but the township has no record of it
    a = open_store(world.root / "a.db", daily_backup=False)
    world.a = a
    assert sync_state.export_sequences(a) == [1]
    add_worker(a, 3, "赵六")
    again = package.export(a, stick)
    # The same number, the same file replaced: never two different packages numbered 2.
    assert again.sequence == 2 and again.path == orphan and again.replaced_unrecorded
    assert sorted(p.name for p in stick.iterdir()) == [orphan.name]
    assert unpack(read_file(orphan), "package").header["seq"] == 2
    assert sync_state.export_sequences(a) == [1, 2]
    assert "替换" in again.summary()

    res = merge.import_files(world.county, [first.path, orphan])
    assert all(r.accepted for r in res)
    assert world.county.scalar("SELECT COUNT(*) FROM workers") == 3
    assert match(world)[a.unit_code] is True


def two_packages_of_one_number(world: World) -> tuple[Path, package.ExportResult]:
    """Number 1 written and never recorded (``mail/first.swsync``, one worker), then number
    1 exported again under another name with a second worker: both files exist."""
    add_worker(world.a, 1, "李四")
    world.a.close()
    elsewhere = world.root / "mail"
    elsewhere.mkdir()
    killed_export(world.root / "a.db", elsewhere / "first.swsync")
    orphan = elsewhere / "first.swsync"
    a = open_store(world.root / "a.db", daily_backup=False)
    world.a = a
    add_worker(a, 2, "王五")
    return orphan, package.export(a, world.root / "usb.swsync")


@pytest.mark.parametrize("newer_first", [False, True])
def test_two_packages_of_one_number_read_consistent_in_either_order(
    world: World, newer_first: bool
) -> None:
    orphan, second = two_packages_of_one_number(world)
    a = world.a
    assert second.sequence == 1 and not second.replaced_unrecorded
    # Whatever order the two number-1 files arrive in, the county ends with the newer state.
    order = (second.path, orphan) if newer_first else (orphan, second.path)
    for p in order:
        assert merge.import_files(world.county, [p])[0].accepted
    assert match(world)[a.unit_code] is True
    assert world.county.scalar("SELECT COUNT(*) FROM workers WHERE deleted = 0") == 2
    held = world.county.scalar("SELECT digest FROM sync_packages")
    assert held == unpack(read_file(second.path), "package").digest
