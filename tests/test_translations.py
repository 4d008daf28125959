"""The English translation: the committed .ts is complete and current, the .qm builds and works."""

from __future__ import annotations

import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from swdesk.core import appraisal, ce, enums, exam

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import build_translations  # noqa: E402
import en_glossary  # noqa: E402
import update_translations  # noqa: E402

TS = ROOT / "resources" / "translations" / "swdesk_en.ts"
REFRESH = "run .venv/bin/python scripts/update_translations.py and add what it lists to scripts/en_glossary.py"
ENUM_VALUES = (
    enums.GENDERS
    + enums.LEVELS
    + enums.POST_TYPES
    + enums.DOMAINS
    + enums.STATUSES
    + enums.POLITICAL_STATUSES
    + enums.EDUCATIONS
    + tuple(enums.VILLAGE_KIND_LABELS.values())
    + enums.ETHNICITIES
)
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%L?\d+")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def _fail_listing(title: str, keys: object) -> None:
    items = sorted(keys)  # type: ignore[call-overload]
    if items:
        lines = "\n".join(f"  {context}: {source!r}" for context, source in items)
        pytest.fail(f"{title} — {REFRESH}:\n{lines}", pytrace=False)


def _unfinished(messages: dict[tuple[str, str], ET.Element]) -> list[tuple[str, str]]:
    return [key for key, msg in messages.items() if not update_translations._translated(msg)]


def test_ts_file_parses_and_declares_its_languages() -> None:
    root = ET.parse(TS).getroot()
    assert root.tag == "TS"
    assert root.get("language") == "en"
    assert root.get("sourcelanguage") == "zh_CN"


def test_every_enum_value_is_extracted_and_translated() -> None:
    messages = _messages(TS)
    enum_keys = {key for key in messages if key[0] == "enum"}
    _fail_listing("enum values not in the .ts", {("enum", v) for v in ENUM_VALUES} - enum_keys)
    _fail_listing("untranslated enum values", [k for k in _unfinished(messages) if k[0] == "enum"])


def test_no_message_is_left_untranslated() -> None:
    _fail_listing("untranslated messages", _unfinished(_messages(TS)))


def test_ts_file_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """Someone added tr() strings without refreshing the .ts: the English UI would show Chinese."""
    fresh = tmp_path / "swdesk_en.ts"
    shutil.copy(TS, fresh)
    update_translations.lupdate(update_translations.sources(), fresh)
    committed, current = set(_messages(TS)), set(_messages(fresh))
    _fail_listing("strings in the sources but not in the .ts", current - committed)
    _fail_listing("strings in the .ts but no longer in the sources", committed - current)


def test_glossary_keeps_placeholders_and_numerus_pairs() -> None:
    tables = [en_glossary.COMMON, *en_glossary.BY_CONTEXT.values()]
    for table in tables:
        for source, english in table.items():
            forms = (english,) if isinstance(english, str) else english
            assert all(f.strip() for f in forms), f"empty English for {source!r}"
            if not isinstance(english, str):
                assert len(english) == 2, f"{source!r}: a %n message needs (singular, plural)"
            for form in forms:
                assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                    f"placeholders differ: {source!r} -> {form!r}"
                )


def test_glossary_covers_every_enumeration_including_ethnicities() -> None:
    for value in (*ENUM_VALUES, *enums.ETHNICITIES):
        assert en_glossary.lookup("enum", value), value
    assert en_glossary.lookup("enum", "社会工作师") == "Social Worker"
    assert en_glossary.lookup("enum", "社工员") == "Community Social Work Aide"


def test_qm_builds_and_translates_levels(qapp: QCoreApplication, tmp_path: Path) -> None:
    ts = tmp_path / "swdesk_en.ts"
    shutil.copy(TS, ts)
    build_translations.compile_ts(ts)
    qm = ts.with_suffix(".qm")
    assert qm.stat().st_size > 0
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.translate("enum", "社会工作师") == "社会工作师"
    assert QCoreApplication.installTranslator(translator)
    try:
        expected = {
            "社工员": "Community Social Work Aide",
            "助理社会工作师": "Social Work Assistant",
            "社会工作师": "Social Worker",
            "高级社会工作师": "Senior Social Worker",
            "在岗": "In Post",
        }
        for chinese, english in expected.items():
            assert QCoreApplication.translate("enum", chinese) == english
        # the context matters: the same text elsewhere is not an enum translation
        assert QCoreApplication.translate("NoSuchContext", "社会工作师") == "社会工作师"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("enum", "社会工作师") == "社会工作师"


