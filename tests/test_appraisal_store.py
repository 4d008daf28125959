"""Appraisals in the data file: rounds, who gets which, scoring, states, the store-level lock,
reopen reasons in the audit log, template versions."""

from __future__ import annotations

import json
import sqlite3

import pytest
from appraisal_fixtures import ID_BOTH, ID_COMMUNITY, ID_LEFT, ID_POST, ID_UNCERTIFIED, add_workers

from swdesk.core.errors import RuleError
from swdesk.store import Store, records
from swdesk.store import appraisals as A
from swdesk.store.appraisal_lock import allow_locked_writes
from swdesk.store.schema import SYNCED_TABLES


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    return add_workers(store)


def _by_id_number(store: Store, year: int = 2024) -> dict[str, dict]:
    rnd = A.require_round(store, year)
    return {r["id_number"]: r for r, _ in A.round_sheets(store, rnd["id"])}


def _score_all(store: Store, appraisal_id: str, minus: float = 0) -> None:
    for it in A.sheet(store, appraisal_id).template.items:
        A.set_score(store, appraisal_id, it.name, it.max - minus)


def test_tables_synced() -> None:
    for t in ("appraisal_templates", "appraisal_rounds", "appraisals"):
        assert t in SYNCED_TABLES


def test_round_gives_each_the_right_appraisal(store: Store, ids: dict[str, str]) -> None:
    plan = A.plan_round(store)
    assert A.plan_counts(plan) == {"community": 1, "post": 2, None: 1}  # 钱七 left: not listed
    A.create_round(store, 2024)
    rows = _by_id_number(store)
    assert set(rows) == {ID_COMMUNITY, ID_POST, ID_BOTH}
    assert rows[ID_COMMUNITY]["kind"] == "community"
    assert rows[ID_POST]["kind"] == "post"
    assert rows[ID_BOTH]["kind"] == "post"  # only the post appraisal
    assert all(r["state"] == "draft" for r in rows.values())
    with pytest.raises(RuleError, match="已经建立过了"):
        A.create_round(store, 2024)


def test_override_needs_reason_and_is_kept(store: Store, ids: dict[str, str]) -> None:
    before = store.scalar("SELECT COUNT(*) FROM audit_log")
    with pytest.raises(RuleError, match="理由"):
        A.create_round(store, 2024, overrides={ids[ID_UNCERTIFIED]: ("community", "")})
    assert store.scalar("SELECT COUNT(*) FROM audit_log") == before
    assert A.round_for_year(store, 2024) is None
    with pytest.raises(RuleError, match="不在岗"):
        A.create_round(store, 2024, overrides={ids[ID_LEFT]: ("community", "补考评")})
    rid = A.create_round(
        store,
        2024,
        overrides={
            ids[ID_UNCERTIFIED]: ("community", "新聘社区专职工作者，按单位要求参加"),
            ids[ID_POST]: (None, "全年病假"),
        },
    )
    rows = _by_id_number(store)
    assert set(rows) == {ID_COMMUNITY, ID_UNCERTIFIED, ID_BOTH}
    assert rows[ID_UNCERTIFIED]["override_reason"] == "新聘社区专职工作者，按单位要求参加"
    excl = json.loads(records.get(store, "appraisal_rounds", rid)["exclusions"])
    assert excl == [{"worker_id": ids[ID_POST], "name": "李四", "reason": "全年病假"}]


