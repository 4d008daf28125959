"""Text typed, pasted or imported into swdesk, made plain before it is checked or stored.

Why: names and numbers arrive copied from web pages, WeChat and other programs' spreadsheets,
and carry characters nobody sees — zero-width spaces, byte-order marks, the marks that set
the writing direction (a right-to-left override turns a name around on screen). ``王\u200b五``
then looks like 王五 but is never found by searching 王五, and an ID number with a hidden
direction mark is one character too long. Such characters are removed. Control characters
(a tab or a line break inside a name, a NUL) are not silently dropped: they usually mean two
cells ran together, so the value is refused with the field named.

Compatibility forms (full-width Latin letters and digits, the ideographic space) are folded by
NFKC, except where folding would change a Chinese character: NFKC maps the CJK compatibility
ideographs and the Kangxi radicals onto other code points, and in a person's name that is a
different character, so those are kept as typed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, cast

from swdesk.core.errors import RuleError
from swdesk.core.i18n import msg

# Format characters (category Cf) nobody means to type: zero-width space, joiners and
# non-joiner, word joiner, byte-order mark, soft hyphen, and every direction mark, embedding,
# override and isolate (Unicode Bidirectional Algorithm, UAX #9).
INVISIBLE = frozenset(
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\ufeff"
)


def _control_name(ch: str) -> str:
    """The name people know for a control character that turns up in pasted text."""
    if ch == "\t":
        return msg("制表符")
    if ch in "\n\r\x0b\x0c\u2028\u2029":
        return msg("换行")
    return f"U+{ord(ch):04X}"


# Unicode's control characters (category Cc: C0, DEL and C1) and the line and paragraph
# separators; one search over a value, however long, instead of a test per character. The
# patterns are compiled on first use (``_FirstUse``).
_CONTROL = "[\x00-\x1f\x7f-\x9f\u2028\u2029]"
_CONTROL_BUT_LINE_BREAK = "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]"
_INVISIBLE = "[" + "".join(sorted(INVISIBLE)) + "]"


class _FirstUse:
    """A pattern compiled on its first use, which then takes this stand-in's place in the
    module, so every later use is the compiled pattern itself.

    Why: compiling these character classes builds ``re``'s tables for the whole of Unicode
    (~10 M instructions, ~4 ms) while the window's
    start imports this module but cleans no text before it has painted; and once in use,
    ``clean_text`` runs for every text cell of a 10k-row roster, where even ``re``'s own
    pattern cache lookup cost more than the searches themselves.
    """

    __slots__ = ("name", "source")

    def __init__(self, name: str, source: str) -> None:
        self.name = name
        self.source = source

    def __getattr__(self, attr: str) -> Any:
        compiled = re.compile(self.source)  # kept by ``re`` for a stand-in still held elsewhere
        globals()[self.name] = compiled
        return getattr(compiled, attr)


def _first_use(name: str, source: str) -> re.Pattern[str]:
    return cast("re.Pattern[str]", _FirstUse(name, source))


_CONTROL_RE = _first_use("_CONTROL_RE", _CONTROL)
_CONTROL_BUT_LINE_BREAK_RE = _first_use("_CONTROL_BUT_LINE_BREAK_RE", _CONTROL_BUT_LINE_BREAK)
_INVISIBLE_RE = _first_use("_INVISIBLE_RE", _INVISIBLE)


def _changes_cjk(ch: str, folded: str) -> bool:
    """True when NFKC would turn ``ch`` into a different Chinese character (a compatibility
    ideograph or a radical), which in a name is another character, not another spelling."""
    return folded != ch and any(unicodedata.name(c, "").startswith("CJK") for c in folded)


def fold(text: str) -> str:
    """NFKC, character by character, leaving any character whose folding changes a Chinese
    character as it is (see the module)."""
    if text.isascii():
        return text
    if unicodedata.is_normalized("NFKC", text):
        return text
    out: list[str] = []
    run: list[str] = []  # characters folded together, so combining marks still compose
    for ch in text:
        if _changes_cjk(ch, unicodedata.normalize("NFKC", ch)):
            out.append(unicodedata.normalize("NFKC", "".join(run)))
            out.append(ch)
            run.clear()
        else:
            run.append(ch)
    out.append(unicodedata.normalize("NFKC", "".join(run)))
    return "".join(out)


# Full-width Latin letters and digits (Ａ-Ｚ, ａ-ｚ, ０-９): what a sentence may fold. The rest of
# the full-width block is Chinese punctuation (，：（）！), which belongs in Chinese prose.
_FULL_WIDTH_ALNUM = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
_FULL_WIDTH_ALNUM_RE = _first_use("_FULL_WIDTH_ALNUM_RE", _FULL_WIDTH_ALNUM)


def fold_alnum(text: str) -> str:
    """Full-width letters and digits as ASCII, everything else as typed: the folding for
    sentences (reasons, comments, titles, place names), whose ，：（） must stay Chinese."""
    if text.isascii():
        return text
    return _FULL_WIDTH_ALNUM_RE.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)


def strip_invisible(text: str) -> str:
    """``text`` without zero-width characters, byte-order marks and direction marks."""
    if text.isascii():
        return text
    return _INVISIBLE_RE.sub("", text)


def clean_text(raw: object, label: str, *, multiline: bool = False, prose: bool = False) -> str:
    """``raw`` as plain text: invisible characters removed, compatibility forms folded,
    surrounding blanks stripped. Raises ``RuleError`` naming ``label`` (the field as the user
    knows it) when a control character is inside; ``multiline`` lets line breaks stay;
    ``prose`` (a sentence or a place name rather than a name or a number) folds only
    full-width letters and digits, keeping Chinese punctuation (``fold_alnum``)."""
    plain = strip_invisible(str(raw))
    text = fold_alnum(plain) if prose else fold(plain)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    # Every control character and line or paragraph separator is unprintable to Python, so
    # a printable text (nearly every cell) needs no search.
    found = (
        None
        if text.isprintable()
        else (_CONTROL_BUT_LINE_BREAK_RE if multiline else _CONTROL_RE).search(text)
    )
    if found:
        ch = found.group()
        raise RuleError(
            msg(
                "{field}里有看不见的控制字符（{what}），可能是两个单元格的内容粘在了一起。"
                "请删除后重新填写。",
                field=label,
                what=_control_name(ch),
            )
        )
    return text


def search_text(query: str) -> str:
    """A search box's text made comparable with stored values (which ``clean_text`` made):
    invisible characters removed and compatibility forms folded, control characters dropped.
    An empty box (the list as it opens) is answered at once."""
    if not query:
        return query
    return _CONTROL_RE.sub("", fold(strip_invisible(query)))