def test_stored_values_show_the_core_label_through_one_helper(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    """The pages that kept their own copies of these words now show the core's label: the
    English stays what it was (Draft, Absent, At Risk…)."""
    from swdesk.ui.enum_labels import code_label, label

    ts = tmp_path / "swdesk_en.ts"
    shutil.copy(TS, ts)
    build_translations.compile_ts(ts)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    assert code_label(appraisal.STATE_LABELS, appraisal.STATE_DRAFT) == "草稿"
    assert QCoreApplication.installTranslator(translator)
    try:
        assert [code_label(appraisal.STATE_LABELS, s) for s in appraisal.STATES] == [
            "Draft",
            "Finalized",
            "Signed",
        ]
        assert label(exam.STATE_ABSENT) == "Absent"
        assert code_label(ce.STATUS_LABELS, ce.STATUS_AT_RISK) == "At Risk"
        assert label(ce.UNREGISTERED_LABEL) == "Not Registered"
        assert code_label(ce.UNIT_LABELS, ce.UNIT_DAYS) == "days"
        assert code_label(enums.VILLAGE_KIND_LABELS, enums.VILLAGE_RURAL) == "Village"
        # a code the labels do not know is shown as it is; nothing shows the empty text
        assert code_label(appraisal.STATE_LABELS, "archived") == "archived"
        assert code_label(appraisal.STATE_LABELS, None, "—") == "—"
    finally:
        QCoreApplication.removeTranslator(translator)


def _ts_with(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="en" sourcelanguage="zh_CN">{body}</TS>\n'
    )


def test_build_is_quiet_and_skips_up_to_date_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build_translations, "TRANSLATIONS", tmp_path)
    ts = tmp_path / "swdesk_en.ts"
    shutil.copy(TS, ts)
    assert build_translations.main([]) == 0
    assert "built" in capsys.readouterr().out
    qm = ts.with_suffix(".qm")
    first = qm.stat().st_mtime_ns
    assert build_translations.main([]) == 0
    assert capsys.readouterr() == ("", "")
    assert qm.stat().st_mtime_ns == first
    stamp = qm.stat().st_mtime + 5
    os.utime(ts, (stamp, stamp))  # the .ts changed after the .qm was built
    assert build_translations.stale(ts)
    assert build_translations.build() == [qm]


def test_a_broken_ts_fails_loudly_and_leaves_no_qm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build_translations, "TRANSLATIONS", tmp_path)
    ts = tmp_path / "swdesk_en.ts"
    ts.write_text(_ts_with("<context><name>x</name><message>"), encoding="utf-8")
    with pytest.raises(SystemExit, match="翻译文件编译失败"):
        build_translations.main([])
    assert list(tmp_path.iterdir()) == [ts]
    capsys.readouterr()


def test_fill_applies_the_glossary_and_keeps_other_translations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(en_glossary.COMMON, "共 %n 人", ("%n worker", "%n workers"))
    ts = tmp_path / "swdesk_en.ts"
    ts.write_text(
        _ts_with(
            "<context><name>enum</name>"
            '<message><source>社会工作师</source><translation type="unfinished"/></message>'
            "<message><source>在岗</source><translation>Wrong</translation></message>"
            "</context><context><name>Main</name>"
            '<message numerus="yes"><source>共 %n 人</source><translation type="unfinished">'
            "<numerusform/></translation></message>"
            "<message><source>未收录的词</source><translation>Kept from Linguist</translation></message>"
            '<message><source>另一个未收录的词</source><translation type="unfinished"/></message>'
            "</context>"
        ),
        encoding="utf-8",
    )
    result = update_translations.fill(ts)
    assert (result.total, result.filled) == (5, 2)
    assert result.changed == ["enum: 在岗"]
    assert result.missing == [("Main", "另一个未收录的词")]
    messages = _messages(ts)
    assert messages["enum", "社会工作师"].findtext("translation") == "Social Worker"
    assert messages["enum", "社会工作师"].find("translation").get("type") is None  # type: ignore[union-attr]
    assert messages["enum", "在岗"].findtext("translation") == "In Post"
    forms = [f.text for f in messages["Main", "共 %n 人"].iter("numerusform")]
    assert forms == ["%n worker", "%n workers"]
    assert messages["Main", "未收录的词"].findtext("translation") == "Kept from Linguist"


def test_source_warnings_name_strings_lupdate_cannot_see(tmp_path: Path) -> None:
    src = tmp_path / "view.py"
    src.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _t(text):\n"
        '    return QCoreApplication.translate("View", text)\n'
        "class View:\n"
        "    def title(self, n):\n"
        '        return self.tr(f"共 {n} 人")\n'
        "    def empty(self):\n"
        '        return _t("无")\n'
        "    def fine(self, n):\n"
        '        return self.tr("共 {n} 人").format(n=n)\n',
        encoding="utf-8",
    )
    warnings = update_translations.source_warnings([src])
    assert len(warnings) == 2
    assert "use .format() after tr()" in warnings[0] and ":6:" in warnings[0]
    assert ':8: lupdate does not see _t("…")' in warnings[1]
    assert 'QCoreApplication.translate("View", "…")' in warnings[1]


@pytest.mark.parametrize(
    ("source", "english"),
    [
        ("手机号码(&P)", "Mobile &Phone"),
        ("村（社区）(&V)", "&Village/Community"),
        ("导入(&Q)", "Import (&Q)"),
        ("姓名：", "Name:"),
        ("备份…", "Backup…"),
        ("没有这个词(&X)", None),
        ("没有这个词：", None),
    ],
)
def test_glossary_derives_mnemonic_and_colon_forms(source: str, english: str | None) -> None:
    assert en_glossary.lookup("AnyContext", source) == english
