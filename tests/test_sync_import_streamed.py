"""A big package is read a table at a time as it is decompressed (``package.STREAM_FROM``) and
its new rows are written ``merge.FRESH_CHUNK`` at a time: the import holds far less than the
whole package, and merges, checks and refuses exactly as reading it whole does."""

from __future__ import annotations

import json
import random
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from sync_fixtures import World, add_worker
from test_sync_bad_packages import CASES, _payload, _sealed, env
from test_sync_bad_packages import test_bad_package_rejected_with_its_reason as bad_case

from swdesk.store import Store, training
from swdesk.sync import envelope, merge, package, receipt, stream
from swdesk.sync.envelope import Rejected

__all__ = ["env"]  # the bad-package corpus's county, for its cases read a table at a time


@pytest.fixture
def streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every package read a table at a time, however small."""
    monkeypatch.setattr(package, "STREAM_FROM", 0)


# -- the reader -----------------------------------------------------------------------------
def _doc() -> dict[str, Any]:
    rows = [
        ['a\u4e2d\u6587"\\\n', 12345678901234567890, -1.5e-7, None, True, "\U0001f600", 0],
        ["b", 3, 1e300, "", False, "\\u0041", -0],
    ]
    return {
        "manifest": {"sender": {"code": "x"}, "sequence": 3, "n": [1, {"k": "v"}]},
        "tables": {
            "villages": {"columns": ["id", "n"], "rows": rows},
            "empty": {"columns": [], "rows": []},
            "workers": {"columns": ["id"], "rows": [["w"] * 3 for _ in range(50)]},
        },
        "blobs": {"ab": "AA=="},
    }


def _read(text: bytes, step: int) -> dict[str, Any]:
    """``stream.read_document`` fed ``step`` bytes at a time, put back together."""
    out: dict[str, Any] = {"tables": {}}
    chunks = (text[i : i + step] for i in range(0, len(text), step))
    for kind, value in stream.read_document(chunks):
        if kind == "table":
            out["tables"][value[0]] = value[1]
        else:
            out[kind] = value
    return out


@pytest.mark.parametrize("step", [1, 2, 3, 7, 64, 1 << 20])
@pytest.mark.parametrize("indent", [None, 2])
def test_reader_gives_what_json_loads_gives(step: int, indent: int | None) -> None:
    """Values cut anywhere by the chunks (a number, a character of several bytes, an escape)
    read as ``json.loads`` reads the whole text, with or without whitespace."""
    doc = _doc()
    text = json.dumps(doc, ensure_ascii=False, indent=indent).encode()
    assert _read(text, step) == json.loads(text) == doc
    no_blobs = {k: v for k, v in doc.items() if k != "blobs"}
    assert _read(json.dumps(no_blobs).encode(), step) == {**no_blobs, "blobs": {}}


@pytest.mark.parametrize(
    "text",
    [
        b'{"tables": {}, "manifest": {}}',  # another order
        b'{"manifest": {}, "tables": {}, "blobs": {}, "blobs": {}}',  # a key twice
        b'{"manifest": {}, "tables": {"t": {"columns": [], "rows": []}, "t": {"columns": []'
        b', "rows": []}}}',  # a table twice: json.loads keeps the last one
        b'{"manifest": {}, "tables": {"t": {"rows": [], "columns": []}}}',
        b'{"manifest": {}, "tables": {"t": {"columns": [], "rows": {}}}}',
        b'{"manifest": {}, "tables": {"t": {"columns": [], "rows": [1 2]}}}',
        b'{"manifest": {}, "tables": {}} x',  # something after the end
        b'{"manifest": {}, "tables": {}',  # cut short
        b'{"manifest": {}, "tables": {"t": {"columns": [], "rows": [[1], [2]',
        b'\xef\xbb\xbf{"manifest": {}, "tables": {}}',  # a byte-order mark
        b'{"manifest": "\xff", "tables": {}}',  # not UTF-8
        b"[]",
        b"",
    ],
)
def test_reader_leaves_any_other_layout_to_json_loads(text: bytes) -> None:
    with pytest.raises(stream.NotCanonical):
        _read(text, 5)


# -- the corpus of bad packages, read a table at a time --------------------------------------
@pytest.mark.parametrize("case", list(CASES))
def test_bad_package_read_a_table_at_a_time_is_refused_alike(
    env: dict[str, object], case: str, streamed: None
) -> None:
    bad_case(env, case)


def _doc_of(t: Store, **parts: Any) -> bytes:
    return json.dumps(
        {**json.loads(_payload(t, villages=[])), **parts}, ensure_ascii=False
    ).encode()


@pytest.mark.parametrize(
    ("make", "code", "reason"),
    [
        (lambda t: _doc_of(t, blobs={"x": "不是base64"}), "malformed", "附件"),
        (lambda t: _doc_of(t, blobs=[]), "malformed", "结构"),
        (lambda t: _doc_of(t, manifest=[]), "malformed", "结构"),
        (lambda t: _payload(t, 9), "malformed", "清单与文件头不一致"),
        (lambda t: _doc_of(t)[:-1], "malformed", "无法读取内容"),
        (lambda t: b'{"tables": {}, "manifest": {}}', "malformed", "清单与文件头不一致"),
        (lambda t: b'{"tables": {}}', "malformed", "无法读取内容"),
    ],
)
def test_content_refused_for_the_same_reason_either_way(
    env: dict[str, object], monkeypatch: pytest.MonkeyPatch, make: Any, code: str, reason: str
) -> None:
    """A package whose content as a whole is wrong says the same reason whether it is read
    whole or a table at a time (where a fault at the end comes out after the tables)."""
    c: Store = env["c"]  # type: ignore[assignment]
    a: Store = env["a"]  # type: ignore[assignment]
    bad = env["root"] / "content.swsync"  # type: ignore[operator]
    bad.write_bytes(_sealed(a, make(a)))
    said = []
    for start in (1 << 40, 0):  # whole, then a table at a time
        monkeypatch.setattr(package, "STREAM_FROM", start)
        (res,) = merge.import_files(c, [bad])
        said.append((res.accepted, res.code, res.reason))
    assert said[0] == said[1] == (False, code, said[0][2])
    assert f"（{reason}）" in str(said[0][2])


# -- a big township ---------------------------------------------------------------------------
def _big_township(w: World, workers: int = 40, events: int = 60) -> None:
    """``workers`` people, each at ``events`` trainings: most rows are training records."""
    rng = random.Random(3)
    ids = [add_worker(w.a, k, f"人{k}") for k in range(workers)]
    for e in range(events):
        day = f"2024-{1 + e % 12:02d}-{1 + e % 28:02d}"
        ev = training.add_event(
            w.a,
            {"title": f"第{e}期", "start_date": day, "end_date": day, "hours": 3, "mode": "面授"},
        )
        training.attend(w.a, ev, rng.sample(ids, workers))


def _import_peak(
    w: World, path: Path, *, dry_run: bool = True
) -> tuple[int, list[tuple[Any, ...]]]:
    """The peak of memory allocated while importing ``path`` (tracemalloc, over what was held
    before), and what the import did."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        res = merge.import_files(w.county, [path], dry_run=dry_run)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    return peak, [(r.accepted, r.code, r.duplicate, r.tables, r.missing) for r in res]


