"""Pinyin keys of Chinese names, so ``zs`` and ``zhangsan`` both find 张三."""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin


def pinyin_keys(name: str) -> tuple[str, str]:
    """(initials, full pinyin) of a name, lower-case, without tones or separators."""
    syllables = [s.lower() for s in lazy_pinyin(name, style=Style.NORMAL, errors="ignore")]
    syllables = [s for s in syllables if s.isalpha()]
    return "".join(s[0] for s in syllables), "".join(syllables)


def pinyin_syllables(name: str) -> list[str]:
    return [
        s.lower() for s in lazy_pinyin(name, style=Style.NORMAL, errors="ignore") if s.isalpha()
    ]


def search_terms(name: str, id_number: str, phone: str | None) -> set[str]:
    """Index terms whose prefixes answer a search: every suffix of the name, of its initials
    and of its syllable-aligned pinyin, and of the ID number and phone (at least 3 characters).

    A substring of any field is a prefix of one of its suffixes, so an index range scan over
    these terms finds it without reading the whole table.
    """
    terms: set[str] = set()
    clean = name.strip().lower()
    for i in range(len(clean)):
        terms.add(clean[i:])
    syl = pinyin_syllables(clean)
    for i in range(len(syl)):
        terms.add("".join(s[0] for s in syl[i:]))
        terms.add("".join(syl[i:]))
    for digits in (id_number.lower(), phone or ""):
        for i in range(max(0, len(digits) - 2)):
            terms.add(digits[i:])
    terms.discard("")
    return terms
