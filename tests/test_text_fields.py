"""Every text field a person types or imports is cleaned like names and ID numbers
(``core.text.clean_text``): hidden marks (zero-width, direction) removed, full-width forms
folded, a control character refused with the field's name and nothing stored."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from test_allowance_runs import PEOPLE, make_file

from swdesk.core import appraisal as ap
from swdesk.core import ce, registration
from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.worker import validate_certificate
from swdesk.store import Store, exams, open_store, villages, workers
from swdesk.store import allowances as store_al

HIDDEN = "\u200b\u202e\ufeff"  # zero-width space, right-to-left override, byte-order mark


def _refusal(call: Callable[[], object]) -> str:
    """The message of the refusal ``call`` raises (RuleError or one FieldErrors entry)."""
    with pytest.raises((RuleError, FieldErrors)) as e:
        call()
    err = e.value
    if isinstance(err, FieldErrors):
        return " ".join(err.errors.values())
    return err.message


# -- core validators ---------------------------------------------------------------------------
EVENT = {"title": "社工实务培训", "start_date": "2026-03-01", "hours": 6}


@pytest.mark.parametrize(
    ("key", "label"),
    [("title", "培训名称"), ("place", "培训地点"), ("organizer", "主办单位")],
)
def test_training_fields(key: str, label: str) -> None:
    got = ce.validate_event({**EVENT, key: f"区{HIDDEN}民政局 ２０２６"})
    assert got[key] == "区民政局 2026"  # marks gone, full-width digits folded
    # Chinese punctuation in a title or place stays as typed (NFKC would make it ASCII)
    assert ce.validate_event({**EVENT, key: "区民政局（三楼），会议室"})[key] == (
        "区民政局（三楼），会议室"
    )
    message = _refusal(lambda: ce.validate_event({**EVENT, key: "区民政局\t会议室"}))
    assert label in message and "制表符" in message


def test_training_note_keeps_line_breaks_but_not_other_controls() -> None:
    assert ce.validate_event({**EVENT, "note": f"第一行{HIDDEN}\n第二行"})["note"] == (
        "第一行\n第二行"
    )
    assert "备注" in _refusal(lambda: ce.validate_event({**EVENT, "note": "a\x00b"}))


REG = {"valid_from": "2024-05-01"}


def test_registration_management_number() -> None:
    got = registration.check_fields({**REG, "management_number": f"{HIDDEN}ＳＧ２０２４００１"})
    assert got["management_number"] == "SG2024001"
    note = registration.check_fields({**REG, "note": f"补{HIDDEN}交材料，已核对"})["note"]
    assert note == "补交材料，已核对"
    bad = {**REG, "management_number": "SG\n2024"}
    with pytest.raises(FieldErrors) as e:
        registration.check_fields(bad)
    assert set(e.value.errors) == {"management_number"}
    assert "证书管理号" in e.value.errors["management_number"]


def test_certificate_number() -> None:
    raw = {"level": "助理社会工作师", "obtained_date": "2024-06-01"}
    got = validate_certificate({**raw, "cert_number": f"Z{HIDDEN}2024"})
    assert got["cert_number"] == "Z2024"
    assert validate_certificate({**raw, "cert_number": 2024.0})["cert_number"] == "2024"
    with pytest.raises(FieldErrors) as e:
        validate_certificate({**raw, "cert_number": "Z\t2024"})
    assert "证书编号" in e.value.errors["cert_number"]


def test_appraisal_comment_and_reasons() -> None:
    assert ap.check_comment(f"表现{HIDDEN}良好\n继续努力", "考评意见") == "表现良好\n继续努力"
    assert ap.check_comment("良好，继续努力！", "考评意见") == "良好，继续努力！"
    assert "考评意见" in _refusal(lambda: ap.check_comment("表现\x07良好", "考评意见"))
    assert ap.check_override(ap.KINDS[0], ap.KINDS[1], f"调岗{HIDDEN}") == "调岗"
    assert "理由" in _refusal(lambda: ap.check_override(ap.KINDS[0], ap.KINDS[1], "调\x1b岗"))
    old = next(s for s, targets in ap.TRANSITIONS.items() if ap.STATE_DRAFT in targets)
    assert ap.check_transition(old, ap.STATE_DRAFT, f"{HIDDEN}分数错") == "分数错"
    assert "理由" in _refusal(lambda: ap.check_transition(old, ap.STATE_DRAFT, "分\x00数错"))
    # a reason of hidden marks only is no reason
    assert "理由" in _refusal(lambda: ap.check_transition(old, ap.STATE_DRAFT, HIDDEN))


# -- store-level fields ------------------------------------------------------------------------
@pytest.fixture
def s(tmp_path: Path) -> Iterator[Store]:
    with open_store(make_file(tmp_path / "swdesk.db"), daily_backup=False) as store:
        yield store


def _code(s: Store, n: int) -> str:
    return f"{s.unit_code}{n:03d}"


def test_village_names(s: Store) -> None:
    vid = villages.add(s, _code(s, 901), f"新{HIDDEN}村（一组）", "rural")
    assert next(v for v in villages.list_all(s) if v["id"] == vid)["name"] == "新村（一组）"
    before = len(villages.list_all(s))
    message = _refusal(lambda: villages.add(s, _code(s, 902), "新\n村", "rural"))
    assert "村（社区）名称" in message
    assert len(villages.list_all(s)) == before


def _wid(s: Store, name: str) -> str:
    row = workers.find_by_id_number(s, PEOPLE[name])
    assert row is not None
    return str(row["id"])


def test_allowance_adjustment_reason(s: Store) -> None:
    q1, apr = date(2026, 1, 1), date(2026, 4, 1)
    store_al.compute_run(s, q1, 3)
    store_al.publish(s, q1)
    store_al.approve(s, q1)
    store_al.compute_run(s, apr)
    wid = _wid(s, "新证")
    line = store_al.adjust(s, apr, date(2026, 2, 1), wid, 5000, f"二月{HIDDEN}少算")
    run = store_al.require_run(s, apr)
    stored = {r["id"]: r for r in store_al.run_lines(s, run["id"])}
    assert stored[line]["note"] == "二月少算"
    count = len(stored)
    message = _refusal(lambda: store_al.adjust(s, apr, date(2026, 2, 1), wid, 100, "二月\t少算"))
    assert "补发或扣回的理由" in message
    assert len(store_al.run_lines(s, run["id"])) == count
    assert "理由" in _refusal(lambda: store_al.adjust(s, apr, date(2026, 2, 1), wid, 100, HIDDEN))


def test_exam_registration_texts(s: Store) -> None:
    exams.save_year(s, 2026, {})
    wid = _wid(s, "不合格")
    rid = exams.register(
        s, 2026, wid, "中级", ticket_no=f"{HIDDEN}２０２６０１", site=f"一中{HIDDEN}考点"
    )
    view = exams.registration(s, rid)
    assert (view.ticket_no, view.site) == ("202601", "一中考点")
    for key, label in (("ticket_no", "准考证号"), ("site", "考点"), ("note", "备注")):
        message = _refusal(lambda k=key: exams.update_registration(s, rid, {k: "A\x0bB"}))
        assert label in message
    assert exams.update_registration(s, rid, {"note": f"补交{HIDDEN}照片\n已核对"})
    assert exams.registration(s, rid).ticket_no == "202601"
    other = _wid(s, "新证")
    assert "准考证号" in _refusal(lambda: exams.register(s, 2026, other, "中级", ticket_no="1\t2"))
    assert all(v.worker_id != other for v in exams.registrations(s, 2026))


def test_exam_year_note(s: Store) -> None:
    exams.save_year(s, 2026, {"note": f"{HIDDEN}十月考试"})
    assert exams.get_year(s, 2026)["note"] == "十月考试"
    assert "备注" in _refusal(lambda: exams.save_year(s, 2026, {"note": "十月\x00考试"}))
    assert exams.get_year(s, 2026)["note"] == "十月考试"


def test_prose_folds_letters_and_digits_but_keeps_chinese_punctuation() -> None:
    from swdesk.core.text import clean_text, fold_alnum

    assert fold_alnum("Ａｂ０９，：（）！\u3000") == "Ab09，：（）！\u3000"
    assert fold_alnum("plain ascii") == "plain ascii"
    assert clean_text("第１组（东）：", "名称", prose=True) == "第1组（东）："
    assert clean_text("第１组（东）：", "名称") == "第1组(东):"  # names and numbers fold fully