@pytest.mark.parametrize("fmt", [1, 2])
def test_a_big_package_is_applied_in_bounded_pieces(
    world: World, monkeypatch: pytest.MonkeyPatch, fmt: int
) -> None:
    """The same package imported read whole (as every package was) and read a table at a
    time, new rows written 200 at a time: the same outcome and county. In package format 2
    (what a county that reads it receives) at well under the memory: reading it whole holds
    its text, all its rows and copies of its biggest table. (Format 1's xz decompressor keeps
    its 8 MB dictionary while the rows are read: a constant, not a share of the package.)"""
    _big_township(world, workers=60, events=100)
    if fmt == 2:
        receipt.load(world.a, receipt.make(world.county, world.a.unit_code))
    path = world.export(world.a)
    assert package.open_package(world.county, path.read_bytes()).envelope.header["format"] == fmt
    monkeypatch.setattr(package, "STREAM_FROM", 1 << 40)
    monkeypatch.setattr(merge, "FRESH_CHUNK", 1 << 40)
    whole, did_whole = _import_peak(world, path)
    monkeypatch.setattr(package, "STREAM_FROM", 0)
    monkeypatch.setattr(merge, "FRESH_CHUNK", 200)
    pieces, did_pieces = _import_peak(world, path)
    assert did_pieces == did_whole
    assert did_whole[0][3]["training_records"]["new"] == 60 * 100
    if fmt == 2:
        assert pieces < 0.75 * whole, (pieces, whole)
    # And for real: the county holds every row, as the township does.
    _peak, did = _import_peak(world, path, dry_run=False)
    assert did == did_whole
    count = "SELECT COUNT(*) FROM training_records"
    assert world.county.scalar(count) == world.a.scalar(count) == 60 * 100


