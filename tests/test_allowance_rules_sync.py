"""The county's allowance rule travels to its townships in receipts and is applied there.

甲镇 (enrolled) has one person, 刘七: 助理社会工作师 since 2020, registered from 2025-01-01,
post 社区专职工作者. The county chooses the Qijiang preset (助理 50 a month): after a real
package and a real receipt, 甲镇's January 2026 draft pays 刘七 50 yuan. The county then adds a
version from 2026-02 paying 助理 80: the next receipt brings it, February pays 80 while January
stays 50. 甲镇 cannot change the rule itself (exit 3, nothing changed); a township that has not
joined a county can.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run, township_file
from sync_fixtures import add_worker

from swdesk.core import allowance as al
from swdesk.core import enums
from swdesk.core.allowance_edit import draft_version
from swdesk.core.errors import RuleError
from swdesk.store import Store, workers
from swdesk.store import allowance_rules as rules_store
from swdesk.store import allowances as store_al
from swdesk.store import registrations as store_reg
from swdesk.sync import merge, receipt

POST = "社区专职工作者"
ASSISTANT = enums.LEVEL_ASSISTANT


def _liu(t: Store) -> str:
    wid = add_worker(t, 7, "刘七", post_type=POST)
    workers.add_certificate(t, wid, {"level": ASSISTANT, "obtained_date": "2020-01-01"})
    store_reg.add(t, wid, {"level": ASSISTANT, "valid_from": "2025-01-01"})
    return wid


def _round_trip(world: object) -> receipt.ReceiptResult:
    """甲镇 sends a package, the county imports it and answers with a receipt."""
    a, county = world.a, world.county  # type: ignore[attr-defined]
    res = merge.import_files(county, [world.export(a)])  # type: ignore[attr-defined]
    assert all(r.accepted for r in res), [r.reason for r in res]
    return receipt.load(a, receipt.make(county, a.unit_code))


def _paid(t: Store, month: date) -> int:
    store_al.compute_run(t, month)
    run_id = store_al.require_run(t, month)["id"]
    return sum(int(r["amount_fen"]) for r in store_al.run_lines(t, run_id))


def test_the_countys_rule_reaches_the_township_and_pays_there(world: object) -> None:
    a, county = world.a, world.county  # type: ignore[attr-defined]
    _liu(a)
    store_al.use_preset(county, "qijiang")
    got = _round_trip(world)
    assert store_al.RULES_KEY in got.settings_changed
    assert store_al.rules(a) == store_al.rules(county)
    assert store_al.rules(a).name == store_al.presets()["qijiang"].name
    assert _paid(a, date(2026, 1, 1)) == 5000

    version = draft_version(
        {"valid_from": "2026-02", "amounts": {ASSISTANT: 80}, "post_types": [POST]}
    )
    rules_store.save_version(county, version, name="綦江（调标）", channel="", funder="")
    again = _round_trip(world)
    assert again.settings_changed == [store_al.RULES_KEY]
    months = [v.valid_from for v in store_al.rules(a).versions]
    assert months == [date(2020, 1, 1), date(2026, 2, 1)]
    assert _paid(a, date(2026, 2, 1)) == 8000
    assert _paid(a, date(2026, 1, 1)) == 5000  # January's draft computed again: still 50
    # A receipt that brings nothing new changes nothing.
    assert _round_trip(world).settings_changed == []


def test_an_enrolled_township_cannot_change_the_rule(
    world: object, capsys: pytest.CaptureFixture[str]
) -> None:
    a, county = world.a, world.county  # type: ignore[attr-defined]
    store_al.use_preset(county, "qijiang")
    _round_trip(world)
    before = a.setting(store_al.RULES_KEY)
    assert rules_store.rules_from_county(a) and not rules_store.rules_from_county(county)
    with pytest.raises(RuleError, match="由县里制定"):
        rules_store.save_version(
            a, draft_version({"valid_from": "2030-01", "amounts": {ASSISTANT: 1}}),
            name="", channel="", funder="",
        )  # fmt: skip
    db = world.root / "a.db"  # type: ignore[attr-defined]
    own = world.root / "own.json"  # type: ignore[attr-defined]
    own.write_text(json.dumps(store_al.presets()["ningxia"].to_dict()), encoding="utf-8")
    for argv in (("--preset", "ningxia"), ("--load", str(own))):
        code, _, err = run(capsys, db, "allowance", "rules", *argv)
        assert code == 3 and "由县里制定" in err, argv
    assert a.setting(store_al.RULES_KEY) == before
    # Looking at the rule is still fine, and says where it comes from.
    code, out, _ = run(capsys, db, "allowance", "rules")
    assert code == 0 and "綦江" in out and "由县里制定" in out


def test_a_township_not_enrolled_sets_its_own_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "t.db"
    with township_file(db) as t:
        assert not rules_store.rules_from_county(t)
        with pytest.raises(RuleError, match="还没有加入县里的同步"):
            receipt.load(t, b"not a receipt")  # no county to receive rules from
    code, out, _ = run(capsys, db, "allowance", "rules", "--preset", "panzhihua")
    assert code == 0 and "攀枝花" in out
    assert al.month_label(al.parse_month("2022-01")) in out
