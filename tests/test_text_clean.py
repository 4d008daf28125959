"""Names, text fields and ID numbers are made plain on the way in (``core.text``): invisible
characters removed, compatibility forms folded where no Chinese character changes, control
characters refused with the field named — in roster import, the worker form and search."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from roster_corpus import STANDARD_HEADER, simple_roster, standard_rows, valid_id

from swdesk.core.errors import FieldErrors, RuleError
from swdesk.core.idnumber import make_id_number, parse_id_number
from swdesk.core.text import clean_text, fold, search_text, strip_invisible
from swdesk.core.worker import validate_worker
from swdesk.services import roster
from swdesk.store import Store, workers
from swdesk.store.workers import WorkerFilter

ID = make_id_number("510104", date(1990, 1, 2), 11)


# -- core -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "hidden",
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202e", "\u2066"],
)
def test_invisible_characters_are_removed(hidden: str) -> None:
    assert clean_text(f"王{hidden}五", "姓名") == "王五"
    assert strip_invisible(f"{hidden}abc{hidden}") == "abc"


def test_plain_text_is_left_as_it_is() -> None:
    for text in ("王五", "Zhang San", "欧阳·娜娜", "阿卜杜拉·买买提"):
        assert clean_text(text, "姓名") == text


def test_full_width_letters_and_digits_fold_but_chinese_characters_stay() -> None:
    assert fold("ＡＢＣ１２３") == "ABC123"
    assert fold("\u3000") == " "
    # A CJK compatibility ideograph and a Kangxi radical are other characters in a name.
    assert fold("\uf900") == "\uf900" and fold("\u2f00") == "\u2f00"
    assert fold("李\uf900ＡＢ") == "李\uf900AB"


@pytest.mark.parametrize(
    ("value", "what"),
    [("王\t五", "制表符"), ("王\n五", "换行"), ("王\r五", "换行"), ("王\x00五", "U+0000")],
)
def test_control_characters_are_refused_naming_the_field(value: str, what: str) -> None:
    with pytest.raises(RuleError) as exc:
        clean_text(value, "姓名")
    assert exc.value.message.startswith("姓名里") and what in exc.value.message


def test_a_trailing_line_break_is_only_a_blank() -> None:
    assert clean_text("王五\n", "姓名") == "王五"


def test_multiline_fields_keep_line_breaks_but_refuse_other_controls() -> None:
    assert clean_text("第一行\r\n第二行", "备注", multiline=True) == "第一行\n第二行"
    with pytest.raises(RuleError, match="备注里"):
        clean_text("第一行\x07", "备注", multiline=True)


def test_an_id_number_with_a_hidden_mark_is_the_number() -> None:
    for hidden in ("\u200e", "\u200b", "\ufeff", "\u202d"):
        assert parse_id_number(ID[:6] + hidden + ID[6:] + hidden).value == ID


def test_an_id_number_with_a_tab_inside_is_refused_as_such() -> None:
    with pytest.raises(RuleError) as exc:
        parse_id_number(ID[:6] + "\t" + ID[6:])
    assert exc.value.field == "id_number" and "制表符" in exc.value.message
    assert "位" not in exc.value.message  # not "现在是 19 位"


def test_the_worker_record_is_clean() -> None:
    out = validate_worker(
        {"name": "\u202e王\u200b五", "id_number": "\u200e" + ID, "notes": "一\n二", "major": "ＡＩ"}
    )
    assert (out["name"], out["id_number"], out["notes"], out["major"]) == (
        "王五",
        ID,
        "一\n二",
        "AI",
    )


@pytest.mark.parametrize(("field", "label"), [("name", "姓名"), ("major", "专业")])
def test_the_worker_record_refuses_control_characters_per_field(field: str, label: str) -> None:
    raw = {"name": "王五", "id_number": ID, field: "王\t五"}
    with pytest.raises(FieldErrors) as exc:
        validate_worker(raw)
    assert list(exc.value.errors) == [field] and exc.value.errors[field].startswith(label)


def test_search_text_drops_what_the_stored_text_cannot_hold() -> None:
    assert search_text("王\u200b五\t") == "王五"


# -- roster import, search --------------------------------------------------------------------
def _row(name: str, number: str) -> list[object]:
    row: list[object] = list(standard_rows(1)[0])
    row[0], row[1] = name, number
    return row


def test_imported_names_and_numbers_are_clean_and_found(store: Store, tmp_path: Path) -> None:
    number = valid_id(7)
    path = simple_roster(
        tmp_path / "r.xlsx", STANDARD_HEADER, [_row("王\u200b五", "\u200f" + number + "\u200e")]
    )
    plan = roster.plan_import(store, path)
    assert plan.errors == []
    roster.apply_import(store, plan)
    (found,) = workers.list_public(store, "王五")
    assert found["name"] == "王五" and found["id_number"] == number
    assert workers.list_public(store, "王\u200b五")  # a pasted query finds it too
    assert workers.search_rowids(store, WorkerFilter(text=number[-6:]))


def test_a_name_with_a_tab_is_refused_with_its_row_and_column(store: Store, tmp_path: Path) -> None:
    rows = [_row("王\t五", valid_id(8)), _row("李四", valid_id(9))]
    path = simple_roster(tmp_path / "r.xlsx", STANDARD_HEADER, rows)
    plan = roster.plan_import(store, path)
    (err,) = plan.errors
    assert (err.row, err.column) == (2, "姓名")
    assert "控制字符（制表符）" in err.reason
    assert workers.count(store) == 0


def test_every_character_refused_as_control_is_unprintable() -> None:
    """``clean_text`` skips its search for a printable text: that must never skip a refusal."""
    import sys

    from swdesk.core import text

    for pattern in (text._CONTROL_RE, text._CONTROL_BUT_LINE_BREAK_RE):
        for cp in range(sys.maxunicode + 1):
            ch = chr(cp)
            if pattern.match(ch):
                assert not ch.isprintable(), hex(cp)
