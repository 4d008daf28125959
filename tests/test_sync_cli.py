"""``swdesk sync …`` end to end through ``cli.main``: exit codes, messages, JSON shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_argv as run


@pytest.fixture
def sites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    c, t = str(tmp_path / "c.db"), str(tmp_path / "t.db")
    # The county's keys are kept under this passphrase (asked at init and at each use).
    monkeypatch.setenv("SWDESK_KEY_PASSPHRASE", "很长的口令12345")
    code, out, _ = run(
        capsys,
        "--db",
        c,
        "init",
        "--role",
        "county",
        "--unit-code",
        "510411",
        "--unit-name",
        "某县",
    )
    assert code == 0 and "密钥" in out
    assert (
        run(
            capsys,
            "--db",
            c,
            "sync",
            "enroll",
            "--township",
            "510411100",
            "--name",
            "甲镇",
            "--out",
            str(tmp_path / "e.swsync"),
        )[0]
        == 0
    )
    assert (
        run(
            capsys,
            "--db",
            t,
            "init",
            "--role",
            "township",
            "--unit-code",
            "510411100",
            "--unit-name",
            "甲镇",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "--db", t, "sync", "join", str(tmp_path / "e.swsync"))
    assert code == 0 and "某县" in out
    assert run(capsys, "--db", t, "demo", "--workers", "20")[0] == 0
    return {"c": c, "t": t, "root": str(tmp_path)}


def test_export_import_receipt_status(
    sites: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    c, t, root = sites["c"], sites["t"], Path(sites["root"])
    usb = root / "usb"
    usb.mkdir()
    code, out, _ = run(capsys, "--db", t, "sync", "export", "--out", str(usb))
    assert code == 0 and "第 1 号" in out and "校验无误" in out
    (p1,) = usb.glob("*.swsync")
    assert p1.name == "510411100_0001.swsync" and not list(usb.glob(".*part"))
    code, out, _ = run(capsys, "--db", c, "sync", "import", str(p1), "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and preview[0]["new"] > 20
    code, out, _ = run(capsys, "--db", c, "sync", "status", "--json")
    assert json.loads(out)["townships"][0]["last_sequence"] == 0
    code, out, _ = run(capsys, "--db", c, "sync", "import", str(p1), "--json")
    (r,) = json.loads(out)
    assert code == 0 and r["accepted"] and r["sequence"] == 1 and r["new"] == preview[0]["new"]
    assert set(r) >= {
        "accepted",
        "reason",
        "sequence",
        "new",
        "updated",
        "deleted",
        "unchanged",
        "conflicts",
    }
    code, out, _ = run(capsys, "--db", c, "workers", "list", "--json")
    assert len(json.loads(out)) == 20
    # Two more; #2 lost, #3 arrives with a tampered copy: exit 3, #3 still imported.
    run(capsys, "--db", t, "sync", "export", "--out", str(root / "p2.swsync"))
    run(capsys, "--db", t, "sync", "export", "--out", str(root / "p3.swsync"), "--full")
    bad = root / "bad.swsync"
    data = bytearray((root / "p3.swsync").read_bytes())
    data[-70] ^= 0xFF
    bad.write_bytes(bytes(data))
    code, out, err = run(capsys, "--db", c, "sync", "import", str(bad), str(root / "p3.swsync"))
    assert code == 3 and "拒收 bad.swsync" in err and "签名" in err
    assert "第 3 号数据包" in out
    code, out, _ = run(capsys, "--db", c, "sync", "status", "--json")
    (town,) = json.loads(out)["townships"]
    assert {
        k: town[k] for k in ("code", "last_sequence", "missing_sequences", "checksum_match")
    } == {"code": "510411100", "last_sequence": 3, "missing_sequences": [], "checksum_match": True}
    assert town["last_import_at"]
    # Receipt back to the township.
    code, out, _ = run(
        capsys,
        "--db",
        c,
        "sync",
        "receipt",
        "--township",
        "510411100",
        "--out",
        str(root / "r.swsync"),
    )
    assert code == 0
    code, out, _ = run(capsys, "--db", t, "sync", "import", str(root / "r.swsync"))
    assert code == 0 and "已导入回执" in out and "第 2 号" not in out  # full #3 covered #2
    code, out, _ = run(capsys, "--db", t, "sync", "status", "--json")
    st = json.loads(out)
    assert st["last_export"]["sequence"] == 3 and st["county_missing"] == []
    assert st["tables"]["workers"] == {"township_live": 20, "county_live": 20}


def test_rejections_and_usage(sites: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    c, t, root = sites["c"], sites["t"], Path(sites["root"])
    code, _, err = run(capsys, "--db", c, "sync", "import", str(root / "nope.swsync"))
    assert code == 3 and "找不到文件" in err
    code, _, err = run(capsys, "--db", c, "sync", "export", "--out", str(root / "x.swsync"))
    assert code == 3 and "乡镇" in err
    code, _, err = run(
        capsys,
        "--db",
        t,
        "sync",
        "enroll",
        "--township",
        "510411101",
        "--name",
        "乙",
        "--out",
        str(root / "e2"),
    )
    assert code == 3 and "县" in err
    code, _, err = run(
        capsys,
        "--db",
        c,
        "sync",
        "enroll",
        "--township",
        "510499101",
        "--name",
        "乙",
        "--out",
        str(root / "e2"),
    )
    assert code == 3 and "不属于本县" in err
    code, _, _ = run(capsys, "--db", c, "sync", "import")
    assert code == 2
    code, _, err = run(
        capsys, "--db", c, "sync", "receipt", "--township", "510411199", "--out", str(root / "r")
    )
    assert code == 3 and "没有在本县登记" in err
    code, _, err = run(capsys, "--db", t, "sync", "export", "--out", str(root / "no" / "x"))
    assert code == 3 and "不存在" in err


def test_key_backup_via_env(
    sites: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    c, root = sites["c"], Path(sites["root"])
    code, out, _ = run(capsys, "--db", c, "sync", "status")
    assert "密钥还没有备份" in out
    monkeypatch.setenv("SWDESK_KEY_PASSPHRASE", "很长的口令12345")
    code, out, _ = run(capsys, "--db", c, "sync", "key-backup", "--out", str(root / "k.json"))
    assert code == 0 and (root / "k.json").exists()
    code, out, _ = run(capsys, "--db", c, "sync", "status", "--json")
    assert json.loads(out)["keys_backed_up"] is True
    monkeypatch.setenv("SWDESK_KEY_PASSPHRASE", "错的口令12345")
    code, _, err = run(capsys, "--db", c, "sync", "key-restore", str(root / "k.json"))
    assert code == 3 and "口令不对" in err


def test_missing_file_among_good_ones(
    sites: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    c, t, root = sites["c"], sites["t"], Path(sites["root"])
    run(capsys, "--db", t, "sync", "export", "--out", str(root / "p1.swsync"))
    code, out, _ = run(
        capsys,
        "--db",
        c,
        "sync",
        "import",
        str(root / "gone.swsync"),
        str(root / "p1.swsync"),
        "--json",
    )
    res = json.loads(out)
    assert code == 3
    assert [(r["accepted"], r["reason_code"]) for r in res] == [(False, "missing"), (True, None)]
    assert "找不到文件" in res[0]["reason"]