def test_scoring_totals_and_grade(store: Store, ids: dict[str, str]) -> None:
    A.create_round(store, 2024)
    aid = _by_id_number(store)[ID_COMMUNITY]["id"]
    items = A.sheet(store, aid).template.items
    A.set_score(store, aid, items[0].name, "8")
    row = records.get(store, "appraisals", aid)
    assert row["total"] is None and row["grade"] is None  # incomplete
    before = records.get(store, "appraisals", aid)
    with pytest.raises(RuleError, match=f"0 到 {items[0].max:g}"):
        A.set_score(store, aid, items[0].name, items[0].max + 1)
    with pytest.raises(RuleError, match="没有"):
        A.set_score(store, aid, "不存在的项目", 1)
    assert records.get(store, "appraisals", aid) == before
    _score_all(store, aid, minus=1)
    row = records.get(store, "appraisals", aid)
    assert row["total"] == 100 - len(items) and row["grade"] == "优秀"
    A.set_comments(store, aid, discipline="警告")
    assert records.get(store, "appraisals", aid)["grade"] == "合格"
    A.set_comments(store, aid, {items[1].name: "认真"}, overall="全年表现良好", appraiser="周主任")
    sh = A.sheet(store, aid)
    assert sh.item_comments == {items[1].name: "认真"} and sh.overall_comment == "全年表现良好"
    A.set_score(store, aid, items[0].name, "")
    assert A.sheet(store, aid).total is None


def test_states_and_store_level_lock(store: Store, ids: dict[str, str]) -> None:
    A.create_round(store, 2024)
    aid = _by_id_number(store)[ID_COMMUNITY]["id"]
    with pytest.raises(RuleError, match="没有打分"):
        A.finalize(store, aid)
    with pytest.raises(RuleError, match="不能改为"):
        A.sign(store, aid)
    _score_all(store, aid, minus=2)
    assert A.finalize(store, aid)
    item = A.sheet(store, aid).template.items[0].name
    with pytest.raises(RuleError, match="已定稿"):
        A.set_score(store, aid, item, 1)
    assert A.sign(store, aid, ("签字页.jpg", b"\xff\xd8jpeg"))
    signed = records.get(store, "appraisals", aid)
    assert signed["state"] == "signed" and signed["signed_hash"] == A.sheet(store, aid).hash
    assert A.scan(store, aid) == ("签字页.jpg", b"\xff\xd8jpeg")
    for attempt in (
        lambda: A.set_score(store, aid, item, 1),
        lambda: A.set_comments(store, aid, overall="改"),
        lambda: A.finalize(store, aid),
    ):
        with pytest.raises(RuleError):
            attempt()
    # Below the store's API: the generic record writer and raw SQL are refused too.
    with pytest.raises(sqlite3.IntegrityError, match="已签字"):
        records.update(store, "appraisals", aid, {"scores": "{}"})
    with pytest.raises(sqlite3.IntegrityError, match="已签字"):
        records.soft_delete(store, "appraisals", aid)
    with pytest.raises(sqlite3.IntegrityError, match="已签字"):
        store.conn.execute("UPDATE appraisals SET total = 1 WHERE id = ?", (aid,))
    with pytest.raises(sqlite3.IntegrityError, match="已签字"):
        store.conn.execute("DELETE FROM appraisals WHERE id = ?", (aid,))
    assert records.get(store, "appraisals", aid) == signed
    # a clone (another thread's connection) is locked as well
    other = store.clone()
    try:
        with pytest.raises(sqlite3.IntegrityError):
            other.conn.execute("UPDATE appraisals SET grade = '优秀' WHERE id = ?", (aid,))
    finally:
        other.close()
    # attaching a scan is the one change a signed appraisal accepts
    assert A.attach_scan(store, aid, "重拍.png", b"png")
    assert A.scan(store, aid) == ("重拍.png", b"png")


def test_sync_merge_escape_hatch(store: Store, ids: dict[str, str]) -> None:
    A.create_round(store, 2024)
    aid = _by_id_number(store)[ID_COMMUNITY]["id"]
    _score_all(store, aid)
    A.finalize(store, aid)
    A.sign(store, aid)
    with allow_locked_writes(store.conn):
        store.conn.execute(
            "UPDATE appraisals SET overall_comment = '来自镇街' WHERE id = ?", (aid,)
        )
    assert records.get(store, "appraisals", aid)["overall_comment"] == "来自镇街"
    with pytest.raises(sqlite3.IntegrityError):  # the hatch closes again
        store.conn.execute("UPDATE appraisals SET overall_comment = NULL WHERE id = ?", (aid,))