def test_verified_package_is_not_parsed_again_to_check_it(
    world: World, monkeypatch: pytest.MonkeyPatch, streamed: None
) -> None:
    """A big package is verified when the import starts, let go, and read from its file again
    at its turn: then only to apply it (its content was checked from the same bytes)."""
    _big_township(world, workers=5, events=4)
    path = world.export(world.a)
    reads: list[int] = []
    real = package.read_document

    def counting(chunks: Any) -> Any:
        reads.append(1)
        return real(chunks)

    monkeypatch.setattr(package, "read_document", counting)
    (res,) = merge.import_files(world.county, [path])
    assert res.accepted and res.total("new") > 20
    assert len(reads) == 2  # checked, then applied
    # Another package put in its place between the check and its turn: checked in full
    # before it is applied.
    add_worker(world.a, 99, "新人")
    first, second = world.export(world.a), world.export(world.a)
    reads.clear()
    original = merge._read_again

    def swapped(store: Store, p: Path) -> package.Package:
        p.write_bytes(second.read_bytes())
        return original(store, p)

    monkeypatch.setattr(merge, "_read_again", swapped)
    (res,) = merge.import_files(world.county, [first])
    assert (res.accepted, res.sequence, res.missing) == (True, 3, [2])
    assert len(reads) == 3  # checked, checked again (other bytes), applied


# -- decompressing a piece at a time ----------------------------------------------------------
@pytest.mark.parametrize("comp", ["xz", "zstd"])
@pytest.mark.parametrize(
    ("cut", "declare", "expect"),
    [
        (0, 0, "same"),
        (0, -1, "bomb"),  # more comes out than declared
        (0, -400_000, "bomb"),
        (0, 1, "malformed"),  # less
        (200, 0, "bomb"),  # the frame cut short
        (None, 0, "garbled"),
    ],
)
def test_decompressing_in_pieces_keeps_the_limits(
    monkeypatch: pytest.MonkeyPatch, comp: str, cut: int | None, declare: int, expect: str
) -> None:
    """The body comes out in pieces, and is refused for a size that does not match the
    declared one (a bomb, or a file cut short), whichever piece finds it. A garbled xz body
    is refused; zstandard frames carry no checksum (the JSON then fails to read)."""
    monkeypatch.setattr(envelope, "_OUT_STEP", 4096)
    plain = json.dumps([[f"第{i}行", i, "x" * (i % 50)] for i in range(20_000)]).encode()
    body = envelope.compress(plain, comp)
    if cut is None:
        body = body[:100] + bytes(b ^ 0x55 for b in body[100:300]) + body[300:]
    elif cut:
        body = body[:-cut]
    pieces: list[bytes] = []
    try:
        pieces.extend(envelope.decompress_stream(body, len(plain) + declare, comp))
        got = "same" if b"".join(pieces) == plain else "garbled"
    except Rejected as e:
        got = e.code
    if expect == "garbled" and comp == "xz":
        expect = "malformed"
    assert got == expect
    assert max(map(len, pieces), default=0) <= 4096 + (1 << 17)  # + one zstandard block
    if expect == "same":
        assert len(pieces) > 4
