"""Package format 2 (zstandard): sent only to a county that said it reads it; format 1 still
read; receipts and enrollment files unchanged."""

from __future__ import annotations

import json
import lzma
from collections.abc import Iterator
from pathlib import Path

import pytest
import zstandard
from sync_fixtures import COUNTY, World, add_worker, two_townships

from swdesk import __version__
from swdesk.store import Store, workers
from swdesk.sync import enroll, envelope, keys, merge, package, receipt, versions
from swdesk.sync.envelope import Rejected, compress, decompress, pack, unpack


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with two_townships(tmp_path) as w:
        yield w


def _header(path: Path) -> dict[str, object]:
    return unpack(path.read_bytes(), "package").header


def _take_receipt(w: World, t: Store) -> None:
    receipt.load(t, receipt.make(w.county, t.unit_code))


def _old_receipt(w: World, t: Store) -> bytes:
    """A receipt as a county from before format 2 writes it: no program version, no formats."""
    env = unpack(receipt.make(w.county, t.unit_code), "receipt")
    body = json.loads(decompress(env.body, env.header["plain_size"]))
    del body["app_version"], body["package_formats"]
    plain = json.dumps(body, ensure_ascii=False).encode()
    sign = keys.require_own(w.county, keys.SIGN)
    header = {**env.header, "plain_size": len(plain)}
    return pack(header, compress(plain), lambda d: keys.sign(sign.private, d))


def _names(c: Store) -> set[str]:
    return {w["name"] for w in workers.list_public(c, "")}


def test_township_without_a_receipt_sends_format_1_and_the_county_reads_it(world: World) -> None:
    add_worker(world.a, 1, "李一")
    path = world.export(world.a)
    h = _header(path)
    assert (h["format"], h["comp"]) == (1, "xz")
    assert versions.export_format(world.a) == 1
    (res,) = merge.import_files(world.county, [path])
    assert res.accepted, res.reason
    assert "李一" in _names(world.county)


def test_after_a_receipt_saying_format_2_the_township_sends_format_2(world: World) -> None:
    _take_receipt(world, world.a)
    last = json.loads(world.a.meta("sync_last_receipt") or "{}")
    assert last["package_formats"] == [1, 2]
    assert last["county_app_version"] == __version__
    assert receipt.township_status(world.a)["package_format"] == 2
    add_worker(world.a, 2, "王二")
    res = package.export(world.a, world.root / "v2.swsync")
    assert res.format == 2
    path = res.path
    h = _header(path)
    assert (h["format"], h["comp"]) == (2, "zstd")
    (res,) = merge.import_files(world.county, [path])
    assert res.accepted, res.reason
    assert "王二" in _names(world.county)
    # The other township has no receipt yet: it still sends format 1.
    add_worker(world.b, 3, "赵三")
    assert _header(world.export(world.b))["format"] == 1


def test_full_format_2_package_carries_the_same_rows_as_format_1(world: World) -> None:
    for k in range(5):
        add_worker(world.a, 10 + k, f"人{k}")
    one = world.export(world.a, full=True)
    _take_receipt(world, world.a)
    two = world.export(world.a, full=True)
    opened = [package.open_package(world.county, p.read_bytes()) for p in (one, two)]
    assert [p.envelope.header["format"] for p in opened] == [1, 2]
    assert opened[0].row_counts()["workers"] == opened[1].row_counts()["workers"] == 5
    assert opened[1].manifest["format"] == 2
    assert opened[0].tables["workers"] == opened[1].tables["workers"]


def test_an_old_county_receipt_means_format_1(world: World) -> None:
    _take_receipt(world, world.a)
    assert versions.export_format(world.a) == 2
    # The county went back to an older program: its receipt says nothing of formats.
    res = receipt.load(world.a, _old_receipt(world, world.a))
    assert res.held == []
    assert versions.county_reads(world.a) == [1]
    assert versions.export_format(world.a) == 1
    add_worker(world.a, 4)
    assert _header(world.export(world.a))["format"] == 1


