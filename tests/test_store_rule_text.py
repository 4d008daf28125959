"""The data layer's rule messages: the same Chinese as before, English on an English screen."""

from __future__ import annotations

import sqlite3
import string
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from swdesk import app
from swdesk.core.errors import RuleError
from swdesk.core.i18n import Text, msg
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, exams, open_store, training, villages, workers
from swdesk.store.blobs import put_blob
from swdesk.ui.rule_text import shown

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import en_glossary_rules_store

MB = 1048576


def idn(n: int) -> str:
    return make_id_number("510104", date(1980, 1, 1 + n % 28), n)


def person(store: Store, n: int, certs: list[dict[str, object]] | None = None) -> str:
    return workers.create(
        store,
        {"name": f"测试{n}", "id_number": idn(n), "village_code": "510104001001"},
        certs or [],
    )


def rejected_attendance(store: Store) -> training.AttendanceRejected:
    a = person(store, 1)
    eid = training.add_event(
        store, {"title": "儿童保护培训", "start_date": "2022-05-10", "hours": 4}
    )
    lines = [
        training.Attendee(a, hours=5, line=2),
        training.Attendee("123", line=3),
        training.Attendee(a, line=4),
    ]
    with pytest.raises(training.AttendanceRejected) as caught:
        training.attend(store, eid, lines)
    return caught.value


# -- the Chinese is what it was ---------------------------------------------------------------------
def test_chinese_sentences_are_unchanged(store: Store) -> None:
    with pytest.raises(RuleError) as caught:
        villages.add(store, "510104001001", "和平社区二", "urban")
    assert caught.value.message == "代码 510104001001 已经登记为“和平社区”，不能重复添加。"
    assert isinstance(caught.value.message, Text)

    with pytest.raises(RuleError) as caught:
        put_blob(store, "training_proofs", msg("证明文件"), "a.pdf", b"x" * (3 * MB // 2), MB)
    assert caught.value.message == "证明文件“a.pdf”有 1.5 MB，太大（最多 1 MB），请压缩后再加。"


def test_a_rejected_sheet_reads_as_before(store: Store) -> None:
    error = rejected_attendance(store)
    p = error.problems
    assert p[0] == f"第2行：测试1（{idn(1)}） 学时 5 超过了培训本身的 4 学时。"
    assert p[1] == "第3行：身份证号“123”不对：身份证号应为18位（旧号码为15位），现在是 3 位。"
    assert p[2] == f"第4行：测试1（{idn(1)}） 在名单里出现了两次（另见第2行）。"
    assert error.message == "签到记录没有保存：" + "；".join(p)
    assert all(isinstance(x, Text) for x in [*p, error.message])


def test_a_long_list_of_problems_is_cut_as_before(store: Store) -> None:
    exams.save_year(store, 2024)
    missing = [f"no-such-{n}" for n in range(12)]
    with pytest.raises(exams.RegistrationRejected) as caught:
        exams.register_many(store, 2024, missing, "初级")
    problems = caught.value.problems
    assert problems[0] == "找不到档案 no-such-0"
    assert caught.value.message == (
        "报名没有保存：" + "；".join(problems[:10]) + f"……共 {len(problems)} 处"
    )


# -- English on screen -----------------------------------------------------------------------------
def test_store_messages_in_english(store: Store, english: None) -> None:
    with pytest.raises(RuleError) as caught:
        villages.add(store, "510104001001", "和平社区二", "urban")
    assert shown(caught.value.message) == (
        "The code 510104001001 is already recorded as “和平社区” and cannot be added twice."
    )
    with pytest.raises(RuleError) as caught:
        put_blob(store, "training_proofs", msg("证明文件"), "a.pdf", b"x" * (3 * MB // 2), MB)
    assert shown(caught.value.message) == (
        "Proof “a.pdf” is 1.5 MB, too large (at most 1 MB); please compress it and add it again."
    )


def test_stored_values_in_a_message_appear_in_english(store: Store, english: None) -> None:
    exams.save_year(store, 2024)
    holder = person(store, 2, [{"level": "助理社会工作师", "obtained_date": "2020-01-01"}])
    with pytest.raises(RuleError) as caught:
        exams.register(store, 2024, holder, "初级")
    assert shown(caught.value.message) == (
        "测试2 already holds a Social Work Assistant certificate or higher and need not sit the "
        "Primary exam."
    )
    with pytest.raises(RuleError) as caught:
        exams.register(store, 2024, holder, "中级", state="随便")
    assert shown(caught.value.message) == (
        "The registration status “随便” is not valid; choose one of: Planned, Registered, "
        "Fee Paid, Sat, Absent."
    )


def test_a_rejected_sheet_in_english_translates_every_part(store: Store, english: None) -> None:
    error = rejected_attendance(store)
    assert shown(error.message) == (
        f"The attendance was not saved: Row 2: 测试1 ({idn(1)}): 5 hours is more than the "
        "training's own 4 hours.; Row 3: The ID number “123” is not valid: An ID number has 18 "
        f"digits (old numbers 15); this one has 3.; Row 4: 测试1 ({idn(1)}) is on the list "
        "twice (see also Row 2)."
    )


def test_a_long_list_in_english_says_how_many(store: Store, english: None) -> None:
    exams.save_year(store, 2024)
    with pytest.raises(exams.RegistrationRejected) as caught:
        exams.register_many(store, 2024, [f"x{n}" for n in range(11)], "初级")
    text = shown(caught.value.message)
    assert text.startswith("The registration was not saved: File x0 not found; File x1 not found")
    assert text.endswith("File x9 not found … (11 problems in all)")


def test_a_refused_data_file_is_explained_in_english(
    db_path: Path, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    seen: list[str] = []

    def record(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(record))
    assert app.open_data_file(db_path) == app.EXIT_REJECTED
    assert seen[0].startswith(f"The data file {db_path} was written by a newer swdesk")
    assert "this program knows up to version" in seen[0]


# -- the glossary ---------------------------------------------------------------------------------
def _fields(template: str) -> list[tuple[str, str]]:
    return sorted(
        (name, spec or "")
        for _, name, spec, _ in string.Formatter().parse(template)
        if name is not None
    )


def test_english_keeps_every_placeholder_with_its_format() -> None:
    for chinese, english_text in en_glossary_rules_store.BY_CONTEXT[""].items():
        assert _fields(english_text) == _fields(chinese), chinese
