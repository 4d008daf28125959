"""The pinyin table reads every character as pypinyin does, and spares its import.

``core.han_pinyin`` (built by scripts/build_han_pinyin.py at setup and bundle time) replaces pypinyin's character
dictionary for U+3000–U+9FFF: these tests hold it to pypinyin's reading of each character, hold
that pypinyin reads nothing below the table, and that a name of table characters never loads
pypinyin while one beyond the table still gets pypinyin's reading.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from swdesk.core import han_pinyin, names


def test_table_covers_the_range_names_relies_on() -> None:
    assert (han_pinyin.FIRST, han_pinyin.LAST) == (names._TABLE_FIRST, names._TABLE_LAST)
    assert len(han_pinyin.CODES) == 2 * (han_pinyin.LAST - han_pinyin.FIRST + 1)


def test_every_character_of_the_table_reads_as_pypinyin_reads_it() -> None:
    table = names._char_syllable.__wrapped__  # not the cache: the table itself
    wrong = [
        (hex(cp), table(chr(cp)), names.pypinyin_syllable(chr(cp)))
        for cp in range(han_pinyin.FIRST, han_pinyin.LAST + 1)
        if table(chr(cp)) != names.pypinyin_syllable(chr(cp))
    ]
    assert wrong == []
    assert table("张") == "zhang" and table("〇") == "ling" and table("㐀") == "qiu"


def test_pypinyin_reads_nothing_below_the_table() -> None:
    assert {names.pypinyin_syllable(chr(cp)) for cp in range(han_pinyin.FIRST)} == {""}
    assert names._char_syllable.__wrapped__("A") == ""


def test_characters_beyond_the_table_still_read_by_pypinyin() -> None:
    beyond = "\U00020000"  # 𠀀, extension B
    assert ord(beyond) > han_pinyin.LAST
    assert names.pypinyin_syllable(beyond) != ""
    assert names._char_syllable.__wrapped__(beyond) == names.pypinyin_syllable(beyond)


def _loads_pypinyin(name: str) -> bool:
    code = (
        "import sys\n"
        "from swdesk.core import names\n"
        "print(names.pinyin_keys(sys.argv[1]), names.sort_key(sys.argv[1]))\n"
        "print('pypinyin' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, name], capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()[-1] == "True"


def test_names_of_table_characters_never_import_pypinyin() -> None:
    assert not _loads_pypinyin("曾小明·A1")
    assert _loads_pypinyin("张\U00020000")


def test_without_the_built_table_every_character_goes_to_pypinyin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A checkout that never ran the build reads names the same, through pypinyin."""
    import swdesk.core

    monkeypatch.setitem(sys.modules, "swdesk.core.han_pinyin", None)  # import fails
    monkeypatch.delattr(swdesk.core, "han_pinyin", raising=False)
    names._table.cache_clear()
    try:
        assert names._table() is None
        read = names._char_syllable.__wrapped__
        assert [read(ch) for ch in "张〇㐀A"] == ["zhang", "ling", "qiu", ""]
    finally:
        monkeypatch.undo()
        names._table.cache_clear()
    assert names._table() is not None


def test_the_build_is_skipped_while_the_table_matches_pypinyin() -> None:
    sys.path.insert(0, "scripts")
    try:
        import build_han_pinyin
    finally:
        sys.path.remove("scripts")
    assert build_han_pinyin.version("pypinyin") == han_pinyin.PYPINYIN
    assert build_han_pinyin.up_to_date(han_pinyin.PYPINYIN)
    assert not build_han_pinyin.up_to_date("0.0.0")  # another pypinyin: built again
