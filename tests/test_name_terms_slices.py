"""``names.name_terms`` cuts its syllable suffixes as slices of two strings; they are the
suffixes the plain definition joins one by one (every suffix of the name, of its initials and
of its pinyin, the surname read both ways)."""

from __future__ import annotations

import pytest

from swdesk.core import names


def _by_definition(name: str) -> set[str]:
    clean = name.strip().lower()
    terms = {clean[i:] for i in range(len(clean))}
    everyday = names._everyday(clean)
    for syl in {tuple(everyday), tuple(names._as_surname(clean, everyday))}:
        for i in range(len(syl)):
            terms.add("".join(s[0] for s in syl[i:]))
            terms.add("".join(syl[i:]))
    terms.discard("")
    return terms


NAMES = [
    "张三", "曾小明", "  曾国藩 ", "单", "区区", "解解解", "欧阳娜娜", "阿依古丽·买买提",
    "李a", "Zhang San", "ABC", "", " ", "·", "𠀀明", "张 三", "乐乐", "翟",
    *(s + "小红" for s in names.SURNAME_READINGS),
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_the_terms_are_the_definitions(name: str) -> None:
    assert names.name_terms(name) == _by_definition(name)


def test_a_surname_read_otherwise_is_found_both_ways() -> None:
    terms = names.name_terms("曾小明")
    assert {"zengxiaoming", "cengxiaoming", "zxm", "cxm", "xiaoming", "xm", "明"} <= terms
    assert "" not in names.name_terms(" ")
