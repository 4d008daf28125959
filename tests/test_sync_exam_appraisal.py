"""Exams and appraisals travel to the county: the signing lock, transferred people, scans."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sync_fixtures import (
    COUNTY,
    World,
    add_worker,
    idn,
)

from swdesk.store import appraisals, exams, records, workers
from swdesk.store.appraisal_lock import LOCKED_MESSAGE
from swdesk.sync import merge


def imp(w: World, *paths: Path) -> list[merge.ImportResult]:
    res = merge.import_files(w.county, list(paths))
    assert all(r.accepted for r in res), [r.reason for r in res]
    return res


def _score_all(t: object, aid: str) -> None:
    sh = appraisals.sheet(t, aid)  # type: ignore[arg-type]
    for item in sh.template.items:
        appraisals.set_score(t, aid, item.name, item.max)  # type: ignore[arg-type]


def _signed_round(t: object, year: int = 2025) -> str:
    rid = appraisals.create_round(t, year)  # type: ignore[arg-type]
    aid = t.scalar("SELECT id FROM appraisals WHERE round_id = ?", (rid,))  # type: ignore[attr-defined]
    _score_all(t, aid)
    appraisals.finalize(t, aid)  # type: ignore[arg-type]
    appraisals.sign(t, aid, ("签字.jpg", b"\xff\xd8 scan of the signed paper"))  # type: ignore[arg-type]
    return str(aid)


def test_resigned_appraisal_reaches_the_county(world: World) -> None:
    add_worker(world.a, 1, "李四", professional_post=1)
    aid = _signed_round(world.a)
    imp(world, world.export(world.a))
    assert world.county.scalar("SELECT state FROM appraisals WHERE id = ?", (aid,)) == "signed"
    # Reopened with a reason, re-scored, finalized and signed again at the township.
    appraisals.reopen(world.a, aid, "分数抄错")
    item = appraisals.sheet(world.a, aid).template.items[0]
    appraisals.set_score(world.a, aid, item.name, 0)
    appraisals.finalize(world.a, aid)
    appraisals.sign(world.a, aid)
    res = imp(world, world.export(world.a))
    assert res[0].tables["appraisals"]["updated"] == 1
    c_row = world.county.query("SELECT * FROM appraisals WHERE id = ?", (aid,))[0]
    t_row = world.a.query("SELECT * FROM appraisals WHERE id = ?", (aid,))[0]
    for col in ("state", "scores", "total", "grade", "signed_hash", "scan_sha256", "version"):
        assert c_row[col] == t_row[col], col
    # The scan bytes travelled with the appraisal that names them.
    assert (
        world.county.scalar(
            "SELECT data FROM appraisal_scans WHERE sha256 = ?", (t_row["scan_sha256"],)
        )
        == b"\xff\xd8 scan of the signed paper"
    )
    # The lock still holds for the county's own writes.
    with pytest.raises(sqlite3.IntegrityError, match=LOCKED_MESSAGE[:8]):
        records.update(world.county, "appraisals", aid, {"overall_comment": "县里改的"})
    with pytest.raises(sqlite3.IntegrityError, match=LOCKED_MESSAGE[:8]):
        world.county.conn.execute("DELETE FROM appraisals WHERE id = ?", (aid,))
    assert (
        world.county.scalar("SELECT overall_comment FROM appraisals WHERE id = ?", (aid,)) is None
    )


def test_transferred_worker_keeps_both_townships_exam_and_appraisal(world: World) -> None:
    wa = add_worker(world.a, 5, "王五", professional_post=1)
    exams.save_year(world.a, 2025)
    ra = exams.register(world.a, 2025, wa, "初级")
    exams.set_work_start(world.a, wa, "2020-01-01")
    _signed_round(world.a)
    imp(world, world.export(world.a))
    workers.delete(world.a, wa, "调往乙镇")
    wb = add_worker(world.b, 5, "王五", phone="13800001111", professional_post=1)
    exams.save_year(world.b, 2025)
    rb = exams.register(world.b, 2025, wb, "初级")
    exams.set_work_start(world.b, wb, "2020-03-01")
    _signed_round(world.b)
    imp(world, world.export(world.b), world.export(world.a))
    c = world.county
    person = c.scalar("SELECT id FROM workers WHERE id_number = ? AND deleted = 0", (idn(5),))
    regs = c.query(
        "SELECT id, origin, worker_id FROM exam_registrations WHERE deleted = 0 ORDER BY origin"
    )
    assert [(r["id"], r["origin"]) for r in regs] == [
        (ra, f"{COUNTY}100"),
        (rb, f"{COUNTY}101"),
    ]
    assert {r["worker_id"] for r in regs} == {person}
    assert c.scalar("SELECT COUNT(*) FROM exam_work_starts WHERE deleted = 0") == 2
    assert (
        c.scalar("SELECT COUNT(*) FROM appraisals WHERE deleted = 0 AND worker_id = ?", (person,))
        == 2
    )
    assert c.scalar("SELECT COUNT(*) FROM appraisal_templates WHERE deleted = 0") == 4


def _two_townships_with_records(world: World) -> tuple[str, str]:
    wa = add_worker(world.a, 7, "赵六", professional_post=1)
    exams.save_year(world.a, 2025, {"fee_per_subject": 40})
    exams.register(world.a, 2025, wa, "初级")
    aid = _signed_round(world.a)
    wb = add_worker(world.b, 8, "钱七", professional_post=1)
    exams.save_year(world.b, 2025, {"fee_per_subject": 55})
    rb = exams.register(world.b, 2025, wb, "初级")
    subject = json.loads(
        world.b.scalar("SELECT subjects FROM exam_registrations WHERE id = ?", (rb,))
    )[0]
    exams.set_score(world.b, rb, subject, 75)
    appraisals.create_round(world.b, 2025)
    imp(world, world.export(world.a), world.export(world.b))
    return aid, rb


def test_county_cli_lists_every_townships_exams_and_appraisals(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from swdesk import cli

    _two_townships_with_records(world)
    path = str(world.county.path)
    world.county.close()
    assert cli.main(["--db", path, "exam", "list", "--year", "2025", "--json"]) == 0
    regs = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["township"], r["township_name"]) for r in regs] == [
        ("赵六", f"{COUNTY}100", "甲镇"),
        ("钱七", f"{COUNTY}101", "乙镇"),
    ]
    assert regs[0]["fees"]["报名费"]["amount"] > 0
    assert any(s["score"] == 75 for s in regs[1]["subjects"])
    assert cli.main(["--db", path, "appraisal", "list", "--year", "2025", "--json"]) == 0
    apps = json.loads(capsys.readouterr().out)
    assert sorted((a["name"], a["township"], a["state"]) for a in apps) == [
        ("赵六", f"{COUNTY}100", "signed"),
        ("钱七", f"{COUNTY}101", "draft"),
    ]
    assert all(a["township_name"] in ("甲镇", "乙镇") for a in apps)
    # A year nobody sent: an empty list and a hint, not an error.
    assert cli.main(["--db", path, "appraisal", "list", "--year", "2024", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == [] and "还没有收到" in err
    # Township files print what they did before (no township key).
    world.a.close()
    assert cli.main(["--db", str(world.a.path), "exam", "list", "--year", "2025", "--json"]) == 0
    assert "township" not in json.loads(capsys.readouterr().out)[0]


def test_withdrawn_and_registered_again_in_one_package(world: World) -> None:
    """The county never sees two live registrations of one person and year from a township,
    even when one package carries the withdrawal and the new registration (or a restore)."""
    w = add_worker(world.a, 9, "孙八")
    exams.save_year(world.a, 2025)
    r1 = exams.register(world.a, 2025, w, "初级")
    imp(world, world.export(world.a))
    exams.withdraw(world.a, r1, "报错级别")
    r2 = exams.register(world.a, 2025, w, "初级")
    imp(world, world.export(world.a))
    live = world.county.query("SELECT id FROM exam_registrations WHERE deleted = 0")
    assert [r["id"] for r in live] == [r2]
    # And back: the new one withdrawn, the first one restored, in one package.
    exams.withdraw(world.a, r2, "撤回")
    records.restore(world.a, "exam_registrations", r1)
    imp(world, world.export(world.a, full=True))  # a full package lists rows by row order
    live = world.county.query("SELECT id FROM exam_registrations WHERE deleted = 0")
    assert [r["id"] for r in live] == [r1]


def test_unique_rules_hold_at_a_county_holding_every_township(world: World) -> None:
    """A UNIQUE rule over a reference to a person is a rule of one unit: the county points
    every township's rows at one person, so such a rule must also name the unit (``origin``,
    ``unit_code``) or a row of one township (an event, a round: their ids are never merged);
    single-column keys are the cross-township identities sync merges by."""
    from swdesk.sync.tables import ordered_tables

    c = world.county
    infos = {i.name: i for i in ordered_tables(c)}
    checked = []
    for info in infos.values():
        remapped = {col for col, parent in info.parents.items() if infos[parent].natural_key}
        local = {col for col, parent in info.parents.items() if not infos[parent].natural_key}
        for idx in c.conn.execute(f"PRAGMA index_list({info.name})").fetchall():
            if not idx[2]:
                continue
            cols = [r[2] for r in c.conn.execute(f"PRAGMA index_info({idx[1]})")]
            if cols in (["id"], [info.natural_key]):
                continue
            checked.append(idx[1])
            if remapped & set(cols):
                assert ({"origin", "unit_code"} | local) & set(cols), (info.name, idx[1], cols)
    assert {
        "exam_registrations_live",
        "exam_work_starts_live",
        "training_records_once",
        "appraisals_once",
        "appraisal_templates_version",
    } <= set(checked)


def test_county_cli_refuses_to_register_or_appraise_itself(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from swdesk import cli

    path = str(world.county.path)
    world.county.close()
    before = Path(path).read_bytes()
    for argv in (
        ["exam", "year", "--year", "2025"],
        ["appraisal", "round", "--year", "2025"],
    ):
        assert cli.main(["--db", path, *argv]) == 3
        err = capsys.readouterr().err
        assert "县里的数据文件汇总各乡镇" in err and "乡镇（街道）的数据文件里操作" in err
    assert Path(path).read_bytes() == before


def test_lock_bypass_is_off_again_after_a_refused_package(world: World) -> None:
    add_worker(world.a, 11, "周九", professional_post=1)
    aid = _signed_round(world.a)
    good = world.export(world.a)
    bad = world.root / "bad.swsync"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 1
    bad.write_bytes(bytes(data))
    res = merge.import_files(world.county, [bad, good])
    assert [r.accepted for r in res] == [False, True]
    assert world.county.scalar("SELECT swdesk_lock_bypass()") == 0
    with pytest.raises(sqlite3.IntegrityError):
        world.county.conn.execute("UPDATE appraisals SET total = 1 WHERE id = ?", (aid,))


def test_county_judges_each_townships_scores_by_its_own_lines(world: World) -> None:
    """A special-area township's lower pass line holds for its own candidates at the county."""
    wa = add_worker(world.a, 12, "吴十")
    wb = add_worker(world.b, 13, "郑一")
    exams.save_year(world.b, 2025)
    rb = exams.register(world.b, 2025, wb, "初级")
    subject = json.loads(
        world.b.scalar("SELECT subjects FROM exam_registrations WHERE id = ?", (rb,))
    )[0]
    exams.save_year(world.a, 2025, {"special_area": True, "special_lines": {subject: 45}})
    ra = exams.register(world.a, 2025, wa, "初级")
    exams.set_score(world.a, ra, subject, 50)
    exams.set_score(world.b, rb, subject, 50)
    imp(world, world.export(world.a), world.export(world.b))

    def passed(t: object, rid: str) -> bool | None:
        v = next(v for v in county_views.exam_registrations(t, 2025) if v.id == rid)  # type: ignore[arg-type]
        s = v.subject(subject)
        assert s is not None
        return s.passed

    from swdesk.store import county_views

    assert exams.registration(world.a, ra).subject(subject).passed is True  # type: ignore[union-attr]
    assert passed(world.county, ra) is True
    assert passed(world.county, rb) is False
