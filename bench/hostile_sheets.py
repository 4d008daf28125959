"""Hostile and broken spreadsheets at full size: peak memory and time of ``swdesk workers
import FILE --dry-run`` on each, one fresh process per file.

    .venv/bin/python bench/hostile_sheets.py [WORD…]     (only the files whose name has a WORD)

Goal: every file answered with a sentence (exit 3, no traceback) or read, none over 500 MB
peak RSS or 30 s. The files are built from a good roster by the builders of
``tests/hostile_sheets.py`` (the tests run the same cases at small sizes), at the sizes a
tester used: a file declaring the largest sheet Excel allows, a sheet unpacking to over
400 MB, and the largest files the default limits (50 000 rows, 64 MB unpacked) still let
through.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile_sheets import (  # noqa: E402  (tests/ is put on the path just above)
    SHEET,
    does_not_inflate,
    far_row,
    good_roster,
    many_rows,
    padded,
    rewrite,
    truncated,
    wrong_checksum,
)

GOAL_MB, GOAL_S = 500.0, 30.0
MB = 1024 * 1024


def long_rows(rows: int, text: int) -> Callable[[Path], Path]:
    """``rows`` rows of ``text`` characters each, compressed (the ratio stays low: random)."""

    def build(path: Path) -> Path:
        good_roster(path)
        import random

        rnd = random.Random(1)
        alphabet = "张王李赵刘陈杨黄周吴社区工作者岗位证书"
        cell = "".join(rnd.choice(alphabet) for _ in range(8192))

        def body(_data: bytes) -> bytes:
            parts = [_data.split(b"</sheetData>")[0]]
            for n in range(5, rows + 5):
                start = n % 3000
                t = cell[start : start + text]
                parts.append(
                    f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{t}</t></is></c></row>'.encode()
                )
            parts.append(b"</sheetData>" + _data.split(b"</sheetData>")[1])
            return b"".join(parts)

        return rewrite(path, SHEET, body)

    return build


def shared_strings(megabytes: int) -> Callable[[Path], Path]:
    """A shared-strings part of ``megabytes`` distinct strings (every reader loads it whole)."""

    def build(path: Path) -> Path:
        good_roster(path)
        count = megabytes * MB // 48  # each <si><t>…</t></si> is 48 bytes
        items = b"".join(b"<si><t>%032d</t></si>" % n for n in range(count))
        sst = (
            b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
            % (count, count)
            + items
            + b"</sst>"
        )
        tmp = path.with_suffix(".tmp")
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                data = src.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    data = data.replace(
                        b"</Types>",
                        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                        b"</Types>",
                    )
                if info.filename == "xl/_rels/workbook.xml.rels":
                    data = data.replace(
                        b"</Relationships>",
                        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
                        b'officeDocument/2006/relationships/sharedStrings" '
                        b'Target="sharedStrings.xml"/></Relationships>',
                    )
                dst.writestr(info.filename, data)
            dst.writestr("xl/sharedStrings.xml", sst)
        tmp.replace(path)
        return path

    return build


def declares_big(path: Path) -> Path:
    """About 5 MB of rows, declaring A1:XFD1048576 (what the tester's file did)."""
    many_rows(120_000, stored=False)(path)
    return rewrite(
        path,
        SHEET,
        lambda d: d.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>', 1),
    )


CASES: list[tuple[str, Callable[[Path], Path]]] = [
    ("sheet XML cut", truncated(SHEET)),
    ("workbook XML cut", truncated("xl/workbook.xml")),
    ("relations XML cut", truncated("xl/_rels/workbook.xml.rels")),
    ("styles XML cut", truncated("xl/styles.xml")),
    ("sheet checksum wrong", wrong_checksum),
    ("sheet stream does not inflate", does_not_inflate),
    ("5 MB declaring A1:XFD1048576", declares_big),
    ("a row at 1048576, no size declared", far_row(1_048_576)),
    ("a row at 1048576 with 16384 cells", far_row(1_048_576, cells=16_384)),
    ("zip bomb: 400 MB of blanks", padded(400)),
    ("real rows unpacking to over 400 MB", long_rows(2_600_000, 60)),
    ("199 000 rows, no size declared", many_rows(199_000, stored=False)),
    ("49 000 rows, no size declared (accepted)", many_rows(49_000, stored=False)),
    ("60 MB of long rows under both limits (accepted)", long_rows(49_000, 400)),
    ("60 MB of shared strings (accepted)", shared_strings(60)),
]


# The child reports its own peak (VmHWM): the ``ru_maxrss`` a parent gets back from ``wait4``
# carries the parent's own peak across fork and exec (this benchmark builds 400 MB files).
_CHILD = """
import sys
from swdesk.cli import main
try:
    code = main(sys.argv[1:])
finally:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print("VMHWM", int(line.split()[1]), flush=True)
    import os
    t = os.times()
    print("CPU", t.user + t.system, flush=True)
sys.exit(code)
"""


def measure(db: Path, path: Path) -> tuple[int, float, float, str]:
    """Exit code, peak RSS (MB) and wall time of one import in a fresh process."""
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            "--db",
            str(db),
            "workers",
            "import",
            str(path),
            "--dry-run",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    took = time.perf_counter() - started
    peak = [int(x.split()[1]) for x in done.stdout.splitlines() if x.startswith("VMHWM ")]
    cpu = [float(x.split()[1]) for x in done.stdout.splitlines() if x.startswith("CPU ")]
    return (
        done.returncode,
        peak[-1] / 1024 if peak else float("nan"),
        took,
        cpu[-1] if cpu else float("nan"),
        done.stderr,
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db = root / "swdesk.db"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "swdesk",
                "--db",
                str(db),
                "init",
                "--role",
                "township",
                "--unit-code",
                "510104001",
                "--unit-name",
                "某街道",
            ],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        rows = []
        only = sys.argv[1:]
        for name, build in CASES:
            if only and not any(word in name for word in only):
                continue
            print(f"building: {name}", file=sys.stderr)
            path = build(root / (re.sub(r"\W+", "-", name) + ".xlsx"))
            size = path.stat().st_size / MB
            code, rss, took, cpu, err = measure(db, path)
            last = (err.strip().splitlines() or [""])[-1][:60]
            rows.append((name, size, code, rss, took, cpu, "Traceback" in err, last))
            print(
                f"  exit {code}, {rss:.0f} MB, {took:.1f} s ({cpu:.1f} s CPU): {last}",
                file=sys.stderr,
            )
            path.unlink()
    print(
        f"\n== hostile spreadsheets: workers import --dry-run, goal ≤ {GOAL_MB:.0f} MB, ≤ {GOAL_S:.0f} s =="
    )
    print(
        "(the time goal is judged on CPU seconds: the wall time depends on what else the machine runs)"
    )
    head = ("file", "MB on disk", "exit", "peak RSS MB", "wall s", "CPU s", "traceback", "message")
    print(" | ".join(head))
    for name, size, code, rss, took, cpu, tb, last in rows:
        print(f"{name} | {size:.1f} | {code} | {rss:.0f} | {took:.1f} | {cpu:.1f} | {tb} | {last}")
    over = [r for r in rows if r[3] > GOAL_MB or r[5] > GOAL_S or r[6] or r[2] not in (0, 3)]
    print(
        f"\n{len(rows)} files: {len(over)} over a goal, with a traceback or an unexpected exit code"
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