def test_reopen_needs_reason_and_is_audited(store: Store, ids: dict[str, str]) -> None:
    A.create_round(store, 2024)
    aid = _by_id_number(store)[ID_COMMUNITY]["id"]
    _score_all(store, aid)
    A.finalize(store, aid)
    A.sign(store, aid)
    with pytest.raises(RuleError, match="理由"):
        A.reopen(store, aid, "  ")
    assert records.get(store, "appraisals", aid)["state"] == "signed"
    A.reopen(store, aid, "第3项分数录入错误")
    row = records.get(store, "appraisals", aid)
    assert row["state"] == "draft" and row["signed_at"] is None and row["signed_hash"] is None
    entries = [h for h in store.history("appraisals", [aid]) if h["action"] == "reopen"]
    assert entries and all(h["reason"] == "第3项分数录入错误" for h in entries)
    assert entries[0]["old"]["state"] == "signed" and entries[0]["new"]["state"] == "draft"
    assert A.reopen_reasons(store, aid) == ["第3项分数录入错误"]
    item = A.sheet(store, aid).template.items[0]
    old_hash = A.sheet(store, aid).hash
    A.set_score(store, aid, item.name, item.max - 1)
    assert A.sheet(store, aid).hash != old_hash
    with pytest.raises(RuleError, match="不能改为"):
        A.reopen(store, aid, "再退")  # a draft has nothing to reopen


def test_finalize_round_skips_incomplete(store: Store, ids: dict[str, str]) -> None:
    rid = A.create_round(store, 2024)
    rows = _by_id_number(store)
    _score_all(store, rows[ID_COMMUNITY]["id"])
    done, incomplete = A.finalize_round(store, rid)
    assert done == 1 and sorted(incomplete) == ["李四", "王芳"]


def test_template_versions_kept_by_round(store: Store, ids: dict[str, str]) -> None:
    A.create_round(store, 2024)
    aid = _by_id_number(store)[ID_COMMUNITY]["id"]
    tid, tpl = A.find_template(store, "社区社会工作者绩效考评")
    raw = {
        "key": tpl.key,
        "kind": tpl.kind,
        "name": tpl.name,
        "items": [
            {"group": "职业操守", "name": "综合", "description": "", "max": 40},
            {"group": "服务绩效", "name": "服务", "description": "", "max": 60},
        ],
    }
    new_id = A.save_template(store, raw)
    assert new_id != tid and A.template(store, new_id).version == 2
    assert A.save_template(store, raw) == new_id  # unchanged: no new version
    assert A.find_template(store, tpl.key)[0] == new_id
    assert A.sheet(store, aid).template == tpl  # the 2024 round keeps version 1
    A.create_round(store, 2025)
    rows25 = _by_id_number(store, 2025)
    assert A.sheet(store, rows25[ID_COMMUNITY]["id"]).template.version == 2
    with pytest.raises(RuleError, match="合计"):
        A.save_template(store, {**raw, "items": raw["items"][:1]})
    with pytest.raises(RuleError, match="类别"):
        A.save_template(store, {**raw, "kind": "post"})


def test_round_keeps_its_rules(store: Store, ids: dict[str, str]) -> None:
    A.create_round(store, 2024)
    aid = _by_id_number(store)[ID_COMMUNITY]["id"]
    _score_all(store, aid, minus=1)  # 91
    A.set_rules(
        store,
        {
            "grades": [{"name": "优秀", "min": 95}, {"name": "合格", "min": 60}],
            "fail_grade": "不合格",
        },
    )
    assert A.sheet(store, aid).grade == "优秀"
    A.create_round(store, 2025)
    a25 = _by_id_number(store, 2025)[ID_COMMUNITY]["id"]
    _score_all(store, a25, minus=1)
    assert A.sheet(store, a25).grade == "合格"


def test_bad_year(store: Store) -> None:
    for bad in ("24", "abc", "1999"):
        with pytest.raises(RuleError, match="四位数年份"):
            A.create_round(store, bad)
