"""Write ``swdesk/core/han_strokes.py``: the stroke count of every CJK unified ideograph from
U+3400 to U+9FFF, taken from the Unicode Han Database (Unihan) field ``kTotalStrokes``.

Why a committed module and not a package: no maintained stroke-count package exists on PyPI
(``strokes`` 0.0.1 of 2021 installs its data file at the top of site-packages), pypinyin has
no stroke data, and the app must sort offline on Windows too. The data comes from Debian's
``unicode-data`` package (``/usr/share/unicode/Unihan_IRGSources.txt.bz2``); run this again
with a newer file to refresh it. Where Unihan gives two counts (mainland and Taiwan forms),
the first, the mainland count, is kept.

    python scripts/build_han_strokes.py [path/to/Unihan_IRGSources.txt(.bz2)]
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "swdesk" / "core" / "han_strokes.py"
DEFAULT = Path("/usr/share/unicode/Unihan_IRGSources.txt.bz2")
FIRST, LAST = 0x3400, 0x9FFF
PER_LINE = 40  # characters per source line (two digits each)


def read_counts(path: Path) -> dict[int, int]:
    opener = bz2.open if path.suffix == ".bz2" else open
    counts: dict[int, int] = {}
    with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == "kTotalStrokes":
                counts[int(parts[0][2:], 16)] = int(parts[2].split()[0])
    return counts


def render(counts: dict[int, int]) -> str:
    digits = "".join(f"{min(counts.get(cp, 0), 99):02d}" for cp in range(FIRST, LAST + 1))
    step = PER_LINE * 2
    lines = [f'    "{digits[i : i + step]}"' for i in range(0, len(digits), step)]
    return (
        '"""Stroke counts of the CJK unified ideographs U+3400–U+9FFF, from the Unicode Han\n'
        "Database field kTotalStrokes (mainland count). Made by scripts/build_han_strokes.py;\n"
        'do not edit by hand."""\n\n'
        f"FIRST = 0x{FIRST:04X}\n"
        f"LAST = 0x{LAST:04X}\n\n"
        "# Two decimal digits per character from FIRST on; 00 where Unihan gives no count.\n"
        "COUNTS = (\n" + "\n".join(lines) + "\n)\n"
    )


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else DEFAULT
    if not source.exists():
        print(f"找不到 {source}：请安装 Debian 软件包 unicode-data，或给出 Unihan 文件的路径。")
        return 1
    OUT.write_text(render(read_counts(source)), encoding="utf-8")
    print(f"已写入 {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
