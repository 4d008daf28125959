"""A corpus of bad packages: each refused with its own reason, the county file unchanged."""

from __future__ import annotations

import hashlib
import io
import json
import lzma
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sync_fixtures import COUNTY, VILLAGE_COLUMNS, add_worker, county_store, township_store

from swdesk.store import Store, open_store
from swdesk.sync import keys, merge, package
from swdesk.sync.envelope import MAGIC, READS, pack, unpack

NEXT_FORMAT = max(READS["package"]) + 1


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, object]]:
    c = county_store(tmp_path / "c.db")
    a = township_store(tmp_path / "a.db", c, f"{COUNTY}100", "甲镇")
    b = township_store(tmp_path / "b.db", c, f"{COUNTY}101", "乙镇")
    add_worker(a, 1)
    add_worker(b, 2)
    good = package.export(a, tmp_path / "good.swsync").path
    # Accept one package so both townships' keys are pinned and the county holds data.
    assert merge.import_files(c, [good])[0].accepted
    add_worker(a, 3)
    yield {"c": c, "a": a, "b": b, "root": tmp_path}
    for s in (c, a, b):
        s.close()  # type: ignore[union-attr]


def _repack(data: bytes, signer: Store, **changes: object) -> bytes:
    """Change header fields and sign again with ``signer``'s own key (a forger's valid sig)."""
    e = unpack(data, "package")
    me = keys.require_own(signer, keys.SIGN)
    header = {**e.header, "signer": keys.b64(me.public), **changes}
    return pack(header, e.body, lambda d: keys.sign(me.private, d))


def _sealed(t: Store, plain: bytes, seq: int = 50, **fields: object) -> bytes:
    return package.seal_package(
        t, plain, {"seq": seq, "created_at": "x", "full": False, "covers": [], **fields}
    )


def _payload(t: Store, seq: int = 50, **table_rows: list[list[object]]) -> bytes:
    manifest = {"sender": {"code": t.unit_code}, "sequence": seq, "tables": {}}
    tables = {
        name: {
            "columns": list(VILLAGE_COLUMNS),
            "rows": rows,
        }
        for name, rows in table_rows.items()
    }
    return json.dumps({"manifest": manifest, "tables": tables, "blobs": {}}).encode()


def _other_county_package(root: Path, code: str) -> bytes:
    c2 = county_store(root / f"c2_{code}.db", code=code, name="别的县")
    t2 = township_store(root / f"t2_{code}.db", c2, f"{code}100", "甲镇")
    data = package.export(t2, root / f"other_{code}.swsync").path.read_bytes()
    c2.close(), t2.close()
    return data


def _unknown_township(root: Path, c: Store) -> bytes:
    # A township enrolled in a copy of the county file, never in the real one.
    copy = root / "c_copy.db"
    dst = sqlite3.connect(copy)
    c.conn.backup(dst)
    dst.close()
    c2 = open_store(copy, daily_backup=False)
    from swdesk.sync import enroll

    t3 = open_store(root / "t3.db", daily_backup=False)
    from swdesk.store.unit import initialize

    initialize(t3, "township", f"{COUNTY}199", "未登记镇")
    enroll.join(t3, enroll.enroll(c2, f"{COUNTY}199", "未登记镇"))
    data = package.export(t3, root / "unknown.swsync").path.read_bytes()
    c2.close(), t3.close()
    return data


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