def test_a_county_that_reads_only_format_1_refuses_format_2_asking_to_upgrade(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    _take_receipt(world, world.a)
    add_worker(world.a, 5)
    path = world.export(world.a)
    # The reading side of a county program from before format 2.
    monkeypatch.setitem(envelope.READS, "package", (1,))
    before = world.county.conn.execute("SELECT count(*) FROM workers").fetchone()[0]
    (res,) = merge.import_files(world.county, [path])
    assert (res.accepted, res.code) == (False, "future_format")
    assert "升级" in res.reason and "第 2 版" in res.reason
    assert world.county.conn.execute("SELECT count(*) FROM workers").fetchone()[0] == before


def test_county_reads_what_this_program_reads_and_nothing_else(world: World) -> None:
    # A county that says it reads a format this program does not know: the newest common one.
    world.a.set_meta("sync_last_receipt", json.dumps({"package_formats": [1, 2, 7]}))
    assert versions.export_format(world.a) == 2
    world.a.set_meta("sync_last_receipt", json.dumps({"package_formats": [7]}))
    assert versions.export_format(world.a) == 1


@pytest.mark.parametrize(
    ("body", "formats", "version"),
    [
        ({}, [1], None),
        ({"package_formats": "2", "app_version": 3}, [1], None),
        ({"package_formats": [2, "x"]}, [1], None),
        ({"package_formats": [2, 1, 2], "app_version": "9.9"}, [1, 2], "9.9"),
    ],
)
def test_what_a_receipt_says_it_reads(
    body: dict[str, object], formats: list[int], version: str | None
) -> None:
    assert versions.from_receipt(body) == {
        "county_app_version": version,
        "package_formats": formats,
    }


def test_enrollment_and_receipts_stay_format_1(world: World, tmp_path: Path) -> None:
    data = enroll.enroll(world.county, f"{COUNTY}102", "丙镇")
    assert unpack(data, "enroll").header["format"] == 1
    from sync_fixtures import township_store

    c = township_store(tmp_path / "c3.db", world.county, f"{COUNTY}102", "丙镇")
    try:
        assert enroll.county_of(c)["code"] == COUNTY
        made = receipt.make(world.county, c.unit_code)
        h = unpack(made, "receipt").header
        assert (h["format"], h["comp"]) == (1, "xz")
        receipt.load(c, made)
        add_worker(c, 6, "孙六")
        path = package.export(c, tmp_path / "c3.swsync").path
        assert _header(path)["format"] == 2
        (res,) = merge.import_files(world.county, [path])
        assert res.accepted, res.reason
    finally:
        c.close()


def test_a_receipt_of_a_newer_format_is_refused_asking_to_upgrade(world: World) -> None:
    env = unpack(receipt.make(world.county, world.a.unit_code), "receipt")
    sign = keys.require_own(world.county, keys.SIGN)
    data = pack({**env.header, "format": 2}, env.body, lambda d: keys.sign(sign.private, d))
    with pytest.raises(Rejected) as e:
        receipt.load(world.a, data)
    assert e.value.code == "future_format"
    assert versions.export_format(world.a) == 1


def test_a_format_2_package_opened_as_a_receipt_is_the_wrong_kind(world: World) -> None:
    _take_receipt(world, world.a)
    path = world.export(world.a)
    with pytest.raises(Rejected) as e:
        receipt.load(world.a, path.read_bytes())
    assert e.value.code == "wrong_kind"


def _sealed_v2(t: Store, plain: bytes, compressed: bytes) -> bytes:
    fields = {"seq": 50, "created_at": "x", "full": False, "covers": []}
    return package.seal_package(t, plain, fields, compressed=compressed, version=2)


@pytest.mark.parametrize(
    ("code", "plain", "body"),
    [
        # 50 MB of spaces in a few KB, declared as two bytes.
        ("bomb", b"{}", zstandard.ZstdCompressor().compress(b" " * 50_000_000)),
        # Shorter than declared: the frame ends before the declared size.
        ("malformed", b"{" + b" " * 99 + b"}", zstandard.ZstdCompressor().compress(b"{}")),
        # Cut short: the frame never ends.
        ("bomb", b"{}" * 5000, zstandard.ZstdCompressor().compress(b"{}" * 5000)[:-8]),
        ("malformed", b"{}", b"not zstandard at all"),
        # An xz body in a format 2 package is not read as xz.
        ("malformed", b"{}", lzma.compress(b"{}", format=lzma.FORMAT_XZ)),
    ],
)
def test_bad_format_2_bodies_are_refused(
    world: World, tmp_path: Path, code: str, plain: bytes, body: bytes
) -> None:
    add_worker(world.a, 7)
    assert merge.import_files(world.county, [world.export(world.a)])[0].accepted
    bad = tmp_path / "bad.swsync"
    bad.write_bytes(_sealed_v2(world.a, plain, body))
    before = world.county.conn.execute("SELECT max(rev) FROM workers").fetchone()
    (res,) = merge.import_files(world.county, [bad])
    assert (res.accepted, res.code) == (False, code), res.reason
    assert world.county.conn.execute("SELECT max(rev) FROM workers").fetchone() == before


def test_zstandard_round_trip_and_size_check() -> None:
    plain = json.dumps([{"姓名": f"张{i}", "n": i} for i in range(2000)]).encode()
    body = compress(plain, "zstd")
    assert len(body) < len(plain) // 4
    assert decompress(body, len(plain), "zstd") == plain
    with pytest.raises(Rejected) as e:
        decompress(body, len(plain) - 1, "zstd")
    assert e.value.code == "bomb"
    with pytest.raises(Rejected) as e:
        decompress(body, len(plain) + 1, "zstd")
    assert e.value.code == "malformed"
