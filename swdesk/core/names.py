"""Pinyin keys of Chinese names, so ``zs`` and ``zhangsan`` both find 张三.

Characters are read from a table of pypinyin's readings (``core.han_pinyin``, built from the
installed pypinyin by scripts/build_han_pinyin.py at setup and bundle time); pypinyin itself is
imported only for a character beyond it (extension B on), or for every character where the
table was not built: loading its dictionaries takes ~150 ms and ~55 MB, more than a whole
roster's lookups.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

# Surnames read otherwise than the character's everyday reading, which is what pypinyin gives
# (曾 céng, but the surname is Zēng): a cadre types "zxm" for 曾小明. Both readings are indexed.
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "查": "zha",
    "朴": "piao",
    "区": "ou",
    "乐": "yue",
    "盖": "ge",
    "缪": "miao",
    "翟": "zhai",
    "覃": "qin",
    "种": "chong",
    "秘": "bi",
    "召": "shao",
    "繁": "po",
    "员": "yun",
    "黑": "he",
    "隗": "wei",
    "宓": "fu",
    "能": "nai",
    "句": "gou",
}


@lru_cache(maxsize=1)
def _single_char_pinyin() -> Any:
    """pypinyin's ``lazy_pinyin``, loaded once without its phrase dictionary.

    Only single characters are ever asked for here, and a single character's reading comes
    from the character dictionary alone (the same for all 41,923 characters it holds, with the
    phrases or without). The phrase dictionary is a 0.3 s JSON load and a segmenter trained on
    it at import: pypinyin's own switches ``PYPINYIN_NO_PHRASES`` and ``PYPINYIN_NO_DICT_COPY``,
    read once at its import, leave both out. Set only for that import, so nothing else in the
    process sees them; if something imported pypinyin before, its copy is used as it is.
    """
    import os
    import sys

    if "pypinyin" not in sys.modules:
        saved = {k: os.environ.get(k) for k in _PYPINYIN_SWITCHES}
        os.environ.update(dict.fromkeys(_PYPINYIN_SWITCHES, "1"))
        try:
            import pypinyin  # noqa: F401
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    from pypinyin import Style, lazy_pinyin

    return lambda ch: lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")


_PYPINYIN_SWITCHES = ("PYPINYIN_NO_PHRASES", "PYPINYIN_NO_DICT_COPY")


@lru_cache(maxsize=20000)
def _char_syllable(ch: str) -> str:
    """Pinyin of one character, cached: names reuse a few thousand characters, and pypinyin
    dominated the cost of indexing a 10k-row roster.

    From the built table (``core.han_pinyin``, pypinyin's readings of U+3000–U+9FFF) when
    the character is in it: importing pypinyin's character dictionary cost a roster import
    more than all its lookups. pypinyin reads nothing below the table; above it (extension
    B on, compatibility ideographs), or when the table was not built, pypinyin is asked."""
    cp = ord(ch)
    if cp > _TABLE_LAST:
        return pypinyin_syllable(ch)
    if cp < _TABLE_FIRST:
        return ""
    table = _table()
    if table is None:
        return pypinyin_syllable(ch)
    codes, syllables = table
    at = (cp - _TABLE_FIRST) * 2
    return syllables[int(codes[at : at + 2], 36)]


# ``core.han_pinyin``'s range, here so that a character outside it does not import the table.
_TABLE_FIRST, _TABLE_LAST = 0x3000, 0x9FFF


@lru_cache(maxsize=1)
def _table() -> tuple[str, tuple[str, ...]] | None:
    """The table's codes and readings; None when it was not built (a source checkout that did
    not run ``dev.sh setup``): every character then goes to pypinyin, slower but the same."""
    try:
        from swdesk.core import han_pinyin
    except ImportError:
        return None
    return han_pinyin.CODES, ("", *han_pinyin.SYLLABLES.split())


def pypinyin_syllable(ch: str) -> str:
    """pypinyin's reading of one character: the first, toneless, lower case; "" for none.
    What ``core.han_pinyin`` was made from (scripts/build_han_pinyin.py)."""
    out = _single_char_pinyin()(ch)
    return out[0].lower() if out and out[0].isalpha() else ""


@lru_cache(maxsize=16384)
def _everyday(name: str) -> tuple[str, ...]:
    """The syllables of a whole name, cached: writing a worker asks twice (its stored pinyin
    key, then its search terms), each time a loop over the characters. Room for a 10k-row
    roster's names: it is stored in batches and indexed after the last, so a smaller cache
    has dropped the first names before the index asks for them again."""
    return tuple(s for s in map(_char_syllable, name) if s)


def pinyin_syllables(name: str) -> list[str]:
    """Lower-case toneless syllables of ``name``, the surname read as a surname (曾 → zeng);
    characters without pinyin are dropped."""
    return list(_as_surname(name, _everyday(name)))


def _as_surname(name: str, syllables: Sequence[str]) -> tuple[str, ...]:
    first = name.strip()[:1]
    if syllables and first in SURNAME_READINGS:
        return (SURNAME_READINGS[first], *syllables[1:])
    return tuple(syllables)


def pinyin_keys(name: str) -> tuple[str, str]:
    """(initials, full pinyin) of a name, lower-case, without tones or separators."""
    syllables = pinyin_syllables(name)
    return "".join(s[0] for s in syllables), "".join(syllables)


# Digit fields are indexed by their suffixes of at least this many characters: a fragment of
# two digits would match half the file and is not worth ~2 index entries per field and worker.
MIN_DIGIT_FRAGMENT = 3


def search_terms(name: str, id_number: str, phone: str | None) -> set[str]:
    """Index terms whose prefixes answer a search: every suffix of the name, of its initials
    and of its syllable-aligned pinyin, and of the ID number and phone (at least
    ``MIN_DIGIT_FRAGMENT`` characters).

    A substring of any field is a prefix of one of its suffixes, so an index range scan over
    these terms finds it without reading the whole table.
    """
    terms = name_terms(name)
    for digits in digit_fields(id_number, phone):
        for i in range(len(digits) - MIN_DIGIT_FRAGMENT + 1):
            terms.add(digits[i:])
    return terms


def digit_fields(id_number: str, phone: str | None) -> list[str]:
    """The ID number and phone as indexed (lower case: a final X is searched as x).

    Their suffixes are ~25 of a worker's ~33 terms; a bulk insert has SQLite cut them
    (``store.workers``), with ``search_terms`` as the definition it must match."""
    return [d for d in (id_number.lower(), phone or "") if len(d) >= MIN_DIGIT_FRAGMENT]


def name_terms(name: str) -> set[str]:
    """The name's part of ``search_terms``: suffixes of the name, its initials and pinyin.

    Each suffix of the syllables is a suffix of the initials' string (one letter a syllable)
    and of the whole pinyin, cut where its syllable begins: slices of two strings, not a join
    per suffix (a roster's 10k names are indexed in one pass)."""
    clean = name.strip().lower()
    terms = {clean[i:] for i in range(len(clean))}
    everyday = _everyday(clean)
    _add_syllable_suffixes(terms, everyday)
    as_surname = _as_surname(clean, everyday)  # both readings of a surname are terms
    if as_surname != everyday:
        _add_syllable_suffixes(terms, as_surname)
    terms.discard("")
    return terms


def _add_syllable_suffixes(terms: set[str], syllables: tuple[str, ...]) -> None:
    initials = "".join([s[0] for s in syllables])
    full = "".join(syllables)
    at = 0
    for i, syllable in enumerate(syllables):
        terms.add(initials[i:])
        terms.add(full[at:])
        at += len(syllable)


def stroke_count(ch: str) -> int:
    """Strokes of one Han character (Unihan kTotalStrokes, mainland count); 0 when unknown."""
    from swdesk.core import han_strokes

    cp = ord(ch)
    if not han_strokes.FIRST <= cp <= han_strokes.LAST:
        return 0
    at = (cp - han_strokes.FIRST) * 2
    return int(han_strokes.COUNTS[at : at + 2])


@lru_cache(maxsize=20000)
def _sort_piece(ch: str, syllable: str) -> str:
    if not syllable:
        return ch.lower()
    return f"{syllable} {stroke_count(ch):02d}{ch} "


@lru_cache(maxsize=50000)
def sort_key(name: str) -> str:
    """The order of names in a 花名册: character by character, each by its pinyin, then where
    the pinyin is the same by its stroke count, then by the character (陈娟桂 before 程丽: 陈
    chén comes before 程 chéng whatever follows; 张 zhāng, 7 strokes, before 章, 11).

    A plain string, so Python's ``sorted`` and SQLite's binary order agree: each character
    gives ``syllable`` + space + two-digit strokes + the character + space, and the space sorts
    below every letter and digit, so ``chen`` ends before ``cheng`` goes on. The surname is
    read as a surname (曾 zēng). Characters without pinyin (Latin letters, digits) stand for
    themselves; the separator dot of a transcribed name (·) is left out.
    """
    clean = "".join(ch for ch in name.strip() if ch not in _NAME_DOTS)
    syllables = [_char_syllable(ch) for ch in clean]
    first = clean[:1]
    if syllables and syllables[0] and first in SURNAME_READINGS:
        syllables[0] = SURNAME_READINGS[first]
    return "".join(_sort_piece(ch, syl) for ch, syl in zip(clean, syllables, strict=True))


_NAME_DOTS = frozenset("·•・‧.．")
