"""Workers hired or newly eligible after a round is made, and per-worker overrides from the CLI.

Running ``appraisal round`` again for a year that has a round adds the people now eligible
and never touches an existing appraisal; ``--override ID=类别 --reason`` departs from the rule.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from appraisal_fixtures import ID_BOTH, ID_COMMUNITY, ID_POST, ID_UNCERTIFIED, appraisal_db
from cli_helpers import run

from swdesk import cli
from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import appraisals as A
from swdesk.store import open_store, workers

ID_NEW = make_id_number("510104", date(1995, 5, 5), 517)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return appraisal_db(tmp_path / "swdesk.db")


def rows(db: Path) -> dict[str, dict]:
    with open_store(db, daily_backup=False) as store:
        found = store.query(
            "SELECT a.*, w.id_number FROM appraisals a JOIN workers w ON w.id = a.worker_id"
        )
    return {r["id_number"]: r for r in found}


def dump(db: Path) -> str:
    with open_store(db, daily_backup=False) as store:
        return json.dumps(
            [
                store.query(f"SELECT * FROM {t} ORDER BY rowid")
                for t in ("appraisals", "appraisal_rounds", "audit_log", "workers")
            ],
            default=str,
        )


def hire(db: Path, name: str, idn: str, level: str | None) -> None:
    with open_store(db, daily_backup=False) as store:
        certs = [{"level": level, "registration_date": "2023-03-01"}] if level else []
        workers.create(
            store, {"name": name, "id_number": idn, "post_type": "社区专职工作者"}, certs
        )


def test_rerun_adds_new_hires_and_leaves_existing_alone(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    assert run(capsys, db, "appraisal", "round", "--year", "2024")[0] == 0
    item = next(i for t in A.preset_templates() if t.kind == "community" for i in t.items)
    code, _, err = run(capsys, db, "appraisal", "score", "--year", "2024", "--id-number",
                       ID_COMMUNITY, "--item", item.name, "--score", "1")  # fmt: skip
    assert code == 0, err
    before = rows(db)
    # nothing new: a clear message, nothing written
    snapshot = dump(db)
    code, out, err = run(capsys, db, "appraisal", "round", "--year", "2024")
    assert code == 0, err
    assert "没有需要加入" in out and dump(db) == snapshot
    hire(db, "孙八", ID_NEW, "社工员")
    code, out, err = run(capsys, db, "appraisal", "round", "--year", "2024")
    assert code == 0, err
    assert "加入新符合条件的人员 1 人" in out and "孙八" in out
    after = rows(db)
    assert set(after) == set(before) | {ID_NEW}
    for idn, row in before.items():
        assert after[idn] == row  # untouched: same version, scores, timestamps
    new = after[ID_NEW]
    assert new["state"] == "draft" and new["kind"] == "community"
    assert new["round_id"] == before[ID_COMMUNITY]["round_id"]
    assert new["template_id"] == before[ID_COMMUNITY]["template_id"]


def test_newly_certified_worker_is_added_with_the_rounds_template_version(db: Path) -> None:
    with open_store(db, daily_backup=False) as store:
        rid = A.create_round(store, 2024)
        # a new version of the community template after the round: the round keeps its own
        tid, tpl = next((i, t) for i, t in A.current_templates(store) if t.kind == "community")
        raw = {
            "key": tpl.key,
            "kind": tpl.kind,
            "name": tpl.name,
            "items": [i.to_dict() for i in tpl.items],
        }
        raw["items"][0]["max"] -= 1
        raw["items"][1]["max"] += 1
        A.save_template(store, raw)
        assert [p.worker["id_number"] for p in A.missing_plan(store, rid) if p.kind] == []
        worker = workers.find_by_id_number(store, ID_UNCERTIFIED)
        assert worker is not None
        workers.add_certificate(
            store, worker["id"], {"level": "社工员", "registration_date": "2024-06-01"}
        )
        assert A.add_eligible(store, rid) == 1
        assert A.add_eligible(store, rid) == 0
        row = store.query(
            "SELECT * FROM appraisals WHERE worker_id = ? AND round_id = ?", (worker["id"], rid)
        )[0]
        assert row["template_id"] == tid and row["kind"] == "community"


def test_override_when_creating_a_round(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    snapshot = dump(db)
    # an override needs a reason; bad forms are refused before anything is written
    for extra, why in (
        (["--override", f"{ID_UNCERTIFIED}=社区"], "理由"),
        (["--override", f"{ID_UNCERTIFIED}=领导", "--reason", "x"], "类别"),
        (["--override", f"{ID_UNCERTIFIED}", "--reason", "x"], "写法不对"),
        (["--override", "123=社区", "--reason", "x"], "身份证"),
        (["--reason", "x"], "--override"),
    ):
        code, _, err = run(capsys, db, "appraisal", "round", "--year", "2024", *extra)
        assert code == 3 and why in err, (extra, err)
        assert dump(db) == snapshot
    code, out, err = run(capsys, db, "appraisal", "round", "--year", "2024",
                         "--override", f"{ID_UNCERTIFIED}=社区",
                         "--override", f"{ID_BOTH}=不参加",
                         "--reason", "镇党委会议决定")  # fmt: skip
    assert code == 0, err
    assert "社区社会工作者 2 人" in out and "专业岗位 1 人" in out and "（调整）" in out
    found = rows(db)
    assert set(found) == {ID_COMMUNITY, ID_POST, ID_UNCERTIFIED}
    assert found[ID_UNCERTIFIED]["override_reason"] == "镇党委会议决定"
    assert found[ID_UNCERTIFIED]["kind"] == "community"
    # the one left out on purpose is not added back by a re-run …
    code, out, err = run(capsys, db, "appraisal", "round", "--year", "2024")
    assert code == 0 and "没有需要加入" in out
    assert ID_BOTH not in rows(db)
    # … only by an override with a reason
    code, out, err = run(capsys, db, "appraisal", "round", "--year", "2024",
                         "--override", f"{ID_BOTH}=岗位", "--reason", "复议后参加")  # fmt: skip
    assert code == 0, err
    both = rows(db)[ID_BOTH]
    assert both["kind"] == "post" and both["override_reason"] == "复议后参加"


def test_rerun_refuses_to_change_existing_appraisals(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    assert run(capsys, db, "appraisal", "round", "--year", "2024")[0] == 0
    snapshot = dump(db)
    code, _, err = run(capsys, db, "appraisal", "round", "--year", "2024",
                       "--override", f"{ID_COMMUNITY}=不参加", "--reason", "调走")  # fmt: skip
    assert code == 3 and "已在本年度考评中" in err and dump(db) == snapshot
    code, _, err = run(capsys, db, "appraisal", "round", "--year", "2024",
                       "--template", "社区社工专业岗位绩效考评")  # fmt: skip
    assert code == 0, err  # the template the round already uses: fine
    with open_store(db, daily_backup=False) as store:
        _tid, tpl = next((i, t) for i, t in A.current_templates(store) if t.kind == "post")
        raw = {"key": tpl.key, "kind": tpl.kind, "name": tpl.name + "（修订）",
               "items": [i.to_dict() for i in tpl.items]}  # fmt: skip
        A.save_template(store, raw)
    snapshot = dump(db)
    code, _, err = run(capsys, db, "appraisal", "round", "--year", "2024",
                       "--template", "社区社工专业岗位绩效考评（修订）")  # fmt: skip
    assert code == 3 and "不能更换" in err and dump(db) == snapshot


def test_store_refuses_override_of_someone_already_in_the_round(db: Path) -> None:
    with open_store(db, daily_backup=False) as store:
        rid = A.create_round(store, 2024)
        w = workers.find_by_id_number(store, ID_POST)
        assert w is not None
        with pytest.raises(RuleError, match="已在本年度考评中"):
            A.add_eligible(store, rid, {w["id"]: (None, "调走")})


def test_help_explains_the_rerun(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["appraisal", "round", "--help"]) == 0
    out = capsys.readouterr().out.replace("\n", "")
    assert "考评表一概不动" in out and "--override 身份证号=社区|岗位|不参加" in out


def test_scan_attached_later_and_taken_out(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    """sign without a scan, then sign --scan again attaches it; scan --out gives it back."""
    assert run(capsys, db, "appraisal", "round", "--year", "2024")[0] == 0
    items = [i for t in A.preset_templates() if t.kind == "community" for i in t.items]
    base = ["appraisal"]
    for it in items:
        code, _, err = run(capsys, db, *base, "score", "--year", "2024", "--id-number",
                           ID_COMMUNITY, "--item", it.name, "--score", "5")  # fmt: skip
        assert code == 0, err
    who = ["--year", "2024", "--id-number", ID_COMMUNITY]
    assert run(capsys, db, *base, "finalize", *who)[0] == 0
    code, out, err = run(capsys, db, *base, "scan", *who, "--out", str(tmp_path))
    assert code == 3 and "没有附扫描件" in err
    assert run(capsys, db, *base, "sign", *who)[0] == 0
    signed = rows(db)[ID_COMMUNITY]
    code, out, _ = run(capsys, db, *base, "sign", *who)
    assert code == 0 and "未作改动" in out and rows(db)[ID_COMMUNITY] == signed
    photo = tmp_path / "签字照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    code, out, err = run(capsys, db, *base, "sign", *who, "--scan", str(photo))
    assert code == 0 and "附上扫描件" in out, err
    after = rows(db)[ID_COMMUNITY]
    assert after["state"] == "signed" and after["scan_name"] == "签字照片.jpg"
    assert after["signed_hash"] == signed["signed_hash"]
    back = tmp_path / "out"
    back.mkdir()
    code, out, err = run(capsys, db, *base, "scan", *who, "--out", str(back))
    assert code == 0, err
    assert (back / "签字照片.jpg").read_bytes() == photo.read_bytes()
    code, _, err = run(capsys, db, *base, "scan", *who, "--out", str(tmp_path / "无此夹" / "a.jpg"))
    assert code == 3 and "不存在" in err


def test_delete_a_round_made_by_mistake(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    assert run(capsys, db, "appraisal", "round", "--year", "2025")[0] == 0
    snapshot = dump(db)
    code, _, err = run(capsys, db, "appraisal", "delete-round", "--year", "2025", "--reason", " ")
    assert code == 3 and "理由" in err and dump(db) == snapshot
    # once a sheet is finalized the round stays
    items = [i for t in A.preset_templates() if t.kind == "community" for i in t.items]
    who = ["--year", "2025", "--id-number", ID_COMMUNITY]
    for it in items:
        run(capsys, db, "appraisal", "score", *who, "--item", it.name, "--score", "5")
    assert run(capsys, db, "appraisal", "finalize", *who)[0] == 0
    snapshot = dump(db)
    code, _, err = run(capsys, db, "appraisal", "delete-round", "--year", "2025",
                       "--reason", "年度建错")  # fmt: skip
    assert code == 3 and "1 份定稿" in err and "退回" in err and dump(db) == snapshot
    assert run(capsys, db, "appraisal", "reopen", *who, "--reason", "年度建错")[0] == 0
    code, out, err = run(capsys, db, "appraisal", "delete-round", "--year", "2025",
                         "--reason", "年度建错")  # fmt: skip
    assert code == 0 and "3 份草稿" in out, err
    with open_store(db, daily_backup=False) as store:
        assert A.round_for_year(store, 2025) is None
        live = store.query("SELECT COUNT(*) n FROM appraisals WHERE deleted = 0")[0]["n"]
        assert live == 0
        logged = store.query(
            "SELECT COUNT(*) n FROM audit_log WHERE action = 'delete' AND reason = '年度建错'"
        )[0]["n"]
        assert logged == 4  # three appraisals and the round
    code, _, err = run(capsys, db, "appraisal", "list", "--year", "2025")
    assert code == 3 and "还没有建立" in err
    assert run(capsys, db, "appraisal", "round", "--year", "2025")[0] == 0  # made again


def test_export_carries_the_appraiser(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    assert run(capsys, db, "appraisal", "round", "--year", "2024")[0] == 0
    snapshot = dump(db)
    code, _, err = run(capsys, db, "appraisal", "comment", "--year", "2024",
                       "--id-number", ID_COMMUNITY)  # fmt: skip
    assert code == 3 and "--appraiser" in err and dump(db) == snapshot
    code, _, err = run(capsys, db, "appraisal", "comment", "--year", "2024",
                       "--id-number", ID_COMMUNITY, "--appraiser", "王主任")  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, db, "appraisal", "export", "--year", "2024",
                       "--out", str(tmp_path / "r.xlsx"))  # fmt: skip
    assert code == 0, err
    ws = load_workbook(tmp_path / "r.xlsx")["社区社会工作者绩效考评"]
    head = [c.value for c in ws[2]]
    assert ws.cell(3, head.index("考评人") + 1).value == "王主任"
