"""Write ``swdesk/core/han_pinyin.py``: the toneless everyday reading of every CJK unified
ideograph and CJK symbol from U+3000 to U+9FFF, as pypinyin gives it for the character alone.

Why a table: writing workers needs one reading per character of their names, and pypinyin's
character dictionary is a 41,923-entry module whose import alone costs ~0.15 s of every roster
import and every ``swdesk workers import`` process — a few hundred of its entries are ever
asked for. The table is build output, made from the installed pypinyin and never committed:
``dev.sh setup`` and the bundle (build.spec) run this, and it rewrites the table only when
pypinyin's version or this script changed. Without it ``core.names`` asks pypinyin. The table holds exactly what ``core.names`` asked pypinyin for
(``lazy_pinyin(ch, style=NORMAL, errors="ignore")``, the first reading, lower case; "" where
it gives none). pypinyin reads no character below U+3000 (the test checks it); characters
above the range (compatibility ideographs, extensions B on) still go to pypinyin;
tests/test_han_pinyin.py holds the table to pypinyin's readings.

    python scripts/build_han_pinyin.py
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from swdesk.core import names  # noqa: E402

OUT = ROOT / "swdesk" / "core" / "han_pinyin.py"
FIRST, LAST = 0x3000, 0x9FFF
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
PER_LINE = 40  # characters per source line (two base-36 digits each)
SYLLABLES_PER_LINE = 16


def readings() -> list[str]:
    """pypinyin's reading of each character from FIRST to LAST ("" where it has none)."""
    return [names.pypinyin_syllable(chr(cp)) for cp in range(FIRST, LAST + 1)]


def render(found: list[str], made_from: str) -> str:
    syllables = sorted(set(found) - {""})
    table = ["", *syllables]
    if len(table) > len(DIGITS) ** 2:
        raise ValueError(f"{len(table)} syllables do not fit two base-36 digits")
    where = {s: i for i, s in enumerate(table)}
    codes = "".join(DIGITS[where[s] // 36] + DIGITS[where[s] % 36] for s in found)
    step = PER_LINE * 2
    code_lines = [f'    "{codes[i : i + step]}"' for i in range(0, len(codes), step)]
    syllable_lines = [
        f'    "{" ".join(syllables[i : i + SYLLABLES_PER_LINE])} "'
        for i in range(0, len(syllables), SYLLABLES_PER_LINE)
    ]
    return (
        '"""Toneless pinyin of the characters U+3000–U+9FFF (CJK symbols, unified ideographs),\n'
        "each read alone as pypinyin reads it. Made by scripts/build_han_pinyin.py; do not edit\n"
        'by hand."""\n\n'
        f"PYPINYIN = {made_from!r}  # the version of pypinyin it was made from\n"
        f"FIRST = 0x{FIRST:04X}\n"
        f"LAST = 0x{LAST:04X}\n\n"
        "# The readings, space-separated; index 0 (not listed) is the empty reading.\n"
        "SYLLABLES = (\n" + "\n".join(syllable_lines) + "\n)\n\n"
        "# Two base-36 digits per character from FIRST on: the index of its reading, 1 for the\n"
        "# first of SYLLABLES; 00 where pypinyin has none.\n"
        "CODES = (\n" + "\n".join(code_lines) + "\n)\n"
    )


def up_to_date(made_from: str) -> bool:
    """The table exists, is newer than this script and was made from this pypinyin."""
    if not OUT.is_file() or OUT.stat().st_mtime < Path(__file__).stat().st_mtime:
        return False
    return f"PYPINYIN = {made_from!r}" in OUT.read_text(encoding="utf-8")


def build() -> bool:
    """Write the table unless it is up to date; True if it was written."""
    made_from = version("pypinyin")
    if up_to_date(made_from):
        return False
    tmp = OUT.with_suffix(".py.tmp")
    tmp.write_text(render(readings(), made_from), encoding="utf-8")
    tmp.replace(OUT)
    return True


def main() -> int:
    if build():
        print(f"已写入 {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