CASES: dict[str, tuple[str, Callable[[dict[str, object], bytes], bytes]]] = {
    "half": ("truncated", lambda e, d: d[: len(d) // 2]),
    "few bytes": ("truncated", lambda e, d: d[:5]),
    "no signature": ("truncated", lambda e, d: d[:-10]),
    "empty (copy interrupted)": ("truncated", lambda e, d: b""),
    "text file": ("not_sync_file", lambda e, d: "姓名,身份证号\n".encode()),
    "trailing bytes": ("malformed", lambda e, d: d + b"\0\0"),
    "body byte flipped": ("bad_signature", lambda e, d: d[:-100] + bytes([d[-100] ^ 1]) + d[-99:]),
    "signature flipped": ("bad_signature", lambda e, d: d[:-1] + bytes([d[-1] ^ 1])),
    "header edited": ("bad_signature", lambda e, d: d.replace(b'"seq": 2', b'"seq": 9', 1)),
    "header not json": ("malformed", lambda e, d: MAGIC + b"\0\0\0\x02{x" + b"\0" * 8 + b"\0" * 64),
    "zip instead": ("not_sync_file", lambda e, d: _zip({"data.json": b"{}"})),
    "zip slip": ("not_sync_file", lambda e, d: _zip({"../../evil.db": b"x"})),
    "a receipt": ("wrong_kind", lambda e, d: _repack(d, e["a"], kind="receipt")),  # type: ignore[arg-type]
    # One past the newest package format this program reads (format 2 is now read).
    "future format": ("future_format", lambda e, d: _repack(d, e["a"], format=NEXT_FORMAT)),  # type: ignore[arg-type]
    "signed by another township": ("wrong_signer", lambda e, d: _repack(d, e["b"])),  # type: ignore[arg-type]
    "claims another township": (
        "wrong_signer",
        lambda e, d: _repack(d, e["a"], **{"from": f"{COUNTY}101"}),
    ),  # type: ignore[arg-type]
    "for another county": ("other_county", lambda e, d: _other_county_package(e["root"], "510412")),  # type: ignore[arg-type]
    "county's old key": ("wrong_key", lambda e, d: _other_county_package(e["root"], COUNTY)),  # type: ignore[arg-type]
    "unknown township": ("unknown_township", lambda e, d: _unknown_township(e["root"], e["c"])),  # type: ignore[arg-type]
    "not encrypted for us": (
        "undecryptable",
        lambda e, d: _repack(
            d,
            e["a"],
            enc={
                **unpack(d, "package").header["enc"],  # type: ignore[arg-type]
                "eph": keys.b64(keys.new_pair(keys.ENC).public),
            },
        ),
    ),
    "zip bomb": (
        "bomb",
        lambda e, d: package.seal_package(
            e["a"],
            b"{}",
            {"seq": 50, "created_at": "x", "full": False, "covers": []},  # type: ignore[arg-type]
            compressed=lzma.compress(b" " * 50_000_000, format=lzma.FORMAT_XZ),
        ),
    ),
    "absurd declared size": ("bomb", lambda e, d: _repack(d, e["a"], plain_size=10**12)),  # type: ignore[arg-type]
    "not json inside": ("malformed", lambda e, d: _sealed(e["a"], b"\xff not json")),  # type: ignore[arg-type]
    "manifest for other seq": ("malformed", lambda e, d: _sealed(e["a"], _payload(e["a"], 7))),  # type: ignore[arg-type]
    "rows of another unit": (
        "foreign_rows",
        lambda e, d: _sealed(
            e["a"],
            _payload(  # type: ignore[arg-type]
                e["a"],
                villages=[["v1", "t", "t", f"{COUNTY}101", 1, 0, f"{COUNTY}101001", "x", "urban"]],
            ),
        ),
    ),  # type: ignore[arg-type]
    "bad row shape": (
        "malformed",
        lambda e, d: _sealed(
            e["a"],
            _payload(  # type: ignore[arg-type]
                e["a"], villages=[["v1", "t"]]
            ),
        ),
    ),  # type: ignore[arg-type]
    "unknown table": (
        "unknown_table",
        lambda e, d: _sealed(
            e["a"],
            _payload(  # type: ignore[arg-type]
                e["a"], secrets=[]
            ),
        ),
    ),  # type: ignore[arg-type]
    "steals a row of 乙镇": (
        "foreign_rows",
        lambda e, d: _sealed(
            e["a"],
            _payload(  # type: ignore[arg-type]
                e["a"],
                villages=[
                    [
                        _row_of(e["c"], f"{COUNTY}101"),
                        "t",
                        "t",
                        f"{COUNTY}100",
                        9,
                        0,  # type: ignore[arg-type]
                        f"{COUNTY}100777",
                        "x",
                        "urban",
                    ]
                ],
            ),
        ),
    ),
}


def _row_of(c: Store, origin: str) -> str:
    return str(c.scalar("SELECT id FROM sync_mirror WHERE origin = ? LIMIT 1", (origin,)))


def _file_state(path: Path) -> str:
    h = hashlib.sha256()
    for p in (path, path.with_name(path.name + "-wal")):
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.mark.parametrize("case", list(CASES))
def test_bad_package_rejected_with_its_reason(env: dict[str, object], case: str) -> None:
    c: Store = env["c"]  # type: ignore[assignment]
    root: Path = env["root"]  # type: ignore[assignment]
    if case == "steals a row of 乙镇":
        b: Store = env["b"]  # type: ignore[assignment]
        assert merge.import_files(c, [package.export(b, root / "b1.swsync").path])[0].accepted
    good = package.export(env["a"], root / "next.swsync").path.read_bytes()  # type: ignore[arg-type]
    code, make = CASES[case]
    bad = root / "bad.swsync"
    bad.write_bytes(make(env, good))
    before = _file_state(c.path)
    (res,) = merge.import_files(c, [bad])
    assert (res.accepted, res.code) == (False, code), res.reason
    assert res.reason and any("\u4e00" <= ch <= "\u9fff" for ch in res.reason)
    assert _file_state(c.path) == before
    # The good package still imports afterwards (nothing was left half-done).
    ok = root / "ok.swsync"
    ok.write_bytes(good)
    assert merge.import_files(c, [ok])[0].accepted


def test_each_reason_is_distinct() -> None:
    reasons = {code for code, _ in CASES.values()}
    assert len(reasons) >= 14


def test_bad_file_among_good_ones(env: dict[str, object]) -> None:
    c: Store = env["c"]  # type: ignore[assignment]
    root: Path = env["root"]  # type: ignore[assignment]
    good = package.export(env["a"], root / "g2.swsync").path  # type: ignore[arg-type]
    bad = root / "cut.swsync"
    bad.write_bytes(good.read_bytes()[:100])
    res = merge.import_files(c, [bad, good])
    assert [r.accepted for r in res] == [False, True]


def test_a_payload_of_the_wrong_shape_is_named_as_such(env: dict[str, object]) -> None:
    """A readable payload whose parts are not tables says "结构", not "无法读取内容"."""
    c: Store = env["c"]  # type: ignore[assignment]
    root: Path = env["root"]  # type: ignore[assignment]
    plain = json.dumps({"manifest": [], "tables": {}, "blobs": {}}).encode()
    bad = root / "shape.swsync"
    bad.write_bytes(_sealed(env["a"], plain))  # type: ignore[arg-type]
    before = _file_state(c.path)
    (res,) = merge.import_files(c, [bad])
    assert (res.accepted, res.code) == (False, "malformed")
    assert res.reason == "数据包内容格式不对（结构），文件可能已损坏，没有导入。"
    assert _file_state(c.path) == before
